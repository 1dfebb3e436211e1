import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './helpers';

const DIST = path.join(REPO, 'dist');
// CommonJS build helper, shared with scripts/build.js so both compute the manifest one way.
const { manifest, NAME } = require('../scripts/build-manifest') as {
  manifest(repo: string, out: string): { inputs: Record<string, string>; outputs: Record<string, string> };
  NAME: string;
};

/** What differs between two path -> hash tables, as `path: recorded -> now` lines (`-` for absent). */
function changes(recorded: Record<string, string>, now: Record<string, string>): string[] {
  return [...new Set([...Object.keys(recorded), ...Object.keys(now)])]
    .sort()
    .filter((k) => recorded[k] !== now[k])
    .map((k) => `${k}: ${recorded[k] ? 'recorded' : '-'} -> ${now[k] ? (recorded[k] ? 'changed' : 'new') : 'deleted'}`);
}

describe('dist/', () => {
  // The manifest scripts/build.js writes holds the hash of every input and output of the build;
  // `node scripts/build.js --check` is the slow proof that rebuilding gives the same bytes.
  const recorded = JSON.parse(fs.readFileSync(path.join(DIST, NAME), 'utf8'));
  const now = manifest(REPO, DIST);

  test('was built from the working tree: no input changed since (run `npm run build` and commit dist/ when this fails)', () => {
    expect(changes(recorded.inputs, now.inputs)).toEqual([]);
  });

  test('holds what that build wrote, unedited', () => {
    expect(changes(recorded.outputs, now.outputs)).toEqual([]);
  });

  test('the manifest covers every source file and every bundle', () => {
    expect(Object.keys(recorded.inputs)).toEqual(expect.arrayContaining(['src/cli.ts', 'src/action.ts', 'package-lock.json', 'tsconfig.json']));
    expect(Object.keys(recorded.outputs)).toEqual(['cli.js', 'index.js', 'licenses.txt', 'tree-sitter-python.wasm', 'tree-sitter.wasm']);
  });

  test('the CLI bundle is executable and declared as the package bin', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ tendril: 'dist/cli.js' });
    expect(fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(DIST, 'cli.js')).mode & 0o111).not.toBe(0);
  });
});
