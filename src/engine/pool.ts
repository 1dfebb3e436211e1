import * as fs from 'fs';
import { Worker } from 'worker_threads';
import type { Rule, RuleOptions } from '../rules/types';
import { analyzeSource } from './analyze';
import type { SourceFile } from './discover';
import type { FileResult } from './types';

/** How a worker thread is told which rules to run: rule ids, looked up in the catalogue there. */
export interface WorkerSetup {
  tendrilWorker: true;
  ruleIds: string[];
  options: RuleOptions;
}

export interface PoolOptions {
  /** Worker threads; 1 analyses in this thread. */
  jobs: number;
  /**
   * The script a worker thread runs: the bundle itself (dist/cli.js or dist/index.js), whose entry
   * point turns into a worker when it sees `WorkerSetup` as its worker data. Without it (tests
   * running from source) the analysis stays in this thread.
   */
  workerScript?: string;
}

/** Reads and analyses one file; an unreadable file becomes a notification. */
export async function analyzeFile(file: SourceFile, rules: readonly Rule[], options: RuleOptions): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file.abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      path: file.rel,
      findings: [],
      notifications: [
        { level: 'error', id: 'file-unreadable', path: file.rel, message: `${file.rel} could not be read (${code}).` },
      ],
    };
  }
  return analyzeSource(file.rel, bytes, rules, options);
}

/**
 * Analyses files on `jobs` worker threads, largest files first so no thread is left with a big
 * file at the end. Results come back in the order of `files`, whatever the thread count, so the
 * output is the same bytes for any `--jobs`.
 */
export async function analyzeFiles(
  files: readonly SourceFile[],
  rules: readonly Rule[],
  ruleOptions: RuleOptions,
  options: PoolOptions,
): Promise<FileResult[]> {
  const threads = Math.min(options.jobs, files.length);
  if (threads <= 1 || !options.workerScript) {
    const results: FileResult[] = [];
    for (const file of files) results.push(await analyzeFile(file, rules, ruleOptions));
    return results;
  }

  const results = new Array<FileResult>(files.length);
  const order = files.map((_, i) => i).sort((a, b) => files[b].size - files[a].size || a - b);
  let next = 0;
  const setup: WorkerSetup = { tendrilWorker: true, ruleIds: rules.map((r) => r.meta.id), options: ruleOptions };
  const script = options.workerScript;

  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { workerData: setup });
        const feed = (): void => {
          if (next >= order.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = order[next++];
          worker.postMessage({ index, file: files[index] });
        };
        worker.on('message', (message: { index: number; result: FileResult }) => {
          results[message.index] = message.result;
          feed();
        });
        worker.once('error', reject);
        worker.once('online', feed);
      }),
    ),
  );
  return results;
}
