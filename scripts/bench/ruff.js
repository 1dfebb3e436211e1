// Ruff's WebAssembly build over the same files, one thread, the rule families Tendril has.
// Usage: node ruff.js LISTFILE CODE[,CODE...]
// Codes this Ruff version refuses (removed rules) are dropped and named on stderr.
'use strict';
const fs = require('fs');
const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let select = process.argv[3].split(',');
let workspace;
for (;;) {
  try {
    workspace = new Workspace({ lint: { select } }, PositionEncoding.Utf16);
    break;
  } catch (error) {
    const refused = /Rule `([A-Z]+\d+)`/.exec(String(error));
    if (!refused || !select.includes(refused[1])) throw error;
    process.stderr.write(`ruff refuses ${refused[1]}: ${String(error).split('\n')[0]}\n`);
    select = select.filter((code) => code !== refused[1]);
  }
}
let findings = 0;
for (const file of files) {
  try {
    findings += workspace.check(fs.readFileSync(file, 'utf8')).length;
  } catch {
    // a file Ruff cannot read as UTF-8 text: skipped, as Tendril reports it and moves on
  }
}
process.stderr.write(`ruff findings: ${findings}\n`);
