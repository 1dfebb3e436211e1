import { createHash } from 'crypto';
import type { Node, Tree } from 'web-tree-sitter';
import type { Finding } from '../engine/types';

/**
 * The line-independent part of a finding's identity, for baselines: the rule, the enclosing
 * symbol (`Class.method`, `<module>` at top level) and the source of the flagged construct with
 * all whitespace removed (so re-indenting or re-wrapping it does not make it new). The path and
 * the occurrence index complete the key at classification time (src/baseline/classify.ts): the
 * path because a rename maps it, the index because it depends on the other findings.
 */
export function symbolAt(tree: Tree, row: number, column: number): string {
  // Down from the root with a cursor, not up with node.parent: parent costs O(depth) in
  // tree-sitter, and machine-made files nest thousands deep.
  const names: string[] = [];
  const cursor = tree.walk();
  const before = (p: { row: number; column: number }): boolean => p.row < row || (p.row === row && p.column <= column);
  try {
    const after = (p: { row: number; column: number }): boolean => p.row > row || (p.row === row && p.column > column);
    for (;;) {
      // Into the child that holds the position, if any.
      if (!cursor.gotoFirstChild()) break;
      while (!after(cursor.endPosition) && cursor.gotoNextSibling());
      if (!before(cursor.startPosition) || !after(cursor.endPosition)) break;
      const type = cursor.nodeType;
      if (type === 'function_definition' || type === 'class_definition') {
        const name: Node | null = cursor.currentNode.childForFieldName('name');
        // A finding on the name itself (`def f`) belongs to the scope outside f.
        const onName = name && name.startPosition.row === row && name.startPosition.column <= column && column < name.endPosition.column;
        if (name && !onName) names.push(name.text);
      }
    }
  } finally {
    cursor.delete();
  }
  return names.length ? names.join('.') : '<module>';
}

export function matchKeyOf(ruleId: string, symbol: string, snippet: string): string {
  const normalised = snippet.replace(/\s+/g, '');
  return createHash('sha256').update(`${ruleId}\0${symbol}\0${normalised}`).digest('hex').slice(0, 32);
}

/** Fills in `matchKey` for the findings of one file (called by the engine while the tree lives). */
export function annotateMatchKeys(findings: Finding[], text: string, tree: Tree): void {
  if (findings.length === 0) return;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? text.length) + column - 1;
  for (const finding of findings) {
    const snippet = text.slice(offset(finding.line, finding.column), offset(finding.endLine, finding.endColumn));
    finding.matchKey = matchKeyOf(finding.ruleId, symbolAt(tree, finding.line - 1, finding.column - 1), snippet);
  }
}
