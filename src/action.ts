import { isTendrilWorker, runWorker } from './engine/worker';
import { ALL_RULES } from './rules';
import { runAction } from './github/action';

/**
 * The entry the runner starts (action.yml: `node24`, `dist/index.js`): the action itself is
 * `runAction` (src/github/action.ts), tested in-process; this file is also the bundle's worker
 * thread script.
 */
if (isTendrilWorker()) {
  runWorker(ALL_RULES);
} else {
  void runAction(process.env, { workerScript: __filename }).then((code) => {
    process.exitCode = code;
  });
}
