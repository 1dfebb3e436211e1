'use strict';
// Jest's global setup: what every test process would otherwise find out again, found once, and one
// temporary directory for the whole run (test/global-teardown.js removes it).
//
// - Python: several suites read the machine's standard library (tree, fuzz, complexity) or run
//   Python's own parser (the conformance predicates). Asking `python3` costs about 0.5 s of CPU per
//   start where a version manager's shim stands in front of it (a shell script that starts others);
//   asked once here, the suites get the interpreter's real path and the standard library's.
//   TENDRIL_TEST_PYTHON is empty when there is no python3 (those tests are then skipped or use
//   their other inputs).
// - TMPDIR: every temporary directory the tests make (about 250 a run) is made under one directory
//   of this run, removed at the end, instead of staying behind in the system's.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ASK = 'import json, sys, sysconfig; print(json.dumps([sys.executable, sysconfig.get_paths()["stdlib"]]))';

/** The interpreter `python3` names and its standard library, or null when there is none (test/helpers.ts asks here too). */
function askPython() {
  const r = spawnSync('python3', ['-c', ASK], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  try {
    const [executable, stdlib] = JSON.parse(r.stdout);
    return executable ? { executable, stdlib } : null;
  } catch {
    return null; // an interpreter that does not answer as CPython does: treated as none
  }
}

async function globalSetup() {
  if (process.env.TENDRIL_TEST_PYTHON === undefined) {
    const found = askPython();
    process.env.TENDRIL_TEST_PYTHON = found ? found.executable : '';
    process.env.TENDRIL_TEST_STDLIB = found ? found.stdlib : '';
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-jest-'));
  process.env.TENDRIL_TEST_TMP = root;
  process.env.TMPDIR = root;
}

module.exports = globalSetup;
module.exports.askPython = askPython;
