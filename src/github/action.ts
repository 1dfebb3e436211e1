import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { headCommit, resolveCommit } from '../baseline/git';
import { cacheRefusal } from '../pipeline/cachetrust';
import { commonDirectory, findConfig } from '../settings/config';
import { UsageError } from '../errors';
import { mergeSarif } from '../report/merge';
import { writeSarif, type SarifOptions } from '../report/sarif';
import { formatSummary, sarifRunSizes } from '../report/summary';
import { totalsLine } from '../report/text';
import { run } from '../pipeline/run';
import { exitCode } from '../gate/gates';
import { Given, type OptionName } from '../settings/options';
import { readConfigFile, resolveSettings, type Settings, type SettingsInput } from '../settings/settings';
import { ToolConfigReader } from '../settings/tools';
import { planAnnotations, writeAnnotations } from './annotations';
import { defaultBase, type BaseChoice, type DefaultBase } from './base';
import { isPullRequest, readContext, readOnlyToken, type RunContext } from './context';
import { appendSummary, error, getBooleanInput, getInput, info, notice, setOutput, setSecret, warning } from './runner';
import { checkoutUri, uploadSarif, UploadForbidden } from './upload';

/**
 * The GitHub Action: inputs -> run() -> SARIF file, outputs, job summary, annotations, exit code.
 * `src/action.ts` is the entry the runner starts; this is the action, unit-tested in-process with
 * an environment of the test's own (the inputs, the event and the paths the runner would set;
 * @actions/core's file commands read GITHUB_OUTPUT and GITHUB_STEP_SUMMARY from the process).
 */
export interface ActionOptions {
  /** Script the pool's worker threads run (the bundle); none: files are analysed in this thread. */
  workerScript?: string;
}

/** Where Tendril's own documentation is: the repository and ref the action runs from. */
export function docsLocation(env: NodeJS.ProcessEnv, workspace: string): SarifOptions['docs'] {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const repo = env.GITHUB_ACTION_REPOSITORY;
  if (repo && /^[\w.-]+\/[\w.-]+$/.test(repo)) {
    const ref = env.GITHUB_ACTION_REF || 'HEAD';
    return { informationUri: `${server}/${repo}`, rules: `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/rules.md` };
  }
  // `uses: ./path`: the action is in the workflow's own repository, at the analysed commit.
  const own = env.GITHUB_REPOSITORY;
  if (own && /^[\w.-]+\/[\w.-]+$/.test(own)) {
    const actionPath = env.GITHUB_ACTION_PATH ? path.relative(workspace, env.GITHUB_ACTION_PATH).split(path.sep).join('/') : undefined;
    const local = actionPath !== undefined && !actionPath.startsWith('..') && !path.isAbsolute(actionPath) && env.GITHUB_SHA;
    return {
      informationUri: `${server}/${own}`,
      ...(local ? { rules: `${server}/${own}/blob/${env.GITHUB_SHA}/${actionPath ? `${actionPath}/` : ''}docs/rules.md` } : {}),
    };
  }
  return undefined;
}

/** Action mode `merge`: SARIF files of shards (one per line, `*` allowed in the file name) -> sarif-file. */
function mergeFiles(root: string, spec: string): { name: string; text: string }[] {
  const names: string[] = [];
  for (const line of spec
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const abs = path.resolve(root, line);
    const base = path.basename(abs);
    if (base.includes('*')) {
      const pattern = new RegExp(
        '^' +
          base
            .split('*')
            .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*') +
          '$',
      );
      const dir = path.dirname(abs);
      const found = fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => pattern.test(f))
            .sort()
        : [];
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
 * The cache: the `cache-dir` input (absolute, or relative to the workspace; `false` in any case
 * turns it off), else under RUNNER_TEMP. The configuration can turn it off but not place it: it is
 * written by the analysed commit, and the cache must be neither readable by that commit nor make
 * the action write where the configuration says.
 */
function chooseCache(env: NodeJS.ProcessEnv, workspace: string, root: string, fromFile: SettingsInput, warn: (m: string) => void): string | undefined {
  const input = getInput(env, 'cache-dir');
  if (/^false$/i.test(input)) return undefined;
  if (!input && fromFile.cacheDir === false) return undefined;
  if (typeof fromFile.cacheDir === 'string') {
    warn(
      "The configuration's cache-dir is not used by the action: the analysed commit writes the configuration, and the cache must " +
        'not be where it says. Set the cache-dir input to place the cache, or cache-dir = false to turn it off.',
    );
  }
  let dir: string;
  if (input) dir = path.resolve(workspace, input);
  else if (env.RUNNER_TEMP) dir = path.join(env.RUNNER_TEMP, 'tendril-cache');
  else return undefined;
  const refused = cacheRefusal(dir, root, workspace);
  if (refused) {
    warn(`Cache refused: ${refused}.`);
    return undefined;
  }
  return dir;
}

/** What the upload names as the analysed commit and ref (a pull request's analysis is never the base branch's). */
function uploadTarget(context: RunContext, head: string | undefined, checkout: DefaultBase['checkout']): { commitSha: string; ref: string } {
  const pr = context.event.pull_request;
  if (pr && head && head !== context.sha) {
    if (context.eventName === 'pull_request_target' || head === pr.head.sha) {
      return { commitSha: head, ref: `refs/pull/${pr.number}/${checkout === 'merge' ? 'merge' : 'head'}` };
    }
  }
  return { commitSha: context.sha, ref: context.ref };
}

/**
 * The action's inputs, read and validated as src/settings/options.ts says (errors name the input);
 * an empty input is not given. Paths are relative to `base`.
 */
function actionInputs(env: NodeJS.ProcessEnv, base: string): Given {
  const raw = (name: OptionName, isSwitch: boolean): string | boolean | undefined =>
    getInput(env, name) === '' ? undefined : isSwitch ? getBooleanInput(env, name, false) : getInput(env, name);
  return new Given('action', raw, base);
}

async function analyse(env: NodeJS.ProcessEnv, options: ActionOptions): Promise<number> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  // The token is masked before anything could print it or send it.
  const token = actionInputs(env, workspace).value('token') ?? '';
  setSecret(token);
  const root = actionInputs(env, workspace).value('working-directory') ?? workspace;
  const inputs = actionInputs(env, root);
  const uploadWanted = inputs.valueOr('upload');
  const context = readContext(env);
  const ownWarnings: string[] = [];
  const warn = (m: string): void => void ownWarnings.push(m);
  const docs = docsLocation(env, workspace);

  const doUpload = async (sarif: string, target: { commitSha: string; ref: string }): Promise<void> => {
    if (readOnlyToken(context)) {
      notice(
        'Tendril: SARIF upload skipped: pull requests from forks and from Dependabot run with a read-only token, which cannot upload to ' +
          'code scanning. The SARIF file is still written, and the gate still applies.',
      );
      return;
    }
    try {
      const result = await uploadSarif(sarif, {
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: context.repository,
        token,
        commitSha: target.commitSha,
        ref: target.ref,
        checkoutUri: checkoutUri(root),
        pollInterval: Number(env.TENDRIL_UPLOAD_POLL_MS) || undefined,
        retryDelay: Number(env.TENDRIL_UPLOAD_RETRY_MS) || undefined,
        log: info,
      });
      setOutput('upload-id', result.id);
      info(`Tendril: SARIF upload ${result.id}: processing ${result.status}.`);
    } catch (err: unknown) {
      if (err instanceof UploadForbidden && readOnlyToken(context)) {
        notice(`Tendril: SARIF upload skipped: ${err.message}`);
        return;
      }
      throw err;
    }
  };

  const mergeInput = inputs.value('merge');
  if (mergeInput) {
    const sarifOut = inputs.valueOr('sarif-file');
    const merged = mergeSarif(mergeFiles(root, mergeInput));
    fs.mkdirSync(path.dirname(path.resolve(root, sarifOut)), { recursive: true });
    fs.writeFileSync(path.resolve(root, sarifOut), merged);
    info(`Tendril: merged SARIF written to ${sarifOut}.`);
    setOutput('sarif-file', sarifOut);
    if (uploadWanted) await doUpload(merged, uploadTarget(context, safeHead(root), undefined));
    return 0;
  }

  const paths = inputs.value('paths') ?? [root];
  const configInput = inputs.value('config');
  const configFile = configInput ? path.resolve(root, configInput) : findConfig(commonDirectory(paths));
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  // Inputs left empty (their default) give way to the configuration, then to the built-in default.
  const fromInputs: SettingsInput = inputs.settings();
  // The cache is placed by the action alone (chooseCache); nearer configurations cannot move it.
  fromInputs.cacheDir = chooseCache(env, workspace, root, fromFile, warn) ?? false;
  const maintainabilityInSarif = inputs.valueOr('sarif-maintainability');

  // The baseline.
  const baselineInput = inputs.value('baseline-ref');
  const baselineSarif = fromInputs.baselineSarif;
  if (baselineSarif && baselineInput && baselineInput !== 'none') {
    throw new UsageError("Inputs 'baseline-ref' and 'baseline-sarif' exclude each other; set one");
  }
  let chosen: DefaultBase = {};
  let base: BaseChoice | undefined;
  if (baselineInput && baselineInput !== 'none') {
    base = { commit: resolveCommit(root, baselineInput, "Input 'baseline-ref'"), name: baselineInput, how: 'the baseline-ref input' };
  } else if (!baselineInput && !baselineSarif) {
    chosen = defaultBase(root, context);
    base = chosen.base;
    if (chosen.reason) info(`Tendril: no baseline: ${chosen.reason}.`);
  }
  const scope = fromInputs.scope ?? inputs.valueOr('scope');
  const shard = fromInputs.shard;
  if (scope === 'changed' && !base) {
    throw new UsageError("Input 'scope': 'changed' needs a baseline ref (input 'baseline-ref', or a pull_request or merge_group event)");
  }
  if (uploadWanted && (scope === 'changed' || shard)) {
    throw new UsageError(
      `Input 'upload': a partial analysis (${scope === 'changed' ? 'scope: changed' : `shard: ${shard!.index}/${shard!.count}`}) is not uploaded: ` +
        'code scanning would close every alert in the files it left out. ' +
        (shard ? "Merge the shards' SARIF files (the merge input) and upload the merged file." : 'Use scope: all to upload, or upload with upload: false.'),
    );
  }
  const annotate = inputs.valueOr('annotations');
  const sarifInput = inputs.valueOr('sarif-file');
  const sarifPath = path.resolve(root, sarifInput);

  const settings: Settings = {
    ...resolveSettings({ root, paths, jobs: os.availableParallelism(), toolConfigs: new ToolConfigReader(root), toolsFrom: commonDirectory(paths) }, fromFile, {
      ...fromInputs,
      baselineRef: base?.commit,
    }),
    jobsAuto: true,
    configFile,
    // Without the config input, configuration files nearer to the analysed files apply to them.
    configSearch: configInput ? undefined : { from: commonDirectory(paths), flags: fromInputs },
  };
  const outcome = await run(settings, options.workerScript);

  fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
  const written = writeSarif(outcome, undefined, {
    docs,
    kinds: maintainabilityInSarif ? undefined : ['security'],
    categorySuffix: scope === 'changed' ? 'changed/' : undefined,
  });
  for (const drop of written.drops) warn(drop.message);
  fs.writeFileSync(sarifPath, written.bytes);
  for (const n of outcome.notifications) info(`Tendril: ${n.level}: ${n.message}`);
  info(`Tendril: ${totalsLine(outcome)}. SARIF written to ${sarifInput}.`);
  setOutput('sarif-file', sarifInput);
  setOutput('security-findings', String(outcome.counts.security));
  setOutput('maintainability-findings', String(outcome.counts.maintainability));
  setOutput('new-findings', String(outcome.newCounts.security + outcome.newCounts.maintainability));
  setOutput('gate', outcome.gate.failed ? 'failed' : 'passed');
  setOutput('reason', outcome.gate.reasons.join('; '));
  if (outcome.baseline) {
    const b = outcome.baseline;
    const label = base ? `${base.name} @ ${b.commit.slice(0, 7)} (${base.how})` : `${b.ref} (${b.commit})`;
    info(`Tendril: compared with ${label}: ${b.new} new, ${b.unchanged} existing, ${b.fixed} fixed.`);
  }
  // Tendril's own warnings first, each with its annotation slot; findings fill what is left.
  for (const m of ownWarnings) warning(m, 'Tendril');
  const plan = annotate
    ? planAnnotations(
        outcome.findings.filter((f) => f.suppressed === undefined),
        { error: outcome.gate.reasons.length, warning: ownWarnings.length },
      )
    : undefined;
  if (plan) writeAnnotations(plan);
  const head = chosen.head ?? safeHead(root);
  const linkSha = (isPullRequest(context) && chosen.checkout === 'merge' ? context.event.pull_request?.head.sha : head) || context.sha;
  await appendSummary(
    formatSummary(outcome, sarifInput, {
      links: context.repository && linkSha ? { server: context.server, repository: context.repository, sha: linkSha } : undefined,
      annotations: plan && { shown: plan.shown, total: plan.total },
      sarifLimits: written.drops,
      sarifRuns: sarifRunSizes(written.log),
      base: base && outcome.baseline ? { name: base.name, commit: outcome.baseline.commit, how: base.how } : undefined,
      ruleDocs: docs?.rules ? (id: string) => `${docs.rules}#${id}` : undefined,
    }),
  );
  for (const reason of outcome.gate.reasons) error(reason, reason === outcome.gate.internalError ? 'Tendril internal error' : 'Tendril gate failed');
  if (uploadWanted) await doUpload(written.text, uploadTarget(context, head, chosen.checkout));
  // An internal error fails the step whatever the gates say (src/gate/gates.ts): exit 2.
  return exitCode(outcome.gate);
}

function safeHead(root: string): string | undefined {
  try {
    return headCommit(root);
  } catch {
    return undefined;
  }
}

/** Runs the action; resolves to the exit code (0 passed, 1 gate failed, 2 error). Never throws. */
export async function runAction(env: NodeJS.ProcessEnv = process.env, options: ActionOptions = {}): Promise<number> {
  try {
    return await analyse(env, options);
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    error(message, 'Tendril');
    return 2;
  }
}
