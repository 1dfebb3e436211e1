import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir as sharedTempDir } from '../helpers';
import { commonDirectory, findConfig } from '../../src/settings/config';
import { defaultExcludes, discover } from '../../src/discovery/discover';
import { compilePattern, matchesAny, matchesPath, relTo } from '../../src/discovery/glob';
import { UsageError } from '../../src/errors';
import { rulesOfKind } from '../../src/rules';
import { parseSize, readConfigFile, resolveSettings, type SettingsInput } from '../../src/settings/settings';

const tempDir = (files: Record<string, string>): string => sharedTempDir(files, 'tendril-config-');

function pyproject(body: string): { dir: string; file: string } {
  const dir = tempDir({ 'pyproject.toml': `[project]\nname = "x"\n\n[tool.tendril]\n${body}\n` });
  return { dir, file: path.join(dir, 'pyproject.toml') };
}

function settingsFrom(body: string, ...more: SettingsInput[]) {
  const { dir, file } = pyproject(body);
  return { dir, settings: resolveSettings({ root: dir, paths: ['.'], jobs: 1 }, readConfigFile(file), ...more) };
}

function configError(body: string): string {
  const { file } = pyproject(body);
  try {
    readConfigFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    return message;
  }
  throw new Error('no error');
}

const ids = (s: { rules: { meta: { id: string } }[] }): string[] => s.rules.map((r) => r.meta.id);

describe('[tool.tendril] keys', () => {
  test('select and ignore: ids, aliases, kinds', () => {
    expect(ids(settingsFrom('select = ["F401"]').settings)).toEqual(['unused-import']);
    expect(configError('select = ["F999"]')).toMatch(/: unknown rule in tool\.tendril\.select 'F999'/);
    // Every maintainability rule but the one ignored; the list grows as rules are added.
    const maintainability = rulesOfKind('maintainability').map((r) => r.meta.id);
    expect(ids(settingsFrom('select = ["maintainability"]\nignore = ["RUF100"]').settings).sort()).toEqual(
      maintainability.filter((id) => id !== 'unused-suppression').sort(),
    );
    expect(ids(settingsFrom('ignore = ["security"]').settings).sort()).toEqual([...maintainability].sort());
    expect(configError('select = "F401"')).toMatch(/tool\.tendril\.select must be a list of rule ids, aliases or kinds, not "F401"/);
  });

  test('skips: Bandit ids left out like ignore, added to ignore', () => {
    const s = settingsFrom('skips = ["B602"]\nignore = ["F401"]').settings;
    expect(ids(s)).not.toContain('subprocess-shell-true');
    expect(ids(s)).not.toContain('unused-import');
    expect(ids(s)).not.toContain('subprocess-shell-true-literal'); // B602 names both
    expect(ids(s)).toContain('call-with-shell-true');
    expect(configError('skips = ["B999"]')).toMatch(/unknown rule in tool\.tendril\.skips 'B999'/);
    expect(configError('skips = "B602"')).toMatch(/tool\.tendril\.skips must be a list/);
  });

  test('min-security-severity: security rules below the band are left out', () => {
    const s = settingsFrom('min-security-severity = "high"').settings;
    expect(ids(s)).toContain('request-without-cert-validation'); // 8.0
    expect(ids(s)).not.toContain('subprocess-shell-true'); // 6.5, medium
    expect(ids(s)).not.toContain('subprocess-shell-true-literal'); // low
    expect(ids(s)).toContain('unused-import'); // maintainability untouched
    expect(ids(settingsFrom('min-security-severity = "low"').settings)).toContain('subprocess-shell-true-literal');
    expect(configError('min-security-severity = "severe"')).toMatch(
      /tool\.tendril\.min-security-severity: 'severe' is not a valid value; accepted: critical, high, medium, low/,
    );
    expect(configError('min-security-severity = 3')).toMatch(/min-security-severity must be one of critical, high, medium, low, not 3/);
  });

  test('exclude replaces the defaults, extend-exclude adds to them; relative to the file', () => {
    const a = settingsFrom('exclude = ["gen/"]');
    expect(a.settings.exclude.map((p) => p.source)).toEqual(['gen/']);
    expect(a.settings.exclude[0].base).toBe(a.dir);
    const b = settingsFrom('extend-exclude = ["gen/"]').settings;
    expect(b.exclude.map((p) => p.source)).toContain('.venv/');
    expect(b.exclude.map((p) => p.source)).toContain('gen/');
    expect(configError('exclude = "gen"')).toMatch(/tool\.tendril\.exclude must be a list of gitignore-style patterns/);
  });

  test('per-file-ignores: glob -> rules', () => {
    const { settings } = settingsFrom('[tool.tendril.per-file-ignores]\n"__init__.py" = ["F401"]\n"tests/*" = ["security"]');
    expect(settings.perFileIgnores.map((p) => [p.pattern.source, [...p.ruleIds].length > 0])).toEqual([
      ['__init__.py', true],
      ['tests/*', true],
    ]);
    expect([...settings.perFileIgnores[0].ruleIds]).toEqual(['unused-import']);
    expect(configError('per-file-ignores = ["a"]')).toMatch(/per-file-ignores must be a table of glob = \[rule ids/);
    expect(configError('[tool.tendril.per-file-ignores]\n"a.py" = "F401"')).toMatch(/per-file-ignores\."a\.py" must be a list/);
    expect(configError('[tool.tendril.per-file-ignores]\n"a.py" = ["X999"]')).toMatch(/unknown rule in tool\.tendril\.per-file-ignores\."a\.py" 'X999'/);
  });

  test('include-suppressed', () => {
    expect(settingsFrom('include-suppressed = true').settings.includeSuppressed).toBe(true);
    expect(settingsFrom('').settings.includeSuppressed).toBe(false);
    expect(configError('include-suppressed = "yes"')).toMatch(/include-suppressed must be true or false, not "yes"/);
  });

  test('max-file-size, file-timeout and cache-dir', () => {
    const { dir, settings } = settingsFrom('max-file-size = 2048\nfile-timeout = 5\ncache-dir = "../cache"');
    expect([settings.maxFileSize, settings.fileTimeout, settings.cacheDir]).toEqual([2048, 5, path.resolve(dir, '../cache')]);
    const defaults = settingsFrom('');
    expect([defaults.settings.maxFileSize, defaults.settings.fileTimeout, defaults.settings.cacheDir]).toEqual([
      10 * 1024 * 1024,
      60,
      path.join(defaults.dir, '.tendril_cache'),
    ]);
    expect(settingsFrom('cache-dir = false').settings.cacheDir).toBeUndefined();
    expect(configError('max-file-size = "10M"')).toMatch(/tool\.tendril\.max-file-size must be a whole number of bytes >= 1, not "10M"/);
    expect(configError('file-timeout = 0')).toMatch(/tool\.tendril\.file-timeout must be a whole number of seconds >= 1, not 0/);
    expect(configError('cache-dir = true')).toMatch(/tool\.tendril\.cache-dir must be a directory .*or false for no cache, not true/);
    expect(parseSize('10M', '--max-file-size')).toBe(10 * 1024 * 1024);
    expect(parseSize('512k', '--max-file-size')).toBe(512 * 1024);
    expect(parseSize('100', '--max-file-size')).toBe(100);
    expect(() => parseSize('ten', '--max-file-size')).toThrow(/--max-file-size: 'ten' is not a valid value; accepted: a whole number of bytes/);
  });

  test('gate keys and rule options still read; unknown keys name the accepted ones', () => {
    const s = settingsFrom('fail-on-security-severity = "low"\nmax-maintainability-findings = 3').settings;
    expect([s.failOnSecuritySeverity, s.maxMaintainabilityFindings]).toEqual(['low', 3]);
    expect(configError('exlude = ["x"]')).toMatch(/unknown key 'tool\.tendril\.exlude'; accepted keys: .*extend-exclude, per-file-ignores, include-suppressed/);
    expect(configError('max-maintainability-findings = "3"')).toMatch(/tool\.tendril\.max-maintainability-findings must be/);
  });

  test("taint: the project's sources, sinks by class, sanitizers for every class or by class; errors name the file and the key", () => {
    const s = settingsFrom(
      [
        '[tool.tendril.taint]',
        'sources = ["myapp.http.payload"]',
        'local-sources = ["myapp.cli.token"]',
        'sanitizers = ["myapp.auth.clean_name"]',
        '[tool.tendril.taint.sinks]',
        'sql = ["myapp.db.run_raw"]',
        'command = ["myapp.ops.shell", "myapp.ops.run"]',
      ].join('\n'),
    ).settings;
    expect(s.taint).toEqual({
      sources: ['myapp.http.payload'],
      'local-sources': ['myapp.cli.token'],
      sinks: ['sql=myapp.db.run_raw', 'command=myapp.ops.shell', 'command=myapp.ops.run'],
      sanitizers: ['*=myapp.auth.clean_name'],
      guards: [],
    });
    expect(settingsFrom('[tool.tendril.taint.sanitizers]\nsql = ["myapp.db.quote"]\nall = ["myapp.x.clean"]').settings.taint?.sanitizers).toEqual([
      'sql=myapp.db.quote',
      '*=myapp.x.clean',
    ]);
    expect(settingsFrom('[tool.tendril.taint]\nguards = ["myapp.checks.is_plain"]').settings.taint?.guards).toEqual(['*=myapp.checks.is_plain']);
    expect(settingsFrom('[tool.tendril.taint.guards]\nredirect = ["myapp.urls.safe_for_redirect"]').settings.taint?.guards).toEqual([
      'redirect=myapp.urls.safe_for_redirect',
    ]);
    expect(configError('[tool.tendril.taint.guards]\nurl = ["myapp.x.ok"]')).toMatch(/unknown sink class 'tool\.tendril\.taint\.guards\.url'/);
    expect(configError('taint = 1')).toMatch(/tool\.tendril\.taint must be a table: sources, local-sources, sinks, sanitizers, guards, not 1/);
    expect(configError('[tool.tendril.taint]\nsink = []')).toMatch(
      /unknown key 'tool\.tendril\.taint\.sink'; accepted keys: sources, local-sources, sinks, sanitizers, guards/,
    );
    expect(configError('[tool.tendril.taint]\nsources = "myapp.x"')).toMatch(/tool\.tendril\.taint\.sources must be a list of qualified names/);
    expect(configError('[tool.tendril.taint]\nsources = ["payload"]')).toMatch(/tool\.tendril\.taint\.sources: 'payload' is not a qualified name/);
    expect(configError('[tool.tendril.taint.sinks]\nshell = ["myapp.x"]')).toMatch(
      /unknown sink class 'tool\.tendril\.taint\.sinks\.shell'; accepted: command, code, sql/,
    );
    expect(configError('[tool.tendril.taint]\nsinks = ["myapp.x"]')).toMatch(/tool\.tendril\.taint\.sinks must be a table of sink class = \[qualified names\]/);
  });

  test('flags override the file: later inputs win key by key', () => {
    const s = settingsFrom('select = ["F401"]', { select: ['B602'] }).settings;
    expect(ids(s)).toEqual(['subprocess-shell-true', 'subprocess-shell-true-literal']);
  });

  test('malformed pyproject.toml: the file is named', () => {
    const dir = tempDir({ 'pyproject.toml': '[tool.tendril\nselect = 1\n' });
    expect(() => readConfigFile(path.join(dir, 'pyproject.toml'))).toThrow(new RegExp(`${path.join(dir, 'pyproject.toml')} is not valid TOML`));
    expect(() => findConfig(dir)).toThrow(/is not valid TOML/);
  });
});

describe('configuration discovery', () => {
  test('nearest wins, upward from the analysed path; pyproject.toml without [tool.tendril] is passed over', () => {
    const dir = tempDir({
      'pyproject.toml': '[tool.tendril]\nselect = ["F401"]\n',
      'pkg/pyproject.toml': '[project]\nname = "pkg"\n',
      'pkg/sub/a.py': '',
      'other/tendril.toml': 'select = ["B602"]\n',
      'other/pyproject.toml': '[tool.tendril]\n',
      'hidden/.tendril.toml': '',
    });
    expect(findConfig(path.join(dir, 'pkg/sub'))).toBe(path.join(dir, 'pyproject.toml'));
    expect(findConfig(path.join(dir, 'pkg/sub/a.py'))).toBe(path.join(dir, 'pyproject.toml'));
    expect(findConfig(path.join(dir, 'other'))).toBe(path.join(dir, 'other/tendril.toml'));
    expect(findConfig(path.join(dir, 'hidden'))).toBe(path.join(dir, 'hidden/.tendril.toml'));
    expect(commonDirectory([path.join(dir, 'pkg/sub/a.py'), path.join(dir, 'pkg')])).toBe(path.join(dir, 'pkg'));
    expect(commonDirectory([path.join(dir, 'pkg'), path.join(dir, 'other')])).toBe(dir);
  });
});

describe('globs', () => {
  const base = '/r';
  const m = (pattern: string, rel: string, isDir = false): boolean => matchesAny([compilePattern(pattern, base)!], `${base}/${rel}`, isDir);
  test('gitignore semantics', () => {
    expect(m('__init__.py', 'a/b/__init__.py')).toBe(true);
    expect(m('*.py', 'a/b.py')).toBe(true);
    expect(m('tests/', 'tests/a/b.py')).toBe(true);
    expect(m('tests/', 'tests')).toBe(false);
    expect(m('/gen', 'gen/x.py')).toBe(true);
    expect(m('/gen', 'a/gen/x.py')).toBe(false);
    expect(m('a/*.py', 'a/x.py')).toBe(true);
    expect(m('a/*.py', 'a/b/x.py')).toBe(false);
    expect(m('a/**/x.py', 'a/b/c/x.py')).toBe(true);
    expect(m('a/**/x.py', 'a/x.py')).toBe(true);
    expect(m('x?.py', 'x1.py')).toBe(true);
    expect(m('x[0-9].py', 'x1.py')).toBe(true);
    expect(m('x[!0-9].py', 'x1.py')).toBe(false);
  });

  test('relative paths: below the base only, whole segments', () => {
    expect(relTo('/r', '/r/a/b.py')).toBe('a/b.py');
    expect(relTo('/r/', '/r/a')).toBe('a');
    expect(relTo('/r', '/r')).toBeUndefined();
    expect(relTo('/r', '/rx/a.py')).toBeUndefined();
    expect(relTo('/r/a', '/r/b/c.py')).toBeUndefined();
    expect(relTo('/', '/a/b')).toBe('a/b');
  });

  test('matchesPath tests the path itself, matchesAny its parent directories too', () => {
    const tests = [compilePattern('tests/', base)!];
    expect(matchesPath(tests, '/r/tests/a.py', false)).toBe(false);
    expect(matchesAny(tests, '/r/tests/a.py', false)).toBe(true);
    expect(matchesPath(tests, '/r/tests', true)).toBe(true);
  });
});

describe('discovery', () => {
  const rels = (root: string, paths = ['.'], options = {}): string[] => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      return discover(root, paths, options).files.map((f) => f.rel);
    } finally {
      process.chdir(cwd);
    }
  };

  test('a directory named that an exclude covers: a warning naming the pattern, not a silent 0 files (issue 21)', () => {
    const dir = tempDir({ 'venv/lib/v.py': '', 'gen/g.py': '', 'app.py': '' });
    const found = discover(dir, [path.join(dir, 'venv'), path.join(dir, 'gen'), path.join(dir, 'app.py')], {
      exclude: [...defaultExcludes(dir), compilePattern('gen/', dir)!],
    });
    expect(found.files.map((f) => f.rel)).toEqual(['app.py']);
    expect(found.notifications.map((n) => `${n.level} ${n.id} ${n.path}: ${n.message.replace(dir, 'DIR')}`)).toEqual([
      "warning path-excluded venv: DIR/venv was not analysed: the exclude pattern 'venv/' (a default) covers it; to analyse it, replace the excludes ('exclude' in the configuration, or --exclude), or name its files.",
      "warning path-excluded gen: DIR/gen was not analysed: the exclude pattern 'gen/' covers it; to analyse it, replace the excludes ('exclude' in the configuration, or --exclude), or name its files.",
    ]);
  });

  test('.gitignore, nested .gitignore with negation, default excludes', () => {
    const dir = tempDir({
      '.gitignore': 'generated/\n*_pb2.py\n',
      'a.py': '',
      'x_pb2.py': '',
      'generated/g.py': '',
      'pkg/.gitignore': 'local.py\n!keep_pb2.py\n',
      'pkg/local.py': '',
      'pkg/keep_pb2.py': '',
      'pkg/m.py': '',
      'pkg/deeper/local.py': '',
      'other/local.py': '',
      '.venv/lib/v.py': '',
      'node_modules/n.py': '',
    });
    expect(rels(dir)).toEqual(['a.py', 'other/local.py', 'pkg/keep_pb2.py', 'pkg/m.py']);
    // Starting below the root still honours the root's .gitignore.
    expect(rels(dir, ['pkg'])).toEqual(['pkg/keep_pb2.py', 'pkg/m.py']);
    // Without gitignore: everything but the default excludes.
    expect(rels(dir, ['.'], { gitignore: false })).toContain('generated/g.py');
    expect(rels(dir, ['.'], { gitignore: false })).not.toContain('.venv/lib/v.py');
  });

  test('extensionless scripts with a Python shebang; others not', () => {
    const dir = tempDir({
      'bin/tool': '#!/usr/bin/env python3\nimport os\n',
      'bin/tool2': '#!/usr/bin/python\n',
      'bin/run': '#!/bin/sh\necho hi\n',
      'bin/notes.txt': '#!/usr/bin/env python3\n',
      'bin/pythonic': 'no shebang\n',
    });
    expect(rels(dir)).toEqual(['bin/tool', 'bin/tool2']);
  });

  test('symbolic links never lead out of the root', () => {
    const outside = tempDir({ 'evil.py': 'import os\n', 'pkg/e.py': '' });
    const dir = tempDir({ 'a.py': '', 'real/r.py': '' });
    fs.symlinkSync(path.join(outside, 'evil.py'), path.join(dir, 'link.py'));
    fs.symlinkSync(path.join(outside, 'pkg'), path.join(dir, 'linkdir'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'inside'));
    fs.symlinkSync(path.join(dir, 'real/r.py'), path.join(dir, 'alias.py'));
    expect(rels(dir)).toEqual(['a.py', 'alias.py', 'real/r.py']);
    expect(() => rels(dir, ['link.py'])).toThrow(/leads outside the analysis root/);
    expect(() => rels(dir, ['linkdir'])).toThrow(/leads outside the analysis root/);
  });

  test('exclude patterns: defaults replaced or extended', () => {
    const dir = tempDir({ 'a.py': '', 'gen/g.py': '', 'build/b.py': '' });
    expect(rels(dir)).toEqual(['a.py', 'gen/g.py']);
    expect(rels(dir, ['.'], { exclude: [compilePattern('gen', dir)!] })).toEqual(['a.py', 'build/b.py']);
    // A file named explicitly is analysed even when excluded.
    expect(rels(dir, ['gen/g.py'], { exclude: [compilePattern('gen', dir)!] })).toEqual(['gen/g.py']);
    // A directory given below an excluded one, or excluded itself, yields nothing.
    const deep = tempDir({ 'gen/sub/s.py': '', 'gen/t.py': '', 'ok/o.py': '' });
    expect(rels(deep, ['gen/sub'], { exclude: [compilePattern('gen', deep)!] })).toEqual([]);
    expect(rels(deep, ['gen'], { exclude: [compilePattern('gen/', deep)!] })).toEqual([]);
    expect(rels(deep, ['ok', 'gen/sub'], { exclude: [compilePattern('/gen/sub', deep)!] })).toEqual(['ok/o.py']);
  });

  test('the walk excludes exactly the files a pattern covers through the file or a directory above it', () => {
    // Small trees and patterns over a few names, so that patterns often hit: the walk, which tests
    // each directory once on the way down, must agree with testing every file's whole path.
    const name = fc.constantFrom('a', 'b', 'gen', 'tests');
    const tree = fc.uniqueArray(
      fc.array(name, { minLength: 0, maxLength: 3 }).map((dirs) => [...dirs, 'm.py'].join('/')),
      { minLength: 1, maxLength: 12 },
    );
    const glob = fc.oneof(
      name,
      name.map((n) => `${n}/`),
      name.map((n) => `/${n}`),
      fc.tuple(name, name).map(([x, y]) => `${x}/${y}`),
      name.map((n) => `**/${n}/m.py`),
      fc.constantFrom('*.py', 'a/*', 'gen/**', '[ab]', 'm.py'),
    );
    const scenario = fc.record({
      files: tree,
      globs: fc.array(glob, { minLength: 1, maxLength: 3 }),
      // Patterns of a configuration in a subdirectory are relative to it.
      baseDir: fc.constantFrom('', 'a', 'gen'),
      start: fc.constantFrom('.', 'a', 'gen', 'a/b', 'gen/tests'),
    });
    fc.assert(
      fc.property(scenario, ({ files, globs, baseDir, start }) => {
        const dir = tempDir(Object.fromEntries(files.map((f) => [f, ''])));
        try {
          if (!fs.existsSync(path.join(dir, start))) return;
          const exclude = globs.map((g) => compilePattern(g, path.join(dir, baseDir))!);
          const expected = files
            .filter((f) => start === '.' || f.startsWith(start + '/'))
            .filter((f) => !matchesAny(exclude, path.join(dir, f), false))
            .sort();
          expect(rels(dir, [start], { exclude, gitignore: false })).toEqual(expected);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  });
});
