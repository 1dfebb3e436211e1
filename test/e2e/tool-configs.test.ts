/**
 * Other tools' configuration, end to end: one fixture repository per tool (Ruff, flake8, Bandit,
 * Pylint), analysed through the pipeline with the settings the command line makes (in process,
 * one run each), and one `tendril config` / `tendril check` of the command line over a repository
 * holding all four, for where each setting came from and what a malformed file does.
 */
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/pipeline/run';
import { resolveSettings, type Settings, type SettingsInput } from '../../src/settings/settings';
import { ToolConfigReader } from '../../src/settings/tools';
import { tempRepo } from '../helpers';
import { cli } from './inprocess';

/** Settings as `tendril check` makes them in `root` without --config. */
function settingsFor(root: string, flags: SettingsInput = {}): Settings {
  const base = { root, paths: [root], jobs: 1, toolConfigs: new ToolConfigReader(root), toolsFrom: root };
  return { ...resolveSettings(base, flags), cacheDir: undefined, configSearch: { from: root, flags } };
}

async function findings(root: string, flags: SettingsInput = {}): Promise<string[]> {
  const outcome = await run(settingsFor(root, flags));
  return outcome.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`);
}

const DOC = '"""Module."""\n';
const COMPLEX = 'def branchy(a, b):\n    """Doc."""\n    if a:\n        return 1\n    if b:\n        return 2\n    return 3\n';

describe("other tools' configuration, one repository per tool", () => {
  test('Ruff: select and ignore, per-file-ignores, extend-exclude, mccabe, pep8-naming; the security rules follow its S selection', async () => {
    const root = tempRepo({
      'pyproject.toml': [
        '[tool.ruff]',
        'extend-exclude = ["legacy/"]',
        '[tool.ruff.lint]',
        'select = ["F", "N", "D1", "C90", "S"]',
        'ignore = ["D100", "N806", "S603"]',
        '[tool.ruff.lint.per-file-ignores]',
        '"tests/*" = ["S101", "D103"]',
        '[tool.ruff.lint.mccabe]',
        'max-complexity = 1',
        '[tool.ruff.lint.pep8-naming]',
        'extend-ignore-names = ["legacyName"]',
      ].join('\n'),
      'app.py':
        'import os\n\n\ndef camelCase():\n    """Doc."""\n    localName = len("x")\n    return localName\n\n\ndef legacyName():\n    """Doc."""\n\n\n' +
        COMPLEX,
      'tests/test_app.py': DOC + 'def test_it():\n    assert True\n',
      'legacy/old.py': 'import sys\nimport subprocess\nsubprocess.call(cmd, shell=True)\n',
    });
    expect(await findings(root)).toEqual([
      'app.py:1 unused-import',
      'app.py:4 invalid-function-name', // N806 (localName) is ignored; legacyName by extend-ignore-names
      'app.py:14 cyclomatic-complexity', // max-complexity 1
    ]);
    // The flags win: a rule named by --select is back (legacy/ stays excluded from the
    // maintainability rules, tests/ from S101).
    expect(await findings(root, { origin: 'command line', select: ['D100', 'S101'] })).toEqual(['app.py:1 missing-module-docstring']);
  });

  test('flake8 (setup.cfg): extend-ignore, per-file-ignores, exclude, max-complexity; security rules untouched', async () => {
    const root = tempRepo({
      'setup.cfg':
        '[metadata]\nname = demo\n\n[flake8]\nextend-ignore = E203, D1, N802\nmax-complexity = 1\nexclude = .git,gen\nper-file-ignores =\n    */__init__.py: F401\n',
      'pkg/__init__.py': 'from .core import thing\n',
      'pkg/core.py': 'import json\nimport subprocess\n\n\ndef getThing(cmd):\n    subprocess.call(cmd, shell=True)\n\n\n' + COMPLEX,
      'gen/out.py': 'import os\nimport subprocess\nsubprocess.call(cmd, shell=True)\n',
    });
    expect(await findings(root)).toEqual([
      'gen/out.py:3 subprocess-shell-true', // excluded for flake8's checks, not for security ones
      'pkg/core.py:1 unused-import',
      'pkg/core.py:6 subprocess-shell-true',
      'pkg/core.py:9 cyclomatic-complexity',
    ]);
  });

  test('Bandit ([tool.bandit]): skips, exclude_dirs (security findings there dropped, notes kept)', async () => {
    const root = tempRepo({
      'pyproject.toml': '[tool.bandit]\nskips = ["B101", "B404"]\nexclude_dirs = ["tests"]\n',
      'app.py': DOC + 'import subprocess\n\n\ndef run(cmd):\n    """Doc."""\n    assert cmd\n    subprocess.call(cmd, shell=True)\n',
      'tests/test_x.py': DOC + 'import os\nimport subprocess\nsubprocess.call(cmd, shell=True)\n',
    });
    expect(await findings(root)).toEqual(['app.py:8 subprocess-shell-true', 'tests/test_x.py:2 unused-import']);
  });

  test('Pylint (.pylintrc): disable by name and category, design thresholds; a nested .bandit starts a profile of its own', async () => {
    const root = tempRepo({
      '.pylintrc': '[MASTER]\njobs = 2\n\n[MESSAGES CONTROL]\ndisable =\n    missing-docstring,\n    invalid-name\n\n[DESIGN]\nmax-args = 2\n',
      'app.py': 'import os\n\n\ndef Compute(a, b, c):\n    return a\n',
      'sub/.bandit': '[bandit]\nskips = B602\n',
      'sub/tool.py': 'import subprocess\n\n\ndef f(a, b, c):\n    subprocess.call(a, shell=True)\n',
    });
    expect(await findings(root)).toEqual(['app.py:1 unused-import', 'app.py:4 too-many-arguments', 'sub/tool.py:4 too-many-arguments']);
    // respect-tool-configs = false (--no-tool-configs) reads none of it.
    const all = await findings(root, { origin: 'command line', respectToolConfigs: false });
    expect(all).toEqual(expect.arrayContaining(['app.py:1 missing-module-docstring', 'app.py:4 invalid-function-name', 'sub/tool.py:5 subprocess-shell-true']));
    expect(all).not.toContain('app.py:4 too-many-arguments');
  });
});

describe('the command line', () => {
  test('tendril config names the file each setting came from; a malformed file of another tool is a warning, not an error', async () => {
    const dir = tempRepo({
      'pyproject.toml':
        '[tool.tendril]\nfail-on-security-severity = "medium"\n\n[tool.ruff.lint]\nselect = ["F", "N", "C90"]\nignore = ["N806"]\n[tool.ruff.lint.mccabe]\nmax-complexity = 14\n',
      '.flake8': '[flake8]\nper-file-ignores = tests/*:S101\n',
      '.pylintrc': '[MESSAGES CONTROL]\ndisable = this line is fine\n  but [this] is not\n[bad\n',
      '.bandit': '[bandit]\nskips = B311\n',
      'a.py': '"""Doc."""\nimport random\n\n\ndef f():\n    """Doc."""\n    Value = random.random()\n    return Value\n',
    });
    const config = await cli(['config', '--max-file-size', '2M'], dir);
    expect(config.status).toBe(0);
    const out = config.stdout;
    expect(out).toContain('fail-on-security-severity = "medium"  # pyproject.toml');
    expect(out).toContain('max-file-size = 2097152  # command line');
    expect(out).toContain('file-timeout = 60  # default');
    expect(out).toMatch(
      /# other tools' configuration: ruff pyproject\.toml \[tool\.ruff\]; flake8 \.flake8 \[flake8\]; bandit \.bandit \[bandit\]; pylint \.pylintrc \(unreadable\)/,
    );
    expect(out).toContain('scopes = ["class","module"]  # pyproject.toml lint.ignore (N806)');
    expect(out).toContain('#   non-cryptographic-random left out: .bandit skips');
    expect(out).toContain('#   per-file-ignores "tests/*" = ["assert-used"]: .flake8 per-file-ignores');
    expect(out).toContain('max-complexity = 14  # pyproject.toml lint.mccabe.max-complexity');
    expect(out).toContain('# warning: .pylintrc cannot be parsed as INI (line 4: neither a [section], a key = value nor a comment)');
    const check = await cli(['check', '--no-cache'], dir);
    expect(check.status).toBe(0);
    expect(check.stderr).toContain('tendril: warning: .pylintrc cannot be parsed as INI');
    expect(check.stdout).not.toMatch(/invalid-variable-name|non-cryptographic-random/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\nrespect-tool-configs = false\n');
    expect((await cli(['check', '--no-cache', '-q'], dir)).stdout).toMatch(/invalid-variable-name[\s\S]*non-cryptographic-random/);
  });
});
