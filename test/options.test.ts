import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { load } from 'js-yaml';
import { formatActionInputs, formatInputsTable, formatSettingsTable } from '../src/settings/docs';
import { cliHelp, cliParseOptions, Given, OPTION_LIST, OPTIONS, RUN_WIDE_KEYS, TOML_OPTIONS, type OptionName } from '../src/settings/options';
import { readConfigFile, resolveSettings } from '../src/settings/settings';
import { UsageError } from '../src/errors';
import { REPO } from './helpers';

/**
 * The table of options (src/settings/options.ts) is the one source of the CLI's flags, the
 * action's inputs (action.yml) and the configuration keys: action.yml's inputs and the README's
 * tables of inputs and settings are generated from it. UPDATE_DOCS=1 rewrites them instead of
 * comparing.
 */
const update = process.env.UPDATE_DOCS === '1';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function generated(file: string, pattern: RegExp, body: string): void {
  const full = path.join(REPO, file);
  const text = fs.readFileSync(full, 'utf8');
  expect(text).toMatch(pattern);
  const expected = text.replace(pattern, (_m, start: string, end: string) => start + body + end);
  if (update) fs.writeFileSync(full, expected);
  expect(fs.readFileSync(full, 'utf8')).toBe(expected);
}

describe('action.yml and the README follow the table of options', () => {
  test("action.yml's inputs are the table's, in its order, with its descriptions and defaults", () => {
    generated('action.yml', /(\n)inputs:\n[\s\S]*?(outputs:\n)/, formatActionInputs());
    const inputs = (load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Json).inputs as Record<string, Json>;
    const table = OPTION_LIST.filter((o) => o.input);
    expect(Object.keys(inputs)).toEqual(table.map((o) => o.name));
    for (const o of table) {
      expect({ name: o.name, ...inputs[o.name] }).toEqual({
        name: o.name,
        description: o.input!.description,
        required: false,
        default: o.input!.default ?? '',
      });
    }
  });

  test("an input's default in action.yml, when it has one, reads to the option's built-in default", () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-options-'));
    for (const o of OPTION_LIST) {
      const declared = o.input?.default;
      if (!declared || declared.includes('${{') || o.default === undefined) continue;
      const given = new Given('action', (name, isSwitch) => (name === o.name ? (isSwitch ? declared === 'true' : declared) : undefined), base);
      expect({ name: o.name, value: given.value(o.name) }).toEqual({ name: o.name, value: o.default });
    }
  });

  test("the README's table of inputs", () => {
    generated('README.md', /(<!-- inputs:start[^>]*-->\n)[\s\S]*?(<!-- inputs:end -->)/, formatInputsTable());
  });

  test("the README's table of settings", () => {
    generated('README.md', /(<!-- settings:start[^>]*-->\n)[\s\S]*?(<!-- settings:end -->)/, formatSettingsTable());
  });

  test("the README's configuration example uses only configuration keys", () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const example = /```toml\n([\s\S]*?)```/.exec(readme)![1];
    const keys = [...example.matchAll(/^#?\s*([a-z-]+) = /gm)].map((m) => m[1]).filter((k) => !/^"/.test(k));
    const tables = [...example.matchAll(/^\[tool\.tendril\.([a-z-]+)/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of [...keys, ...tables]) expect(TOML_OPTIONS.map((o) => o.name)).toContain(key);
  });

  test("the README's run-wide keys are the table's", () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const listed = /The run-wide keys \(([^)]*)\)/.exec(readme.replace(/\n/g, ' '))![1];
    expect(listed.split(',').map((k) => k.trim().replace(/`/g, ''))).toEqual(RUN_WIDE_KEYS.map((o) => o.name));
  });
});

describe('the table drives the adapters', () => {
  test('every option is reachable: a flag, an input or a key, each read the way its value type allows', () => {
    for (const o of OPTION_LIST) {
      expect({ name: o.name, reachable: Boolean(o.cli || o.input || o.toml) }).toEqual({ name: o.name, reachable: true });
      if (o.toml) expect({ name: o.name, toml: typeof o.type.toml, field: typeof o.field }).toEqual({ name: o.name, toml: 'function', field: 'string' });
      if (o.cli) expect({ name: o.name, reads: o.cli.arg ? typeof o.type.text : typeof o.type.switch }).toEqual({ name: o.name, reads: 'function' });
      if (o.input) expect({ name: o.name, reads: typeof (o.type.text ?? o.type.switch) }).toEqual({ name: o.name, reads: 'function' });
      if (o.cli?.excludes) expect(OPTIONS[o.cli.excludes as OptionName]).toHaveProperty('cli');
    }
  });

  test("the CLI's parser and help list every flag", () => {
    const flags = OPTION_LIST.filter((o) => o.cli).map((o) => o.name);
    expect(Object.keys(cliParseOptions())).toEqual(flags);
    expect(cliParseOptions()).toMatchObject({
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      'no-cache': { type: 'boolean' },
    });
    const help = cliHelp();
    for (const flag of flags) expect(help).toMatch(new RegExp(`^  --${flag}\\b`, 'm'));
    expect(help).toContain('  --fail-on-security-severity LEVEL  critical|high|medium|low|none (default: high)\n');
    expect(help).toContain('  --max-new-maintainability-findings N\n                                     Fail above N new');
  });

  const cli = (values: Record<string, string | boolean>): Given => new Given('cli', (name) => values[name], process.cwd());
  const action = (inputs: Record<string, string>): Given =>
    new Given('action', (name, isSwitch) => (inputs[name] ? (isSwitch ? inputs[name] === 'true' : inputs[name]) : undefined), process.cwd());

  test('flags and inputs: read by the value types, errors naming the flag or the input', () => {
    expect(cli({ select: 'F401, B602', 'max-file-size': '1k', 'include-suppressed': true }).settings()).toEqual({
      origin: 'command line',
      select: ['F401', 'B602'],
      maxFileSize: 1024,
      includeSuppressed: true,
    });
    expect(cli({ ignore: 'F401' }).settings()).toEqual({ origin: 'command line', ignore: ['F401'], skips: [] });
    expect(cli({ 'no-cache': true }).settings()).toEqual({ origin: 'command line', cacheDir: false });
    expect(cli({ 'no-tool-configs': true }).settings()).toEqual({ origin: 'command line', respectToolConfigs: false });
    expect(() => cli({ 'cache-dir': 'c', 'no-cache': true }).settings()).toThrow(new UsageError('--cache-dir and --no-cache exclude each other'));
    expect(() => cli({ 'baseline-ref': 'HEAD', 'baseline-sarif': 'x.sarif' }).settings()).toThrow(/^--baseline-ref and --baseline-sarif exclude each other$/);
    expect(() => cli({ 'file-timeout': '0' }).settings()).toThrow(/^--file-timeout: '0' is not a valid value; accepted: a whole number >= 1$/);
    expect(() => cli({ format: 'xml' }).value('format')).toThrow(/^--format: 'xml' is not valid; accepted: text, sarif, json$/);
    expect(cli({}).valueOr('format')).toBe('text');
    expect(action({ 'fail-on-security-severity': 'low', scope: 'changed', shard: '2/3' }).settings()).toEqual({
      origin: 'action inputs',
      failOnSecuritySeverity: 'low',
      scope: 'changed',
      shard: { index: 2, count: 3 },
    });
    // The action places the cache and chooses the baseline itself.
    expect(action({ 'cache-dir': '/c', 'baseline-ref': 'main' }).settings()).toEqual({ origin: 'action inputs' });
    expect(() => action({ 'max-new-maintainability-findings': 'x' }).settings()).toThrow(/^Input 'max-new-maintainability-findings': 'x' is not a valid value/);
    expect(() => action({ shard: '4/3' }).settings()).toThrow(/^Input 'shard': '4\/3' is not a valid value; accepted: K\/N/);
  });

  test('precedence: a flag or an input, then the configuration, then the built-in default', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-options-'));
    const file = path.join(dir, 'tendril.toml');
    fs.writeFileSync(file, 'fail-on-security-severity = "low"\nmax-maintainability-findings = 3\n');
    const resolved = (given: Given) => resolveSettings({ root: dir, paths: [dir], jobs: 1 }, readConfigFile(file), given.settings());
    expect(resolved(action({ 'fail-on-security-severity': 'critical' }))).toMatchObject({
      failOnSecuritySeverity: 'critical',
      maxMaintainabilityFindings: 3,
      maxFileSize: 10 * 1024 * 1024,
    });
    expect(resolved(cli({ 'max-maintainability-findings': '7' }))).toMatchObject({
      failOnSecuritySeverity: 'low',
      maxMaintainabilityFindings: 7,
      scope: 'all',
    });
    expect(resolveSettings({ root: dir, paths: [dir], jobs: 1 })).toMatchObject({
      failOnSecuritySeverity: 'high',
      maxMaintainabilityFindings: -1,
      maxNewMaintainabilityFindings: -1,
    });
  });

  test('run-wide keys are the options of scope run that have a key', () => {
    expect(RUN_WIDE_KEYS.map((o) => o.name)).toEqual([
      'fail-on-security-severity',
      'max-maintainability-findings',
      'max-file-size',
      'file-timeout',
      'cache-dir',
    ]);
  });
});
