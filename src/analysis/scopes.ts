/**
 * Scopes and bindings: the shared semantic model of a Python file's names.
 *
 * One model answers "which binding does this read refer to", "is this binding ever read", "what
 * does this name import", and, through src/analysis/calls.ts, "which function does this call
 * call": the questions behind unused-import, unused-variable, naming, docstring and the security
 * rules, and the base of data-flow analyses. Built during the single walk and resolved in `end`;
 * rules declare `uses: [scopes]` (or an analysis built on it) and read the model in their `end`:
 *
 *     const model = context.analysis(scopes);
 *
 * THE MODULES
 *
 * - src/analysis/scopes.ts (this file): the model's public module: its types (re-exported), the
 *   queries on it (`lookup`, `bindingIn`, `rebindingGroup`, `isGroupUsed`, `scopeAt`,
 *   `ScopeCursor`, `sharesLoop`), the resolution of the reads, and the `scopes` analysis.
 * - src/analysis/scope-model.ts: the model's types (`Scope`, `Binding`, `Reference`, ...).
 * - src/analysis/scope-builder.ts: the visitor that builds the model during the walk.
 * - src/analysis/annotations.ts: names read inside string annotations (`"List[Node]"`).
 * - src/analysis/calls.ts: call-name resolution (`CallModel`) on top of the model.
 * - src/analysis/literals.ts, src/analysis/arguments.ts, src/analysis/names.ts: the shared readers
 *   of literal values, call arguments and names in the source text.
 *
 * THE MODEL
 *
 * - `Scope`: module, class, function, lambda or comprehension, with its parent, children, bindings,
 *   `global`/`nonlocal` declarations, `locals()` use, star imports, loops and docstring.
 * - `Binding`: one place where a name gets (or loses) a value: imports, assignments and other
 *   targets, definitions, parameters, declarations, `del`. `node` is the identifier that names it
 *   (for `import a.b`, the identifier `a`; for an alias, the alias); `owner` is the construct
 *   (statement, parameter list, ...); `at` is the source index where the name takes its value,
 *   which is after the right-hand side for `x = x + 1`. `reads` counts the reads resolved to it.
 *   Imports carry what they import (`ImportInfo`); bindings in a `try:` body whose handlers catch
 *   `ImportError` are marked `guardedByImportError`, and their alternatives (the `except
 *   ImportError:` fallback, `if`/`else` branches) are the other members of their rebinding group.
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
 * leave one of them bound at run time, and a read in a loop may see any of them. Call-name
 * resolution asks the same question the other way round: a call resolves when every member of
 * the group that can reach it gives the same name (src/analysis/calls.ts).
 *
 * COST
 *
 * The model lives until the file is done, and the garbage collector copies what lives at every
 * collection: reads are kept in parallel arrays (`Reference` objects are made only when
 * `model.references` is read; rules use `Binding.reads`), bindings hold node ids and make their
 * node objects when asked, and no node object is cached.
 */
import type { SyntaxNode as Node, SyntaxTree } from '../engine/tree';
import type { Analysis, FileContext, Visitor } from '../engine/api';
import { ScopeBuilder, type BindingRecord, type BuiltScopes } from './scope-builder';
import type { Binding, BindingKind, Reference, Scope, ScopeModel } from './scope-model';

// The model's types (declared in src/analysis/scope-model.ts, see there why).
export type { Binding, BindingKind, ExportedName, ImportInfo, Reference, ReferenceContext, Scope, ScopeKind, ScopeModel } from './scope-model';

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

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
    const child = scope.children.find((c) => c.node.startIndex <= index && index < c.node.endIndex && !c.outer.some(([s, e]) => s <= index && index < e));
    if (!child) return scope;
    scope = child;
  }
}

/**
 * The scopes of nodes taken in source order, in constant time amortised: the cursor keeps the
 * scopes open around the last node it was asked about, as the walk does. For code that goes over
 * many nodes after the walk (every call of a file, say), where `scopeAt` would search the scope
 * tree for each.
 */
export class ScopeCursor {
  private readonly open: Scope[];
  private next = 1;

  constructor(private readonly model: ScopeModel) {
    this.open = [model.module];
  }

  /**
   * The innermost scope in which the code of `node` runs (for a definition, a lambda or a
   * comprehension: the scope around it). Nodes must come in pre-order: each node's id at least
   * the previous one's.
   */
  at(node: Node): Scope {
    const id = node.id;
    const end = node.tree.end;
    const scopes = this.model.scopes;
    const open = this.open;
    // Scopes are in pre-order of their nodes: open those that start before the node.
    while (this.next < scopes.length && scopes[this.next].node.id < id) {
      const scope = scopes[this.next++];
      while (open.length > 1 && end[open[open.length - 1].node.id] <= scope.node.id) open.pop();
      open.push(scope);
    }
    while (open.length > 1 && end[open[open.length - 1].node.id] <= id) open.pop();
    const top = open[open.length - 1];
    // A scope's outer parts (defaults, annotations, bases) run in its parent.
    const index = node.startIndex;
    for (const [start, stop] of top.outer) if (start <= index && index < stop) return top.parent!;
    return top;
  }
}

/** True when one loop of `scope` holds both source indices: code at the later can run before code at the earlier. */
export function sharesLoop(scope: Scope, a: number, b: number): boolean {
  for (const [start, end] of scope.loops) if (start <= a && a <= end && start <= b && b <= end) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Resolution and the analysis
// ---------------------------------------------------------------------------------------------

/** Resolves every read the walk found (see RESOLUTION above) and counts the reads of each binding. */
function resolveReads(built: BuiltScopes, tree: SyntaxTree): ScopeModel {
  const reads = built.reads;
  for (let k = 0; k < reads.names.length; k++) {
    const binding = lookup(reads.scopes[k], reads.names[k], reads.at[k], reads.deferred[k]);
    reads.bindings.push(binding);
    if (binding) (binding as BindingRecord).reads++; // every binding of the model is one
  }
  let references: Reference[] | undefined;
  return {
    module: built.scopes[0],
    scopes: built.scopes,
    bindings: built.bindings,
    get references(): readonly Reference[] {
      return (references ??= reads.objects(tree));
    },
    exports: built.exports,
    futureAnnotations: built.futureAnnotations,
  };
}

/** The shared scope/binding analysis; see the comment at the top of this file. */
export const scopes: Analysis<ScopeModel> = {
  name: 'scopes',
  create(context: FileContext): Visitor {
    return new ScopeBuilder(context).visitor((built) => context.setAnalysis(scopes.name, resolveReads(built, context.tree)));
  },
};
