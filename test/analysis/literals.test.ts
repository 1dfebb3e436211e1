import {
  integerValue,
  isFalsyConstant,
  isPlainStringLiteral,
  isTruthyConstant,
  namedChildrenOf,
  stringLiteralValue,
  truthiness,
  unparenthesize,
} from '../../src/analysis/literals';
import type { SyntaxNode as Node } from '../../src/engine/tree';
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/api';

/** Runs `inspect` on the tree of `source` while it is alive (inside a probe rule's `end`). */
async function onTree<T>(source: string, inspect: (root: Node) => T): Promise<T> {
  let result: { value: T } | undefined;
  const rule: Rule = {
    meta: {
      id: 'probe',
      name: 'Probe',
      kind: 'security',
      shortDescription: 'probe',
      fullDescription: 'probe',
      help: 'probe',
      category: 'test',
      aliases: [],
      precision: 'high',
    },
    create: (context) => ({
      end: () => {
        result = { value: inspect(context.tree.rootNode) };
      },
    }),
  };
  await analyzeSource('probe.py', Buffer.from(source), [rule]);
  if (!result) throw new Error('probe did not run');
  return result.value;
}

/** Evaluates `fn` on the value of the first assignment `x = <expr>` in `source`. */
async function onValue<T>(expr: string, fn: (node: Node) => T): Promise<T> {
  return onTree(`x = ${expr}\n`, (root) => {
    const right = root.descendantsOfType('assignment')[0]?.childForFieldName('right');
    if (!right) throw new Error(`no value in x = ${expr}`);
    return fn(right);
  });
}

describe('literal readers', () => {
  test.each([
    ['"ls -l"', 'ls -l'],
    ["'a' 'b'", 'ab'],
    ['"a" + "b" + \'c\'', 'abc'],
    ['("ls")', 'ls'],
    ['r"\\d"', '\\d'],
    ['"\\x41\\n"', 'A\n'],
    ['f"plain {{x}}"', 'plain {x}'],
    ['u"x"', 'x'],
  ])('string literal %s', async (expr, value) => {
    expect(await onValue(expr, (n) => stringLiteralValue(n))).toBe(value);
  });

  test.each(['f"ls {x}"', '"ls " + x', '"ls %s" % x', '"ls {}".format(x)', 'x', 'b"ls"', '"a" f"{b}"', '1'])('not a plain string literal: %s', async (expr) => {
    expect(await onValue(expr, (n) => isPlainStringLiteral(n))).toBe(false);
  });

  test('bytes literals with allowBytes', async () => {
    expect(await onValue('b"ls" b" -l"', (n) => stringLiteralValue(n, { allowBytes: true }))).toBe('ls -l');
  });

  test.each([
    ['True', true],
    ['1', true],
    ['-1', true],
    ['0x10', true],
    ['1.5e-3', true],
    ['2j', true],
    ['"no"', true],
    ['f"a{b}"', true],
    ['[0]', true],
    ['(1,)', true],
    ['{"a": 1}', true],
    ['{1}', true],
    ['...', true],
    ['not False', true],
    ['(True)', true],
    ['False', false],
    ['None', false],
    ['0', false],
    ['0x0', false],
    ['0.0e10', false],
    ['-0', false],
    ['0j', false],
    ['""', false],
    ["'' ''", false],
    ['[]', false],
    ['()', false],
    ['{}', false],
    ['not True', false],
    ['x', undefined],
    ['f"{b}"', undefined],
    ['[*a]', undefined],
    ['{**a}', undefined],
    ['bool(x)', undefined],
    ['a == b', undefined],
  ])('truthiness of %s', async (expr, expected) => {
    expect(await onValue(expr, (n) => truthiness(n))).toBe(expected);
    expect(await onValue(expr, (n) => isTruthyConstant(n))).toBe(expected === true);
    expect(await onValue(expr, (n) => isFalsyConstant(n))).toBe(expected === false);
  });
});

describe('literal readers: more', () => {
  test('f-strings refused when asked; the two readings are cached apart', async () => {
    const out = await onValue('f"plain"', (n) => [
      stringLiteralValue(n, { allowFStrings: false }),
      stringLiteralValue(n),
      stringLiteralValue(n, { allowFStrings: false }),
    ]);
    expect(out).toEqual([undefined, 'plain', undefined]);
    expect(await onValue('"a" f"b"', (n) => stringLiteralValue(n, { allowFStrings: false }))).toBeUndefined();
    expect(await onValue('t"x"', (n) => stringLiteralValue(n))).toBeUndefined();
    expect(await onValue('("a"  # note\n "b")', (n) => stringLiteralValue(n))).toBe('ab');
  });

  test.each([
    ['0o755', 0o755],
    ['0x1F', 0x1f],
    ['0b101', 5],
    ['1_024', 1024],
    ['(8)', 8],
    ['0', 0],
    ['2j', undefined],
    ['1.5', undefined],
    ['-1', undefined],
    ['x', undefined],
  ])('integerValue(%s)', async (expr, expected) => {
    expect(await onValue(expr, (n) => integerValue(n))).toBe(expected);
  });

  test('unparenthesize and namedChildrenOf', async () => {
    expect(await onValue('((a))', (n) => unparenthesize(n).text)).toBe('a');
    expect(await onValue('(a, b)', (n) => unparenthesize(n).type)).toBe('tuple');
    expect(await onValue('[a,  # c\n b]', (n) => namedChildrenOf(n).map((c) => c.text))).toEqual(['a', 'b']);
  });
});
