#!/usr/bin/env node
// Builds the two committed bundles with @vercel/ncc: dist/index.js (the Action) and dist/cli.js
// (the `tendril` bin), plus the two WebAssembly files they load at run time.
//   node scripts/build.js            -> dist/
//   node scripts/build.js --out DIR  -> DIR (to compare a fresh build with dist/ byte for byte)
//   node scripts/build.js --check    builds in a temporary folder and fails unless dist/ is that build
//
// Beside the bundles, dist/build-manifest.json records the SHA-256 of every input of the build (the
// files under src/, the lock file that fixes node_modules, tsconfig.json and these scripts) and of
// every file written. test/dist.test.ts recomputes both in milliseconds: an edit to src/ without a
// rebuild, or an edit to dist/ by hand, fails it. `--check` is the slow proof that the build is
// reproducible from those inputs (about 45 s on two cores, which is why npm test does not run it).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.join(__dirname, '..');
const outArg = process.argv.indexOf('--out');
const check = process.argv.includes('--check');
const dist = path.join(repo, 'dist');
const out = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-check-')) : path.resolve(outArg > 0 ? process.argv[outArg + 1] : dist);
const ncc = path.join(repo, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-build-'));

function bundle(entry, name) {
  const dir = path.join(work, name);
  execFileSync(process.execPath, [ncc, 'build', path.join(repo, entry), '-o', dir, '--no-cache', '--license', 'licenses.txt', '-q'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

try {
  // The rule catalogue's module list is generated from the rule folders (a new rule is only its
  // file). Not when building elsewhere (--out, --check): that build must not write to src/.
  if (outArg < 0 && !check) execFileSync(process.execPath, [path.join(__dirname, 'gen-catalogue.js')], { stdio: 'inherit' });
  const action = bundle('src/action.ts', 'action');
  const cli = bundle('src/cli.ts', 'cli');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(action, 'index.js'), path.join(out, 'index.js'));
  let cliCode = fs.readFileSync(path.join(cli, 'index.js'), 'utf8');
  if (!cliCode.startsWith('#!')) cliCode = '#!/usr/bin/env node\n' + cliCode;
  fs.writeFileSync(path.join(out, 'cli.js'), cliCode, { mode: 0o755 });
  fs.copyFileSync(path.join(action, 'licenses.txt'), path.join(out, 'licenses.txt'));
  fs.copyFileSync(path.join(repo, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'), path.join(out, 'tree-sitter.wasm'));
  fs.copyFileSync(path.join(repo, 'node_modules', 'tree-sitter-python', 'tree-sitter-python.wasm'), path.join(out, 'tree-sitter-python.wasm'));
  const extra = fs.readdirSync(action).filter((f) => !['index.js', 'licenses.txt'].includes(f));
  if (extra.length) console.error(`note: ncc emitted assets not copied to dist: ${extra.join(', ')}`);
  const { manifest, render } = require('./build-manifest');
  fs.writeFileSync(path.join(out, 'build-manifest.json'), render(manifest(repo, out)));
  if (check) {
    const differ = [...new Set([...fs.readdirSync(out), ...fs.readdirSync(dist)])]
      .sort()
      .filter(
        (f) =>
          !fs.existsSync(path.join(out, f)) ||
          !fs.existsSync(path.join(dist, f)) ||
          !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(dist, f))),
      );
    if (differ.length) {
      console.error(`build --check: dist/ is not the build of the working tree: ${differ.map((f) => `dist/${f}`).join(', ')} differ (run npm run build)`);
      process.exitCode = 1;
    } else console.log('build --check: dist/ is the build of the working tree');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (check) fs.rmSync(out, { recursive: true, force: true });
}
