#!/usr/bin/env node
// Builds the two committed bundles with @vercel/ncc: dist/index.js (the Action) and dist/cli.js
// (the `tendril` bin), plus the two WebAssembly files they load at run time.
//   node scripts/build.js            -> dist/
//   node scripts/build.js --out DIR  -> DIR (the staleness test builds here and compares with dist/)
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.join(__dirname, '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(repo, 'dist'));
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
  // file). Not when building elsewhere (the staleness test): that build must not write to src/.
  if (outArg < 0) execFileSync(process.execPath, [path.join(__dirname, 'gen-catalogue.js')], { stdio: 'inherit' });
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
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
