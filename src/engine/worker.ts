import { isMainThread, parentPort, workerData } from 'worker_threads';
import { rulesById } from '../rules';
import { analyzeFile, type RuleSet, type WorkerRequest, type WorkerResponse, type WorkerSetup } from './pool';

/** True in a worker thread started by the pool (see PoolOptions.workerScript). */
export function isTendrilWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.tendrilWorker === true;
}

/** The worker loop: analyse each file of each batch the main thread sends, sending each result back. */
export function runWorker(): void {
  const setup = workerData as WorkerSetup;
  const ruleSets: RuleSet[] = setup.ruleSets.map((s) => ({ rules: rulesById(s.ruleIds), options: s.options }));
  parentPort!.on('message', (message: WorkerRequest) => {
    void (async () => {
      for (let k = 0; k < message.files.length; k++) {
        const file = message.files[k];
        const result = await analyzeFile(file, ruleSets[file.profile ?? 0], setup.budget);
        parentPort!.postMessage({ batch: message.batch, k, result } satisfies WorkerResponse);
      }
    })();
  });
}
