import * as core from '@actions/core';
import { main } from '../../src/cli/main';
import { runAction as runActionInProcess } from '../../src/github/action';
import { COMPILE_CACHE } from '../helpers';
import { prepare, type ActionRun } from './runner';

/**
 * The CLI and the action run in this process, from the sources, as their bundles run them: the
 * environment, working directory and standard streams of a process started for the run, set for
 * its duration and restored after. Starting the bundle under Node 24 costs most of a second of CPU
 * (Node, its worker threads, compiling the bundle), the run itself a few milliseconds; the tests
 * whose point is the real process (the runner's view of its output, worker threads, exit codes set
 * by the entry points) keep `runCli` (test/helpers.ts) and `runAction` (runner.ts).
 *
 * Differences from a started bundle: files are analysed in this thread (no worker script), and
 * what the process keeps between runs (the parser, loaded modules) is kept. Runs are serialised:
 * the environment and the working directory belong to the whole process.
 */

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

let queue: Promise<unknown> = Promise.resolve();

/** Replaces the contents of `process.env` (in place: child processes and `process.env` readers see it). */
function setEnv(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value;
}

type Write = typeof process.stdout.write;

/** Runs `body` as if it were a process started in `cwd` with `env`; returns what it wrote. */
async function asProcess<T>(cwd: string, env: NodeJS.ProcessEnv, body: () => Promise<T>): Promise<{ value: T; stdout: string; stderr: string }> {
  const turn = queue.then(async () => {
    const saved = { env: { ...process.env }, cwd: process.cwd() };
    const streams = [process.stdout, process.stderr] as const;
    const originals = streams.map((s) => ({ write: s.write, tty: Object.getOwnPropertyDescriptor(s, 'isTTY') }));
    const captured = ['', ''];
    streams.forEach((stream, i) => {
      stream.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
        captured[i] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const done = typeof encoding === 'function' ? encoding : callback;
        if (typeof done === 'function') process.nextTick(done as () => void);
        return true;
      }) as Write;
      // A started process's output goes to a pipe here (test/helpers.ts): no colours, no progress line.
      Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
    });
    // @actions/core keeps the summary file's path from its first write.
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    core.summary.emptyBuffer();
    try {
      setEnv(env);
      process.chdir(cwd);
      const value = await body();
      return { value, stdout: captured[0], stderr: captured[1] };
    } finally {
      streams.forEach((stream, i) => {
        stream.write = originals[i].write;
        if (originals[i].tty) Object.defineProperty(stream, 'isTTY', originals[i].tty);
        else delete (stream as { isTTY?: boolean }).isTTY;
      });
      process.chdir(saved.cwd);
      setEnv(saved.env);
    }
  });
  queue = turn.catch(() => undefined);
  return turn;
}

/** `tendril ARGS...` in `cwd`, in this process, with the environment runCli gives the bundle. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const full = { PATH: process.env.PATH, HOME: process.env.HOME, ...COMPILE_CACHE, ...env };
  const r = await asProcess(cwd, full, () => main(args));
  return { status: r.value, stdout: r.stdout, stderr: r.stderr };
}

/** The action on `workspace` (every input of action.yml, defaults for those not given), in this process. */
export async function action(workspace: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const { env: full, finish } = prepare(workspace, inputs, env);
  const r = await asProcess(workspace, full, () => runActionInProcess(full));
  return finish(r.value, r.stdout, r.stderr);
}
