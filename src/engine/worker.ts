import { isMainThread, parentPort, workerData } from 'worker_threads';
import type { Rule } from './api';
import { analyzeFile, type RuleSet, type WorkerRequest, type WorkerResponse, type WorkerRuleSets, type WorkerSetup } from './pool';

/** True in a worker thread started by the pool (see PoolOptions.workerScript). */
export function isTendrilWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.tendrilWorker === true;
}

/**
 * The worker loop: analyse each file of each batch the main thread sends, sending each result back.
 * `catalogue` is every rule the bundle has (the entry point passes it in; the engine imports no rules).
 */
export function runWorker(catalogue: readonly Rule[]): void {
  const setup = workerData as WorkerSetup;
  const byId = new Map(catalogue.map((rule) => [rule.meta.id, rule]));
  const lookup = (id: string): Rule => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`no rule with id ${id} in this bundle's catalogue`);
    return rule;
  };
  const read = (sets: WorkerSetup['ruleSets']): RuleSet[] =>
    sets.map((s) => ({ rules: s.ruleIds.map(lookup), options: s.options, ruleIds: s.known && new Set(s.known) }));
  let ruleSets = read(setup.ruleSets);
  // Messages are handled in order: new rule sets (a pool reused for other files) apply to the batches after them.
  parentPort!.on('message', (message: WorkerRequest | WorkerRuleSets) => {
    if ('ruleSets' in message) {
      ruleSets = read(message.ruleSets);
      return;
    }
    const sets = ruleSets;
    void (async () => {
      for (let k = 0; k < message.files.length; k++) {
        const file = message.files[k];
        const result = await analyzeFile(file, sets[file.profile ?? 0], setup.budget);
        parentPort!.postMessage({ batch: message.batch, k, result } satisfies WorkerResponse);
      }
    })();
  });
}
