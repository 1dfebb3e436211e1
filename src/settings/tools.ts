/**
 * Other tools' configuration, read as the decisions of a team that already lints: Ruff
 * (`.ruff.toml`, `ruff.toml`, `[tool.ruff]`), flake8 (`[flake8]` of `setup.cfg`, `tox.ini`,
 * `.flake8`), Bandit (`.bandit`, `[tool.bandit]`) and Pylint (`pylintrc`, `.pylintrc`,
 * `[tool.pylint]`). Each decision is mapped onto Tendril's rules through their aliases:
 *
 * - codes turned off (Ruff `lint.ignore`, a `lint.select` that leaves them out, flake8 `ignore`
 *   and `extend-ignore`, Bandit `skips` and `tests`, Pylint `disable`/`enable`) turn rules off;
 * - `per-file-ignores` become Tendril's per-file-ignores;
 * - excluded paths (Ruff `exclude`/`extend-exclude`, flake8 `exclude`/`extend-exclude`, Bandit
 *   `exclude_dirs`/`exclude`) drop the findings of the kind of rules the tool runs there;
 * - thresholds and name lists become rule options (Ruff `lint.mccabe.max-complexity`,
 *   `lint.pylint.max-*`, `lint.pep8-naming.*ignore-names`, `lint.pydocstyle.convention`; flake8
 *   `max-complexity`, `ignore-names`; Pylint `max-args`, `max-branches`, `max-statements`,
 *   `max-nested-blocks`).
 *
 * A tool governs the rules whose codes it has: Ruff's and flake8's are pyflakes, pep8-naming,
 * pydocstyle, mccabe, flake8-bandit (`S`) and Ruff's Pylint and `RUF` codes; Bandit's the `B`
 * codes; Pylint's its own (`C0103`, `W0611`, ...). Ruff's `B` is flake8-bugbear, not Bandit, and is
 * never read as Bandit's. A Ruff configuration decides what Ruff runs (its select, or Ruff's default
 * rules); a selection that names no `S` code is no decision about security rules, so it leaves
 * them on (and Ruff's excludes leave them alone). A rule is left out when a tool turns one of its
 * codes off and no tool runs it (Ruff running F401 keeps it where Pylint disables unused-import).
 *
 * These files are untrusted input (a pull request writes them): they are read only inside the
 * analysis root (links leading out of it are not followed), up to MAX_BYTES each, parsed
 * defensively; a file that cannot be read or parsed, and a key of the wrong type, is a warning
 * naming the file and the key (the file belongs to its tool), never an error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { compilePattern, type Pattern } from '../discovery/glob';
import type { OptionValue, Rule, RuleOptions } from '../engine/api';
import type { Notification } from '../engine/types';
import { ALL_RULES } from '../rules';
import { iniList, parseIni, type IniFile } from './ini';

export type Tool = 'ruff' | 'flake8' | 'bandit' | 'pylint';

/** A configuration file of another tool: which tool, where, and the table read. */
export interface ToolFile {
  tool: Tool;
  file: string;
  /** `[tool.ruff]`, `[flake8]`, ... or `(top level)`. */
  table: string;
}

/** What the tools' files decide for one directory, mapped onto Tendril's rules. */
export interface ToolSettings {
  files: ToolFile[];
  /** Rules turned off, with the file and key that turned each off. */
  disabled: Map<string, string>;
  /** Rule options, and where each came from (`rule-id.option` -> `ruff.toml lint.mccabe.max-complexity`). */
  ruleOptions: RuleOptions;
  optionSources: Map<string, string>;
  /** Options (`rule-id.option`) that turn a part of a rule off or on (D104, N806, ...): a select naming the rule undoes them. */
  partOptions: Set<string>;
  perFileIgnores: { pattern: Pattern; ruleIds: Set<string>; source: string }[];
}

/** Larger files are not read (a configuration is a few kilobytes). */
export const MAX_BYTES = 1024 * 1024;
/** Globs with more wildcards than this are not compiled (their regular expressions could backtrack for long). */
const MAX_WILDCARDS = 6;
const MAX_EXTEND_DEPTH = 4;

// --- Codes ---------------------------------------------------------------------------------------

/** Each tool's spelling of a code, to tell its aliases from the others' (`B602` is Bandit's, never Ruff's bugbear). */
const CODE_SYNTAX: Record<Tool, RegExp> = {
  ruff: /^(?:[FNDCS]\d{3}|PL[CERW]\d{4}|RUF\d{3})$/,
  flake8: /^[FNDCS]\d{3}$/,
  bandit: /^B\d{3}$/,
  pylint: /^[CRWEFI]\d{4}$/,
};

/**
 * Codes that are one part of a Tendril rule's check, with the rule option that turns that part off
 * (and, for a part off by default, on): the rest of the rule stays when only this code is off.
 */
const PARTS: Record<string, { rule: string; option: string; off: OptionValue | ((v: OptionValue) => OptionValue); on?: OptionValue }> = {
  D100: { rule: 'missing-module-docstring', option: 'include-modules', off: false },
  D104: { rule: 'missing-module-docstring', option: 'include-packages', off: false },
  D106: { rule: 'missing-class-docstring', option: 'include-nested', off: false },
  D105: { rule: 'missing-function-docstring', option: 'include-magic-methods', off: false, on: true },
  D107: { rule: 'missing-function-docstring', option: 'include-init', off: false, on: true },
  N806: { rule: 'invalid-variable-name', option: 'scopes', off: (v) => without(v, 'function') },
  N815: { rule: 'invalid-variable-name', option: 'scopes', off: (v) => without(v, 'class') },
  N816: { rule: 'invalid-variable-name', option: 'scopes', off: (v) => without(v, 'module') },
};

function without(value: OptionValue, item: string): string[] {
  return (Array.isArray(value) ? value : []).filter((v) => v !== item);
}

/** Pylint's symbolic names of the messages Tendril has, to their codes. */
const PYLINT_NAMES: Record<string, string[]> = {
  'invalid-name': ['C0103'],
  'unused-import': ['W0611'],
  'unused-variable': ['W0612'],
  'missing-docstring': ['C0114', 'C0115', 'C0116'],
  'missing-module-docstring': ['C0114'],
  'missing-class-docstring': ['C0115'],
  'missing-function-docstring': ['C0116'],
  'too-many-arguments': ['R0913'],
  'too-many-branches': ['R0912'],
  'too-many-statements': ['R0915'],
  'too-many-nested-blocks': ['R1702'],
};

/** Tendril's checks that no tool has a code for, and the family of checks they go with. */
const COMPANIONS: Record<string, string[]> = {
  'inconsistent-naming': ['invalid-class-name', 'invalid-function-name', 'invalid-argument-name', 'invalid-variable-name'],
  'cognitive-complexity': ['cyclomatic-complexity', 'too-many-arguments', 'too-many-branches', 'too-many-statements', 'too-many-nested-blocks'],
};

/** The naming rules that take pep8-naming's `ignore-names`. */
const NAMING_RULES = ['invalid-class-name', 'invalid-function-name', 'invalid-argument-name', 'invalid-variable-name', 'inconsistent-naming'];

/** Threshold keys: Ruff's `lint.pylint` and Pylint's own, to the rule option. */
const PYLINT_THRESHOLDS: Record<string, { rule: string; option: string }> = {
  'max-args': { rule: 'too-many-arguments', option: 'max-args' },
  'max-branches': { rule: 'too-many-branches', option: 'max-branches' },
  'max-statements': { rule: 'too-many-statements', option: 'max-statements' },
  'max-nested-blocks': { rule: 'too-many-nested-blocks', option: 'max-nested-blocks' },
};

function codesOf(rule: Rule, tool: Tool): string[] {
  return rule.meta.aliases.filter((a) => CODE_SYNTAX[tool].test(a));
}

/** A selector (`F`, `N8`, `PLR0913`, `ALL`) matches a code it is a prefix of; the length of the match, 0 for none. */
function matchLength(selectors: readonly string[], code: string): number {
  let best = 0;
  for (const s of selectors) {
    if (s === 'ALL') best = Math.max(best, 1);
    else if (code.startsWith(s)) best = Math.max(best, s.length + 1);
  }
  return best;
}

// --- Reading files -------------------------------------------------------------------------------

type Parsed = { ok: true; toml?: Record<string, unknown>; ini?: IniFile } | { ok: false; reason: string };

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads the files the tools' configuration is made of. One per run: each file is read and parsed
 * once, and the warnings about it are given once.
 */
export class ToolConfigReader {
  private readonly parsed = new Map<string, Parsed>();
  private readonly found = new Map<string, ToolFile[]>();
  private readonly settings = new Map<string, ToolSettings>();
  private readonly realRoot: string;
  /** Files already said to be unreadable. */
  private readonly warned = new Set<string>();
  /** What is said about the files read (unreadable files, keys of the wrong type), each once per run. */
  readonly warnings: Notification[] = [];

  constructor(private readonly root: string) {
    this.realRoot = fs.realpathSync(root);
  }

  /** The path as a person reads it: relative to the root. */
  private rel(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/') || file;
  }

  private parse(file: string): Parsed {
    let result = this.parsed.get(file);
    if (result) return result;
    result = this.read(file);
    this.parsed.set(file, result);
    return result;
  }

  private read(file: string): Parsed {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    if (!inside(this.realRoot, real)) return { ok: false, reason: 'is a link that leads outside the analysis root; not followed' };
    let text: string;
    try {
      const stat = fs.statSync(real);
      if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' };
      if (stat.size > MAX_BYTES) return { ok: false, reason: `is larger than ${MAX_BYTES / 1024} KiB; not read` };
      text = fs.readFileSync(real, 'utf8');
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    if (/\.toml$/.test(file)) {
      try {
        return { ok: true, toml: parseToml(text) as Record<string, unknown> };
      } catch (error) {
        // The parser's first line says where; its later lines would quote the file.
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
        return { ok: false, reason: `is not valid TOML (${first})` };
      }
    }
    const ini = parseIni(text);
    return ini.ok ? { ok: true, ini: ini.ini } : { ok: false, reason: `cannot be parsed as INI (line ${ini.line}: ${ini.reason})` };
  }

  /**
   * The file's table for a tool: its value, `undefined` when the file has none, or `broken` when
   * the file cannot be read or parsed (said once per run, in `warnings`).
   */
  private table(tool: Tool, file: string, warnings: Notification[]): { table: string; value: Record<string, unknown> } | 'broken' | undefined {
    if (!fs.existsSync(file)) return undefined;
    const parsed = this.parse(file);
    const name = path.basename(file);
    if (!parsed.ok) {
      if (!this.warned.has(file)) {
        this.warned.add(file);
        warnings.push(this.warning(file, `${this.rel(file)} ${parsed.reason}; the settings of the tools that read it are not applied.`));
      }
      return 'broken';
    }
    if (parsed.toml) {
      if (name === 'pyproject.toml') {
        const tools = parsed.toml.tool;
        const own = isTable(tools) ? tools[tool] : undefined;
        if (!isTable(own)) return undefined;
        // Pylint finds its options by name in any of its tables ([tool.pylint."messages control"], ...).
        if (tool === 'pylint')
          return { table: '[tool.pylint]', value: Object.assign({}, ...Object.values(own).filter(isTable), own) as Record<string, unknown> };
        return { table: `[tool.${tool}]`, value: own };
      }
      return { table: '(top level)', value: parsed.toml };
    }
    const sections = parsed.ini!.sections;
    if (tool === 'pylint') {
      // Pylint finds its options by name in any section.
      const all: Record<string, unknown> = {};
      for (const section of sections.values()) for (const [k, v] of section) all[k] = v;
      return sections.size ? { table: '(every section)', value: all } : undefined;
    }
    const section = sections.get(tool);
    return section ? { table: `[${tool}]`, value: Object.fromEntries(section) } : undefined;
  }

  private warning(file: string, message: string): Notification {
    return { level: 'warning', id: 'configuration', path: this.rel(file), message };
  }

  /**
   * The tools' files in one directory, each tool's first by its own order of precedence. A file
   * that cannot be parsed counts (its tool would stop there too): it is said, and gives nothing.
   */
  filesIn(dir: string): ToolFile[] {
    let files = this.found.get(dir);
    if (files) return files;
    files = [];
    for (const tool of TOOLS) {
      for (const name of CANDIDATES[tool]) {
        const file = path.join(dir, name);
        const table = this.table(tool, file, this.warnings);
        if (!table) continue;
        files.push({ tool, file, table: table === 'broken' ? '(unreadable)' : table.table });
        break;
      }
    }
    this.found.set(dir, files);
    return files;
  }

  /**
   * Each tool's nearest file for a directory: in it or in a directory above, up to the analysis
   * root (never above it: a file outside the repository is not the team's decision).
   */
  nearest(dir: string): ToolFile[] {
    const out = new Map<Tool, ToolFile>();
    for (let d = path.resolve(dir); inside(this.root, d); d = path.dirname(d)) {
      for (const f of this.filesIn(d)) if (!out.has(f.tool)) out.set(f.tool, f);
      if (d === this.root || path.dirname(d) === d) break;
    }
    return TOOLS.flatMap((t) => (out.has(t) ? [out.get(t)!] : []));
  }

  /** The settings the given files decide, mapped onto Tendril's rules (cached by the list of files). */
  settingsOf(files: readonly ToolFile[]): ToolSettings {
    const key = files.map((f) => f.file).join('\0');
    let settings = this.settings.get(key);
    if (!settings) this.settings.set(key, (settings = this.combine(files)));
    return settings;
  }

  private combine(files: readonly ToolFile[]): ToolSettings {
    const out: Built = { files: [...files], disabled: new Map(), ruleOptions: {}, optionSources: new Map(), partOptions: new Set(), perFileIgnores: [] };
    const decisions = files.map((f) => this.decide(f, this.warnings)).filter((d): d is Decisions => d !== undefined);
    // A rule is off when a tool turned it off and none runs it: a team that runs F401 with Ruff and
    // disables unused-import in Pylint (not to hear it twice) still wants it.
    for (const rule of ALL_RULES) {
      const verdicts = decisions.map((d) => verdict(d, rule)).filter((v) => v !== undefined);
      const off = verdicts.filter((v) => !v.on);
      if (off.length && off.length === verdicts.length) out.disabled.set(rule.meta.id, [...new Set(off.map((v) => v.source))].join('; '));
    }
    // Tendril's own checks of a family no tool has a code for follow the family: a team that runs
    // no naming (or complexity) check at all is not given these notes either.
    for (const [rule, family] of Object.entries(COMPANIONS)) {
      const why = family.map((id) => out.disabled.get(id));
      if (why.every((w) => w !== undefined)) out.disabled.set(rule, `every rule of its family is left out (${[...new Set(why)].join('; ')})`);
    }
    // Ruff first: where two tools set one threshold, the later one (flake8, Pylint) gives way.
    for (const d of decisions) this.apply(d, out);
    return out;
  }

  // --- Per tool ----------------------------------------------------------------------------------

  private decide(file: ToolFile, warnings: Notification[]): Decisions | undefined {
    const read = this.table(file.tool, file.file, warnings);
    if (!read || read === 'broken') return undefined;
    const d: Decisions = { tool: file.tool, codes: new Map(), security: true, options: [], excludes: [], perFile: [] };
    const warn = (f: string, m: string): Notification => this.warning(f, m);
    const layer = (f: ToolFile, value: Record<string, unknown>): Layer => ({ value, file: f, label: this.rel(f.file), dir: path.dirname(f.file) });
    const layers = [layer(file, read.value)];
    // Ruff's `extend`: the extended file first, this one's keys over it; followed inside the root only.
    for (const seen = new Set([file.file]); file.tool === 'ruff';) {
      const top = new KeyReader([layers[0]], false, warnings, warn);
      const extend = top.string('extend');
      if (extend === undefined) break;
      const base = path.resolve(layers[0].dir, extend);
      if (layers.length > MAX_EXTEND_DEPTH || seen.has(base)) top.warn('extend', 'is a chain too long or a loop; not followed');
      else if (!inside(this.root, base)) top.warn('extend', 'names a file outside the analysis root; not followed');
      else {
        const extended = this.table('ruff', base, warnings);
        if (!extended) top.warn('extend', `names ${this.rel(base)}, which has no Ruff settings; not followed`);
        if (extended && extended !== 'broken') {
          seen.add(base);
          layers.unshift(layer({ tool: 'ruff', file: base, table: extended.table }, extended.value));
          continue;
        }
      }
      break;
    }
    const keys = new KeyReader(layers, !/\.toml$/.test(file.file), warnings, warn);
    if (file.tool === 'ruff') ruff(keys, d);
    else if (file.tool === 'flake8') flake8(keys, d);
    else if (file.tool === 'bandit') bandit(keys, d);
    else pylint(keys, d);
    return d;
  }

  private apply(d: Decisions, out: Built): void {
    for (const rule of ALL_RULES) {
      if (out.disabled.has(rule.meta.id)) continue;
      for (const code of codesOf(rule, d.tool)) {
        const part = PARTS[code];
        const state = d.codes.get(code);
        if (!part || part.rule !== rule.meta.id || !state) continue;
        const current = out.ruleOptions[part.rule]?.[part.option] ?? defaultOption(part.rule, part.option);
        const value = state.on ? part.on : typeof part.off === 'function' ? part.off(current) : part.off;
        if (value === undefined) continue;
        setOption(out, part.rule, part.option, value, `${state.source} (${code})`, true);
        out.partOptions.add(`${part.rule}.${part.option}`);
      }
    }
    for (const o of d.options) setOption(out, o.rule, o.option, o.value, o.source, false);
    for (const p of d.perFile) {
      const pattern = safePattern(p.glob, p.dir);
      const ruleIds = new Set(ALL_RULES.filter((r) => codesOf(r, d.tool).some((c) => matchLength(p.codes, c) > 0)).map((r) => r.meta.id));
      if (pattern && ruleIds.size) out.perFileIgnores.push({ pattern, ruleIds, source: p.source });
      else if (!pattern)
        this.warnings.push(
          this.warning(path.join(p.dir, '.'), `${p.source}: the pattern "${p.glob.slice(0, 100)}" is not used (too many wildcards, or empty).`),
        );
    }
    // Excluded paths: the findings of the rules the tool runs there are dropped.
    const kinds = d.tool === 'bandit' ? ['security'] : d.security && d.tool === 'ruff' ? ['maintainability', 'security'] : ['maintainability'];
    const domain = new Set(ALL_RULES.filter((r) => kinds.includes(r.meta.kind)).map((r) => r.meta.id));
    for (const e of d.excludes) {
      const pattern = safePattern(e.glob, e.dir);
      if (pattern) out.perFileIgnores.push({ pattern, ruleIds: domain, source: `${e.source} (${kinds.join(' and ')} rules)` });
    }
  }
}

/**
 * One tool's verdict on a rule: off when a code of the rule's whole check is off (a note the team
 * does not want costs more than one missed), or every part of it; on when one of its codes is on;
 * undefined when the tool decides nothing about it.
 */
function verdict(d: Decisions, rule: Rule): { on: boolean; source: string } | undefined {
  const codes = codesOf(rule, d.tool);
  const parts = codes.filter((c) => PARTS[c]?.rule === rule.meta.id);
  const whole = codes.filter((c) => !parts.includes(c)).map((c) => d.codes.get(c));
  const offs = whole.filter((s) => s && !s.on);
  const defaultOnParts = parts.filter((c) => PARTS[c].on === undefined).map((c) => d.codes.get(c));
  const why = offs.length ? offs : whole.length === 0 && defaultOnParts.length && defaultOnParts.every((s) => s && !s.on) ? defaultOnParts : [];
  if (why.length) return { on: false, source: [...new Set(why.map((s) => s!.source))].join('; ') };
  const on = [...whole, ...defaultOnParts].find((s) => s?.on);
  return on ? { on: true, source: on.source } : undefined;
}

function setOption(out: Built, rule: string, option: string, value: OptionValue, source: string, force: boolean): void {
  const key = `${rule}.${option}`;
  if (!force && out.optionSources.has(key)) return; // an earlier tool (Ruff) set it
  (out.ruleOptions[rule] ??= {})[option] = value;
  out.optionSources.set(key, source);
}

function defaultOption(ruleId: string, option: string): OptionValue {
  return ALL_RULES.find((r) => r.meta.id === ruleId)?.meta.options?.[option]?.default as OptionValue;
}

/** pep8-naming's `ignore-names` (replaces the default list) and `extend-ignore-names` (adds to it). */
function namingOptions(d: Decisions, replace: string[] | undefined, extend: string[] | undefined, source: string): void {
  if (!replace && !extend) return;
  for (const rule of NAMING_RULES) {
    const base = replace ?? (defaultOption(rule, 'ignore-names') as string[]);
    d.options.push({
      rule,
      option: 'ignore-names',
      value: [...base, ...(extend ?? [])],
      source,
    });
  }
}

/** A glob of another tool's file, compiled unless it could make the matcher slow. */
function safePattern(glob: string, dir: string): Pattern | undefined {
  const g = glob.trim().replace(/(?:\*\*\/)+/g, '**/');
  if (g.length > 500 || (g.match(/\*+|\?/g) ?? []).length > MAX_WILDCARDS || g.startsWith('!')) return undefined;
  return compilePattern(g, dir);
}

/** Ruff: `lint.*` (or the deprecated top-level keys), over the files its `extend` chain names. */
function ruff(keys: KeyReader, d: Decisions): void {
  const lint = (name: string): string => (keys.has(`lint.${name}`) ? `lint.${name}` : name);
  const source = (key: string): string => `${keys.labelOf(key)} ${key}`;
  // Rule selection over the `extend` chain, as Ruff applies it file after file: a select starts
  // over; extend-select, ignore and extend-ignore add.
  let select: string[] | undefined;
  const extendSelect: string[] = [];
  const ignore: string[] = [];
  for (const layer of keys.layers) {
    const own = keys.only(layer);
    const layerSelect = own.codeList(lint('select'));
    if (layerSelect) {
      select = layerSelect;
      extendSelect.length = 0;
      ignore.length = 0;
    }
    extendSelect.push(...(own.codeList(lint('extend-select')) ?? []));
    ignore.push(...(own.codeList(lint('ignore')) ?? []), ...(own.codeList(lint('extend-ignore')) ?? []));
  }
  // Without a select, Ruff runs its default rules (E4, E7, E9, F) and the extend-select ones: a
  // Ruff configuration always decides what Ruff runs.
  const selectors = [...(select ?? ['E4', 'E7', 'E9', 'F']), ...extendSelect];
  // A select that names no S code decides nothing about the security rules.
  const security = selectors.some((s) => s === 'ALL' || s === 'S' || /^S\d{1,3}$/.test(s));
  d.security = security;
  const selectSource = select ? source(lint('select')) : extendSelect.length ? source(lint('extend-select')) : `${keys.labelOf('')} (Ruff's default rules)`;
  for (const rule of ALL_RULES) {
    for (const code of codesOf(rule, 'ruff')) {
      const ignored = matchLength(ignore, code);
      const selected = matchLength(selectors, code);
      // Ruff: the more specific selector wins; at equal specificity, ignore.
      if (ignored > 0 && ignored >= selected) d.codes.set(code, { on: false, source: source(lint('ignore')) });
      else if (selected > 0) d.codes.set(code, { on: true, source: selectSource });
      // Ruff runs what is selected (without a select, its defaults): the rest of its codes are off.
      else if (rule.meta.kind === 'maintainability' || security)
        d.codes.set(code, { on: false, source: select ? `${source(lint('select'))} (not selected)` : `${keys.labelOf('')} (not in Ruff's default rules)` });
    }
  }
  for (const key of [lint('per-file-ignores'), lint('extend-per-file-ignores')]) {
    for (const { value, layer } of key.endsWith('extend-per-file-ignores') ? keys.gather(key) : keys.one(key)) {
      for (const [glob, codes] of Object.entries(keys.tableValue(key, value, layer) ?? {})) {
        const list = keys.codeListValue(`${key}."${glob}"`, codes, layer);
        if (list) d.perFile.push({ glob, dir: layer.dir, codes: list, source: `${layer.label} ${key}` });
      }
    }
  }
  for (const key of ['exclude', 'extend-exclude', 'lint.exclude']) {
    for (const { value, layer } of key === 'extend-exclude' ? keys.gather(key) : keys.one(key)) {
      for (const glob of keys.listValue(key, value, layer) ?? []) d.excludes.push({ glob, dir: layer.dir, source: `${layer.label} ${key}` });
    }
  }
  const complexityKey = `${lint('mccabe')}.max-complexity`;
  const complexity = keys.integer(complexityKey, 0);
  if (complexity !== undefined) d.options.push({ rule: 'cyclomatic-complexity', option: 'max-complexity', value: complexity, source: source(complexityKey) });
  for (const [name, target] of Object.entries(PYLINT_THRESHOLDS)) {
    const key = `${lint('pylint')}.${name}`;
    const value = keys.integer(key, 0);
    if (value !== undefined) d.options.push({ ...target, value, source: source(key) });
  }
  const naming = lint('pep8-naming');
  const replace = keys.stringList(`${naming}.ignore-names`);
  namingOptions(d, replace, keys.stringList(`${naming}.extend-ignore-names`), source(`${naming}.${replace ? 'ignore-names' : 'extend-ignore-names'}`));
  const conventionKey = `${lint('pydocstyle')}.convention`;
  const convention = keys.string(conventionKey);
  if (convention !== undefined) {
    if (!['google', 'numpy', 'pep257'].includes(convention)) keys.warn(conventionKey, 'must be google, numpy or pep257; ignored');
    // Of the D1 checks, only numpy's convention leaves one out: D107, `__init__` (off in Tendril by default).
    else if (convention === 'numpy') d.codes.set('D107', { on: false, source: `${source(conventionKey)} = "numpy"` });
  }
}

/** flake8's `[flake8]`: ignore, extend-ignore, exclude, extend-exclude, per-file-ignores, max-complexity, ignore-names. */
function flake8(keys: KeyReader, d: Decisions): void {
  const dir = keys.dir;
  // flake8 runs pyflakes (F) by default.
  for (const rule of ALL_RULES)
    for (const c of codesOf(rule, 'flake8')) if (c.startsWith('F')) d.codes.set(c, { on: true, source: `${keys.label} (flake8's default checks)` });
  for (const key of ['ignore', 'extend-ignore']) {
    for (const code of keys.codeList(key) ?? []) {
      for (const rule of ALL_RULES) {
        for (const c of codesOf(rule, 'flake8')) if (c.startsWith(code)) d.codes.set(c, { on: false, source: `${keys.label} ${key}` });
      }
    }
  }
  for (const key of ['exclude', 'extend-exclude']) {
    for (const glob of keys.stringList(key) ?? []) d.excludes.push({ glob, dir, source: `${keys.label} ${key}` });
  }
  const perFile = keys.string('per-file-ignores');
  if (perFile !== undefined) for (const entry of flake8PerFileIgnores(perFile)) d.perFile.push({ ...entry, dir, source: `${keys.label} per-file-ignores` });
  const complexity = keys.integer('max-complexity', -1);
  // flake8's -1 is "off": C901 is then never reported.
  if (complexity === -1) d.codes.set('C901', { on: false, source: `${keys.label} max-complexity = -1` });
  else if (complexity !== undefined)
    d.options.push({ rule: 'cyclomatic-complexity', option: 'max-complexity', value: complexity, source: `${keys.label} max-complexity` });
  namingOptions(d, keys.stringList('ignore-names'), undefined, `${keys.label} ignore-names`);
}

/**
 * flake8's per-file-ignores: `files:codes` entries separated by spaces, commas or lines, where
 * several files may share the codes (`a.py,b.py:E1,F401 tests/*:S101`).
 */
export function flake8PerFileIgnores(value: string): { glob: string; codes: string[] }[] {
  const out: { glob: string; codes: string[] }[] = [];
  let files: string[] = [];
  let codes: string[] | undefined;
  const flush = (): void => {
    if (codes) for (const glob of files) out.push({ glob, codes });
    files = [];
    codes = undefined;
  };
  for (const token of value.split(/[\s,]+/).filter(Boolean)) {
    const colon = token.indexOf(':');
    if (colon >= 0) {
      if (codes) flush();
      const file = token.slice(0, colon);
      if (file) files.push(file);
      codes = [];
      const first = token.slice(colon + 1);
      if (first) codes.push(first.toUpperCase());
    } else if (codes && /^[A-Za-z]+[0-9]*$/.test(token)) codes.push(token.toUpperCase());
    else {
      if (codes) flush();
      files.push(token);
    }
  }
  flush();
  return out;
}

/** Bandit: `skips`, `tests` (only these), `exclude_dirs` (`[tool.bandit]`) or `exclude` (`.bandit`). */
function bandit(keys: KeyReader, d: Decisions): void {
  const dir = keys.dir;
  const skips = keys.codeList('skips') ?? [];
  const tests = keys.codeList('tests');
  for (const rule of ALL_RULES) {
    for (const code of codesOf(rule, 'bandit')) {
      if (skips.includes(code)) d.codes.set(code, { on: false, source: `${keys.label} skips` });
      else if (tests?.includes(code)) d.codes.set(code, { on: true, source: `${keys.label} tests` });
      else if (tests && !tests.includes(code)) d.codes.set(code, { on: false, source: `${keys.label} tests (not listed)` });
    }
  }
  for (const key of ['exclude_dirs', 'exclude']) {
    for (const glob of keys.stringList(key) ?? []) d.excludes.push({ glob, dir, source: `${keys.label} ${key}` });
  }
}

/** Pylint: `disable` then `enable` (codes, symbolic names, categories, `all`), and the design thresholds. */
function pylint(keys: KeyReader, d: Decisions): void {
  const expand = (items: readonly string[]): string[] =>
    items.flatMap((item) => {
      const lower = item.toLowerCase();
      if (lower === 'all') return ['C', 'R', 'W', 'E', 'F', 'I'];
      if (/^[crwefi]$/.test(lower)) return [item.toUpperCase()];
      return PYLINT_NAMES[lower] ?? (/^[CRWEFI]\d{4}$/i.test(item) ? [item.toUpperCase()] : []);
    });
  const disabled = expand(keys.stringList('disable') ?? []);
  const enabled = expand(keys.stringList('enable') ?? []);
  for (const rule of ALL_RULES) {
    for (const code of codesOf(rule, 'pylint')) {
      if (matchLength(enabled, code) > 0) d.codes.set(code, { on: true, source: `${keys.label} enable` });
      else if (matchLength(disabled, code) > 0) d.codes.set(code, { on: false, source: `${keys.label} disable` });
    }
  }
  for (const [name, target] of Object.entries(PYLINT_THRESHOLDS)) {
    const value = keys.integer(name, 0);
    if (value !== undefined) d.options.push({ ...target, value, source: `${keys.label} ${name}` });
  }
}

/** ToolSettings while it is built. */
interface Built extends Omit<ToolSettings, 'ruleOptions'> {
  ruleOptions: Record<string, Record<string, OptionValue>>;
}

/** What one tool's file decides, before it is mapped onto rules. */
interface Decisions {
  tool: Tool;
  /** Codes turned on or off, with where. */
  codes: Map<string, { on: boolean; source: string }>;
  /** Whether the tool's decisions reach the security rules (Ruff: only with S codes selected). */
  security: boolean;
  options: { rule: string; option: string; value: OptionValue; source: string }[];
  excludes: { glob: string; dir: string; source: string }[];
  perFile: { glob: string; dir: string; codes: string[]; source: string }[];
}

const TOOLS: readonly Tool[] = ['ruff', 'flake8', 'bandit', 'pylint'];
/** Each tool's files in a directory, in the order the tool looks for them. */
const CANDIDATES: Record<Tool, readonly string[]> = {
  ruff: ['.ruff.toml', 'ruff.toml', 'pyproject.toml'],
  flake8: ['setup.cfg', 'tox.ini', '.flake8'],
  bandit: ['.bandit', 'pyproject.toml'],
  pylint: ['pylintrc', '.pylintrc', 'pyproject.toml'],
};

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One file of a tool's settings: Ruff's `extend` chain has several, the others one. */
interface Layer {
  value: Record<string, unknown>;
  file: ToolFile;
  /** The file as a person reads it (relative to the root). */
  label: string;
  /** The file's directory: what its paths and patterns are relative to. */
  dir: string;
}

/**
 * Typed reads of a tool's settings, by dotted key (`lint.mccabe.max-complexity`), over its layers
 * (the last that has a key gives it; `gather` collects a key from all, for Ruff's `extend-*`).
 * INI values are text, TOML values typed. A value of the wrong type is a warning naming the file
 * and the key, and is not used.
 */
class KeyReader {
  constructor(
    readonly layers: readonly Layer[],
    /** INI: lists are text separated by commas or lines. */
    private readonly ini: boolean,
    private readonly warnings: Notification[],
    private readonly warning: (file: string, message: string) => Notification,
  ) {}

  /** A reader of one of the layers alone. */
  only(layer: Layer): KeyReader {
    return new KeyReader([layer], this.ini, this.warnings, this.warning);
  }

  /** The file the settings are read for (the last layer). */
  get label(): string {
    return this.layers[this.layers.length - 1].label;
  }

  get dir(): string {
    return this.layers[this.layers.length - 1].dir;
  }

  private lookup(value: Record<string, unknown>, key: string): unknown {
    let v: unknown = value;
    for (const part of key.split('.')) {
      if (!isTable(v)) return undefined;
      // flake8's and Bandit's options are spelled with `-` or `_`.
      v = part in v ? v[part] : v[part.replace(/-/g, '_')];
    }
    return v;
  }

  /** The value of the last layer that has the key (none or one entry). */
  one(key: string): { value: unknown; layer: Layer }[] {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.lookup(this.layers[i].value, key);
      if (value !== undefined) return [{ value, layer: this.layers[i] }];
    }
    return [];
  }

  /** The key's value in every layer, first to last. */
  gather(key: string): { value: unknown; layer: Layer }[] {
    return this.layers.flatMap((layer) => {
      const value = this.lookup(layer.value, key);
      return value === undefined ? [] : [{ value, layer }];
    });
  }

  has(key: string): boolean {
    return this.one(key).length > 0;
  }

  /** The file that gives the key (the last layer when none does). */
  labelOf(key: string): string {
    return this.one(key)[0]?.layer.label ?? this.label;
  }

  warn(key: string, what: string, layer = this.layers[this.layers.length - 1]): void {
    const table = layer.file.table === '(top level)' ? '' : `${layer.file.table} `;
    this.warnings.push(this.warning(layer.file.file, `${layer.label}: ${table}${key} ${what}.`));
  }

  string(key: string): string | undefined {
    const [found] = this.one(key);
    if (!found) return undefined;
    if (typeof found.value === 'string') return found.value.trim();
    this.warn(key, 'must be a string; ignored', found.layer);
    return undefined;
  }

  integer(key: string, min: number): number | undefined {
    const [found] = this.one(key);
    if (!found) return undefined;
    const v = found.value;
    const n = this.ini && typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= 1_000_000) return n;
    this.warn(key, `must be a whole number >= ${min}; ignored`, found.layer);
    return undefined;
  }

  /** A list of strings: a TOML array, or INI text separated by commas or lines. */
  stringList(key: string): string[] | undefined {
    const [found] = this.one(key);
    return found ? this.listValue(key, found.value, found.layer) : undefined;
  }

  listValue(key: string, v: unknown, layer: Layer): string[] | undefined {
    if (this.ini && typeof v === 'string') return iniList(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map((x: string) => x.trim()).filter(Boolean);
    this.warn(key, 'must be a list of strings; ignored', layer);
    return undefined;
  }

  /** Codes and selectors (`F401`, `D1`, `ALL`), upper-cased. */
  codeList(key: string): string[] | undefined {
    const [found] = this.one(key);
    return found ? this.codeListValue(key, found.value, found.layer) : undefined;
  }

  codeListValue(key: string, v: unknown, layer: Layer): string[] | undefined {
    return this.listValue(key, v, layer)?.map((s) => s.toUpperCase());
  }

  tableValue(key: string, v: unknown, layer: Layer): Record<string, unknown> | undefined {
    if (isTable(v)) return v;
    this.warn(key, 'must be a table; ignored', layer);
    return undefined;
  }
}
