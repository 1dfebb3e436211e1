import {
  bindingIn,
  isGroupUsed,
  lookup,
  rebindingGroup,
  scopeAt,
  ScopeCursor,
  scopes,
  type Binding,
  type Reference,
  type Scope,
  type ScopeModel,
} from '../../src/analysis/scopes';
import type { FileContext } from '../../src/engine/api';
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule, RuleMeta } from '../../src/engine/api';

const PROBE_META: RuleMeta = {
  id: 'scope-probe',
  name: 'ScopeProbe',
  kind: 'maintainability',
  shortDescription: 'probe',
  fullDescription: 'probe',
  help: 'probe',
  category: 'test',
  aliases: [],
  precision: 'high',
};

/**
 * The model holds tree nodes, which die with the tree at the end of `analyzeSource`: the probe
 * rule hands the model to `inspect` from its own `end`, and tests return plain data from there.
 */
async function withModel<T>(source: string, inspect: (model: ScopeModel, context: FileContext) => T): Promise<T> {
  let result: T | undefined;
  let ran = false;
  const probe: Rule = {
    meta: PROBE_META,
    uses: [scopes],
    create(context) {
      return {
        end() {
          result = inspect(context.analysis<ScopeModel>(scopes.name), context);
          ran = true;
        },
      };
    },
  };
  const file = await analyzeSource('probe.py', Buffer.from(source), [probe]);
  expect(file.notifications).toEqual([]);
  expect(ran).toBe(true);
  return result as T;
}

const lines = (...l: string[]): string => l.join('\n') + '\n';
const line = (node: { startPosition: { row: number } }): number => node.startPosition.row + 1;

/** `kind@line` of a scope, `module@1` for the module. */
const scopeName = (scope: Scope): string => `${scope.kind}@${line(scope.node)}`;
/** `name:kind@line` of a binding. */
const bindingName = (b: Binding): string => `${b.name}:${b.kind}@${line(b.node)}`;

/** Every read as `name@line -> binding` (or `-> builtin`), in order. */
async function reads(source: string): Promise<string[]> {
  return withModel(source, (model) =>
    model.references.map((r: Reference) => `${r.name}@${line(r.node)} -> ${r.binding ? bindingName(r.binding) : r.maybeStar ? 'star?' : 'builtin'}`),
  );
}

/** Every binding as `name:kind@line in scope`. */
async function bindings(source: string): Promise<string[]> {
  return withModel(source, (model) => model.bindings.map((b) => `${bindingName(b)} in ${scopeName(b.scope)}`));
}

describe('scopes: structure', () => {
  test('module, class, function, lambda and comprehension scopes, with parents and docstrings', async () => {
    const source = lines(
      '"""Module doc."""',
      'class A:',
      '    """Class doc."""',
      '    def m(self):',
      '        """Method doc."""',
      '        f = lambda x: [y for y in x]',
      '        return f',
    );
    const summary = await withModel(source, (model) =>
      model.scopes.map((s) => `${scopeName(s)} parent=${s.parent ? scopeName(s.parent) : '-'} doc=${s.docstring ? line(s.docstring) : '-'}`),
    );
    expect(summary).toEqual([
      'module@1 parent=- doc=1',
      'class@2 parent=module@1 doc=3',
      'function@4 parent=class@2 doc=5',
      'lambda@6 parent=function@4 doc=-',
      'comprehension@6 parent=lambda@6 doc=-',
    ]);
  });

  test('binding kinds', async () => {
    const source = lines(
      'import os.path, numpy as np', // 1
      'from __future__ import annotations', // 2
      'from m import a, b as c', // 3
      'x = y = 1', // 4
      'x += 1', // 5
      'for i, (j, *k) in []: pass', // 6
      'with open(p) as (f, g): pass', // 7
      'try: pass', // 8
      'except E as e: pass', // 9
      'if (w := 1): pass', // 10
      'match s:', // 11
      '    case [q, *rest] | {"k": q, **rest} if q: pass', // 12
      '    case P(attr=v) as whole: pass', // 13
      'def fn(p1, p2=1, *args, p3: int, p4: int = 2, **kw): pass', // 14
      'class K: pass', // 15
      'del x', // 16
      'def g():', // 17
      '    global G', // 18
      '    nonlocal_free = 1', // 19
      'type Alias = int', // 20
    );
    expect(await bindings(source)).toEqual([
      'os:import@1 in module@1',
      'np:import@1 in module@1',
      'annotations:future-import@2 in module@1',
      'a:from-import@3 in module@1',
      'c:from-import@3 in module@1',
      'x:assignment@4 in module@1',
      'y:assignment@4 in module@1',
      'x:augmented@5 in module@1',
      'i:for@6 in module@1',
      'j:for@6 in module@1',
      'k:for@6 in module@1',
      'f:with@7 in module@1',
      'g:with@7 in module@1',
      'e:except@9 in module@1',
      'e:del@9 in module@1',
      'w:walrus@10 in module@1',
      'q:match@12 in module@1',
      'rest:match@12 in module@1',
      'q:match@12 in module@1',
      'rest:match@12 in module@1',
      'v:match@13 in module@1',
      'whole:match@13 in module@1',
      'fn:function@14 in module@1',
      'p1:parameter@14 in function@14',
      'p2:parameter@14 in function@14',
      'args:parameter@14 in function@14',
      'p3:parameter@14 in function@14',
      'p4:parameter@14 in function@14',
      'kw:parameter@14 in function@14',
      'K:class@15 in module@1',
      'x:del@16 in module@1',
      'g:function@17 in module@1',
      'G:global@18 in function@17',
      'nonlocal_free:assignment@19 in function@17',
      'Alias:type-alias@20 in module@1',
    ]);
  });

  test('the implicit unbinding at the end of an except handler is marked implicit', async () => {
    const flags = await withModel(lines('try: pass', 'except E as e:', '    print(e)'), (model) => model.bindings.map((b) => `${b.kind}:${b.implicit}`));
    expect(flags).toEqual(['except:false', 'del:true']);
  });

  test('import details', async () => {
    const source = lines('import a.b.c', 'import a.b as ab', 'import x as x', 'from . import r', 'from ..p.q import s as s', 'from t import u as v');
    const info = await withModel(source, (model) =>
      model.bindings.map((b) => {
        const i = b.import!;
        return (
          `${b.name} ${b.kind} module=${i.module} member=${i.member ?? '-'} qualified=${i.qualifiedName} ` +
          `alias=${i.alias ?? '-'} reexport=${i.explicitReExport} submodule=${i.submodule} name=${i.nameNode.text}`
        );
      }),
    );
    expect(info).toEqual([
      'a import module=a.b.c member=- qualified=a.b.c alias=- reexport=false submodule=true name=a.b.c',
      'ab import module=a.b member=- qualified=a.b alias=ab reexport=false submodule=false name=a.b',
      'x import module=x member=- qualified=x alias=x reexport=true submodule=false name=x',
      'r from-import module=. member=r qualified=.r alias=- reexport=false submodule=false name=r',
      's from-import module=..p.q member=s qualified=..p.q.s alias=s reexport=true submodule=false name=s',
      'v from-import module=t member=u qualified=t.u alias=v reexport=false submodule=false name=u',
    ]);
  });

  test('TYPE_CHECKING and ImportError guards are recorded on bindings', async () => {
    const source = lines(
      'import typing',
      'if typing.TYPE_CHECKING:',
      '    import a',
      'if not TYPE_CHECKING:',
      '    import b',
      'else:',
      '    import c',
      'try:',
      '    import d',
      'except (OSError, ModuleNotFoundError):',
      '    d = None',
      'try:',
      '    import e',
      'except ValueError:',
      '    pass',
    );
    const flags = await withModel(source, (model) =>
      model.bindings.map((b) => `${b.name}${b.typeCheckingOnly ? ' typing' : ''}${b.guardedByImportError ? ' guarded' : ''}`),
    );
    expect(flags).toEqual(['typing', 'a typing', 'b', 'c typing', 'd guarded', 'd', 'e']);
  });

  test('star imports, locals() and __all__', async () => {
    const source = lines(
      'from m import *',
      'from n import x',
      '__all__ = ["x", "y"] + ["z"]',
      '__all__ += ("w",)',
      '__all__.extend(["v"])',
      '__all__.append("u")',
      'def f():',
      '    return locals()',
      'def g():',
      '    return vars(f)',
      'print(undefined_name)',
    );
    const summary = await withModel(source, (model) => ({
      star: model.module.starImports.length,
      exports: model.exports.map((e) => e.name),
      locals: model.scopes.filter((s) => s.usesLocals).map(scopeName),
      undefinedFromStar: model.references.find((r) => r.name === 'undefined_name')?.maybeStar,
      exportRefs: model.references.filter((r) => r.context === 'export').map((r) => `${r.name}->${r.binding?.kind ?? '-'}`),
    }));
    expect(summary).toEqual({
      star: 1,
      exports: ['x', 'y', 'z', 'w', 'v', 'u'],
      locals: ['function@7'],
      undefinedFromStar: true,
      exportRefs: ['x->from-import', 'y->-', 'z->-', 'w->-', 'v->-', 'u->-'],
    });
  });
});

describe('scopes: what is a read', () => {
  test('attribute names and keyword names are not reads; objects and values are', async () => {
    expect(await reads(lines('a.b.c(d, e=f)', 'g(', '    h=i,', '    j', ')', 'k = (l.', '     m)'))).toEqual([
      'a@1 -> builtin',
      'd@1 -> builtin',
      'f@1 -> builtin',
      'g@2 -> builtin',
      'i@3 -> builtin',
      'j@4 -> builtin',
      'l@6 -> builtin',
    ]);
  });

  test('a comment ending with a period does not make the next statement an attribute', async () => {
    expect(await reads(lines('import os  # the end.', 'os.getcwd()', 'x = (os.', '     # comment', '     sep)'))).toEqual([
      'os@2 -> os:import@1',
      'os@3 -> os:import@1',
    ]);
  });

  test('backslash continuations and CRLF line ends', async () => {
    const source = ['import os', 'x = os.\\', '    sep', 'y = \\', '    os', 'z = os.sep;w = os'].join('\r\n') + '\r\n';
    expect(await reads(source)).toEqual(['os@2 -> os:import@1', 'os@5 -> os:import@1', 'os@6 -> os:import@1', 'os@6 -> os:import@1']);
  });

  test('decorators, defaults, annotations, bases, keywords and f-strings are reads in the enclosing scope', async () => {
    const source = lines('import d, v, t, r, b, k, s', '@d.deco', 'def f(x=v, y: t = 1) -> r:', '    return f"{s!r:>{x}}"', 'class C(b, metaclass=k): pass');
    expect(await reads(source)).toEqual([
      'd@2 -> d:import@1',
      'v@3 -> v:import@1',
      't@3 -> t:import@1',
      'r@3 -> r:import@1',
      's@4 -> s:import@1',
      'x@4 -> x:parameter@3',
      'b@5 -> b:import@1',
      'k@5 -> k:import@1',
    ]);
  });

  test('targets: subscripts and attributes on the left read their object; augmented and del read the name', async () => {
    expect(await reads(lines('a = b = c = 0', 'a[b] = c.d = 1', 'a, (b, *c) = x', 'c += 1', 'del a, b.e'))).toEqual([
      'a@2 -> a:assignment@1',
      'b@2 -> b:assignment@1',
      'c@2 -> c:assignment@1',
      'x@3 -> builtin',
      'c@4 -> c:assignment@3',
      'a@5 -> a:assignment@3',
      'b@5 -> b:assignment@3',
    ]);
  });

  test('match: value patterns and class patterns read, captures bind', async () => {
    const source = lines('import Color, Point', 'match p:', '    case Color.RED | Point(x=0, y=yy) if yy: pass');
    expect(await reads(source)).toEqual(['p@2 -> builtin', 'Color@3 -> Color:import@1', 'Point@3 -> Point:import@1', 'yy@3 -> yy:match@3']);
  });
});

describe('scopes: resolution', () => {
  test('module code reads what is bound before it; function bodies see the final bindings', async () => {
    const source = lines('print(x)', 'x = 1', 'print(x)', 'def f():', '    return x', 'x = 2');
    expect(await reads(source)).toEqual(['print@1 -> builtin', 'x@1 -> builtin', 'print@3 -> builtin', 'x@3 -> x:assignment@2', 'x@5 -> x:assignment@6']);
  });

  test('x = x + 1 reads the previous binding', async () => {
    expect(await reads(lines('x = 0', 'x = x + 1', 'for x in x: pass'))).toEqual(['x@2 -> x:assignment@1', 'x@3 -> x:assignment@2']);
  });

  test('class scopes are invisible to methods and comprehensions, visible to the class body', async () => {
    const source = lines('os = 0', 'class A:', '    os = 1', '    y = os', '    z = [os for _ in range(2)]', '    def m(self):', '        return os');
    expect(await reads(source)).toEqual(['os@4 -> os:assignment@3', 'os@5 -> os:assignment@1', 'range@5 -> builtin', 'os@7 -> os:assignment@1']);
  });

  test('the first iterable of a comprehension is evaluated outside it', async () => {
    expect(await reads(lines('x = [1]', 'y = [x for x in x if x]'))).toEqual(['x@2 -> x:for@2', 'x@2 -> x:assignment@1', 'x@2 -> x:for@2']);
  });

  test('walrus binds outside the comprehension', async () => {
    const out = await bindings(lines('def f(data):', '    if any((hit := v) for v in data):', '        return hit'));
    expect(out).toContain('hit:walrus@2 in function@1');
  });

  test('global and nonlocal declarations send reads to the right scope', async () => {
    const source = lines(
      'count = 0',
      'def f():',
      '    global count',
      '    count = count + 1',
      'def g():',
      '    total = 0',
      '    def h():',
      '        nonlocal total',
      '        total = total + 1',
      '    return h',
    );
    const summary = await withModel(source, (model) => ({
      refs: model.references.map((r) => `${r.name}@${line(r.node)} -> ${r.binding ? bindingName(r.binding) : 'builtin'}`),
      declared: model.bindings.filter((b) => b.declared).map((b) => `${bindingName(b)} ${b.declared}`),
    }));
    expect(summary.refs).toEqual(['count@4 -> count:assignment@1', 'total@9 -> total:assignment@6', 'h@10 -> h:function@7']);
    expect(summary.declared).toEqual(['count:assignment@4 global', 'total:assignment@9 nonlocal']);
  });

  test('del unbinds; so does the end of an except handler', async () => {
    expect(await reads(lines('import os', 'del os', 'print(os)', 'try: pass', 'except E as e:', '    print(e)', 'print(e)'))).toEqual([
      'os@2 -> os:import@1',
      'print@3 -> builtin',
      'os@3 -> builtin',
      'E@5 -> builtin',
      'print@6 -> builtin',
      'e@6 -> e:except@5',
      'print@7 -> builtin',
      'e@7 -> builtin',
    ]);
  });

  test('annotations run where the function is defined; with the future import they are deferred', async () => {
    const plain = await reads(lines('def f(x: Later) -> Later: pass', 'class Later: pass'));
    expect(plain).toEqual(['Later@1 -> builtin', 'Later@1 -> builtin']);
    const future = await withModel(lines('from __future__ import annotations', 'def f(x: Later) -> Later: pass', 'class Later: pass'), (model) => ({
      future: model.futureAnnotations,
      refs: model.references.map((r) => `${r.name} ${r.context} deferred=${r.deferred} -> ${r.binding?.kind ?? 'builtin'}`),
    }));
    expect(future).toEqual({
      future: true,
      refs: ['Later annotation deferred=true -> class', 'Later annotation deferred=true -> class'],
    });
  });

  test('type aliases and PEP 695 type parameters', async () => {
    const source = lines('type Pair[T] = tuple[T, Later]', 'def first[U: Bound](p: Pair[U]) -> U: pass', 'class Later: pass', 'class Bound: pass');
    expect(await reads(source)).toEqual([
      'tuple@1 -> builtin',
      'T@1 -> builtin',
      'Later@1 -> Later:class@3',
      'Bound@2 -> Bound:class@4',
      'Pair@2 -> Pair:type-alias@1',
      'U@2 -> builtin',
      'U@2 -> builtin',
    ]);
  });
});

describe('scopes: strings used as types', () => {
  const typeReads = async (source: string): Promise<string[]> =>
    withModel(source, (model) => model.references.filter((r) => r.context === 'string-annotation').map((r) => `${r.name}@${line(r.node)}`));

  test('annotations, nested strings, Optional[...] at run time, TypeAlias, cast, TypeVar, NewType, TypedDict, NamedTuple', async () => {
    const source = lines(
      'def f(a: "List[Dict[str, \'Node\']]", b: Optional["Tree"] = None) -> "pkg.mod.Ret": pass', // 1
      'x: "Union[A, B]" = 1', // 2
      'Alias = Optional["Forward"]', // 3
      'Other: TypeAlias = "Left | Right"', // 4
      'y = cast("Casted", v)', // 5
      'T = TypeVar("T", "C1", bound="Bounded")', // 6
      'N = NewType("N", "Base")', // 7
      'TD = TypedDict("TD", {"key": "Valued"}, total=False)', // 8
      'NT = NamedTuple("NT", [("field", "Fielded")])', // 9
      'z: list["Multi\\\nLine"] = []', // 10
    );
    expect(await typeReads(source)).toEqual([
      'List@1',
      'Dict@1',
      'str@1',
      'Node@1',
      'Tree@1',
      'pkg@1',
      'Union@2',
      'A@2',
      'B@2',
      'Forward@3',
      'Left@4',
      'Right@4',
      'Casted@5',
      'C1@6',
      'Bounded@6',
      'Base@7',
      'Valued@8',
      'field@9',
      'Fielded@9',
      'MultiLine@10',
    ]);
  });

  test('strings that are not types: Literal, Annotated metadata, dictionary keys, plain strings, f-strings, invalid syntax', async () => {
    const source = lines(
      'a: Literal["lit"]',
      'b: typing.Literal["lit2", Color.RED]',
      'c: Annotated[int, "meta"]',
      'd = {"key": "value"}',
      'e = "plain"',
      'f: f"{g}"',
      'h: "not valid ]["',
      'def i(): "docstring"',
      'j = ["x"][0]',
    );
    expect(await typeReads(source)).toEqual([]);
    // The names outside the strings are still reads.
    const names = await reads(source);
    expect(names).toEqual(expect.arrayContaining(['Literal@1 -> builtin', 'Color@2 -> builtin', 'g@6 -> builtin']));
  });

  test('string annotations are deferred: they see names bound later', async () => {
    expect(await reads(lines('def f(x: "Later"): pass', 'class Later: pass'))).toEqual(['Later@1 -> Later:class@2']);
  });

  test('a reference found in a string points at the string literal', async () => {
    const where = await withModel(lines('x: "List[int]"'), (model, context) => model.references.map((r) => `${r.name} at ${context.textOf(r.node)}`));
    expect(where).toEqual(['List at "List[int]"', 'int at "List[int]"']);
  });
});

describe('scopes: helpers', () => {
  test('lookup, bindingIn, rebindingGroup, isGroupUsed, scopeAt', async () => {
    const source = lines(
      'try:', // 1
      '    import json', // 2
      'except ImportError:', // 3
      '    json = None', // 4
      'def f():', // 5
      '    return json', // 6
      'import os', // 7
      'del os', // 8
      'import os', // 9
    );
    const summary = await withModel(source, (model) => {
      const json = bindingIn(model.module, 'json')!;
      const osFirst = model.bindings.find((b) => b.name === 'os')!;
      const osLast = bindingIn(model.module, 'os')!;
      const f = model.scopes.find((s) => s.kind === 'function')!;
      return {
        finalJson: bindingName(json),
        jsonAtLine3: bindingName(bindingIn(model.module, 'json', model.bindings[0].at + 1)!),
        fromFunction: bindingName(lookup(f, 'json')!),
        group: rebindingGroup(json).map(bindingName),
        used: isGroupUsed(model.bindings[0]),
        osGroups: [rebindingGroup(osFirst).map(bindingName), rebindingGroup(osLast).map(bindingName)],
        osUsed: [isGroupUsed(osFirst), isGroupUsed(osLast)],
        deleted: lookup(model.module, 'os', osLast.at - 1),
        scopeOfReturn: scopeName(scopeAt(model, f.node.startIndex + 15)),
      };
    });
    expect(summary).toEqual({
      finalJson: 'json:assignment@4',
      jsonAtLine3: 'json:import@2',
      fromFunction: 'json:assignment@4',
      group: ['json:import@2', 'json:assignment@4'],
      used: true,
      osGroups: [['os:import@7', 'os:del@8'], ['os:import@9']],
      osUsed: [true, false],
      deleted: undefined,
      scopeOfReturn: 'function@5',
    });
  });

  test('scopeAt: defaults belong to the enclosing scope, a lambda in them to itself', async () => {
    const source = lines('def f(a=lambda: 1, b=2):', '    return a');
    const found = await withModel(source, (model, context) => {
      const at = (needle: string): string => scopeName(scopeAt(model, context.text.indexOf(needle)));
      return [at('a=lambda'), at('lambda'), at('1,'), at('2)'), at('return')];
    });
    expect(found).toEqual(['function@1', 'lambda@1', 'lambda@1', 'module@1', 'function@1']);
  });

  test('ScopeCursor gives every read the scope the builder gave it, as scopeAt does', async () => {
    const source = lines(
      '@deco(lambda d: d)', // 1
      'class C(Base, metaclass=M):', // 2
      '    x = [y for y in range(x) if y]', // 3
      '    def m(self, a=lambda: (b := 1), *, c: "T" = z) -> R:', // 4
      '        return [[p for p in q] for q in self.r]', // 5
      '    f = lambda k=v: {k: w for w in k}', // 6
      'def g(h=[i for i in j]):', // 7
      '    def inner(): return h', // 8
      '    return inner', // 9
      'print(C, g)', // 10
    );
    const mismatches = await withModel(source, (model) => {
      const refs = model.references.filter((r) => r.context !== 'export').sort((a, b) => a.node.id - b.node.id);
      const cursor = new ScopeCursor(model);
      const out: string[] = [];
      for (const r of refs) {
        const viaCursor = cursor.at(r.node);
        const viaIndex = scopeAt(model, r.node.startIndex);
        if (viaCursor !== r.scope || viaIndex !== r.scope)
          out.push(`${r.name}@${line(r.node)}: ${scopeName(r.scope)} ${scopeName(viaCursor)} ${scopeName(viaIndex)}`);
      }
      return { count: refs.length, out };
    });
    expect(mismatches.out).toEqual([]);
    expect(mismatches.count).toBeGreaterThan(20);
  });

  test('loops: for bodies, while conditions and bodies, in the scope they run in', async () => {
    const source = lines(
      'for i in range(3):', // 1
      '    pass', // 2
      'def f():', // 3
      '    while cond():', // 4
      '        for j in k: pass', // 5
      '    return [x for x in y]', // 6
    );
    const loops = await withModel(source, (model, context) =>
      model.scopes.map((s) => `${scopeName(s)}: ${s.loops.map(([a, b]) => JSON.stringify(context.text.slice(a, b))).join(', ')}`),
    );
    expect(loops).toEqual(['module@1: "pass"', 'function@3: "cond():\\n        for j in k: pass", "pass"', 'comprehension@6: ']);
  });

  test('docstrings are read as the docstring rules read them', async () => {
    const source = lines(
      '# a comment first', // 1
      '"""Module."""', // 2
      'class A:', // 3
      '    ("""Parenthesised.""")', // 4
      'class B:', // 5
      '    b"""Bytes are not docstrings."""', // 6
      'def f():', // 7
      '    f"""Nor are f-strings."""', // 8
    );
    expect(await withModel(source, (model) => model.scopes.map((s) => `${scopeName(s)} doc=${s.docstring ? line(s.docstring) : '-'}`))).toEqual([
      'module@1 doc=2',
      'class@3 doc=4',
      'class@5 doc=-',
      'function@7 doc=-',
    ]);
  });

  test('a badly broken file (the root is an ERROR node) still gets a model', async () => {
    let summary = '';
    const probe: Rule = {
      meta: { ...PROBE_META, id: 'broken-probe' },
      uses: [scopes],
      create: (context) => ({
        end() {
          const model = context.analysis<ScopeModel>(scopes.name);
          summary = `${model.module.node.type} ${model.references.map((r) => r.name).join(',')}`;
        },
      }),
    };
    // Unbalanced triple quotes and stray words (found by fuzzing): tree-sitter gives up on the root.
    const source = [
      '"""',
      'x"""x x x x x x x x x.',
      '- x x, x or x if x x is x',
      '"""',
      '"""x x x x x x x x x-x x',
      'x, x if x is x x x x x x x',
      'x x x x x."""',
      '"""x x x x x x x x x',
      'x x x; x x is x if x',
      'x x x x x."""',
      'x"""x x x x x x x x x.',
      '- x x x x if x x is x and x',
      '- x None if x x is x',
      '- x x, x x x x x x x x',
      '"""',
    ].join('\n');
    const result = await analyzeSource('broken.py', Buffer.from(source), [probe]);
    expect(result.notifications.map((n) => n.id)).toEqual(['syntax-error']);
    expect(summary).toMatch(/^ERROR /);
  });

  test('non-ASCII names', async () => {
    expect(await reads(lines('import données', 'print(données.x)'))).toEqual(['print@2 -> builtin', 'données@2 -> données:import@1']);
  });
});
