// Maintainability families: Tendril's rules against the Ruff codes of the same checks.
// The standard library's test folders are left out (issue 3): they are full of deliberate oddities.
'use strict';
module.exports = {
  description: 'standard library without site-packages and test folders',
  skipDir: (name) => name === 'site-packages' || name === 'test' || name === 'tests' || name === 'idle_test',
  goal: { precision: 0.97, recall: 0.95 },
  // Files with a syntax error are left out: rules that must see every use of a name skip them.
  skipSyntaxErrors: true,
  families: [{ name: 'F401', tendril: ['unused-import'], ruff: ['F401'] }],
};
