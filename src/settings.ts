import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from './errors';
import { ALL_RULES, selectRules } from './rules';
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
}

/** What a configuration file, flags or action inputs may set; undefined means "not given". */
export interface SettingsInput {
  select?: string[];
  ignore?: string[];
  failOnSecuritySeverity?: string;
  maxMaintainabilityFindings?: number;
  ruleOptions?: RuleOptions;
}

export const DEFAULTS = {
  failOnSecuritySeverity: 'high' as SeverityThreshold,
  maxMaintainabilityFindings: -1,
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
    }
  }
  return input;
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
  let rules: Rule[] = merged.select ? selectRules(merged.select, 'rule in select') : [...ALL_RULES];
  if (merged.ignore) {
    const ignored = new Set(selectRules(merged.ignore, 'rule in ignore'));
    rules = rules.filter((rule) => !ignored.has(rule));
  }
  return {
    ...base,
    rules,
    failOnSecuritySeverity: (merged.failOnSecuritySeverity as SeverityThreshold | undefined) ?? DEFAULTS.failOnSecuritySeverity,
    maxMaintainabilityFindings: merged.maxMaintainabilityFindings ?? DEFAULTS.maxMaintainabilityFindings,
    ruleOptions: merged.ruleOptions ?? {},
  };
}
