import type { SyntaxNode as Node } from '../engine/tree';
import type { FileContext } from '../engine/context';

/** The two kinds of finding Tendril keeps apart, each written as its own SARIF run. */
export type Kind = 'security' | 'maintainability';

/** SARIF `precision`, as CodeQL uses it: how often a result of this rule is a true positive. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

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

/** SARIF level derived from the metadata: security error/warning by severity, maintainability always note. */
export function ruleLevel(meta: RuleMeta): 'error' | 'warning' | 'note' {
  if (meta.kind === 'maintainability') return 'note';
  return (meta.securitySeverity ?? 0) >= 7 ? 'error' : 'warning';
}
