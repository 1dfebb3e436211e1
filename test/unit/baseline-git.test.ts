import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { changesSince, readBlobs } from '../../src/baseline/git';
import { commit } from '../e2e/runner';
import { tempRepo } from '../helpers';

/**
 * A baseline reads the base versions of the changed files from the ids `git ls-tree` gives, all in
 * one `git cat-file --batch`: checked against `git show <commit>:./<path>` (what it read before,
 * one process per file) on names that a line-based protocol or a shell would break.
 */
describe('the base versions of changed files', () => {
  const NAMES = ['app.py', 'pkg/with space.py', 'pkg/tab\there.py', 'pkg/new\nline.py', 'ünï/模块.py', 'empty.py', 'gone.py', 'moved.py'];

  test('every changed, renamed and deleted file, byte for byte as git show gives it, from a root below the top', () => {
    const repo = tempRepo({});
    const files: Record<string, string> = {};
    NAMES.forEach((name, i) => (files[`src/${name}`] = name === 'empty.py' ? '' : `# ${i}\n${'x = 1\n'.repeat(i * 40)}`));
    files['src/latin.py'] = Buffer.from([0x23, 0xe9, 0x0a]).toString('latin1');
    files['outside.py'] = 'import os\n';
    const base = commit(repo, files, 'base');
    fs.writeFileSync(path.join(repo, 'src/latin.py'), Buffer.from([0x23, 0xe9, 0xff, 0x0a]));
    const edited: Record<string, string | null> = { 'src/gone.py': null, 'src/moved.py': null, 'src/elsewhere/moved.py': files['src/moved.py'] };
    for (const name of NAMES.filter((n) => n !== 'gone.py' && n !== 'moved.py')) edited[`src/${name}`] = `${files[`src/${name}`]}y = 2\n`;
    commit(repo, edited, 'head');

    const root = path.join(repo, 'src');
    const changes = changesSince(root, base);
    expect([...changes.deleted].sort()).toEqual(['gone.py', 'moved.py']);
    expect(changes.changed.get('elsewhere/moved.py')).toBe('moved.py');
    expect(changes.baseFiles.has('outside.py')).toBe(false);
    const wanted = [...new Set([...changes.changed.values(), ...changes.deleted])].sort();
    expect(wanted).toEqual([...NAMES, 'latin.py'].sort());
    const blobs = readBlobs(
      root,
      wanted.map((p) => changes.baseBlobs.get(p)!),
    );
    for (const p of wanted) {
      const shown = execFileSync('git', ['show', `${base}:./${p}`], { cwd: root });
      expect({ p, bytes: blobs.get(changes.baseBlobs.get(p)!)?.toString('hex') }).toEqual({ p, bytes: shown.toString('hex') });
    }
  });

  test('no ids: no process; an id the repository does not have is left out', () => {
    const repo = tempRepo({ 'a.py': 'a = 1\n' });
    commit(repo, {}, 'base');
    expect(readBlobs(repo, []).size).toBe(0);
    const missing = 'f'.repeat(40);
    const present = execFileSync('git', ['rev-parse', 'HEAD:a.py'], { cwd: repo, encoding: 'utf8' }).trim();
    const blobs = readBlobs(repo, [missing, present]);
    expect([...blobs.keys()]).toEqual([present]);
    expect(blobs.get(present)!.toString()).toBe('a = 1\n');
    expect(() => readBlobs(repo, ['HEAD:a.py'])).toThrow(/not an object id/);
  });
});
