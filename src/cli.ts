#!/usr/bin/env node
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { findConfig } from './config';
import { findRoot } from './engine/discover';
import { isTendrilWorker, runWorker } from './engine/worker';
import { UsageError } from './errors';
import { formatJson } from './report/json';
import { formatRulesText } from './report/catalogue';
import { formatSarif } from './report/sarif';
import { formatText, totalsLine } from './report/text';
import { run } from './run';
import { parseJobs, parseLimit, parseThreshold, readConfigFile, resolveSettings, SEVERITY_THRESHOLDS, type SettingsInput } from './settings';
import { VERSION } from './version';

const HELP = `Usage: tendril <command> [options]

Commands:
  check [PATH...]   Analyse Python files (default: the current directory)
  rules             List the rule catalogue
  help              Show this help

Options for check:
  --format FORMAT                    text (default), sarif or json
  --output FILE, -o FILE             Write the report to FILE instead of standard output
  --jobs N, -j N                     Worker threads (default: available cores)
  --config FILE                      Configuration file (default: tendril.toml, .tendril.toml or
                                     [tool.tendril] in pyproject.toml, in the root)
  --root DIR                         Directory SARIF paths are relative to (default: the git work
                                     tree holding the current directory, else the current directory)
  --select RULES                     Only these rules: ids, aliases (F401, B602) or kinds, comma-separated
  --ignore RULES                     Leave out these rules (same forms)
  --fail-on-security-severity LEVEL  ${SEVERITY_THRESHOLDS.join('|')} (default: high)
  --max-maintainability-findings N   Fail above N maintainability findings (default: -1, no limit)
  --no-color                         No colours (also when NO_COLOR is set or output is not a terminal)

Exit codes: 0 no gate failed, 1 a gate failed, 2 usage, configuration or internal error.
`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

async function check(args: string[]): Promise<number> {
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
    },
  });
  const format = values.format!;
  if (!['text', 'sarif', 'json'].includes(format)) {
    throw new UsageError(`--format: '${format}' is not valid; accepted: text, sarif, json`);
  }
  const root = path.resolve(values.root ?? findRoot(process.cwd()));
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`--root: not a directory: ${values.root}`);
  const configFile = values.config ?? findConfig(root);
  const fromFile: SettingsInput = configFile ? readConfigFile(configFile) : {};
  const fromFlags: SettingsInput = {
    select: list(values.select),
    ignore: list(values.ignore),
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
  const settings = resolveSettings({ root, paths: positionals.length ? positionals : ['.'], jobs }, fromFile, fromFlags);

  const outcome = await run(settings, __filename);

  for (const n of outcome.notifications) process.stderr.write(`tendril: ${n.level}: ${n.message}\n`);
  const colour = !values['no-color'] && !process.env.NO_COLOR && !values.output && process.stdout.isTTY === true;
  const report =
    format === 'sarif' ? formatSarif(outcome) : format === 'json' ? formatJson(outcome) : formatText(outcome, colour);
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest);
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
