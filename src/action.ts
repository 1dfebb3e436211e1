import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfig } from './config';
import { isTendrilWorker, runWorker } from './engine/worker';
import { UsageError } from './errors';
import { appendSummary, error, getInput, info, setOutput } from './github/runner';
import { formatSarif } from './report/sarif';
import { formatSummary } from './report/summary';
import { totalsLine } from './report/text';
import { run } from './run';
import { parseLimit, parseThreshold, readConfigFile, resolveSettings, type SettingsInput } from './settings';

/**
 * The GitHub Action: inputs -> run() -> SARIF file, outputs, job summary, exit code. Runs in the
 * workspace; paths in inputs are relative to it.
 */
async function action(): Promise<number> {
  const root = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const paths = (getInput('paths') || '.')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => path.resolve(root, p));
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UsageError(`Input 'paths': ${path.relative(root, p) || '.'} does not exist in the workspace`);
  }
  const configInput = getInput('config');
  const configFile = configInput ? path.resolve(root, configInput) : findConfig(root);
  if (configInput && !fs.existsSync(configFile!)) throw new UsageError(`Input 'config': ${configInput} does not exist`);
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  const fromInputs: SettingsInput = {};
  const threshold = getInput('fail-on-security-severity');
  if (threshold) fromInputs.failOnSecuritySeverity = parseThreshold(threshold, "Input 'fail-on-security-severity'");
  const limit = getInput('max-maintainability-findings');
  if (limit) fromInputs.maxMaintainabilityFindings = parseLimit(limit, "Input 'max-maintainability-findings'");
  const sarifInput = getInput('sarif-file') || 'tendril.sarif';
  const sarifPath = path.resolve(root, sarifInput);

  const settings = resolveSettings({ root, paths, jobs: os.availableParallelism() }, fromFile, fromInputs);
  const outcome = await run(settings, __filename);

  fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
  fs.writeFileSync(sarifPath, formatSarif(outcome));
  for (const n of outcome.notifications) info(`${n.level}: ${n.message}`);
  info(`Tendril: ${totalsLine(outcome)}. SARIF written to ${sarifInput}.`);
  setOutput('sarif-file', sarifInput);
  setOutput('security-findings', String(outcome.counts.security));
  setOutput('maintainability-findings', String(outcome.counts.maintainability));
  appendSummary(formatSummary(outcome, sarifInput));
  for (const reason of outcome.gate.reasons) error(reason, 'Tendril gate failed');
  return outcome.gate.failed ? 1 : 0;
}

if (isTendrilWorker()) {
  runWorker();
} else {
  action().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const message = err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
      error(message, 'Tendril');
      process.exitCode = 2;
    },
  );
}
