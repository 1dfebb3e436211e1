// Ruff's WebAssembly build over the same files, one thread, the rule families Tendril has.
// Usage: node ruff.js LISTFILE CODE[,CODE...]
'use strict';
const fs = require('fs');
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const workspace = new Workspace({ lint: { select: process.argv[3].split(',') } }, PositionEncoding.Utf16);
let findings = 0;
for (const file of files) {
  try {
    findings += workspace.check(fs.readFileSync(file, 'utf8')).length;
  } catch {
    // a file Ruff cannot read as UTF-8 text: skipped, as Tendril reports it and moves on
  }
}
process.stderr.write(`ruff findings: ${findings}\n`);
