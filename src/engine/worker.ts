import { isMainThread, parentPort, workerData } from 'worker_threads';
import { rulesById } from '../rules';
import { analyzeFile, type WorkerSetup } from './pool';
import type { SourceFile } from './discover';

/** True in a worker thread started by the pool (see PoolOptions.workerScript). */
export function isTendrilWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.tendrilWorker === true;
}

/** The worker loop: analyse each file the main thread sends, send the result back. */
export function runWorker(): void {
  const setup = workerData as WorkerSetup;
  const rules = rulesById(setup.ruleIds);
  parentPort!.on('message', (message: { index: number; file: SourceFile }) => {
    void analyzeFile(message.file, rules, setup.options).then((result) => {
      parentPort!.postMessage({ index: message.index, result });
    });
  });
}
