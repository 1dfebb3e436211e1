'use strict';
// The order Jest starts the test files in. With the durations of an earlier run in its cache, Jest
// starts the slowest first; a clean clone (CI) has none, and Jest then goes by file size, which
// starts short files that take seconds (fuzz.test.ts, the e2e suites that start the bundles) near the
// end, where one worker finishes them alone while the other core idles. Without durations, the
// suites below go first, in this order (the costliest first: docs/performance.md, "The test
// suite's time"), then the others in Jest's order.
const Sequencer = require('@jest/test-sequencer').default;

const SLOW = [
  'e2e/attack',
  'e2e/cli',
  'unit/tree',
  'e2e/gating',
  'unit/fuzz',
  'sarif-limits',
  'e2e/sarif-validation',
  'e2e/broken-layout',
  'unit/engine-budget',
  'e2e/hardness',
  'unit/upload',
  'e2e/action',
  'unit/link',
];

class SlowFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    if (ordered.some((test) => test.duration != null)) return ordered;
    const rank = (test) => {
      const name = test.path
        .split(/[\\/]test[\\/]/)
        .pop()
        .replace(/\\/g, '/')
        .replace(/\.test\.ts$/, '');
      const i = SLOW.indexOf(name);
      return i < 0 ? SLOW.length : i;
    };
    // Array.prototype.sort is stable: the others keep Jest's order.
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirst;
