// The build manifest (dist/build-manifest.json): SHA-256 of every input of scripts/build.js and of
// every file it writes, so that a test can tell in milliseconds whether dist/ is the build of the
// working tree (test/dist.test.ts) without building it again.
'use strict';
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

// What the bundles are made of besides src/: the lock file fixes every package in node_modules
// (package.json's other fields do not reach the bundles; src/version.ts carries the version), the
// compiler options, and the build scripts themselves.
const INPUT_FILES = ['package-lock.json', 'tsconfig.json', 'scripts/build.js', 'scripts/build-manifest.js', 'scripts/gen-catalogue.js'];
const NAME = 'build-manifest.json';

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under dir, as `/`-separated paths relative to root, sorted. */
function filesUnder(root, dir) {
  const found = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) found.push(...filesUnder(root, rel));
    else if (e.isFile()) found.push(rel);
  }
  return found.sort();
}

/** The manifest of the build in `out` made from the working tree at `repo`. */
function manifest(repo, out) {
  const inputs = {};
  for (const rel of [...filesUnder(repo, 'src'), ...INPUT_FILES].sort()) inputs[rel] = sha256(path.join(repo, rel));
  const outputs = {};
  for (const name of fs.readdirSync(out).sort()) if (name !== NAME) outputs[name] = sha256(path.join(out, name));
  return { inputs, outputs };
}

function render(m) {
  return JSON.stringify({ note: 'Written by scripts/build.js; checked by test/dist.test.ts. Do not edit.', ...m }, null, 2) + '\n';
}

module.exports = { manifest, render, NAME };
