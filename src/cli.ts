#!/usr/bin/env node
import { main } from './cli/main';
import { isTendrilWorker, runWorker } from './engine/worker';
import { ALL_RULES } from './rules';

/**
 * The entry of the CLI's bundle (`dist/cli.js`, the package's `bin`): the command-line tool itself
 * is `main` (src/cli/main.ts), tested in-process; this file is also the bundle's worker thread
 * script.
 */
if (isTendrilWorker()) {
  runWorker(ALL_RULES);
} else {
  void main(process.argv.slice(2), { workerScript: __filename }).then((code) => {
    process.exitCode = code;
  });
}
