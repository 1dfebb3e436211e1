/**
 * The engine's contract: what a rule, a shared analysis and a visitor are, what a rule sees of a
 * file (`FileContext`), and the metadata every reporter reads. Rules, analyses and the pipeline
 * import from here; nothing here imports from outside src/engine/.
 */
import type { SyntaxNode as Node, SyntaxTree } from './tree';
import type { Finding, FlowStep, ModuleInfo, Span } from './types';

/** The two kinds of finding Tendril keeps apart, each written as its own SARIF run. */
export type Kind = 'security' | 'maintainability';

/** SARIF `precision`, as CodeQL uses it: how often a result of this rule is a true positive. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * What a security rule's result shows, the evidence its `security-severity` rests on; the ceiling
 * of each kind is the severity policy's (src/rules/severity.ts).
 */
export type Evidence = 'flow' | 'configuration' | 'pattern' | 'import';

/** A security rule's place under the severity policy (docs/severity.md). */
export interface Grading {
  evidence: Evidence;
  /**
   * Rules that make the same claim with different certainty share a family: within one, a rule of
   * lower precision scores strictly lower.
   */
  family: string;
  /** One line: where the score comes from and, where it departs from the reference tool's grade, why. */
  basis: string;
}

/** A value a rule option may take. */
export type OptionValue = number | boolean | string | string[];

/** One configurable option of a rule: `[tool.tendril.rules.<rule-id>]` in the configuration. */
export interface OptionSpec {
  type: 'integer' | 'boolean' | 'string' | 'string-list';
  default: OptionValue;
  description: string;
  /** integer: smallest accepted value. */
  min?: number;
  /** string: the accepted values. */
  values?: string[];
}

/** Options set by the user, by rule id then option name; unset options take their default. */
export type RuleOptions = Readonly<Record<string, Readonly<Record<string, OptionValue>>>>;

/** Everything a user (and the SARIF writer) learns about a rule; the docs are generated from it. */
export interface RuleMeta {
  /** Public, stable, kebab-case id: `unused-import`. */
  id: string;
  /** PascalCase name for SARIF `reportingDescriptor.name`. */
  name: string;
  kind: Kind;
  /** One line, no trailing period needed: what the rule finds. */
  shortDescription: string;
  /** One paragraph: what is reported and why it matters. */
  fullDescription: string;
  /** Markdown help: why, an example, how to fix, what is not reported. */
  help: string;
  /** Sub-tag: for maintainability `useless-code`, `readability`, `complexity`, ...; for security a family name. */
  category: string;
  /** Codes other tools use for the same check (Ruff, pyflakes, Pylint, Bandit, ...). */
  aliases: string[];
  precision: Precision;
  /** Security only: numeric CVSS-like score, see docs/severity.md. */
  securitySeverity?: number;
  /** Security only: CWE numbers. */
  cwe?: number[];
  /** Security only: what the score rests on, under the severity policy (src/rules/severity.ts, docs/severity.md). */
  grading?: Grading;
  /** Maintainability only: CodeQL `problem.severity`. */
  problemSeverity?: 'warning' | 'recommendation';
  /**
   * True when a file with syntax errors could make the rule wrong (a rule that needs to see every
   * use of a name, for example). Such rules do not run on files that do not parse cleanly.
   */
  needsCleanParse?: boolean;
  /**
   * False for rules that only run when selected (by id, alias or kind in `select`): checks that
   * flag a construct for review rather than a problem, such as Bandit's import blacklist.
   */
  enabledByDefault?: boolean;
  /** Options the user can set (thresholds, exemptions), documented with the rule. */
  options?: Record<string, OptionSpec>;
  /**
   * Rules this one replaces where it reports: a finding of one of them inside the range of a
   * finding of this rule is dropped (a proven data flow to a call and the pattern rule for that
   * call: one alert per sink, the one with the evidence; docs/severity.md).
   */
  supersedes?: readonly string[];
  /**
   * A pattern rule about a value built at run time, which the data-flow analysis decides where it
   * can (docs/severity.md): role `built` stays quiet where the value is proven constant (`literal`
   * names the rule that reports it then, if any) or sanitized for `sinkClass`; role `literal` also
   * reports a value proven constant that is not written as a literal. Where the analysis cannot
   * tell, the rule reports as it would without it.
   */
  runTimeValue?: { sinkClass: string; role: 'built' | 'literal'; literal?: string };
}

/** A rule's visitor: handlers keyed by tree-sitter node type, plus `<type>:exit` and `end`. */
export type Visitor = Partial<Record<string, (node: Node) => void>> & { end?: () => void };

export interface Rule {
  meta: RuleMeta;
  /** Shared analyses (src/analysis) this rule reads; they join the same walk, ahead of the rules. */
  uses?: Analysis<unknown>[];
  /** Called once per file; returns the handlers the single walk dispatches to. */
  create(context: FileContext): Visitor;
}

/**
 * A shared analysis: facts several rules need (scopes and bindings, resolved call names). It
 * visits the same single walk as the rules, before them, and publishes its result with
 * `context.setAnalysis(name, ...)` from its `end` handler, so rules read it in their own `end`.
 */
export interface Analysis<T> {
  name: string;
  /** Analyses this one builds on; they are run before it. */
  uses?: Analysis<unknown>[];
  create(context: FileContext): Visitor;
  /** Type witness only. */
  readonly _result?: T;
}

/** True when `code` names the rule: its id, or one of its aliases (`F401`, `b602`: case-insensitive). */
export function namesRule(code: string, meta: RuleMeta): boolean {
  if (meta.id === code) return true;
  const upper = code.toUpperCase();
  return meta.aliases.some((alias) => alias.toUpperCase() === upper);
}

/** SARIF level derived from the metadata: security error/warning by severity, maintainability always note. */
export function ruleLevel(meta: RuleMeta): 'error' | 'warning' | 'note' {
  if (meta.kind === 'maintainability') return 'note';
  return (meta.securitySeverity ?? 0) >= 7 ? 'error' : 'warning';
}

/**
 * What a rule sees of one file. Rules report through `report`; positions come from the node, so
 * rules never compute columns themselves (tree-sitter columns are UTF-16 units, 0-based; SARIF
 * wants UTF-16 units, 1-based).
 */
export class FileContext {
  readonly findings: Finding[] = [];
  /** Findings to be confirmed after every file is analysed (`reportDeferred`, FileResult.deferred). */
  readonly deferred: Finding[] = [];
  /** Plain data for the phases after the workers (`exportData`, FileResult.exports). */
  readonly exports: Record<string, unknown> = {};
  private readonly analyses = new Map<string, unknown>();

  constructor(
    /** Path relative to the analysis root, with `/` separators. */
    readonly path: string,
    /** Decoded source text. */
    readonly text: string,
    readonly tree: SyntaxTree,
    private readonly ruleOptions: RuleOptions = {},
    /** The file's Python module; default: read from the path (`moduleFromPath`). */
    readonly module: ModuleInfo = moduleFromPath(path),
  ) {}

  /** Top-level names asked about through `isProjectRoot`, with the answers (FileResult.rootQueries). */
  readonly rootQueries = new Map<string, boolean>();

  /** Ids of the rules that run on this file (`RuleContext.runs`); set by the engine before the walk. */
  ruleIds: ReadonlySet<string> = new Set();

  /**
   * Is `name` a top-level module or package of the project around this file (`module.roots`)?
   * Asked through here, so the answers the file's result depends on are recorded with it (the
   * cache re-analyses the file when one of them changes).
   */
  isProjectRoot(name: string): boolean {
    let answer = this.rootQueries.get(name);
    if (answer === undefined) this.rootQueries.set(name, (answer = this.module.roots.includes(name)));
    return answer;
  }

  /** The options of a shared analysis (`taint`: the project's sources, sinks and sanitizers), as the settings give them; undefined when none. */
  analysisOptions(name: string): Readonly<Record<string, OptionValue>> | undefined {
    return this.ruleOptions[name];
  }

  /** A rule option: the user's value (validated with the settings) or the default in the metadata. */
  option<T extends OptionValue>(rule: RuleMeta, name: string): T {
    const spec = rule.options?.[name];
    if (!spec) throw new Error(`rule ${rule.id} has no option '${name}'`);
    return (this.ruleOptions[rule.id]?.[name] ?? spec.default) as T;
  }

  /** Text of a node (UTF-16 indices, straight from the source string). */
  textOf(node: Node): string {
    return this.text.slice(node.startIndex, node.endIndex);
  }

  report(rule: RuleMeta, node: Node, message: string): void {
    this.reportRange(rule, node.startPosition, node.endPosition, message);
  }

  /**
   * A data-flow finding at `node`, with its path: `steps` from the source to the sink, each a node
   * of this file and what happens there. The message may link the source as `[text](1)`.
   */
  reportFlow(rule: RuleMeta, node: Node, message: string, steps: readonly { node: Node; message: string }[]): void {
    this.report(rule, node, message);
    const finding = this.findings[this.findings.length - 1];
    finding.flow = steps.map((step): FlowStep => ({ path: this.path, ...spanOf(step.node), message: step.message }));
  }

  reportRange(rule: RuleMeta, start: { row: number; column: number }, end: { row: number; column: number }, message: string): void {
    this.findings.push({
      ruleId: rule.id,
      path: this.path,
      line: start.row + 1,
      column: start.column + 1,
      endLine: end.row + 1,
      endColumn: end.column + 1,
      message,
      // Filled in later, in this order; declared now so that every finding has one shape.
      flow: undefined,
      suppressed: undefined,
      matchKey: undefined,
      lineHash: undefined,
      baselineState: undefined,
    });
  }

  /**
   * A finding that only a phase after the workers can confirm (FileResult.deferred): at `span`,
   * confirmed by `key` (unique in the file for the rule), with `message` as the template that
   * phase completes. It gets its match key, line hash and suppression here, like any finding.
   */
  reportDeferred(rule: RuleMeta, span: Span, key: string, message: string): void {
    if (this.deferred.some((f) => f.deferred === key && f.ruleId === rule.id)) return;
    this.reportRange(rule, { row: span.line - 1, column: span.column - 1 }, { row: span.endLine - 1, column: span.endColumn - 1 }, message);
    const finding = this.findings.pop()!;
    finding.deferred = key;
    this.deferred.push(finding);
  }

  /** Plain JSON data an analysis hands to the phases after the workers (FileResult.exports). */
  exportData(name: string, data: unknown): void {
    this.exports[name] = data;
  }

  /** Publishes the result of a shared analysis (see src/analysis). */
  setAnalysis<T>(name: string, value: T): void {
    this.analyses.set(name, value);
  }

  /** The result of a shared analysis the rule declared in `uses`; read it in `end`. */
  analysis<T>(which: string | Analysis<T>): T {
    const name = typeof which === 'string' ? which : which.name;
    if (!this.analyses.has(name)) throw new Error(`analysis '${name}' was not run for ${this.path}`);
    return this.analyses.get(name) as T;
  }

  /** The file as one rule sees it: reports, options and analyses with the rule's metadata bound in. */
  forRule(meta: RuleMeta): RuleContext {
    return {
      path: this.path,
      text: this.text,
      tree: this.tree,
      textOf: (node) => this.textOf(node),
      report: (node, message) => this.report(meta, node, message),
      reportRange: (start, end, message) => this.reportRange(meta, start, end, message),
      reportFlow: (node, message, steps) => this.reportFlow(meta, node, message, steps),
      reportDeferred: (span, key, message) => this.reportDeferred(meta, span, key, message),
      option: <T extends OptionValue>(name: string) => this.option<T>(meta, name),
      analysis: <T>(analysis: Analysis<T>) => this.analysis<T>(analysis),
      runs: (ruleId) => this.ruleIds.has(ruleId),
    };
  }
}

/**
 * The module a path names when its directories are its packages (`app/db.py` -> `app.db`,
 * `app/__init__.py` -> `app`): what a file analysed alone, without the project around it, is taken to be.
 */
export function moduleFromPath(path: string): ModuleInfo {
  const parts = path
    .replace(/\\/g, '/')
    .replace(/\.pyi?$/, '')
    .split('/')
    .filter((p) => p && p !== '.');
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  // Alone, only a module inside a package has a project around it: its top-level package.
  return { name: parts.join('.'), isPackage, roots: parts.length > 1 || (isPackage && parts.length) ? [parts[0]] : [] };
}

/** A node's range as findings and flows give it: 1-based lines and columns, end exclusive. */
export function spanOf(node: Node): Span {
  const start = node.startPosition;
  const end = node.endPosition;
  return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

/** A position as tree-sitter gives it: 0-based row, 0-based column in UTF-16 code units. */
export interface Point {
  row: number;
  column: number;
}

/**
 * What one rule sees of one file (`FileContext.forRule`): the file, and `report`, `option` and
 * `analysis` already bound to the rule, so a rule never names its own metadata to report.
 */
export interface RuleContext {
  /** Path relative to the analysis root, with `/` separators. */
  readonly path: string;
  /** Decoded source text. */
  readonly text: string;
  readonly tree: SyntaxTree;
  textOf(node: Node): string;
  /** A finding on the node's range. */
  report(node: Node, message: string): void;
  /** A finding on a range of the rule's choosing (0-based points, end exclusive). */
  reportRange(start: Point, end: Point, message: string): void;
  /** A data-flow finding at the node, with its path from the source (first step) to the sink (last). */
  reportFlow(node: Node, message: string, steps: readonly { node: Node; message: string }[]): void;
  /** A finding a phase after the workers confirms by `key` and whose `message` it completes (FileContext.reportDeferred). */
  reportDeferred(span: Span, key: string, message: string): void;
  /** The user's value of one of the rule's options, or its default. */
  option<T extends OptionValue>(name: string): T;
  /** The result of a shared analysis the rule declared in `uses`; read it in `end`. */
  analysis<T>(analysis: Analysis<T>): T;
  /**
   * Whether another rule, by id, runs on this file too (a rule that leaves to it what it reports).
   * Its findings may still be dropped after the engine (`per-file-ignores`, suppressions).
   */
  runs(ruleId: string): boolean;
}
