#!/usr/bin/env node
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { resolveCommit } from './baseline/git';
import { commonDirectory, findConfig } from './config';
import { formatExplain, formatResolvedSettings, startProgress } from './report/config';
import { discover, findRoot } from './engine/discover';
import { Profiles, type Profile } from './profiles';
import { isTendrilWorker, runWorker } from './engine/worker';
import { cacheRefusal } from './cachetrust';
import { UsageError } from './errors';
import { formatJson } from './report/json';
import { formatRulesText } from './report/catalogue';
import { mergeSarif } from './report/merge';
import { writeSarif } from './report/sarif';
import { formatText, totalsLine } from './report/text';
import { run, type Outcome } from './run';
import { compilePatterns, parseJobs, parseLimit, parseScope, parseShard, parseSize, parseThreshold, readConfigFile, resolveSettings, SEVERITY_THRESHOLDS, type Settings, type SettingsInput } from './settings';
import { VERSION } from './version';

const HELP = `Usage: tendril <command> [options]

Commands:
  check [PATH...]   Analyse Python files (default: the current directory)
  rules             List the rule catalogue
  explain RULE      Show a rule's help (rule id or alias, such as F401 or B602)
  config [PATH...]  Show the settings a check of PATH would use (takes check's options)
  merge FILE... -o OUT
                    Merge SARIF files of shards (--shard K/N) into one, as one unsharded run
  help              Show this help

Options for check:
  --format FORMAT                    text (default), sarif or json
  --output FILE, -o FILE             Write the report to FILE instead of standard output
  --jobs N, -j N                     Worker threads (default: available cores)
  --config FILE                      Configuration file for every file (default: for each file, the
                                     nearest tendril.toml, .tendril.toml or pyproject.toml with
                                     [tool.tendril], looking upward from it)
  --root DIR                         Directory SARIF paths are relative to (default: the git work
                                     tree holding the current directory, else the current directory)
  --select RULES                     Only these rules: ids, aliases (F401, B602) or kinds, comma-separated
  --ignore RULES                     Leave out these rules (same forms)
  --exclude PATTERNS                 Leave out these paths (gitignore-style, comma-separated);
                                     replaces the default excludes and the configuration's
  --extend-exclude PATTERNS          Leave out these paths as well
  --include-suppressed               Keep findings suppressed in the source (# noqa, # nosec, ...),
                                     marked as suppressed (SARIF suppressions, kind inSource)
  --cache-dir DIR                    Content-hash cache of results (default: .tendril_cache in the root)
  --no-cache                         Neither read nor write the cache
  --max-file-size SIZE               Skip files larger than SIZE bytes (K, M, G accepted; default: 10M)
  --file-timeout SECONDS             Give up on a file after SECONDS (default: 60)
  --quiet, -q                        Text format: findings only, no totals
  --statistics                       Text format: a count per rule instead of each finding
  --fail-on-security-severity LEVEL  ${SEVERITY_THRESHOLDS.join('|')} (default: high)
  --max-maintainability-findings N   Fail above N maintainability findings (default: -1, no limit)
  --no-color                         No colours (also when NO_COLOR is set or output is not a terminal)
  --baseline-ref REF                 Compare with git revision REF: findings are new or unchanged (SARIF
                                     baselineState); the severity gate counts only new ones
  --baseline-sarif FILE              Compare with a previous Tendril SARIF file instead
  --max-new-maintainability-findings N
                                     Fail above N new maintainability findings (default: -1, no limit)
  --scope all|changed                changed: only files changed against --baseline-ref (default: all)
  --shard K/N                        Analyse only the K-th of N shards of the files (see merge)

Exit codes: 0 no gate failed, 1 a gate failed, 2 usage, configuration or internal error.
`;

/** The SARIF report; what GitHub's limits made it leave out is also said on stderr. */
function sarifBytes(outcome: Outcome): Buffer {
  const written = writeSarif(outcome);
  for (const drop of written.drops) process.stderr.write(`tendril: warning: ${drop.message}\n`);
  return written.bytes;
}

/** The nearer configuration files that apply to some of the analysed files, with how many. */
function nestedProfiles(settings: Settings): { profile: Profile; files: number }[] {
  const profiles = new Profiles(settings);
  const counts = new Map<number, number>();
  for (const file of discover(settings.root, settings.paths, { exclude: settings.exclude }).files) {
    if (profiles.excluded(file.abs)) continue;
    const index = profiles.indexOf(file.abs);
    if (index > 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([index, files]) => ({ profile: profiles.list[index], files }));
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

async function check(args: string[], mode: 'check' | 'config' = 'check'): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
      config: { type: 'string' },
      root: { type: 'string' },
      select: { type: 'string' },
      ignore: { type: 'string' },
      'fail-on-security-severity': { type: 'string' },
      'max-maintainability-findings': { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      exclude: { type: 'string' },
      'extend-exclude': { type: 'string' },
      'include-suppressed': { type: 'boolean' },
      'cache-dir': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'max-file-size': { type: 'string' },
      'file-timeout': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      statistics: { type: 'boolean', default: false },
      'baseline-ref': { type: 'string' },
      'baseline-sarif': { type: 'string' },
      'max-new-maintainability-findings': { type: 'string' },
      scope: { type: 'string' },
      shard: { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['text', 'sarif', 'json'].includes(format)) {
    throw new UsageError(`--format: '${format}' is not valid; accepted: text, sarif, json`);
  }
  const root = path.resolve(values.root ?? findRoot(process.cwd()));
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`--root: not a directory: ${values.root}`);
  const paths = positionals.length ? positionals : ['.'];
  if (values.config !== undefined && !fs.existsSync(values.config)) throw new UsageError(`--config: ${values.config} does not exist`);
  const configFile = values.config ?? findConfig(commonDirectory(paths));
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  const excludeFlag = list(values.exclude);
  const extendFlag = list(values['extend-exclude']);
  const fromFlags: SettingsInput = {
    select: list(values.select),
    ignore: list(values.ignore),
    // --ignore names every rule to leave out: it replaces both ignore and skips of the file.
    skips: values.ignore !== undefined ? [] : undefined,
    exclude: excludeFlag && compilePatterns(excludeFlag, process.cwd()),
    extendExclude: extendFlag && compilePatterns(extendFlag, process.cwd()),
    includeSuppressed: values['include-suppressed'],
    cacheDir: values['no-cache'] ? false : values['cache-dir'] === undefined ? undefined : path.resolve(values['cache-dir']),
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size'], '--max-file-size'),
    fileTimeout: values['file-timeout'] === undefined ? undefined : parseJobs(values['file-timeout'], '--file-timeout'),
    failOnSecuritySeverity:
      values['fail-on-security-severity'] === undefined
        ? undefined
        : parseThreshold(values['fail-on-security-severity'], '--fail-on-security-severity'),
    maxMaintainabilityFindings:
      values['max-maintainability-findings'] === undefined
        ? undefined
        : parseLimit(values['max-maintainability-findings'], '--max-maintainability-findings'),
  };
  const jobs = values.jobs === undefined ? os.availableParallelism() : parseJobs(values.jobs, '--jobs');
  if (values['baseline-ref'] !== undefined && values['baseline-sarif'] !== undefined) {
    throw new UsageError('--baseline-ref and --baseline-sarif exclude each other');
  }
  const gating: Partial<Settings> = {
    baselineRef: values['baseline-ref'] || undefined,
    baselineSarif: values['baseline-sarif'] || undefined,
    maxNewMaintainabilityFindings:
      values['max-new-maintainability-findings'] === undefined
        ? -1
        : parseLimit(values['max-new-maintainability-findings'], '--max-new-maintainability-findings'),
    scope: values.scope === undefined ? 'all' : parseScope(values.scope, '--scope'),
    shard: values.shard === undefined ? undefined : parseShard(values.shard, '--shard'),
  };
  if (gating.baselineSarif && !fs.existsSync(gating.baselineSarif)) throw new UsageError(`--baseline-sarif: ${gating.baselineSarif} does not exist`);
  if (gating.scope === 'changed' && !gating.baselineRef) throw new UsageError("--scope: 'changed' needs --baseline-ref");
  if (gating.baselineRef) resolveCommit(root, gating.baselineRef, '--baseline-ref');
  if (values['cache-dir'] !== undefined && values['no-cache']) throw new UsageError('--cache-dir and --no-cache exclude each other');
  const settings: Settings = {
    ...resolveSettings({ root, paths, jobs }, fromFile, fromFlags),
    ...gating,
    configFile,
    // Without --config, configuration files nearer to the analysed files apply to them.
    configSearch: values.config === undefined ? { from: commonDirectory(paths), flags: fromFlags } : undefined,
  };
  // A cache the analysed commit wrote (tracked by git) is never trusted (src/cachetrust.ts).
  const refused = settings.cacheDir && mode !== 'config' ? cacheRefusal(settings.cacheDir, root) : undefined;
  if (refused) {
    process.stderr.write(`tendril: warning: ${refused}\n`);
    settings.cacheDir = undefined;
  }
  if (mode === 'config') {
    process.stdout.write(formatResolvedSettings(settings, nestedProfiles(settings)));
    return 0;
  }

  // "analysing... N/M files" on stderr after two seconds, when stderr is a terminal.
  const progress = startProgress(process.stderr);
  let outcome;
  try {
    outcome = await run(settings, __filename, { onFiles: progress.total, onProgress: progress.done });
  } finally {
    progress.stop();
  }

  for (const n of outcome.notifications) process.stderr.write(`tendril: ${n.level}: ${n.message}\n`);
  const colour = !values['no-color'] && !process.env.NO_COLOR && !values.output && process.stdout.isTTY === true;
  const report: string | Buffer =
    format === 'sarif'
      ? sarifBytes(outcome)
      : format === 'json'
        ? formatJson(outcome)
        : formatText(outcome, colour, { quiet: values.quiet, statistics: values.statistics });
  if (values.output) {
    fs.mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
    fs.writeFileSync(values.output, report);
    process.stderr.write(`tendril: ${totalsLine(outcome)}; ${format} report written to ${values.output}\n`);
    for (const reason of outcome.gate.reasons) process.stderr.write(`tendril: gate failed: ${reason}\n`);
  } else {
    process.stdout.write(report);
  }
  return outcome.gate.failed ? 1 : 0;
}

/** `tendril merge A.sarif B.sarif ... -o all.sarif`: shards -> one log, as one unsharded run. */
function merge(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' } } });
  if (positionals.length === 0) throw new UsageError('merge: give the SARIF files to merge (tendril merge A.sarif B.sarif -o all.sarif)');
  const inputs = positionals.map((name) => {
    try {
      return { name, text: fs.readFileSync(name, 'utf8') };
    } catch (error) {
      throw new UsageError(`merge: cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  });
  const merged = mergeSarif(inputs);
  if (values.output) {
    fs.mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
    fs.writeFileSync(values.output, merged);
    process.stderr.write(`tendril: ${positionals.length} SARIF files merged into ${values.output}\n`);
  } else {
    process.stdout.write(merged);
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest);
    case 'merge':
      return merge(rest);
    case 'config':
      return check(rest, 'config');
    case 'explain': {
      const { positionals } = parseArgs({ args: rest, strict: true, allowPositionals: true, options: {} });
      if (positionals.length !== 1) throw new UsageError("explain: name one rule, by id or alias (see 'tendril rules')");
      process.stdout.write(formatExplain(positionals[0]));
      return 0;
    }
    case 'rules': {
      parseArgs({ args: rest, strict: true, options: {} });
      process.stdout.write(formatRulesText());
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    case '--version':
    case '-V':
      process.stdout.write(`tendril ${VERSION}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command '${command}' (try 'tendril help')`);
  }
}

/** One line on stderr and exit code 2 for any error: no stack trace reaches the user. */
function reason(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

if (isTendrilWorker()) {
  runWorker();
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tendril: ${reason(error)}\n`);
      process.exitCode = 2;
    },
  );
}
