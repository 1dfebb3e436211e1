/**
 * Other tools' configuration (src/settings/tools.ts): how each tool's keys map onto Tendril's
 * rules, and how untrusted files are read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir as sharedTempDir } from '../helpers';
import { parseIni } from '../../src/settings/ini';
import { resolveSettings } from '../../src/settings/settings';
import { flake8PerFileIgnores, MAX_BYTES, ToolConfigReader, type ToolSettings } from '../../src/settings/tools';

const tempDir = (files: Record<string, string>): string => sharedTempDir(files, 'tendril-tools-');

/** What the files of `dir` decide, and what was said about them. */
function toolsOf(files: Record<string, string>, from = '.'): { tools: ToolSettings; warnings: string[]; dir: string } {
  const dir = tempDir(files);
  const reader = new ToolConfigReader(dir);
  const tools = reader.settingsOf(reader.nearest(path.join(dir, from)));
  return { tools, warnings: reader.warnings.map((w) => w.message), dir };
}

const off = (t: ToolSettings): string[] => [...t.disabled.keys()].sort();

describe('INI files as configparser reads them', () => {
  test('sections, both separators, continuation lines, comments; keys lower-cased', () => {
    const r = parseIni(
      '# top\n[flake8]\nMax-Complexity = 12\nper-file-ignores =\n    a.py:F401\n    ; a comment\n    b.py:E1\nexclude: build\n\n[other]\nx=1\n',
    );
    expect(r.ok && Object.fromEntries(r.ini.sections.get('flake8')!)).toEqual({
      'max-complexity': '12',
      'per-file-ignores': '\na.py:F401\nb.py:E1',
      exclude: 'build',
    });
  });
  test('a line that is neither a section, a key nor a comment makes the file unreadable, as for the tool', () => {
    expect(parseIni('[flake8]\njust words\n')).toEqual({ ok: false, line: 2, reason: 'neither a [section], a key = value nor a comment' });
    expect(parseIni('key = 1\n')).toMatchObject({ ok: false, line: 1 });
  });
  test("flake8's per-file-ignores: files sharing codes, codes over several tokens", () => {
    expect(flake8PerFileIgnores('\na.py,b.py:F401,E402\ntests/*: S101 S105\nsetup.py:E1')).toEqual([
      { glob: 'a.py', codes: ['F401', 'E402'] },
      { glob: 'b.py', codes: ['F401', 'E402'] },
      { glob: 'tests/*', codes: ['S101', 'S105'] },
      { glob: 'setup.py', codes: ['E1'] },
    ]);
  });
});

describe('Ruff', () => {
  test('select and ignore by prefix, the more specific selector winning; extend-select adds', () => {
    const { tools } = toolsOf({ 'ruff.toml': '[lint]\nselect = ["E", "F", "D1", "N8"]\nextend-select = ["C90"]\nignore = ["D", "N802", "F401"]\n' });
    // D1 is more specific than D: the docstring rules stay; N802 and F401 go; not selected: PL, RUF.
    expect(off(tools)).toEqual([
      'invalid-function-name',
      'too-many-arguments',
      'too-many-branches',
      'too-many-nested-blocks',
      'too-many-statements',
      'unused-import',
      'unused-suppression',
    ]);
    expect(tools.disabled.get('unused-import')).toBe('ruff.toml lint.ignore');
    expect(tools.disabled.get('too-many-arguments')).toBe('ruff.toml lint.select (not selected)');
  });

  test('a select that names no S code leaves the security rules on; explicit S codes are read', () => {
    const { tools } = toolsOf({ 'pyproject.toml': '[tool.ruff.lint]\nselect = ["F"]\nignore = ["S101"]\n' });
    expect(off(tools)).toContain('assert-used');
    expect(off(tools)).not.toContain('subprocess-shell-true');
    const withS = toolsOf({ 'pyproject.toml': '[tool.ruff.lint]\nselect = ["F", "S6"]\n' }).tools;
    expect(off(withS)).toContain('eval-used'); // S307: S is decided, S3 not selected
    expect(off(withS)).not.toContain('subprocess-shell-true'); // S602
  });

  test("Ruff's B is flake8-bugbear, never Bandit's B codes", () => {
    expect(off(toolsOf({ 'ruff.toml': 'lint.select = ["ALL"]\nlint.ignore = ["B"]\n' }).tools)).toEqual([]);
  });

  test('without a select, Ruff runs its default rules (E4, E7, E9, F) and extend-select: the rest of its codes are off', () => {
    const { tools } = toolsOf({ 'pyproject.toml': '[tool.ruff]\nline-length = 100\n[tool.ruff.lint]\nextend-select = ["N"]\n' });
    expect(off(tools)).toEqual([
      'cognitive-complexity',
      'cyclomatic-complexity',
      'missing-class-docstring',
      'missing-function-docstring',
      'missing-module-docstring',
      'too-many-arguments',
      'too-many-branches',
      'too-many-nested-blocks',
      'too-many-statements',
      'unused-suppression',
    ]);
    expect(tools.disabled.get('missing-module-docstring')).toBe("pyproject.toml (not in Ruff's default rules)");
    expect(off(tools)).not.toContain('assert-used'); // no S code selected: no decision about security
  });

  test('a code that is one part of a rule turns that part off; parts off by default are turned on when selected', () => {
    const { tools } = toolsOf({ 'ruff.toml': '[lint]\nextend-select = ["D", "N"]\nignore = ["D104", "D106", "N806"]\n' });
    expect(tools.ruleOptions).toMatchObject({
      'missing-module-docstring': { 'include-packages': false },
      'missing-class-docstring': { 'include-nested': false },
      'missing-function-docstring': { 'include-magic-methods': true, 'include-init': true },
      'invalid-variable-name': { scopes: ['class', 'module'] },
    });
    expect(off(toolsOf({ 'ruff.toml': 'lint.select = ["N"]\nlint.ignore = ["N806", "N815", "N816"]\n' }).tools)).toContain('invalid-variable-name');
  });

  test('per-file-ignores, excludes (maintainability rules only), thresholds, naming lists, the numpy convention', () => {
    const { tools, dir } = toolsOf({
      'pyproject.toml': [
        '[tool.ruff]',
        'extend-exclude = ["migrations"]',
        '[tool.ruff.lint]',
        'extend-select = ["N", "D"]',
        '[tool.ruff.lint.per-file-ignores]',
        '"__init__.py" = ["F401", "D104"]',
        '"tests/*" = ["S101"]',
        '[tool.ruff.lint.mccabe]',
        'max-complexity = 12',
        '[tool.ruff.lint.pylint]',
        'max-args = 8',
        '[tool.ruff.lint.pep8-naming]',
        'extend-ignore-names = ["assert*"]',
        '[tool.ruff.lint.pydocstyle]',
        'convention = "numpy"',
      ].join('\n'),
    });
    expect(tools.perFileIgnores.map((p) => `${p.pattern.source} ${[...p.ruleIds].join(',')} | ${p.source}`)).toEqual([
      '__init__.py missing-module-docstring,unused-import | pyproject.toml lint.per-file-ignores',
      'tests/* assert-used | pyproject.toml lint.per-file-ignores',
      expect.stringMatching(/^migrations cognitive-complexity,.*,unused-variable \| pyproject.toml extend-exclude \(maintainability rules\)$/),
    ]);
    expect(tools.perFileIgnores[2].ruleIds.has('subprocess-shell-true')).toBe(false);
    expect(tools.perFileIgnores[0].pattern.base).toBe(dir);
    expect(tools.ruleOptions['cyclomatic-complexity']).toEqual({ 'max-complexity': 12 });
    expect(tools.ruleOptions['too-many-arguments']).toEqual({ 'max-args': 8 });
    expect(tools.ruleOptions['invalid-function-name']['ignore-names']).toEqual(expect.arrayContaining(['setUp', 'assert*']));
    expect(tools.ruleOptions['missing-function-docstring']).toMatchObject({ 'include-init': false });
    expect(tools.optionSources.get('cyclomatic-complexity.max-complexity')).toBe('pyproject.toml lint.mccabe.max-complexity');
  });

  test('extend: followed inside the root (the extending file wins), not outside it, not in a loop', () => {
    const { tools, warnings } = toolsOf(
      {
        'base.toml': 'lint.select = ["F", "C90"]\nlint.ignore = ["F841"]\nlint.mccabe.max-complexity = 5\n',
        'pkg/ruff.toml': 'extend = "../base.toml"\n[lint.mccabe]\nmax-complexity = 9\n',
      },
      'pkg',
    );
    expect(off(tools)).toContain('unused-variable');
    expect(off(tools)).not.toContain('cyclomatic-complexity'); // C90, selected in the extended file
    expect(tools.ruleOptions['cyclomatic-complexity']).toEqual({ 'max-complexity': 9 });
    expect(warnings).toEqual([]);
    const outside = toolsOf({ 'ruff.toml': 'extend = "../../../etc/ruff.toml"\n' });
    expect(outside.warnings).toEqual(['ruff.toml: extend names a file outside the analysis root; not followed.']);
    const loop = toolsOf({ 'ruff.toml': 'extend = "ruff.toml"\n' });
    expect(loop.warnings).toEqual(['ruff.toml: extend is a chain too long or a loop; not followed.']);
  });

  test('a malformed file or a key of the wrong type is a warning, and the rest is read', () => {
    const broken = toolsOf({ 'ruff.toml': 'lint.ignore = [\n', 'setup.cfg': '[flake8]\nextend-ignore = F841\n' });
    expect(broken.warnings).toEqual([expect.stringMatching(/^ruff\.toml is not valid TOML \(.*\); the settings of the tools that read it are not applied\.$/)]);
    expect(off(broken.tools)).toEqual(['unused-variable']);
    const typed = toolsOf({ 'ruff.toml': 'lint.ignore = "F841"\nlint.select = ["F"]\n[lint.mccabe]\nmax-complexity = "ten"\n' });
    expect(typed.warnings).toEqual([
      'ruff.toml: lint.ignore must be a list of strings; ignored.',
      'ruff.toml: lint.mccabe.max-complexity must be a whole number >= 0; ignored.',
    ]);
    expect(off(typed.tools)).not.toContain('unused-variable');
  });
});

describe('flake8, Bandit, Pylint', () => {
  test('flake8: the first of setup.cfg, tox.ini, .flake8 with [flake8]; ignores, excludes, per-file-ignores, max-complexity', () => {
    const { tools } = toolsOf({
      'setup.cfg': '[metadata]\nname = x\n',
      'tox.ini': '[flake8]\nextend-ignore = E203,N802\nmax-complexity = 15\nexclude = .git,build\nper-file-ignores =\n    */__init__.py:F401\n',
      '.flake8': '[flake8]\nextend-ignore = F841\n',
    });
    expect(tools.files.map((f) => `${path.basename(f.file)} ${f.table}`)).toEqual(['tox.ini [flake8]']);
    expect(off(tools)).toEqual(['invalid-function-name']);
    expect(tools.ruleOptions['cyclomatic-complexity']).toEqual({ 'max-complexity': 15 });
    expect(tools.perFileIgnores.map((p) => p.pattern.source)).toEqual(['*/__init__.py', '.git', 'build']);
  });

  test('Bandit: skips and tests (only these) of [tool.bandit] or .bandit; exclude_dirs drop the security findings there', () => {
    const { tools } = toolsOf({ 'pyproject.toml': '[tool.bandit]\nskips = ["B101", "B311"]\nexclude_dirs = ["tests"]\n' });
    expect(off(tools)).toEqual(['assert-used', 'non-cryptographic-random']);
    expect([...tools.perFileIgnores[0].ruleIds].every((id) => !id.startsWith('unused'))).toBe(true);
    expect(tools.perFileIgnores[0].ruleIds.has('subprocess-shell-true')).toBe(true);
    const only = toolsOf({ '.bandit': '[bandit]\ntests = B602,B607\nexclude = /vendor\n' }).tools;
    expect(off(only)).toContain('eval-used');
    expect(off(only)).not.toContain('subprocess-shell-true');
    expect(off(only)).not.toContain('command-injection'); // Tendril's own data-flow rules have no Bandit code
    expect(only.perFileIgnores.map((p) => p.pattern.source)).toEqual(['/vendor']);
  });

  test('Pylint: disable by name, code, category or all, then enable; the design thresholds; any section or [tool.pylint.*] table', () => {
    const rc = toolsOf({
      '.pylintrc':
        '[MESSAGES CONTROL]\ndisable =\n    invalid-name,\n    C0116,\n    R\nenable = too-many-branches\n[DESIGN]\nmax-args = 7\nmax-statements = 60\n',
    });
    expect(off(rc.tools)).toEqual([
      'inconsistent-naming',
      'invalid-argument-name',
      'invalid-class-name',
      'invalid-function-name',
      'invalid-variable-name',
      'missing-function-docstring',
      'too-many-arguments',
      'too-many-nested-blocks',
      'too-many-statements',
    ]);
    expect(rc.tools.disabled.get('inconsistent-naming')).toMatch(/^every rule of its family is left out/);
    expect(rc.tools.ruleOptions).toMatchObject({ 'too-many-arguments': { 'max-args': 7 }, 'too-many-statements': { 'max-statements': 60 } });
    const toml = toolsOf({
      'pyproject.toml': '[tool.pylint."messages control"]\ndisable = ["all"]\nenable = ["unused-import"]\n[tool.pylint.design]\nmax-branches = 20\n',
    }).tools;
    expect(off(toml)).toContain('missing-module-docstring');
    expect(off(toml)).not.toContain('unused-import');
    expect(off(toml)).not.toContain('assert-used');
    expect(toml.ruleOptions['too-many-branches']).toEqual({ 'max-branches': 20 });
  });

  test('a rule one tool runs stays when another turns it off (Ruff runs F401, Pylint disables unused-import)', () => {
    const { tools } = toolsOf({
      'pyproject.toml': '[tool.ruff.lint]\nselect = ["F"]\n',
      '.pylintrc': '[MESSAGES CONTROL]\ndisable = unused-import,unused-variable\n',
    });
    expect(off(tools)).not.toContain('unused-import');
    expect(off(toolsOf({ '.pylintrc': '[MESSAGES CONTROL]\ndisable = unused-import\n' }).tools)).toEqual(['unused-import']);
  });
});

describe('untrusted files', () => {
  test('a link leading out of the root, a file over the size bound, a directory in the place of a file: warnings, nothing read', () => {
    const outside = tempDir({ 'ruff.toml': 'lint.ignore = ["F401"]\n' });
    const dir = tempDir({ 'big/setup.cfg': `[flake8]\nextend-ignore = F401\n#${'x'.repeat(MAX_BYTES)}\n` });
    fs.symlinkSync(path.join(outside, 'ruff.toml'), path.join(dir, 'ruff.toml'));
    fs.mkdirSync(path.join(dir, '.flake8'));
    const reader = new ToolConfigReader(dir);
    const tools = reader.settingsOf(reader.nearest(path.join(dir, 'big')));
    expect(off(tools)).toEqual([]);
    expect(reader.warnings.map((w) => w.message).sort()).toEqual([
      '.flake8 is not a regular file; the settings of the tools that read it are not applied.',
      'big/setup.cfg is larger than 1024 KiB; not read; the settings of the tools that read it are not applied.',
      'ruff.toml is a link that leads outside the analysis root; not followed; the settings of the tools that read it are not applied.',
    ]);
  });

  test('files above the analysis root are never read', () => {
    const parent = tempDir({ 'ruff.toml': 'lint.ignore = ["F401"]\n', 'repo/a.py': '' });
    const reader = new ToolConfigReader(path.join(parent, 'repo'));
    expect(reader.nearest(path.join(parent, 'repo'))).toEqual([]);
  });
});

describe('with the settings', () => {
  const base = (root: string) => ({ root, paths: [root], jobs: 1, toolConfigs: new ToolConfigReader(root), toolsFrom: root });

  test("Tendril's configuration wins: a rule its select names stays on; its rule options win option by option", () => {
    const root = tempDir({ 'ruff.toml': 'lint.ignore = ["F401", "N802"]\nlint.mccabe.max-complexity = 12\nlint.pylint.max-args = 9\n' });
    const settings = resolveSettings(base(root), {
      origin: 'tendril.toml',
      select: ['F401', 'maintainability'],
      ruleOptions: { 'too-many-arguments': { 'max-args': 4 } },
    });
    const ids = settings.rules.map((r) => r.meta.id);
    expect(ids).toContain('unused-import'); // named by select
    expect(ids).not.toContain('invalid-function-name'); // a kind does not name it
    expect(settings.ruleOptions).toMatchObject({ 'cyclomatic-complexity': { 'max-complexity': 12 }, 'too-many-arguments': { 'max-args': 4 } });
    expect(settings.sources).toMatchObject({
      select: 'tendril.toml',
      'rules.too-many-arguments.max-args': 'tendril.toml',
      'rules.cyclomatic-complexity.max-complexity': 'ruff.toml lint.mccabe.max-complexity',
    });
  });

  test('respect-tool-configs = false (the configuration, or --no-tool-configs) reads none of it', () => {
    const root = tempDir({ 'ruff.toml': 'lint.ignore = ["F401"]\n' });
    expect(resolveSettings(base(root), {}).rules.map((r) => r.meta.id)).not.toContain('unused-import');
    const ignored = resolveSettings(base(root), { respectToolConfigs: false });
    expect(ignored.rules.map((r) => r.meta.id)).toContain('unused-import');
    expect(ignored.tools).toBeUndefined();
    expect(resolveSettings(base(root), { respectToolConfigs: true }, { respectToolConfigs: false }).tools).toBeUndefined();
  });
});
