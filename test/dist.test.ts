import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from './helpers';

const DIST = path.join(REPO, 'dist');

describe('dist/', () => {
  test('is the build of the current src/ (run `npm run build` and commit dist/ when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-dist-'));
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build.js'), '--out', out], { stdio: 'pipe' });
    const built = fs.readdirSync(out).sort();
    expect(fs.readdirSync(DIST).sort()).toEqual(built);
    for (const name of built) {
      const same = fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(DIST, name)));
      expect({ file: `dist/${name}`, upToDate: same }).toEqual({ file: `dist/${name}`, upToDate: true });
    }
  });

  test('the CLI bundle is executable and declared as the package bin', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ tendril: 'dist/cli.js' });
    expect(fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(DIST, 'cli.js')).mode & 0o111).not.toBe(0);
  });
});
