import type { SyntaxNode as Node } from '../../src/engine/tree';
import {
  argumentAt,
  calls,
  hasArgumentSplat,
  isFalsyConstant,
  isPlainStringLiteral,
  isTruthyConstant,
  keywordArgument,
  keywordValue,
  positionalArguments,
  stringLiteralValue,
  truthiness,
  type CallModel,
} from '../../src/analysis/calls';
import { analyzeSource } from '../../src/engine/analyze';
import type { FileContext } from '../../src/engine/context';
import type { Rule } from '../../src/rules/types';

/**
 * Runs the calls analysis on `source` and hands its model to `inspect` while the tree is alive
 * (inside a probe rule's `end`); returns what `inspect` returned.
 */
async function probe<T>(source: string, inspect: (model: CallModel, context: FileContext) => T): Promise<T> {
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
    uses: [calls],
    create: (context) => ({
      end: () => {
        result = { value: inspect(context.analysis<CallModel>('calls'), context) };
      },
    }),
  };
  const file = await analyzeSource('probe.py', Buffer.from(source), [rule]);
  const internal = file.notifications.find((n) => n.id === 'internal-error');
  if (internal) throw new Error(internal.message);
  if (!result) throw new Error('probe did not run');
  return result.value;
}

/** `written -> qualified` for every call, in source order (`?` when unresolved). */
async function resolved(source: string): Promise<string[]> {
  return probe(source, (model) => model.calls.map((c) => `${c.writtenName ?? c.callee.text} -> ${c.qualifiedName ?? '?'}`));
}

/** Qualified name of the call(s) on the lines containing `marker` (a comment such as `# here`). */
async function at(source: string, marker = '# here'): Promise<(string | undefined)[]> {
  const lines = source.split('\n');
  const wanted = new Set(lines.flatMap((line, i) => (line.includes(marker) ? [i] : [])));
  return probe(source, (model) =>
    model.calls.filter((c) => wanted.has(c.node.startPosition.row) && c.node.parent?.type !== 'argument_list').map((c) => c.qualifiedName),
  );
}

/** Evaluates `fn` on the value of the first assignment `x = <expr>` in `source`. */
async function onValue<T>(expr: string, fn: (node: Node) => T): Promise<T> {
  return probe(`x = ${expr}\n`, (_model, context) => {
    const assignment = context.tree.rootNode.descendantsOfType('assignment')[0];
    const right = assignment?.childForFieldName('right');
    if (!right) throw new Error(`no value in x = ${expr}`);
    return fn(right);
  });
}

/** Evaluates `fn` on the first call of `source`. */
async function onCall<T>(source: string, fn: (call: Node) => T): Promise<T> {
  return probe(source, (model) => fn(model.calls[0].node));
}

describe('calls: import forms', () => {
  test('import module', async () => {
    expect(await resolved('import subprocess\nsubprocess.Popen("ls")\n')).toEqual(['subprocess.Popen -> subprocess.Popen']);
  });

  test('import module as alias', async () => {
    expect(await resolved('import subprocess as sp\nsp.Popen("ls")\n')).toEqual(['sp.Popen -> subprocess.Popen']);
  });

  test('from module import name, and as alias', async () => {
    const src = 'from subprocess import Popen\nfrom subprocess import Popen as P\nfrom os import system as run\nPopen(a)\nP(a)\nrun(a)\n';
    expect(await resolved(src)).toEqual(['Popen -> subprocess.Popen', 'P -> subprocess.Popen', 'run -> os.system']);
  });

  test('import of a dotted module binds the top package; chains are appended', async () => {
    const src = 'import os.path\nos.path.join("a", "b")\nos.getcwd()\nimport xml.etree.ElementTree as ET\nET.parse(f)\n';
    expect(await resolved(src)).toEqual([
      'os.path.join -> os.path.join',
      'os.getcwd -> os.getcwd',
      'ET.parse -> xml.etree.ElementTree.parse',
    ]);
  });

  test('from a dotted module, several names, parenthesised', async () => {
    const src = 'from os.path import (join as j,\n    exists)\nj(a)\nexists(a)\n';
    expect(await resolved(src)).toEqual(['j -> os.path.join', 'exists -> os.path.exists']);
  });

  test('nested attribute chains on an imported name', async () => {
    expect(await resolved('import a\na.b.c.d(1)\n')).toEqual(['a.b.c.d -> a.b.c.d']);
    expect(await resolved('from a import b\nb.c.d(1)\n')).toEqual(['b.c.d -> a.b.c.d']);
  });

  test('relative imports stay unresolved', async () => {
    expect(await resolved('from . import subprocess\nfrom .os import system\nsubprocess.Popen(a)\nsystem(a)\n')).toEqual([
      'subprocess.Popen -> ?',
      'system -> ?',
    ]);
  });

  test('an unrelated popen is not subprocess.Popen', async () => {
    expect(await resolved('from os import popen\npopen("ls")\n')).toEqual(['popen -> os.popen']);
  });

  test('builtins resolve when not shadowed; unknown names do not', async () => {
    expect(await resolved('eval(s)\nopen(p)\nfoo(1)\n')).toEqual(['eval -> builtins.eval', 'open -> builtins.open', 'foo -> ?']);
    expect(await resolved('from os import open\nopen(p)\n')).toEqual(['open -> os.open']);
    expect(await resolved('def eval(x): pass\neval(s)\n')).toEqual(['eval -> ?']);
  });

  test('callees that are not name chains are unresolved', async () => {
    expect(await resolved('import subprocess\nsubprocess.Popen(a).wait()\nf()()\nx[0]()\n')).toEqual([
      'subprocess.Popen(a).wait -> ?',
      'subprocess.Popen -> subprocess.Popen',
      'f() -> ?',
      'f -> ?',
      'x[0] -> ?',
    ]);
  });

  test('parenthesised callee', async () => {
    expect(await resolved('import subprocess\n(subprocess.call)(a)\n')).toEqual(['subprocess.call -> subprocess.call']);
  });

  test('alias assignments are followed', async () => {
    const src = 'import subprocess\nrun = subprocess.run\nsp = subprocess\nrun(a)\nsp.call(a)\n';
    expect(await resolved(src)).toEqual(['run -> subprocess.run', 'sp.call -> subprocess.call']);
  });
});

describe('calls: scopes', () => {
  test('module imports resolve in functions, methods and nested functions', async () => {
    const src = [
      'import subprocess',
      'def f():',
      '    subprocess.call(a)  # here',
      'class C:',
      '    def m(self):',
      '        def inner():',
      '            subprocess.call(a)  # here',
      '        return inner',
      '    x = lambda: subprocess.call(a)  # here',
      '[subprocess.call(c) for c in cs]  # here',
    ].join('\n');
    expect(await at(src)).toEqual(['subprocess.call', 'subprocess.call', 'subprocess.call', 'subprocess.call']);
  });

  test('a module import after the function that uses it still resolves', async () => {
    const src = 'def f():\n    subprocess.Popen(a)  # here\n\nimport subprocess\n';
    expect(await at(src)).toEqual(['subprocess.Popen']);
  });

  test('an import in one function does not resolve names in another', async () => {
    const src = 'def f():\n    import subprocess\n    subprocess.call(a)  # here\n\ndef g():\n    subprocess.call(a)  # here\n';
    expect(await at(src)).toEqual(['subprocess.call', undefined]);
  });

  test('function-local import resolves in nested functions but class bodies do not leak', async () => {
    const src = [
      'def f():',
      '    import subprocess as sp',
      '    def g():',
      '        sp.run(a)  # here',
      'class C:',
      '    import subprocess as sq',
      '    sq.run(a)  # here',
      '    def m(self):',
      '        sq.run(a)  # here',
    ].join('\n');
    expect(await at(src)).toEqual(['subprocess.run', 'subprocess.run', undefined]);
  });

  test('module-level rebinding after the import: earlier calls resolve, later ones and functions do not', async () => {
    const src = [
      'import subprocess',
      'subprocess.Popen(a)  # here',
      'subprocess = make_fake()',
      'subprocess.Popen(a)  # here',
      'def f():',
      '    subprocess.Popen(a)  # here',
    ].join('\n');
    expect(await at(src)).toEqual(['subprocess.Popen', undefined, undefined]);
  });

  test('parameters and local assignments shadow module imports', async () => {
    const src = [
      'import subprocess',
      'def f(subprocess):',
      '    subprocess.call(a)  # here',
      'def g():',
      '    subprocess = other',
      '    subprocess.call(a)  # here',
      'def h():',
      '    subprocess.call(a)  # here',
      '    subprocess = other',
      'def k():',
      '    for subprocess in mods:',
      '        subprocess.call(a)  # here',
      'def w():',
      '    with ctx() as subprocess:',
      '        subprocess.call(a)  # here',
    ].join('\n');
    // h: a name assigned anywhere in a function is local there (UnboundLocalError, not the import).
    expect(await at(src)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test('a rebinding later in a loop reaches calls earlier in the loop', async () => {
    const src = 'import subprocess\nfor i in range(3):\n    subprocess.call(a)  # here\n    subprocess = other\n';
    expect(await at(src)).toEqual([undefined]);
  });

  test('conditional imports resolve only when they agree', async () => {
    const agree = 'if x:\n    import subprocess\nelse:\n    import subprocess\nsubprocess.call(a)  # here\n';
    const differ = 'try:\n    from shlex import quote\nexcept ImportError:\n    from pipes import quote\nquote(a)  # here\n';
    expect(await at(agree)).toEqual(['subprocess.call']);
    expect(await at(differ)).toEqual([undefined]);
  });

  test('a fallback to None does not prevent resolution', async () => {
    const src = 'try:\n    import subprocess\nexcept ImportError:\n    subprocess = None\ndef f():\n    subprocess.call(a)  # here\n';
    expect(await at(src)).toEqual(['subprocess.call']);
    expect(await at('subprocess = None\nsubprocess.call(a)  # here\n')).toEqual([undefined]);
  });

  test('global declarations: bindings in a function land in the module', async () => {
    const src = [
      'import subprocess',
      'def setup():',
      '    global subprocess',
      '    subprocess = fake',
      'def f():',
      '    subprocess.call(a)  # here',
      'def g():',
      '    global sp',
      '    import subprocess as sp',
      'def h():',
      '    sp.call(a)  # here',
    ].join('\n');
    expect(await at(src)).toEqual([undefined, 'subprocess.call']);
  });

  test('nonlocal bindings land in the enclosing function', async () => {
    const src = [
      'def outer():',
      '    import subprocess',
      '    def patch():',
      '        nonlocal subprocess',
      '        subprocess = fake',
      '    subprocess.call(a)  # here',
    ].join('\n');
    expect(await at(src)).toEqual([undefined]);
  });

  test('star imports make names unknown unless an explicit import follows', async () => {
    expect(await at('from os import *\nsystem(a)  # here\n')).toEqual([undefined]);
    expect(await at('import subprocess\nfrom helpers import *\nsubprocess.call(a)  # here\n')).toEqual([undefined]);
    expect(await at('from helpers import *\nimport subprocess\nsubprocess.call(a)  # here\n')).toEqual(['subprocess.call']);
  });

  test('assumedName, callsToAssumed, resolveAssumed: star imports assumed not to rebind', async () => {
    const src = 'import subprocess\nfrom tkinter import *\nsubprocess.call(a)\nexec(code)\nother = 1\nother(x)\n';
    const seen = await probe(src, (model) => ({
      strict: model.calls.map((c) => c.qualifiedName),
      assumed: model.calls.map((c) => c.assumedName),
      to: model.callsToAssumed(['builtins.exec']).map((c) => c.node.startPosition.row),
      strictTo: model.callsTo(['builtins.exec']).length,
      resolved: model.resolveAssumed(model.calls[0].callee),
    }));
    expect(seen.strict).toEqual([undefined, undefined, undefined]);
    expect(seen.assumed).toEqual(['subprocess.call', 'builtins.exec', undefined]);
    expect(seen.to).toEqual([3]);
    expect(seen.strictTo).toBe(0);
    expect(seen.resolved).toBe('subprocess.call');
    // Without a star import both readings agree.
    expect(await probe('import os\nos.system(a)\n', (model) => [model.calls[0].qualifiedName, model.calls[0].assumedName])).toEqual(['os.system', 'os.system']);
  });

  test('walrus, except-as, match captures and comprehension targets bind names', async () => {
    const src = [
      'import subprocess',
      'if (subprocess := pick()):',
      '    subprocess.call(a)  # here',
    ].join('\n');
    expect(await at(src)).toEqual([undefined]);
    expect(await at('import subprocess\ntry:\n    pass\nexcept E as subprocess:\n    subprocess.call(a)  # here\n')).toEqual([undefined]);
    expect(await at('import subprocess\nmatch v:\n    case subprocess:\n        subprocess.call(a)  # here\n')).toEqual([undefined]);
    expect(await at('import subprocess\n[subprocess.call(a) for subprocess in mods]  # here\n')).toEqual([undefined]);
  });

  test('default values and decorators are evaluated in the enclosing scope', async () => {
    const src = 'import subprocess\ndef f(subprocess, x=subprocess.call(a)):  # here\n    pass\n';
    expect(await at(src)).toEqual(['subprocess.call']);
  });

  test('resolve() of a bare name passed as a value keeps a None binding', async () => {
    const src = 'Loader = None\ntry:\n    from yaml import CSafeLoader as Loader\nexcept ImportError:\n    pass\nyaml.load(s, Loader=Loader)\nLoader.x()\n';
    const out = await probe(src, (model) => [model.resolve(keywordValue(model.calls[0].node, 'Loader')!), model.calls[1].qualifiedName]);
    expect(out).toEqual([undefined, 'yaml.CSafeLoader.x']);
  });

  test('resolve() works on any name or attribute chain', async () => {
    const src = 'import yaml\nyaml.load(data, Loader=yaml.SafeLoader)\n';
    expect(await probe(src, (model) => model.resolve(keywordValue(model.calls[0].node, 'Loader')!))).toBe('yaml.SafeLoader');
  });

  test('callsTo and callAt', async () => {
    const src = 'import subprocess as sp\nfrom subprocess import run\nsp.Popen(a)\nrun(b)\nprint(c)\n';
    const out = await probe(src, (model) => ({
      to: model.callsTo(['subprocess.Popen', 'subprocess.run']).map((c) => c.node.startPosition.row),
      at: model.callAt(model.calls[2].node)?.qualifiedName,
    }));
    expect(out).toEqual({ to: [2, 3], at: 'builtins.print' });
  });
});

describe('calls: argument helpers', () => {
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

describe('calls: literal helpers', () => {
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

  test.each(['f"ls {x}"', '"ls " + x', '"ls %s" % x', '"ls {}".format(x)', 'x', 'b"ls"', '"a" f"{b}"', '1'])(
    'not a plain string literal: %s',
    async (expr) => {
      expect(await onValue(expr, (n) => isPlainStringLiteral(n))).toBe(false);
    },
  );

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
