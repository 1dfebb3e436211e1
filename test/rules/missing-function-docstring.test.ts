import { missingFunctionDocstring } from '../../src/rules/maintainability/missing-function-docstring';
import { lines, ruleFindings } from './complexity-helpers';

const report = async (source: string, options: Record<string, boolean> = {}, path = 'app.py') =>
  (await ruleFindings(missingFunctionDocstring, source, options, path)).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('missing-function-docstring: reported', () => {
  test('public function and method, on the name', async () => {
    const [f] = await ruleFindings(missingFunctionDocstring, lines('"""Mod."""', 'def load(path):', '    return 1'));
    expect(f).toMatchObject({ line: 2, column: 5, endColumn: 9, message: 'Public function `load` has no docstring' });
    expect(await report(lines('class C:', '    """C."""', '    def run(self): pass', '    async def go(self): pass'))).toEqual([
      '3:9 Public method `C.run` has no docstring',
      '4:15 Public method `C.go` has no docstring',
    ]);
  });
  test('functions defined under if/try at module level are module-level', async () => {
    expect(await report(lines('if X:', '    def f(): pass'))).toEqual(['2:9 Public function `f` has no docstring']);
  });
  test('the getter of a property is reported', async () => {
    expect(await report(lines('class C:', '    """C."""', '    @property', '    def x(self): pass'))).toEqual(['4:9 Public method `C.x` has no docstring']);
  });
  test('an f-string or bytes literal is not a docstring', async () => {
    expect(await report(lines('def f():', '    f"""x"""', 'def g():', '    b"""x"""'))).toEqual([
      '1:5 Public function `f` has no docstring',
      '3:5 Public function `g` has no docstring',
    ]);
  });
  test('a string after another statement is not a docstring', async () => {
    expect(await report(lines('def f():', '    pass', '    """late"""'))).toEqual(['1:5 Public function `f` has no docstring']);
  });
  test('__new__ and __call__ are ordinary public methods (D102), as in pydocstyle', async () => {
    expect(await report(lines('class C:', '    """C."""', '    def __new__(cls): pass', '    def __call__(self): pass'))).toEqual([
      '3:9 Public method `C.__new__` has no docstring',
      '4:9 Public method `C.__call__` has no docstring',
    ]);
  });
  test('__all__ written as a bare tuple', async () => {
    expect(await report(lines("__all__ = 'a', 'b'", 'def a(): pass', 'def c(): pass'))).toEqual(['2:5 Public function `a` has no docstring']);
  });
  test('magic methods and __init__ only with their options', async () => {
    const source = lines('class C:', '    """C."""', '    def __init__(self): pass', '    def __eq__(self, o): pass');
    expect(await report(source)).toEqual([]);
    expect(await report(source, { 'include-init': true })).toEqual(['3:9 `C.__init__` has no docstring']);
    expect(await report(source, { 'include-magic-methods': true })).toEqual(['4:9 Magic method `C.__eq__` has no docstring']);
  });
});

describe('missing-function-docstring: not reported', () => {
  test('documented functions: plain, raw, unicode, concatenated, parenthesized, after a comment', async () => {
    expect(
      await report(
        lines(
          'def a():',
          '    """A."""',
          'def b():',
          "    r'''B.'''",
          'def c():',
          '    u"C."',
          'def d():',
          '    "D" "E"',
          'def e():',
          '    ("E.")',
          'def g():',
          '    # note',
          '    """G."""',
        ),
      ),
    ).toEqual([]);
  });
  test('private names, module-level dunders, private methods', async () => {
    expect(
      await report(lines('def _f(): pass', 'def __getattr__(name): pass', 'class C:', '    """C."""', '    def _m(self): pass', '    def __m(self): pass')),
    ).toEqual([]);
  });
  test('nested functions, and classes defined in functions', async () => {
    expect(await report(lines('def f():', '    """F."""', '    def g(): pass', '    class K:', '        def m(self): pass'))).toEqual([]);
  });
  test('methods of private classes and of classes nested in private classes', async () => {
    expect(await report(lines('class _P:', '    def m(self): pass', '    class Q:', '        def n(self): pass'))).toEqual([]);
  });
  test('@overload stubs, @override methods, property setters and deleters', async () => {
    const source = lines(
      'import typing',
      'from typing import overload, override',
      '@overload',
      'def f(x: int) -> int: ...',
      '@typing.overload',
      'def f(x: str) -> str: ...',
      'def f(x):',
      '    """F."""',
      'class C:',
      '    """C."""',
      '    @property',
      '    def x(self):',
      '        """X."""',
      '    @x.setter',
      '    def x(self, v): pass',
      '    @x.deleter',
      '    def x(self): pass',
      '    @override',
      '    def run(self): pass',
    );
    expect(await report(source)).toEqual([]);
  });
  test('__all__ decides module-level public-ness, classes and their methods included', async () => {
    const source = lines(
      '__all__ = ["a", "K"]',
      'def a(): pass',
      'def b(): pass',
      'class K:',
      '    """K."""',
      '    def m(self): pass',
      'class L:',
      '    def m(self): pass',
    );
    expect(await report(source)).toEqual(['2:5 Public function `a` has no docstring', '6:9 Public method `K.m` has no docstring']);
  });
  test('nothing in a private module', async () => {
    expect(await report(lines('def f(): pass'), {}, '_compat.py')).toEqual([]);
    expect(await report(lines('def f(): pass'), {}, 'pkg/_internal/util.py')).toEqual([]);
    expect(await report(lines('def f(): pass'), {}, 'pkg/__main__.py')).toEqual(['1:5 Public function `f` has no docstring']);
  });
});
