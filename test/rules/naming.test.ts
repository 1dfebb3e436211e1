import { analyzeSource } from '../../src/engine/analyze';
import type { Rule, RuleOptions } from '../../src/engine/api';
import { invalidArgumentName } from '../../src/rules/maintainability/invalid-argument-name';
import { invalidClassName } from '../../src/rules/maintainability/invalid-class-name';
import { invalidFunctionName } from '../../src/rules/maintainability/invalid-function-name';
import { invalidVariableName } from '../../src/rules/maintainability/invalid-variable-name';

/** `line:column name` of every finding of `rule`. */
async function names(rule: Rule, source: string, options?: RuleOptions): Promise<string[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), [rule], options);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings.map((f) => `${f.line}:${f.column} ${/`([^`]*)`/.exec(f.message)![1]}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('invalid-class-name (N801)', () => {
  test('reported: lowercase, underscores; on the identifier', async () => {
    const src = lines('class good_name: pass', 'class Ok_Name: pass', 'class _private: pass', 'def f():', '    class inner_cls: pass');
    expect(await names(invalidClassName, src)).toEqual(['1:7 good_name', '2:7 Ok_Name', '3:7 _private', '5:11 inner_cls']);
  });
  test('not reported: CapWords, leading underscores, ignore-names', async () => {
    expect(await names(invalidClassName, lines('class HttpClient: pass', 'class _Helper: pass', 'class __Private: pass', 'class A: pass'))).toEqual([]);
    expect(await names(invalidClassName, 'class legacy_thing: pass\n', { 'invalid-class-name': { 'ignore-names': ['legacy_*'] } })).toEqual([]);
  });
  test('message', async () => {
    const result = await analyzeSource('app.py', Buffer.from('class bad: pass\n'), [invalidClassName]);
    expect(result.findings[0].message).toBe('Class name `bad` should use CapWords');
  });
});

describe('invalid-function-name (N802)', () => {
  test('reported: camelCase, CapWords, underscored capitals, visit_ outside visitors', async () => {
    const src = lines(
      'def BadFunc(): pass',
      'def x_Y(): pass',
      'def _Priv(): pass',
      'def visit_Foo(): pass',
      'class W:',
      '    def visit_Name(self, node): pass',
      '    def assertFoo(self): pass',
    );
    expect(await names(invalidFunctionName, src)).toEqual(['1:5 BadFunc', '2:5 x_Y', '3:5 _Priv', '4:5 visit_Foo', '6:9 visit_Name', '7:9 assertFoo']);
  });
  test('not reported: dunders, unittest hooks, visit_* of NodeVisitor/NodeTransformer, @override, @overload', async () => {
    const src = lines(
      'import ast, unittest',
      'from typing import overload, override',
      'def __init__(): pass',
      'def setUp(): pass',
      'class T(unittest.TestCase):',
      '    def setUp(self): pass',
      '    def tearDownClass(cls): pass',
      'class V(ast.NodeVisitor):',
      '    def visit_Name(self, node): pass',
      'class R(ast.NodeTransformer):',
      '    def visit_Call(self, node): pass',
      'class B:',
      '    @override',
      '    def Bad(self): pass',
      '    @typing.overload',
      '    def Bad2(self): pass',
      'def snake_case_name(): pass',
    );
    expect(await names(invalidFunctionName, src)).toEqual([]);
  });
  test('not reported: do_* of HTTP request handlers, visit_* of subclasses of a visitor defined in the module', async () => {
    const src = lines(
      'from http.server import BaseHTTPRequestHandler',
      'from ast import NodeVisitor',
      'class H(BaseHTTPRequestHandler):',
      '    def do_GET(self): pass',
      'class H2(H):',
      '    def do_POST(self): pass',
      'class V(NodeVisitor): pass',
      'class V2(V):',
      '    def visit_Name(self, node): pass',
      'class Other:',
      '    def do_GET(self): pass',
    );
    expect(await names(invalidFunctionName, src)).toEqual(['11:9 do_GET']);
  });
  test('ignore-names replaces the defaults', async () => {
    const options = { 'invalid-function-name': { 'ignore-names': ['do*'] } };
    expect(await names(invalidFunctionName, lines('def doIt(): pass', 'def setUp(): pass'), options)).toEqual(['2:5 setUp']);
  });
});

describe('invalid-argument-name (N803)', () => {
  test('reported: parameters of functions, methods and lambdas, *args and **kwargs', async () => {
    const src = lines('def f(badArg, *ArgsX, **KwX): pass', 'class C:', '    def m(self, _Ok, x=1): pass', 'g = lambda lamArg: 1');
    expect(await names(invalidArgumentName, src)).toEqual(['1:7 badArg', '1:16 ArgsX', '1:25 KwX', '3:17 _Ok', '4:12 lamArg']);
  });
  test('not reported: lowercase, @override methods', async () => {
    const src = lines('from typing import override', 'def f(a, b_c, *args, **kwargs): pass', 'class C:', '    @override', '    def m(self, BadArg): pass');
    expect(await names(invalidArgumentName, src)).toEqual([]);
  });
});

describe('invalid-variable-name (N806, N815, N816)', () => {
  test('N806: every binding in a function that is not lowercase', async () => {
    const src = lines(
      'def f():',
      '    camelLocal = 1',
      '    UPPER = 2',
      '    a, bB = 1, 2',
      '    for iI in x: pass',
      '    with a as wW: pass',
      '    (zZ := 1)',
      '    fooBar: int',
      '    fooBar += 1',
    );
    expect(await names(invalidVariableName, src)).toEqual(['2:5 camelLocal', '3:5 UPPER', '4:8 bB', '5:9 iI', '6:15 wW', '7:6 zZ', '9:5 fooBar', '8:5 fooBar']);
  });
  test('N806 exemptions: global/nonlocal, type definitions, imports, except names, comprehensions', async () => {
    const src = lines(
      'from typing import TypeVar, NewType, TypeAlias',
      'from collections import namedtuple',
      'def f():',
      '    global gVar',
      '    gVar = 1',
      '    T = TypeVar("T")',
      '    UserId = NewType("UserId", int)',
      '    Point = namedtuple("Point", "x y")',
      '    Alias: TypeAlias = int',
      '    import Foo',
      '    try: pass',
      '    except E as eE: pass',
      '    return [zZ for zZ in y]',
    );
    expect(await names(invalidVariableName, src)).toEqual([]);
  });
  test('N806: a parenthesised type definition keeps its exemption (issue 21)', async () => {
    const src = lines(
      'import collections',
      'from typing import TypeVar',
      'def f():',
      '    A = (collections.namedtuple("A", "x"))',
      '    R = (TypeVar("R"))',
      '    S = ((',
      '        TypeVar("S")',
      '    ))',
      '    T = U = TypeVar("T")',
      '    Bad = (compute())',
    );
    expect(await names(invalidVariableName, src)).toEqual(['10:5 Bad']);
  });
  test('scopes: the variables judged (a Ruff or flake8 configuration ignoring N806, N815 or N816 leaves its scope out)', async () => {
    const src = lines('moduleVar = 1', 'class C:', '    classAttr = 1', 'def f():', '    Local = 1', '    return Local');
    expect(await names(invalidVariableName, src)).toEqual(['1:1 moduleVar', '3:5 classAttr', '5:5 Local']);
    expect(await names(invalidVariableName, src, { 'invalid-variable-name': { scopes: ['class', 'module'] } })).toEqual(['1:1 moduleVar', '3:5 classAttr']);
    expect(await names(invalidVariableName, src, { 'invalid-variable-name': { scopes: ['function'] } })).toEqual(['5:5 Local']);
  });
  test('N815 class attributes and N816 module variables: mixedCase only', async () => {
    const src = lines(
      'mixedGlobal = 1',
      'CONST = 1',
      'Camel = 1',
      'aB, cD = 1, 2',
      'class C:',
      '    mixedCase = 1',
      '    ALLCAPS = 1',
      '    _mixedCase = 1',
      '    mixedAnn: int',
      '    __dunderX__ = 1',
      'class TD(TypedDict):',
      '    mixedField: int',
    );
    expect(await names(invalidVariableName, src)).toEqual(['1:1 mixedGlobal', '4:1 aB', '4:5 cD', '6:5 mixedCase', '8:5 _mixedCase', '9:5 mixedAnn']);
  });
  test('messages', async () => {
    const result = await analyzeSource('app.py', Buffer.from('xY = 1\nclass C:\n    xY = 1\ndef f():\n    Xy = 1\n'), [invalidVariableName]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Module variable `xY` should not be mixedCase',
      'Class attribute `xY` should not be mixedCase',
      'Variable `Xy` in a function should be lowercase',
    ]);
  });
});
