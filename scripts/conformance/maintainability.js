// Maintainability families: Tendril's rules against the Ruff codes of the same checks.
// The standard library's test folders are left out (issue 3): they are full of deliberate oddities.
'use strict';
module.exports = {
  description: 'standard library without site-packages and test folders',
  skipDir: (name) => name === 'site-packages' || name === 'test' || name === 'tests' || name === 'idle_test',
  goal: { precision: 0.97, recall: 0.95 },
  // Files with a syntax error are left out: rules that must see every use of a name skip them.
  skipSyntaxErrors: true,
  // Ruff settings that make its checks the same as Tendril's defaults.
  ruffLint: { mccabe: { 'max-complexity': 10 }, pydocstyle: { convention: null } },
  families: [
    { name: 'F401', tendril: ['unused-import'], ruff: ['F401'] },
    { name: 'F841', tendril: ['unused-variable'], ruff: ['F841'] },
    { name: 'N801', tendril: ['invalid-class-name'], ruff: ['N801'] },
    { name: 'N802', tendril: ['invalid-function-name'], ruff: ['N802'] },
    { name: 'N803', tendril: ['invalid-argument-name'], ruff: ['N803'] },
    { name: 'N806 N815 N816', tendril: ['invalid-variable-name'], ruff: ['N806', 'N815', 'N816'] },
    // C901 at Tendril's default threshold (lint.mccabe.max-complexity below).
    { name: 'C901', tendril: ['cyclomatic-complexity'], ruff: ['C901'] },
    // D1 with Tendril's defaults: D105 (magic methods) and D107 (__init__) are off, so not compared.
    // Ruff's WebAssembly build sees no file path: it cannot tell D104 from D100 (both are one
    // family here) and cannot know a module is private (`_x.py`, `_x/`), where pydocstyle and Ruff
    // itself (given the path) report nothing; its findings in such files are left out.
    {
      name: 'D1',
      tendril: ['missing-module-docstring', 'missing-class-docstring', 'missing-function-docstring'],
      ruff: ['D100', 'D101', 'D102', 'D103', 'D104', 'D106'],
      acceptRuff: (f) => !f.path.split('/').some((s) => { const n = s.replace(/\.py$/, ''); return n.startsWith('_') && !(n.length > 4 && n.startsWith('__') && n.endsWith('__')); }),
    },
  ],
};
