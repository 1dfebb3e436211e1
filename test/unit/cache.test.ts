import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/pipeline/run';
import { resolveSettings, type SettingsInput } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

const FILES = {
  'a.py': 'import os\nimport subprocess\n\n\ndef f(cmd):\n    subprocess.call("ls " + cmd, shell=True)\n',
  'b.py': 'def g(:\n    eval(x)\n',
  'c.py': 'import sys  # noqa: F401\nx = eval(y)\n',
};

async function check(root: string, input: SettingsInput = {}) {
  const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, input));
  return { cached: outcome.cached, files: outcome.files, findings: JSON.stringify(outcome.findings), notifications: JSON.stringify(outcome.notifications) };
}

describe('content-hash cache', () => {
  test('a second run takes every unchanged file from the cache, with the same results', async () => {
    const root = tempRepo(FILES);
    const first = await check(root);
    expect(first.cached).toBe(0);
    const second = await check(root);
    expect(second).toEqual({ ...first, cached: 3 });
    // Ignored by git and tagged as a cache, like Ruff's.
    const dir = path.join(root, '.tendril_cache');
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('*');
    expect(fs.readFileSync(path.join(dir, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);
  });

  test('a changed file, changed rules or changed rule options are analysed again', async () => {
    const root = tempRepo(FILES);
    await check(root);
    fs.writeFileSync(path.join(root, 'c.py'), 'x = eval(z)\n');
    const edited = await check(root);
    expect(edited.cached).toBe(2);
    const evals = JSON.parse(edited.findings).filter((f: { path: string; ruleId: string }) => f.path === 'c.py' && f.ruleId === 'eval-used');
    expect(evals).toEqual([expect.objectContaining({ line: 1 })]);
    expect((await check(root, { select: ['security'] })).cached).toBe(0);
    expect((await check(root, { select: ['security'] })).cached).toBe(3);
    expect((await check(root, { select: ['security'], ruleOptions: { 'subprocess-shell-true': {} } })).cached).toBe(3);
    const options = { ruleOptions: { 'cyclomatic-complexity': { 'max-complexity': 1 } } };
    expect((await check(root, options)).cached).toBe(0);
    expect((await check(root, options)).cached).toBe(3);
  });

  test('a renamed file with the same bytes is analysed again (its path is in its findings)', async () => {
    const root = tempRepo(FILES);
    await check(root);
    fs.renameSync(path.join(root, 'a.py'), path.join(root, 'moved.py'));
    const after = await check(root);
    expect(after.cached).toBe(2);
    expect(after.findings).toContain('"path":"moved.py"');
    expect(after.findings).not.toContain('"path":"a.py"');
  });

  test('--no-cache (cacheDir false) neither reads nor writes; a broken cache file is ignored and rewritten', async () => {
    const root = tempRepo(FILES);
    expect((await check(root, { cacheDir: false })).cached).toBe(0);
    expect(fs.existsSync(path.join(root, '.tendril_cache'))).toBe(false);
    await check(root);
    const file = path.join(root, '.tendril_cache', 'results-v1.json');
    fs.writeFileSync(file, '{ not json');
    expect((await check(root)).cached).toBe(0);
    expect((await check(root)).cached).toBe(3);
  });

  test('a cache that cannot be written is a warning, and the run goes on', async () => {
    const root = tempRepo(FILES);
    fs.writeFileSync(path.join(root, 'blocked'), 'a file where the cache directory should be');
    const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, { cacheDir: path.join(root, 'blocked') }));
    expect(outcome.files).toBe(3);
    expect(outcome.notifications).toContainEqual(
      expect.objectContaining({ level: 'warning', id: 'cache', message: expect.stringMatching(/^Cache: the cache could not be written to .*blocked/) }),
    );
  });
});
