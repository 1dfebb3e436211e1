import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempRepo } from '../helpers';

/**
 * Inputs that break naive analysers. Each file must be analysed, or named in a notification that
 * says why not; never an internal error, a crash, a hang or a lost file, and the run goes on.
 */
describe('hard inputs', () => {
  const blocks = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('') + `${' '.repeat(400)}pass\n`;
  const files: Record<string, string | Buffer> = {
    'parens.py': `x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`,
    'blocks.py': `x = 1\n${blocks}`,
    'lists.py': `x = [${'['.repeat(3000)}${']'.repeat(3000)}]\n`,
    'calls.py': `x = ${'f('.repeat(3000)}${')'.repeat(3000)}\n`,
    'lambdas.py': `f = ${'lambda: '.repeat(2000)}1\n`,
    'attributes.py': `import os\nx = os${'.path'.repeat(20000)}\n`,
    'concatenation.py': `import subprocess\nsubprocess.call("a" ${'+ "b" '.repeat(20000)}, shell=True)\n`,
    'binary-operators.py': `x = 1${' + 1'.repeat(50000)}\n`,
    'bom-only.py': Buffer.from([0xef, 0xbb, 0xbf]),
    'empty.py': '',
    'tabs.py': 'def f():\n\tif 1:\n        import os\n',
    'latin1.py': Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nimport os\nname = "'), Buffer.from([0xe9]), Buffer.from('"\n')]),
    'invalid-utf8.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xc3, 0x28, 0x22, 0x0a]),
    'nul.py': Buffer.from('x = 1\0\n'),
    'binary.py': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)),
    'name with space é.py': 'import os\n',
    'ünïcödé/模块.py': 'import sys\n',
  };

  test('every file is analysed or named, the run completes, nothing crashes', () => {
    const dir = tempRepo(files);
    fs.symlinkSync('..', path.join(dir, 'ünïcödé', 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'self'));
    const started = Date.now();
    const r = runCli(['check', '--format', 'sarif', '--fail-on-security-severity', 'none'], dir);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/internal error/);
    const sarif = JSON.parse(r.stdout);
    const notes: { message: { text: string }; descriptor: { id: string } }[] = sarif.runs[0].invocations[0].toolExecutionNotifications;
    const named = (file: string): string[] => notes.filter((n) => n.message.text.startsWith(`${file} `)).map((n) => n.descriptor.id);
    expect(named('invalid-utf8.py')).toEqual(['file-undecodable']);
    expect(named('nul.py')).toEqual(['file-undecodable']);
    expect(named('binary.py')).toEqual(['file-undecodable']);
    for (const ok of [
      'parens.py',
      'blocks.py',
      'lists.py',
      'calls.py',
      'lambdas.py',
      'attributes.py',
      'concatenation.py',
      'binary-operators.py',
      'bom-only.py',
      'empty.py',
      'latin1.py',
    ]) {
      expect({ file: ok, notes: named(ok) }).toEqual({ file: ok, notes: [] });
    }
    const uris = sarif.runs.flatMap((run: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }) =>
      run.results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri),
    );
    expect(uris).toEqual(
      expect.arrayContaining([
        'concatenation.py',
        'latin1.py',
        'name%20with%20space%20%C3%A9.py',
        '%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E6%A8%A1%E5%9D%97.py',
        'tabs.py',
      ]),
    );
    // attributes.py uses its import; the symlinked directories were not followed (no duplicates).
    const unusedImports = sarif.runs[1].results
      .filter((x: { ruleId: string }) => x.ruleId === 'unused-import')
      .map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(unusedImports).not.toContain('attributes.py');
    expect(uris.filter((u: string) => u.includes('self/') || u.includes('loop/'))).toEqual([]);
  });
});
