// Taint analysis: Tendril's taint rules scored on the labelled corpus test/taint/corpus/ (format in
// its README.md) instead of against a reference tool, since no reference linter tracks flows the way
// these rules do. One Tendril run over the whole corpus; each result is attributed to the case whose
// file or folder holds it.
//
//   npm run conformance -- taint                 the table, exit 1 when a class misses its goal
//   npm run conformance -- taint --diff sql      also list the FN and FP cases of one class
//
// Per class: a vulnerable case is a TP when a result with its expected rule id is on its `# expect:`
// line, else an FN (a result elsewhere in the case does not rescue it: the sink is the point); a safe
// case is an FP when any result of either rule of the class is anywhere in the case, else a TN.
// Labels are checked first; a labelling error is named with its case and ends the run with status 2,
// since scores of a mislabelled corpus mean nothing.
//
// The corpora are test/taint/corpus/ and test/taint/corpus-alt/ (TENDRIL_TAINT_CORPUS names another): the driver's
// --corpus is the stdlib-style corpus of the comparison modes and holds no labels.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const CLASSES = [
  { name: 'command', rules: ['command-injection', 'command-injection-local'] },
  { name: 'code', rules: ['code-injection', 'code-injection-local'] },
  { name: 'sql', rules: ['sql-injection', 'sql-injection-local'] },
  { name: 'path', rules: ['path-injection', 'path-injection-local'] },
  { name: 'deserialization', rules: ['unsafe-deserialization', 'unsafe-deserialization-local'] },
  { name: 'ssrf', rules: ['ssrf', 'ssrf-local'] },
  { name: 'xss', rules: ['reflected-xss'] },
  { name: 'template', rules: ['template-injection', 'template-injection-local'] },
  { name: 'redirect', rules: ['open-redirect'] },
  { name: 'ldap', rules: ['ldap-injection', 'ldap-injection-local'] },
  { name: 'xpath', rules: ['xpath-injection', 'xpath-injection-local'] },
  { name: 'xxe', rules: ['xxe', 'xxe-local'] },
  { name: 'trust-boundary', rules: ['trust-boundary-violation'] },
  { name: 'header', rules: ['header-injection'] },
  { name: 'log', rules: ['log-injection', 'log-injection-local'] },
  { name: 'regex', rules: ['regex-injection', 'regex-injection-local'] },
  { name: 'weak-hash', rules: ['weak-password-hash'] },
  { name: 'cookie', rules: ['insecure-cookie'] },
  { name: 'secret-key', rules: ['hardcoded-secret-key', 'hardcoded-secret-key-setting'] },
  {
    name: 'verification-off',
    rules: [
      'jwt-verification-disabled',
      'tls-verification-disabled',
      'flask-debug-mode',
      'aiohttp-debug-mode',
      'django-debug-true',
      'django-allowed-hosts-any',
      'template-autoescape-disabled',
      'flask-debug-true',
      'jinja2-autoescape-false',
      'request-without-cert-validation',
      'ssl-unverified-context',
    ],
  },
];
const GOAL = { tpr: 0.9, fpr: 0.1 };
const HEADER = /^#\s*case:\s*(vulnerable|safe)\s*-\s*(\S.*)$/;
const EXPECT = /#\s*expect:\s*(\S+)\s*$/;

/** Cases of one class folder: a top-level .py file, or a top-level folder (a small package). */
function loadCases(corpus, cls, listFiles, errors) {
  const dir = path.join(corpus, cls.name);
  // A corpus may cover some of the classes only (corpus-alt/ predates the web classes).
  if (!fs.existsSync(dir)) return [];
  const cases = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === '__pycache__') continue;
    const id = `${cls.name}/${entry.name}`;
    const abs = path.join(dir, entry.name);
    let files;
    if (entry.isDirectory()) files = listFiles(abs, (n) => n === '__pycache__');
    else if (entry.name.endsWith('.py')) files = [abs];
    else continue;
    const rel = (f) => path.relative(corpus, f).split(path.sep).join('/');
    // The header is on the first line of the file holding the sink; in a folder exactly one file has it.
    const headed = [];
    const expects = [];
    for (const f of files) {
      const lines = fs.readFileSync(f, 'utf8').split(/\r?\n/);
      const m = HEADER.exec(lines[0] ?? '');
      if (m) headed.push({ file: rel(f), kind: m[1], reason: m[2].trim() });
      else if (/#\s*case:/.test(lines.slice(1).join('\n')) || /^#\s*case/.test(lines[0] ?? ''))
        errors.push(`${id}: malformed or misplaced '# case:' label in ${rel(f)} (it must be the first line, '# case: vulnerable|safe - <why>')`);
      lines.forEach((text, i) => {
        const e = EXPECT.exec(text);
        if (e) expects.push({ file: rel(f), line: i + 1, rule: e[1] });
      });
    }
    if (headed.length !== 1) {
      errors.push(`${id}: ${headed.length === 0 ? "no '# case:' header" : `'# case:' header in ${headed.length} files`} (exactly one file must start with it)`);
      continue;
    }
    const c = { id, cls, ...headed[0], expects };
    if (c.kind === 'vulnerable') {
      if (expects.length !== 1) errors.push(`${id}: a vulnerable case needs exactly one '# expect:' marker, found ${expects.length}`);
      else if (!cls.rules.includes(expects[0].rule))
        errors.push(`${id}: '# expect: ${expects[0].rule}' is not a rule of class ${cls.name} (${cls.rules.join(', ')})`);
    } else if (expects.length > 0) errors.push(`${id}: a safe case has no '# expect:' marker, found ${expects.length}`);
    cases.push(c);
  }
  return cases;
}

/** Rule ids this build of Tendril knows, from `tendril rules` (first column); --select rejects unknown ids. */
function knownRules(dist) {
  const out = execFileSync(process.execPath, [path.join(dist, 'cli.js'), 'rules'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return new Set(
    out
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/)[0])
      .filter(Boolean),
  );
}

function ratio(n, d) {
  return d ? n / d : NaN;
}

function fmt(x) {
  return Number.isNaN(x) ? '  n/a' : x.toFixed(3);
}

// Two corpora, written apart from each other from the same semantics (test/taint/corpus/ and
// test/taint/corpus-alt/): each is scored on its own; the exit status is the worst of the two.
function standalone(context) {
  const env = process.env.TENDRIL_TAINT_CORPUS;
  const corpora = env ? [path.resolve(env)] : ['corpus', 'corpus-alt'].map((name) => path.join(context.repo, 'test', 'taint', name));
  let status = 0;
  for (const corpus of corpora) status = Math.max(status, scoreCorpus(corpus, context));
  return status;
}

function scoreCorpus(corpus, { args, dist, runTendril, listFiles }) {
  const relCorpus = path.relative(process.cwd(), corpus) || '.';
  if (args.diff !== undefined && !CLASSES.some((c) => c.name === args.diff)) {
    console.error(`conformance: taint: unknown class '${args.diff}' for --diff; classes: ${CLASSES.map((c) => c.name).join(', ')}`);
    return 2;
  }

  const errors = [];
  const cases = CLASSES.flatMap((cls) => loadCases(corpus, cls, listFiles, errors));
  console.log(`\n## taint: ${cases.length} labelled cases in ${relCorpus}`);
  if (errors.length) {
    console.log(`\nLabel check failed (${errors.length}):`);
    for (const e of errors) console.log(`  ${e}`);
    return 2;
  }

  // Select only the taint ids this build has: until the rules exist, none is known, and Tendril
  // still runs (with the security set) so that a corpus file it cannot parse is reported.
  const wanted = CLASSES.flatMap((c) => c.rules);
  const known = knownRules(dist);
  const selected = wanted.filter((r) => known.has(r));
  const t0 = Date.now();
  const { findings, notifications } = runTendril(corpus, [corpus], selected.length ? selected : ['security']);
  const seconds = (Date.now() - t0) / 1000;
  const missing = wanted.filter((r) => !known.has(r));
  console.log(
    `Tendril ${seconds.toFixed(1)} s${missing.length ? `; not in this build (every case of theirs scores as if unreported): ${missing.join(', ')}` : ''}.`,
  );
  for (const n of notifications) console.log(`  notification: ${n.path ?? ''} ${n.id ?? ''} ${n.message ?? ''}`.trimEnd());

  // A result belongs to the case named by its first two path segments: class/NN-case(.py).
  const byCase = new Map();
  for (const f of findings) {
    const id = f.path.split('/').slice(0, 2).join('/');
    if (!byCase.has(id)) byCase.set(id, []);
    byCase.get(id).push(f);
  }

  console.log('\n| Class | TP | FN | FP | TN | TPR | FPR | TPR-FPR | Goal |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let failed = false;
  const diffs = [];
  for (const cls of CLASSES) {
    if (!cases.some((x) => x.cls === cls)) continue;
    const n = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const fns = [];
    const fps = [];
    for (const c of cases.filter((x) => x.cls === cls)) {
      const results = (byCase.get(c.id) ?? []).filter((f) => cls.rules.includes(f.rule));
      if (c.kind === 'vulnerable') {
        const e = c.expects[0];
        if (results.some((f) => f.rule === e.rule && f.path === e.file && f.line === e.line)) n.tp++;
        else {
          n.fn++;
          fns.push({ c, results });
        }
      } else if (results.length) {
        n.fp++;
        fps.push({ c, results });
      } else n.tn++;
    }
    for (const k of Object.keys(total)) total[k] += n[k];
    const tpr = ratio(n.tp, n.tp + n.fn);
    const fpr = ratio(n.fp, n.fp + n.tn);
    // A class with no case of a kind cannot miss that half of the goal.
    const ok = (Number.isNaN(tpr) || tpr >= GOAL.tpr) && (Number.isNaN(fpr) || fpr <= GOAL.fpr);
    if (!ok) failed = true;
    console.log(`| ${cls.name} | ${n.tp} | ${n.fn} | ${n.fp} | ${n.tn} | ${fmt(tpr)} | ${fmt(fpr)} | ${fmt(tpr - fpr)} | ${ok ? 'met' : 'NOT MET'} |`);
    if (args.diff === cls.name) diffs.push({ cls, fns, fps });
  }
  const tpr = ratio(total.tp, total.tp + total.fn);
  const fpr = ratio(total.fp, total.fp + total.tn);
  console.log(`| All classes | ${total.tp} | ${total.fn} | ${total.fp} | ${total.tn} | ${fmt(tpr)} | ${fmt(fpr)} | ${fmt(tpr - fpr)} | |`);
  console.log(`\nGoal: TPR >= ${GOAL.tpr} and FPR <= ${GOAL.fpr} for every class.`);

  for (const { cls, fns, fps } of diffs) {
    const limit = args.limit;
    console.log(`\n--diff ${cls.name}:`);
    console.log(`\nFalse negatives (${fns.length}):`);
    for (const { c, results } of fns.slice(0, limit)) {
      const e = c.expects[0];
      const got = results.length ? `; reported instead: ${results.map((f) => `${f.path}:${f.line} ${f.rule}`).join(', ')}` : '';
      console.log(`  ${e.file}:${e.line}  expect ${e.rule}  - ${c.reason}${got}`);
    }
    console.log(`\nFalse positives (${fps.length}):`);
    for (const { c, results } of fps.slice(0, limit)) {
      console.log(`  ${c.file}  - ${c.reason}`);
      for (const f of results) console.log(`      ${f.path}:${f.line}  ${f.rule}  ${f.message}`);
    }
  }
  return failed ? 1 : 0;
}

module.exports = {
  description: 'labelled taint corpus test/taint/corpus/',
  classes: CLASSES,
  standalone,
};
