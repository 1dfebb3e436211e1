import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { NODE24, REPO, tempRepo } from '../helpers';
import { action } from './inprocess';
import { runAction } from './runner';

// Fixtures carry docstrings and absolute program paths so that each test sees only the findings it is about.
// HIGH: certificate verification turned off (request-without-cert-validation, 8.0).
const HIGH = '"""Build."""\nimport requests\n\n\ndef fetch(url):\n    """Fetch."""\n    return requests.get(url, verify=False, timeout=10)\n';
const LOW = '"""Build."""\nimport subprocess\nsubprocess.run("/usr/bin/make", shell=True)\n';

// The first run is the bundle as the runner starts it (dist/index.js under Node 24); the others run
// the action in this process (./inprocess.ts).
describe('the action', () => {
  test('the runtime is the one action.yml declares', () => {
    expect(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')).toMatch(/using: 'node24'\n\s+main: 'dist\/index\.js'/);
    if (NODE24 !== process.execPath) {
      expect(spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
    }
  });

  test('fails the step on a high-severity alert, writes SARIF with two categories, outputs and summary', () => {
    const ws = tempRepo({ 'app/build.py': HIGH, 'app/util.py': '"""Util."""\nimport os\nimport sys\nprint(sys.argv)\n' });
    const r = runAction(ws);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=Tendril gate failed::1 security finding at or above high severity (1 high)');
    expect(r.outputs).toMatchObject({ 'sarif-file': 'tendril.sarif', 'security-findings': '1', 'maintainability-findings': '1' });
    expect(r.outputs).toMatchObject({ gate: 'failed', reason: '1 security finding at or above high severity (1 high)' });
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'tendril.sarif'), 'utf8'));
    expect(sarif.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id)).toEqual(['tendril/security/', 'tendril/maintainability/']);
    const [security, maintainability] = sarif.runs;
    expect(security.results).toHaveLength(1);
    expect(security.results[0]).toMatchObject({
      ruleId: 'request-without-cert-validation',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'app/build.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 7 } } }],
    });
    expect(security.results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/);
    expect(maintainability.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['unused-import']);
    expect(r.summary).toContain('## Tendril');
    expect(r.summary).toContain('**Gate failed:** 1 security finding at or above high severity');
    expect(r.summary).toContain('| Security | high | 1 |');
    expect(r.summary).toContain('| Maintainability | note | 1 |');
    expect(r.summary).toContain('| <code>app\\/build\\.py</code> | 1 |');
  });

  test('passes on a low alert with the default gate; a stricter gate fails it', async () => {
    const ws = tempRepo({ 'low.py': LOW });
    const passed = await action(ws, { 'sarif-file': 'out/results.sarif' });
    expect(passed.status).toBe(0);
    expect(passed.outputs['sarif-file']).toBe('out/results.sarif');
    expect(passed.outputs['security-findings']).toBe('1');
    expect(fs.existsSync(path.join(ws, 'out', 'results.sarif'))).toBe(true);
    expect(passed.summary).toContain('**Gate passed.**');
    expect((await action(ws, { 'fail-on-security-severity': 'low' })).status).toBe(1);
    expect((await action(ws, { 'max-maintainability-findings': '0', paths: 'low.py' })).status).toBe(0);
  });

  test('an invalid input fails the step with a message naming the input and the accepted values', async () => {
    const ws = tempRepo({ 'low.py': LOW });
    let r = await action(ws, { 'fail-on-security-severity': 'severe' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain(
      "::error title=Tendril::Input 'fail-on-security-severity': 'severe' is not a valid value; accepted: critical, high, medium, low, none",
    );
    r = await action(ws, { 'max-maintainability-findings': 'many' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("Input 'max-maintainability-findings': 'many' is not a valid value");
    r = await action(ws, { paths: 'src' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("Input 'paths': src does not exist in the workspace");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('include-suppressed and cache-dir inputs', async () => {
    const ws = tempRepo({ 'a.py': '"""A."""\nimport os  # noqa: F401\n' });
    const sarif = (): { runs: { results: { ruleId: string; suppressions?: { kind: string }[] }[] }[] } =>
      JSON.parse(fs.readFileSync(path.join(ws, 'tendril.sarif'), 'utf8'));
    expect((await action(ws, { 'cache-dir': 'false' })).status).toBe(0);
    expect(sarif().runs.flatMap((r) => r.results)).toEqual([]);
    expect(fs.existsSync(path.join(ws, '.tendril_cache'))).toBe(false);
    const outside = `${ws}-cache`;
    expect((await action(ws, { 'include-suppressed': 'true', 'cache-dir': outside })).status).toBe(0);
    const results = sarif().runs.flatMap((r) => r.results);
    expect(results).toEqual([expect.objectContaining({ ruleId: 'unused-import', suppressions: [expect.objectContaining({ kind: 'inSource' })] })]);
    expect(fs.existsSync(path.join(outside, 'results-v1.json'))).toBe(true);
    // The default: under RUNNER_TEMP, not in the workspace.
    expect((await action(ws)).status).toBe(0);
    expect(fs.existsSync(path.join(`${ws}-temp`, 'tendril-cache', 'results-v1.json'))).toBe(true);
    expect(fs.existsSync(path.join(ws, '.tendril_cache'))).toBe(false);
    const r = await action(ws, { 'include-suppressed': 'maybe' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("Input 'include-suppressed': 'maybe' is not a valid value; accepted: true, false");
    // YAML 1.2's core schema, as @actions/core reads booleans: 'yes' is not one.
    expect((await action(ws, { 'include-suppressed': 'yes' })).stdout).toContain("Input 'include-suppressed': 'yes' is not a valid value");
    expect((await action(ws, { 'include-suppressed': 'TRUE' })).status).toBe(0);
  });
});
