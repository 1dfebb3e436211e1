import { argumentAt, hasArgumentSplat, keywordArgument, keywordValue, positionalArguments } from '../../src/analysis/arguments';
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

/** Evaluates `fn` on the first call of `source`. */
async function onCall<T>(source: string, fn: (call: Node) => T): Promise<T> {
  return onTree(source, (root) => fn(root.descendantsOfType('call')[0]));
}

describe('argument readers', () => {
  test('positional and keyword arguments', async () => {
    const out = await onCall('f(a, # note\n  *rest, b=1, **kw)\n', (call) => ({
      positional: positionalArguments(call).map((n) => n.text),
      kw: keywordArgument(call, 'b')?.text,
      kwValue: keywordValue(call, 'b')?.text,
      missing: keywordValue(call, 'c'),
      splat: hasArgumentSplat(call),
    }));
    expect(out).toEqual({ positional: ['a', '*rest'], kw: 'b=1', kwValue: '1', missing: undefined, splat: true });
  });

  test('argumentAt: positional, keyword, splat, missing', async () => {
    expect(await onCall('f(cmd, shell=True)\n', (c) => argumentAt(c, 0, 'args')?.text)).toBe('cmd');
    expect(await onCall('f(args=cmd, shell=True)\n', (c) => argumentAt(c, 0, 'args')?.text)).toBe('cmd');
    expect(await onCall('f(*cmd, shell=True)\n', (c) => argumentAt(c, 1)?.text)).toBe('*cmd');
    expect(await onCall('f(**kw)\n', (c) => argumentAt(c, 0, 'args'))).toBeUndefined();
    expect(await onCall('f(x for x in y)\n', (c) => argumentAt(c, 0)?.type)).toBe('generator_expression');
    expect(await onCall('f(x for x in y)\n', (c) => hasArgumentSplat(c))).toBe(false);
  });
});

describe('argument readers: more shapes', () => {
  test('keywords: the first of a repeated name, values read once', async () => {
    const out = await onCall('f(a=1, a=2, b=(x))\n', (call) => [keywordValue(call, 'a')?.text, keywordValue(call, 'b')?.text, keywordValue(call, 'b')?.text]);
    expect(out).toEqual(['1', '(x)', '(x)']);
  });

  test('not a call, or no arguments', async () => {
    const out = await onTree('x = [1]\nf()\n', (root) => {
      const list = root.descendantsOfType('list')[0];
      const call = root.descendantsOfType('call')[0];
      return [positionalArguments(list).length, keywordArgument(list, 'a'), positionalArguments(call).length, argumentAt(call, 0, 'x'), hasArgumentSplat(call)];
    });
    expect(out).toEqual([0, undefined, 0, undefined, false]);
  });
});
