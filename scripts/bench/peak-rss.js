// Preloaded with `node --require` by scripts/bench.js: reports the process's peak resident memory
// (worker threads included: they share the process) to the file named by TENDRIL_BENCH_RSS.
'use strict';
process.on('exit', () => {
  const file = process.env.TENDRIL_BENCH_RSS;
  if (file) require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
