import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from '../errors';
import { ALL_RULES, selectRules } from '../rules';
import type { Pattern } from '../discovery/glob';
import { defaultExcludes } from '../discovery/discover';
import { BANDS } from '../rules/severity';
import type { Rule } from '../engine/api';
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
  return input as SettingsInput;
}

/** Later inputs override earlier ones, key by key. */
function merge(inputs: readonly SettingsInput[]): SettingsInput {
  const merged: Record<string, unknown> = {};
  for (const input of inputs) {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) merged[key] = value;
  }
  return merged as SettingsInput;
}

/** The rules that run: select (default: every rule enabled by default), less ignore and skips, less security rules below the band. */
function chooseRules(merged: SettingsInput): Rule[] {
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
  return rules;
}

/** The per-directory part: what the options of scope `profile` give (later inputs win). */
export function resolveProfile(root: string, inputs: readonly SettingsInput[]): Profile {
  const merged = merge(inputs);
  // extend-exclude adds to the exclude of the same or any earlier input.
  let exclude: Pattern[] = defaultExcludes(root);
  for (const input of inputs) {
    if (input.exclude) exclude = [...input.exclude];
    if (input.extendExclude) exclude = [...exclude, ...input.extendExclude];
  }
  return {
    rules: chooseRules(merged),
    ruleOptions: merged.ruleOptions ?? {},
    exclude,
    perFileIgnores: (merged.perFileIgnores ?? []).map(({ pattern, selectors }) => ({
      pattern,
      ruleIds: new Set(selectRules(selectors).map((rule) => rule.meta.id)),
    })),
    includeSuppressed: merged.includeSuppressed ?? OPTIONS['include-suppressed'].default,
    testPaths: [...compilePatterns(DEFAULT_TEST_PATHS, root), ...(merged.testPaths ?? [])],
    testCodeSeverity: merged.testCodeSeverity ?? (OPTIONS['test-code-severity'].default as TestCodeSeverity),
    bareNoqaSuppressesSecurity: merged.bareNoqaSuppressesSecurity ?? OPTIONS['bare-noqa-suppresses-security'].default,
    ...(merged.taint ? { taint: merged.taint } : {}),
  };
}

/** The run-wide part: what the options of scope `run` give (later inputs win), with the built-in defaults. */
export function resolveRunSettings(base: { root: string; paths: string[]; jobs: number }, inputs: readonly SettingsInput[]): RunSettings {
  const merged = merge(inputs);
  return {
    ...base,
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
  };
}

/** The run's settings and its own profile, from defaults and `inputs` (a configuration file, then flags or inputs). */
export function resolveSettings(base: { root: string; paths: string[]; jobs: number }, ...inputs: SettingsInput[]): Settings {
  return { ...resolveRunSettings(base, inputs), ...resolveProfile(base.root, inputs) };
}

/** The profile part of settings (profile 0 of a run). */
export function profileOf(settings: Settings): Profile {
  const { configFile, rules, ruleOptions, exclude, perFileIgnores, includeSuppressed, testPaths, testCodeSeverity, bareNoqaSuppressesSecurity, taint } =
    settings;
  return {
    configFile,
    rules,
    ruleOptions,
    exclude,
    perFileIgnores,
    includeSuppressed,
    testPaths,
    testCodeSeverity,
    bareNoqaSuppressesSecurity,
    ...(taint ? { taint } : {}),
  };
}
