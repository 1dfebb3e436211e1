/**
 * The scope builder: the visitor that builds the scope model (src/analysis/scopes.ts) during the
 * single walk. It opens a scope at each module, class, function, lambda and comprehension, and
 * classifies every identifier as it comes: a binding (import, target, definition, parameter,
 * declaration, `del`, `match` capture) or a read, in the scope where Python evaluates it. It also
 * records what the model says about scopes and bindings besides names: `global`/`nonlocal`
 * declarations, `locals()` calls, star imports, docstrings, loops, `__all__` items, names in string
 * annotations (src/analysis/annotations.ts), and the `if TYPE_CHECKING:` and
 * `try: ... except ImportError:` blocks bindings stand in.
 *
 * It runs for every node of every file, so it decides from the source text and from what the
 * enclosing constructs marked when the walk entered them wherever it can, and asks the tree for
 * parents only when the text cannot tell (see `identifier`). What it keeps until the end of the
 * file is small for the garbage collector: reads in parallel arrays (`Reads`), bindings with node
 * ids instead of node objects (`BindingRecord`), a byte per source character for the names already
 * handled. `finish` hands the result to src/analysis/scopes.ts, which resolves the reads.
 */
import type { SyntaxNode as Node, SyntaxTree } from '../engine/tree';
import type { FileContext, Visitor } from '../engine/api';
import { chainAt, nameAt } from './names';
import { stringLiteralValue } from './literals';
import { docstringOf } from './docstrings';
import { forwardReferenceNames, isTypeAliasAnnotation, isTypeString, TYPE_CALLS, TYPE_FORMS, typeStringValue } from './annotations';
import type { Binding, BindingKind, ExportedName, ImportInfo, Reference, ReferenceContext, Scope, ScopeKind } from './scope-model';

/** The `globals` and `nonlocals` of a scope that declares none (shared, never written). */
const NO_NAMES: ReadonlySet<string> = new Set();

/** The `loops` of a scope that has none (shared, never written). */
const NO_LOOPS: ReadonlyArray<readonly [number, number]> = [];

/** `global x` / `nonlocal x`: declarations, never the target of a lookup. */
function isDeclaration(kind: BindingKind): boolean {
  return kind === 'global' || kind === 'nonlocal';
}

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

/** `if TYPE_CHECKING:`, `if typing.TYPE_CHECKING:`, `if not TYPE_CHECKING:`. */
const IF_TYPE_CHECKING = /if[ \t]+(not[ \t]+)?(?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*TYPE_CHECKING[ \t]*:/uy;

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
export class BindingRecord implements Binding {
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
export class Reads {
  readonly names: string[] = [];
  /** The identifier's (or string literal's) node id. */
  readonly nodes: number[] = [];
  readonly scopes: Scope[] = [];
  readonly at: number[] = [];
  readonly contexts: ReferenceContext[] = [];
  readonly deferred: boolean[] = [];
  /** Filled when the reads are resolved (src/analysis/scopes.ts), in the same order. */
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

/** What the walk found, before the reads are resolved (src/analysis/scopes.ts does that). */
export interface BuiltScopes {
  /** Every scope, in source order of their nodes: the module first. */
  readonly scopes: Scope[];
  readonly bindings: Binding[];
  readonly reads: Reads;
  readonly exports: ExportedName[];
  readonly futureAnnotations: boolean;
}

export class ScopeBuilder {
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

  /** The walk's handlers; `done` receives what the walk found, in `end`. */
  visitor(done: (built: BuiltScopes) => void): Visitor {
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
      for_statement: (node) => this.forStatement(node),
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
      while_statement: (node) => {
        const body = node.childForFieldName('body');
        if (body) this.loop(node, node.childForFieldName('condition') ?? body, body);
      },
      end: () => done(this.finish()),
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
      loops: NO_LOOPS,
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
      let name: Node | null;
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
    const declared = scope.kind === 'module' ? undefined : scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : undefined;
    const binding = new BindingRecord(
      name,
      kind,
      scope,
      this.context.tree,
      node.id,
      owner.id,
      at,
      extra.info,
      isDeclaration(kind) ? undefined : declared,
      this.inRanges(this.typeCheckingRanges, node.startIndex),
      this.inRanges(this.importGuardRanges, node.startIndex),
      extra.implicit ?? false,
    );
    scope.bindings.push(binding);
    this.bindings.push(binding);
    if (!isDeclaration(kind)) {
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
      if (right && isTypeAliasAnnotation(type.text)) this.typeRegions.push({ start: right.startIndex, end: right.endIndex });
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
    const value = typeStringValue(node);
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
          const name = stringLiteralValue(node, { allowFStrings: false });
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

  private forStatement(node: Node): void {
    this.pushTarget(node, node.childForFieldName('left'), 'for', node.childForFieldName('right')?.endIndex ?? node.startIndex);
    const body = node.childForFieldName('body');
    if (body) this.loop(node, body, body);
  }

  /** Records a loop of the scope the statement is in: its code from `first` to the end of `body` can run again. */
  private loop(statement: Node, first: Node, body: Node): void {
    const scope = this.scopeAt(statement.startIndex);
    const loops = scope.loops === NO_LOOPS ? ((scope as { loops: ReadonlyArray<readonly [number, number]> }).loops = []) : scope.loops;
    (loops as (readonly [number, number])[]).push([first.startIndex, body.endIndex]);
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

  // --- the end -----------------------------------------------------------------------------------

  /** The scopes, bindings and reads found; each scope's bindings by name sorted by when they take effect. */
  private finish(): BuiltScopes {
    for (const scope of this.scopes) {
      for (const list of scope.byName.values()) if (list.length > 1) list.sort((a, b) => a.at - b.at);
    }
    return { scopes: this.scopes, bindings: this.bindings, reads: this.reads, exports: this.exports, futureAnnotations: this.futureAnnotations };
  }
}
