// Python's own reading of a corpus file, for the predicates of documented differences
// (../security.js, ../pylint.js): a Python program run on the file's bytes (coding cookies respected when
// the file's path is known), its JSON output kept per program and file.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

let python;

/**
 * The interpreter `python3` names, asked once: a version manager's shim costs a few hundred ms per
 * start. Under Jest, test/global-setup.js has asked already (TENDRIL_TEST_PYTHON).
 */
function pythonPath() {
  if (python === undefined && process.env.TENDRIL_TEST_PYTHON) python = process.env.TENDRIL_TEST_PYTHON;
  if (python === undefined) {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    python = r.status === 0 && r.stdout.trim() ? r.stdout.trim() : 'python3';
  }
  return python;
}

const cache = new Map();

/**
 * The JSON `args` (a script path, or `-c` and a program) prints for a corpus file ({ path, abs?,
 * text }) given on its standard input; `fallback` when the program fails, or an error naming the
 * file when `fallback` is undefined.
 */
function pythonJson(args, file, fallback) {
  const key = `${args.join('\0')}\0${file.path}`;
  if (cache.has(key)) return cache.get(key);
  const input = file.abs ? fs.readFileSync(file.abs) : file.text;
  // -I -S: the programs need only the standard library; without `site` and the PYTHON* variables
  // Python starts in about 20 ms instead of 70 (and reads no path the environment adds).
  const r = spawnSync(pythonPath(), ['-I', '-S', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  let value;
  if (!r.error && r.status === 0) value = JSON.parse(r.stdout);
  else if (fallback !== undefined) value = fallback;
  else throw new Error(`${args[0] === '-c' ? 'python3 -c' : args[0]} failed on ${file.path}: ${r.error?.message ?? r.stderr}`);
  cache.set(key, value);
  return value;
}

module.exports = { pythonJson };
