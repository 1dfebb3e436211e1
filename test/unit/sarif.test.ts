import * as path from 'path';
import { ALL_RULES } from '../../src/rules';
import { buildSarif, encodeUri, formatSarif } from '../../src/report/sarif';
import { run } from '../../src/pipeline/run';
import { resolveSettings } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function sarifFor(files: Record<string, string>, select?: string[]): Promise<{ text: string; log: Json }> {
  const root = tempRepo(files);
  const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, { select }));
  return { text: formatSarif(outcome), log: buildSarif(outcome) as Json };
}

describe('SARIF writer', () => {
  test('URIs are relative to the root and percent-encoded per segment', () => {
    expect(encodeUri('dir with space/a#b.py')).toBe('dir%20with%20space/a%23b.py');
    expect(encodeUri('pkg/é.py')).toBe('pkg/%C3%A9.py');
    expect(encodeUri('a%b/c?.py')).toBe('a%25b/c%3F.py');
  });

  test('a finding after an emoji lands on the right UTF-16 column, in a file whose name needs encoding', async () => {
    // Only F401 of the maintainability rules: a module docstring finding would also land on line 1.
    const { log } = await sarifFor({ 'dir with space/a#b.py': 's = "😀"; import os\nprint(s)\n' }, ['F401', 'security']);
    const run = log.runs[1];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.results).toHaveLength(1);
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir%20with%20space/a%23b.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 18, endLine: 1, endColumn: 20 },
    });
  });

  test('two runs with their own categories; rule descriptors shaped for code scanning', async () => {
    const { log } = await sarifFor({ 'a.py': 'import os\nimport subprocess\nsubprocess.call("ls", shell=True)\n' }, [
      'unused-import',
      'subprocess-shell-true',
      'subprocess-shell-true-literal',
    ]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((r: Json) => r.automationDetails.id)).toEqual(['tendril/security/', 'tendril/maintainability/']);
    const [security, maintainability] = log.runs;
    for (const run of log.runs) {
      expect(run.tool.driver.name).toBe('Tendril');
      for (const rule of run.tool.driver.rules) {
        expect(rule.shortDescription.text).toBeTruthy();
        expect(rule.fullDescription.text).toBeTruthy();
        expect(rule.help.text).toBeTruthy();
        expect(rule.help.markdown).toBeTruthy();
        expect(rule.name).not.toBe(rule.id);
        // A rule no other tool has (inconsistent-naming) has no aliases; all others name their peers.
        if (rule.id !== 'inconsistent-naming') expect(rule.properties.aliases.length).toBeGreaterThan(0);
      }
    }
    for (const rule of security.tool.driver.rules) {
      expect(rule.properties.tags).toContain('security');
      expect(rule.properties.tags.some((t: string) => /^external\/cwe\/cwe-\d+$/.test(t))).toBe(true);
      expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties.precision);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    for (const rule of maintainability.tool.driver.rules) {
      expect(rule.properties.tags.slice(0, 2)).toEqual(['quality', 'maintainability']);
      expect(rule.properties.tags).toHaveLength(3);
      expect(rule.properties['security-severity']).toBeUndefined();
      expect(rule.properties.tags).not.toContain('security');
      expect(['recommendation', 'warning']).toContain(rule.properties['problem.severity']);
      expect(rule.defaultConfiguration.level).toBe('note');
    }
    expect(security.results.map((r: Json) => [r.ruleId, r.level])).toEqual([['subprocess-shell-true-literal', 'warning']]);
    expect(maintainability.results.map((r: Json) => [r.ruleId, r.level])).toEqual([['unused-import', 'note']]);
    for (const run of log.runs) {
      for (const result of run.results) {
        expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
        expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{1,16}:\d+$/);
      }
    }
  });

  test('every rule in the catalogue has complete metadata', () => {
    for (const { meta } of ALL_RULES) {
      expect(meta.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(meta.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      // No other tool has these: Tendril's own naming rule, PIL's ImageMath.eval check (neither Bandit nor
      // Ruff has one), the data-flow rules for local input, the trust-boundary flow (CodeQL has it for
      // Java only), and configuration checks of the web no other tool makes as such.
      const own = [
        'inconsistent-naming',
        'pil-imagemath-eval',
        'trust-boundary-violation',
        'flask-debug-mode',
        'aiohttp-debug-mode',
        'django-debug-true',
        'django-allowed-hosts-any',
        'tls-verification-disabled',
        'hardcoded-secret-key-setting',
      ];
      if (!own.includes(meta.id) && !(meta.category === 'taint' && meta.id.endsWith('-local'))) expect(meta.aliases.length).toBeGreaterThan(0);
      if (meta.kind === 'security') {
        expect(meta.securitySeverity).toBeGreaterThan(0);
        expect(meta.cwe?.length).toBeGreaterThan(0);
      } else {
        expect(meta.securitySeverity).toBeUndefined();
      }
    }
  });

  test('unparsable and undecodable files are notifications in both runs; output is deterministic', async () => {
    const files = { 'ok.py': 'import os\n', 'broken.py': 'def f(:\n', 'z/nested.py': 'import sys\n' };
    const first = await sarifFor(files, ['F401', 'security']);
    const second = await sarifFor(files, ['F401', 'security']);
    const strip = (text: string): string => text.replace(/"uri": "file:[^"]*"/g, '');
    expect(strip(second.text)).toBe(strip(first.text));
    for (const run of first.log.runs) {
      const notes = run.invocations[0].toolExecutionNotifications;
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({
        level: 'warning',
        descriptor: { id: 'syntax-error' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.py' }, region: { startLine: 1 } } }],
      });
    }
    expect(first.log.runs[1].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['ok.py', 'z/nested.py']);
  });

  test('a kind with no enabled rule gets no run', async () => {
    const root = tempRepo({ 'a.py': 'import os\n' });
    const outcome = await run(resolveSettings({ root, paths: [path.join(root, 'a.py')], jobs: 1 }, { ignore: ['security'] }));
    const log = buildSarif(outcome) as Json;
    expect(log.runs.map((r: Json) => r.automationDetails.id)).toEqual(['tendril/maintainability/']);
  });

  test('executionSuccessful is false when a file met an internal error, true otherwise', async () => {
    const root = tempRepo({ 'a.py': 'import os\n' });
    const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, {}));
    expect((buildSarif(outcome) as Json).runs.map((r: Json) => r.invocations[0].executionSuccessful)).toEqual([true, true]);
    outcome.notifications.push({ level: 'error', id: 'internal-error', path: 'a.py', message: 'a.py was not fully analysed: internal error: test' });
    expect((buildSarif(outcome) as Json).runs.map((r: Json) => r.invocations[0].executionSuccessful)).toEqual([false, false]);
  });
});
