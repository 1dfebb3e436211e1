import * as crypto from 'crypto';
import type { Node, Tree } from 'web-tree-sitter';
import type { SyntaxTree } from './tree';
import type { Finding } from './types';

/**
 * The line-independent part of a finding's identity, for baselines: the rule, the enclosing
 * symbol (`Class.method`, `<module>` at top level) and the source of the flagged construct with
 * all whitespace removed (so re-indenting or re-wrapping it does not make it new). The path and
 * the occurrence index complete the key at classification time (src/baseline/classify.ts): the
 * path because a rename maps it, the index because it depends on the other findings.
 */
export function symbolAt(tree: Tree, row: number, column: number): string {
  // A reference implementation on web-tree-sitter's own tree (the tests check annotateMatchKeys
  // against it): down from the root with a cursor.
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
  return sha256Hex(`${ruleId}\0${symbol}\0${normalised}`).slice(0, 32);
}

// One-shot hashing where the runtime has it (Node 20.12+): no Hash object per finding.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = oneShot
  ? (data: string): string => oneShot('sha256', data, 'hex')
  : (data: string): string => crypto.createHash('sha256').update(data).digest('hex');

const DEFINITIONS = ['function_definition', 'class_definition'];

interface Definition {
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  name: string;
}

/**
 * Fills in `matchKey` for the findings of one file (called by the engine while the tree lives).
 * One pass for all findings: the function and class definitions come from the flat tree in
 * pre-order (nested ones after their parent), and a sweep over the findings in order keeps the stack
 * of definitions that enclose the current one. The same symbols as `symbolAt`, without walking
 * the tree once per finding (a file with thousands of findings at one level was quadratic).
 */
export function annotateMatchKeys(findings: Finding[], text: string, tree: SyntaxTree): void {
  if (findings.length === 0) return;
  const offset = (line: number, column: number): number => tree.rowStart(line - 1) + column - 1;
  const definitions: Definition[] = [];
  // The tree is in pre-order: definitions come in document order, nested ones after their parent.
  const isDefinition = tree.typeSet(DEFINITIONS);
  const { symbol } = tree;
  for (let i = 0; i < tree.count; i++) {
    if (isDefinition[symbol[i]] !== 1) continue;
    const name = tree.node(i).childForFieldName('name');
    definitions.push({
      start: tree.startIndex[i],
      end: tree.endIndex[i],
      nameStart: name ? name.startIndex : -1,
      nameEnd: name ? name.endIndex : -1,
      name: name ? text.slice(name.startIndex, name.endIndex) : '',
    });
  }
  const order = findings.map((f, i) => ({ f, i, at: offset(f.line, f.column) })).sort((a, b) => a.at - b.at || a.i - b.i);
  const open: Definition[] = [];
  let next = 0;
  for (const { f, at } of order) {
    while (next < definitions.length && definitions[next].start <= at) {
      const d = definitions[next++];
      while (open.length > 0 && open[open.length - 1].end <= d.start) open.pop();
      open.push(d);
    }
    while (open.length > 0 && open[open.length - 1].end <= at) open.pop();
    // A finding on a definition's own name (`def f`) belongs to the scope outside it.
    const names = open.filter((d) => d.name && !(d.nameStart <= at && at < d.nameEnd)).map((d) => d.name);
    const snippet = text.slice(at, offset(f.endLine, f.endColumn));
    f.matchKey = matchKeyOf(f.ruleId, names.length ? names.join('.') : '<module>', snippet);
  }
}
