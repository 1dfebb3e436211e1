/**
 * The types of the scope model. Import them from src/analysis/scopes.ts, the model's public
 * module, which describes the model and re-exports them: they are declared here, in a module of
 * types alone, so that the builder (src/analysis/scope-builder.ts) and src/analysis/docstrings.ts
 * can name them without importing scopes.ts, which imports the builder (src/ has no import
 * cycles, test/architecture.test.ts).
 */
import type { SyntaxNode as Node } from '../engine/tree';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export type BindingKind =
  /** `import a`, `import a.b` (binds `a`), `import a.b as c`. */
  | 'import'
  /** `from m import n`, `from m import n as o`, `from . import n`. */
  | 'from-import'
  /** `from __future__ import x`. */
  | 'future-import'
  /** `x = ...`, including tuple/list unpacking and chained assignments. */
  | 'assignment'
  /** `x += ...` (the binding; the read of `x` is a separate reference). */
  | 'augmented'
  /** `for x in ...` and comprehension targets. */
  | 'for'
  /** `with ... as x`. */
  | 'with'
  /** `except ... as x`. */
  | 'except'
  /** `(x := ...)`, bound in the nearest enclosing non-comprehension scope. */
  | 'walrus'
  /** Capture patterns of `match` cases: `case x`, `case [*rest]`, `case P(a=x) as y`. */
  | 'match'
  | 'function'
  | 'class'
  | 'parameter'
  /** PEP 695 type parameters of a function or class. */
  | 'type-parameter'
  /** `type X = ...`. */
  | 'type-alias'
  /** `global x` / `nonlocal x`: declarations, never the target of a lookup. */
  | 'global'
  | 'nonlocal'
  /** `del x`: unbinds the name (the read of `x` is a separate reference). */
  | 'del';

/** What an import binding imports. */
export interface ImportInfo {
  /** The module as written: `os.path` for `import os.path`, `..pkg` for `from ..pkg import x`. */
  module: string;
  /** For from-imports, the imported member: `x` in `from m import x`. */
  member?: string;
  /** Fully dotted imported name: `os.path`, `m.x`, `.x` for `from . import x`. */
  qualifiedName: string;
  /** The name after `as`, if any. */
  alias?: string;
  /** The dotted name being imported (`os.path`, or `x` in `from m import x`). */
  nameNode: Node;
  /** The alias identifier, if any. */
  aliasNode?: Node;
  /** `import a as a` / `from m import a as a`: the explicit re-export idiom. */
  explicitReExport: boolean;
  /** `import a.b` without alias: binds `a` but names the submodule `a.b`. */
  submodule: boolean;
  /** The import statement. */
  statement: Node;
}

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly scope: Scope;
  /** The identifier that names the binding (see the module comment for imports). */
  readonly node: Node;
  /** The construct that binds: the statement, the parameter, the pattern, the definition. */
  readonly owner: Node;
  /** Source index (UTF-16) from which the name has this value. */
  readonly at: number;
  /** How many reads resolve to this binding (filled in `end`; `model.references` lists them). */
  readonly reads: number;
  readonly import?: ImportInfo;
  /** Set when the scope declared the name `global`/`nonlocal`: the value lives elsewhere. */
  readonly declared?: 'global' | 'nonlocal';
  /** Inside `if TYPE_CHECKING:` (or the `else` of `if not TYPE_CHECKING:`). */
  readonly typeCheckingOnly: boolean;
  /**
   * A `del` Python performs on its own: the end of an `except ... as name:` handler unbinds
   * `name`. `node` is the name after `as`; `owner` the `except` clause.
   */
  readonly implicit: boolean;
  /** Inside a `try:` body whose handlers catch `ImportError`/`ModuleNotFoundError`. */
  readonly guardedByImportError: boolean;
}

export type ReferenceContext =
  /** An ordinary read. */
  | 'load'
  /** The read of the name a `del` statement deletes. */
  | 'del'
  /** The read of `x` in `x += ...`. */
  | 'augmented'
  /** A name in an annotation (parameter, return, variable) or in the value of a `type` alias. */
  | 'annotation'
  /** A name inside a string used as a type (`"List[int]"`); `node` is the string literal. */
  | 'string-annotation'
  /** A string item of `__all__`; `node` is the string literal. */
  | 'export';

export interface Reference {
  readonly name: string;
  /** The identifier, or the string literal for `string-annotation` and `export` references. */
  readonly node: Node;
  /** The scope whose names the read sees first. */
  readonly scope: Scope;
  /** Source index of the read. */
  readonly at: number;
  readonly context: ReferenceContext;
  /** Evaluated after the enclosing scope has finished (see the module comment). */
  readonly deferred: boolean;
  /** The binding the read refers to; undefined for builtins and undefined names. */
  readonly binding?: Binding;
  /** Unresolved, and a star import in a visible scope may provide the name. */
  readonly maybeStar: boolean;
}

export interface Scope {
  readonly kind: ScopeKind;
  /** `module`, `class_definition`, `function_definition`, `lambda`, or the comprehension node. */
  readonly node: Node;
  readonly parent: Scope | undefined;
  readonly children: Scope[];
  /** Bindings in the order they were found (source order of their identifiers). */
  readonly bindings: Binding[];
  /** Names declared `global` / `nonlocal` in this scope. */
  readonly globals: ReadonlySet<string>;
  readonly nonlocals: ReadonlySet<string>;
  /** `locals()` (or argument-less `vars()`) is called here: every binding may be read. */
  usesLocals: boolean;
  /** `from m import *` statements of this scope, in source order. */
  readonly starImports: Node[];
  /**
   * Source ranges `[start, end]` of the loops of this scope's own code, in source order: a
   * `for` body, a `while` condition and body. Code in one can run again after code that follows
   * it in the loop, so a binding later in a loop may reach a read earlier in it.
   */
  readonly loops: ReadonlyArray<readonly [number, number]>;
  /** The docstring literal of a module, class or function, if any (`docstringOf` of src/analysis/docstrings.ts). */
  readonly docstring?: Node;
  /** @internal bindings by name, sorted by `at` once the walk is over. */
  readonly byName: Map<string, Binding[]>;
  /** @internal source ranges inside the scope node that are evaluated in the parent scope. */
  readonly outer: ReadonlyArray<readonly [number, number]>;
}

/** A name listed in `__all__`. */
export interface ExportedName {
  name: string;
  /** The string literal. */
  node: Node;
}

export interface ScopeModel {
  readonly module: Scope;
  /** Every scope, in source order of their nodes. */
  readonly scopes: readonly Scope[];
  /** Every binding, in the order found. */
  readonly bindings: readonly Binding[];
  /**
   * Every reference, in the order found. Made on first access: the analysis keeps reads in
   * parallel arrays, since a large file has tens of thousands of them and the rules only need
   * the counts (`Binding.reads`); the objects are for tests and tools that want to list them.
   */
  readonly references: readonly Reference[];
  /** Names listed in `__all__` (assigned, `+=`, `.extend`, `.append`), at module level. */
  readonly exports: readonly ExportedName[];
  /** The module has `from __future__ import annotations`. */
  readonly futureAnnotations: boolean;
}
