import * as fs from 'fs';
import * as path from 'path';
import { tempRepo } from '../helpers';
import { runnerCommands } from './commands';
import { action, cli } from './inprocess';
import { commit, eventFile, git, runAction, runActionAsync, withApi } from './runner';

/**
 * The action under attack, every input of action.yml with its default: the scanned tree is written
 * by whoever opened the pull request. Each test here failed on the bundle before these defects were
 * fixed. What reaches the runner from the real process (workflow commands in file names, the mask
 * before any request) is checked on dist/index.js under Node 24, as the runner runs it (runAction);
 * the rest runs the action in this process (./inprocess.ts).
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Certificate verification turned off: request-without-cert-validation, high (8.0). */
const HIGH = '"""Build."""\nimport requests\n\n\ndef fetch(url):\n    """Fetch."""\n    return requests.get(url, verify=False, timeout=10)\n';
const CLEAN = '"""Clean."""\n';
const SYNTAX_ERROR = 'def broken(:\n';

function sarifOf(ws: string): Json {
  return JSON.parse(fs.readFileSync(path.join(ws, 'tendril.sarif'), 'utf8'));
}

function results(ws: string): Json[] {
  return sarifOf(ws).runs.flatMap((r: Json) => r.results);
}

describe('workflow commands: nothing from the scanned tree becomes a command', () => {
  test('file names with command forms, line breaks and escapes', () => {
    const names = [
      '##[stop-commands]tok.py',
      '::stop-commands::tok2.py',
      'x\n::add-mask::forged.py',
      'y\r::error file=app.py,line=1::forged annotation.py',
      '%0A::warning::z.py',
      '\u001b[2Kansi.py',
      '##[add-mask]hidden.py',
    ];
    const files: Record<string, string> = { 'app.py': HIGH };
    for (const name of names) files[name] = SYNTAX_ERROR;
    const ws = tempRepo(files);
    const r = runAction(ws);
    expect(r.status).toBe(1);
    const commands = runnerCommands(r.stdout + '\n' + r.stderr);
    const names2 = commands.map((c) => c.name);
    expect(names2).not.toContain('stop-commands');
    // The one mask is the token input's (here action.yml's default expression, as the test passes it).
    expect(commands.filter((c) => c.name === 'add-mask').map((c) => c.data)).toEqual(['${{ github.token }}']);
    expect(commands.filter((c) => c.form === 'legacy')).toEqual([]);
    // The gate's error and the finding's annotation reach the runner, and no annotation is forged.
    expect(commands).toContainEqual(expect.objectContaining({ name: 'error', properties: { title: 'Tendril gate failed' } }));
    const annotated = commands.filter((c) => c.properties.file !== undefined);
    expect(annotated.length).toBeGreaterThan(0);
    for (const c of annotated) expect(fs.existsSync(path.join(ws, c.properties.file))).toBe(true);
    expect(commands.filter((c) => /forged/.test(c.data) && c.properties.file === 'app.py')).toEqual([]);
    expect(r.stdout).not.toContain('\u001b');
    // Every file problem is still reported, each on one line.
    for (const name of ['tok.py', 'tok2.py', 'forged.py', 'z.py', 'ansi.py', 'hidden.py']) expect(r.stdout).toContain(name);
  });
});

describe('the cache is never read from the analysed tree', () => {
  test('a committed, edited cache does not hide an injection', async () => {
    const ws = tempRepo({ 'app.py': HIGH });
    // The attacker's cache: made by this very build (its identity is public), then emptied of findings.
    const made = `${ws}-attacker-cache`;
    expect((await action(ws, { 'cache-dir': made })).status).toBe(1);
    const store = JSON.parse(fs.readFileSync(path.join(made, 'results-v1.json'), 'utf8'));
    for (const entry of Object.values(store.entries) as Json[]) entry.result.findings = [];
    fs.mkdirSync(path.join(ws, '.tendril_cache'));
    fs.writeFileSync(path.join(ws, '.tendril_cache', 'results-v1.json'), JSON.stringify(store));
    commit(ws, {}, 'add a cache');
    // Defaults: the cache is under RUNNER_TEMP, the committed one is not read.
    const r = await action(ws);
    expect(r.status).toBe(1);
    expect(r.outputs['security-findings']).toBe('1');
    // Pointed at the workspace by the workflow: refused with a warning, the finding reported.
    const inside = await action(ws, { 'cache-dir': '.tendril_cache' });
    expect(inside.status).toBe(1);
    expect(inside.outputs['security-findings']).toBe('1');
    expect(inside.stdout).toMatch(/::warning title=Tendril::Cache refused: the cache directory .* is inside the workspace/);
    // A symbolic link in the tree to a directory outside it is inside too (by where it is).
    fs.symlinkSync(made, path.join(ws, 'linked'));
    expect((await action(ws, { 'cache-dir': 'linked' })).outputs['security-findings']).toBe('1');
  });

  test('the CLI refuses a cache directory tracked by git', async () => {
    const ws = tempRepo({ 'app.py': HIGH });
    const made = `${ws}-cli-cache`;
    expect((await cli(['check', '--cache-dir', made, '.'], ws)).status).toBe(1);
    const store = JSON.parse(fs.readFileSync(path.join(made, 'results-v1.json'), 'utf8'));
    for (const entry of Object.values(store.entries) as Json[]) entry.result.findings = [];
    fs.mkdirSync(path.join(ws, '.tendril_cache'));
    fs.writeFileSync(path.join(ws, '.tendril_cache', 'results-v1.json'), JSON.stringify(store));
    commit(ws, {}, 'add a cache');
    const r = await cli(['check', '.'], ws);
    expect(r.stderr).toContain('holds files tracked by git');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('request-without-cert-validation');
  });

  test('the configuration cannot place the cache, in or out of the workspace; cache-dir: False turns it off', async () => {
    const outside = `${tempRepo({})}-from-config`;
    const ws = tempRepo({ 'app.py': CLEAN, 'tendril.toml': `cache-dir = ${JSON.stringify(outside)}\n` });
    const r = await action(ws);
    expect(r.status).toBe(0);
    expect(fs.existsSync(outside)).toBe(false);
    expect(r.stdout).toContain("The configuration's cache-dir is not used by the action");
    const off = await action(ws, { 'cache-dir': 'False' });
    expect(off.status).toBe(0);
    expect(fs.existsSync(path.join(ws, 'False'))).toBe(false);
    expect(fs.existsSync(path.join(`${ws}-temp`, 'tendril-cache'))).toBe(true); // from the first run only
    fs.rmSync(path.join(`${ws}-temp`, 'tendril-cache'), { recursive: true });
    await action(ws, { 'cache-dir': 'FALSE' });
    expect(fs.existsSync(path.join(`${ws}-temp`, 'tendril-cache'))).toBe(false);
  });
});

describe("the configuration's gates apply when the inputs are left empty", () => {
  test('fail-on-security-severity and max-maintainability-findings from pyproject.toml', async () => {
    const ws = tempRepo({
      'app.py': HIGH,
      'pyproject.toml': '[tool.tendril]\nfail-on-security-severity = "none"\n',
    });
    const r = await action(ws);
    expect(r.status).toBe(0);
    expect(r.outputs.gate).toBe('passed');
    // The input still wins over the configuration.
    expect((await action(ws, { 'fail-on-security-severity': 'high' })).status).toBe(1);
    const notes = tempRepo({
      'util.py': '"""Util."""\nimport os\n',
      'pyproject.toml': '[tool.tendril]\nmax-maintainability-findings = 0\n',
    });
    const n = await action(notes);
    expect(n.status).toBe(1);
    expect(n.outputs.reason).toContain('maintainability');
    expect((await action(notes, { 'max-maintainability-findings': '-1' })).status).toBe(0);
  });
});

describe('the pull request baseline is what the pull request merges into', () => {
  /** main: A (clean) -> B (a high finding lands on main); the pull request branches from A. */
  function diverged(): { ws: string; a: string; b: string; h: string } {
    const ws = tempRepo({});
    git(ws, 'checkout', '-q', '-b', 'main');
    const a = commit(ws, { 'app.py': CLEAN }, 'A');
    git(ws, 'checkout', '-q', '-b', 'feature');
    const h = commit(ws, { 'feature.py': CLEAN }, 'pr');
    git(ws, 'checkout', '-q', 'main');
    const b = commit(ws, { 'main.py': HIGH }, 'B');
    return { ws, a, b, h };
  }

  const prEvent = (base: string, head: string, ref = 'main'): Json => ({
    pull_request: { number: 7, base: { sha: base, ref }, head: { sha: head, ref: 'feature' } },
  });

  test("on the merge commit checkout: its first parent, not the event's stale base.sha", async () => {
    const { ws, a, b, h } = diverged();
    git(ws, 'checkout', '-q', '--detach', 'main');
    git(ws, '-c', 'user.email=t@example.com', '-c', 'user.name=Test', 'merge', '-q', '--no-ff', '-m', 'merge', h);
    const r = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(ws, prEvent(a, h)) });
    expect(r.status).toBe(0);
    expect(r.outputs['new-findings']).toBe('0');
    expect(r.summary).toContain(`main @ ${b.slice(0, 7)}`);
    expect(r.summary).toContain('first parent');
  });

  test('on a checkout of the head: the merge base with the base branch', async () => {
    // main fixes an old finding after the branch point; the pull request still has it, unchanged.
    const ws = tempRepo({});
    git(ws, 'checkout', '-q', '-b', 'main');
    const a = commit(ws, { 'old.py': HIGH }, 'A');
    git(ws, 'checkout', '-q', '-b', 'feature');
    const h = commit(ws, { 'feature.py': CLEAN }, 'pr');
    git(ws, 'checkout', '-q', 'main');
    const b = commit(ws, { 'old.py': CLEAN }, 'B fixes old.py');
    git(ws, 'checkout', '-q', '--detach', h);
    const r = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(ws, prEvent(b, h)) });
    expect(r.status).toBe(0);
    expect(r.outputs['new-findings']).toBe('0');
    expect(r.summary).toContain(`main @ ${a.slice(0, 7)}`);
    expect(r.summary).toContain('merge base');
  });

  test("merge_group: compared with the queue's base", async () => {
    const { ws, b } = diverged();
    git(ws, 'checkout', '-q', 'main');
    const head = commit(ws, { 'queued.py': CLEAN }, 'queued');
    const event = { merge_group: { base_sha: b, base_ref: 'refs/heads/main', head_sha: head } };
    const r = await action(ws, {}, { GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: eventFile(ws, event), GITHUB_SHA: head });
    expect(r.status).toBe(0);
    expect(r.summary).toContain(`main @ ${b.slice(0, 7)}`);
  });

  test("pull_request_target: the pull request's analysis is never uploaded as the base branch's", async () => {
    const { ws, b, h } = diverged();
    git(ws, 'checkout', '-q', '--detach', h);
    await withApi(
      (req) => (req.method === 'POST' ? [202, { id: 'u1' }] : [200, { processing_status: 'complete' }]),
      async (api, seen) => {
        const r = await action(
          ws,
          { upload: 'true', token: 'tok-123456' },
          {
            GITHUB_EVENT_NAME: 'pull_request_target',
            GITHUB_EVENT_PATH: eventFile(ws, prEvent(b, h)),
            GITHUB_API_URL: api,
            GITHUB_REPOSITORY: 'octo/app',
            GITHUB_SHA: b,
            GITHUB_REF: 'refs/heads/main',
            TENDRIL_UPLOAD_POLL_MS: '20',
          },
        );
        expect(r.status).toBe(0);
        const payload = JSON.parse(seen.find((s) => s.method === 'POST')!.body);
        expect(payload).toMatchObject({ commit_sha: h, ref: 'refs/pull/7/head' });
      },
    );
  });
});

describe('the job summary carries no markup from the scanned tree', () => {
  test('a file name cannot print a heading, an image or HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>![pwned](http:x)\r# Gate passed `x` *b*.py';
    const ws = tempRepo({ [evil]: HIGH });
    const r = await action(ws);
    expect(r.status).toBe(1);
    expect(r.summary).not.toContain('<img');
    expect(r.summary).not.toContain('![pwned]');
    expect(r.summary).not.toMatch(/\r/);
    const headings = r.summary.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((l) => /^#{2,3} [A-Z]/.test(l) && !l.includes('Gate passed'))).toBe(true);
  });
});

describe('the upload client', () => {
  const base = (api: string, sha: string): NodeJS.ProcessEnv => ({
    GITHUB_API_URL: api,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    TENDRIL_UPLOAD_POLL_MS: '20',
    TENDRIL_UPLOAD_RETRY_MS: '20',
  });

  test('a 502 and a dropped connection are retried; the token is masked before any request', async () => {
    const ws = tempRepo({ 'app.py': CLEAN });
    const sha = commit(ws, {});
    let posts = 0;
    await withApi(
      (req) => {
        if (req.method === 'POST') {
          posts++;
          if (posts === 1) return [502, { message: 'Bad Gateway' }];
          if (posts === 2) return 'drop';
          return [202, { id: 'u9' }];
        }
        return [200, { processing_status: 'complete' }];
      },
      async (api) => {
        const r = await runActionAsync(ws, { upload: 'true', token: 'tok-abcdef123' }, base(api, sha));
        expect(r.status).toBe(0);
        expect(r.outputs['upload-id']).toBe('u9');
        expect(posts).toBe(3);
        const masks = runnerCommands(r.stdout).filter((c) => c.name === 'add-mask');
        expect(masks.map((c) => c.data)).toEqual(['tok-abcdef123']);
        // The mask is the step's first line: nothing before it could print or send the token.
        expect(r.stdout.startsWith('::add-mask::tok-abcdef123\n')).toBe(true);
      },
    );
  });

  test('invalid JSON from the API is an API error, not a crash', async () => {
    const ws = tempRepo({ 'app.py': CLEAN });
    const sha = commit(ws, {});
    await withApi(
      () => [202, Buffer.from('{"id": ')],
      async (api) => {
        const r = await action(ws, { upload: 'true', token: 'tok-x1' }, base(api, sha));
        expect(r.status).toBe(2);
        expect(r.stdout).toMatch(/::error title=Tendril::SARIF upload.*(JSON|upload id)/);
        expect(r.stdout).not.toContain('internal error');
      },
    );
  });

  test('pull requests from forks and Dependabot: the read-only token skips the upload with a notice', async () => {
    const ws = tempRepo({ 'app.py': CLEAN });
    const a = commit(ws, {}, 'base');
    const h = commit(ws, { 'b.py': CLEAN }, 'head');
    await withApi(
      () => [403, { message: 'Resource not accessible by integration' }],
      async (api, seen) => {
        const event = {
          pull_request: {
            number: 3,
            base: { sha: a, ref: 'main', repo: { full_name: 'octo/app' } },
            head: { sha: h, repo: { full_name: 'fork/app', fork: true } },
          },
        };
        const r = await action(
          ws,
          { upload: 'true', token: 'tok-ro' },
          { ...base(api, h), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(ws, event) },
        );
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/::notice::Tendril: SARIF upload skipped/);
        expect(seen).toEqual([]);
      },
    );
  });
});

describe('partial analyses are not uploaded as whole ones', () => {
  test('upload with scope: changed or a shard is refused; a changed-only file has categories of its own', async () => {
    const ws = tempRepo({});
    const a = commit(ws, { 'app.py': CLEAN, 'other.py': HIGH }, 'base');
    commit(ws, { 'app.py': CLEAN + '\n' });
    await withApi(
      () => [202, { id: 'never' }],
      async (api, seen) => {
        const env = { GITHUB_API_URL: api, GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: a, GITHUB_REF: 'refs/heads/main' };
        const changed = await action(ws, { upload: 'true', scope: 'changed', 'baseline-ref': a }, env);
        expect(changed.status).toBe(2);
        expect(changed.stdout).toContain('a partial analysis (scope: changed) is not uploaded');
        const shard = await action(ws, { upload: 'true', shard: '1/2' }, env);
        expect(shard.status).toBe(2);
        expect(shard.stdout).toContain('Merge the shards');
        expect(seen).toEqual([]);
      },
    );
    expect((await action(ws, { scope: 'changed', 'baseline-ref': a })).status).toBe(0);
    expect(sarifOf(ws).runs.map((r: Json) => r.automationDetails.id)).toEqual(['tendril/security/changed/', 'tendril/maintainability/changed/']);
  });
});

describe('git failures say their cause', () => {
  test('a missing base commit fails the step with the cause instead of counting everything new', async () => {
    const ws = tempRepo({});
    const h = commit(ws, { 'app.py': HIGH }, 'head');
    const r = await action(
      ws,
      {},
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile(ws, { pull_request: { number: 1, base: { sha: 'f'.repeat(40), ref: 'main' }, head: { sha: h } } }),
      },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/::error title=Tendril::.*is not in the checkout and could not be fetched from origin.*fetch-depth: 0/);
  });

  test('a bad event payload is an error', async () => {
    const ws = tempRepo({});
    commit(ws, { 'app.py': CLEAN });
    const r = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(ws, '{"pull_request": ') });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('is not valid JSON');
    const noBase = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(ws, { pull_request: { number: 1 } }) });
    expect(noBase.status).toBe(2);
    expect(noBase.stdout).toContain('has no valid pull_request.base.sha');
  });

  test('a checkout into a subdirectory: the working-directory input', async () => {
    const ws = tempRepo({});
    const repo = path.join(ws, 'checkout');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q');
    const a = commit(repo, { 'app.py': HIGH }, 'base');
    const h = commit(repo, { 'b.py': CLEAN }, 'head');
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(ws, { pull_request: { number: 2, base: { sha: a, ref: 'main' }, head: { sha: h } } }),
    };
    const r = await action(ws, { 'working-directory': 'checkout' }, env);
    expect(r.status).toBe(0);
    expect(r.outputs['new-findings']).toBe('0');
    expect(results(repo).map((x) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['app.py']);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test : test.skip)('"dubious ownership" (container jobs) is named, with the fix', async () => {
    const ws = tempRepo({});
    const a = commit(ws, { 'app.py': CLEAN }, 'base');
    fs.chownSync(ws, 65534, 65534);
    const r = await action(ws, { 'baseline-ref': a });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('dubious ownership');
    expect(r.stdout).toContain('safe.directory');
  });
});

describe('smaller ones', () => {
  test("Tendril's own warnings keep an annotation slot among ten warning-level findings", async () => {
    const medium = Array.from({ length: 12 }, (_, i) => `eval(x${i})\n`).join('');
    const ws = tempRepo({ 'app.py': '"""Many."""\n' + medium });
    const r = await action(ws, { 'cache-dir': '.tendril_cache' });
    const warnings = runnerCommands(r.stdout).filter((c) => c.name === 'warning');
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(warnings[0]).toMatchObject({ properties: { title: 'Tendril' } });
    expect(warnings[0].data).toContain('Cache refused');
  });

  test('rules link to their documentation; informationUri is set; the maintainability run can be left out', async () => {
    const ws = tempRepo({ 'app.py': '"""A."""\nimport os\n' });
    const r = await action(ws, {}, { GITHUB_ACTION_REPOSITORY: 'octo/tendril', GITHUB_ACTION_REF: 'v1' });
    expect(r.status).toBe(0);
    for (const run of sarifOf(ws).runs) {
      expect(run.tool.driver.informationUri).toBe('https://github.com/octo/tendril');
      for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(`https://github.com/octo/tendril/blob/v1/docs/rules.md#${rule.id}`);
    }
    const only = await action(ws, { 'sarif-maintainability': 'false' });
    expect(only.status).toBe(0);
    expect(sarifOf(ws).runs.map((x: Json) => x.automationDetails.id)).toEqual(['tendril/security/']);
    expect(only.outputs['maintainability-findings']).toBe('1');
  });
});
