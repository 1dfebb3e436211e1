import { execFileSync, spawn, spawnSync } from 'child_process';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { COMPILE_CACHE, DIST, NODE24, REPO } from '../helpers';

/** The inputs action.yml declares, with their defaults, as the runner passes them (INPUT_<NAME>). */
export function declaredInputs(): Record<string, string> {
  const yml = fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8');
  const inputs: Record<string, string> = {};
  const block = yml.split(/^inputs:\n/m)[1].split(/^\S/m)[0];
  for (const m of block.matchAll(/^  ([a-z-]+):\n((?:    .*\n)*)/gm)) {
    const def = /^    default: '(.*)'$/m.exec(m[2]);
    inputs[m[1]] = def ? def[1] : '';
  }
  return inputs;
}

export function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)) out[m[1]] = m[3];
  return out;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * The runner's side of a run: the output and summary files beside the workspace, its temporary
 * directory, and the environment the step gets; `finish` reads what the run left.
 */
export function prepare(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const outputFile = path.join(workspace, '..', `${path.basename(workspace)}-output`);
  const summaryFile = path.join(workspace, '..', `${path.basename(workspace)}-summary`);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  // The runner's temporary directory: one per workspace (the default cache lives there).
  const temp = path.join(workspace, '..', `${path.basename(workspace)}-temp`);
  fs.mkdirSync(temp, { recursive: true });
  const full: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...COMPILE_CACHE,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...env,
  };
  for (const [name, value] of Object.entries({ ...declaredInputs(), ...inputs })) {
    full[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const finish = (status: number | null, stdout: string, stderr: string): ActionRun => ({
    status,
    stdout,
    stderr,
    outputs: parseOutputs(outputFile),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  });
  return { env: full, finish };
}

/** Runs dist/index.js the way the runner does: node24, cwd = workspace, INPUT_* for every input. */
export function runAction(workspace: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): ActionRun {
  const { env: full, finish } = prepare(workspace, inputs, env);
  const r = spawnSync(NODE24, [path.join(DIST, 'index.js')], { cwd: workspace, env: full, encoding: 'utf8' });
  return finish(r.status, r.stdout, r.stderr);
}

/** The same without blocking this process (for a server in this process to answer it). */
export function runActionAsync(workspace: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const { env: full, finish } = prepare(workspace, inputs, env);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [path.join(DIST, 'index.js')], { cwd: workspace, env: full });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve(finish(code, stdout, stderr)));
  });
}

/** An identity for commits; no automatic maintenance after them (a process more per commit). */
const GIT_CONFIG = ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', '-c', 'maintenance.auto=false'];

/** git in `dir`, with an identity, quietly; returns stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_CONFIG, ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

/** Writes `files` into `dir` (null deletes), then commits everything; returns the commit id. */
export function commit(dir: string, files: Record<string, string | null>, message = 'change'): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (content === null) fs.rmSync(file, { force: true });
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  // The three commands in one shell: one process started from this one instead of three (each
  // costs this process about 5 ms of CPU). The message is $0, the configuration "$@".
  const script = 'git add -A && git "$@" commit -q --allow-empty -m "$0" && git rev-parse HEAD';
  return execFileSync('sh', ['-c', script, message, ...GIT_CONFIG], { cwd: dir, encoding: 'utf8' }).trim();
}

export interface Seen {
  method: string;
  url: string;
  auth?: string;
  body: string;
}

/**
 * A loopback stand-in for the GitHub API: `answer` gives each request's status and JSON body
 * (or `'drop'` to cut the connection); `body` runs with the server's URL and what it saw.
 */
export async function withApi(
  answer: (req: Seen, polls: number, seen: Seen[]) => [number, unknown] | 'drop',
  body: (url: string, seen: Seen[]) => Promise<void>,
): Promise<void> {
  const seen: Seen[] = [];
  let polls = 0;
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body: data };
      seen.push(entry);
      if (entry.method === 'GET') polls++;
      const answered = answer(entry, polls, seen);
      if (answered === 'drop') {
        req.socket.destroy();
        return;
      }
      const [status, json] = answered;
      res.writeHead(status, { 'content-type': 'application/json' });
      // A Buffer is sent as it is (a body that is not JSON).
      res.end(Buffer.isBuffer(json) ? json : JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Writes a webhook payload beside the workspace; returns its path (GITHUB_EVENT_PATH). */
export function eventFile(workspace: string, payload: unknown): string {
  const file = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
  fs.writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}
