import { analyzeSource } from '../../src/engine/analyze';
import type { Finding } from '../../src/engine/types';
import { unusedImport } from '../../src/rules/maintainability/unused-import';

async function findings(source: string, path = 'app.py'): Promise<Finding[]> {
  const result = await analyzeSource(path, Buffer.from(source), [unusedImport]);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings;
}

/** `line:column message` of every finding, in the order reported. */
async function report(source: string, path?: string): Promise<string[]> {
  return (await findings(source, path)).map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** Just the unused names (the text between the first backquotes). */
async function unused(source: string, path?: string): Promise<string[]> {
  return (await findings(source, path)).map((f) => `${f.line}:${/`([^`]*)`/.exec(f.message)![1]}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('unused-import: what is reported, where, and how it reads', () => {
  test('a plain unused import, on the name', async () => {
    const [f] = await findings('import os\n');
    expect(f).toMatchObject({ ruleId: 'unused-import', line: 1, column: 8, endLine: 1, endColumn: 10, message: '`os` is imported but never used' });
  });

  test('`import a.b` is reported as `a.b`, spanning the dotted name', async () => {
    const [f] = await findings('import os.path\n');
    expect(f).toMatchObject({ line: 1, column: 8, endColumn: 15, message: '`os.path` is imported but never used' });
  });

  test('aliases are reported on the alias, with the imported name in the message', async () => {
    expect(await report(lines('import numpy as np', 'from x import y as z', 'import a.b.c as d'))).toEqual([
      '1:17 `numpy` (as `np`) is imported but never used',
      '2:20 `x.y` (as `z`) is imported but never used',
      '3:17 `a.b.c` (as `d`) is imported but never used',
    ]);
  });

  test('one finding per unused name of a from-import, in source order, at each name', async () => {
    const source = lines('from typing import (', '    Any,', '    List,', '    Optional,', ')', 'x: Optional[int] = None');
    expect(await report(source)).toEqual(['2:5 `typing.Any` is imported but never used', '3:5 `typing.List` is imported but never used']);
  });

  test('relative imports', async () => {
    expect(await unused(lines('from . import g', 'from .h import i', 'from ..j.k import l'))).toEqual(['1:.g', '2:.h.i', '3:..j.k.l']);
  });

  test('several names in one import statement', async () => {
    expect(await report(lines('import os, sys, re', 'sys.exit(re.escape(""))'))).toEqual(['1:8 `os` is imported but never used']);
  });

  test('an unused import inside a function is reported', async () => {
    expect(await report(lines('def f():', '    import json', '    return 1'))).toEqual(['2:12 `json` is imported but never used']);
  });

  test('__init__.py files are not exempt', async () => {
    expect(await unused('from .core import run\n', 'pkg/__init__.py')).toEqual(['1:.core.run']);
  });

  test('a read before the import at module level does not use it', async () => {
    expect(await unused(lines('print(os.sep)', 'import os'))).toEqual(['2:os']);
  });

  test('files with syntax errors are skipped', async () => {
    const result = await analyzeSource('bad.py', Buffer.from('import os\ndef broken(:\n'), [unusedImport]);
    expect(result.findings).toEqual([]);
    expect(result.notifications.map((n) => n.id)).toEqual(['syntax-error']);
  });
});

describe('unused-import: uses anywhere count', () => {
  test.each([
    ['later in the module', lines('import os', 'print(os.sep)')],
    ['in a function defined before the import', lines('def f():', '    return os.getcwd()', 'import os')],
    ['in a nested function', lines('import os', 'def f():', '    def g():', '        return os.sep', '    return g')],
    ['in a method (class scope skipped)', lines('import os', 'class A:', '    def m(self):', '        return os.sep')],
    ['in a lambda', lines('import os', 'f = lambda: os.sep')],
    ['in a comprehension', lines('import os', 'x = [os.sep for _ in range(3)]')],
    ['in a decorator', lines('import functools', '@functools.lru_cache', 'def f(): pass')],
    ['in a default value', lines('import os', 'def f(sep=os.sep): pass')],
    ['in an f-string', lines('import os', 'print(f"{os.sep}")')],
    ['in an f-string format spec', lines('import width', 'print(f"{1:>{width}}")')],
    ['in a class base', lines('import abc', 'class A(abc.ABC): pass')],
    ['in a class keyword', lines('import abc', 'class A(metaclass=abc.ABCMeta): pass')],
    ['in a parameter annotation', lines('from pathlib import Path', 'def f(p: Path): pass')],
    ['in a return annotation', lines('from pathlib import Path', 'def f() -> Path: pass')],
    ['in a variable annotation', lines('from pathlib import Path', 'p: Path')],
    ['in a string annotation', lines('from typing import List', 'def f(x: "List[int]"): pass')],
    ['in a nested string annotation', lines('import foo', 'def f(x: "List[\'foo.Bar\']"): pass')],
    ['in a string inside a subscript annotation', lines('from a import Node', 'def f(x: Optional["Node"]): pass')],
    ['in Optional["T"] at run time', lines('from a import Node', 'Alias = Optional["Node"]')],
    ['in a TypeAlias value', lines('from a import Node', 'Alias: TypeAlias = "Node | None"')],
    ['in cast("T", x)', lines('import os', 'x = cast("os.PathLike[str]", y)')],
    ['in TypeVar bound', lines('from a import Node', 'T = TypeVar("T", bound="Node")')],
    ['in a functional TypedDict', lines('from a import Node', 'TD = TypedDict("TD", {"node": "Node"})')],
    ['with `from __future__ import annotations`', lines('from __future__ import annotations', 'from a import Node', 'def f(x: Node) -> Node: pass')],
    ['in a type alias statement', lines('from a import Node', 'type Tree = list[Node]')],
    ['in a PEP 695 bound', lines('from a import Node', 'def f[T: Node](x: T): pass')],
    ['in a match value pattern', lines('import signal', 'match s:', '    case signal.SIGINT: pass')],
    ['in a match class pattern', lines('from a import Point', 'match p:', '    case Point(x=0): pass')],
    ['in a del statement', lines('import os', 'del os')],
    ['in an augmented assignment', lines('from a import total', 'total += 1')],
    ['in a decorator of a method', lines('import functools', 'class A:', '    @functools.cached_property', '    def x(self): pass')],
    ['in __all__', lines('import os', '__all__ = ["os"]')],
    ['in __all__ as a tuple', lines('import os', '__all__ = ("os",)')],
    ['in __all__ +=', lines('import os', '__all__ = []', '__all__ += ["os"]')],
    ['in __all__.extend', lines('import os', '__all__ = []', '__all__.extend(["os"])')],
    ['in __all__.append', lines('import os', '__all__ = []', '__all__.append("os")')],
    ['in __all__ concatenation', lines('import os, sys', '__all__ = ["os"] + ["sys"]')],
    ['in __all__ inside an if', lines('import os', 'if True:', '    __all__ = ["os"]')],
    ['through locals() in its scope', lines('def f():', '    import os', '    return locals()')],
    ['through vars() in its scope', lines('import os', 'names = vars()')],
    ['on a continuation line of an attribute chain', lines('import os', 'x = (os', '     .sep)')],
  ])('used %s', async (_what, source) => {
    expect(await report(source)).toEqual([]);
  });
});

describe('unused-import: never reported', () => {
  test('__future__ imports', async () => {
    expect(await report(lines('from __future__ import annotations, division', 'from __future__ import print_function as pf'))).toEqual([]);
  });

  test('explicit re-exports: `import a as a`, `from m import a as a`', async () => {
    expect(await report(lines('import a as a', 'from m import b as b', 'from . import c as c'))).toEqual([]);
  });

  test('but `import a.b as b` is not a re-export of the same name', async () => {
    expect(await unused('import a.b as b\n')).toEqual(['1:a.b']);
  });

  test('star imports (but other imports next to them still are)', async () => {
    expect(await unused(lines('from os.path import *', 'import sys'))).toEqual(['2:sys']);
  });

  test('imports declared global or nonlocal', async () => {
    expect(await report(lines('def setup():', '    global np', '    import numpy as np'))).toEqual([]);
  });

  test('imports in a class body', async () => {
    expect(await report(lines('class Tools:', '    from os import path', '    import json'))).toEqual([]);
  });
});

describe('unused-import: submodules', () => {
  test('`import os.path` is used by any use of `os`', async () => {
    expect(await report(lines('import os.path', 'print(os.getcwd())'))).toEqual([]);
  });

  test('`import a.b` and `import a.c` bind the same name: a use of `a` uses both', async () => {
    expect(await report(lines('import a.b', 'import a.c', 'a.c.x()'))).toEqual([]);
    expect(await report(lines('import a.b', 'import a.c', 'a.b.x()'))).toEqual([]);
  });

  test('unused, only the last of them is reported (like pyflakes and Ruff)', async () => {
    expect(await unused(lines('import a.b', 'import a.c'))).toEqual(['2:a.c']);
    expect(await unused(lines('import os', 'import os.path'))).toEqual(['2:os.path']);
  });

  test('`import a.b` next to a used alias of `a` loads the submodule the alias reaches', async () => {
    expect(await report(lines('import multiprocessing as mp', 'import multiprocessing.connection', 'mp.connection.wait([])'))).toEqual([]);
    expect(await report(lines('import a.b as ab', 'import a.b.c', 'ab.c'))).toEqual([]);
  });

  test('an alias of a sibling does not reach it', async () => {
    const source = lines('import jax.numpy as jnp', 'import jax.experimental.array_api', 'jnp.empty(0)');
    expect(await unused(source)).toEqual(['2:jax.experimental.array_api']);
  });

  test('nor does a from-import of the package', async () => {
    expect(await unused(lines('from multiprocessing import Pool', 'import multiprocessing.connection', 'Pool()'))).toEqual(['2:multiprocessing.connection']);
  });
});

describe('unused-import: rebinding, alternatives and fallbacks', () => {
  test('try/except ImportError fallback, used: nothing reported', async () => {
    const source = lines('try:', '    import simplejson as json', 'except ImportError:', '    json = None', 'print(json)');
    expect(await report(source)).toEqual([]);
  });

  test('try/except ImportError with two imports, used: nothing reported', async () => {
    const source = lines('try:', '    from _json import scanner', 'except ModuleNotFoundError:', '    from json import scanner', 'scanner()');
    expect(await report(source)).toEqual([]);
  });

  test('try/except ImportError, unused: the last import is reported', async () => {
    const source = lines('try:', '    from _json import scanner', 'except ImportError:', '    from json import scanner');
    expect(await unused(source)).toEqual(['4:json.scanner']);
  });

  test('an availability check whose name is never used is reported, like pyflakes', async () => {
    expect(await unused(lines('try:', '    import lxml', 'except ImportError:', '    lxml_available = False'))).toEqual(['2:lxml']);
  });

  test('a fallback assignment as the last binding: not this rule (a redefinition)', async () => {
    expect(await report(lines('try:', '    import ssl', 'except ImportError:', '    ssl = None'))).toEqual([]);
  });

  test('if/else imports of one name, used: nothing reported', async () => {
    const source = lines(
      'import sys',
      'if sys.platform == "win32":',
      '    import ntpath as pathmod',
      'else:',
      '    import posixpath as pathmod',
      'pathmod.join("a")',
    );
    expect(await report(source)).toEqual([]);
  });

  test('if/else imports of one name, unused: the last one is reported', async () => {
    const source = lines('import sys', 'if sys.platform == "win32":', '    import ntpath as pathmod', 'else:', '    import posixpath as pathmod');
    expect(await report(source)).toEqual(['5:25 `posixpath` (as `pathmod`) is imported but never used']);
  });

  test('rebound before any use: not reported here (a redefinition, pyflakes F811)', async () => {
    expect(await report(lines('import os', 'os = 1', 'print(os)'))).toEqual([]);
    expect(await report(lines('import os', 'def os(): pass'))).toEqual([]);
  });

  test('imported twice, never used: the second import is reported', async () => {
    expect(await report(lines('import os', 'import os'))).toEqual(['2:8 `os` is imported but never used']);
  });

  test('imported again after a use: the use covers the re-import', async () => {
    expect(await report(lines('import os', 'print(os.sep)', 'import os'))).toEqual([]);
  });

  test('deleted, then imported again and unused: the second import is reported', async () => {
    expect(await unused(lines('import os', 'del os', 'import os'))).toEqual(['3:os']);
  });

  test('a function that reads the name later sees the last binding', async () => {
    expect(await report(lines('import os', 'def f():', '    return os.sep', 'os = None'))).toEqual([]);
  });

  test('a name that an except handler binds and Python unbinds does not use a later import', async () => {
    const source = lines('try:', '    pass', 'except ImportError as e:', '    raise RuntimeError() from e', 'from math import e');
    expect(await unused(source)).toEqual(['5:math.e']);
  });
});

describe('unused-import: scopes and shadowing', () => {
  test('a class attribute of the same name shadows the import in the class body', async () => {
    expect(await unused(lines('import os', 'class A:', '    os = 1', '    y = os'))).toEqual(['1:os']);
  });

  test('a comprehension variable of the same name shadows the import', async () => {
    expect(await unused(lines('import os', 'x = [os for os in range(3)]'))).toEqual(['1:os']);
  });

  test('a parameter of the same name shadows the import', async () => {
    expect(await unused(lines('import os', 'def f(os):', '    return os'))).toEqual(['1:os']);
  });

  test('a local import in a function does not use the module-level one', async () => {
    expect(await unused(lines('import json', 'def f():', '    import json', '    return json.dumps(1)'))).toEqual(['1:json']);
  });

  test('a function-level import used only by a nested function is used', async () => {
    expect(await report(lines('def f():', '    import json', '    def g():', '        return json', '    return g'))).toEqual([]);
  });

  test('locals() in another scope does not count', async () => {
    expect(await unused(lines('import os', 'def f():', '    return locals()'))).toEqual(['1:os']);
  });

  test('names that only look like the import are not uses', async () => {
    const source = lines('import os', 'x.os = 1', 'f(os=1)', 's = "os"', 'd = {"os": 1}', '# os', 'from typing import Literal', 'L = Literal["os"]');
    expect(await unused(source)).toEqual(['1:os']);
  });
});

describe('unused-import: TYPE_CHECKING', () => {
  test('imports used only in annotations (plain or string) are used', async () => {
    const source = lines(
      'from typing import TYPE_CHECKING',
      'if TYPE_CHECKING:',
      '    from collections.abc import Sequence',
      '    from decimal import Decimal',
      'def f(xs: "Sequence[int]") -> Decimal: ...',
    );
    expect(await report(source)).toEqual([]);
  });

  test('imports under TYPE_CHECKING that nothing reads are reported', async () => {
    const source = lines('import typing', 'if typing.TYPE_CHECKING:', '    from decimal import Decimal', 'x = 1');
    expect(await unused(source)).toEqual(['3:decimal.Decimal']);
  });
});
