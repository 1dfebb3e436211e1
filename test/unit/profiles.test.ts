import * as path from 'path';
import { run } from '../../src/pipeline/run';
import { resolveSettings, type Settings, type SettingsInput } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

/** Settings as the CLI makes them without --config: the top configuration plus the nearer ones. */
function settingsFor(root: string, top: SettingsInput = {}, flags: SettingsInput = {}): Settings {
  return { ...resolveSettings({ root, paths: [root], jobs: 1 }, top, flags), cacheDir: undefined, configSearch: { from: root, flags } };
}

const found = (outcome: { findings: { path: string; ruleId: string }[] }): string[] => outcome.findings.map((f) => `${f.path} ${f.ruleId}`);

const SHELL = 'import subprocess\n\n\ndef f(cmd):\n    subprocess.call("ls " + cmd, shell=True)\n';

describe('the nearest configuration applies to each file', () => {
  test('rules, per-file-ignores, exclude, include-suppressed and rule options come from the nearest file; nothing is inherited', async () => {
    const root = tempRepo({
      'a.py': 'import os\n' + SHELL,
      'lib/tendril.toml': [
        'select = ["unused-import", "invalid-function-name", "subprocess-shell-true"]',
        'extend-exclude = ["generated/"]',
        'include-suppressed = true',
        '[per-file-ignores]',
        '"legacy.py" = ["F401"]',
        '[rules.invalid-function-name]',
        'ignore-names = ["doIt"]',
      ].join('\n'),
      'lib/m.py': 'import os\nimport sys  # noqa: F401\n\n\ndef doIt():\n    pass\n\n\ndef doThat():\n    pass\n',
      'lib/legacy.py': 'import os\n',
      'lib/generated/g.py': 'import os\n',
      'lib/deep/pyproject.toml': '[project]\nname = "x"\n',
      'lib/deep/d.py': 'import json\n',
      'other/pyproject.toml': '[tool.tendril]\nselect = ["F401"]\n',
      'other/o.py': 'import os\n' + SHELL,
    });
    const outcome = await run(settingsFor(root, { select: ['security'] }));
    expect(found(outcome)).toEqual([
      'a.py subprocess-import',
      'a.py subprocess-shell-true',
      // lib/deep has a pyproject.toml without [tool.tendril]: lib/tendril.toml still applies there.
      'lib/deep/d.py unused-import',
      'lib/m.py unused-import',
      'lib/m.py unused-import',
      'lib/m.py invalid-function-name',
      'other/o.py unused-import',
    ]);
    const m = outcome.findings.filter((f) => f.path === 'lib/m.py');
    expect(m.map((f) => f.suppressed)).toEqual([undefined, '# noqa: F401', undefined]);
    expect(m[2].message).toContain('doThat');
    expect(outcome.files).toBe(5); // lib/generated/g.py is excluded by lib/tendril.toml
    // The SARIF and the reports know every rule that ran somewhere.
    expect(outcome.rules.map((r) => r.meta.id)).toEqual(
      expect.arrayContaining(['unused-import', 'invalid-function-name', 'subprocess-shell-true', 'eval-used']),
    );
  });

  test('flags override every configuration alike', async () => {
    const root = tempRepo({ 'a.py': 'import os\n', 'pkg/tendril.toml': 'select = ["security"]\n', 'pkg/b.py': 'import os\n' });
    const flags = { select: ['F401'] };
    const outcome = await run(settingsFor(root, {}, flags));
    expect(found(outcome)).toEqual(['a.py unused-import', 'pkg/b.py unused-import']);
  });

  test('run-wide keys in a nearer file are ignored with a warning naming the file and the key', async () => {
    const root = tempRepo({ 'pkg/tendril.toml': 'max-maintainability-findings = 0\n', 'pkg/b.py': 'import os\n' });
    const outcome = await run(settingsFor(root));
    expect(outcome.gate.failed).toBe(false);
    expect(outcome.notifications).toEqual([
      expect.objectContaining({
        level: 'warning',
        id: 'configuration',
        path: 'pkg/tendril.toml',
        message: expect.stringMatching(/'max-maintainability-findings' applies to the whole run.*ignored here/),
      }),
    ]);
  });

  test('a malformed nearer pyproject.toml is an error naming it', async () => {
    const root = tempRepo({ 'pkg/pyproject.toml': '[tool.tendril\n', 'pkg/b.py': 'import os\n' });
    await expect(run(settingsFor(root))).rejects.toThrow(new RegExp(`${path.join('pkg', 'pyproject.toml').replace(/[/\\]/g, '.')} is not valid TOML`));
  });

  test('without a configuration search (a --config file), nearer files are not read', async () => {
    const root = tempRepo({ 'pkg/tendril.toml': 'select = ["security"]\n', 'pkg/b.py': 'import os\n' });
    const settings = { ...resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['F401'] }), cacheDir: undefined };
    expect(found(await run(settings))).toEqual(['pkg/b.py unused-import']);
  });
});
