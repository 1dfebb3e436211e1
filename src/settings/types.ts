import type { Pattern } from '../discovery/glob';
import type { Band } from '../rules/severity';
import type { Rule, RuleOptions } from '../engine/api';
import type { ToolConfigReader, ToolSettings } from './tools';

export type SeverityThreshold = Band | 'none';

/**
 * What may differ from one directory to another in one run: what a configuration file sets for the
 * files below it (src/pipeline/profiles.ts). Options of scope `profile` in src/settings/options.ts.
 */
export interface Profile {
  /** The configuration file, if any; undefined for the defaults. */
  configFile?: string;
  /** The rules that run. */
  rules: Rule[];
  /** Rule options the user set, validated against each rule's `meta.options`. */
  ruleOptions: RuleOptions;
  /** Paths left out of directory walks (`exclude` replaces the defaults, `extend-exclude` adds). */
  exclude: Pattern[];
  /** `per-file-ignores`: files matching a pattern drop findings of these rule ids. */
  perFileIgnores: { pattern: Pattern; ruleIds: Set<string> }[];
  /** Keep suppressed findings, written with SARIF `suppressions` (kind `inSource`). */
  includeSuppressed: boolean;
  /**
   * What is test code: the default patterns (DEFAULT_TEST_PATHS, relative to the root), then
   * `test-paths` (relative to its configuration file); the last pattern that matches a file or one
   * of its directories decides, a `!pattern` saying "not test code".
   */
  testPaths: Pattern[];
  /** `lowered`: security findings in test code are reported one band lower, at most medium; `full`: as elsewhere. */
  testCodeSeverity: TestCodeSeverity;
  /** True: a linter's blanket directive (`# noqa` without codes, ...) hides security findings too, as in Ruff. */
  bareNoqaSuppressesSecurity: boolean;
  /** Other tools' configuration is applied (`respect-tool-configs`). */
  respectToolConfigs: boolean;
  /** What other tools' configuration files decided for this profile, when applied. */
  tools?: ToolSettings;
  /** Where each setting came from, by key (`select`, `rules.<rule-id>.<option>`): a file, the flags, or another tool's file. */
  sources: Record<string, string>;
  /** `[taint]`: the project's own sources, sinks and sanitizers for the data-flow analysis. */
  taint?: TaintSettings;
}

export type TestCodeSeverity = 'lowered' | 'full';

/** What holds for the whole run, whichever configuration applies to a file. Options of scope `run`. */
export interface RunSettings {
  /** Directory that SARIF URIs are relative to (the repository root). */
  root: string;
  /** Files and directories to analyse, relative to the current directory or absolute. */
  paths: string[];
  jobs: number;
  /**
   * True when `jobs` is the machine's core count rather than the user's choice: a small run then
   * starts fewer workers than that (src/engine/pool.ts, `BYTES_PER_STARTED_WORKER`).
   */
  jobsAuto?: boolean;
  /** Fail when a security finding is at or above this GitHub band. */
  failOnSecuritySeverity: SeverityThreshold;
  /** Fail when there are more maintainability findings than this; -1 for no limit. */
  maxMaintainabilityFindings: number;
  /** Files larger than this many bytes are skipped with a notification (`max-file-size`). */
  maxFileSize: number;
  /** Seconds one file's analysis may take before it is abandoned with a notification (`file-timeout`). */
  fileTimeout: number;
  /** The content-hash cache's directory (absolute), or undefined for no cache. */
  cacheDir?: string;
  /** The configuration file the settings came from, if any (`tendril config` shows it). */
  configFile?: string;
  /** Reads other tools' configuration files for the nearer configurations (one reader per run). */
  toolConfigs?: ToolConfigReader;
  /** Where each run-wide setting came from, by key. */
  runSources: Record<string, string>;
  /**
   * Set when no configuration file was named: nearer configuration files, in directories below
   * `from` (the deepest directory holding every analysed path), apply to the files beneath them,
   * each resolved with the same `flags` on top (src/pipeline/profiles.ts). Nearest wins, as in Ruff.
   */
  configSearch?: { from: string; flags: SettingsInput };
  // Gating and CI integration (src/baseline, src/gate): set from flags or action inputs, not from
  // configuration files.
  /** Git revision to compare with: findings are new, unchanged (or fixed); gates count new ones. */
  baselineRef?: string;
  /** A previous Tendril SARIF file to compare with instead of a git revision. */
  baselineSarif?: string;
  /** Fail when there are more new maintainability findings than this; -1 (default) for no limit. */
  maxNewMaintainabilityFindings?: number;
  /** `changed`: analyse only files changed against the baseline ref. */
  scope?: 'all' | 'changed';
  /** Analyse only shard `index` (1-based) of `count` of the files. */
  shard?: { index: number; count: number };
}

/** Everything a run needs: the run-wide settings and the run's own profile (profile 0). */
export type Settings = RunSettings & Profile;

/**
 * What one source (a configuration file, the flags, the action's inputs) gives; undefined means
 * "not given". Each field is set by the options of src/settings/options.ts that name it.
 */
export interface SettingsInput {
  /** Where these settings come from, for `tendril config`: a file, `command line`, `action inputs`. */
  origin?: string;
  select?: string[];
  ignore?: string[];
  /** Bandit's name for `ignore`; the union of both is left out. */
  skips?: string[];
  /** Security rules whose severity falls below this band are left out (Bandit's `-l`). */
  minSecuritySeverity?: Band;
  exclude?: Pattern[];
  extendExclude?: Pattern[];
  perFileIgnores?: { pattern: Pattern; selectors: string[] }[];
  includeSuppressed?: boolean;
  testPaths?: Pattern[];
  testCodeSeverity?: TestCodeSeverity;
  bareNoqaSuppressesSecurity?: boolean;
  /** Apply other tools' configuration (Ruff, flake8, Bandit, Pylint); default true. */
  respectToolConfigs?: boolean;
  maxFileSize?: number;
  fileTimeout?: number;
  /** A directory (absolute), or false for no cache. */
  cacheDir?: string | false;
  failOnSecuritySeverity?: string;
  maxMaintainabilityFindings?: number;
  ruleOptions?: RuleOptions;
  taint?: TaintSettings;
  // Flags and action inputs only.
  baselineRef?: string;
  baselineSarif?: string;
  maxNewMaintainabilityFindings?: number;
  scope?: 'all' | 'changed';
  shard?: { index: number; count: number };
}

/**
 * `[taint]`: the project's own sources, sinks and sanitizers for the data-flow analysis, by
 * qualified name (`myapp.db.run_raw`), kept as the string lists the analysis reads
 * (src/analysis/taint/project.ts): `sources` and `local-sources` (calls or attributes), `sinks`
 * (`class=name`: a table of class = [names] in TOML), `sanitizers` and `guards` (`class=name`, `*`
 * for every class: a list in TOML for every class, or a table of class = [names]).
 */
export type TaintSettings = Record<'sources' | 'local-sources' | 'sinks' | 'sanitizers' | 'guards', string[]>;
