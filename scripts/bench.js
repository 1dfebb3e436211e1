#!/usr/bin/env node
// Benchmark (not a test; the machine is shared and noisy): on the machine's Python standard
// library, wall time, throughput and peak memory of
//   - the parse floor: web-tree-sitter parsing every file on one thread, nothing else, and the
//     same split over one process per core, run at once (what the floor / cores really is here);
//   - Tendril (the committed dist/cli.js) with 1 worker and with every core, and on every core
//     without the data-flow rules (what the taint analysis costs);
//   - Ruff's WebAssembly build on one thread, over the Ruff codes of the families Tendril has;
//   - Tendril on every core again with a warm content-hash cache (nothing changed since the last run);
//   - Tendril on every core over a tree of at least 13,000 files (copies of the library, hard
//     links where possible), once, for its peak memory (--skip-big leaves it out);
//   - the action's start-up on a one-file workspace.
// Each is run --runs times (default 3) and the median is reported; the runs compared with each other
// (the parse floors, Tendril on 1 and on every core, Ruff) alternate, one of each per round, so a
// load that comes and goes hits them alike. Tendril runs without its cache (--no-cache) except in
// the warm-cache row. The load average is reported before and after, the ratio of the bare parse
// on one process to the same parse on every core, and, for each compared run, the CPU the rest of
// the machine took meanwhile (from /proc/stat, in cores). A run where the rest of the machine took
// more than 0.1 cores in any compared run is flagged as contended, and its figures do not belong in
// docs/performance.md (without /proc/stat: a parse ratio under 0.85 of the core count in a round).
// The load average is not the test: on this project's shared machine it stays between 1 and 2 while
// /proc/stat shows the cores idle. --write puts the table in docs/performance.md, with the previous
// run's figures beside them; --startup measures the action's start-up alone.
// TENDRIL_DIST=DIR measures another build of the bundles.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const REPO = path.join(__dirname, '..');
// Every measured program runs on Node 24, the action's runtime (action.yml), where the npm package
// of it is installed (as npm test runs), else on the Node that runs this script. The JIT differs
// between Node versions (Node 20 has no Maglev), so the figures say which one ran.
const { NODE24: NODE } = require('./node24.js');
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
const DIST = process.env.TENDRIL_DIST ? path.resolve(process.env.TENDRIL_DIST) : path.join(REPO, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const write = args.includes('--write');
const skipBig = args.includes('--skip-big');
const BIG_TREE_FILES = 13000;

function stdlib() {
  return execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
}

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'site-packages' && e.name !== '__pycache__') walk(abs);
      } else if (e.isFile() && e.name.endsWith('.py')) out.push(abs);
    }
  };
  walk(root);
  return out;
}

/**
 * A compared run during which the rest of the machine took more than this many cores on average
 * makes the bench run contended. A quiet machine measured 0.00 to 0.01 (docs/performance.md, "The
 * bench's contention test"); one other busy process takes 1.
 */
const OUTSIDE_CORES_LIMIT = 0.1;
/**
 * Bare parse rounds (the same work each time) further apart than this, slowest over fastest, make
 * the run contended: what the host took without this machine seeing it. Quiet rounds measured 4 to
 * 7% apart; a round during such a slowdown 37% (docs/performance.md, "The bench's contention test").
 */
const PARSE_SPREAD_LIMIT = 1.1;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * The machine's CPU time so far, from /proc/stat (Linux; undefined elsewhere): `busy` is every
 * process's time (user, nice, system, interrupts) plus `steal` (time the hypervisor gave this
 * machine's cores to someone else), in seconds; `ours` is this process's time and its waited-for
 * children's (/proc/self/stat utime, stime, cutime, cstime), so `busy - ours` over a run is what
 * the rest of the machine took while it ran.
 */
function cpuClock() {
  try {
    const TICK = 100; // USER_HZ: 100 on every Linux architecture Node runs on.
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = cpu;
    // /proc/self/stat: the command name (field 2) may hold spaces; the fields after its ')' start at field 3.
    const self = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = self
      .slice(self.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ours = f[11] + f[12] + f[13] + f[14]; // fields 14-17
    return { busy: (user + nice + system + irq + softirq + steal) / TICK, ours: ours / TICK };
  } catch {
    return undefined;
  }
}

/**
 * What the rest of the machine took during a run, in cores (its CPU seconds over the run's wall
 * seconds; steal included): about 0 on a quiet machine, 1 when another busy process shared it.
 */
function outsideCores(before, after, wall) {
  if (!before || !after) return undefined;
  return Math.max(0, after.busy - before.busy - (after.ours - before.ours)) / wall;
}

/**
 * Runs `node [...argv]` `runs` times; median wall seconds, median peak RSS bytes and median CPU
 * seconds (the program's user and system time, its own children's included; undefined without
 * /proc), and every wall.
 */
function measure(argv, options = {}) {
  const walls = [];
  const rss = [];
  const outside = [];
  const cpus = [];
  for (let i = 0; i < (options.runs ?? runs); i++) {
    const rssFile = path.join(os.tmpdir(), `tendril-bench-rss-${process.pid}`);
    const clock = cpuClock();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(NODE, ['--require', path.join(__dirname, 'bench', 'peak-rss.js'), ...argv], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env, TENDRIL_BENCH_RSS: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const after = cpuClock();
    outside.push(outsideCores(clock, after, walls[walls.length - 1]));
    cpus.push(clock && after ? after.ours - clock.ours : undefined);
    if (r.status !== 0 && !(options.okStatus ?? [0]).includes(r.status)) {
      throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    }
    rss.push(Number(fs.readFileSync(rssFile, 'utf8')));
    fs.rmSync(rssFile, { force: true });
  }
  return { wall: median(walls), rss: median(rss), walls, rsses: rss, outside, cpu: cpus.includes(undefined) ? undefined : median(cpus) };
}

/**
 * Measures the variants alternately: `runs` rounds, one run of each variant per round.
 * Returns one result per variant (median wall, median RSS, the walls in round order).
 */
function alternate(variants) {
  const acc = variants.map(() => ({ walls: [], rsses: [], outside: [], cpus: [] }));
  for (let round = 0; round < runs; round++) {
    variants.forEach((v, k) => {
      const m = measure(v.argv, { ...v.options, runs: 1 });
      acc[k].walls.push(m.wall);
      acc[k].rsses.push(m.rss);
      acc[k].outside.push(m.outside[0]);
      acc[k].cpus.push(m.cpu);
      const other = m.outside[0] === undefined ? '' : ` (CPU ${m.cpu.toFixed(2)} s; the rest of the machine: ${m.outside[0].toFixed(2)} cores)`;
      process.stderr.write(`  round ${round + 1}: ${v.name}: ${m.wall.toFixed(2)} s${other}\n`);
    });
  }
  return acc.map((a) => ({
    wall: median(a.walls),
    rss: median(a.rsses),
    walls: a.walls,
    outside: a.outside,
    cpu: a.cpus.includes(undefined) ? undefined : median(a.cpus),
  }));
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

/** The previous bench block's rows in docs/performance.md: name -> wall seconds (for --write). */
function previousRows(text) {
  const block = /<!-- bench:start -->([\s\S]*)<!-- bench:end -->/.exec(text);
  const out = new Map();
  if (!block) return out;
  for (const line of block[1].split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^\d/.test(cells[2])) continue;
    // The row's name without the run-specific detail in parentheses (Ruff's codes, the file count).
    out.set(rowKey(cells[1]), cells[2]);
  }
  return out;
}
const rowKey = (name) =>
  name
    .replace(/\s*\(.*$/, '')
    .replace(/\d+ files.*$/, 'N files')
    .trim();

/**
 * A tree of at least `count` Python files: copies of the corpus under a temporary directory,
 * hard-linked when the file system allows (no space used), copied otherwise.
 */
function bigTree(root, files, count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-bench-tree-'));
  let n = 0;
  let bytes = 0;
  for (let copy = 0; n < count; copy++) {
    for (const file of files) {
      const target = path.join(dir, `copy${copy}`, path.relative(root, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        fs.linkSync(file, target);
      } catch {
        fs.copyFileSync(file, target);
      }
      bytes += fs.statSync(target).size;
      n++;
    }
  }
  return { dir, files: n, bytes };
}

/**
 * The ids of the rules that need the data-flow (taint) analysis, read from the sources (as Jest
 * reads them, types stripped by SWC): without them the analysis does not run, so the row that
 * ignores them shows what the analysis costs.
 */
function taintRuleIds() {
  require(path.join(REPO, 'test', 'e2e', 'source-register.js'));
  const { ALL_RULES } = require(path.join(REPO, 'src', 'rules'));
  return ALL_RULES.filter((rule) => (rule.uses ?? []).some((analysis) => analysis.name === 'taint')).map((rule) => rule.meta.id);
}

function tendrilRuffCodes() {
  // The Ruff codes that correspond to Tendril's rules: its rules' aliases that look like Ruff codes.
  const out = execFileSync(NODE, [path.join(DIST, 'cli.js'), 'rules'], { encoding: 'utf8' });
  const codes = new Set();
  for (const line of out.split('\n').slice(1)) {
    for (const m of line.matchAll(/\b(F\d{3}|S\d{3}|N8\d{2}|D1\d{2}|C901|E\d{3}|W\d{3}|PLR\d{4})\b/g)) {
      if (!/^W0\d{3}$/.test(m[1])) codes.add(m[1]); // W0611 and the like are Pylint's
    }
  }
  return [...codes].sort();
}

/**
 * The action on a one-file workspace, started as the runner starts it: the command files exist
 * (@actions/core appends to them), RUNNER_TEMP is set, inputs are left to action.yml's defaults.
 * Each round starts it twice in a new workspace and RUNNER_TEMP: `cold` is the first start, with
 * no result cache, as every job on a hosted runner starts (its RUNNER_TEMP is new); `warm` the
 * second, whose file comes from the cache the first wrote there (the figure this bench reported
 * before 2026-12-08, as the median of three starts in one RUNNER_TEMP).
 */
function measureStartup() {
  const cold = [];
  const warm = [];
  for (let round = 0; round < runs; round++) {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-bench-ws-'));
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-bench-temp-'));
    fs.writeFileSync(path.join(ws, 'a.py'), 'import os\n');
    for (const name of ['out', 'summary', 'env']) fs.writeFileSync(path.join(temp, name), '');
    const options = {
      cwd: ws,
      runs: 1,
      env: {
        GITHUB_WORKSPACE: ws,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: path.join(temp, 'out'),
        GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
        GITHUB_ENV: path.join(temp, 'env'),
        'INPUT_SARIF-FILE': 'x.sarif',
      },
    };
    cold.push(measure([path.join(DIST, 'index.js')], options));
    warm.push(measure([path.join(DIST, 'index.js')], options));
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(temp, { recursive: true, force: true });
  }
  const summary = (ms) => ({ wall: median(ms.map((m) => m.wall)), rss: median(ms.map((m) => m.rss)) });
  return { cold: summary(cold), warm: summary(warm) };
}

const STARTUP_COLD = 'Action start-up, one-file workspace, no result cache (as on a runner)';
const STARTUP_WARM = 'Action start-up, one-file workspace, its result cached';

function startupLines(startup) {
  const line = (name, m) => `${name}: ${(m.wall * 1000).toFixed(0)} ms, peak ${(m.rss / 2 ** 20).toFixed(0)} MiB`;
  return [line(STARTUP_COLD, startup.cold), line(STARTUP_WARM, startup.warm)];
}

function main() {
  if (args.includes('--startup')) {
    const startup = measureStartup();
    console.log(`Node ${NODE_VERSION}, median of ${runs} rounds:`);
    for (const line of startupLines(startup)) console.log(line);
    return;
  }
  const root = stdlib();
  const files = listFiles(root);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const mb = bytes / 1e6;
  const list = path.join(os.tmpdir(), `tendril-bench-files-${process.pid}.txt`);
  fs.writeFileSync(list, files.join('\n') + '\n');
  const cores = os.availableParallelism();
  const codes = tendrilRuffCodes();
  const cli = path.join(DIST, 'cli.js');
  // The same files as the other runs: the library's top-level entries, site-packages left out.
  const tops = fs
    .readdirSync(root)
    .filter((n) => n !== 'site-packages' && n !== '__pycache__' && (n.endsWith('.py') || fs.statSync(path.join(root, n)).isDirectory()))
    .sort()
    .map((n) => path.join(root, n));
  const sarifOut = path.join(os.tmpdir(), `tendril-bench-${process.pid}.sarif`);
  // The file list and the SARIF output go when the run ends, however it ends.
  process.on('exit', () => {
    fs.rmSync(list, { force: true });
    fs.rmSync(sarifOut, { force: true });
  });
  const check = (jobs, cache = ['--no-cache'], where = root, paths = tops) => [
    cli,
    'check',
    '--jobs',
    String(jobs),
    ...cache,
    '--format',
    'sarif',
    '--output',
    sarifOut,
    '--fail-on-security-severity',
    'none',
    '--root',
    where,
    ...paths,
  ];

  console.log(`Corpus: the Python standard library (site-packages excluded): ${files.length} files, ${mb.toFixed(1)} MB`);
  console.log(`Machine: ${cores} cores available, Node ${NODE_VERSION}; median of ${runs} runs each, alternated.`);
  const loadBefore = loadAverage();
  console.log(`Load average before: ${loadBefore}\n`);
  const rows = [];
  const row = (name, m) => {
    rows.push({ name, ...m });
    // The CPU time over the wall time: how many cores the program kept busy (its worker threads,
    // and V8's own background threads: a one-worker run keeps more than one busy).
    const cpu = m.cpu === undefined ? '' : `, CPU ${m.cpu.toFixed(2)} s (${(m.cpu / m.wall).toFixed(2)} cores)`;
    console.log(`${name}: ${m.wall.toFixed(2)} s, ${(mb / m.wall).toFixed(2)} MB/s, peak ${(m.rss / 2 ** 20).toFixed(0)} MiB${cpu}`);
  };
  const compared = [
    { name: 'Parse floor (web-tree-sitter, 1 thread)', argv: [path.join(__dirname, 'bench', 'parse-floor.js'), list] },
    {
      name: `Parse floor, ${cores} processes at once (files dealt round-robin)`,
      argv: [path.join(__dirname, 'bench', 'parse-floor-parallel.js'), list, String(cores)],
    },
    { name: 'Tendril, 1 worker', argv: check(1), options: { okStatus: [0, 1] } },
    { name: `Tendril, ${cores} workers`, argv: check(cores), options: { okStatus: [0, 1] } },
    {
      name: `Tendril, ${cores} workers, data-flow rules off`,
      argv: check(cores, ['--no-cache', '--ignore', taintRuleIds().join(',')]),
      options: { okStatus: [0, 1] },
    },
    { name: `Ruff wasm, 1 thread (${codes.join(' ')})`, argv: [path.join(__dirname, 'bench', 'ruff.js'), list, codes.join(',')] },
  ];
  const results = alternate(compared);
  compared.forEach((v, k) => row(v.name, results[k]));
  // How well the bare parse scales, round by round: the 1-process parse over the all-core parse.
  const parseRatios = results[0].walls.map((w, i) => w / results[1].walls[i]);
  const parseRatio = median(parseRatios);
  // What the rest of the machine took during each compared run, in cores (from /proc/stat). Every
  // run must have had the cores: one contended round skews the medians of all the rows (a slow
  // parse round makes the ratios of that round's Tendril runs look better than they are).
  const outside = results.flatMap((r) => r.outside);
  const measuredOutside = outside.every((x) => x !== undefined);
  const mostOutside = measuredOutside ? Math.max(...outside) : undefined;
  // Where /proc/stat says so, that decides; elsewhere the parse ratio does (under 0.85 of the core
  // count in a round). On a quiet machine the ratio need not reach the core count: on the 2-core
  // machine of docs/performance.md ("The bench's contention test") it is 1.6 to 1.7 with the rest
  // of the machine at 0.00 to 0.01 cores, the processes' own start and the cores' sharing.
  // What /proc/stat cannot see (a host that gives this machine's cores to others without counting
  // it as steal) shows as bare parse rounds that differ: the same work, slower in one round.
  const spread = (walls) => Math.max(...walls) / Math.min(...walls);
  const parseSpread = Math.max(spread(results[0].walls), spread(results[1].walls));
  const contended = measuredOutside ? mostOutside > OUTSIDE_CORES_LIMIT || parseSpread > PARSE_SPREAD_LIMIT : parseRatios.some((r) => r < 0.85 * cores);
  // Warm cache: one run fills it, the measured runs find every file unchanged.
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-bench-cache-'));
  measure(check(cores, ['--cache-dir', cacheDir]), { okStatus: [0, 1], runs: 1 });
  row(`Tendril, ${cores} workers, warm cache`, measure(check(cores, ['--cache-dir', cacheDir]), { okStatus: [0, 1] }));
  fs.rmSync(cacheDir, { recursive: true, force: true });
  let big;
  if (!skipBig) {
    const tree = bigTree(root, files, BIG_TREE_FILES);
    big = { files: tree.files, mb: tree.bytes / 1e6, ...measure(check(cores, ['--no-cache'], tree.dir, [tree.dir]), { okStatus: [0, 1], runs: 1 }) };
    console.log(
      `Tendril, ${cores} workers, ${tree.files} files (${big.mb.toFixed(1)} MB), 1 run: ${big.wall.toFixed(2)} s, peak ${(big.rss / 2 ** 20).toFixed(0)} MiB`,
    );
    fs.rmSync(tree.dir, { recursive: true, force: true });
  }

  // Start-up: the action on a one-file workspace, without and with its result cached.
  const startup = measureStartup();
  for (const line of startupLines(startup)) console.log(line);

  const loadAfter = loadAverage();
  const floorAll = rows[1].wall;
  const one = rows[2].wall;
  const all = rows[3].wall;
  const withoutTaint = rows[4].wall;
  const ruff = rows[5].wall;
  const verdicts = [
    `Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.`,
    `Bare parse, 1 process / ${cores} processes: ${parseRatio.toFixed(2)} (rounds: ${parseRatios.map((r) => r.toFixed(2)).join(', ')}).`,
    measuredOutside
      ? `The rest of the machine during the compared runs: at most ${mostOutside.toFixed(2)} cores (rounds, run by run: ${results[0].outside
          .map((_, round) => results.map((r) => r.outside[round].toFixed(2)).join(' '))
          .join('; ')}); the bare parse's slowest round over its fastest: ${parseSpread.toFixed(2)}` +
        (contended
          ? ` — CONTENDED (over ${OUTSIDE_CORES_LIMIT} cores in a run, or parse rounds more than ${Math.round((PARSE_SPREAD_LIMIT - 1) * 100)}% apart): the run did not have its ${cores} cores throughout; do not record it.`
          : ` (uncontended: at most ${OUTSIDE_CORES_LIMIT} cores in every run, parse rounds within ${Math.round((PARSE_SPREAD_LIMIT - 1) * 100)}%).`)
      : contended
        ? `CONTENDED (a parse round under ${(0.85 * cores).toFixed(1)}; no /proc/stat to measure the rest of the machine): do not record it.`
        : 'Uncontended by the parse ratio (no /proc/stat to measure the rest of the machine).',
    `Tendril on ${cores} cores vs the bare parse on ${cores} cores: ${(all / floorAll).toFixed(2)}x (goal: <= 2.00x).`,
    `Tendril on 1 worker vs ${cores} workers: ${(one / all).toFixed(2)}x slower (goal: >= 1.60x).`,
    `The data-flow analysis: Tendril on ${cores} cores takes ${(all / withoutTaint).toFixed(2)}x its time without the data-flow rules (${withoutTaint.toFixed(2)} s without, ${all.toFixed(2)} s with).`,
    `For scale: Tendril on ${cores} cores is ${(all / ruff).toFixed(2)}x Ruff's time on one thread; the bare parse on ${cores} processes ${(floorAll / ruff).toFixed(2)}x.`,
    `Action start-up on one file: ${(startup.cold.wall * 1000).toFixed(0)} ms without a result cache, as every hosted runner's job starts; ${(startup.warm.wall * 1000).toFixed(0)} ms with the file's result cached (the speed issue: no slower than before).`,
    ...(big ? [`Peak memory on ${big.files} files: ${(big.rss / 2 ** 20).toFixed(0)} MiB (goal: < 1024 MiB).`] : []),
  ];
  console.log('\n' + verdicts.join('\n'));

  if (write) {
    if (contended) {
      console.error('\nNot written: the run was contended (see above). Run again on a quiet machine.');
      process.exitCode = 1;
      return;
    }
    const doc = path.join(REPO, 'docs', 'performance.md');
    const text = fs.readFileSync(doc, 'utf8');
    const previous = previousRows(text);
    const before = (name) => previous.get(rowKey(name)) ?? '';
    const table = [
      '| Run | Wall time (s) | Previous run (s) | MB/s | Peak memory (MiB) | CPU time (s) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.wall.toFixed(2)} | ${before(r.name)} | ${(mb / r.wall).toFixed(2)} | ${(r.rss / 2 ** 20).toFixed(0)} | ${r.cpu === undefined ? '' : r.cpu.toFixed(2)} |`,
      ),
      `| ${STARTUP_COLD} | ${startup.cold.wall.toFixed(2)} | ${before(STARTUP_COLD)} | | ${(startup.cold.rss / 2 ** 20).toFixed(0)} |`,
      // The row the bench wrote before it measured both: its previous figure is that row's.
      `| ${STARTUP_WARM} | ${startup.warm.wall.toFixed(2)} | ${before(STARTUP_WARM) || before('Action start-up, one-file workspace')} | | ${(startup.warm.rss / 2 ** 20).toFixed(0)} |`,
      ...(big
        ? [
            `| Tendril, ${cores} workers, ${big.files} files (${big.mb.toFixed(1)} MB; 1 run) | ${big.wall.toFixed(2)} | ${before(`Tendril, ${cores} workers, ${big.files} files`)} | ${(big.mb / big.wall).toFixed(2)} | ${(big.rss / 2 ** 20).toFixed(0)} |`,
          ]
        : []),
    ].join('\n');
    const block = `<!-- bench:start -->\nCorpus: the Python standard library (site-packages excluded), ${files.length} files, ${mb.toFixed(1)} MB; ${cores} cores; Node ${NODE_VERSION}; median of ${runs} runs, alternated.\n\n${table}\n\n${verdicts.map((v) => `- ${v}`).join('\n')}\n<!-- bench:end -->`;
    fs.writeFileSync(doc, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
    console.log(`\nWritten to docs/performance.md`);
  }
}

main();
