import { dropSuperseded } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/api';
import type { Finding } from '../../src/engine/types';
import { run } from '../../src/pipeline/run';
import { formatJson } from '../../src/report/json';
import { buildSarif } from '../../src/report/sarif';
import { formatText } from '../../src/report/text';
import { plainMessage, shortPath } from '../../src/report/labels';
import { ALL_RULES } from '../../src/rules';
import { resolveSettings } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The data-flow rules as a user meets them: the alert at the sink, its path in SARIF (codeFlows,
 * the source as related location 1), in the text report and in JSON, and the pattern rule for the
 * same call quiet where the flow is proven. The taint analysis itself: test/analysis/taint*.test.ts.
 */

const VIEW = [
  'import subprocess', //                                          1
  'from flask import Flask, request', //                           2
  '', //                                                           3
  'app = Flask(__name__)', //                                      4
  '', //                                                           5
  '@app.route("/ping")', //                                        6
  'def ping():', //                                                7
  '    host = request.args["host"]', //                            8
  '    command = "ping -c 1 " + host', //                          9
  '    subprocess.run(command, shell=True)', //                    10
  '    subprocess.run("ls -l", shell=True)', //                    11
  '    return "sent"', //                                          12
  '',
].join('\n');

async function outcomeOf(files: Record<string, string>) {
  const root = tempRepo(files);
  return run(resolveSettings({ root, paths: [root], jobs: 1 }));
}

describe('data-flow alerts', () => {
  test('SARIF: the alert at the sink, the source linked as related location 1, the path as a thread flow', async () => {
    const outcome = await outcomeOf({ 'views.py': VIEW });
    const log = buildSarif(outcome) as Json;
    const security = log.runs[0];
    const results = security.results.filter((r: Json) => r.ruleId === 'command-injection');
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(10);
    expect(result.message.text).toMatch(/^This command depends on a \[user-provided value\]\(1\)/);
    expect(result.relatedLocations).toHaveLength(1);
    expect(result.relatedLocations[0].id).toBe(1);
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(8);
    const steps = result.codeFlows[0].threadFlows[0].locations.map((l: Json) => l.location.physicalLocation.region.startLine);
    expect(steps[0]).toBe(8);
    expect(steps[steps.length - 1]).toBe(10);
    expect(steps).toContain(9);
    for (const l of result.codeFlows[0].threadFlows[0].locations) expect(l.location.message.text).toBeTruthy();
    // The rule: Critical, tagged security, precision high.
    const rule = security.tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('command-injection');
    expect(rule.properties['security-severity']).toBe('9.8');
    expect(rule.properties.tags).toContain('security');
    expect(rule.properties.precision).toBe('high');
  });

  test('one alert per sink: the pattern rule is quiet where the flow is proven, and reports the call the flow does not reach', async () => {
    const outcome = await outcomeOf({ 'views.py': VIEW });
    const at = (line: number): string[] =>
      outcome.findings
        .filter((f) => f.line === line)
        .map((f) => f.ruleId)
        .sort();
    expect(at(10)).toEqual(['command-injection']);
    expect(at(11)).toContain('subprocess-shell-true-literal');
  });

  test('one alert per hash: a password in MD5 is the flow rule (high), a digest of anything else the pattern rule (medium)', async () => {
    const outcome = await outcomeOf({
      'users.py': [
        'import hashlib',
        '',
        '',
        'def store(password, blob):',
        '    key = hashlib.md5(password.encode()).hexdigest()',
        '    return key, hashlib.md5(blob).hexdigest()',
        '',
      ].join('\n'),
    });
    const at = (line: number): string[] =>
      outcome.findings
        .filter((f) => f.line === line && f.ruleId !== 'missing-function-docstring' && f.ruleId !== 'missing-module-docstring')
        .map((f) => f.ruleId)
        .sort();
    expect(at(5)).toEqual(['weak-password-hash']);
    expect(at(6)).toEqual(['insecure-hashlib-function']);
  });

  test('text and JSON: the message without the SARIF link, the path in short form', async () => {
    const outcome = await outcomeOf({ 'views.py': VIEW });
    const text = formatText(outcome, false);
    expect(text).toMatch(/views\.py:10:\d+ +critical +command-injection +This command depends on a user-provided value/);
    expect(text).toMatch(/path: views\.py:8 .*-> views\.py:9 -> views\.py:10 \S/);
    const json = JSON.parse(formatJson(outcome));
    const finding = json.findings.find((f: Json) => f.rule === 'command-injection');
    expect(finding.message).not.toContain('](1)');
    const lines = finding.flow.map((s: Json) => s.line);
    expect([lines[0], lines[lines.length - 1]]).toEqual([8, 10]);
    expect(lines).toContain(9);
  });

  test('local input: the local rule, Medium, which does not fail the default gate', async () => {
    const outcome = await outcomeOf({ 'tool.py': 'import os\nimport sys\n\nos.system("convert " + sys.argv[1] + " out.png")\n' });
    const finding = outcome.findings.find((f) => f.ruleId.startsWith('command-injection'));
    expect(finding?.ruleId).toBe('command-injection-local');
    expect(ALL_RULES.find((r) => r.meta.id === 'command-injection-local')!.meta.securitySeverity).toBe(6.8);
    expect(outcome.gate.failed).toBe(false);
  });

  test('every local rule is 3.0 below its remote rule and Medium at most', () => {
    const band = (s: number): string => (s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : 'low');
    const order = ['low', 'medium', 'high', 'critical'];
    const taint = ALL_RULES.filter((r) => r.meta.category === 'taint');
    // The six classes of the first taint issue with both kinds of input, eleven classes of the web
    // (six of them with local input too: the others' sinks are a web response or session).
    expect(taint).toHaveLength(29);
    expect(taint.filter((r) => r.meta.id.endsWith('-local'))).toHaveLength(12);
    for (const local of taint.filter((r) => r.meta.id.endsWith('-local'))) {
      const remote = taint.find((r) => r.meta.id === local.meta.id.replace(/-local$/, ''))!;
      expect(Math.round((remote.meta.securitySeverity! - local.meta.securitySeverity!) * 10) / 10).toBe(3);
      expect(order.indexOf(band(local.meta.securitySeverity!))).toBeLessThanOrEqual(order.indexOf('medium'));
      expect(order.indexOf(band(remote.meta.securitySeverity!))).toBeGreaterThan(order.indexOf(band(local.meta.securitySeverity!)));
    }
  });
});

describe('dropSuperseded', () => {
  const finding = (ruleId: string, line: number, column: number, endLine: number, endColumn: number): Finding => ({
    ruleId,
    path: 'a.py',
    line,
    column,
    endLine,
    endColumn,
    message: ruleId,
  });
  const rule = (id: string, supersedes?: string[]): Rule => ({ meta: { id, supersedes }, create: () => ({}) }) as unknown as Rule;
  const rules = [rule('flow', ['pattern']), rule('pattern'), rule('other')];

  test('drops a superseded finding inside the range, keeps one outside it and other rules inside it', () => {
    const findings = [
      finding('pattern', 3, 5, 3, 9), // inside the flow's range
      finding('flow', 3, 1, 3, 20),
      finding('pattern', 4, 1, 4, 5), // another line
      finding('other', 3, 5, 3, 9), // not superseded
      finding('pattern', 3, 15, 3, 25), // overlaps, not inside
    ];
    dropSuperseded(findings, rules);
    expect(findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['flow@3:1', 'pattern@4:1', 'other@3:5', 'pattern@3:15']);
  });

  test('the exact same range is inside; nothing changes without a superseding rule', () => {
    const findings = [finding('pattern', 2, 1, 2, 9), finding('flow', 2, 1, 2, 9)];
    dropSuperseded(findings, rules);
    expect(findings.map((f) => f.ruleId)).toEqual(['flow']);
    const untouched = [finding('pattern', 2, 1, 2, 9)];
    dropSuperseded(untouched, [rule('pattern')]);
    expect(untouched).toHaveLength(1);
  });
});

describe('message helpers', () => {
  test('plainMessage turns only numbered links into their text', () => {
    expect(plainMessage('This depends on a [user-provided value](1).')).toBe('This depends on a user-provided value.');
    expect(plainMessage('a [b](https://x) and [c](12)')).toBe('a [b](https://x) and c');
  });

  test('shortPath names the source and the sink, and only the place of the steps between', () => {
    const step = (line: number, message: string) => ({ path: 'v.py', line, column: 1, endLine: line, endColumn: 2, message });
    const f = { flow: [step(3, 'request.args'), step(4, 'cmd = ...'), step(5, 'os.system')] } as Finding;
    expect(shortPath(f)).toBe('v.py:3 request.args -> v.py:4 -> v.py:5 os.system');
    expect(shortPath({} as Finding)).toBeUndefined();
  });
});
