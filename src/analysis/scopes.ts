/**
 * Scopes and bindings: the shared name-resolution model of a Python file.
 *
 * Built during the single walk and resolved in `end`, it answers "which binding does this read
 * refer to" and "is this binding ever read", the questions behind unused-import, unused-variable,
 * naming and docstring rules. Rules declare `uses: [scopes]` and read the model in their own `end`:
 *
 *     const model = context.analysis<ScopeModel>(scopes.name);
 *
 * THE MODEL
 *
 * - `Scope`: module, class, function, lambda or comprehension, with its parent, children, bindings,
 *   `global`/`nonlocal` declarations, `locals()` use, star imports and docstring.
 * - `Binding`: one place where a name gets (or loses) a value: imports, assignments and other
 *   targets, definitions, parameters, declarations, `del`. `node` is the identifier that names it
 *   (for `import a.b`, the identifier `a`; for an alias, the alias); `owner` is the construct
 *   (statement, parameter list, ...); `at` is the source index where the name takes its value,
 *   which is after the right-hand side for `x = x + 1`. `reads` counts the reads resolved to it.
 * - `Reference`: one read of a name, wherever Python (or a type checker) evaluates names: ordinary
 *   expressions, decorators, default values, annotations, class bases and keywords, f-strings,
 *   `del` and augmented targets, names inside string annotations (`"List[int]"`, whose reference
 *   node is the string literal), and the string items of `__all__` (which export module names).
 *
 * RESOLUTION (after the walk: function bodies run when called, so a read in a function body sees
 * what the module has bound by then)
 *
 * Like pyflakes and Ruff, the model is flow-insensitive within a scope but ordered: a read in the
 * code that runs as it is reached (a module or class body, or a function's own body) sees the last
 * binding made before it in that scope; once the lookup leaves a function or lambda, or when the
 * read itself is deferred (string annotations, all annotations under
 * `from __future__ import annotations`, `type` alias values, `__all__`), it sees the last binding
 * of each enclosing scope. Class scopes are only visible from code directly in the class body, as in
 * Python. A name declared `global`/`nonlocal` is looked up in the module/enclosing function. A name
 * whose last binding is a `del` is unbound. A read that finds nothing is left unresolved (a builtin,
 * an undefined name, or, when `maybeStar` is set, possibly a name from a star import).
 *
 * Several bindings of one name in one scope form a "rebinding group" (split at `del`): a read that
 * reaches any member is taken to keep the whole group alive (`isGroupUsed`), because alternatives
 * such as `try: import json / except ImportError: json = None` or `if/else` imports only ever
 * leave one of them bound at run time, and a read in a loop may see any of them.
 */
import { Parser, type Language } from 'web-tree-sitter';
import { SyntaxTree, type SyntaxNode as Node } from '../engine/tree';
import type { FileContext } from '../engine/context';
import { chainAt, nameAt } from './names';
import type { Analysis, Visitor } from '../rules/types';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

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
  /** `from m import *` statements of this scope. */
  readonly starImports: Node[];
  /** The docstring literal of a module, class or function, if any. */
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

// ---------------------------------------------------------------------------------------------
// Helpers for rules
// ---------------------------------------------------------------------------------------------

/** The `globals` and `nonlocals` of a scope that declares none (shared, never written). */
const NO_NAMES: ReadonlySet<string> = new Set();

const DECLARATIONS: ReadonlySet<BindingKind> = new Set<BindingKind>(['global', 'nonlocal']);

/** Bindings of `name` in `scope`, ordered by when they take effect (declarations excluded). */
export function bindingsOf(scope: Scope, name: string): readonly Binding[] {
  return scope.byName.get(name) ?? [];
}

/** The binding of `name` in `scope` that a read at `at` sees, or the last one when `at` is omitted. */
export function bindingIn(scope: Scope, name: string, at?: number): Binding | undefined {
  const list = scope.byName.get(name);
  if (!list) return undefined;
  if (at === undefined) return list[list.length - 1];
  let found: Binding | undefined;
  for (const binding of list) {
    if (binding.at > at) break;
    found = binding;
  }
  return found;
}

/**
 * Resolves `name` as read in `scope` at source index `at` (see the module comment). `deferred`
 * reads, and `at` omitted, see each scope's last binding. Returns undefined for names with no
 * binding (builtins, undefined names, deleted names).
 */
export function lookup(scope: Scope, name: string, at?: number, deferred = false): Binding | undefined {
  let crossed = deferred || at === undefined;
  for (let s: Scope | undefined = scope, first = true; s; s = s.parent, first = false) {
    if (!first && s.kind === 'class') continue;
    if (s.kind !== 'module' && s.globals.has(name)) {
      let module: Scope = s;
      while (module.parent) module = module.parent;
      const binding = bindingIn(module, name);
      return binding && binding.kind !== 'del' ? binding : undefined;
    }
    if (!s.nonlocals.has(name)) {
      const final = crossed || s.kind === 'comprehension';
      const binding = bindingIn(s, name, final ? undefined : at);
      if (binding) return binding.kind === 'del' ? undefined : binding;
    }
    if (s.kind === 'function' || s.kind === 'lambda') crossed = true;
  }
  return undefined;
}

/**
 * The rebinding group of a binding: the bindings of its name in its scope between the `del`
 * statements around it (a `del` closes the group it belongs to).
 */
export function rebindingGroup(binding: Binding): Binding[] {
  if (DECLARATIONS.has(binding.kind)) return [binding];
  const list = bindingsOf(binding.scope, binding.name);
  const index = list.indexOf(binding);
  let start = index;
  while (start > 0 && list[start - 1].kind !== 'del') start--;
  let end = index;
  while (end < list.length - 1 && list[end].kind !== 'del') end++;
  return list.slice(start, end + 1);
}

/** True when some read reaches the binding's rebinding group, or its scope calls `locals()`. */
export function isGroupUsed(binding: Binding): boolean {
  if (binding.scope.usesLocals) return true;
  return rebindingGroup(binding).some((member) => member.reads > 0);
}

/** The innermost scope in which code at source index `index` is evaluated. */
export function scopeAt(model: ScopeModel, index: number): Scope {
  let scope = model.module;
  for (;;) {
    // A child's outer parts (defaults, annotations, bases) run in `scope`; a scope nested in them
    // (a lambda as a default value) is a child of `scope` too, so keep looking among the siblings.
    const child = scope.children.find(
      (c) => c.node.startIndex <= index && index < c.node.endIndex && !c.outer.some(([s, e]) => s <= index && index < e),
    );
    if (!child) return scope;
    scope = child;
  }
}

// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------

/** Containers an identifier can sit in while still being the target of an assignment. */
const TARGET_CONTAINERS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'tuple',
  'list',
  'parenthesized_expression',
  'list_splat_pattern',
  'expression_list',
  'as_pattern_target',
]);

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/** Parents of a `type` node that make it an annotation. */
const ANNOTATION_OWNERS = new Set(['typed_parameter', 'typed_default_parameter', 'function_definition', 'assignment']);

/**
 * Subscripted names whose arguments are type expressions even outside annotations (so strings in
 * them are forward references): `Optional["Node"]`, `list["Node"]`. Over-approximating only makes
 * more names count as read, never fewer.
 */
const TYPE_FORMS = new Set([
  'Optional', 'Union', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Callable', 'Iterable',
  'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'AbstractSet', 'MutableSet',
  'Collection', 'Container', 'Reversible', 'Generator', 'AsyncGenerator', 'AsyncIterable',
  'AsyncIterator', 'Awaitable', 'Coroutine', 'ClassVar', 'Final', 'DefaultDict', 'OrderedDict',
  'Counter', 'Deque', 'ChainMap', 'ContextManager', 'AsyncContextManager', 'Generic', 'Protocol',
  'TypeGuard', 'TypeIs', 'Required', 'NotRequired', 'ReadOnly', 'Unpack', 'Concatenate', 'IO',
  'Pattern', 'Match', 'KeysView', 'ValuesView', 'ItemsView', 'MappingView', 'TypeAlias',
  'list', 'dict', 'set', 'frozenset', 'tuple', 'type',
]);

const IMPORT_ERROR = /\b(ImportError|ModuleNotFoundError)\b/;

type TargetKind = 'assignment' | 'annotation-only' | 'augmented' | 'for' | 'with' | 'except' | 'del';

interface Target {
  /** The node that is assigned to (the whole left side), and its range. */
  root: Node;
  start: number;
  end: number;
  /** The root is a single name (the common `x = ...`): no need to look at containers. */
  single: boolean;
  kind: TargetKind;
  owner: Node;
  at: number;
  /** `except ... as name:` unbinds `name` at the end of the handler: there. */
  unbindAt?: number;
}

/** Last component of a dotted callee or subscript base: `Literal` for `typing.Literal`. */
function lastName(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  return undefined;
}

let snippetParser: { language: Language; parser: Parser } | undefined;

/** A parser for string annotations, sharing the language of the file's tree. */
function parserFor(language: Language): Parser {
  if (!snippetParser || snippetParser.language !== language) {
    snippetParser?.parser.delete();
    const parser = new Parser();
    parser.setLanguage(language);
    snippetParser = { language, parser };
  }
  return snippetParser.parser;
}

/**
 * The value of a plain (non-f, non-bytes) string literal node, or undefined when it is not one.
 * Escapes are decoded for the common cases; annotations rarely contain any.
 */
function stringValue(node: Node, text: string): string | undefined {
  if (node.type === 'concatenated_string') {
    let value = '';
    for (const part of node.namedChildren) {
      if (!part) continue;
      const piece = stringValue(part, text);
      if (piece === undefined) return undefined;
      value += piece;
    }
    return value;
  }
  if (node.type !== 'string') return undefined;
  const start = node.firstChild;
  const end = node.lastChild;
  if (!start || !end || start.type !== 'string_start' || end.type !== 'string_end') return undefined;
  const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
  if (prefix.includes('f') || prefix.includes('b') || prefix.includes('t')) return undefined;
  const raw = text.slice(start.endIndex, end.startIndex);
  if (prefix.includes('r') || !raw.includes('\\')) return raw;
  return raw.replace(/\\(\r\n|\n|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, esc: string) => {
    switch (esc[0]) {
      case '\n':
      case '\r':
        return '';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'x':
      case 'u':
      case 'U':
        if (esc.length === 1) return esc;
        return parseInt(esc.slice(1), 16) <= 0x10ffff ? String.fromCodePoint(parseInt(esc.slice(1), 16)) : '';
      default:
        return esc === '\\' || esc === "'" || esc === '"' ? esc : '\\' + esc;
    }
  });
}

/** Names of recently seen string annotations (the same few recur throughout a code base). */
const forwardReferenceCache = new Map<string, string[] | undefined>();

/**
 * Names read by a type expression written in a string, or undefined when the string is not a
 * valid expression (Python would reject it as an annotation too).
 */
function forwardReferenceNames(value: string, language: Language, depth: number): string[] | undefined {
  if (depth === 0 && forwardReferenceCache.has(value)) return forwardReferenceCache.get(value);
  const names = parseForwardReference(value, language, depth);
  if (depth === 0) {
    if (forwardReferenceCache.size >= 2000) forwardReferenceCache.clear();
    forwardReferenceCache.set(value, names);
  }
  return names;
}

function parseForwardReference(value: string, language: Language, depth: number): string[] | undefined {
  const expression = value.trim();
  if (expression === '' || depth > 3) return undefined;
  // Parenthesised, like the implicit parentheses of an annotation, so that line breaks are fine.
  const source = `(${expression}\n)`;
  const parsed = parserFor(language).parse(source);
  if (!parsed) return undefined;
  let tree: SyntaxTree;
  try {
    tree = SyntaxTree.from(parsed, source);
  } finally {
    parsed.delete();
  }
  const root = tree.rootNode;
  if (root.hasError || root.namedChildCount !== 1) return undefined;
  const statement = root.namedChild(0);
  if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1) return undefined;
  const names: string[] = [];
  collectTypeExpressionNames(statement.namedChild(0)!, true, names, { language, source, depth });
  return names;
}

/** A parsed string annotation: its language, source text and nesting depth. */
interface Snippet {
  language: Language;
  source: string;
  depth: number;
}

/**
 * Names read by an expression parsed from a string annotation. `typeContext` is false inside
 * `Literal[...]` and the metadata of `Annotated[...]`, where strings are values, not types.
 */
function collectTypeExpressionNames(node: Node, typeContext: boolean, out: string[], snippet: Snippet): void {
  switch (node.type) {
    case 'identifier':
      out.push(node.text);
      return;
    case 'attribute': {
      const object = node.childForFieldName('object');
      if (object) collectTypeExpressionNames(object, typeContext, out, snippet);
      return;
    }
    case 'keyword_argument': {
      const value = node.childForFieldName('value');
      if (value) collectTypeExpressionNames(value, typeContext, out, snippet);
      return;
    }
    case 'string':
    case 'concatenated_string': {
      const value = typeContext ? stringValue(node, snippet.source) : undefined;
      if (value !== undefined) {
        out.push(...(forwardReferenceNames(value, snippet.language, snippet.depth + 1) ?? []));
        return;
      }
      break; // f-strings: their interpolations are ordinary expressions
    }
    case 'subscript': {
      const base = node.childForFieldName('value');
      if (base) collectTypeExpressionNames(base, typeContext, out, snippet);
      const name = lastName(base);
      let index = 0;
      for (const slice of node.childrenForFieldName('subscript')) {
        if (!slice) continue;
        const inner = typeContext && name !== 'Literal' && !(name === 'Annotated' && index > 0);
        collectTypeExpressionNames(slice, inner, out, snippet);
        index++;
      }
      return;
    }
  }
  for (const child of node.namedChildren) {
    if (child) collectTypeExpressionNames(child, typeContext, out, snippet);
  }
}

/** True when the string literal `node` is used as a type (a forward reference). */
function isTypeString(node: Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case 'concatenated_string':
      case 'tuple':
      case 'list':
      case 'dictionary':
      case 'parenthesized_expression':
      case 'binary_operator':
      case 'expression_list':
      case 'union_type':
      case 'constrained_type':
      case 'member_type':
        current = parent;
        continue;
      case 'pair':
        // The field types of `TypedDict("T", {"name": "Type"})`; keys are never types.
        if (parent.childForFieldName('value')?.id !== current.id) return false;
        current = parent;
        continue;
      case 'type': {
        const owner = parent.parent;
        if (owner && (ANNOTATION_OWNERS.has(owner.type) || owner.type === 'type_alias_statement')) return true;
        current = parent;
        continue;
      }
      case 'type_parameter': {
        const owner = parent.parent;
        if (owner?.type !== 'generic_type') return true; // a PEP 695 bound
        const name = owner.firstNamedChild?.text;
        if (name === 'Literal') return false;
        if (name === 'Annotated' && parent.firstNamedChild?.id !== current.id) return false;
        if (name === 'Annotated' || TYPE_FORMS.has(name ?? '')) return true;
        current = owner;
        continue;
      }
      case 'subscript': {
        const base = parent.childForFieldName('value');
        if (!base || base.id === current.id) return false;
        const name = lastName(base);
        if (name === 'Literal') return false;
        if (name === 'Annotated') return parent.childForFieldName('subscript')?.id === current.id;
        if (TYPE_FORMS.has(name ?? '')) return true;
        current = parent;
        continue;
      }
      case 'argument_list': {
        const call = parent.parent;
        const callee = lastName(call?.childForFieldName('function') ?? null);
        const positional = parent.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment');
        const position = positional.findIndex((c) => c?.id === current.id);
        if (callee === 'cast') return position === 0;
        if (callee === 'TypeVar') return position > 0;
        if (callee === 'NewType' || callee === 'TypeAliasType') return position === 1;
        // Functional `TypedDict("T", {...})` and `NamedTuple("T", [("name", "Type")])`.
        if (callee === 'TypedDict' || callee === 'NamedTuple') return position === 1;
        return false;
      }
      case 'assignment': {
        // `X: TypeAlias = "Node | None"`: the value is a type expression.
        const annotation = parent.childForFieldName('type');
        if (!annotation || parent.childForFieldName('right')?.id !== current.id) return false;
        return /(^|\.)TypeAlias$/.test(annotation.text.trim());
      }
      case 'keyword_argument': {
        // `TypeVar("T", bound="Node")`, `NamedTuple("T", name="Type")`, `TypedDict("T", name="Type")`.
        const callee = lastName(parent.parent?.parent?.childForFieldName('function') ?? null);
        if (callee === 'TypedDict' || callee === 'NamedTuple') return true;
        return callee === 'TypeVar' && parent.childForFieldName('name')?.text === 'bound';
      }
      default:
        return false;
    }
  }
}

/** The docstring of a module node or of a class/function body. */
function docstringOf(body: Node | null): Node | undefined {
  const first = body?.firstNamedChild;
  if (first?.type !== 'expression_statement' || first.namedChildCount !== 1) return undefined;
  const value = first.firstNamedChild;
  return value && (value.type === 'string' || value.type === 'concatenated_string') ? value : undefined;
}

/** `if TYPE_CHECKING:`, `if typing.TYPE_CHECKING:`, `if not TYPE_CHECKING:`. */
const IF_TYPE_CHECKING = /if[ \t]+(not[ \t]+)?(?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*TYPE_CHECKING[ \t]*:/uy;

/** Calls whose string arguments can be types: `cast("T", x)`, `TypeVar("T", bound="B")`, ... */
const TYPE_CALLS = new Set(['cast', 'TypeVar', 'NewType', 'TypeAliasType', 'TypedDict', 'NamedTuple']);

/** A source range `[start, end)` (UTF-16 indices). */
interface Range {
  start: number;
  end: number;
}

interface AnnotationFrame extends Range {
  deferred: boolean;
}

/**
 * Ranges the walk enters in source order, kept on a stack: `at(index)` drops the ranges that end
 * before `index` (the walk never comes back to them) and tells whether `index` is in the innermost
 * one left. Works because the ranges of one stack are nested or disjoint and queried in order.
 */
class RangeStack<T extends Range> {
  private readonly items: T[] = [];
  // The bounds again, as numbers: `at` runs for every name of the file, and reading them from
  // the items (object literals of several shapes) made its property loads megamorphic.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  push(item: T): void {
    this.items.push(item);
    this.starts.push(item.start);
    this.ends.push(item.end);
  }

  at(index: number): T | undefined {
    const ends = this.ends;
    let top = ends.length - 1;
    while (top >= 0 && ends[top] <= index) top--;
    if (top < ends.length - 1) {
      this.items.length = top + 1;
      this.starts.length = top + 1;
      ends.length = top + 1;
    }
    return top >= 0 && this.starts[top] <= index ? this.items[top] : undefined;
  }
}

/**
 * A binding as the analysis makes it: the identifier and the owner are kept as node ids and
 * their node objects made when asked for, so that a file's bindings do not keep two node
 * objects each alive until the file is done.
 */
class BindingRecord implements Binding {
  reads = 0;
  readonly import: ImportInfo | undefined;

  constructor(
    readonly name: string,
    readonly kind: BindingKind,
    readonly scope: Scope,
    private readonly tree: SyntaxTree,
    private readonly nodeId: number,
    private readonly ownerId: number,
    readonly at: number,
    info: ImportInfo | undefined,
    readonly declared: 'global' | 'nonlocal' | undefined,
    readonly typeCheckingOnly: boolean,
    readonly guardedByImportError: boolean,
    readonly implicit: boolean,
  ) {
    this.import = info;
  }

  get node(): Node {
    return this.tree.node(this.nodeId);
  }

  get owner(): Node {
    return this.tree.node(this.ownerId);
  }
}

/**
 * The reads of a file, one entry per read in parallel arrays (struct of arrays): a large file has
 * tens of thousands of reads and each lives until the file is done, so one object per read made
 * the garbage collector copy and promote them all (docs/performance.md). `Reference` objects are
 * made only when `ScopeModel.references` is read.
 */
class Reads {
  readonly names: string[] = [];
  /** The identifier's (or string literal's) node id. */
  readonly nodes: number[] = [];
  readonly scopes: Scope[] = [];
  readonly at: number[] = [];
  readonly contexts: ReferenceContext[] = [];
  readonly deferred: boolean[] = [];
  /** Filled in `finish`, in the same order. */
  readonly bindings: (Binding | undefined)[] = [];

  add(name: string, node: number, scope: Scope, at: number, context: ReferenceContext, deferred: boolean): void {
    this.names.push(name);
    this.nodes.push(node);
    this.scopes.push(scope);
    this.at.push(at);
    this.contexts.push(context);
    this.deferred.push(deferred);
  }

  objects(tree: SyntaxTree): Reference[] {
    const out: Reference[] = [];
    for (let k = 0; k < this.names.length; k++) {
      const binding = this.bindings[k];
      let maybeStar = false;
      if (!binding) for (let s: Scope | undefined = this.scopes[k]; s && !maybeStar; s = s.parent) maybeStar = s.starImports.length > 0;
      out.push({
        name: this.names[k],
        node: tree.node(this.nodes[k]),
        scope: this.scopes[k],
        at: this.at[k],
        context: this.contexts[k],
        deferred: this.deferred[k],
        binding,
        maybeStar,
      });
    }
    return out;
  }
}

const HANDLED_NAME = 1;
const HANDLED_STRING = 2;

class ScopeBuilder {
  private readonly text: string;
  private readonly stack: Scope[] = [];
  private readonly scopes: Scope[] = [];
  private readonly bindings: Binding[] = [];
  private readonly reads = new Reads();
  private readonly exports: ExportedName[] = [];
  private readonly targets: Target[] = [];
  /** Annotations (pushed by their owners, in source order) and lazily evaluated type expressions. */
  private readonly annotations = new RangeStack<AnnotationFrame>();
  /** Places where a string may be a type outside annotations: `Optional["T"]`, `cast("T", x)`. */
  private readonly typeRegions = new RangeStack<Range>();
  /** Patterns of `case` clauses, whose names need the slow, parent-based classification. */
  private readonly patterns = new RangeStack<Range>();
  /**
   * By source index, what starts there and is already handled: HANDLED_NAME for an identifier
   * its construct has classified, HANDLED_STRING for a string that is part of a concatenation.
   * One byte per character outside the heap, not a Set of every bound name that the garbage
   * collector has to copy while the file is analysed.
   */
  private readonly handled: Uint8Array;
  private readonly typeCheckingRanges: [number, number][] = [];
  private readonly importGuardRanges: [number, number][] = [];
  /** End of the last import statement: the names inside it are handled by the statement. */
  private importEnd = -1;
  private futureAnnotations = false;

  constructor(private readonly context: FileContext) {
    this.text = context.text;
    this.handled = new Uint8Array(this.text.length + 1);
    // The root is `module`, or `ERROR` when the file is badly broken: either way, the module scope.
    const root = context.tree.rootNode;
    this.pushScope('module', root, undefined, [], root.type === 'module' ? docstringOf(root) : undefined);
  }

  visitor(): Visitor {
    const exitScope = (): void => void this.stack.pop();
    const popTarget = (node: Node): void => {
      const top = this.targets[this.targets.length - 1];
      if (top && top.owner.id === node.id) this.targets.pop();
    };
    const visitor: Visitor = {
      class_definition: (node) => this.enterClass(node),
      'class_definition:exit': exitScope,
      function_definition: (node) => this.enterFunction(node),
      'function_definition:exit': exitScope,
      lambda: (node) => this.enterLambda(node),
      'lambda:exit': exitScope,
      identifier: (node) => this.identifier(node),
      keyword_argument: (node) => void (this.handled[node.startIndex] |= HANDLED_NAME), // `name=` is not a read
      global_statement: (node) => this.declaration(node, 'global'),
      nonlocal_statement: (node) => this.declaration(node, 'nonlocal'),
      named_expression: (node) => this.namedExpression(node),
      case_clause: (node) => this.caseClause(node),
      import_statement: (node) => this.importStatement(node),
      import_from_statement: (node) => this.importFromStatement(node, 'from-import'),
      future_import_statement: (node) => this.importFromStatement(node, 'future-import'),
      assignment: (node) => this.assignment(node),
      'assignment:exit': popTarget,
      augmented_assignment: (node) => this.augmentedAssignment(node),
      'augmented_assignment:exit': popTarget,
      for_statement: (node) =>
        this.pushTarget(node, node.childForFieldName('left'), 'for', node.childForFieldName('right')?.endIndex ?? node.startIndex),
      'for_statement:exit': popTarget,
      for_in_clause: (node) => this.pushTarget(node, node.childForFieldName('left'), 'for', node.endIndex),
      'for_in_clause:exit': popTarget,
      as_pattern: (node) => this.asPattern(node),
      'as_pattern:exit': popTarget,
      delete_statement: (node) => this.pushTarget(node, node.firstNamedChild, 'del', node.endIndex),
      'delete_statement:exit': popTarget,
      type_alias_statement: (node) => this.typeAlias(node),
      string: (node) => this.string(node),
      concatenated_string: (node) => this.string(node),
      call: (node) => this.call(node),
      subscript: (node) => this.subscript(node),
      if_statement: (node) => this.ifStatement(node),
      try_statement: (node) => this.tryStatement(node),
      end: () => this.context.setAnalysis(scopes.name, this.finish()),
    };
    for (const type of COMPREHENSIONS) {
      visitor[type] = (node) => this.enterComprehension(node);
      visitor[`${type}:exit`] = exitScope;
    }
    return visitor;
  }

  // --- scopes ------------------------------------------------------------------------------

  /** The scope in which code at `index` runs: the innermost open scope, or its parent for its outer parts. */
  private scopeAt(index: number): Scope {
    const top = this.stack[this.stack.length - 1];
    for (const [start, end] of top.outer) if (start <= index && index < end) return top.parent!;
    return top;
  }

  private pushScope(kind: ScopeKind, node: Node, parent: Scope | undefined, outer: [number, number][], docstring?: Node): Scope {
    const scope: Scope = {
      kind,
      node,
      parent,
      children: [],
      bindings: [],
      globals: NO_NAMES,
      nonlocals: NO_NAMES,
      usesLocals: false,
      starImports: [],
      docstring,
      byName: new Map(),
      outer,
    };
    parent?.children.push(scope);
    this.scopes.push(scope);
    this.stack.push(scope);
    return scope;
  }

  private enterClass(node: Node): void {
    const parent = this.scopeAt(node.startIndex);
    const name = node.childForFieldName('name');
    if (name) this.bind(parent, name, 'class', node, node.endIndex);
    const outer: [number, number][] = [];
    const bases = node.childForFieldName('superclasses');
    if (bases) outer.push([bases.startIndex, bases.endIndex]);
    const scope = this.pushScope('class', node, parent, outer, docstringOf(node.childForFieldName('body')));
    this.typeParameters(node, scope);
  }

  private enterFunction(node: Node): void {
    const parent = this.scopeAt(node.startIndex);
    const name = node.childForFieldName('name');
    if (name) this.bind(parent, name, 'function', node, node.endIndex);
    const outer: [number, number][] = [];
    const frames: AnnotationFrame[] = [];
    const names = this.parameters(node.childForFieldName('parameters'), outer, frames);
    const returns = node.childForFieldName('return_type');
    if (returns) {
      outer.push([returns.startIndex, returns.endIndex]);
      frames.push({ start: returns.startIndex, end: returns.endIndex, deferred: this.futureAnnotations });
    }
    // Innermost-first on the stack: the first annotation in source order ends up on top.
    for (let i = frames.length - 1; i >= 0; i--) this.annotations.push(frames[i]);
    const scope = this.pushScope('function', node, parent, outer, docstringOf(node.childForFieldName('body')));
    this.typeParameters(node, scope);
    for (const [identifier, owner] of names) this.bind(scope, identifier, 'parameter', owner, identifier.startIndex);
  }

  private enterLambda(node: Node): void {
    const parent = this.scopeAt(node.startIndex);
    const outer: [number, number][] = [];
    const names = this.parameters(node.childForFieldName('parameters'), outer, []);
    const scope = this.pushScope('lambda', node, parent, outer);
    for (const [identifier, owner] of names) this.bind(scope, identifier, 'parameter', owner, identifier.startIndex);
  }

  /**
   * The names a parameter list binds (with the parameter node), and its parts that run where the
   * function is defined: default values and annotations (`outer`), annotations also as `frames`.
   */
  private parameters(parameters: Node | null, outer: [number, number][], frames: AnnotationFrame[]): [Node, Node][] {
    const names: [Node, Node][] = [];
    if (!parameters) return names;
    for (const parameter of parameters.namedChildren) {
      if (!parameter) continue;
      let name: Node | null = null;
      switch (parameter.type) {
        case 'identifier':
          name = parameter;
          break;
        case 'default_parameter':
        case 'typed_default_parameter':
          name = parameter.childForFieldName('name');
          break;
        case 'typed_parameter':
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern':
          name = parameter.firstNamedChild;
          if (name && (name.type === 'list_splat_pattern' || name.type === 'dictionary_splat_pattern')) name = name.firstNamedChild;
          break;
        default:
          continue; // `*`, `/`, comments
      }
      if (name?.type === 'identifier') names.push([name, parameter]);
      const value = parameter.childForFieldName('value');
      if (value) outer.push([value.startIndex, value.endIndex]);
      const type = parameter.childForFieldName('type');
      if (type) {
        outer.push([type.startIndex, type.endIndex]);
        frames.push({ start: type.startIndex, end: type.endIndex, deferred: this.futureAnnotations });
      }
    }
    return names;
  }

  /** PEP 695 type parameters of a function or class bind in its scope; bounds are ordinary reads. */
  private typeParameters(node: Node, scope: Scope): void {
    const list = node.childForFieldName('type_parameters');
    if (list) this.typeParameterNames(list, (identifier) => this.bind(scope, identifier, 'type-parameter', node, identifier.startIndex));
  }

  private typeParameterNames(list: Node, onName: (identifier: Node) => void): void {
    for (const type of list.namedChildren) {
      if (type?.type !== 'type') continue;
      let inner = type.firstNamedChild;
      if (inner?.type === 'constrained_type') inner = inner.firstNamedChild?.firstNamedChild ?? null;
      else if (inner?.type === 'splat_type') inner = inner.firstNamedChild;
      if (inner?.type === 'identifier') onName(inner);
    }
  }

  private enterComprehension(node: Node): void {
    const parent = this.scopeAt(node.startIndex);
    // The first iterable is evaluated in the enclosing scope, before the comprehension starts.
    const outer: [number, number][] = [];
    const clause = node.namedChildren.find((c) => c?.type === 'for_in_clause');
    const iterable = clause?.childForFieldName('right');
    if (iterable && clause) {
      // `right` may be several nodes (`for x in a, b`); take the span up to the end of the clause.
      outer.push([iterable.startIndex, clause.endIndex]);
    }
    this.pushScope('comprehension', node, parent, outer);
  }

  // --- bindings and references ----------------------------------------------------------------

  private inRanges(ranges: [number, number][], index: number): boolean {
    for (const [start, end] of ranges) if (start <= index && index < end) return true;
    return false;
  }

  private bind(
    scope: Scope,
    node: Node,
    kind: BindingKind,
    owner: Node,
    at: number,
    extra: { info?: ImportInfo; name?: string; implicit?: boolean } = {},
  ): Binding {
    const name = extra.name ?? node.text;
    this.handled[node.startIndex] |= HANDLED_NAME;
    const declared =
      scope.kind === 'module' ? undefined : scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : undefined;
    const binding = new BindingRecord(
      name,
      kind,
      scope,
      this.context.tree,
      node.id,
      owner.id,
      at,
      extra.info,
      DECLARATIONS.has(kind) ? undefined : declared,
      this.inRanges(this.typeCheckingRanges, node.startIndex),
      this.inRanges(this.importGuardRanges, node.startIndex),
      extra.implicit ?? false,
    );
    scope.bindings.push(binding);
    this.bindings.push(binding);
    if (!DECLARATIONS.has(kind)) {
      // `[binding]`, not `[]` and a push: a push gives the array room for 17, and most names
      // are bound once in their scope.
      const list = scope.byName.get(name);
      if (list) list.push(binding);
      else scope.byName.set(name, [binding]);
    }
    return binding;
  }

  private read(node: Node, context: ReferenceContext, scope = this.scopeAt(node.startIndex), name?: string, deferred?: boolean): void {
    const at = node.startIndex;
    const frame = this.annotations.at(at);
    if (context === 'load' && frame) context = 'annotation';
    this.reads.add(name ?? nameAt(this.text, at) ?? node.text, node.id, scope, at, context, deferred ?? frame?.deferred ?? false);
  }

  /**
   * The token character before the name at `index`, skipping blanks: a `.` makes the name an
   * attribute (`obj.name`); on the same line the dot cannot belong to a number, a string or a
   * comment. Returns '' when the text alone cannot tell: the previous line ends with `.` or `\`
   * (a comment ending in a period, or a continued attribute chain), or has a `#` that may hide
   * one (`obj.  # comment` inside brackets).
   */
  private charBefore(index: number): string {
    const text = this.text;
    let i = index - 1;
    for (; i >= 0; i--) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\f') continue;
      if (c === '\n' || c === '\r') break;
      return c;
    }
    for (; i >= 0; i--) {
      const c = text[i];
      if (c !== ' ' && c !== '\t' && c !== '\f' && c !== '\n' && c !== '\r') break;
    }
    if (i < 0) return '\n'; // first name of the file
    const c = text[i];
    if (c === '.' || c === '\\') return '';
    for (let j = i - 1; j >= 0 && text[j] !== '\n' && text[j] !== '\r'; j--) if (text[j] === '#') return '';
    return c;
  }

  /**
   * Classifies a name. The fast path decides from the source text and from what the enclosing
   * constructs marked when the walk entered them (imports, parameters, `name=`, declarations,
   * targets); a name first on its line or inside a `case` pattern takes the slow path, which asks
   * the tree for its parent.
   */
  private identifier(node: Node): void {
    const start = node.startIndex;
    if ((this.handled[start] & HANDLED_NAME) !== 0 || start < this.importEnd) return;
    const before = this.charBefore(start);
    if (before === '.') return; // `obj.name`, `from .name import`
    if (before === '' || this.patterns.at(start)) {
      this.identifierByParent(node);
      return;
    }
    if (!this.target(node, null)) this.read(node, 'load');
  }

  /** The slow path of `identifier`: the parent node tells what the name is. */
  private identifierByParent(node: Node): void {
    const parent = node.parent;
    if (!parent) return;
    const first = node.startIndex === parent.startIndex;
    switch (parent.type) {
      case 'attribute':
      case 'member_type':
        if (!first) return; // `.name` on a continuation line
        break;
      case 'keyword_argument':
      case 'keyword_pattern':
        if (first) return; // `name=`
        break;
      case 'dotted_name':
        this.dottedNamePart(node, parent, first);
        return;
      case 'splat_pattern':
        this.capture(node, parent);
        return;
      case 'as_pattern':
        // In `match`, `pattern as name` binds `name`; in `with`/`except` the alias is wrapped in
        // an `as_pattern_target`, and a bare identifier child is the value being read.
        if (!first) {
          this.capture(node, parent);
          return;
        }
        break;
    }
    if (!this.target(node, parent)) this.read(node, 'load');
  }

  /** An identifier in a `dotted_name` outside imports: a `case` pattern. */
  private dottedNamePart(node: Node, dotted: Node, first: boolean): void {
    const owner = dotted.parent;
    if (!owner || !first) return;
    // `case a.b` and `case C(...)` read a value; a bare `case x` captures.
    if (dotted.namedChildCount > 1 || owner.type === 'class_pattern' || owner.type === 'dict_pattern') {
      this.read(node, 'load');
    } else {
      this.capture(node, owner);
    }
  }

  private capture(node: Node, owner: Node): void {
    if (nameAt(this.text, node.startIndex) === '_') return;
    this.bind(this.scopeAt(node.startIndex), node, 'match', owner, node.startIndex);
  }

  private pushTarget(owner: Node, root: Node | null, kind: TargetKind, at: number, unbindAt?: number): void {
    if (!root) return;
    this.targets.push({ root, start: root.startIndex, end: root.endIndex, single: root.type === 'identifier', kind, owner, at, unbindAt });
  }

  /** Binds `node` when it is (inside) the target of the innermost assignment-like construct. */
  private target(node: Node, parent: Node | null): boolean {
    const target = this.targets[this.targets.length - 1];
    const start = node.startIndex;
    if (!target || start < target.start || start >= target.end) return false;
    if (!target.single) {
      // `a, (b, *c) = ...`: only names reached through tuples and lists are targets (not `x[i]`).
      let current = node;
      let up = parent ?? node.parent;
      while (current.id !== target.root.id && up && TARGET_CONTAINERS.has(up.type)) {
        current = up;
        up = up.parent;
      }
      if (current.id !== target.root.id) return false;
    }
    if (target.kind === 'annotation-only') return true; // `x: int` declares, binds nothing, reads nothing
    const scope = this.scopeAt(start);
    if (target.kind === 'augmented') this.read(node, 'augmented', scope);
    if (target.kind === 'del') this.read(node, 'del', scope);
    this.bind(scope, node, target.kind, target.owner, target.at);
    if (target.unbindAt !== undefined) this.bind(scope, node, 'del', target.owner, target.unbindAt, { implicit: true });
    return true;
  }

  private declaration(node: Node, kind: 'global' | 'nonlocal'): void {
    const scope = this.scopeAt(node.startIndex);
    for (const name of node.namedChildren) {
      if (name?.type !== 'identifier') continue;
      this.handled[name.startIndex] |= HANDLED_NAME;
      if (scope.kind === 'module') continue; // a no-op at module level
      const declared = scope as { globals: ReadonlySet<string>; nonlocals: ReadonlySet<string> };
      const key = kind === 'global' ? 'globals' : 'nonlocals';
      // The set is made on the first declaration: most scopes have none.
      if (declared[key] === NO_NAMES) declared[key] = new Set();
      (declared[key] as Set<string>).add(name.text);
      this.bind(scope, name, kind, node, name.startIndex);
    }
  }

  private namedExpression(node: Node): void {
    const name = node.childForFieldName('name');
    if (name?.type !== 'identifier') return;
    // `(x := ...)` binds in the nearest enclosing scope that is not a comprehension.
    let scope = this.scopeAt(node.startIndex);
    while (scope.kind === 'comprehension' && scope.parent) scope = scope.parent;
    this.bind(scope, name, 'walrus', node, node.endIndex);
  }

  private caseClause(node: Node): void {
    const body = node.childForFieldName('consequence');
    this.patterns.push({ start: node.startIndex, end: body ? body.startIndex : node.endIndex });
  }

  private assignment(node: Node): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const type = node.childForFieldName('type');
    this.pushTarget(node, left, right ? 'assignment' : 'annotation-only', node.endIndex);
    if (type) {
      this.annotations.push({ start: type.startIndex, end: type.endIndex, deferred: this.futureAnnotations });
      // `X: TypeAlias = "Node | None"`: the value is a type expression.
      if (right && /(^|\.)TypeAlias$/.test(type.text.trim())) this.typeRegions.push({ start: right.startIndex, end: right.endIndex });
    }
    if (right && /__all__[ \t]*[:=]/y.test(this.text.slice(node.startIndex, node.startIndex + 12))) {
      if (left?.type === 'identifier' && left.text === '__all__') this.exportsFrom(node, right);
    }
  }

  private augmentedAssignment(node: Node): void {
    const left = node.childForFieldName('left');
    this.pushTarget(node, left, 'augmented', node.endIndex);
    if (/__all__[ \t]*\+=/y.test(this.text.slice(node.startIndex, node.startIndex + 12))) {
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && left.text === '__all__' && right) this.exportsFrom(node, right);
    }
  }

  private asPattern(node: Node): void {
    const alias = node.childForFieldName('alias');
    if (alias?.type !== 'as_pattern_target') return; // `case ... as name` is handled as a pattern
    const owner = node.parent;
    if (owner?.type === 'with_item') this.pushTarget(node, alias, 'with', owner.endIndex);
    else if (owner?.type === 'except_clause') this.pushTarget(node, alias, 'except', node.endIndex, owner.endIndex);
  }

  private typeAlias(node: Node): void {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const scope = this.scopeAt(node.startIndex);
    // `type X = ...` / `type X[T] = ...`: binds X; the parameters belong to the alias alone.
    const inner = left?.firstNamedChild;
    const name = inner?.type === 'identifier' ? inner : inner?.type === 'generic_type' ? inner.firstNamedChild : null;
    if (name?.type === 'identifier') this.bind(scope, name, 'type-alias', node, node.endIndex);
    if (inner?.type === 'generic_type') {
      for (const list of inner.namedChildren) {
        if (list?.type === 'type_parameter') this.typeParameterNames(list, (identifier) => void (this.handled[identifier.startIndex] |= HANDLED_NAME));
      }
    }
    // The value is evaluated lazily, when the alias is used.
    if (right) this.annotations.push({ start: right.startIndex, end: right.endIndex, deferred: true });
  }

  // --- imports ---------------------------------------------------------------------------------

  private importStatement(node: Node): void {
    this.importEnd = node.endIndex;
    const scope = this.scopeAt(node.startIndex);
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
      const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : null;
      if (!dotted || dotted.type !== 'dotted_name') continue;
      const parts = dotted.namedChildren.filter((c): c is Node => c?.type === 'identifier');
      if (parts.length === 0) continue;
      const module = parts.map((p) => p.text).join('.');
      const info: ImportInfo = {
        module,
        qualifiedName: module,
        alias: alias?.text,
        nameNode: dotted,
        aliasNode: alias ?? undefined,
        explicitReExport: alias !== null && alias.text === module,
        submodule: alias === null && parts.length > 1,
        statement: node,
      };
      this.bind(scope, alias ?? parts[0], 'import', node, node.endIndex, { info });
    }
  }

  private importFromStatement(node: Node, kind: 'from-import' | 'future-import'): void {
    this.importEnd = node.endIndex;
    const scope = this.scopeAt(node.startIndex);
    const moduleNode = node.childForFieldName('module_name');
    const module = kind === 'future-import' ? '__future__' : moduleNode ? moduleNode.text.replace(/\s+/g, '') : '';
    for (const child of node.namedChildren) {
      if (child?.type === 'wildcard_import') scope.starImports.push(node);
    }
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
      const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : null;
      if (!dotted) continue;
      const member = dotted.text;
      const named = alias ?? dotted.firstNamedChild ?? dotted;
      const info: ImportInfo = {
        module,
        member,
        qualifiedName: module.endsWith('.') ? module + member : `${module}.${member}`,
        alias: alias?.text,
        nameNode: dotted,
        aliasNode: alias ?? undefined,
        explicitReExport: alias !== null && alias.text === member,
        submodule: false,
        statement: node,
      };
      if (kind === 'future-import' && member === 'annotations') this.futureAnnotations = true;
      this.bind(scope, named, kind, node, node.endIndex, { info });
    }
  }

  // --- strings used as types -----------------------------------------------------------------

  private string(node: Node): void {
    const start = node.startIndex;
    if ((this.handled[start] & HANDLED_STRING) !== 0) return;
    // Only strings in an annotation or in a typing construct can be types; skip the rest cheaply.
    if (!this.annotations.at(start) && !this.typeRegions.at(start)) return;
    if (node.type === 'concatenated_string') {
      for (const part of node.namedChildren) if (part) this.handled[part.startIndex] |= HANDLED_STRING;
    }
    if (!isTypeString(node)) return;
    const value = stringValue(node, this.text);
    if (value === undefined) return;
    const names = forwardReferenceNames(value, this.context.tree.language, 0);
    if (!names) return;
    const scope = this.scopeAt(start);
    for (const name of new Set(names)) this.read(node, 'string-annotation', scope, name, true);
  }

  private subscript(node: Node): void {
    const chain = chainAt(this.text, node.startIndex, '[');
    if (chain && (chain.last === 'Annotated' || TYPE_FORMS.has(chain.last))) {
      this.typeRegions.push({ start: node.startIndex, end: node.endIndex });
    }
  }

  // --- calls, __all__, control flow -----------------------------------------------------------

  private call(node: Node): void {
    const chain = chainAt(this.text, node.startIndex, '(');
    if (!chain) return;
    if (!chain.dotted && (chain.last === 'locals' || chain.last === 'vars')) {
      // `locals()` / `vars()` without arguments expose every name of the scope.
      const args = node.childForFieldName('arguments');
      if (node.childForFieldName('function')?.type === 'identifier' && args?.namedChildCount === 0) {
        this.scopeAt(node.startIndex).usesLocals = true;
      }
      return;
    }
    if (TYPE_CALLS.has(chain.last)) {
      this.typeRegions.push({ start: node.startIndex, end: node.endIndex });
      return;
    }
    if (chain.dotted && (chain.last === 'extend' || chain.last === 'append') && this.text.startsWith('__all__', node.startIndex)) {
      const callee = node.childForFieldName('function');
      const object = callee?.childForFieldName('object');
      const args = node.childForFieldName('arguments');
      if (object?.type === 'identifier' && object.text === '__all__' && args) {
        for (const arg of args.namedChildren) if (arg) this.exportsFrom(node, arg);
      }
    }
  }

  /** Records the string items of an `__all__` value at module level. */
  private exportsFrom(statement: Node, value: Node): void {
    const scope = this.scopeAt(statement.startIndex);
    if (scope.kind !== 'module') return;
    const visit = (node: Node): void => {
      switch (node.type) {
        case 'string':
        case 'concatenated_string': {
          const name = stringValue(node, this.text);
          if (name !== undefined) {
            this.exports.push({ name, node });
            this.read(node, 'export', scope, name, true);
          }
          return;
        }
        case 'list':
        case 'tuple':
        case 'expression_list': // `__all__ = 'a', 'b'`
        case 'parenthesized_expression':
        case 'binary_operator':
        case 'argument_list':
          for (const child of node.namedChildren) if (child) visit(child);
          return;
        case 'call': {
          const callee = node.childForFieldName('function');
          const args = node.childForFieldName('arguments');
          if (callee?.type === 'identifier' && (callee.text === 'list' || callee.text === 'tuple') && args) visit(args);
          return;
        }
      }
    };
    visit(value);
  }

  private ifStatement(node: Node): void {
    IF_TYPE_CHECKING.lastIndex = node.startIndex;
    const match = IF_TYPE_CHECKING.exec(this.text);
    if (!match) return;
    if (!match[1]) {
      const body = node.childForFieldName('consequence');
      if (body) this.typeCheckingRanges.push([body.startIndex, body.endIndex]);
    } else {
      for (const branch of node.childrenForFieldName('alternative')) {
        if (branch?.type === 'else_clause') this.typeCheckingRanges.push([branch.startIndex, branch.endIndex]);
      }
    }
  }

  private tryStatement(node: Node): void {
    const body = node.childForFieldName('body');
    if (!body) return;
    const catches = node.namedChildren.some((clause) => {
      if (clause?.type !== 'except_clause') return false;
      const caught = clause.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment');
      const types = caught?.type === 'as_pattern' ? caught.firstNamedChild : caught;
      return types ? IMPORT_ERROR.test(types.text) : false;
    });
    if (catches) this.importGuardRanges.push([body.startIndex, body.endIndex]);
  }

  // --- resolution -----------------------------------------------------------------------------

  private finish(): ScopeModel {
    for (const scope of this.scopes) {
      for (const list of scope.byName.values()) list.sort((a, b) => a.at - b.at);
    }
    const reads = this.reads;
    for (let k = 0; k < reads.names.length; k++) {
      const binding = lookup(reads.scopes[k], reads.names[k], reads.at[k], reads.deferred[k]);
      reads.bindings.push(binding);
      if (binding) (binding as BindingRecord).reads++; // every binding of the model is one
    }
    const tree = this.context.tree;
    let references: Reference[] | undefined;
    return {
      module: this.scopes[0],
      scopes: this.scopes,
      bindings: this.bindings,
      get references(): readonly Reference[] {
        return (references ??= reads.objects(tree));
      },
      exports: this.exports,
      futureAnnotations: this.futureAnnotations,
    };
  }
}

/** The shared scope/binding analysis; see the comment at the top of this file. */
export const scopes: Analysis<ScopeModel> = {
  name: 'scopes',
  create(context: FileContext): Visitor {
    return new ScopeBuilder(context).visitor();
  },
};
