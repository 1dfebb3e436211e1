#!/usr/bin/env node
// `npm test`: the type check (TypeScript 7's native compiler), ESLint, Prettier and Jest, all at
// once. On two cores the three checks (about 25 s of CPU between them) fill the time Jest's
// workers leave idle, instead of running before it; run one after the other they made up a third
// of the suite's wall time.
//
// Jest's output streams as it comes; each check's output is held and printed after Jest, then one
// line per step. The exit code is 1 when any step failed. Arguments go to Jest
// (`npm test -- test/unit` runs the checks and those suites).
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const repo = path.join(__dirname, '..');
const bin = (pkg, file) => path.join(repo, 'node_modules', pkg, file);

// Everything runs on Node 24 where the npm package of it is installed (scripts/node24.js),
// else on the Node that runs this script. Node 24 is the action's runtime (action.yml), which the
// spawned bundles already run on; Jest's suites took about 8% less CPU there than on Node 20, and
// ESLint and Prettier less too. The CLI's Node 20 support stays checked statically: the type check
// compiles against @types/node 20 and ES2022.
const { NODE24: NODE } = require('./node24.js');

// V8 flags for Jest (its workers inherit them), ESLint and Prettier. `npm test` runs Jest's two
// workers and three checks on two cores, so no core is idle for V8's background threads (concurrent
// marking, parallel scavenges, concurrent compiles), which only took turns with the work; and TurboFan's
// compiles, on the main thread then, cost more than its code saves in runs this short. Measured
// alternated on this machine (outside load 1.3 to 4.3 throughout):
// - `--single-threaded`: Jest alone (two workers on two cores), four pairs: 66.1-76.7 s of CPU
//   against 70.7-88.1 s, less wall time in each; ESLint alone, three pairs: 8.6-8.9 s against
//   9.6-10.0 s; the whole of npm test, two pairs: 47.3 and 49.8 s against 52.1 and 50.9 s.
// - `--max-opt=2` (Maglev, no TurboFan) on top: Jest alone, four pairs: 63.5-79.8 s of CPU (median
//   64.9) against 66.0-73.5 s (median 72.5), less wall time in three; ESLint alone, three pairs:
//   8.7-11.6 s against 12.3-14.0 s; the whole of npm test, two pairs: 55.6 and 53.0 s against 55.9
//   and 56.6 s.
// - Prettier with both: three pairs alone, 6.8-7.1 s of CPU against 7.6-7.8 s (with either flag
//   alone there was no clear difference).
// TENDRIL_TEST_V8_DEFAULTS=1 runs everything with V8's defaults (to measure again).
const V8_FLAGS = process.env.TENDRIL_TEST_V8_DEFAULTS === '1' ? [] : ['--single-threaded', '--max-opt=2'];

const CHECKS = [
  // `typescript-native` is typescript@7 (package.json); `typescript` stays at 5.9 for ncc and
  // typescript-eslint, which need its JavaScript API.
  // On one thread for the same reason (three pairs alone: 2.6-3.1 s of CPU against 3.2-3.3 s).
  { name: 'typecheck', args: [bin('typescript-native', 'bin/tsc'), '-p', '.', '--singleThreaded'] },
  { name: 'eslint', args: [...V8_FLAGS, bin('eslint', 'bin/eslint.js'), '.'] },
  { name: 'prettier', args: [...V8_FLAGS, bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
];

function start(name, args, inherit) {
  const began = Date.now();
  const child = spawn(NODE, args, { cwd: repo, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  if (!inherit) {
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
  }
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ name, code: 1, output: `${name}: ${error.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - began) / 1000 }));
  });
}

async function main() {
  const checks = CHECKS.map((c) => start(c.name, c.args, false));
  // Jest's workers (which inherit these flags) start WebAssembly code in V8's baseline compiler only:
  // each suite loads tree-sitter anew (and one suite Ruff's 10 MB build), and the optimising
  // compiler's background work on their hot functions, paid again for every suite, costs more than
  // the suites run. Measured on the whole suite, alternated: 75.6 -> 71.2 s and 89.3 -> 79.5 s of
  // CPU. The bundles the tests start run with V8's defaults.
  const jest = start('jest', ['--liftoff-only', ...V8_FLAGS, bin('jest', 'bin/jest.js'), ...process.argv.slice(2)], true);
  const results = [...(await Promise.all(checks)), await jest];
  for (const r of results) if (r.code !== 0 && r.output) process.stdout.write(`\n--- ${r.name} ---\n${r.output}`);
  process.stdout.write('\n');
  for (const r of results) process.stdout.write(`${r.name}: ${r.code === 0 ? 'ok' : 'FAILED'} (${r.seconds.toFixed(1)} s)\n`);
  process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
}

void main();
