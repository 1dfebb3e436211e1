import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compilePattern } from '../../src/discovery/glob';
import { run, type Outcome } from '../../src/pipeline/run';
import { isTestCode } from '../../src/pipeline/policy';
import { formatJson } from '../../src/report/json';
import { mergeSarif } from '../../src/report/merge';
import { buildSarif, formatSarif } from '../../src/report/sarif';
import { formatSummary } from '../../src/report/summary';
import { formatText } from '../../src/report/text';
import { planAnnotations } from '../../src/github/annotations';
import { bandOf, testCodeScore } from '../../src/rules/severity';
import { Given } from '../../src/settings/options';
import { compilePatterns, readConfigFile, resolveSettings, type SettingsInput } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** request-without-cert-validation (B501): security-severity 8.0, high. */
const SHELL = 'import requests\nrequests.get(url, verify=False)\n';
const FILES = {
  'app.py': SHELL,
  'tests/test_app.py': SHELL,
  'tests/fixtures/sample.py': SHELL,
  'pkg/conftest.py': SHELL,
  'pkg/thing_test.py': SHELL,
  'pkg/test_thing.py': SHELL,
  'e2e/flow.py': SHELL,
};

async function outcomeFor(root: string, input: SettingsInput = {}): Promise<Outcome> {
  return run(resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['B501'], cacheDir: false }, input));
}

const where = (outcome: Outcome): string[] => outcome.findings.map((f) => `${f.path} ${f.lowered ?? 'full'}`);

describe('security findings in test code', () => {
  test('the band mapping: one band lower, at most medium; low stays low', () => {
    const mapped = [10.0, 9.8, 9.0, 8.9, 8.0, 7.0, 6.9, 5.5, 4.0, 3.9, 3.0, 0.1].map(
      (s) => `${s.toFixed(1)} ${bandOf(s)} -> ${testCodeScore(s).toFixed(1)} ${bandOf(testCodeScore(s))}`,
    );
    expect(mapped).toEqual([
      '10.0 critical -> 6.9 medium',
      '9.8 critical -> 6.8 medium',
      '9.0 critical -> 6.0 medium',
      '8.9 high -> 5.9 medium',
      '8.0 high -> 5.0 medium',
      '7.0 high -> 4.0 medium',
      '6.9 medium -> 3.9 low',
      '5.5 medium -> 2.5 low',
      '4.0 medium -> 1.0 low',
      '3.9 low -> 3.9 low',
      '3.0 low -> 3.0 low',
      '0.1 low -> 0.1 low',
    ]);
  });

  test('isTestCode: the last matching pattern decides, on the file or a directory above it', () => {
    const root = path.resolve('/r');
    const patterns = [...compilePatterns(['test_*.py', 'tests/'], root), compilePattern('!tests/fixtures/', root)!];
    const test = (rel: string): boolean => isTestCode(patterns, path.join(root, rel));
    expect(
      ['a/test_x.py', 'tests/x.py', 'a/tests/b/x.py', 'tests/fixtures/x.py', 'tests/fixtures/test_x.py', 'x_tests.py', 'testsuite/x.py'].map(test),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  test('lowered by default: counts, gate, text, JSON, summary and annotations agree', async () => {
    const root = tempRepo(FILES);
    const outcome = await outcomeFor(root);
    expect(where(outcome)).toEqual([
      'app.py full',
      'e2e/flow.py full',
      'pkg/conftest.py test-code',
      'pkg/test_thing.py test-code',
      'pkg/thing_test.py test-code',
      'tests/fixtures/sample.py test-code',
      'tests/test_app.py test-code',
    ]);
    // ruleId stays the rule's: suppressions, per-file-ignores and baselines name it.
    expect(new Set(outcome.findings.map((f) => f.ruleId))).toEqual(new Set(['request-without-cert-validation']));
    expect(outcome.counts.bySeverity).toEqual({ critical: 0, high: 2, medium: 5, low: 0 });
    expect(outcome.gate.reasons).toEqual(['2 security findings at or above high severity (2 high)']);

    const text = formatText(outcome, false);
    expect(text).toContain('tests/test_app.py:2:19  medium   request-without-cert-validation  ');
    expect(text).toMatch(/tests\/test_app\.py:2:19 .*\[test code\]/);
    expect(text).toMatch(/app\.py:2:19  high {5}request-without-cert-validation {2}[^[]*\n/);
    const json = JSON.parse(formatJson(outcome)) as Json;
    expect(json.findings.map((f: Json) => `${f.path} ${f.severity} ${f.lowered ?? ''}`.trim())).toContain('tests/test_app.py medium test-code');
    expect(json.findings.map((f: Json) => `${f.path} ${f.severity} ${f.lowered ?? ''}`.trim())).toContain('app.py high');
    const summary = formatSummary(outcome);
    expect(summary).toContain('| Security | high | 2 |');
    expect(summary).toContain('| Security | medium | 5 |');
    expect(summary).toContain('**Test code:** 5 security alerts in test code are counted one band lower');
    expect(summary.split('\n').filter((l) => l.includes('| medium (test code) |')).length).toBe(5);
    expect(summary.split('\n').find((l) => l.startsWith('| <code>app\\.py\\:2</code>'))).toContain('| high |');
    // Annotations: the lowered ones are warnings under the variant's name, after the errors.
    const plan = planAnnotations(outcome.findings);
    expect(plan.lines.filter((l) => l.startsWith('::error')).length).toBe(2);
    expect(plan.lines.find((l) => l.includes('file=tests/test_app.py'))).toMatch(
      /^::warning .*title=Tendril request-without-cert-validation\/test-code \(RequestWithoutCertValidationInTestCode\)::/,
    );
  });

  test('SARIF: lowered results name the test-code variant of their rule, a descriptor with the lowered score', async () => {
    const root = tempRepo(FILES);
    const outcome = await outcomeFor(root);
    const run = (buildSarif(outcome).runs as Json[])[0];
    const rules = run.tool.driver.rules as Json[];
    const original = rules.findIndex((r) => r.id === 'request-without-cert-validation');
    const variants = rules.filter((r) => r.id.endsWith('/test-code'));
    // One variant, for the one rule with results in test code, after every rule.
    expect(variants.map((r) => r.id)).toEqual(['request-without-cert-validation/test-code']);
    const at = rules.length - 1;
    const variant = rules[at];
    expect(variant).toMatchObject({
      name: 'RequestWithoutCertValidationInTestCode',
      defaultConfiguration: { level: 'warning' },
      help: rules[original].help,
      relationships: [{ target: { id: 'request-without-cert-validation', index: original }, kinds: ['relevant'] }],
      properties: { 'security-severity': '5.0', precision: rules[original].properties.precision },
    });
    expect(rules[original].properties['security-severity']).toBe('8.0');
    expect(variant.properties.tags).toEqual([...rules[original].properties.tags, 'test-code']);
    const results = run.results as Json[];
    const byPath = new Map(results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r]));
    expect(byPath.get('tests/test_app.py')).toMatchObject({ ruleId: 'request-without-cert-validation/test-code', ruleIndex: at, level: 'warning' });
    expect(byPath.get('app.py')).toMatchObject({ ruleId: 'request-without-cert-validation', ruleIndex: original, level: 'error' });
    // The same line hash and match key as the rule's: only the rule changes.
    // (The two files have the same bytes, so the same line hash and match key.)
    const [lowered, plain] = [byPath.get('tests/test_app.py')!, byPath.get('app.py')!];
    expect(lowered.partialFingerprints).toEqual(plain.partialFingerprints);
    expect(lowered.properties['tendril/matchKey']).toBe(plain.properties['tendril/matchKey']);
  });

  test('test-paths adds patterns (a `!pattern` takes a directory out); test-code-severity "full" reports test code as anywhere else', async () => {
    const root = tempRepo(FILES);
    const configured = await outcomeFor(root, { testPaths: compilePatterns(['e2e/', '!tests/fixtures/'], root) });
    expect(where(configured).filter((w) => w.startsWith('e2e/') || w.startsWith('tests/'))).toEqual([
      'e2e/flow.py test-code',
      'tests/fixtures/sample.py full',
      'tests/test_app.py test-code',
    ]);
    const full = await outcomeFor(root, { testCodeSeverity: 'full' });
    expect(full.findings.every((f) => f.lowered === undefined)).toBe(true);
    expect(full.counts.bySeverity.high).toBe(7);
    const rules = ((buildSarif(full).runs as Json[])[0].tool.driver.rules as Json[]).map((r) => r.id);
    expect(rules.filter((id) => id.endsWith('/test-code'))).toEqual([]);
  });

  test('shards merge to the SARIF of one run, variants united; a previous SARIF file is a baseline for lowered findings', async () => {
    // Round robin over a.py, b.py, tests/test_a.py: the second shard has no test code, so no variant.
    const root = tempRepo({ 'a.py': SHELL, 'b.py': SHELL, 'tests/test_a.py': SHELL });
    const whole = formatSarif(await outcomeFor(root));
    const shards = await Promise.all([1, 2].map(async (index) => formatSarif(await outcomeFor(root, { shard: { index, count: 2 } }))));
    expect(shards.map((s) => s.includes('request-without-cert-validation/test-code'))).toEqual([true, false]);
    expect(mergeSarif(shards.map((text, i) => ({ name: `shard${i + 1}.sarif`, text })))).toBe(whole);
    // The variant comes from a later file too.
    expect(mergeSarif(shards.map((text, i) => ({ name: `shard${i + 1}.sarif`, text })).reverse())).toBe(whole);

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-test-code-')), 'previous.sarif');
    fs.writeFileSync(file, whole);
    const again = await outcomeFor(root, { baselineSarif: file });
    expect(again.findings.map((f) => f.baselineState)).toEqual(again.findings.map(() => 'unchanged'));
    expect(again.gate.failed).toBe(false);
  });
});

describe('a bare # noqa on a security finding in the pipeline', () => {
  const files = {
    'a.py': 'import requests\nrequests.get(url, verify=False)  # noqa\nrequests.get(url, verify=False)  # nosec\nimport os  # noqa\n',
  };

  test('by default: the alert stays open and counts for the gate; the summary says why and counts the suppressed ones', async () => {
    const root = tempRepo(files);
    const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['B501', 'F401'], cacheDir: false }));
    expect(outcome.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 request-without-cert-validation']);
    expect(outcome.suppressed).toEqual({ security: 1, maintainability: 1, blanketSecurity: 1 });
    expect(outcome.gate.failed).toBe(true);
    const summary = formatSummary(outcome);
    expect(summary).toContain('**Suppressed in the source:** 1 security alert and 1 maintainability note');
    expect(summary).toContain('**Not suppressed:** 1 security alert is on a line with a bare <code>\\# noqa</code>');
  });

  test('bare-noqa-suppresses-security = true: hidden, as in Ruff', async () => {
    const root = tempRepo(files);
    const outcome = await run(
      resolveSettings(
        { root, paths: [root], jobs: 1 },
        { select: ['B501', 'F401'], cacheDir: false, bareNoqaSuppressesSecurity: true, includeSuppressed: true },
      ),
    );
    expect(outcome.findings.map((f) => `${f.line} ${f.ruleId} ${f.suppressed}`)).toEqual([
      '2 request-without-cert-validation # noqa',
      '3 request-without-cert-validation # nosec',
      '4 unused-import # noqa',
    ]);
    expect(outcome.suppressed).toEqual({ security: 2, maintainability: 1, blanketSecurity: 0 });
    expect(outcome.gate.failed).toBe(false);
    expect(formatSummary(outcome)).not.toContain('**Not suppressed:**');
  });
});

describe('the options', () => {
  test('configuration keys, the flag and the action input read and validate', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-test-code-options-'));
    const file = path.join(dir, 'tendril.toml');
    fs.writeFileSync(file, 'test-paths = ["e2e/"]\ntest-code-severity = "full"\nbare-noqa-suppresses-security = true\n');
    const input = readConfigFile(file);
    expect(input.testPaths?.map((p) => [p.source, p.base])).toEqual([['e2e/', dir]]);
    expect({ ...input, testPaths: undefined }).toEqual({ origin: file, testPaths: undefined, testCodeSeverity: 'full', bareNoqaSuppressesSecurity: true });
    const settings = resolveSettings({ root: dir, paths: [dir], jobs: 1 }, input);
    // The defaults stay, relative to the root; the key's patterns follow them.
    expect(settings.testPaths.map((p) => p.source)).toEqual(['test_*.py', '*_test.py', 'conftest.py', 'tests/', 'test/', 'e2e/']);
    expect(resolveSettings({ root: dir, paths: [dir], jobs: 1 }).testCodeSeverity).toBe('lowered');
    fs.writeFileSync(file, 'test-code-severity = "off"\n');
    expect(() => readConfigFile(file)).toThrow(`${file}: test-code-severity: 'off' is not valid; accepted: lowered, full`);
    const cli = new Given('cli', (name) => (name === 'test-code-severity' ? 'full' : undefined), dir);
    expect(cli.settings()).toEqual({ origin: 'command line', testCodeSeverity: 'full' });
    const action = new Given('action', (name) => (name === 'test-code-severity' ? 'loud' : undefined), dir);
    expect(() => action.settings()).toThrow("Input 'test-code-severity': 'loud' is not valid; accepted: lowered, full");
  });
});
