import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from './errors';
import { ALL_RULES, selectRules } from './rules';
import { compilePattern, type Pattern } from './engine/glob';
import { DEFAULT_BUDGET } from './engine/analyze';
import { defaultExcludes } from './engine/discover';
import { BANDS, type Band } from './rules/severity';
import type { OptionSpec, OptionValue, Rule, RuleOptions } from './rules/types';

export type SeverityThreshold = Band | 'none';
export const SEVERITY_THRESHOLDS: readonly SeverityThreshold[] = [...BANDS.map((b) => b.name), 'none'];

/** Everything a run needs, resolved from defaults, a configuration file and flags or inputs. */
export interface Settings {
  /** Directory that SARIF URIs are relative to (the repository root). */
  root: string;
  /** Files and directories to analyse, relative to the current directory or absolute. */
  paths: string[];
  /** The rules that run. */
  rules: Rule[];
  jobs: number;
  /** Fail when a security finding is at or above this GitHub band. */
  failOnSecuritySeverity: SeverityThreshold;
  /** Fail when there are more maintainability findings than this; -1 for no limit. */
  maxMaintainabilityFindings: number;
  /** Rule options the user set, validated against each rule's `meta.options`. */
  ruleOptions: RuleOptions;
  /** Paths left out of directory walks (`exclude` replaces the defaults, `extend-exclude` adds). */
  exclude: Pattern[];
  /** `per-file-ignores`: files matching a pattern drop findings of these rule ids. */
  perFileIgnores: { pattern: Pattern; ruleIds: Set<string> }[];
  /** Keep suppressed findings, written with SARIF `suppressions` (kind `inSource`). */
  includeSuppressed: boolean;
  /** Files larger than this many bytes are skipped with a notification (`max-file-size`). */
  maxFileSize: number;
  /** Seconds one file's analysis may take before it is abandoned with a notification (`file-timeout`). */
  fileTimeout: number;
  /** The content-hash cache's directory (absolute), or undefined for no cache. */
  cacheDir?: string;
  /** The configuration file the settings came from, if any (`tendril config` shows it). */
  configFile?: string;
  /**
   * Set when no configuration file was named: nearer configuration files, in directories below
   * `from` (the deepest directory holding every analysed path), apply to the files beneath them,
   * each resolved with the same `flags` on top (src/profiles.ts). Nearest wins, as in Ruff.
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

/** What a configuration file, flags or action inputs may set; undefined means "not given". */
export interface SettingsInput {
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
  maxFileSize?: number;
  fileTimeout?: number;
  /** A directory (absolute), or false for no cache. */
  cacheDir?: string | false;
  failOnSecuritySeverity?: string;
  maxMaintainabilityFindings?: number;
  ruleOptions?: RuleOptions;
}

export const DEFAULTS = {
  failOnSecuritySeverity: 'high' as SeverityThreshold,
  maxMaintainabilityFindings: -1,
  maxFileSize: DEFAULT_BUDGET.maxFileSize,
  fileTimeout: DEFAULT_BUDGET.timeoutSeconds,
  cacheDir: '.tendril_cache',
};

export function parseThreshold(value: string, source: string): SeverityThreshold {
  const v = value.trim().toLowerCase();
  if ((SEVERITY_THRESHOLDS as readonly string[]).includes(v)) return v as SeverityThreshold;
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: ${SEVERITY_THRESHOLDS.join(', ')}`);
}

export function parseLimit(value: string, source: string): number {
  const v = value.trim();
  if (/^(-1|\d+)$/.test(v)) return Number(v);
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number >= 0, or -1 for no limit`);
}

/** `K/N` with 1 <= K <= N. */
export function parseShard(value: string, source: string): { index: number; count: number } {
  const m = /^\s*([1-9]\d*)\s*\/\s*([1-9]\d*)\s*$/.exec(value);
  if (m && Number(m[1]) <= Number(m[2])) return { index: Number(m[1]), count: Number(m[2]) };
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: K/N with 1 <= K <= N, such as 1/4`);
}

export function parseScope(value: string, source: string): 'all' | 'changed' {
  const v = value.trim().toLowerCase();
  if (v === 'all' || v === 'changed') return v;
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: all, changed`);
}

/** A size in bytes: a whole number, optionally with K, M or G (powers of 1024). */
export function parseSize(value: string, source: string): number {
  const m = /^\s*([1-9]\d*)\s*(?:([kmg])i?)?b?\s*$/i.exec(value);
  if (m) return Number(m[1]) * 1024 ** ['', 'k', 'm', 'g'].indexOf((m[2] ?? '').toLowerCase());
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number of bytes >= 1, optionally with K, M or G (such as 10M)`);
}

export function parseJobs(value: string, source: string): number {
  const v = value.trim();
  if (/^[1-9]\d*$/.test(v)) return Number(v);
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number >= 1`);
}

const CONFIG_KEYS: Record<string, string> = {
  select: 'a list of rule ids, aliases or kinds',
  ignore: 'a list of rule ids, aliases or kinds',
  'fail-on-security-severity': `one of ${SEVERITY_THRESHOLDS.join(', ')}`,
  'max-maintainability-findings': 'a whole number >= 0, or -1',
  skips: 'a list of rule ids, aliases (B101) or kinds, left out like ignore',
  'min-security-severity': `one of ${BANDS.map((b) => b.name).join(', ')}`,
  exclude: 'a list of gitignore-style patterns',
  'extend-exclude': 'a list of gitignore-style patterns',
  'per-file-ignores': 'a table of glob = [rule ids, aliases or kinds]',
  'include-suppressed': 'true or false',
  'max-file-size': 'a whole number of bytes >= 1',
  'file-timeout': 'a whole number of seconds >= 1',
  'cache-dir': 'a directory (relative to the configuration file), or false for no cache',
  rules: 'a table of rule options: [tool.tendril.rules.<rule-id>]',
};

function describeSpec(spec: OptionSpec): string {
  switch (spec.type) {
    case 'integer':
      return `a whole number${spec.min !== undefined ? ` >= ${spec.min}` : ''}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return spec.values ? `one of ${spec.values.join(', ')}` : 'a string';
    case 'string-list':
      return 'a list of strings';
  }
}

function validOption(spec: OptionSpec, value: unknown): value is OptionValue {
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && (spec.min === undefined || value >= spec.min);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && (!spec.values || spec.values.includes(value));
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** `[tool.tendril.rules.<rule-id>]` tables: known rules, known options, right types. */
function readRuleOptions(file: string, prefix: string, value: unknown): RuleOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${file}: ${prefix}rules must be ${CONFIG_KEYS.rules}`);
  }
  const out: Record<string, Record<string, OptionValue>> = {};
  for (const [ruleId, table] of Object.entries(value as Record<string, unknown>)) {
    const rule = ALL_RULES.find((r) => r.meta.id === ruleId);
    if (!rule) throw new UsageError(`${file}: ${prefix}rules.${ruleId}: no rule has this id (see 'tendril rules')`);
    const specs = rule.meta.options ?? {};
    const accepted = Object.keys(specs);
    if (typeof table !== 'object' || table === null || Array.isArray(table)) {
      throw new UsageError(`${file}: ${prefix}rules.${ruleId} must be a table of options (${accepted.join(', ') || 'this rule has none'})`);
    }
    out[ruleId] = {};
    for (const [name, optionValue] of Object.entries(table as Record<string, unknown>)) {
      const spec = specs[name];
      if (!spec) {
        throw new UsageError(
          `${file}: unknown key '${prefix}rules.${ruleId}.${name}'; ${accepted.length ? `accepted keys: ${accepted.join(', ')}` : 'this rule has no options'}`,
        );
      }
      if (!validOption(spec, optionValue)) {
        throw new UsageError(`${file}: ${prefix}rules.${ruleId}.${name} must be ${describeSpec(spec)}, not ${JSON.stringify(optionValue)}`);
      }
      out[ruleId][name] = optionValue;
    }
  }
  return out;
}

/**
 * Reads a configuration file: `pyproject.toml` (the `[tool.tendril]` table) or a Tendril TOML file
 * (top level). Unknown keys and wrong types are errors naming the file and the key.
 */
export function readConfigFile(file: string): SettingsInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read configuration file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new UsageError(`${file} is not valid TOML: ${first}`);
  }
  let table: Record<string, unknown> = doc;
  let prefix = '';
  if (path.basename(file) === 'pyproject.toml') {
    const tool = doc.tool as Record<string, unknown> | undefined;
    table = (tool?.tendril as Record<string, unknown> | undefined) ?? {};
    prefix = 'tool.tendril.';
  }
  const input: SettingsInput = {};
  for (const [key, value] of Object.entries(table)) {
    const where = `${file}: ${prefix}${key}`;
    const expected = CONFIG_KEYS[key];
    if (!expected) {
      throw new UsageError(`${file}: unknown key '${prefix}${key}'; accepted keys: ${Object.keys(CONFIG_KEYS).join(', ')}`);
    }
    const wrongType = (): never => {
      throw new UsageError(`${where} must be ${expected}, not ${JSON.stringify(value)}`);
    };
    switch (key) {
      case 'select':
      case 'ignore':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) wrongType();
        checkSelectors(file, value as string[], `${prefix}${key}`);
        input[key] = value as string[];
        break;
      case 'fail-on-security-severity':
        if (typeof value !== 'string') wrongType();
        input.failOnSecuritySeverity = parseThreshold(value as string, where);
        break;
      case 'max-maintainability-findings':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < -1) wrongType();
        input.maxMaintainabilityFindings = value as number;
        break;
      case 'rules':
        input.ruleOptions = readRuleOptions(file, prefix, value);
        break;
      case 'skips':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) wrongType();
        checkSelectors(file, value as string[], `${prefix}skips`);
        input.skips = value as string[];
        break;
      case 'min-security-severity':
        if (typeof value !== 'string') wrongType();
        input.minSecuritySeverity = parseBand(value as string, where);
        break;
      case 'exclude':
      case 'extend-exclude': {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) wrongType();
        const patterns = compilePatterns(value as string[], path.dirname(path.resolve(file)));
        if (key === 'exclude') input.exclude = patterns;
        else input.extendExclude = patterns;
        break;
      }
      case 'per-file-ignores': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) wrongType();
        input.perFileIgnores = [];
        for (const [glob, selectors] of Object.entries(value as Record<string, unknown>)) {
          if (!Array.isArray(selectors) || !selectors.every((v) => typeof v === 'string')) {
            throw new UsageError(`${file}: ${prefix}per-file-ignores."${glob}" must be a list of rule ids, aliases or kinds, not ${JSON.stringify(selectors)}`);
          }
          checkSelectors(file, selectors as string[], `${prefix}per-file-ignores."${glob}"`);
          const pattern = compilePattern(glob, path.dirname(path.resolve(file)));
          if (pattern) input.perFileIgnores.push({ pattern, selectors: selectors as string[] });
        }
        break;
      }
      case 'include-suppressed':
        if (typeof value !== 'boolean') wrongType();
        input.includeSuppressed = value as boolean;
        break;
      case 'max-file-size':
      case 'file-timeout':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) wrongType();
        if (key === 'max-file-size') input.maxFileSize = value as number;
        else input.fileTimeout = value as number;
        break;
      case 'cache-dir':
        if (value === false) input.cacheDir = false;
        else if (typeof value === 'string' && value.trim() !== '') input.cacheDir = path.resolve(path.dirname(path.resolve(file)), value);
        else wrongType();
        break;
    }
  }
  return input;
}

/** Unknown rule selectors in a configuration file: an error naming the file and the key. */
function checkSelectors(file: string, selectors: readonly string[], key: string): void {
  try {
    selectRules(selectors, `rule in ${key}`);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

export function parseBand(value: string, source: string): Band {
  const v = value.trim().toLowerCase();
  const band = BANDS.find((b) => b.name === v);
  if (band) return band.name;
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: ${BANDS.map((b) => b.name).join(', ')}`);
}

/** Patterns relative to `base` (the configuration file's directory, or the current directory for flags). */
export function compilePatterns(globs: readonly string[], base: string): Pattern[] {
  return globs.map((g) => compilePattern(g, base)).filter((p): p is Pattern => p !== undefined);
}

/** Later inputs override earlier ones, key by key. */
export function resolveSettings(
  base: { root: string; paths: string[]; jobs: number },
  ...inputs: SettingsInput[]
): Settings {
  const merged: SettingsInput = {};
  for (const input of inputs) {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  let rules: Rule[] = merged.select
    ? selectRules(merged.select, 'rule in select')
    : ALL_RULES.filter((rule) => rule.meta.enabledByDefault !== false);
  if (merged.ignore || merged.skips) {
    const ignored = new Set([
      ...selectRules(merged.ignore ?? [], 'rule in ignore'),
      ...selectRules(merged.skips ?? [], 'rule in skips'),
    ]);
    rules = rules.filter((rule) => !ignored.has(rule));
  }
  const minBand = merged.minSecuritySeverity;
  if (minBand) {
    const min = BANDS.find((b) => b.name === minBand)!.min;
    rules = rules.filter((rule) => rule.meta.kind !== 'security' || (rule.meta.securitySeverity ?? 0) >= min);
  }
  // extend-exclude adds to the exclude of the same or any earlier input.
  let exclude: Pattern[] = defaultExcludes(base.root);
  for (const input of inputs) {
    if (input.exclude) exclude = [...input.exclude];
    if (input.extendExclude) exclude = [...exclude, ...input.extendExclude];
  }
  return {
    ...base,
    rules,
    exclude,
    perFileIgnores: (merged.perFileIgnores ?? []).map(({ pattern, selectors }) => ({
      pattern,
      ruleIds: new Set(selectRules(selectors).map((rule) => rule.meta.id)),
    })),
    includeSuppressed: merged.includeSuppressed ?? false,
    maxFileSize: merged.maxFileSize ?? DEFAULTS.maxFileSize,
    fileTimeout: merged.fileTimeout ?? DEFAULTS.fileTimeout,
    cacheDir: merged.cacheDir === false ? undefined : (merged.cacheDir ?? path.join(base.root, DEFAULTS.cacheDir)),
    failOnSecuritySeverity: (merged.failOnSecuritySeverity as SeverityThreshold | undefined) ?? DEFAULTS.failOnSecuritySeverity,
    maxMaintainabilityFindings: merged.maxMaintainabilityFindings ?? DEFAULTS.maxMaintainabilityFindings,
    ruleOptions: merged.ruleOptions ?? {},
  };
}
