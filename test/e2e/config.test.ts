import * as fs from 'fs';
import * as path from 'path';
import { tempRepo } from '../helpers';
import { cli } from './inprocess';

const SHELL = 'import subprocess\n\ndef f(cmd):\n    subprocess.call("ls " + cmd, shell=True)\n';

describe('configuration and suppressions (the CLI)', () => {
  test('a malformed pyproject.toml and a wrong-typed key: exit 2 naming the file and the key', async () => {
    const dir = tempRepo({ 'a.py': 'import os\n', 'pyproject.toml': '[tool.tendril\n' });
    let r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pyproject\.toml is not valid TOML/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\ninclude-suppressed = "yes"\n');
    r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pyproject\.toml: tool\.tendril\.include-suppressed must be true or false, not "yes"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\nskip = ["B602"]\n');
    r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown key 'tool\.tendril\.skip'; accepted keys: .*skips/);
  });

  test('nearest configuration wins, per file; --config names one for all; flags override every one', async () => {
    const dir = tempRepo({
      'pyproject.toml': '[tool.tendril]\nselect = ["security"]\n',
      'pkg/tendril.toml': 'select = ["F401"]\n',
      'pkg/a.py': 'import os\n' + SHELL,
      'b.py': 'import os\n' + SHELL,
    });
    expect((await cli(['check', '-q', 'pkg'], dir)).stdout).toMatch(/^(?!.*subprocess-shell-true).*unused-import/s);
    // One run over both: pkg/a.py follows pkg/tendril.toml, b.py the pyproject.toml.
    const top = await cli(['check', '-q', '--format', 'json'], dir);
    const found = (JSON.parse(top.stdout).findings as { path: string; rule: string }[]).map((f) => `${f.path} ${f.rule}`);
    expect(found).toEqual(['b.py subprocess-import', 'b.py subprocess-shell-true', 'pkg/a.py unused-import']);
    expect((await cli(['check', '-q', '--config', 'pkg/tendril.toml'], dir)).stdout).not.toContain('subprocess-shell-true');
    expect((await cli(['check', '-q', '--select', 'F401'], dir)).stdout).not.toContain('subprocess-shell-true');
    expect((await cli(['check', '--config', 'missing.toml'], dir)).stderr).toMatch(/--config: missing\.toml does not exist/);
    // tendril config shows the nearer file and how many files it covers.
    const shown = (await cli(['config'], dir)).stdout;
    expect(shown).toMatch(/# nearer configuration file: .*pkg[\\/]tendril\.toml \(1 of the analysed files/);
    expect(shown).toMatch(/rules = \["unused-import"\]/);
  });

  test('suppressions left out; --include-suppressed writes them as inSource suppressions; unused ones noted', async () => {
    const dir = tempRepo({
      'a.py': 'import os  # noqa: F401\nimport sys  # noqa: F401\nprint(sys)\n' + SHELL.replace('shell=True)', 'shell=True)  # nosec B602'),
    });
    const r = await cli(['check', '--format', 'sarif', '--select', 'F401,B602,RUF100'], dir);
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout).runs.flatMap((run: { results: unknown[] }) => run.results);
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['unused-suppression']);
    const all = JSON.parse((await cli(['check', '--format', 'sarif', '--include-suppressed', '--select', 'F401,B602,RUF100'], dir)).stdout).runs.flatMap(
      (run: { results: unknown[] }) => run.results,
    );
    expect(
      all
        .filter((x: { suppressions?: unknown }) => x.suppressions)
        .map((x: { ruleId: string }) => x.ruleId)
        .sort(),
    ).toEqual(['subprocess-shell-true', 'unused-import']);
  });

  test('--exclude, --extend-exclude, .gitignore, shebang scripts', async () => {
    const dir = tempRepo({
      '.gitignore': 'ignored.py\n',
      'ignored.py': 'import os\n',
      'gen/g.py': 'import os\n',
      'build/b.py': 'import os\n',
      'bin/tool': '#!/usr/bin/env python3\nimport os\n',
    });
    const files = async (args: string[]): Promise<string[]> =>
      JSON.parse((await cli(['check', '--format', 'json', '--select', 'F401', ...args], dir)).stdout).findings.map((f: { path: string }) => f.path);
    expect(await files([])).toEqual(['bin/tool', 'gen/g.py']);
    expect(await files(['--extend-exclude', 'gen'])).toEqual(['bin/tool']);
    expect(await files(['--exclude', 'gen'])).toEqual(['bin/tool', 'build/b.py']);
  });

  test('explain, config, --statistics, --quiet', async () => {
    const dir = tempRepo({ 'a.py': 'import os\nimport sys\n', 'pyproject.toml': '[tool.tendril]\nselect = ["F401", "RUF100"]\n' });
    const explain = await cli(['explain', 'F401'], dir);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/^unused-import: An imported name is never used/);
    expect((await cli(['explain', 'unused-suppression'], dir)).stdout).toContain('RUF100');
    expect((await cli(['explain', 'X1'], dir)).status).toBe(2);
    const config = await cli(['config'], dir);
    expect(config.status).toBe(0);
    expect(config.stdout).toContain(`# configuration file: ${path.join(fs.realpathSync(dir), 'pyproject.toml')}`.replace(fs.realpathSync(dir), dir));
    expect(config.stdout).toContain('rules = ["unused-import", "unused-suppression"]');
    expect((await cli(['check', '--statistics'], dir)).stdout).toMatch(/^2  unused-import \(F401, W0611\)\n0 security alerts, 2 maintainability notes/);
    const quiet = (await cli(['check', '-q'], dir)).stdout;
    expect(quiet).toContain('a.py:2:8');
    expect(quiet).not.toContain('analysed');
  });
});
