#!/usr/bin/env node
// Conformance: Tendril's findings against a reference linter on a real corpus, as precision and
// recall of (file, line) pairs per family. Not a test: a measurement to read and to copy into
// docs/conformance.md.
//
//   npm run conformance                         every mode
//   npm run conformance -- maintainability      one mode (see scripts/conformance/<mode>.js)
//   npm run conformance -- security --diff S602 also list the disagreements of one family
//   npm run conformance -- --corpus DIR         another corpus (default: the machine's Python stdlib)
//
// Tendril runs as users run it: the committed bundle dist/cli.js, JSON format. Ruff runs
// in-process from its WebAssembly build (@astral-sh/ruff-wasm-nodejs), one file at a time.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const REPO = path.join(__dirname, '..');
// TENDRIL_DIST: measure another build of the bundle (node scripts/build.js --out DIR) instead of dist/.
const DIST = process.env.TENDRIL_DIST ? path.resolve(process.env.TENDRIL_DIST) : path.join(REPO, 'dist');
const MODES = fs
  .readdirSync(path.join(__dirname, 'conformance'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.replace(/\.js$/, ''))
  .sort();

function parseArgs(argv) {
  const args = { modes: [], diff: undefined, corpus: undefined, limit: 40 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--diff') args.diff = argv[++i];
    else if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--limit') args.limit = Number(argv[++i]);
    else if (MODES.includes(a)) args.modes.push(a);
    else {
      console.error(`conformance: unknown argument '${a}'; modes: ${MODES.join(', ')}`);
      process.exit(2);
    }
  }
  if (args.modes.length === 0) args.modes = MODES;
  return args;
}

function stdlib() {
  return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
}

/** Python files under root, sorted, skipping directories for which skipDir(name) is true. */
function listFiles(root, skipDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDir(entry.name)) walk(abs);
      } else if (entry.isFile() && entry.name.endsWith('.py')) out.push(abs);
    }
  };
  walk(root);
  return out;
}

/** Tendril's findings for the given rules, as a Map rel -> [{rule, line, column, message}]. */
function runTendril(root, files, rules) {
  const out = execFileSync(
    process.execPath,
    [path.join(DIST, 'cli.js'), 'check', '--format', 'json', '--root', root, '--select', rules.join(','),
      '--fail-on-security-severity', 'none', ...files],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const report = JSON.parse(out);
  return { findings: report.findings, notifications: report.notifications };
}

// lintOptions: a mode's extra Ruff `lint` settings (spec.ruffLint), e.g. the mccabe threshold.
function ruffWorkspace(select, lintOptions = {}) {
  const { Workspace, PositionEncoding } = require('@astral-sh/ruff-wasm-nodejs');
  return new Workspace({ lint: { ...lintOptions, select, preview: false } }, PositionEncoding.Utf16);
}

function pct(x) {
  return Number.isNaN(x) ? '  n/a' : x.toFixed(3);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const corpus = path.resolve(args.corpus ?? stdlib());
  console.log(`Corpus: ${args.corpus ? corpus : 'the Python standard library (python3 sysconfig stdlib)'}`);
  let failed = false;
  for (const mode of args.modes) {
    const spec = require(`./conformance/${mode}.js`);
    const files = listFiles(corpus, spec.skipDir);
    const rel = (abs) => path.relative(corpus, abs).split(path.sep).join('/');
    const t0 = Date.now();
    const tendril = runTendril(corpus, files, spec.families.flatMap((f) => f.tendril));
    const tendrilSeconds = (Date.now() - t0) / 1000;
    const skipped = new Set(tendril.notifications.filter((n) => n.id !== 'syntax-error' || spec.skipSyntaxErrors).map((n) => n.path));

    const t1 = Date.now();
    const ruff = ruffWorkspace(spec.families.flatMap((f) => f.ruff), spec.ruffLint);
    const ruffFindings = [];
    let ruffErrors = 0;
    for (const abs of files) {
      const r = rel(abs);
      if (skipped.has(r)) continue;
      let diagnostics;
      try {
        diagnostics = ruff.check(fs.readFileSync(abs, 'utf8'));
      } catch {
        ruffErrors++;
        continue;
      }
      for (const d of diagnostics) if (d.code) ruffFindings.push({ path: r, line: d.start_location.row, code: d.code, message: d.message });
    }
    const ruffSeconds = (Date.now() - t1) / 1000;

    console.log(`\n## ${mode}: ${files.length} files (${spec.description})`);
    console.log(`Tendril ${tendrilSeconds.toFixed(1)} s, Ruff ${ruffSeconds.toFixed(1)} s; ${skipped.size} files Tendril could not analyse fully are left out of both sides${ruffErrors ? `; Ruff failed on ${ruffErrors}` : ''}.\n`);
    console.log('| Family | Tendril | Ruff | Both | Precision | Recall | Goal |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    const total = { t: 0, r: 0, both: 0 };
    for (const family of spec.families) {
      const key = (f) => `${f.path}:${f.line}`;
      const t = new Map();
      for (const f of tendril.findings) if (family.tendril.includes(f.rule) && !skipped.has(f.path) && (!family.acceptTendril || family.acceptTendril(f))) t.set(key(f), f);
      const r = new Map();
      for (const f of ruffFindings) if (family.ruff.some((c) => f.code === c || (c.endsWith('*') && f.code.startsWith(c.slice(0, -1)))) && (!family.acceptRuff || family.acceptRuff(f))) r.set(key(f), f);
      const both = [...t.keys()].filter((k) => r.has(k)).length;
      total.t += t.size;
      total.r += r.size;
      total.both += both;
      const precision = t.size ? both / t.size : NaN;
      const recall = r.size ? both / r.size : NaN;
      const ok = (t.size === 0 || precision >= spec.goal.precision) && (r.size === 0 || recall >= spec.goal.recall);
      if (!ok) failed = true;
      console.log(`| ${family.name} | ${t.size} | ${r.size} | ${both} | ${pct(precision)} | ${pct(recall)} | ${ok ? 'met' : 'NOT MET'} |`);
      if (args.diff === family.name) {
        const onlyT = [...t.entries()].filter(([k]) => !r.has(k));
        const onlyR = [...r.entries()].filter(([k]) => !t.has(k));
        console.log(`\nOnly Tendril (${onlyT.length}):`);
        for (const [k, f] of onlyT.slice(0, args.limit)) console.log(`  ${k}  ${f.rule}  ${f.message}`);
        console.log(`Only Ruff (${onlyR.length}):`);
        for (const [k, f] of onlyR.slice(0, args.limit)) console.log(`  ${k}  ${f.code}  ${f.message}`);
        console.log('');
      }
    }
    console.log(`| All families | ${total.t} | ${total.r} | ${total.both} | ${pct(total.both / total.t)} | ${pct(total.both / total.r)} | |`);
    console.log(`\nGoal: precision >= ${spec.goal.precision}, recall >= ${spec.goal.recall} for every family.`);
  }
  process.exitCode = failed ? 1 : 0;
}

main();
