import type { SyntaxNode as Node, SyntaxTree } from './tree';
import type { OptionValue, RuleMeta, RuleOptions } from '../rules/types';
import type { Finding } from './types';

/**
 * What a rule sees of one file. Rules report through `report`; positions come from the node, so
 * rules never compute columns themselves (tree-sitter columns are UTF-16 units, 0-based; SARIF
 * wants UTF-16 units, 1-based).
 */
export class FileContext {
  readonly findings: Finding[] = [];
  private readonly analyses = new Map<string, unknown>();

  constructor(
    /** Path relative to the analysis root, with `/` separators. */
    readonly path: string,
    /** Decoded source text. */
    readonly text: string,
    readonly tree: SyntaxTree,
    private readonly ruleOptions: RuleOptions = {},
  ) {}

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

  reportRange(
    rule: RuleMeta,
    start: { row: number; column: number },
    end: { row: number; column: number },
    message: string,
  ): void {
    this.findings.push({
      ruleId: rule.id,
      path: this.path,
      line: start.row + 1,
      column: start.column + 1,
      endLine: end.row + 1,
      endColumn: end.column + 1,
      message,
      // Filled in later, in this order; declared now so that every finding has one shape.
      suppressed: undefined,
      matchKey: undefined,
      lineHash: undefined,
      baselineState: undefined,
    });
  }

  /** Publishes the result of a shared analysis (see src/analysis). */
  setAnalysis<T>(name: string, value: T): void {
    this.analyses.set(name, value);
  }

  /** The result of a shared analysis the rule declared in `uses`; read it in `end`. */
  analysis<T>(name: string): T {
    if (!this.analyses.has(name)) throw new Error(`analysis '${name}' was not run for ${this.path}`);
    return this.analyses.get(name) as T;
  }
}
