import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { tempRepo } from '../helpers';
import { action, cli } from './inprocess';
import { commit, git, withApi } from './runner';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Rules pinned, so that rules added to the catalogue later do not change these counts. */
const CONFIG = 'select = ["request-without-cert-validation", "eval-used", "unused-import"]\n';
/** Certificate verification turned off: request-without-cert-validation, high (8.0). */
const HIGH = 'import requests\n\n\ndef fetch(url):\n    return requests.get(url, verify=False, timeout=10)\n';

function repoWith(files: Record<string, string>): { ws: string; base: string } {
  const ws = tempRepo({});
  const base = commit(ws, { 'tendril.toml': CONFIG, ...files }, 'base');
  return { ws, base };
}

function sarifOf(ws: string, file = 'tendril.sarif'): Json {
  return JSON.parse(fs.readFileSync(path.join(ws, file), 'utf8'));
}

function results(sarif: Json): Json[] {
  return sarif.runs.flatMap((run: Json) => run.results);
}

describe('baseline by git', () => {
  test('an old finding with a baseline passes; the same tree without a baseline fails', async () => {
    const { ws, base } = repoWith({ 'app.py': HIGH });
    commit(ws, { 'app.py': '# Build helpers.\n\n' + HIGH, 'other.py': 'print(1)\n' });
    const r = await action(ws, { 'baseline-ref': base });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ 'security-findings': '1', 'new-findings': '0', gate: 'passed', reason: '' });
    expect(results(sarifOf(ws)).map((x) => [x.ruleId, x.baselineState, x.locations[0].physicalLocation.region.startLine])).toEqual([
      ['request-without-cert-validation', 'unchanged', 7],
    ]);
    expect(r.summary).toContain(`Compared with <code>${base} @ ${base.slice(0, 7)}</code> (the baseline\\-ref input)`);
    expect(r.summary).toContain('**0 new**, 1 existing, 0 fixed');
    expect(r.stdout).not.toMatch(/^::error file=/m);

    const without = await action(ws, { 'baseline-ref': 'none' });
    expect(without.status).toBe(1);
    expect(without.outputs).toMatchObject({ 'new-findings': '1', gate: 'failed' });
    expect(without.outputs.reason).toBe('1 security finding at or above high severity (1 high)');
    expect(results(sarifOf(ws))[0].baselineState).toBeUndefined();
  });

  test('on a pull_request event the base commit from the payload is the default baseline', async () => {
    const { ws, base } = repoWith({ 'app.py': HIGH });
    const head = commit(ws, { 'app.py': HIGH + '\n\nprint(2)\n' });
    const event = path.join(ws, '..', `${path.basename(ws)}-event.json`);
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head } } }));
    const r = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(r.status).toBe(0);
    expect(r.outputs.gate).toBe('passed');
    expect(r.summary).toContain(`Compared with <code>main @ ${base.slice(0, 7)}</code> (the merge base of main and the pull request\\'s head)`);
    const push = await action(ws, {}, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(push.status).toBe(1);
    // A base commit the (shallow) checkout lacks and cannot fetch: the step fails with the cause.
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'f'.repeat(40), ref: 'main' }, head: { sha: head } } }));
    const shallow = await action(ws, {}, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(shallow.status).toBe(2);
    expect(shallow.stdout).toContain(`is not in the checkout and could not be fetched from origin`);
    // baseline-ref: none counts every finding as new.
    const none = await action(ws, { 'baseline-ref': 'none' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(none.status).toBe(1);
    expect(none.outputs['new-findings']).toBe('1');
  });

  test('a new medium finding fails a medium gate: outputs, annotations and the summary say so', async () => {
    const { ws, base } = repoWith({ 'app.py': HIGH });
    const head = commit(ws, { 'app.py': HIGH + '\n\ndef run(code):\n    return eval(code)\n' });
    const r = await action(
      ws,
      { 'baseline-ref': base, 'fail-on-security-severity': 'medium' },
      { GITHUB_REPOSITORY: 'octo/app', GITHUB_SHA: head, GITHUB_SERVER_URL: 'https://github.com' },
    );
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ 'new-findings': '1', gate: 'failed', reason: '1 new security finding at or above medium severity (1 medium)' });
    expect(r.stdout).toContain('::error title=Tendril gate failed::1 new security finding at or above medium severity (1 medium)');
    // One annotation, for the new finding only, with file, line, columns and title.
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotations).toEqual([expect.stringMatching(/^::warning file=app\.py,line=9,endLine=9,col=12,endColumn=\d+,title=Tendril eval-used \(\w+\)::.+/)]);
    expect(results(sarifOf(ws)).map((x) => [x.ruleId, x.baselineState])).toEqual([
      ['request-without-cert-validation', 'unchanged'],
      ['eval-used', 'new'],
    ]);
    expect(r.summary).toContain('**Gate failed:** 1 new security finding at or above medium severity');
    expect(r.summary).toContain('| Kind | Severity | New | Existing |');
    expect(r.summary).toContain('| Security | medium | 1 | 0 |');
    expect(r.summary).toContain('| Security | high | 0 | 1 |');
    expect(r.summary).toContain('### New findings');
    expect(r.summary).toContain(`[<code>app\\.py\\:9</code>](https://github.com/octo/app/blob/${head}/app.py#L9)`);
  });

  test('a renamed file, moved code and a finding duplicated in one file', async () => {
    const util = 'def first(code):\n    return eval(code)\n\n\ndef second(code):\n    return eval(code)\n';
    const { ws, base } = repoWith({ 'util.py': util });
    git(ws, 'mv', 'util.py', 'helpers.py');
    // Moved down by a new function above, and the eval in `first` duplicated.
    const moved =
      'import json\n\n\ndef parse(text):\n    return json.loads(text)\n\n\n' +
      'def first(code):\n    eval(code)\n    return eval(code)\n\n\ndef second(code):\n    return eval(code)\n';
    commit(ws, { 'helpers.py': moved });
    expect(git(ws, 'diff', '--name-status', '-M', base, 'HEAD')).toMatch(/^R\d+\tutil\.py\thelpers\.py$/);
    const r = await action(ws, { 'baseline-ref': base, 'fail-on-security-severity': 'medium' });
    expect(r.outputs['new-findings']).toBe('1');
    expect(r.status).toBe(1);
    const states = results(sarifOf(ws)).map((x) => [
      x.locations[0].physicalLocation.artifactLocation.uri,
      x.locations[0].physicalLocation.region.startLine,
      x.baselineState,
    ]);
    expect(states).toEqual([
      ['helpers.py', 9, 'unchanged'],
      ['helpers.py', 10, 'new'],
      ['helpers.py', 14, 'unchanged'],
    ]);
    // A finding that moves to another function is new there (the enclosing symbol is in the key).
    commit(ws, { 'helpers.py': util.replace('def second(code):\n    return eval(code)\n', 'def third(code):\n    return eval(code)\n') });
    const again = await action(ws, { 'baseline-ref': base });
    expect(results(sarifOf(ws)).map((x) => x.baselineState)).toEqual(['unchanged', 'new']);
    expect(again.summary).toContain('**1 new**, 1 existing, 1 fixed');
  });

  test('max-new-maintainability-findings counts new notes; max-maintainability-findings the total', async () => {
    const { ws, base } = repoWith({ 'a.py': 'import os\n' });
    commit(ws, { 'a.py': 'import os\nimport sys\n' });
    let r = await action(ws, { 'baseline-ref': base, 'max-new-maintainability-findings': '0' });
    expect(r.status).toBe(1);
    expect(r.outputs.reason).toBe('1 new maintainability finding, more than the maximum of 0');
    r = await action(ws, { 'baseline-ref': base, 'max-new-maintainability-findings': '1' });
    expect(r.status).toBe(0);
    r = await action(ws, { 'baseline-ref': base, 'max-maintainability-findings': '1' });
    expect(r.outputs.reason).toBe('2 maintainability findings, more than the maximum of 1');
  });

  test('scope: changed analyses only the files changed against the baseline', async () => {
    const { ws, base } = repoWith({ 'old.py': HIGH, 'same.py': 'import os\n' });
    commit(ws, { 'new.py': 'import sys\n' });
    const r = await action(ws, { 'baseline-ref': base, scope: 'changed' });
    expect(r.status).toBe(0);
    expect(r.summary).toContain('Analysed 1 file.');
    expect(results(sarifOf(ws)).map((x) => [x.locations[0].physicalLocation.artifactLocation.uri, x.baselineState])).toEqual([['new.py', 'new']]);
  });

  test('baseline-sarif: a previous Tendril SARIF file as the baseline', async () => {
    const { ws } = repoWith({ 'app.py': HIGH });
    expect((await action(ws, { 'sarif-file': 'previous.sarif' })).status).toBe(1);
    commit(ws, { 'app.py': '\n\n' + HIGH + '\n\ndef run(code):\n    return eval(code)\n' });
    const r = await action(ws, { 'baseline-ref': 'none', 'baseline-sarif': 'previous.sarif', 'fail-on-security-severity': 'medium' });
    expect(r.outputs).toMatchObject({ 'new-findings': '1', reason: '1 new security finding at or above medium severity (1 medium)' });
    expect(results(sarifOf(ws)).map((x) => x.baselineState)).toEqual(['unchanged', 'new']);
  });

  test('invalid gating inputs fail with a message naming the input', async () => {
    const { ws } = repoWith({ 'app.py': HIGH });
    const cases: [Record<string, string>, string][] = [
      [{ 'baseline-ref': 'no-such-branch' }, "Input 'baseline-ref': 'no-such-branch' is not a commit in this checkout"],
      [{ 'max-new-maintainability-findings': 'few' }, "Input 'max-new-maintainability-findings': 'few' is not a valid value"],
      [{ scope: 'some' }, "Input 'scope': 'some' is not a valid value; accepted: all, changed"],
      [{ scope: 'changed' }, "Input 'scope': 'changed' needs a baseline ref"],
      [{ shard: '3/2' }, "Input 'shard': '3/2' is not a valid value; accepted: K/N"],
      [{ upload: 'maybe' }, "Input 'upload': 'maybe' is not a valid value; accepted: true, false"],
      [{ 'baseline-sarif': 'missing.sarif' }, "Input 'baseline-sarif': missing.sarif does not exist"],
    ];
    for (const [inputs, message] of cases) {
      const r = await action(ws, inputs);
      expect({ inputs, status: r.status }).toEqual({ inputs, status: 2 });
      expect(r.stdout).toContain(`::error title=Tendril::${message}`);
    }
  });
});

describe('annotations and the summary', () => {
  test('annotations are capped per level; the summary counts the rest and lists the findings', async () => {
    const many = Array.from({ length: 14 }, (_, i) => `import mod${i}\n`).join('');
    const { ws } = repoWith({ 'many.py': many });
    const r = await action(ws, {});
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice file=many.py'));
    expect(notices).toHaveLength(10);
    expect(notices[0]).toMatch(/^::notice file=many\.py,line=1,endLine=1,col=8,endColumn=12,title=Tendril unused-import \(\w+\)::`mod0` /);
    expect(r.summary).toContain('10 annotations shown of 14 findings');
    expect(r.summary).toContain('### Findings');
    expect(r.summary.match(/^\| <code>many\\\.py\\:\d+<\/code> \| note \| <code>unused\\-import<\/code> \|/gm)).toHaveLength(14);
    expect((await action(ws, { annotations: 'false' })).stdout).not.toContain('::notice');
  });
});

describe('sharding', () => {
  const files: Record<string, string> = {
    'a.py': HIGH,
    'b c.py': 'import os\n',
    'pkg/d.py': 'def f(:\n',
    'pkg/e.py': 'import sys\nimport json\nprint(json)\n',
    'pkg/f.py': 'x = eval("1")\n',
    'z.py': 'print(1)\n',
  };

  test('two shards merged (CLI and action) equal one unsharded run, byte for byte', async () => {
    const { ws } = repoWith(files);
    await action(ws, { 'sarif-file': 'all.sarif' });
    const one = await action(ws, { shard: '1/2', 'sarif-file': 'shards/tendril-1.sarif' });
    const two = await action(ws, { shard: '2/2', 'sarif-file': 'shards/tendril-2.sarif' });
    expect(one.summary).toContain('Analysed 3 files.');
    expect(two.summary).toContain('Analysed 3 files.');
    const whole = fs.readFileSync(path.join(ws, 'all.sarif'));
    const parts = [1, 2].map((k) => fs.readFileSync(path.join(ws, `shards/tendril-${k}.sarif`), 'utf8'));
    expect(parts[0]).not.toBe(whole.toString());

    const mergedByCli = await cli(['merge', 'shards/tendril-2.sarif', 'shards/tendril-1.sarif', '-o', 'merged-cli.sarif'], ws);
    expect(mergedByCli.status).toBe(0);
    expect(fs.readFileSync(path.join(ws, 'merged-cli.sarif')).equals(whole)).toBe(true);

    const merged = await action(ws, { merge: 'shards/tendril-*.sarif', 'sarif-file': 'merged.sarif' });
    expect(merged.status).toBe(0);
    expect(merged.outputs['sarif-file']).toBe('merged.sarif');
    expect(fs.readFileSync(path.join(ws, 'merged.sarif')).equals(whole)).toBe(true);

    // The CLI shards the same way.
    for (const k of [1, 2, 3]) await cli(['check', '--shard', `${k}/3`, '--format', 'sarif', '-o', `cli-${k}.sarif`], ws);
    await cli(['check', '--format', 'sarif', '-o', 'cli-all.sarif'], ws);
    await cli(['merge', 'cli-1.sarif', 'cli-2.sarif', 'cli-3.sarif', '-o', 'cli-merged.sarif'], ws);
    expect(fs.readFileSync(path.join(ws, 'cli-merged.sarif'), 'utf8')).toBe(fs.readFileSync(path.join(ws, 'cli-all.sarif'), 'utf8'));
  });

  test('merging shards of different configurations is refused', async () => {
    const { ws } = repoWith(files);
    await cli(['check', '--shard', '1/2', '--format', 'sarif', '-o', 's1.sarif'], ws);
    await cli(['check', '--shard', '2/2', '--select', 'unused-import,eval-used', '--format', 'sarif', '-o', 's2.sarif'], ws);
    const r = await cli(['merge', 's1.sarif', 's2.sarif', '-o', 'm.sarif'], ws);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ran different rules or Tendril versions');
  });
});

describe('direct upload', () => {
  const env = (api: string, sha: string): NodeJS.ProcessEnv => ({
    GITHUB_API_URL: api,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    TENDRIL_UPLOAD_POLL_MS: '20',
  });

  test('the SARIF reaches the API gzipped and base64-encoded, with commit, ref and checkout URI; the token is not printed', async () => {
    const { ws, base } = repoWith({ 'app.py': HIGH });
    await withApi(
      (req, polls) => (req.method === 'POST' ? [202, { id: 'upload-1', url: 'x' }] : [200, { processing_status: polls < 2 ? 'pending' : 'complete' }]),
      async (api, seen) => {
        const r = await action(ws, { upload: 'true', token: 'secret-token-123' }, env(api, base));
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1); // the gate, not the upload
        expect(r.outputs['upload-id']).toBe('upload-1');
        expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
          'POST /repos/octo/app/code-scanning/sarifs',
          'GET /repos/octo/app/code-scanning/sarifs/upload-1',
          'GET /repos/octo/app/code-scanning/sarifs/upload-1',
        ]);
        expect(seen.every((s) => s.auth === 'Bearer secret-token-123')).toBe(true);
        const payload = JSON.parse(seen[0].body);
        expect(payload).toMatchObject({ commit_sha: base, ref: 'refs/heads/main', checkout_uri: `file://${ws}` });
        expect(gunzipSync(Buffer.from(payload.sarif, 'base64')).equals(fs.readFileSync(path.join(ws, 'tendril.sarif')))).toBe(true);
        // Only in the mask command, which the runner reads before anything else.
        expect(r.stdout.startsWith('::add-mask::secret-token-123\n')).toBe(true);
        expect(r.stdout.slice('::add-mask::secret-token-123\n'.length) + r.summary).not.toContain('secret-token-123');
      },
    );
  });

  test('a rejected upload fails the step with the reason', async () => {
    const { ws, base } = repoWith({ 'ok.py': 'print(1)\n' });
    await withApi(
      (req) => (req.method === 'POST' ? [202, { id: 'u2' }] : [200, { processing_status: 'failed', errors: ['invalid SARIF: bad run'] }]),
      async (api) => {
        const r = await action(ws, { upload: 'true', token: 't0ken' }, env(api, base));
        expect(r.status).toBe(2);
        expect(r.stdout).toContain('::error title=Tendril::SARIF upload u2 was rejected by code scanning: invalid SARIF: bad run');
      },
    );
    await withApi(
      () => [403, { message: 'Resource not accessible by integration' }],
      async (api) => {
        const r = await action(ws, { upload: 'true', token: 't0ken' }, env(api, base));
        expect(r.status).toBe(2);
        expect(r.stdout).toContain(
          'SARIF upload rejected: HTTP 403: Resource not accessible by integration (the workflow needs permissions: security-events: write',
        );
        expect(r.stdout.replace('::add-mask::t0ken\n', '')).not.toContain('t0ken');
      },
    );
  });
});
