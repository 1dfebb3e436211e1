/**
 * A reader shared by the rules that look at string literals (bind-all-interfaces,
 * hardcoded-tmp-directory). It defines no rule.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { stringLiteralValue } from '../../analysis/literals';
import type { RuleContext, Visitor } from '../../engine/api';

/**
 * A visitor that calls `check` with the value of every whole string literal: a plain string, or
 * an implicit concatenation as one (its parts are not checked again). The parts are recognised
 * from the concatenation, which the walk visits first, instead of asking each string for its
 * parent: `node.parent` costs the node's depth, which is quadratic on long chains.
 *
 * `needles`: every value `check` acts on contains one of them. A single string whose source has no
 * backslash has the text between its quotes as its value (an f-string's `{{` aside), so when that
 * source contains no needle either, the value is not computed.
 */
export function literalStrings(context: RuleContext, needles: string[], check: (node: Node, value: string) => void): Visitor {
  const parts = new Set<number>();
  return {
    concatenated_string(node: Node) {
      for (const child of node.namedChildren) if (child) parts.add(child.id);
      const value = stringLiteralValue(node);
      if (value !== undefined) check(node, value);
    },
    string(node: Node) {
      if (parts.has(node.id)) return;
      const text = context.textOf(node);
      if (!text.includes('\\') && !needles.some((needle) => text.includes(needle))) return;
      const value = stringLiteralValue(node);
      if (value !== undefined) check(node, value);
    },
  };
}
