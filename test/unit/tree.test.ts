import * as fs from 'fs';
import * as path from 'path';
import type { Node, Tree } from 'web-tree-sitter';
import { getParser } from '../../src/engine/parser';
import { SyntaxTree } from '../../src/engine/tree';
import { mutate, stdlibSample } from '../helpers';

/**
 * The flat tree (src/engine/tree.ts) reads tree-sitter's memory directly; this compares it, node
 * by node, with what web-tree-sitter's own API says of the same tree: type, named, positions,
 * flags, parent, field, and every field lookup (against the field names the cursor reports for
 * every input, and against web-tree-sitter's childForFieldName on the small inputs and every
 * eighth: that API costs two calls into WebAssembly per node and field name). Corpus: the examples, hand-written hard cases,
 * a sample of the machine's Python standard library (SAMPLE) when python3 is there, and seeded
 * mutations of all of them (error recovery: ERROR and MISSING nodes).
 */

const HARD_CASES = [
  '',
  '\ufeff',
  'x = 1\r\ny = 2\r\n',
  // Rows start after `\n` only: a lone `\r`, a form feed or U+2028 starts none.
  'a = 1\rb = (2,\r  3)\r\x0cc = 4\n\x0c\n',
  'def f(a, /, b, *, c=1, **k) -> "T":\n\t"""é 😀"""\n\treturn [i async for i in a if i]\n',
  'match p:\n    case [1, *rest] if rest:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case _:\n        pass\n',
  '@d\nclass A(B, metaclass=M):\n    x: int = 1\n    async def g(self):\n        await h(*a, **k)\n',
  'print(f"{x!r:>{w}} {y=}" "plain" rb"\\x00")\n',
  'if (\n  a and not b or c\n): pass\nelif d: pass\nelse: pass\n',
  'try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nfinally:\n    del x[1:2, ::3]\n',
  'lambda: (yield)\nglobal g\nnonlocal n\nwith a as (b, c), d: pass\n',
  '('.repeat(300) + ')'.repeat(300) + '\n',
  'def f(:\n  return )\nclass\n x = [1, 2\n',
  'x = """unterminated\n',
  'if x:\n\tpass\n        pass\n',
  'é = "\u2028"; ß = 1  # comment\n',
];

// How many standard-library files, spread evenly over the sorted list. 24 keeps the suite near
// five seconds; after a change to src/engine/tree.ts or layout.ts, run it wider:
// TENDRIL_TREE_SAMPLE=2000 npx jest test/unit/tree.test.ts (every file, a few minutes).
const SAMPLE = Number(process.env.TENDRIL_TREE_SAMPLE) || 24;

const PIECES = ['(', ')', '[', ':', '"', '"""', '\n', '\t', '  ', 'def ', 'class ', 'lambda', 'é', '\\', '#', ',', '=', 'if ', 'else', 'match ', 'case '];

/** A node as the comparisons name it: `start:type`, or `null`. */
const key = (n: { startIndex: number; type: string } | null): string => (n ? `${n.startIndex}:${n.type}` : 'null');

/** Every difference between web-tree-sitter's view of `tree` and the flat copy (at most 5). */
function differences(tree: Tree, flat: SyntaxTree, fieldNames: string[], apiFields: boolean): string[] {
  const errors: string[] = [];
  const fieldsOf: Map<string, string[]>[] = [];
  const cursor = tree.walk();
  const parents: number[] = [];
  // Per open level of the walk, the last named node the cursor visited there: the previous named
  // sibling of the next node at that level.
  const lastNamed: (string | null)[] = [null];
  let i = 0;
  try {
    for (;;) {
      const node: Node = cursor.currentNode;
      const ours = flat.node(i);
      const check = (what: string, theirs: unknown, mine: unknown): void => {
        if (theirs !== mine && errors.length < 5) {
          errors.push(
            `node ${i} ${node.type} at ${node.startPosition.row}:${node.startPosition.column}: ${what} is ${String(mine)}, tree-sitter says ${String(theirs)}`,
          );
        }
      };
      check('type', node.type, ours.type);
      check('isNamed', node.isNamed, ours.isNamed);
      check('isMissing', node.isMissing, ours.isMissing);
      check('isExtra', node.isExtra, ours.isExtra);
      check('hasError', node.hasError, ours.hasError);
      check('startIndex', node.startIndex, ours.startIndex);
      check('endIndex', node.endIndex, ours.endIndex);
      check('start', `${node.startPosition.row}:${node.startPosition.column}`, `${ours.startPosition.row}:${ours.startPosition.column}`);
      check('end', `${node.endPosition.row}:${node.endPosition.column}`, `${ours.endPosition.row}:${ours.endPosition.column}`);
      check('field', cursor.currentFieldName ?? null, ours.fieldName);
      check('parent', parents.length ? parents[parents.length - 1] : -1, ours.parent ? ours.parent.id : -1);
      check('childCount', node.childCount, ours.childCount);
      check('namedChildCount', node.namedChildCount, ours.namedChildCount);
      const id = (n: { startIndex: number; type: string } | null): string | null => (n ? `${n.startIndex}:${n.type}` : null);
      // The previous named sibling as the cursor met it. (Not web-tree-sitter's previousNamedSibling,
      // whose answer is not always a sibling, see SyntaxNode.previousNamedSibling, and which finds
      // parents from the root: most of this test's time.)
      check('previousNamedSibling', lastNamed[lastNamed.length - 1], id(ours.previousNamedSibling));
      if (node.isNamed) lastNamed[lastNamed.length - 1] = id(node);
      check('firstNamedChild', id(node.firstNamedChild), id(ours.firstNamedChild));
      // Field lookups, reference 1: the field names the cursor reports for each child, gathered
      // here and compared with ours once the walk is over (no call into WebAssembly per field).
      const field = cursor.currentFieldName;
      if (field && parents.length) {
        const byField = (fieldsOf[parents[parents.length - 1]] ??= new Map<string, string[]>());
        const list = byField.get(field) ?? [];
        list.push(key(node));
        byField.set(field, list);
      }
      // Reference 2, on the smaller inputs: web-tree-sitter's own field lookups, every field name.
      if (apiFields && node.childCount > 0) {
        for (const name of fieldNames) {
          let theirs = node.childForFieldName(name);
          // Documented difference (SyntaxNode.childForFieldName): only the node's own children count.
          if (theirs && theirs.parent?.id !== node.id) theirs = null;
          check(`childForFieldName('${name}')`, key(theirs), key(ours.childForFieldName(name)));
          const all = (list: ({ startIndex: number; type: string } | null)[]): string => list.map(key).join(',');
          check(`childrenForFieldName('${name}')`, all(node.childrenForFieldName(name)), all(ours.childrenForFieldName(name)));
        }
      }
      i++;
      if (cursor.gotoFirstChild()) {
        parents.push(i - 1);
        lastNamed.push(null);
        continue;
      }
      let more = false;
      for (;;) {
        if (cursor.gotoNextSibling()) {
          more = true;
          break;
        }
        if (!cursor.gotoParent()) break;
        parents.pop();
        lastNamed.pop();
      }
      if (!more) break;
    }
  } finally {
    cursor.delete();
  }
  if (i !== flat.count) errors.push(`${flat.count} nodes, tree-sitter has ${i}`);
  for (let n = 0; n < Math.min(i, flat.count) && errors.length < 5; n++) {
    const ours = flat.node(n);
    if (ours.childCount === 0) continue;
    for (const name of fieldNames) {
      const theirs = fieldsOf[n]?.get(name) ?? [];
      const first = key(ours.childForFieldName(name));
      const all = ours.childrenForFieldName(name).map(key).join(',');
      // Documented difference (SyntaxNode.childForFieldName): an ERROR node has no first field child.
      const expectedFirst = ours.type === 'ERROR' ? 'null' : (theirs[0] ?? 'null');
      if (first !== expectedFirst || all !== theirs.join(',')) {
        errors.push(`node ${n} ${ours.type}: field '${name}' is [${all}], the cursor says [${theirs.join(',')}]`);
        break;
      }
    }
  }
  return errors;
}

describe('the flat syntax tree', () => {
  jest.setTimeout(120_000);

  test('is node for node what web-tree-sitter reads, on real, hard and broken sources', async () => {
    const parser = await getParser();
    const fieldNames = parser.language!.fields.filter((f): f is string => !!f);
    const examples: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.py')) examples.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(__dirname, '..', '..', 'examples'));
    const originals = [...HARD_CASES, ...examples, ...stdlibSample(SAMPLE)];
    const corpus = [...originals, ...originals.flatMap((text, k) => [mutate(text, k * 2 + 1, PIECES), mutate(text, k * 2 + 2, PIECES)])];
    let nodes = 0;
    let broken = 0;
    for (const [k, text] of corpus.entries()) {
      const tree = parser.parse(text)!;
      try {
        const flat = SyntaxTree.from(tree, text);
        nodes += flat.count;
        if (flat.rootNode.hasError) broken++;
        const errors = differences(tree, flat, fieldNames, text.length <= 4000 || k % 8 === 0);
        expect({ input: k, source: errors.length ? text.slice(0, 200) : '', errors }).toEqual({ input: k, source: '', errors: [] });
      } finally {
        tree.delete();
      }
    }
    expect(nodes).toBeGreaterThan(1000);
    // The mutations did reach error recovery.
    expect(broken).toBeGreaterThan(10);
  });

  test('navigation: children, siblings, fields and descendants', async () => {
    const parser = await getParser();
    const text = 'def f(a, b=1):\n    return a + b  # c\n    pass\n';
    const tree = parser.parse(text)!;
    const flat = SyntaxTree.from(tree, text);
    tree.delete();
    const fn = flat.rootNode.firstNamedChild!;
    expect(fn.type).toBe('function_definition');
    expect(fn.childForFieldName('name')!.text).toBe('f');
    expect(fn.children.map((c) => c.type)).toEqual(['def', 'identifier', 'parameters', ':', 'block']);
    expect(fn.child(2)!.type).toBe('parameters');
    expect(fn.lastChild!.type).toBe('block');
    expect(fn.child(9)).toBeNull();
    const body = fn.childForFieldName('body')!;
    expect(body.namedChildren.map((c) => c.type)).toEqual(['return_statement', 'comment', 'pass_statement']);
    expect(body.namedChild(2)!.previousNamedSibling!.type).toBe('comment');
    expect(body.firstChild!.nextSibling!.type).toBe('comment');
    expect(body.namedChild(2)!.nextSibling).toBeNull();
    expect(body.namedChildCount).toBe(3);
    expect(flat.rootNode.descendantsOfType(['identifier']).map((n) => n.text)).toEqual(['f', 'a', 'b', 'a', 'b']);
    expect(fn.childForFieldName('no-such-field')).toBeNull();
    // Node objects are not cached: the same index gives an equal node (same id), not the same object.
    expect(flat.node(fn.id).id).toBe(fn.id);
    expect(flat.node(fn.id)).not.toBe(flat.node(fn.id));
  });

  test('deep nesting is copied without recursion', async () => {
    const parser = await getParser();
    const text = 'x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n';
    const tree = parser.parse(text)!;
    try {
      const flat = SyntaxTree.from(tree, text);
      expect(flat.count).toBeGreaterThan(15000);
      expect(flat.node(flat.count - 1).parent).not.toBeNull();
    } finally {
      tree.delete();
    }
  });
});
