/**
 * pyflakes F401 / Ruff F401 / Pylint W0611: an imported name that nothing reads.
 *
 * Built on the shared scope model (src/analysis/scopes.ts); see there for how reads are resolved.
 * Semantics, decided against pyflakes and Ruff (checked with Ruff's WebAssembly build), precision
 * first:
 *
 * - One finding per imported name, on the name: the dotted name (`os.path` in `import os.path`),
 *   or the alias (`np` in `import numpy as np`).
 * - `import a.b` binds `a`: any read of `a` uses it, and the message names `a.b`. It is also used
 *   when a used alias of an enclosing package (`import a as x`) sits in the same scope: it loads
 *   the submodule that `x.b` reaches (Ruff agrees).
 * - All bindings of a name in one scope form a group (split at `del`); a read of any member uses
 *   them all. So `try: import json / except ImportError: json = None`, imports in both branches
 *   of an `if`, or a re-import of a name in use are fine when the name is read. When nothing reads
 *   the group, only its last binding is judged, and reported if it is an import, exactly like
 *   pyflakes and Ruff: the earlier ones are redefinitions (F811), and a `# noqa` written for those
 *   tools stays on the right line. So `import os` then `os = 1` with no read is not reported here.
 * - Reads count wherever they are: later in the module, in functions defined anywhere (their
 *   bodies run after the module), decorators, defaults, annotations, string annotations,
 *   f-strings, class bases and keywords, `del x`, and the strings of `__all__` (including
 *   `__all__ += [...]`, `.extend([...])` and `.append(...)`, which Ruff does not read).
 * - Never reported: `__future__` imports, `import a as a` / `from m import a as a` (the explicit
 *   re-export idiom), star imports, imports in a scope that calls `locals()` (or bare `vars()`),
 *   imports declared `global`/`nonlocal` (they set a name for another scope), and imports in a
 *   class body (they become class attributes, read as `self.name`; Ruff does not report them
 *   either).
 * - Still reported, like pyflakes: imports in `__init__.py`, imports under `if TYPE_CHECKING:`
 *   that nothing reads, imports guarded by `try/except ImportError`, imports inside functions.
 */
import { isGroupUsed, rebindingGroup, type Binding } from '../../analysis/scopes';
import { bindingRule } from './binding-rule';

/** Import bindings this rule judges (see the file comment for the exceptions). */
function isCandidate(binding: Binding): boolean {
  if (binding.kind !== 'import' && binding.kind !== 'from-import') return false;
  const info = binding.import;
  if (!info || info.explicitReExport) return false;
  if (binding.declared) return false;
  return binding.scope.kind !== 'class';
}

/**
 * Only the last binding of an unused group is judged, as pyflakes and Ruff do: an earlier import
 * that a later binding replaces before any read (`import os` then `os = ...`, or the `try` half of
 * `try: import x / except ImportError: x = None`) is a redefinition, a different check (F811).
 * This also keeps an existing `# noqa: F401` on the last import meaningful.
 */
function isLastOfGroup(binding: Binding): boolean {
  const group = rebindingGroup(binding);
  return group[group.length - 1] === binding;
}

/**
 * `import a.b.c` next to a used alias of an enclosing package in the same scope (`import a as x`,
 * `import a.b as y`): the plain import is there to load the submodule that the alias reaches as
 * `x.b.c` or `y.c`, so it counts as used. (An alias of a sibling, `import a.d as z`, does not reach
 * it.)
 */
function loadsSubmoduleForAlias(binding: Binding): boolean {
  const info = binding.import!;
  if (!info.submodule) return false;
  return binding.scope.bindings.some(
    (other) => other.kind === 'import' && other.import?.alias !== undefined && info.module.startsWith(other.import.module + '.') && isGroupUsed(other),
  );
}

/** "`os.path` is imported but never used", "`numpy` (as `np`) is imported but never used". */
export function unusedImportMessage(binding: Binding): string {
  const info = binding.import!;
  const alias = info.alias !== undefined ? ` (as \`${info.alias}\`)` : '';
  return `\`${info.qualifiedName}\`${alias} is imported but never used`;
}

export const unusedImport = bindingRule({
  meta: {
    id: 'unused-import',
    name: 'UnusedImport',
    kind: 'maintainability',
    shortDescription: 'An imported name is never used',
    fullDescription:
      'An import binds a name that nothing in the module reads: not later code, not a function or ' +
      'class body, decorator, default value, annotation (string annotations included) or f-string, ' +
      'and not __all__. The module is still loaded for nothing, and readers are misled about what ' +
      'the code depends on.',
    category: 'useless-code',
    aliases: ['F401', 'W0611'],
    precision: 'very-high',
    problemSeverity: 'recommendation',
    needsCleanParse: true,
  },
  docs: {
    title: 'An imported name is never used',
    why: `An \`import\` whose name nothing in the module reads does no useful work, yet it still runs: the
module is loaded (which can be slow, have side effects, or fail when an optional dependency is
missing), and the name suggests to the reader a dependency that does not exist. Unused imports
usually remain after a refactoring, and they hide the imports that matter, lengthen dependency
lists and can create import cycles.`,
    example: `import os
import sys
import numpy as np
from typing import List, Optional


def greet(name: Optional[str]) -> None:
    sys.stdout.write(f"hello {name or 'world'}\\n")`,
    exampleNote: '`os`, `numpy` (as `np`) and `typing.List` are reported: nothing reads `os`, `np` or `List`.',
    fix: 'Delete the import, or only the unused names of a `from ... import` list:',
    fixed: `import sys
from typing import Optional


def greet(name: Optional[str]) -> None:
    sys.stdout.write(f"hello {name or 'world'}\\n")`,
    notReported: [
      '`from __future__ import ...`: compiler directives, not names.',
      '`import name as name` and `from module import name as name`: the explicit re-export idiom.',
      '`from module import *`: which names it provides is not known.',
      `Imports in a function or module that calls \`locals()\` (or \`vars()\` with no argument) in
  that same scope: the names may be read through the returned dictionary.`,
      'Imports declared `global` or `nonlocal` first: they set a name for another scope.',
      'Imports in a class body: they become class attributes, typically read as `self.name`.',
      `An import that a later binding replaces before anything reads the name (\`import os\` then
  \`os = ...\`, or \`try: import ssl\` / \`except ImportError: ssl = None\` with \`ssl\` never
  read): that is a redefinition, a different check (pyflakes F811). Likewise, when one name is
  imported several times and never read, only the last import is reported, as pyflakes and Ruff
  do.`,
      'Files with syntax errors: without the whole file, a use could be missed.',
    ],
    more: `Reads the analysis cannot see do not count: names used only in \`eval\`/\`exec\` strings, doctests,
\`# type:\` comments, through \`globals()\`, or by other modules importing the name from this one.
Imports in \`__init__.py\` files are reported like any other: list re-exported names in \`__all__\`
or use the \`as\` form below.

## When the import is there on purpose

If the import is there on purpose, make the intent visible:

- A re-export from a package's \`__init__.py\` or an API module: list the name in \`__all__\`, or
  write it as \`from .module import name as name\` (or \`import name as name\`), the explicit
  re-export form that type checkers also understand.
- An import kept for its side effects (registering plugins, patching): keep it and suppress the
  finding on that line, with a comment saying why.
- An availability check (\`try: import lxml\` ... \`except ImportError:\`): use
  \`importlib.util.find_spec("lxml") is not None\`, which does not import the module.

## What counts as a use

Any read of the name in the module: statements after the import, function bodies wherever they
are defined (they run when called, after the module has loaded), class bodies, decorators, default
values, annotations, names inside string annotations such as \`"Optional[Node]"\` or
\`cast("Node", value)\`, f-strings, class bases and keywords, \`del name\`, and the strings listed in
\`__all__\` (\`__all__ = [...]\`, \`__all__ += [...]\`, \`__all__.extend([...])\`,
\`__all__.append(...)\`). \`import a.b\` binds \`a\`, so any use of \`a\` uses it. When a name is
bound several times in one scope (an import in \`try\` and a fallback in \`except ImportError\`,
imports in both branches of an \`if\`), a read of the name uses all of them.`,
  },
  judge: () => (binding) => {
    if (!isCandidate(binding) || !isLastOfGroup(binding)) return undefined;
    if (isGroupUsed(binding) || loadsSubmoduleForAlias(binding)) return undefined;
    const info = binding.import!;
    return { node: info.aliasNode ?? info.nameNode, message: unusedImportMessage(binding) };
  },
});
