import type { Parser } from 'web-tree-sitter';
import { TREE_SITTER_PYTHON_VERSION, WEB_TREE_SITTER_VERSION } from './layout';
import { SyntaxTree } from './tree';

/**
 * The self-check of the tree copy, run once per thread when the parser loads
 * (src/engine/parser.ts): a known snippet is parsed and copied (src/engine/tree.ts), and the copy
 * must be the expected tree below and agree, node for node, with what web-tree-sitter's own API
 * says of the same tree. The copy reads tree-sitter's memory with the offsets of
 * src/engine/layout.ts, which no compiler checks; when they are wrong (another web-tree-sitter,
 * another grammar), this stops the run before anything is analysed, instead of every file
 * failing, or worse, giving wrong findings.
 *
 * The snippet touches every entry of the layout: inline leaves (keywords, names) and heap ones
 * (the string's external tokens, a comment over 255 bytes), fields, aliases that reveal a hidden
 * rule as a named node (the one-line `if` body, a `block`) and as an anonymous one (`not in`),
 * extras (comments), an ERROR node, a MISSING token (a heap one: the token after it and its
 * padding, its lookahead, are over 16 bytes), padding across a line (bytes and columns differ), and
 * a character outside the BMP (offsets in UTF-16 units). test/unit/tree-layout.test.ts breaks each
 * entry in turn and expects this check to fail.
 */
export const SELF_CHECK_SNIPPET =
  'def f(a, *b):\n' +
  '    """\\q \u00e9 \u{1f600}"""\n' +
  '    return a.c[0] if b not in a' +
  ' '.repeat(256) +
  'else None  # c\n' +
  'if a: print(b\n )\n' +
  '{[if 1' +
  ' '.repeat(9) +
  '}\n' +
  '#' +
  'x'.repeat(260) +
  '\n';

/**
 * The copy of the snippet: one line per node in pre-order, indented by depth, as `field: type
 * start-end`, with anonymous types in quotes and ` extra`, ` missing`, ` error` (has an error).
 */
export const SELF_CHECK_TREE = [
  'module 0-630 error',
  '  function_definition 0-333',
  '    "def" 0-3',
  '    name: identifier 4-5',
  '    parameters: parameters 5-12',
  '      "(" 5-6',
  '      identifier 6-7',
  '      "," 7-8',
  '      list_splat_pattern 9-11',
  '        "*" 9-10',
  '        identifier 10-11',
  '      ")" 11-12',
  '    ":" 12-13',
  '    body: block 18-333',
  '      expression_statement 18-31',
  '        string 18-31',
  '          string_start 18-21',
  '          string_content 21-28',
  '            "\\\\" 21-22',
  '          string_end 28-31',
  '      return_statement 36-328',
  '        "return" 36-42',
  '        conditional_expression 43-328',
  '          subscript 43-49',
  '            value: attribute 43-46',
  '              object: identifier 43-44',
  '              "." 44-45',
  '              attribute: identifier 45-46',
  '            "[" 46-47',
  '            subscript: integer 47-48',
  '            "]" 48-49',
  '          "if" 50-52',
  '          comparison_operator 53-63',
  '            identifier 53-54',
  '            operators: "not in" 55-61',
  '              "not" 55-58',
  '              "in" 59-61',
  '            identifier 62-63',
  '          "else" 319-323',
  '          none 324-328',
  '      comment 330-333 extra',
  '  if_statement 334-350',
  '    "if" 334-336',
  '    condition: identifier 337-338',
  '    ":" 338-339',
  '    consequence: block 340-350',
  '      expression_statement 340-350',
  '        call 340-350',
  '          function: identifier 340-345',
  '          arguments: argument_list 345-350',
  '            "(" 345-346',
  '            identifier 346-347',
  '            ")" 349-350',
  '  expression_statement 351-367 error',
  '    set 351-367 error',
  '      "{" 351-352',
  '      list 352-357 error',
  '        "[" 352-353',
  '        ERROR 353-355 extra error',
  '          "if" 353-355',
  '        integer 356-357',
  '        "]" 357-357 missing error',
  '      "}" 366-367',
  '  comment 368-629 extra',
];

/** One line of SELF_CHECK_TREE for node i of a copy. */
function describe(tree: SyntaxTree, i: number): string {
  let depth = 0;
  for (let p = tree.parentOf[i]; p >= 0; p = tree.parentOf[p]) depth++;
  const node = tree.node(i);
  const field = node.fieldName;
  return (
    '  '.repeat(depth) +
    (field ? `${field}: ` : '') +
    (node.isNamed ? node.type : JSON.stringify(node.type)) +
    ` ${node.startIndex}-${node.endIndex}` +
    (node.isExtra ? ' extra' : '') +
    (node.isMissing ? ' missing' : '') +
    (node.hasError ? ' error' : '')
  );
}

/** The copy of the snippet, described as SELF_CHECK_TREE is. */
export function describeTree(tree: SyntaxTree): string[] {
  return Array.from({ length: tree.count }, (_, i) => describe(tree, i));
}

/** The first difference between web-tree-sitter's view of its tree and the copy, if any. */
function firstDifference(parsed: NonNullable<ReturnType<Parser['parse']>>, copy: SyntaxTree): string | undefined {
  const cursor = parsed.walk();
  const parents: number[] = [];
  let i = 0;
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (i >= copy.count) return `the copy has ${copy.count} nodes, tree-sitter more`;
      const ours = copy.node(i);
      const pairs: [string, unknown, unknown][] = [
        ['type', node.type, ours.type],
        ['symbol', node.typeId, copy.symbol[i]],
        ['isNamed', node.isNamed, ours.isNamed],
        ['isExtra', node.isExtra, ours.isExtra],
        ['isMissing', node.isMissing, ours.isMissing],
        ['hasError', node.hasError, ours.hasError],
        ['startIndex', node.startIndex, ours.startIndex],
        ['endIndex', node.endIndex, ours.endIndex],
        ['field', cursor.currentFieldName ?? null, ours.fieldName],
        ['parent', parents.length ? parents[parents.length - 1] : -1, copy.parentOf[i]],
      ];
      for (const [what, theirs, mine] of pairs) {
        if (theirs !== mine) return `node ${i} (${node.type} at ${node.startIndex}): ${what} is ${String(mine)} in the copy, ${String(theirs)} in tree-sitter`;
      }
      i++;
      if (cursor.gotoFirstChild()) {
        parents.push(i - 1);
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) break;
        if (!cursor.gotoParent()) return i === copy.count ? undefined : `the copy has ${copy.count} nodes, tree-sitter ${i}`;
        parents.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Throws the one message a failed self-check gives: the layout does not match the runtime. */
function mismatch(detail: string): Error {
  return new Error(
    `the syntax tree layout does not match web-tree-sitter ${WEB_TREE_SITTER_VERSION}; ${detail}. ` +
      `Tendril reads tree-sitter's memory as web-tree-sitter ${WEB_TREE_SITTER_VERSION} and tree-sitter-python ${TREE_SITTER_PYTHON_VERSION} ` +
      'lay it out (src/engine/layout.ts), and needs exactly these versions; nothing was analysed',
  );
}

/** Parses and copies the snippet; throws the layout mismatch on any difference. */
export function checkTreeLayout(parser: Parser): void {
  const parsed = parser.parse(SELF_CHECK_SNIPPET);
  if (!parsed) throw mismatch('the parser gave no tree for the self-check snippet');
  try {
    let copy: SyntaxTree;
    try {
      copy = SyntaxTree.from(parsed, SELF_CHECK_SNIPPET);
    } catch (error) {
      throw mismatch(`the copy of the self-check snippet failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const difference = firstDifference(parsed, copy);
    if (difference) throw mismatch(`in the self-check snippet, ${difference}`);
    const lines = describeTree(copy);
    const k = lines.findIndex((line, n) => line !== SELF_CHECK_TREE[n]);
    if (k >= 0 || lines.length !== SELF_CHECK_TREE.length) {
      const at = k >= 0 ? k : Math.min(lines.length, SELF_CHECK_TREE.length);
      throw mismatch(
        `the self-check snippet's tree is not the expected one at node ${at}: ` +
          `${JSON.stringify(lines[at]?.trim() ?? null)}, expected ${JSON.stringify(SELF_CHECK_TREE[at]?.trim() ?? null)}`,
      );
    }
  } finally {
    parsed.delete();
  }
}
