import * as fs from 'fs';
import * as os from 'os';
import * as v8 from 'v8';
import { Worker } from 'worker_threads';
import type { Rule, RuleOptions } from './api';
import { analyzeSource, type Budget, DEFAULT_BUDGET } from './analyze';
import type { FileResult, SourceFile } from './types';

/** What one file is analysed with: the rules and options of its configuration (src/profiles.ts). */
export interface RuleSet {
  rules: readonly Rule[];
  options: RuleOptions;
  /** Ids of every rule in the catalogue, for reading suppression comments; default: `rules`' ids. */
  ruleIds?: ReadonlySet<string>;
}

/** How a worker thread is told which rules to run: rule ids, looked up in the catalogue its entry point passes to runWorker. */
export interface WorkerSetup {
  tendrilWorker: true;
  ruleSets: { ruleIds: string[]; options: RuleOptions; known?: string[] }[];
  budget: Budget;
}

/** A batch sent to a worker thread, and what comes back. */
export interface WorkerRequest {
  batch: number;
  files: SourceFile[];
}
/** One file's result: file `k` of batch `batch`. */
export interface WorkerResponse {
  batch: number;
  k: number;
  result: FileResult;
}

export interface PoolOptions {
  /** Worker threads; 1 analyses in this thread. */
  jobs: number;
  /**
   * `jobs` is the core count, not the user's choice: start one worker per BYTES_PER_STARTED_WORKER
   * of source (at least one, never in this thread, so the watchdog still guards the run).
   */
  autoJobs?: boolean;
  /**
   * The script a worker thread runs: the bundle itself (dist/cli.js or dist/index.js), whose entry
   * point turns into a worker when it sees `WorkerSetup` as its worker data. Without it (tests
   * running from source) the analysis stays in this thread.
   */
  workerScript?: string;
  /** Per-file size and time budget; default DEFAULT_BUDGET. */
  budget?: Budget;
  /** Called after each file with the number of files done so far (for a progress indicator). */
  onProgress?: (done: number) => void;
  /**
   * The watchdog's slack over twice the time budget, in ms; default 10 000. For tests only: no
   * configuration or input sets it.
   */
  watchdogGraceMs?: number;
}

function notAnalysed(file: SourceFile, id: 'file-unreadable' | 'file-too-large' | 'file-timeout', level: 'error' | 'warning', message: string): FileResult {
  return { path: file.rel, findings: [], notifications: [{ level, id, path: file.rel, message }] };
}

/** Reads and analyses one file; an unreadable file or one over the size budget becomes a notification. */
export async function analyzeFile(file: SourceFile, ruleSet: RuleSet, budget: Budget = DEFAULT_BUDGET): Promise<FileResult> {
  const tooLarge = (size: number): FileResult =>
    notAnalysed(
      file,
      'file-too-large',
      'warning',
      `${file.rel} was not analysed: it has ${size} bytes, over the size budget of ${budget.maxFileSize} bytes (max-file-size).`,
    );
  if (file.size > budget.maxFileSize) return tooLarge(file.size);
  let bytes: Buffer;
  try {
    // Synchronous: the thread has nothing else to do meanwhile, and an await per file left it idle.
    bytes = fs.readFileSync(file.abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return notAnalysed(file, 'file-unreadable', 'error', `${file.rel} could not be read (${code}).`);
  }
  if (bytes.length > budget.maxFileSize) return tooLarge(bytes.length);
  return analyzeSource(file.rel, bytes, ruleSet.rules, ruleSet.options, budget, ruleSet.ruleIds, file.module);
}

/**
 * Below this many bytes of source per worker, workers that have no idle core beside them run
 * JavaScript with V8's mid-tier compiler (Maglev) only, not TurboFan: TurboFan's compile jobs cost
 * each isolate about 2.3 s of CPU on its own thread, which a short run does not earn back. Measured
 * with 2 workers on 2 cores (docs/performance.md, sixth session): the standard library (15 MiB per
 * worker) ran faster Maglev-only in 5 of 5 alternating pairs (median 12.9 s against 14.9 s); two
 * copies of it (30 MiB per worker) were even; eight copies (120 MiB per worker) ran 15-30% slower
 * Maglev-only, whose code is slower once the compile cost is paid. The limit sits well below the
 * size where Maglev-only stopped paying.
 */
/**
 * A default run (`autoJobs`) starts one worker per this much source, up to `jobs`. A worker costs
 * its start (the bundle and the parser's WebAssembly compiled again, the self-check) before it
 * analyses anything; under this much source a second one finishes later than the first alone
 * would have (docs/performance.md, "Small runs").
 */
export const BYTES_PER_STARTED_WORKER = 512 * 1024;

export const MAGLEV_ONLY_BYTES_PER_WORKER = 20 * 1024 * 1024;

/**
 * V8 flags for workers that have no idle core beside them (a worker on every core), set before
 * the workers start (an isolate reads them as it starts and as it tiers up; flags are per process).
 *
 * - `--no-concurrent-recompilation`: with no idle core for V8's background compiler, each worker's
 *   isolate compiled the same code on background threads that took CPU from the workers (thread
 *   CPU counters, stdlib, 2 cores: V8's background threads used 7 to 10 s of CPU beside the
 *   workers' 17 to 23 s; with this flag, 2 to 2.5 s, and the run was about 5% faster in
 *   alternating runs, docs/performance.md).
 * - `--max-opt=2` (Maglev, no TurboFan) for runs under `MAGLEV_ONLY_BYTES_PER_WORKER` per worker,
 *   `--max-opt=999` (V8's default: every tier) otherwise: the flag is set on every call, as one
 *   process may start several pools (a baseline's files after the run's own). Only where V8 runs
 *   Maglev (`v8HasMaglev`): on Node 20's V8 the same flags leave only the baseline compiler, and
 *   two workers on the standard library took 21.2 and 23.6 s against 18.5 and 17.8 s without
 *   them (alternated, docs/performance.md, "Node 20 and the workers' JIT flags").
 *
 * The main thread, which only hands out files and writes reports, has the same flags once set.
 */
export function jitFlagsForBusyCores(bytesPerWorker: number, v8Version: string = process.versions.v8): string[] {
  if (!v8HasMaglev(v8Version)) return ['--no-concurrent-recompilation'];
  const maglevOnly = bytesPerWorker < MAGLEV_ONLY_BYTES_PER_WORKER;
  // `--max-opt` alone does not switch TurboFan off once V8 has started: its implication on
  // `--turbofan` is only drawn at start-up (checked with --trace-opt), so both are set.
  return ['--no-concurrent-recompilation', ...(maglevOnly ? ['--max-opt=2', '--no-turbofan'] : ['--max-opt=999', '--turbofan'])];
}

/**
 * Whether this V8 optimises with Maglev by default: from V8 12 (Node 22, whose release turned it
 * on). Node 20's V8 11.3 has the compiler behind a flag that is off.
 */
export function v8HasMaglev(v8Version: string): boolean {
  const major = Number(/^(\d+)\./.exec(v8Version)?.[1]);
  return major >= 12;
}

/**
 * Size-balanced batches: the files, largest first, dealt into batches of about `target` bytes
 * (a file larger than that is a batch of its own), so each message to a worker carries a similar
 * amount of work and the big files start first. Deterministic: the same files give the same batches.
 */
export function batches(files: readonly SourceFile[], threads: number): number[][] {
  const order = files.map((_, i) => i).sort((a, b) => files[b].size - files[a].size || a - b);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  // About eight batches per thread: few messages, and the last batches are small enough to even out the end.
  const target = Math.max(1, Math.ceil(total / (threads * 8)));
  const out: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const i of order) {
    current.push(i);
    size += files[i].size;
    // At most 64 files a batch, so a run of tiny files still spreads over the threads.
    if (size >= target || current.length >= 64) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The message that gives a worker the rule sets of the files it will be sent next (WorkerSetup.ruleSets). */
export interface WorkerRuleSets {
  ruleSets: WorkerSetup['ruleSets'];
}

function setupOf(ruleSets: readonly RuleSet[]): WorkerSetup['ruleSets'] {
  return ruleSets.map((s) => ({ ruleIds: s.rules.map((r) => r.meta.id), options: s.options, known: s.ruleIds && [...s.ruleIds] }));
}

/** A worker thread between two `analyze` calls, with the rule sets it holds. */
interface IdleWorker {
  worker: Worker;
  ruleSets: readonly RuleSet[];
  /** Drops the worker if it fails while parked; removed when the worker is taken again. */
  onError: () => void;
}

/**
 * Worker threads that outlive one list of files: `analyze` may be called again (a baseline's files
 * after the run's own) and reuses the threads the previous call started, so a run pays a worker's
 * start (the bundle and the parser's WebAssembly compiled, the layout self-check) once. `close`
 * stops them; until then they keep the process alive.
 */
export class WorkerPool {
  private idle: IdleWorker[] = [];

  constructor(readonly options: PoolOptions) {}

  /**
   * Analyses files on worker threads in size-balanced batches (largest first). Results come back in
   * the order of `files`, whatever the thread count, so the output is the same bytes for any
   * `--jobs`. A worker that does not answer within the time budget of its batch is stopped, its
   * unfinished files are reported as over budget, and a new worker takes the rest. Without a worker
   * script, or with one job, the files are analysed in this thread. One call at a time.
   */
  async analyze(files: readonly SourceFile[], ruleSets: readonly RuleSet[], onProgress = this.options.onProgress): Promise<FileResult[]> {
    const options = this.options;
    const budget = options.budget ?? DEFAULT_BUDGET;
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const threads = Math.min(options.jobs, files.length, options.autoJobs ? Math.max(1, Math.ceil(total / BYTES_PER_STARTED_WORKER)) : Infinity);
    let done = 0;
    const progress = (): void => onProgress?.(++done);
    if (!options.workerScript || options.jobs <= 1 || (threads <= 1 && !options.autoJobs)) {
      const results: FileResult[] = [];
      for (const file of files) {
        results.push(await analyzeFile(file, ruleSets[file.profile ?? 0], budget));
        progress();
      }
      return results;
    }
    if (files.length === 0) return [];

    if (threads >= os.availableParallelism()) {
      for (const flag of jitFlagsForBusyCores(total / threads)) v8.setFlagsFromString(flag);
    }
    const results = new Array<FileResult>(files.length);
    const queue = batches(files, threads);
    let next = 0;
    const script = options.workerScript;
    const setup: WorkerSetup = { tendrilWorker: true, ruleSets: setupOf(ruleSets), budget };

    const runWorker = (reused?: IdleWorker): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        // A larger young generation than the default: each file's tree, nodes and findings die
        // young, and fewer scavenges promoted less (measured: about 5% faster, lower peak memory).
        const worker = reused?.worker ?? new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
        let current: number[] | undefined;
        let left = 0;
        let watchdog: NodeJS.Timeout | undefined;
        // The analysis checks its own budget; this is the backstop for a file stuck where it cannot
        // look (inside the parser, or one long step of a rule): twice the budget, plus slack.
        const arm = (): void => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => abandon(), budget.timeoutSeconds * 2000 + (options.watchdogGraceMs ?? 10_000));
        };
        const park = (): void => {
          worker.removeListener('message', onMessage);
          worker.removeListener('error', onError);
          worker.removeListener('online', feed);
          // A parked worker that fails is only dropped: nothing waits on it.
          const idle: IdleWorker = {
            worker,
            ruleSets,
            onError: () => {
              this.idle = this.idle.filter((w) => w !== idle);
              void worker.terminate();
            },
          };
          worker.once('error', idle.onError);
          this.idle.push(idle);
          resolve();
        };
        const feed = (): void => {
          clearTimeout(watchdog);
          if (next >= queue.length) {
            current = undefined;
            park();
            return;
          }
          const id = next++;
          current = queue[id];
          left = current.length;
          arm();
          worker.postMessage({ batch: id, files: current.map((i) => files[i]) } satisfies WorkerRequest);
        };
        const abandon = (): void => {
          const stuck = (current ?? []).filter((i) => !results[i]);
          current = undefined;
          worker.removeAllListeners();
          void worker.terminate();
          // The first unfinished file is the one that hung; the rest go to a new worker.
          const [hung, ...rest] = stuck;
          if (hung !== undefined) {
            results[hung] = notAnalysed(
              files[hung],
              'file-timeout',
              'error',
              `${files[hung].rel} was not analysed: the analysis did not finish within the time budget (file-timeout, ${budget.timeoutSeconds} s).`,
            );
            progress();
          }
          if (rest.length > 0) queue.push(rest);
          runWorker().then(resolve, reject);
        };
        const onMessage = (message: WorkerResponse): void => {
          results[queue[message.batch][message.k]] = message.result;
          progress();
          if (--left === 0) feed();
          else arm();
        };
        const onError = (error: Error): void => {
          clearTimeout(watchdog);
          reject(error);
        };
        worker.on('message', onMessage);
        worker.once('error', onError);
        if (!reused) {
          worker.once('online', feed);
          return;
        }
        worker.removeListener('error', reused.onError);
        if (reused.ruleSets !== ruleSets) worker.postMessage({ ruleSets: setup.ruleSets } satisfies WorkerRuleSets);
        feed();
      });

    // Threads left by a previous call first; new ones for the rest.
    const reused = this.idle.splice(0, threads);
    await Promise.all([...reused.map((w) => runWorker(w)), ...Array.from({ length: threads - reused.length }, () => runWorker())]);
    return results;
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    const idle = this.idle;
    this.idle = [];
    await Promise.all(idle.map((w) => w.worker.terminate()));
  }
}

/** One list of files on a pool of its own (WorkerPool.analyze), closed when it is done. */
export async function analyzeFiles(files: readonly SourceFile[], ruleSets: readonly RuleSet[], options: PoolOptions): Promise<FileResult[]> {
  const pool = new WorkerPool(options);
  try {
    return await pool.analyze(files, ruleSets);
  } finally {
    await pool.close();
  }
}
