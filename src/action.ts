import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fetchCommit, hasCommit, resolveCommit } from './baseline/git';
import { commonDirectory, findConfig } from './config';
import { isTendrilWorker, runWorker } from './engine/worker';
import { UsageError } from './errors';
import { planAnnotations, writeAnnotations } from './github/annotations';
import { defaultBaselineRef, links, readEvent } from './github/context';
import { appendSummary, error, getInput, info, setOutput, warning } from './github/runner';
import { checkoutUri, uploadSarif } from './github/upload';
import { mergeSarif } from './report/merge';
import { writeSarif } from './report/sarif';
import { formatSummary } from './report/summary';
import { totalsLine } from './report/text';
import { run } from './run';
import { parseLimit, parseScope, parseShard, parseThreshold, readConfigFile, resolveSettings, type Settings, type SettingsInput } from './settings';

function parseBoolean(value: string, source: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off', ''].includes(v)) return false;
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: true, false`);
}

/** Direct upload (input `upload: true`), with the run's commit and ref; the token is never printed. */
async function upload(sarif: string, root: string): Promise<void> {
  const result = await uploadSarif(sarif, {
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    repository: process.env.GITHUB_REPOSITORY ?? '',
    token: getInput('token'),
    commitSha: process.env.GITHUB_SHA ?? '',
    ref: process.env.GITHUB_REF ?? '',
    checkoutUri: checkoutUri(root),
    pollInterval: Number(process.env.TENDRIL_UPLOAD_POLL_MS) || undefined,
    log: info,
  });
  setOutput('upload-id', result.id);
  info(`Tendril: SARIF upload ${result.id}: processing ${result.status}.`);
}

/** Action mode `merge`: SARIF files of shards (one per line, `*` allowed in the file name) -> sarif-file. */
function mergeFiles(root: string, spec: string): { name: string; text: string }[] {
  const names: string[] = [];
  for (const line of spec.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const abs = path.resolve(root, line);
    const base = path.basename(abs);
    if (base.includes('*')) {
      const pattern = new RegExp('^' + base.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      const dir = path.dirname(abs);
      const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
      if (found.length === 0) throw new UsageError(`Input 'merge': no file matches ${line}`);
      names.push(...found.map((f) => path.join(dir, f)));
    } else {
      if (!fs.existsSync(abs)) throw new UsageError(`Input 'merge': ${line} does not exist`);
      names.push(abs);
    }
  }
  return names.map((name) => ({ name: path.relative(root, name), text: fs.readFileSync(name, 'utf8') }));
}

/**
 * The GitHub Action: inputs -> run() -> SARIF file, outputs, job summary, exit code. Runs in the
 * workspace; paths in inputs are relative to it.
 */
async function action(): Promise<number> {
  const root = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const uploadWanted = parseBoolean(getInput('upload'), "Input 'upload'");
  const mergeInput = getInput('merge');
  if (mergeInput) {
    const sarifOut = getInput('sarif-file') || 'tendril.sarif';
    const merged = mergeSarif(mergeFiles(root, mergeInput));
    fs.mkdirSync(path.dirname(path.resolve(root, sarifOut)), { recursive: true });
    fs.writeFileSync(path.resolve(root, sarifOut), merged);
    info(`Tendril: merged SARIF written to ${sarifOut}.`);
    setOutput('sarif-file', sarifOut);
    if (uploadWanted) await upload(merged, root);
    return 0;
  }
  const paths = (getInput('paths') || '.')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => path.resolve(root, p));
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UsageError(`Input 'paths': ${path.relative(root, p) || '.'} does not exist in the workspace`);
  }
  const configInput = getInput('config');
  const configFile = configInput ? path.resolve(root, configInput) : findConfig(commonDirectory(paths));
  if (configInput && !fs.existsSync(configFile!)) throw new UsageError(`Input 'config': ${configInput} does not exist`);
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  const fromInputs: SettingsInput = {};
  const threshold = getInput('fail-on-security-severity');
  if (threshold) fromInputs.failOnSecuritySeverity = parseThreshold(threshold, "Input 'fail-on-security-severity'");
  const limit = getInput('max-maintainability-findings');
  if (limit) fromInputs.maxMaintainabilityFindings = parseLimit(limit, "Input 'max-maintainability-findings'");
  const includeSuppressed = getInput('include-suppressed');
  if (includeSuppressed) fromInputs.includeSuppressed = parseBoolean(includeSuppressed, "Input 'include-suppressed'");
  const cacheDir = getInput('cache-dir');
  if (cacheDir) fromInputs.cacheDir = cacheDir === 'false' ? false : path.resolve(root, cacheDir);
  const maxNew = getInput('max-new-maintainability-findings');
  const event = readEvent();
  const baselineInput = getInput('baseline-ref');
  const gating: Partial<Settings> = {
    maxNewMaintainabilityFindings: maxNew ? parseLimit(maxNew, "Input 'max-new-maintainability-findings'") : -1,
    // 'none' turns off the pull request default.
    baselineRef: baselineInput === 'none' ? undefined : baselineInput || defaultBaselineRef(event) || undefined,
    baselineSarif: getInput('baseline-sarif') || undefined,
    scope: parseScope(getInput('scope') || 'all', "Input 'scope'"),
    shard: getInput('shard') ? parseShard(getInput('shard'), "Input 'shard'") : undefined,
  };
  if (gating.baselineSarif && !fs.existsSync(path.resolve(root, gating.baselineSarif))) {
    throw new UsageError(`Input 'baseline-sarif': ${gating.baselineSarif} does not exist`);
  }
  if (gating.baselineSarif && baselineInput && baselineInput !== 'none') {
    throw new UsageError("Inputs 'baseline-ref' and 'baseline-sarif' exclude each other; set one");
  }
  if (gating.baselineSarif) gating.baselineRef = undefined;
  // The pull request default in a shallow checkout: fetch the base commit; failing that, warn and
  // go on without a baseline rather than fail every pull request.
  if (gating.baselineRef && !baselineInput && !hasCommit(root, gating.baselineRef) && !fetchCommit(root, gating.baselineRef)) {
    warning(
      `The pull request's base commit ${gating.baselineRef} is not in the checkout and could not be fetched; ` +
        'all findings count as new. Use actions/checkout with fetch-depth: 0.',
      'Tendril baseline',
    );
    gating.baselineRef = undefined;
    if (gating.scope === 'changed') gating.scope = 'all';
  }
  // Resolved here too so that an unknown revision names the input.
  if (gating.baselineRef) resolveCommit(root, gating.baselineRef, "Input 'baseline-ref'");
  if (gating.scope === 'changed' && !gating.baselineRef) {
    throw new UsageError("Input 'scope': 'changed' needs a baseline ref (input 'baseline-ref', or a pull_request event)");
  }
  const annotate = parseBoolean(getInput('annotations') || 'true', "Input 'annotations'");
  const sarifInput = getInput('sarif-file') || 'tendril.sarif';
  const sarifPath = path.resolve(root, sarifInput);

  const settings: Settings = {
    ...resolveSettings({ root, paths, jobs: os.availableParallelism() }, fromFile, fromInputs),
    ...gating,
    configFile,
    // Without the config input, configuration files nearer to the analysed files apply to them.
    configSearch: configInput ? undefined : { from: commonDirectory(paths), flags: fromInputs },
  };
  const outcome = await run(settings, __filename);

  fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
  const written = writeSarif(outcome);
  const sarif = written.text;
  for (const drop of written.drops) warning(drop.message, 'Tendril SARIF limits');
  fs.writeFileSync(sarifPath, written.bytes);
  for (const n of outcome.notifications) info(`${n.level}: ${n.message}`);
  info(`Tendril: ${totalsLine(outcome)}. SARIF written to ${sarifInput}.`);
  setOutput('sarif-file', sarifInput);
  setOutput('security-findings', String(outcome.counts.security));
  setOutput('maintainability-findings', String(outcome.counts.maintainability));
  setOutput('new-findings', String(outcome.newCounts.security + outcome.newCounts.maintainability));
  setOutput('gate', outcome.gate.failed ? 'failed' : 'passed');
  setOutput('reason', outcome.gate.reasons.join('; '));
  if (outcome.baseline) {
    const b = outcome.baseline;
    info(`Tendril: compared with ${b.ref} (${b.commit}): ${b.new} new, ${b.unchanged} existing, ${b.fixed} fixed.`);
  }
  const plan = annotate ? planAnnotations(outcome.findings.filter((f) => f.suppressed === undefined), outcome.gate.reasons.length) : undefined;
  if (plan) writeAnnotations(plan);
  appendSummary(formatSummary(outcome, sarifInput, { links: links(event), annotations: plan && { shown: plan.shown, total: plan.total }, sarifLimits: written.drops }));
  for (const reason of outcome.gate.reasons) error(reason, 'Tendril gate failed');
  if (uploadWanted) await upload(sarif, root);
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
