// Prints one plain closing line, 'N passed, N failed, N skipped', after jest's own summary, so
// that CI logs can be read without knowing jest's format.
'use strict';
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
