// The parse floor on every core: the file list dealt round-robin into N lists, each parsed by its
// own `parse-floor.js` process, all at once. What (parse floor / cores) is on this machine when
// the cores share caches, memory bandwidth and the host's other load.
// Usage: node parse-floor-parallel.js LISTFILE N
// Peak memory (TENDRIL_BENCH_RSS, see peak-rss.js): the sum of the processes' peaks.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [list, n] = [process.argv[2], Number(process.argv[3])];
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const parts = Array.from({ length: n }, (_, k) => files.filter((_, i) => i % n === k));
const rssOut = process.env.TENDRIL_BENCH_RSS;
let total = 0;
let left = n;
parts.forEach((part, k) => {
  const partList = path.join(os.tmpdir(), `tendril-bench-floor-${process.pid}-${k}.txt`);
  const partRss = `${partList}.rss`;
  fs.writeFileSync(partList, part.join('\n') + '\n');
  const child = spawn(process.execPath, ['--require', path.join(__dirname, 'peak-rss.js'), path.join(__dirname, 'parse-floor.js'), partList], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TENDRIL_BENCH_RSS: partRss },
  });
  child.on('exit', (code) => {
    if (code !== 0) process.exitCode = 1;
    if (fs.existsSync(partRss)) total += Number(fs.readFileSync(partRss, 'utf8'));
    fs.rmSync(partList, { force: true });
    fs.rmSync(partRss, { force: true });
    if (--left === 0 && rssOut) process.on('exit', () => fs.writeFileSync(rssOut, String(total)));
  });
});
