import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from '../errors';
import { ALL_RULES, selectRules } from '../rules';
import type { Pattern } from '../discovery/glob';
import { defaultExcludes } from '../discovery/discover';
import { BANDS } from '../rules/severity';
import type { OptionValue, Rule, RuleOptions } from '../engine/api';
import type { ToolConfigReader, ToolSettings } from './tools';
import { OPTIONS, TOML_OPTIONS } from './options';
import { compilePatterns, DEFAULT_TEST_PATHS } from './values';
import type { Profile, RunSettings, Settings, SettingsInput, SeverityThreshold, TestCodeSeverity } from './types';
import type { TomlSite } from './values';

export type { Profile, RunSettings, Settings, SettingsInput, SeverityThreshold, TestCodeSeverity } from './types';
export { compilePatterns, parseBand, parseJobs, parseLimit, parseScope, parseShard, parseSize, parseThreshold, SEVERITY_THRESHOLDS } from './values';

/**
 * Reads a configuration file: `pyproject.toml` (the `[tool.tendril]` table) or a Tendril TOML file
 * (top level). Each key is an option of src/settings/options.ts; unknown keys and wrong types are
 * errors naming the file and the key.
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
  const dir = path.dirname(path.resolve(file));
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    const option = TOML_OPTIONS.find((o) => o.name === key);
    if (!option) {
      throw new UsageError(`${file}: unknown key '${prefix}${key}'; accepted keys: ${TOML_OPTIONS.map((o) => o.name).join(', ')}`);
    }
    const site: TomlSite = {
      file,
      key: `${prefix}${key}`,
      dir,
      wrongType: () => {
        throw new UsageError(`${file}: ${prefix}${key} must be ${option.toml.expected}, not ${JSON.stringify(value)}`);
      },
    };
    input[option.field!] = option.type.toml!(value, site);
  }
  return { ...(input as SettingsInput), origin: file };
}

/** Later inputs override earlier ones, key by key. */
function merge(inputs: readonly SettingsInput[]): SettingsInput {
  const merged: Record<string, unknown> = {};
  for (const input of inputs) {
    for (const [key, value] of Object.entries(input)) if (value !== undefined && key !== 'origin') merged[key] = value;
  }
  return merged as SettingsInput;
}

/** Where each setting of `inputs` comes from: the origin of the last input that gives it, by configuration key. */
function originsOf(inputs: readonly SettingsInput[]): Record<string, string> {
  const keyOf = new Map(TOML_OPTIONS.map((o) => [o.field as string, o.name as string]));
  const out: Record<string, string> = {};
  for (const input of inputs) {
    if (!input.origin) continue;
    for (const [field, value] of Object.entries(input)) {
      if (value === undefined || field === 'origin') continue;
      if (field === 'ruleOptions') {
        for (const [rule, options] of Object.entries(value as RuleOptions))
          for (const option of Object.keys(options)) out[`rules.${rule}.${option}`] = input.origin;
      } else out[keyOf.get(field) ?? field] = input.origin;
    }
  }
  return out;
}

/**
 * The rules that run: select (default: every rule enabled by default), less ignore and skips, less
 * security rules below the band, less the rules other tools' configuration turned off, unless
 * select names them (by id or alias: Tendril's configuration and the flags win).
 */
function chooseRules(merged: SettingsInput, tools: ToolSettings | undefined): Rule[] {
  let rules: Rule[] = merged.select ? selectRules(merged.select, 'rule in select') : ALL_RULES.filter((rule) => rule.meta.enabledByDefault !== false);
  if (merged.ignore || merged.skips) {
    const ignored = new Set([...selectRules(merged.ignore ?? [], 'rule in ignore'), ...selectRules(merged.skips ?? [], 'rule in skips')]);
    rules = rules.filter((rule) => !ignored.has(rule));
  }
  const minBand = merged.minSecuritySeverity;
  if (minBand) {
    const min = BANDS.find((b) => b.name === minBand)!.min;
    rules = rules.filter((rule) => rule.meta.kind !== 'security' || (rule.meta.securitySeverity ?? 0) >= min);
  }
  if (tools?.disabled.size) {
    const named = new Set(merged.select ?? []);
    rules = rules.filter((rule) => !tools.disabled.has(rule.meta.id) || named.has(rule.meta.id) || rule.meta.aliases.some((a) => named.has(a)));
  }
  return rules;
}

/** Rule options: other tools' first, then Tendril's configuration and flags, option by option. */
function mergeRuleOptions(tools: RuleOptions | undefined, own: RuleOptions | undefined): RuleOptions {
  const out: Record<string, Record<string, OptionValue>> = {};
  for (const source of [tools, own]) {
    for (const [rule, options] of Object.entries(source ?? {})) out[rule] = { ...out[rule], ...options };
  }
  return out;
}

/**
 * The per-directory part: what the options of scope `profile` give (later inputs win), and what
 * other tools' configuration decides (`tools`, applied unless `respect-tool-configs = false`;
 * Tendril's own settings win over it).
 */
export function resolveProfile(root: string, inputs: readonly SettingsInput[], tools?: ToolSettings): Profile {
  const merged = merge(inputs);
  const respectToolConfigs = merged.respectToolConfigs ?? OPTIONS['respect-tool-configs'].default;
  const applied = respectToolConfigs ? tools : undefined;
  // extend-exclude adds to the exclude of the same or any earlier input.
  let exclude: Pattern[] = defaultExcludes(root);
  for (const input of inputs) {
    if (input.exclude) exclude = [...input.exclude];
    if (input.extendExclude) exclude = [...exclude, ...input.extendExclude];
  }
  const sources = originsOf(inputs);
  // A rule Tendril's select names (by id or alias) runs whole: the parts other tools turned off come back.
  let toolOptions = applied?.ruleOptions;
  if (applied?.partOptions.size && merged.select) {
    const named = new Set(merged.select);
    const keep: Record<string, Record<string, OptionValue>> = {};
    for (const [rule, options] of Object.entries(applied.ruleOptions)) {
      const meta = ALL_RULES.find((r) => r.meta.id === rule)?.meta;
      const isNamed = !!meta && (named.has(meta.id) || meta.aliases.some((a) => named.has(a)));
      keep[rule] = Object.fromEntries(Object.entries(options).filter(([option]) => !(isNamed && applied.partOptions.has(`${rule}.${option}`))));
    }
    toolOptions = keep;
  }
  if (applied) {
    for (const [key, source] of applied.optionSources) {
      const [rule, option] = [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)];
      if (merged.ruleOptions?.[rule]?.[option] === undefined) sources[`rules.${rule}.${option}`] = source;
    }
  }
  return {
    rules: chooseRules(merged, applied),
    ruleOptions: mergeRuleOptions(toolOptions, merged.ruleOptions),
    exclude,
    perFileIgnores: [
      ...(applied?.perFileIgnores ?? []).map(({ pattern, ruleIds }) => ({ pattern, ruleIds })),
      ...(merged.perFileIgnores ?? []).map(({ pattern, selectors }) => ({
        pattern,
        ruleIds: new Set(selectRules(selectors).map((rule) => rule.meta.id)),
      })),
    ],
    includeSuppressed: merged.includeSuppressed ?? OPTIONS['include-suppressed'].default,
    testPaths: [...compilePatterns(DEFAULT_TEST_PATHS, root), ...(merged.testPaths ?? [])],
    testCodeSeverity: merged.testCodeSeverity ?? (OPTIONS['test-code-severity'].default as TestCodeSeverity),
    bareNoqaSuppressesSecurity: merged.bareNoqaSuppressesSecurity ?? OPTIONS['bare-noqa-suppresses-security'].default,
    respectToolConfigs,
    tools: applied,
    sources,
    ...(merged.taint ? { taint: merged.taint } : {}),
  };
}

/** What the run starts from: the root, the paths, the threads, and the reader of other tools' configuration. */
export interface RunBase {
  root: string;
  paths: string[];
  jobs: number;
  /** Other tools' configuration is read with this, from the directory `toolsFrom` (default: none is read). */
  toolConfigs?: ToolConfigReader;
  toolsFrom?: string;
}

/** The run-wide part: what the options of scope `run` give (later inputs win), with the built-in defaults. */
export function resolveRunSettings(base: RunBase, inputs: readonly SettingsInput[]): RunSettings {
  const merged = merge(inputs);
  const { toolsFrom: _from, ...rest } = base;
  void _from;
  return {
    ...rest,
    maxFileSize: merged.maxFileSize ?? OPTIONS['max-file-size'].default,
    fileTimeout: merged.fileTimeout ?? OPTIONS['file-timeout'].default,
    cacheDir: merged.cacheDir === false ? undefined : (merged.cacheDir ?? path.join(base.root, OPTIONS['cache-dir'].default)),
    failOnSecuritySeverity: (merged.failOnSecuritySeverity ?? OPTIONS['fail-on-security-severity'].default) as SeverityThreshold,
    maxMaintainabilityFindings: merged.maxMaintainabilityFindings ?? OPTIONS['max-maintainability-findings'].default,
    baselineRef: merged.baselineRef,
    baselineSarif: merged.baselineSarif,
    maxNewMaintainabilityFindings: merged.maxNewMaintainabilityFindings ?? OPTIONS['max-new-maintainability-findings'].default,
    scope: merged.scope ?? (OPTIONS.scope.default as 'all'),
    shard: merged.shard,
    runSources: originsOf(inputs),
  };
}

/**
 * The run's settings and its own profile, from defaults and `inputs` (a configuration file, then
 * flags or inputs), with other tools' configuration nearest to `base.toolsFrom` when a reader is given.
 */
export function resolveSettings(base: RunBase, ...inputs: SettingsInput[]): Settings {
  const respect = merge(inputs).respectToolConfigs ?? OPTIONS['respect-tool-configs'].default;
  const reader = base.toolConfigs;
  const tools = reader && respect ? reader.settingsOf(reader.nearest(base.toolsFrom ?? base.root)) : undefined;
  return { ...resolveRunSettings(base, inputs), ...resolveProfile(base.root, inputs, tools) };
}

/** The fields of a profile: what `profileOf` takes from the run's settings (the compiler checks that none is missing). */
const PROFILE_FIELDS: Record<keyof Profile, true> = {
  configFile: true,
  rules: true,
  ruleOptions: true,
  exclude: true,
  perFileIgnores: true,
  includeSuppressed: true,
  testPaths: true,
  testCodeSeverity: true,
  bareNoqaSuppressesSecurity: true,
  respectToolConfigs: true,
  tools: true,
  sources: true,
  taint: true,
};

/** The profile part of settings (profile 0 of a run). */
export function profileOf(settings: Settings): Profile {
  return Object.fromEntries(Object.keys(PROFILE_FIELDS).map((key) => [key, settings[key as keyof Profile]])) as unknown as Profile;
}
