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
//
// A mode may name its own reference instead of Ruff (spec.reference: { name, unavailable(), run() },
// e.g. Pylint in scripts/conformance/pylint.js); its families then list the reference's codes as
// `codes` instead of `ruff`. When unavailable() gives a reason (the tool is not installed), the mode
// is skipped with that reason: exit status 0 in a run of every mode, 3 when the mode was named on
// the command line (1 stays "a goal is not met", 2 a usage error).
//
// A mode may list documented differences (spec.documentedDifferences, written down in
// spec.documentation): kinds of disagreement where Tendril is right, each with a predicate that
// verifies it per finding on the file's source ({ path, abs, text }: the path relative to the corpus,
// the absolute one, and the text read as UTF-8). Such a mode's table shows the raw numbers and the
// adjudicated ones, where an explained Ruff-only finding leaves Ruff's set and an explained
// Tendril-only finding leaves Tendril's; the goal judges the adjudicated numbers, and --diff lists
// explained and unexplained disagreements apart. Modes without documented differences print as before.
//
// A mode that measures against something other than a reference tool (e.g. a labelled corpus,
// scripts/conformance/taint.js) provides spec.standalone(context) and does its own run and table;
// the driver passes it the parsed arguments and its Tendril runner, and reads back an exit status
// (0 met, 1 a goal is not met, 2 the mode's input is malformed).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const REPO = path.join(__dirname, '..');
// TENDRIL_DIST: measure another build of the bundle (node scripts/build.js --out DIR) instead of dist/.
const DIST = process.env.TENDRIL_DIST ? path.resolve(process.env.TENDRIL_DIST) : path.join(REPO, 'dist');
// A mode is a .js file directly in scripts/conformance/; the helpers the modes share are in lib/.
const MODES = fs
  .readdirSync(path.join(__dirname, 'conformance'), { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.js'))
  .map((e) => e.name)
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
  args.named = args.modes.length > 0;
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
    [
      path.join(DIST, 'cli.js'),
      'check',
      '--format',
      'json',
      '--root',
      root,
      '--select',
      rules.join(','),
      '--fail-on-security-severity',
      'none',
      '--no-cache',
      // The rules are measured, not a corpus's own Ruff, flake8, Bandit or Pylint configuration.
      '--no-tool-configs',
      ...files,
    ],
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

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Anchors of the headings of a mode's documentation (spec.documentation), to check each documented difference has its section. */
function checkDocumentation(spec) {
  const text = fs.readFileSync(path.join(REPO, spec.documentation), 'utf8');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slug(m[1])));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const corpus = path.resolve(args.corpus ?? stdlib());
  // A standalone mode names its own corpus; say which one the comparison modes use only when one runs.
  if (args.modes.some((m) => !require(`./conformance/${m}.js`).standalone))
    console.log(`Corpus: ${args.corpus ? corpus : 'the Python standard library (python3 sysconfig stdlib)'}`);
  let failed = false;
  let skippedNamed = false;
  let malformed = false;
  for (const mode of args.modes) {
    const spec = require(`./conformance/${mode}.js`);
    if (spec.standalone) {
      const status = spec.standalone({ args, mode, dist: DIST, repo: REPO, runTendril, listFiles });
      if (status === 2) malformed = true;
      else if (status !== 0) failed = true;
      continue;
    }
    const refName = spec.reference?.name ?? 'Ruff';
    const unavailable = spec.reference?.unavailable?.();
    if (unavailable) {
      console.log(`\n## ${mode}: skipped: ${unavailable}`);
      if (args.named) skippedNamed = true;
      continue;
    }
    const files = listFiles(corpus, spec.skipDir);
    const rel = (abs) => path.relative(corpus, abs).split(path.sep).join('/');
    const t0 = Date.now();
    const tendril = runTendril(
      corpus,
      files,
      spec.families.flatMap((f) => f.tendril),
    );
    const tendrilSeconds = (Date.now() - t0) / 1000;
    const skipped = new Set(tendril.notifications.filter((n) => n.id !== 'syntax-error' || spec.skipSyntaxErrors).map((n) => n.path));

    const t1 = Date.now();
    // The reference's findings ({ path, line, code, message }): the mode's own reference, or Ruff.
    let ruffFindings = [];
    let ruffErrors = 0;
    if (spec.reference) ({ findings: ruffFindings, errors: ruffErrors } = spec.reference.run({ corpus, files, rel, skipped }));
    const ruff = spec.reference
      ? undefined
      : ruffWorkspace(
          spec.families.flatMap((f) => f.ruff),
          spec.ruffLint,
        );
    for (const abs of spec.reference ? [] : files) {
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
    console.log(
      `Tendril ${tendrilSeconds.toFixed(1)} s, ${refName} ${ruffSeconds.toFixed(1)} s; ${skipped.size} files Tendril could not analyse fully are left out of both sides${ruffErrors ? `; ${refName} failed on ${ruffErrors}` : ''}.\n`,
    );
    const differences = spec.documentedDifferences ?? [];
    const adjudicate = differences.length > 0;
    const docHeadings = adjudicate ? checkDocumentation(spec) : undefined;
    const sources = new Map();
    const source = (r) => {
      if (!sources.has(r)) sources.set(r, { path: r, abs: path.join(corpus, r), text: fs.readFileSync(path.join(corpus, r), 'utf8') });
      return sources.get(r);
    };
    const explainedCount = new Map(differences.map((d) => [d.id, 0]));
    // The documented difference of this family and side whose predicate verifies the finding.
    const explain = (family, side, f) => {
      for (const d of differences) {
        if (d.family !== family.name || d.side !== side) continue;
        let ok = false;
        try {
          ok = d.explains(f, source(f.path));
        } catch (e) {
          console.error(`conformance: documented difference ${d.id} failed on ${f.path}:${f.line}: ${e.message}`);
        }
        if (ok) return d;
      }
      return undefined;
    };

    if (adjudicate) {
      console.log(
        `| Family | Tendril | ${refName} | Both | Precision | Recall | Explained Tendril-only | Explained ${refName}-only | Adjudicated precision | Adjudicated recall | Goal (adjudicated) |`,
      );
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    } else {
      console.log(`| Family | Tendril | ${refName} | Both | Precision | Recall | Goal |`);
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    }
    const total = { t: 0, r: 0, both: 0, xt: 0, xr: 0 };
    const diffLists = [];
    for (const family of spec.families) {
      const key = (f) => `${f.path}:${f.line}`;
      const t = new Map();
      for (const f of tendril.findings)
        if (family.tendril.includes(f.rule) && !skipped.has(f.path) && (!family.acceptTendril || family.acceptTendril(f))) t.set(key(f), f);
      const r = new Map();
      for (const f of ruffFindings)
        if (
          (family.codes ?? family.ruff).some((c) => f.code === c || (c.endsWith('*') && f.code.startsWith(c.slice(0, -1)))) &&
          (!family.acceptRuff || family.acceptRuff(f))
        )
          r.set(key(f), f);
      const both = [...t.keys()].filter((k) => r.has(k)).length;
      // Disagreements, each with the documented difference that explains it (or none).
      const onlyT = [...t.entries()].filter(([k]) => !r.has(k)).map(([k, f]) => ({ k, f, d: adjudicate ? explain(family, 'tendril', f) : undefined }));
      const onlyR = [...r.entries()].filter(([k]) => !t.has(k)).map(([k, f]) => ({ k, f, d: adjudicate ? explain(family, 'ruff', f) : undefined }));
      for (const { d } of [...onlyT, ...onlyR]) if (d) explainedCount.set(d.id, explainedCount.get(d.id) + 1);
      const xt = onlyT.filter((x) => x.d).length;
      const xr = onlyR.filter((x) => x.d).length;
      total.t += t.size;
      total.r += r.size;
      total.both += both;
      total.xt += xt;
      total.xr += xr;
      const precision = t.size ? both / t.size : NaN;
      const recall = r.size ? both / r.size : NaN;
      // Adjudicated: an explained Tendril-only finding leaves Tendril's set, an explained Ruff-only
      // finding leaves Ruff's; every unexplained disagreement still counts.
      const tAdj = t.size - xt;
      const rAdj = r.size - xr;
      const precisionAdj = tAdj ? both / tAdj : NaN;
      const recallAdj = rAdj ? both / rAdj : NaN;
      const ok = (tAdj === 0 || precisionAdj >= spec.goal.precision) && (rAdj === 0 || recallAdj >= spec.goal.recall);
      if (!ok) failed = true;
      if (adjudicate)
        console.log(
          `| ${family.name} | ${t.size} | ${r.size} | ${both} | ${pct(precision)} | ${pct(recall)} | ${xt} | ${xr} | ${pct(precisionAdj)} | ${pct(recallAdj)} | ${ok ? 'met' : 'NOT MET'} |`,
        );
      else console.log(`| ${family.name} | ${t.size} | ${r.size} | ${both} | ${pct(precision)} | ${pct(recall)} | ${ok ? 'met' : 'NOT MET'} |`);
      if (args.diff === family.name) diffLists.push({ onlyT, onlyR });
      // Without documented differences the lists come right under the family's row, as before.
      if (args.diff === family.name && !adjudicate) {
        console.log(`\nOnly Tendril (${onlyT.length}):`);
        for (const { k, f } of onlyT.slice(0, args.limit)) console.log(`  ${k}  ${f.rule}  ${f.message}`);
        console.log(`Only ${refName} (${onlyR.length}):`);
        for (const { k, f } of onlyR.slice(0, args.limit)) console.log(`  ${k}  ${f.code}  ${f.message}`);
        console.log('');
      }
    }
    if (!adjudicate) {
      console.log(`| All families | ${total.t} | ${total.r} | ${total.both} | ${pct(total.both / total.t)} | ${pct(total.both / total.r)} | |`);
      console.log(`\nGoal: precision >= ${spec.goal.precision}, recall >= ${spec.goal.recall} for every family.`);
      continue;
    }
    console.log(
      `| All families | ${total.t} | ${total.r} | ${total.both} | ${pct(total.both / total.t)} | ${pct(total.both / total.r)} | ${total.xt} | ${total.xr} | ${pct(total.both / (total.t - total.xt))} | ${pct(total.both / (total.r - total.xr))} | |`,
    );
    console.log(`\nGoal: precision >= ${spec.goal.precision}, recall >= ${spec.goal.recall} for every family, judged on the adjudicated columns.`);
    console.log('Raw columns: every disagreement counts. Adjudicated columns: a disagreement that a documented');
    console.log(`difference (${spec.documentation}) explains, verified by its predicate on the file's source, counts as`);
    console.log(`agreement (an explained ${refName}-only finding leaves ${refName}'s set, an explained Tendril-only finding leaves`);
    console.log(`Tendril's); every other disagreement still counts. Predicates: scripts/conformance/${mode}.js.`);
    console.log('\n| Documented difference | Family | Explains | Findings explained | Section |');
    console.log('| --- | --- | --- | ---: | --- |');
    for (const d of differences) {
      const anchor = slug(d.heading);
      const found = docHeadings.has(anchor);
      if (!found) failed = true;
      console.log(
        `| ${d.id} | ${d.family} | ${d.side === 'ruff' ? `${refName}-only` : 'Tendril-only'} | ${explainedCount.get(d.id)} | ${found ? `${spec.documentation}#${anchor}` : `MISSING: no heading "${d.heading}" in ${spec.documentation}`} |`,
      );
    }
    for (const { onlyT, onlyR } of diffLists) {
      const list = (title, xs, label) => {
        console.log(`\n${title} (${xs.length}):`);
        for (const { k, f, d } of xs.slice(0, args.limit)) console.log(`  ${k}  ${label(f)}  ${f.message}${d ? `  [${d.id}]` : ''}`);
      };
      console.log(`\n--diff ${args.diff}:`);
      list(
        'Only Tendril, explained by a documented difference',
        onlyT.filter((x) => x.d),
        (f) => f.rule,
      );
      list(
        'Only Tendril, not explained',
        onlyT.filter((x) => !x.d),
        (f) => f.rule,
      );
      list(
        `Only ${refName}, explained by a documented difference`,
        onlyR.filter((x) => x.d),
        (f) => f.code,
      );
      list(
        `Only ${refName}, not explained`,
        onlyR.filter((x) => !x.d),
        (f) => f.code,
      );
    }
  }
  process.exitCode = malformed ? 2 : failed ? 1 : skippedNamed ? 3 : 0;
}

if (require.main === module) main();

module.exports = { MODES };
