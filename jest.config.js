/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Types are checked once, by TypeScript 7's `tsc -p .` beside Jest in `npm test` (scripts/test.js; tsconfig.json has
  // isolatedModules, so each file can be compiled alone); here each file is only stripped of its
  // types, by SWC, which is about thirty times faster than ts-jest doing the same and saves
  // type-checking every test file a second time.
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // One worker per core: Jest's default is one less, which on two cores runs every suite in band.
  maxWorkers: '100%',
  // The suites known to be slow first when Jest has no durations of an earlier run (a clean clone).
  testSequencer: '<rootDir>/test/sequencer.js',
  // Python asked once, and one temporary directory for the run, removed at its end.
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
