'use strict';
// Removes the run's temporary directory (test/global-setup.js), with everything the tests left in it.
const fs = require('fs');

module.exports = async function globalTeardown() {
  const root = process.env.TENDRIL_TEST_TMP;
  if (root) fs.rmSync(root, { recursive: true, force: true });
};
