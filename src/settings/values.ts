import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { ALL_RULES, selectRules } from '../rules';
import { compilePattern, type Pattern } from '../discovery/glob';
import { BANDS, type Band } from '../rules/severity';
import type { OptionSpec, OptionValue, RuleOptions } from '../engine/api';
import { SINK_CLASSES } from '../analysis/taint/model';
import type { SeverityThreshold, TaintSettings } from './types';

/**
 * The value types of the options (src/settings/options.ts): readers of text (a flag or an action
 * input, named by `source` in errors) and of TOML values (named by file and key).
 */

export const SEVERITY_THRESHOLDS: readonly SeverityThreshold[] = [...BANDS.map((b) => b.name), 'none'];

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

export function parseBand(value: string, source: string): Band {
  const v = value.trim().toLowerCase();
  const band = BANDS.find((b) => b.name === v);
  if (band) return band.name;
  throw new UsageError(`${source}: '${value}' is not a valid value; accepted: ${BANDS.map((b) => b.name).join(', ')}`);
}

/** One of `accepted`, spelled exactly (`--format`). */
export function parseChoice<T extends string>(accepted: readonly T[]): (value: string, source: string) => T {
  return (value, source) => {
    if ((accepted as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${source}: '${value}' is not valid; accepted: ${accepted.join(', ')}`);
  };
}

/** A comma-separated list (flags): items trimmed, empty ones dropped. */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A path that must exist, relative to `base`; the text is kept as given. */
export function existingPath(value: string, source: string, base: string): string {
  if (!value || !fs.existsSync(path.resolve(base, value))) throw new UsageError(`${source}: ${value} does not exist`);
  return value;
}

/** Patterns relative to `base` (the configuration file's directory, or the current directory for flags). */
/**
 * Test code by default (`test-paths` adds to these): pytest's and unittest's file names, and files
 * under a `tests/` or `test/` directory at any depth.
 */
export const DEFAULT_TEST_PATHS: readonly string[] = ['test_*.py', '*_test.py', 'conftest.py', 'tests/', 'test/'];

export const TEST_CODE_SEVERITIES = ['lowered', 'full'] as const;

export function compilePatterns(globs: readonly string[], base: string): Pattern[] {
  return globs.map((g) => compilePattern(g, base)).filter((p): p is Pattern => p !== undefined);
}

/** Where a TOML value was read: errors name the file and the key (`tool.tendril.` in a pyproject.toml). */
export interface TomlSite {
  file: string;
  /** The key, with `tool.tendril.` in a pyproject.toml. */
  key: string;
  /** The configuration file's directory (absolute): what paths and patterns are relative to. */
  dir: string;
  /** `must be <what the key accepts>, not <the value>`. */
  wrongType(): never;
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unknown rule selectors in a configuration file: an error naming the file and the key. */
export function checkSelectors(file: string, selectors: readonly string[], key: string): void {
  try {
    selectRules(selectors, `rule in ${key}`);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

/** A list of rule ids, aliases or kinds, each known. */
export function tomlSelectors(value: unknown, site: TomlSite): string[] {
  if (!isStringList(value)) site.wrongType();
  checkSelectors(site.file, value, site.key);
  return value;
}

export function tomlInteger(min: number): (value: unknown, site: TomlSite) => number {
  return (value, site) => (typeof value === 'number' && Number.isInteger(value) && value >= min ? value : site.wrongType());
}

/** A string read with a text parser, whose errors name the file and the key. */
export function tomlText<T>(parse: (value: string, source: string) => T): (value: unknown, site: TomlSite) => T {
  return (value, site) => (typeof value === 'string' ? parse(value, `${site.file}: ${site.key}`) : site.wrongType());
}

export function tomlBoolean(value: unknown, site: TomlSite): boolean {
  return typeof value === 'boolean' ? value : site.wrongType();
}

export function tomlPatterns(value: unknown, site: TomlSite): Pattern[] {
  return isStringList(value) ? compilePatterns(value, site.dir) : site.wrongType();
}

/** `[per-file-ignores]`: glob = [rule ids, aliases or kinds]. */
export function tomlPerFileIgnores(value: unknown, site: TomlSite): { pattern: Pattern; selectors: string[] }[] {
  if (!isTable(value)) site.wrongType();
  const out: { pattern: Pattern; selectors: string[] }[] = [];
  for (const [glob, selectors] of Object.entries(value)) {
    const key = `${site.key}."${glob}"`;
    if (!isStringList(selectors)) {
      throw new UsageError(`${site.file}: ${key} must be a list of rule ids, aliases or kinds, not ${JSON.stringify(selectors)}`);
    }
    checkSelectors(site.file, selectors, key);
    const pattern = compilePattern(glob, site.dir);
    if (pattern) out.push({ pattern, selectors });
  }
  return out;
}

/** A directory relative to the configuration file, or false. */
export function tomlCacheDir(value: unknown, site: TomlSite): string | false {
  if (value === false) return false;
  if (typeof value === 'string' && value.trim() !== '') return path.resolve(site.dir, value);
  return site.wrongType();
}

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
      return isStringList(value);
  }
}

/** `[rules.<rule-id>]` tables: known rules, known options, right types. */
export function tomlRuleOptions(value: unknown, site: TomlSite, expected: string): RuleOptions {
  const { file, key } = site;
  if (!isTable(value)) throw new UsageError(`${file}: ${key} must be ${expected}`);
  const out: Record<string, Record<string, OptionValue>> = {};
  for (const [ruleId, table] of Object.entries(value)) {
    const rule = ALL_RULES.find((r) => r.meta.id === ruleId);
    if (!rule) throw new UsageError(`${file}: ${key}.${ruleId}: no rule has this id (see 'tendril rules')`);
    const specs = rule.meta.options ?? {};
    const accepted = Object.keys(specs);
    if (!isTable(table)) {
      throw new UsageError(`${file}: ${key}.${ruleId} must be a table of options (${accepted.join(', ') || 'this rule has none'})`);
    }
    out[ruleId] = {};
    for (const [name, optionValue] of Object.entries(table)) {
      const spec = specs[name];
      if (!spec) {
        throw new UsageError(
          `${file}: unknown key '${key}.${ruleId}.${name}'; ${accepted.length ? `accepted keys: ${accepted.join(', ')}` : 'this rule has no options'}`,
        );
      }
      if (!validOption(spec, optionValue)) {
        throw new UsageError(`${file}: ${key}.${ruleId}.${name} must be ${describeSpec(spec)}, not ${JSON.stringify(optionValue)}`);
      }
      out[ruleId][name] = optionValue;
    }
  }
  return out;
}

/** `[taint]` (TaintSettings, types.ts): validated, and kept as the string lists the analysis reads. */

const TAINT_KEYS = ['sources', 'local-sources', 'sinks', 'sanitizers', 'guards'];
const QUALIFIED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export function tomlTaint(value: unknown, site: TomlSite): TaintSettings {
  const { file, key } = site;
  if (!isTable(value)) site.wrongType();
  const out: TaintSettings = { sources: [], 'local-sources': [], sinks: [], sanitizers: [], guards: [] };
  const names = (v: unknown, at: string): string[] => {
    if (!isStringList(v)) throw new UsageError(`${file}: ${at} must be a list of qualified names (such as "myapp.db.run_raw"), not ${JSON.stringify(v)}`);
    for (const name of v) {
      if (!QUALIFIED_NAME.test(name)) throw new UsageError(`${file}: ${at}: '${name}' is not a qualified name (module and name, such as "myapp.db.run_raw")`);
    }
    return v;
  };
  const byClass = (v: unknown, at: string, every: boolean): string[] => {
    if (!isTable(v))
      throw new UsageError(`${file}: ${at} must be a table of sink class = [qualified names]${every ? ', or a list of qualified names for every class' : ''}`);
    const list: string[] = [];
    for (const [sinkClass, items] of Object.entries(v)) {
      if (!(SINK_CLASSES as readonly string[]).includes(sinkClass) && !(every && sinkClass === 'all')) {
        throw new UsageError(`${file}: unknown sink class '${at}.${sinkClass}'; accepted: ${[...SINK_CLASSES, ...(every ? ['all'] : [])].join(', ')}`);
      }
      for (const name of names(items, `${at}.${sinkClass}`)) list.push(`${sinkClass === 'all' ? '*' : sinkClass}=${name}`);
    }
    return list;
  };
  for (const [name, v] of Object.entries(value)) {
    const at = `${key}.${name}`;
    if (name === 'sources' || name === 'local-sources') out[name] = names(v, at);
    else if (name === 'sinks') out.sinks = byClass(v, at, false);
    else if (name === 'sanitizers' || name === 'guards') out[name] = Array.isArray(v) ? names(v, at).map((n) => `*=${n}`) : byClass(v, at, true);
    else throw new UsageError(`${file}: unknown key '${at}'; accepted keys: ${TAINT_KEYS.join(', ')}`);
  }
  return out;
}
