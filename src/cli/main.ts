import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { resolveCommit } from '../baseline/git';
import { commonDirectory, findConfig } from '../settings/config';
import { formatExplain, formatResolvedSettings, startProgress } from '../report/config';
import { discover, findRoot } from '../discovery/discover';
import { Profiles, type Profile } from '../pipeline/profiles';
import { cacheRefusal } from '../pipeline/cachetrust';
import { UsageError } from '../errors';
import { formatJson } from '../report/json';
import { formatRulesText } from '../report/catalogue';
import { mergeSarif } from '../report/merge';
import { writeSarif } from '../report/sarif';
import { formatText, totalsLine } from '../report/text';
import { run, type Outcome } from '../pipeline/run';
import { exitCode } from '../gate/gates';
import { cliHelp, cliParseOptions, Given } from '../settings/options';
import { readConfigFile, resolveSettings, type Settings, type SettingsInput } from '../settings/settings';
import { ToolConfigReader } from '../settings/tools';
import { VERSION } from '../version';

/**
 * The command-line tool: argv -> settings -> `run()` -> reporters -> exit code. `src/cli.ts` is the
 * bundle's entry (and its worker threads' script); this module is the CLI itself, which the tests
 * also call in-process (from the calling process's working directory, environment and streams).
 */
export interface CliOptions {
  /** Script the pool's worker threads run (the bundle); none: files are analysed in this thread. */
  workerScript?: string;
}

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
${cliHelp()}
Exit codes: 0 no gate failed, 1 a gate failed, 2 usage, configuration or internal error.
`;

/** The SARIF report; what GitHub's limits made it leave out is also said on stderr. */
function sarifBytes(outcome: Outcome): Buffer {
  const written = writeSarif(outcome);
  for (const drop of written.drops) process.stderr.write(`tendril: warning: ${drop.message}\n`);
  return written.bytes;
}

/** The nearer configuration files that apply to some of the analysed files, with how many; and the warnings about configuration. */
function nestedProfiles(settings: Settings): { nested: { profile: Profile; files: number }[]; warnings: string[] } {
  const profiles = new Profiles(settings);
  const counts = new Map<number, number>();
  for (const file of discover(settings.root, settings.paths, { exclude: settings.exclude }).files) {
    if (profiles.excluded(file.abs)) continue;
    const index = profiles.indexOf(file.abs);
    if (index > 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const nested = [...counts].sort(([a], [b]) => a - b).map(([index, files]) => ({ profile: profiles.list[index], files }));
  return { nested, warnings: profiles.notifications.map((n) => n.message) };
}

async function check(args: string[], mode: 'check' | 'config', options: CliOptions): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: cliParseOptions() });
  // Every flag is read and validated as src/settings/options.ts says; errors name the flag.
  const flags = new Given('cli', (name) => values[name] as string | boolean | undefined, process.cwd());
  const format = flags.valueOr('format');
  const paths = positionals.length ? positionals : ['.'];
  // The root is where the analysed paths are, wherever the command runs from: the git work tree
  // that holds them (their common directory), else that directory.
  const root = flags.value('root') ?? path.resolve(findRoot(commonDirectory(paths)));
  const configNamed = flags.value('config');
  const configFile = configNamed ?? findConfig(commonDirectory(paths));
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  const fromFlags = flags.settings();
  const jobs = flags.value('jobs') ?? os.availableParallelism();
  if (fromFlags.scope === 'changed' && !fromFlags.baselineRef) throw new UsageError("--scope: 'changed' needs --baseline-ref");
  if (fromFlags.baselineRef) resolveCommit(root, fromFlags.baselineRef, '--baseline-ref');
  const settings: Settings = {
    ...resolveSettings({ root, paths, jobs, toolConfigs: new ToolConfigReader(root), toolsFrom: commonDirectory(paths) }, fromFile, fromFlags),
    jobsAuto: flags.value('jobs') === undefined,
    configFile,
    // Without --config, configuration files nearer to the analysed files apply to them.
    configSearch: configNamed === undefined ? { from: commonDirectory(paths), flags: fromFlags } : undefined,
  };
  // A cache the analysed commit wrote (tracked by git) is never trusted (src/cachetrust.ts).
  const refused = settings.cacheDir && mode !== 'config' ? cacheRefusal(settings.cacheDir, root) : undefined;
  if (refused) {
    process.stderr.write(`tendril: warning: ${refused}\n`);
    settings.cacheDir = undefined;
  }
  if (mode === 'config') {
    const { nested, warnings } = nestedProfiles(settings);
    process.stdout.write(formatResolvedSettings(settings, nested, warnings));
    return 0;
  }

  // "analysing... N/M files" on stderr after two seconds, when stderr is a terminal.
  const progress = startProgress(process.stderr);
  let outcome;
  try {
    outcome = await run(settings, options.workerScript, { onFiles: progress.total, onProgress: progress.done });
  } finally {
    progress.stop();
  }

  for (const n of outcome.notifications) process.stderr.write(`tendril: ${n.level}: ${n.message}\n`);
  const output = flags.value('output');
  const colour = !flags.valueOr('no-color') && !process.env.NO_COLOR && !output && process.stdout.isTTY === true;
  const report: string | Buffer =
    format === 'sarif'
      ? sarifBytes(outcome)
      : format === 'json'
        ? formatJson(outcome)
        : formatText(outcome, colour, { quiet: flags.valueOr('quiet'), statistics: flags.valueOr('statistics') });
  if (output) {
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.writeFileSync(output, report);
    process.stderr.write(`tendril: ${totalsLine(outcome)}; ${format} report written to ${output}\n`);
    for (const reason of outcome.gate.reasons) if (reason !== outcome.gate.internalError) process.stderr.write(`tendril: gate failed: ${reason}\n`);
  } else {
    process.stdout.write(report);
  }
  // An internal error fails the run whatever the gates say (src/gate/gates.ts): exit 2.
  if (outcome.gate.internalError) process.stderr.write(`tendril: error: ${outcome.gate.internalError}\n`);
  return exitCode(outcome.gate);
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

async function dispatch(argv: string[], options: CliOptions): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest, 'check', options);
    case 'merge':
      return merge(rest);
    case 'config':
      return check(rest, 'config', options);
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

/**
 * Runs `tendril ARGV...` (without the program name); resolves to the exit code: 0 no gate failed,
 * 1 a gate failed, 2 usage, configuration or internal error, said in one line on stderr. Never throws.
 */
export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  try {
    return await dispatch(argv, options);
  } catch (error) {
    process.stderr.write(`tendril: ${reason(error)}\n`);
    return 2;
  }
}
