import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { DEFAULT_BUDGET } from '../engine/analyze';
import type { Pattern } from '../discovery/glob';
import type { RuleOptions } from '../engine/api';
import type { SettingsInput, SeverityThreshold } from './types';
import {
  compilePatterns,
  existingPath,
  parseChoice,
  parseJobs,
  parseLimit,
  parseList,
  parseScope,
  parseShard,
  parseSize,
  parseThreshold,
  parseBand,
  SEVERITY_THRESHOLDS,
  TEST_CODE_SEVERITIES,
  tomlBoolean,
  tomlCacheDir,
  tomlInteger,
  tomlPatterns,
  tomlPerFileIgnores,
  tomlRuleOptions,
  tomlSelectors,
  tomlTaint,
  tomlText,
  type TomlSite,
} from './values';

/**
 * The one table of options: every flag of `tendril check`, every input of the action
 * (action.yml) and every key of the TOML configuration. The CLI's argument parsing and help, the
 * action's input reading and action.yml, the configuration file's reading and the README's tables
 * are derived from it (test/options.test.ts checks action.yml and the README).
 *
 * Precedence is the same for every setting: a flag or an action input, then the configuration,
 * then the built-in default (`default`). An input left empty counts as not given.
 */

/** Where a flag's or an input's text is read: errors name `source`; relative paths are relative to `base`. */
export interface ReadContext {
  /** `--name` or `Input 'name'`. */
  source: string;
  /** The current directory (CLI) or the checkout (action). */
  base: string;
}

/** What a value is and how it is read from text and from TOML. */
export interface ValueType<T> {
  /** What it is, for the documentation. */
  name: string;
  /** From text: a flag's value or an action input. */
  text?: (text: string, at: ReadContext) => T;
  /** From a switch (a flag without a value, a true/false input): what on or off means. */
  switch?: (on: boolean) => T;
  /** From a TOML value; wrong types are `site.wrongType()`. */
  toml?: (value: unknown, site: TomlSite) => T;
}

/**
 * `run`: holds for the whole run (gates, budget, cache, baseline), read only from the configuration
 * the run starts from; `profile`: may differ by directory (src/pipeline/profiles.ts); `adapter`:
 * what the CLI or the action does with the outcome, not a setting of the run.
 */
export type OptionScope = 'run' | 'profile' | 'adapter';

export interface CliFlag {
  /** One-letter alias (`-o`). */
  short?: string;
  /** What the value is called in the help (`FILE`); none for a switch. */
  arg?: string;
  /** The help text; lines after the first are continuation lines. */
  help: string;
  /** Another flag that cannot be given with this one. */
  excludes?: string;
  /** Fields of the configuration this flag, when given, empties as well (`--ignore` replaces `skips`). */
  replaces?: readonly (keyof SettingsInput)[];
}

export interface ActionInput {
  /** action.yml's description. */
  description: string;
  /** action.yml's default ('' when none: the input gives way to the configuration, then to `default`). */
  default?: string;
  /** README's Default column (Markdown), when it is not the option's default or the configuration's. */
  shownDefault?: string;
  /** README's Meaning column; else `doc`. */
  doc?: string;
  /** The action reads this setting itself (src/github/action.ts), not with `Given.settings()`. */
  custom?: true;
}

export interface TomlKey {
  /** What the key accepts, as errors say it: `<key> must be <expected>, not <value>`. */
  expected: string;
}

export interface Option<T = unknown> {
  /** A one-line description, for the README's reference table. */
  doc: string;
  scope: OptionScope;
  type: ValueType<T>;
  /** The `SettingsInput` field this option sets; none for what the adapter itself uses. */
  field?: keyof SettingsInput;
  /** The built-in default, where it is a constant. */
  default?: T;
  /** The default as the documentation shows it (Markdown), when `default` is not a constant or needs words. */
  shownDefault?: string;
  /** `tendril check --<name>`. */
  cli?: CliFlag;
  /** The action's input `<name>`. */
  input?: ActionInput;
  /** The configuration key `<name>` (`[tool.tendril]` in pyproject.toml, top level in tendril.toml). */
  toml?: TomlKey;
}

// Value types.

/** A text parser whose errors name the flag or input. */
function named<T>(parse: (value: string, source: string) => T): (text: string, at: ReadContext) => T {
  return (t, at) => parse(t, at.source);
}

const text: ValueType<string> = { name: 'text', text: (t) => t };
const onOff: ValueType<boolean> = { name: 'true or false', switch: (on) => on, toml: tomlBoolean };
const selectors: ValueType<string[]> = { name: 'rules', text: (t) => parseList(t), toml: tomlSelectors };
const threshold: ValueType<SeverityThreshold> = { name: 'severity', text: named(parseThreshold), toml: tomlText(parseThreshold) };
const limit: ValueType<number> = { name: 'whole number or -1', text: named(parseLimit), toml: tomlInteger(-1) };
const patterns: ValueType<Pattern[]> = {
  name: 'patterns',
  text: (t, at) => compilePatterns(parseList(t), at.base),
  toml: tomlPatterns,
};
const size: ValueType<number> = { name: 'bytes', text: named(parseSize), toml: tomlInteger(1) };
const seconds: ValueType<number> = { name: 'seconds', text: named(parseJobs), toml: tomlInteger(1) };
const cacheDir: ValueType<string | false> = { name: 'directory or false', text: (t, at) => path.resolve(at.base, t), toml: tomlCacheDir };
const noCache: ValueType<false> = { name: 'switch', switch: () => false };
const existing: ValueType<string> = { name: 'file', text: (t, at) => existingPath(t, at.source, at.base) };
const gitRef: ValueType<string | undefined> = { name: 'git revision', text: (t) => t || undefined };
const sarifFile: ValueType<string | undefined> = { name: 'file', text: (t, at) => (t ? existingPath(t, at.source, at.base) : undefined) };
const directory: ValueType<string> = {
  name: 'directory',
  text: (t, at) => {
    const dir = path.resolve(at.base, t);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${at.source}: not a directory: ${t}`);
    return dir;
  },
};

// The table. Its order is the order of the CLI's help, of action.yml and of the README's tables;
// configuration keys keep the order their error messages list them in.

export const OPTIONS = {
  paths: {
    doc: "Files or directories to analyse: the CLI's arguments, or the input's lines (relative to the workspace or `working-directory`).",
    scope: 'run',
    type: {
      name: 'paths',
      text: (t: string, at: ReadContext): string[] => {
        const paths = t
          .split(/\r?\n/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => path.resolve(at.base, p));
        for (const p of paths) {
          if (!fs.existsSync(p)) throw new UsageError(`${at.source}: ${path.relative(at.base, p) || '.'} does not exist in the workspace`);
        }
        return paths;
      },
    },
    shownDefault: '`.`',
    input: {
      description: 'Files or directories to analyse, one per line, relative to the workspace.',
      default: '.',
      doc: 'Files or directories to analyse, one per line, relative to the workspace (or `working-directory`).',
    },
  },
  'working-directory': {
    doc: "The repository's checkout, relative to the workspace, when `actions/checkout` put it in a subdirectory (its `path` input).",
    scope: 'run',
    type: {
      name: 'directory',
      text: (t: string, at: ReadContext): string => {
        const dir = path.resolve(at.base, t);
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${at.source}: ${t} is not a directory in the workspace`);
        return dir;
      },
    },
    input: {
      description:
        "The repository's checkout, relative to the workspace, when actions/checkout put it in a subdirectory (its path input). Inputs that name files are relative to it, and so are the SARIF file's paths.",
    },
  },
  format: {
    doc: 'The report: `text`, `sarif` (code scanning) or `json`.',
    scope: 'adapter',
    type: { name: 'text, sarif or json', text: named(parseChoice(['text', 'sarif', 'json'] as const)) },
    default: 'text',
    cli: { arg: 'FORMAT', help: 'text (default), sarif or json' },
  },
  output: {
    doc: 'Write the report to this file instead of standard output.',
    scope: 'adapter',
    type: text,
    cli: { short: 'o', arg: 'FILE', help: 'Write the report to FILE instead of standard output' },
  },
  'sarif-file': {
    doc: 'Where to write the SARIF report.',
    scope: 'adapter',
    type: text,
    default: 'tendril.sarif',
    input: { description: 'Where to write the SARIF 2.1.0 report, relative to the workspace.', default: 'tendril.sarif' },
  },
  jobs: {
    doc: 'Worker threads.',
    scope: 'run',
    type: { name: 'whole number >= 1', text: named(parseJobs) },
    shownDefault: 'available cores',
    cli: { short: 'j', arg: 'N', help: 'Worker threads (default: available cores)' },
  },
  config: {
    doc: 'A configuration file for every file, instead of the nearest one of each file.',
    scope: 'run',
    type: existing,
    shownDefault: 'the nearest, for each file',
    cli: {
      arg: 'FILE',
      help: [
        'Configuration file for every file (default: for each file, the',
        'nearest tendril.toml, .tendril.toml or pyproject.toml with',
        '[tool.tendril], looking upward from it)',
      ].join('\n'),
    },
    input: {
      description:
        'Configuration file (TOML) for every file. Default: for each file, the nearest tendril.toml, .tendril.toml or pyproject.toml with [tool.tendril], looking upward from it.',
      shownDefault: '',
      doc: 'A TOML configuration file for every file. Without it: for each file, the nearest `tendril.toml`, `.tendril.toml` or `pyproject.toml` with `[tool.tendril]` (see Configuration).',
    },
  },
  root: {
    doc: 'The directory SARIF paths are relative to.',
    scope: 'run',
    type: directory,
    shownDefault: 'git work tree of the analysed paths',
    cli: {
      arg: 'DIR',
      help: ['Directory SARIF paths are relative to (default: the git work', 'tree holding the analysed paths, else their directory)'].join('\n'),
    },
  },
  select: {
    doc: 'Only these rules: ids, aliases (`F401`, `B602`) or kinds (`security`, `maintainability`).',
    scope: 'profile',
    type: selectors,
    field: 'select',
    shownDefault: 'every rule',
    cli: { arg: 'RULES', help: 'Only these rules: ids, aliases (F401, B602) or kinds, comma-separated' },
    toml: { expected: 'a list of rule ids, aliases or kinds' },
  },
  ignore: {
    doc: 'Leave out these rules (same forms).',
    scope: 'profile',
    type: selectors,
    field: 'ignore',
    // --ignore names every rule to leave out: it replaces both ignore and skips of the file.
    cli: { arg: 'RULES', help: 'Leave out these rules (same forms)', replaces: ['skips'] },
    toml: { expected: 'a list of rule ids, aliases or kinds' },
  },
  'fail-on-security-severity': {
    doc: 'Fail when a (new) security alert is at or above this severity: `critical`, `high`, `medium` or `low`; `none` never fails on security alerts.',
    scope: 'run',
    type: threshold,
    field: 'failOnSecuritySeverity',
    default: 'high',
    cli: { arg: 'LEVEL', help: `${SEVERITY_THRESHOLDS.join('|')} (default: high)` },
    input: {
      description:
        'Fail the step when a security alert (a new one, with a baseline) is at or above this severity: critical, high, medium, low or none. Default: fail-on-security-severity of the configuration, else high.',
      doc: 'Fail the step when a (new) security alert is at or above `critical`, `high`, `medium` or `low`; `none` never fails on security alerts.',
    },
    toml: { expected: `one of ${SEVERITY_THRESHOLDS.join(', ')}` },
  },
  'max-maintainability-findings': {
    doc: 'Fail when there are more maintainability notes than this; `-1` for no limit.',
    scope: 'run',
    type: limit,
    field: 'maxMaintainabilityFindings',
    default: -1,
    cli: { arg: 'N', help: 'Fail above N maintainability findings (default: -1, no limit)' },
    input: {
      description:
        'Fail the step when there are more maintainability notes (all of them, new or not) than this; -1 for no limit. Default: max-maintainability-findings of the configuration, else -1.',
      doc: 'Fail the step when there are more maintainability notes than this; `-1` for no limit.',
    },
    toml: { expected: 'a whole number >= 0, or -1' },
  },
  'max-new-maintainability-findings': {
    doc: 'Fail when there are more new maintainability notes (not in the baseline) than this; `-1` for no limit.',
    scope: 'run',
    type: limit,
    field: 'maxNewMaintainabilityFindings',
    default: -1,
    cli: { arg: 'N', help: 'Fail above N new maintainability findings (default: -1, no limit)' },
    input: {
      description: 'Fail the step when there are more new maintainability notes (not in the baseline) than this; -1 for no limit. Default: -1.',
      doc: 'Fail the step when there are more new maintainability notes (not in the baseline) than this; `-1` for no limit.',
    },
  },
  skips: {
    doc: "Bandit's name for `ignore`: the rules of both are left out.",
    scope: 'profile',
    type: selectors,
    field: 'skips',
    toml: { expected: 'a list of rule ids, aliases (B101) or kinds, left out like ignore' },
  },
  'min-security-severity': {
    doc: "Security rules below this band are left out (Bandit's `-l`).",
    scope: 'profile',
    type: { name: 'severity', toml: tomlText(parseBand) },
    field: 'minSecuritySeverity',
    toml: { expected: 'one of critical, high, medium, low' },
  },
  exclude: {
    doc: 'Leave out these paths (gitignore-style); replaces the default excludes.',
    scope: 'profile',
    type: patterns,
    field: 'exclude',
    shownDefault: '`.git`, `.venv`, `build`, `dist`, ...',
    cli: {
      arg: 'PATTERNS',
      help: ['Leave out these paths (gitignore-style, comma-separated);', "replaces the default excludes and the configuration's"].join('\n'),
    },
    toml: { expected: 'a list of gitignore-style patterns' },
  },
  'extend-exclude': {
    doc: 'Leave out these paths as well.',
    scope: 'profile',
    type: patterns,
    field: 'extendExclude',
    cli: { arg: 'PATTERNS', help: 'Leave out these paths as well' },
    toml: { expected: 'a list of gitignore-style patterns' },
  },
  'per-file-ignores': {
    doc: 'Files matching a glob drop the findings of these rules.',
    scope: 'profile',
    type: { name: 'table', toml: tomlPerFileIgnores },
    field: 'perFileIgnores',
    toml: { expected: 'a table of glob = [rule ids, aliases or kinds]' },
  },
  'include-suppressed': {
    doc: 'Keep findings suppressed in the source, as SARIF `suppressions` (kind `inSource`).',
    scope: 'profile',
    type: onOff,
    field: 'includeSuppressed',
    default: false,
    cli: {
      help: ['Keep findings suppressed in the source (# noqa, # nosec, ...),', 'marked as suppressed (SARIF suppressions, kind inSource)'].join('\n'),
    },
    input: {
      description:
        'Keep findings suppressed in the source (# noqa, # nosec, ...) in the SARIF file, marked as suppressed (kind inSource): true or false. GitHub ignores SARIF suppressions and shows them as open alerts, so the default is false; overrides the configuration key.',
      doc: "`true`: keep findings suppressed in the source, as SARIF `suppressions` (kind `inSource`); overrides the configuration's `include-suppressed`.",
    },
    toml: { expected: 'true or false' },
  },
  'test-paths': {
    doc: 'More test code, added to `test_*.py`, `*_test.py`, `conftest.py`, `tests/` and `test/` (gitignore-style; the last pattern that matches decides, `!pattern` means not test code).',
    scope: 'profile',
    type: patterns,
    field: 'testPaths',
    toml: { expected: 'a list of gitignore-style patterns' },
  },
  'test-code-severity': {
    doc: '`lowered`: security alerts in test code are reported one band lower, at most medium (never at the default gate; docs/severity.md); `full`: as anywhere else.',
    scope: 'profile',
    type: {
      name: 'lowered or full',
      text: named(parseChoice(TEST_CODE_SEVERITIES)),
      toml: tomlText(parseChoice(TEST_CODE_SEVERITIES)),
    },
    field: 'testCodeSeverity',
    default: 'lowered',
    cli: { arg: 'lowered|full', help: 'Security alerts in test code: lowered (default: one band lower,\nat most medium) or full' },
    input: {
      description:
        'Security alerts in test code (test_*.py, *_test.py, conftest.py, tests/, test/ and the test-paths key): lowered reports them one band lower, at most medium, so they never fail the default gate; full reports them as anywhere else. Default: test-code-severity of the configuration, else lowered.',
      doc: '`lowered`: security alerts in test code are reported one band lower, at most medium; `full`: as anywhere else.',
    },
    toml: { expected: `one of ${TEST_CODE_SEVERITIES.join(', ')}` },
  },
  'bare-noqa-suppresses-security': {
    doc: '`true`: a bare `# noqa` (and `# ruff: noqa`, `# flake8: noqa`, `# pylint: skip-file`, `disable=all`) hides security alerts too, as in Ruff; by default only `# nosec`, a code naming the rule or `# tendril: ignore` does.',
    scope: 'profile',
    type: onOff,
    field: 'bareNoqaSuppressesSecurity',
    default: false,
    toml: { expected: 'true or false' },
  },
  'respect-tool-configs': {
    doc: "Apply the repository's Ruff, flake8, Bandit and Pylint configuration (rules turned off, per-file-ignores, excluded paths, thresholds), mapped onto Tendril's rules; this configuration wins over it. `false`: ignore it.",
    scope: 'profile',
    type: onOff,
    field: 'respectToolConfigs',
    default: true,
    input: {
      description:
        "Apply the repository's Ruff, flake8, Bandit and Pylint configuration (ruff.toml, [tool.ruff], setup.cfg/tox.ini/.flake8 [flake8], .bandit, [tool.bandit], .pylintrc, [tool.pylint]) mapped onto Tendril's rules: true or false. Default: respect-tool-configs of the configuration, else true.",
      doc: "`false`: ignore the repository's Ruff, flake8, Bandit and Pylint configuration (see [Other tools' configuration](#other-tools-configuration)).",
    },
    toml: { expected: 'true or false' },
  },
  'no-tool-configs': {
    doc: "Ignore the repository's Ruff, flake8, Bandit and Pylint configuration (`respect-tool-configs = false`).",
    scope: 'profile',
    type: { name: 'switch', switch: (): boolean => false },
    field: 'respectToolConfigs',
    cli: { help: 'Ignore the Ruff, flake8, Bandit and Pylint configuration\n(respect-tool-configs = false)' },
  },
  'max-file-size': {
    doc: 'Skip files larger than this many bytes, with a notification.',
    scope: 'run',
    type: size,
    field: 'maxFileSize',
    default: DEFAULT_BUDGET.maxFileSize,
    shownDefault: '`10M`',
    cli: { arg: 'SIZE', help: 'Skip files larger than SIZE bytes (K, M, G accepted; default: 10M)' },
    toml: { expected: 'a whole number of bytes >= 1' },
  },
  'file-timeout': {
    doc: 'Give up on a file after this many seconds, with a notification.',
    scope: 'run',
    type: seconds,
    field: 'fileTimeout',
    default: DEFAULT_BUDGET.timeoutSeconds,
    cli: { arg: 'SECONDS', help: 'Give up on a file after SECONDS (default: 60)' },
    toml: { expected: 'a whole number of seconds >= 1' },
  },
  'cache-dir': {
    doc: "The content-hash cache's directory; `false` turns it off.",
    scope: 'run',
    type: cacheDir,
    field: 'cacheDir',
    default: '.tendril_cache',
    shownDefault: '`.tendril_cache` in the root (the action: `RUNNER_TEMP/tendril-cache`)',
    cli: { arg: 'DIR', help: 'Content-hash cache of results (default: .tendril_cache in the root)', excludes: 'no-cache' },
    input: {
      description:
        'Directory of the content-hash cache, absolute or relative to the workspace, outside the workspace (a cache the analysed commit can write is refused); restore and save it with actions/cache. "false" (any case) turns the cache off. Default: tendril-cache under RUNNER_TEMP. The configuration\'s cache-dir can turn it off (false) but not move it.',
      shownDefault: '`RUNNER_TEMP/tendril-cache`',
      doc: "The content-hash cache's directory, outside the workspace (see [Cache](#cache-with-actionscache)); `false` turns it off.",
      custom: true,
    },
    toml: { expected: 'a directory (relative to the configuration file), or false for no cache' },
  },
  'no-cache': {
    doc: 'Neither read nor write the cache.',
    scope: 'run',
    type: noCache,
    field: 'cacheDir',
    cli: { help: 'Neither read nor write the cache' },
  },
  rules: {
    doc: "Rules' options, one table per rule (`tendril explain RULE` lists them).",
    scope: 'profile',
    type: {
      name: 'table',
      toml: (value: unknown, site: TomlSite): RuleOptions => tomlRuleOptions(value, site, 'a table of rule options: [tool.tendril.rules.<rule-id>]'),
    },
    field: 'ruleOptions',
    toml: { expected: 'a table of rule options: [tool.tendril.rules.<rule-id>]' },
  },
  taint: {
    doc: "The project's own sources, sinks (with their class), sanitizers and guards for the data-flow rules, by qualified name (see Data flow).",
    scope: 'profile',
    type: { name: 'table', toml: tomlTaint },
    field: 'taint',
    toml: { expected: 'a table: sources, local-sources, sinks, sanitizers, guards' },
  },
  'baseline-ref': {
    doc: 'Git revision to compare with: findings are new or unchanged (SARIF `baselineState`); the gates count only new ones.',
    scope: 'run',
    type: gitRef,
    field: 'baselineRef',
    shownDefault: "none (the action: the pull request's merge target)",
    cli: {
      arg: 'REF',
      help: ['Compare with git revision REF: findings are new or unchanged (SARIF', 'baselineState); the severity gate counts only new ones'].join('\n'),
      excludes: 'baseline-sarif',
    },
    input: {
      description:
        'Git revision to compare with: findings already there are "unchanged", the rest "new" (SARIF baselineState), and the severity gate and max-new-maintainability-findings count only new ones. Default: on pull_request, what the pull request merges into (the merge commit\'s first parent, or on a checkout of the head the merge base with the base branch); on merge_group, the queue\'s base; none otherwise. "none" turns it off. Missing commits are fetched from origin.',
      shownDefault: 'PR merge target',
      doc: "Git revision to compare with. Default: what the pull request merges into on `pull_request`, the queue's base on `merge_group`, none otherwise; `none` turns it off.",
      custom: true,
    },
  },
  'baseline-sarif': {
    doc: 'A previous Tendril SARIF file to compare with, instead of `baseline-ref`.',
    scope: 'run',
    type: sarifFile,
    field: 'baselineSarif',
    cli: { arg: 'FILE', help: 'Compare with a previous Tendril SARIF file instead' },
    input: { description: 'A previous Tendril SARIF file to compare with, instead of baseline-ref.' },
  },
  scope: {
    doc: '`changed`: analyse only the files changed against the baseline.',
    scope: 'run',
    type: { name: 'all or changed', text: named(parseScope) },
    field: 'scope',
    default: 'all',
    cli: { arg: 'all|changed', help: 'changed: only files changed against --baseline-ref (default: all)' },
    input: {
      description:
        'all: analyse every file; changed: only files changed against the baseline (pull requests in large repositories). A changed-only analysis is written with categories of its own (tendril/security/changed/) and is never uploaded by upload: true.',
      default: 'all',
    },
  },
  shard: {
    doc: '`K/N`: analyse only the K-th of N shards of the files.',
    scope: 'run',
    type: { name: 'K/N', text: named(parseShard) },
    field: 'shard',
    cli: { arg: 'K/N', help: 'Analyse only the K-th of N shards of the files (see merge)' },
    input: {
      description:
        'K/N: analyse only the K-th of N deterministic shards of the files (matrix jobs); merge the SARIF files with the merge input, and upload the merged file (a shard is never uploaded by upload: true).',
    },
  },
  merge: {
    doc: 'Merge mode: SARIF files of shards (one per line, `*` allowed in the file name) merged into `sarif-file`.',
    scope: 'adapter',
    type: text,
    input: {
      description: 'Merge mode: SARIF files written by shards (one per line, * allowed in the file name) are merged into sarif-file, and nothing is analysed.',
    },
  },
  quiet: {
    doc: 'Text format: findings only, no totals.',
    scope: 'adapter',
    type: onOff,
    default: false,
    cli: { short: 'q', help: 'Text format: findings only, no totals' },
  },
  statistics: {
    doc: 'Text format: a count per rule instead of each finding.',
    scope: 'adapter',
    type: onOff,
    default: false,
    cli: { help: 'Text format: a count per rule instead of each finding' },
  },
  'no-color': {
    doc: 'No colours (also when `NO_COLOR` is set or the output is not a terminal).',
    scope: 'adapter',
    type: onOff,
    default: false,
    cli: { help: 'No colours (also when NO_COLOR is set or output is not a terminal)' },
  },
  'sarif-maintainability': {
    doc: '`false`: leave the maintainability notes out of the SARIF file (so out of code scanning, which keeps 5,000 results per category); they still count for the gates and the summary.',
    scope: 'adapter',
    type: onOff,
    default: true,
    input: {
      description:
        'Write the maintainability notes into the SARIF file (their own run and category), and so upload them: true or false. false keeps code scanning to security alerts (a never-linted repository can have tens of thousands of notes, and code scanning keeps 5,000 results per category); the notes still count for the gates and the job summary.',
      default: 'true',
    },
  },
  annotations: {
    doc: 'Annotate new findings (all findings without a baseline) in the pull request, at most 10 per level (what GitHub displays); the summary counts the rest.',
    scope: 'adapter',
    type: onOff,
    default: true,
    input: {
      description: 'Annotate new findings (all findings without a baseline) on the changed lines, up to what GitHub displays: true or false.',
      default: 'true',
    },
  },
  upload: {
    doc: 'Upload the SARIF file to code scanning directly (needs `security-events: write`).',
    scope: 'adapter',
    type: onOff,
    default: false,
    input: {
      description:
        'Upload the SARIF file to code scanning directly (needs permissions: security-events: write), instead of github/codeql-action/upload-sarif: true or false. Skipped with a notice on pull requests from forks and Dependabot, whose token is read-only.',
      default: 'false',
    },
  },
  token: {
    doc: 'Token for the direct upload.',
    scope: 'adapter',
    type: text,
    input: { description: 'Token for the direct upload; masked in the log.', default: '${{ github.token }}', shownDefault: '`github.token`' },
  },
} satisfies Record<string, Option>;

export type OptionName = keyof typeof OPTIONS;
/** The value an option reads to. */
export type ValueOf<N extends OptionName> = (typeof OPTIONS)[N]['type'] extends ValueType<infer T> ? T : never;

/** The table as a list, in its order, each option with its name. */
export const OPTION_LIST: readonly (Option & { name: OptionName })[] = Object.entries(OPTIONS).map(([name, option]) => ({
  name: name as OptionName,
  ...(option as Option),
}));

/** Each option's field agrees with its value type (checked by the compiler). */
type Agrees<O> = O extends { field: infer F extends keyof SettingsInput; type: ValueType<infer T> } ? ([T] extends [SettingsInput[F]] ? true : false) : true;
type AllAgree = { [N in OptionName]: Agrees<(typeof OPTIONS)[N]> }[OptionName];
const fieldsAgree: AllAgree extends true ? true : never = true;
void fieldsAgree;

/** The configuration keys, in the order errors list them. */
export const TOML_OPTIONS: readonly (Option & { name: OptionName; toml: TomlKey })[] = OPTION_LIST.filter(
  (o): o is Option & { name: OptionName; toml: TomlKey } => o.toml !== undefined,
);

/** Configuration keys that set run-wide behaviour: read only from the configuration the run starts from. */
export const RUN_WIDE_KEYS: readonly (Option & { name: OptionName; toml: TomlKey; field: keyof SettingsInput })[] = TOML_OPTIONS.filter(
  (o): o is Option & { name: OptionName; toml: TomlKey; field: keyof SettingsInput } => o.scope === 'run' && o.field !== undefined,
);

// The CLI.

/** `util.parseArgs`'s options for `tendril check`. */
export function cliParseOptions(): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const out: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of OPTION_LIST) {
    if (!o.cli) continue;
    out[o.name] = { type: o.cli.arg ? 'string' : 'boolean', ...(o.cli.short ? { short: o.cli.short } : {}) };
  }
  return out;
}

/** The help's lines for the flags of `tendril check`: the flag, then its help from column 37. */
export function cliHelp(): string {
  const column = 35;
  const lines: string[] = [];
  for (const o of OPTION_LIST) {
    if (!o.cli) continue;
    const { arg, short, help } = o.cli;
    const label = `--${o.name}${arg ? ` ${arg}` : ''}${short ? `, -${short}${arg ? ` ${arg}` : ''}` : ''}`;
    const [first, ...rest] = help.split('\n');
    if (label.length + 2 > column) lines.push(`  ${label}`, `  ${' '.repeat(column)}${first}`);
    else lines.push(`  ${label.padEnd(column)}${first}`);
    for (const line of rest) lines.push(`  ${' '.repeat(column)}${line}`);
  }
  return lines.join('\n') + '\n';
}

// Reading what an adapter was given.

export type Adapter = 'cli' | 'action';

/**
 * The options one adapter was given: `raw` is an option's text, or whether a switch is on;
 * undefined when it was not given (an empty action input is not given). Values are read and
 * validated by the table's value types, errors naming the flag or the input.
 */
export class Given {
  constructor(
    readonly adapter: Adapter,
    private readonly raw: (name: OptionName, isSwitch: boolean) => string | boolean | undefined,
    private readonly base: string,
  ) {}

  /** How errors name an option: `--name` or `Input 'name'`. */
  source(name: OptionName): string {
    return this.adapter === 'cli' ? `--${name}` : `Input '${name}'`;
  }

  /** True when the adapter has this option and it was given. */
  has(name: OptionName): boolean {
    return this.offers(name) && this.raw(name, isSwitch(name)) !== undefined;
  }

  /** One option's value, read and validated; undefined when not given. */
  value<N extends OptionName>(name: N): ValueOf<N> | undefined {
    if (!this.offers(name)) throw new Error(`${this.adapter} has no option ${name}`);
    const type = (OPTIONS[name] as Option).type;
    const raw = this.raw(name, isSwitch(name));
    if (raw === undefined) return undefined;
    if (typeof raw === 'boolean') return type.switch!(raw) as ValueOf<N>;
    return type.text!(raw, { source: this.source(name), base: this.base }) as ValueOf<N>;
  }

  /** The value, or the option's built-in default. */
  valueOr<N extends OptionName>(name: N): ValueOf<N> {
    return this.value(name) ?? ((OPTIONS[name] as Option).default as ValueOf<N>);
  }

  /**
   * Every setting this adapter was given (options with a field), in table order; the action's
   * `custom` inputs are left to the action. Flags that exclude each other are an error, before
   * any value is read.
   */
  settings(): SettingsInput {
    for (const o of OPTION_LIST) {
      const other = this.adapter === 'cli' ? (o.cli?.excludes as OptionName | undefined) : undefined;
      if (other && this.has(o.name) && this.has(other)) throw new UsageError(`${this.source(o.name)} and ${this.source(other)} exclude each other`);
    }
    const out: Record<string, unknown> = { origin: this.adapter === 'cli' ? 'command line' : 'action inputs' };
    for (const o of OPTION_LIST) {
      if (!o.field || !this.offers(o.name) || (this.adapter === 'action' && o.input?.custom)) continue;
      const value = this.value(o.name);
      if (value === undefined) continue;
      out[o.field] = value;
      if (this.adapter === 'cli') for (const field of o.cli?.replaces ?? []) out[field] = [];
    }
    return out as SettingsInput;
  }

  private offers(name: OptionName): boolean {
    const o = OPTIONS[name] as Option;
    return this.adapter === 'cli' ? o.cli !== undefined : o.input !== undefined;
  }
}

function isSwitch(name: OptionName): boolean {
  return (OPTIONS[name] as Option).type.switch !== undefined;
}
