/**
 * Per-function complexity metrics, computed once per function during the single walk and shared by
 * the complexity rules (`cyclomatic-complexity`, `cognitive-complexity`, `too-many-arguments`,
 * `too-many-branches`, `too-many-statements`, `too-many-nested-blocks`).
 *
 * Each `function_definition` (methods, nested and async functions included; lambdas are not
 * functions here) gets one `FunctionMetrics`. The measures follow the tools the rules take their
 * thresholds from:
 *
 * - `cyclomatic`: McCabe's number as Ruff's C901 counts it (checked against Ruff's WebAssembly
 *   build): 1, plus 1 for each `if`, `elif`, `for`, `while` (an `else` adds nothing), each `except`
 *   handler, the `else` of a `try`, each `case` of a `match` (a final catch-all `case _:` or
 *   `case name:` without guard adds nothing), and each nested `def` (which also brings its own
 *   decision points; a nested class brings those of its methods). Boolean operators,
 *   comprehensions, conditional expressions, lambdas, `with` and `finally` add nothing.
 * - `cognitive`: SonarSource's Cognitive Complexity. +1 for each `if`, `for`, `while`, `except`,
 *   `match` and conditional expression, plus its nesting level; +1 (no nesting part) for each
 *   `elif`, `else` of an `if`, and `else` of a loop; +1 for each sequence of like boolean operators
 *   (`a and b and c` is 1, `a and b or c` is 2); +1 for each direct recursive call (`f(...)` in
 *   `f`, `self.m(...)`/`cls.m(...)` in method `m`). The nesting level rises inside the bodies of
 *   `if`/`elif`/`else`, loops, `except`, `match` cases, conditional expressions, nested functions
 *   and lambdas.
 * - `arguments`: Pylint's R0913 count: positional-only, ordinary and keyword-only parameters,
 *   `self`/`cls` included, `*args`/`**kwargs` excluded, and names Pylint ignores by default
 *   (`_`-prefixed, `ignored_*`, `unused_*`) left out.
 * - `branches`: Pylint 3's R0912 count, nested functions and classes excluded: an `if` 1, each
 *   `elif` 1, an `else` 1 unless it holds only an `if` (Pylint's tree is then that of an `elif`);
 *   `for`/`while` 1 and their `else` 1; each `except` handler 1, the `else` of a `try` 1 and its
 *   `finally` 1. `async for`, `match` and a `try` with `except*` count no branch.
 * - `statements`: Pylint 3's R0915 count: 1 for the function, 1 for each statement in its body at
 *   any depth (nested function and class bodies included), except that an `if` or `try` counts as
 *   its branches (and each `except` handler once more), `for`/`while` lines, `return` statements,
 *   the `def`/`class` lines and docstrings count nothing.
 * - `nestedBlocks`: Pylint's R1702 depth, the longest stack of nested `if`, `for`, `while` and
 *   `try` blocks, as Pylint's refactoring checker builds it (an `elif` replaces its `if`; a block
 *   whose parent is not on the stack, as in a `with`, an `except` handler, a `match` case or an
 *   `async for`, or after a nested function, starts again at 1). Nested functions excluded.
 */
import { ERROR_SYMBOL, FLAG_NAMED, type SyntaxNode as Node, type SyntaxTree } from '../engine/tree';
import type { FileContext } from '../engine/api';
import type { Analysis, Visitor } from '../engine/api';
import { docstringOf } from './docstrings';

export interface FunctionMetrics {
  /** The `function_definition` node. */
  node: Node;
  /** Its name identifier: where findings go. */
  nameNode: Node;
  name: string;
  cyclomatic: number;
  cognitive: number;
  arguments: number;
  branches: number;
  statements: number;
  nestedBlocks: number;
}

export interface ComplexityModel {
  /** One entry per function, in source order. */
  readonly functions: readonly FunctionMetrics[];
}

// ---------------------------------------------------------------------------------------------
// Cognitive (SonarSource)
// ---------------------------------------------------------------------------------------------

function booleanOperator(node: Node): string | undefined {
  return node.childForFieldName('operator')?.type;
}

function cognitiveOf(fn: Node, name: string, isMethod: boolean): number {
  let total = 0;
  // Iterative (explicit stack): expressions can nest thousands deep.
  const body = fn.childForFieldName('body');
  const stack: [Node, number][] = body ? [[body, 0]] : [];
  while (stack.length > 0) {
    const [node, nesting] = stack.pop()!;
    let level = (_child: Node): number => nesting;
    switch (node.type) {
      case 'if_statement':
      case 'for_statement':
      case 'while_statement':
      case 'except_clause':
      case 'except_group_clause':
        total += 1 + nesting;
        level = (c) => (c.type === 'block' ? nesting + 1 : nesting);
        break;
      case 'elif_clause':
      case 'else_clause': {
        // An `else` of a `try` is no decision; of an `if` or a loop it is.
        const ofTry = node.parent?.type === 'try_statement';
        if (!ofTry) total += 1;
        level = (c) => (c.type === 'block' && !ofTry ? nesting + 1 : nesting);
        break;
      }
      case 'match_statement':
      case 'conditional_expression':
        total += 1 + nesting;
        level = () => nesting + 1;
        break;
      case 'boolean_operator': {
        const parent = node.parent;
        if (!(parent?.type === 'boolean_operator' && booleanOperator(parent) === booleanOperator(node))) total += 1;
        break;
      }
      case 'function_definition':
      case 'lambda':
        level = () => nesting + 1;
        break;
      case 'call': {
        const callee = node.childForFieldName('function');
        if (callee?.type === 'identifier' && !isMethod && callee.text === name) total += 1;
        else if (callee?.type === 'attribute' && isMethod) {
          const object = callee.childForFieldName('object');
          const attr = callee.childForFieldName('attribute');
          if (object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') && attr?.text === name) total += 1;
        }
        break;
      }
      default:
        break;
    }
    for (const child of node.namedChildren) if (child) stack.push([child, level(child)]);
  }
  return total;
}

const IGNORED_ARGUMENT = /^_|^ignored_|^unused_/;

// ---------------------------------------------------------------------------------------------
// The statement-level measures (cyclomatic, arguments, branches, statements, nested blocks), read
// from the flat tree's arrays by node index: they visit every statement of every function (and
// the statements of a nested function once more for each function around it), and node objects
// and arrays of children made for each of those cost more than the measures themselves.
// test/analysis/complexity.test.ts checks them against the same measures written on node objects.
// ---------------------------------------------------------------------------------------------

/** What a node type is to the statement-level measures: a kind (low bits) and two marks. */
const K_OTHER = 0;
const K_BLOCK = 1;
const K_IF = 2;
const K_ELIF = 3;
const K_ELSE = 4;
const K_FOR = 5;
const K_WHILE = 6;
const K_TRY = 7;
const K_EXCEPT = 8;
const K_EXCEPT_GROUP = 9;
const K_FINALLY = 10;
const K_WITH = 11;
const K_CLASS = 12;
const K_FUNCTION = 13;
const K_DECORATED = 14;
const K_MATCH = 15;
const K_CASE = 16;
const K_COMMENT = 17;
const K_RETURN = 18;
const K_IDENTIFIER = 19;
const K_DEFAULT_PARAMETER = 20;
const K_TYPED_PARAMETER = 21;
/** tree-sitter's ERROR nodes (the copy's error symbol): they have no fields. */
const K_ERROR = 22;
const KIND_MASK = 0x1f;
/** A statement to Pylint's counts: `*_statement`, `function_definition`, `class_definition`. */
const M_STATEMENT = 0x20;
/** A `*_clause` type. */
const M_CLAUSE = 0x40;

const KIND_BY_NAME: ReadonlyMap<string, number> = new Map([
  ['block', K_BLOCK],
  ['if_statement', K_IF],
  ['elif_clause', K_ELIF],
  ['else_clause', K_ELSE],
  ['for_statement', K_FOR],
  ['while_statement', K_WHILE],
  ['try_statement', K_TRY],
  ['except_clause', K_EXCEPT],
  ['except_group_clause', K_EXCEPT_GROUP],
  ['finally_clause', K_FINALLY],
  ['with_statement', K_WITH],
  ['class_definition', K_CLASS],
  ['function_definition', K_FUNCTION],
  ['decorated_definition', K_DECORATED],
  ['match_statement', K_MATCH],
  ['case_clause', K_CASE],
  ['comment', K_COMMENT],
  ['return_statement', K_RETURN],
  ['identifier', K_IDENTIFIER],
  ['default_parameter', K_DEFAULT_PARAMETER],
  ['typed_default_parameter', K_DEFAULT_PARAMETER],
  ['typed_parameter', K_TYPED_PARAMETER],
]);

/** What the measures need of a language: kinds by symbol (the error symbol included), and field ids. */
interface Shape {
  kinds: Uint8Array;
  body: number;
  consequence: number;
  definition: number;
  name: number;
  parameters: number;
}
const shapes = new WeakMap<object, Shape>();

function shapeOf(tree: SyntaxTree): Shape {
  let shape = shapes.get(tree.language);
  if (!shape) {
    const kinds = new Uint8Array(0x10000);
    const count = tree.language.types.length;
    for (let s = 0; s < count && s < ERROR_SYMBOL; s++) {
      const name = tree.symbolName(s);
      let kind = KIND_BY_NAME.get(name) ?? K_OTHER;
      if (name.endsWith('_statement') || name === 'function_definition' || name === 'class_definition') kind |= M_STATEMENT;
      if (name.endsWith('_clause')) kind |= M_CLAUSE;
      kinds[s] = kind;
    }
    kinds[ERROR_SYMBOL] = K_ERROR;
    const field = (name: string): number => tree.fieldId(name);
    shape = {
      kinds,
      body: field('body'),
      consequence: field('consequence'),
      definition: field('definition'),
      name: field('name'),
      parameters: field('parameters'),
    };
    shapes.set(tree.language, shape);
  }
  return shape;
}

interface DesignCounts {
  branches: number;
  statements: number;
  nestedBlocks: number;
}

/** Parent of the statements of a block that is no nesting block (Pylint's nesting stack never holds it). */
const NO_BLOCK = -1;

/** The statement-level measures of the functions of one tree; -1 stands for a missing node. */
class StaticMeasures {
  private readonly symbol: Uint16Array;
  private readonly end: Int32Array;
  private readonly flags: Uint8Array;
  private readonly field: Uint16Array;
  private readonly kinds: Uint8Array;
  private readonly shape: Shape;
  /** No syntax error in the tree: the `body`/`consequence` of a node is its one `block` child. */
  private readonly clean: boolean;
  // designOf's state, for the function being measured.
  private branches = 0;
  private statements = 0;
  private nestedBlocks = 0;
  private readonly stack: number[] = [];

  constructor(private readonly tree: SyntaxTree) {
    this.symbol = tree.symbol;
    this.end = tree.end;
    this.flags = tree.flags;
    this.field = tree.field;
    this.shape = shapeOf(tree);
    this.kinds = this.shape.kinds;
    this.clean = !tree.rootNode.hasError;
  }

  private kind(i: number): number {
    return this.kinds[this.symbol[i]] & KIND_MASK;
  }

  /** `childForFieldName`: the first child in field `id`; none for an ERROR node. */
  private fieldChild(i: number, id: number): number {
    if (i < 0 || id < 0 || this.symbol[i] === ERROR_SYMBOL) return -1;
    const { end, field } = this;
    for (let j = i + 1, stop = end[i]; j < stop; j = end[j]) if (field[j] === id) return j;
    return -1;
  }

  /** The first named child of kind `kind`. */
  private namedChildOfKind(i: number, kind: number): number {
    const { end, flags } = this;
    for (let j = i + 1, stop = end[i]; j < stop; j = end[j]) if (flags[j] & FLAG_NAMED && this.kind(j) === kind) return j;
    return -1;
  }

  private firstNamedChild(i: number): number {
    const { end, flags } = this;
    for (let j = i + 1, stop = end[i]; j < stop; j = end[j]) if (flags[j] & FLAG_NAMED) return j;
    return -1;
  }

  /**
   * The block of a statement or clause. Every field that holds a block (`body`, `consequence`)
   * holds only that, and no node has two block children (tree-sitter-python's node-types.json),
   * unless error recovery made the tree.
   */
  private blockOf(i: number): number {
    if (i < 0) return -1;
    const first = this.namedChildOfKind(i, K_BLOCK);
    if (this.clean) return first;
    let block = this.fieldChild(i, this.shape.body);
    if (block < 0) block = this.fieldChild(i, this.shape.consequence);
    return block < 0 ? first : block;
  }

  // --- Cyclomatic (Ruff C901) -----------------------------------------------------------------

  /** The decision points of the named children of `p` (none when p is -1). */
  private cyclomaticIn(p: number): number {
    if (p < 0) return 0;
    const { end, flags } = this;
    let total = 0;
    for (let j = p + 1, stop = end[p]; j < stop; j = end[j]) if (flags[j] & FLAG_NAMED) total += this.cyclomaticOf(j);
    return total;
  }

  private cyclomaticOf(s: number): number {
    const { end, flags } = this;
    let total = 0;
    switch (this.kind(s)) {
      case K_IF:
        total += 1 + this.cyclomaticIn(this.blockOf(s));
        for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
          if (!(flags[c] & FLAG_NAMED)) continue;
          const kind = this.kind(c);
          if (kind === K_ELIF) total += 1 + this.cyclomaticIn(this.blockOf(c));
          else if (kind === K_ELSE) total += this.cyclomaticIn(this.blockOf(c));
        }
        break;
      case K_FOR:
      case K_WHILE:
        total += 1 + this.cyclomaticIn(this.blockOf(s));
        for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
          if (flags[c] & FLAG_NAMED && this.kind(c) === K_ELSE) total += this.cyclomaticIn(this.blockOf(c));
        }
        break;
      case K_TRY:
        total += this.cyclomaticIn(this.blockOf(s));
        for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
          if (!(flags[c] & FLAG_NAMED)) continue;
          const kind = this.kind(c);
          if (kind === K_EXCEPT || kind === K_EXCEPT_GROUP || kind === K_ELSE) total += 1 + this.cyclomaticIn(this.blockOf(c));
          else if (kind === K_FINALLY) total += this.cyclomaticIn(this.blockOf(c));
        }
        break;
      case K_WITH:
      case K_CLASS:
        total += this.cyclomaticIn(this.blockOf(s));
        break;
      case K_MATCH: {
        const body = this.fieldChild(s, this.shape.body);
        const host = body < 0 ? s : body;
        let last = -1;
        for (let c = host + 1, stop = end[host]; c < stop; c = end[c]) {
          if (!(flags[c] & FLAG_NAMED) || this.kind(c) !== K_CASE) continue;
          total += 1 + this.cyclomaticIn(this.blockOf(c));
          last = c;
        }
        if (last >= 0 && isIrrefutable(this.tree.node(last))) total -= 1;
        break;
      }
      case K_FUNCTION:
        total += 1 + this.cyclomaticIn(this.blockOf(s));
        break;
      case K_DECORATED: {
        const def = this.fieldChild(s, this.shape.definition);
        if (def >= 0) total += this.cyclomaticOf(def);
        break;
      }
      default:
        break;
    }
    return total;
  }

  /** McCabe's number of a function (1 and the decision points of its body's statements). */
  cyclomatic(fn: number): number {
    return 1 + this.cyclomaticIn(this.fieldChild(fn, this.shape.body));
  }

  // --- Pylint's design checker measures -------------------------------------------------------

  /** Pylint's R0913 count of a function's parameters. */
  arguments(fn: number): number {
    const params = this.fieldChild(fn, this.shape.parameters);
    if (params < 0) return 0;
    const { end, flags } = this;
    const text = this.tree.text;
    let count = 0;
    for (let p = params + 1, stop = end[params]; p < stop; p = end[p]) {
      if (!(flags[p] & FLAG_NAMED)) continue;
      let name = -1;
      const kind = this.kind(p);
      if (kind === K_IDENTIFIER) name = p;
      else if (kind === K_DEFAULT_PARAMETER) name = this.fieldChild(p, this.shape.name);
      else if (kind === K_TYPED_PARAMETER) {
        const first = this.firstNamedChild(p);
        name = first >= 0 && this.kind(first) === K_IDENTIFIER ? first : -1; // `*args: int` / `**kw: int` are splats
      }
      if (name >= 0 && !IGNORED_ARGUMENT.test(text.slice(this.tree.startIndex[name], this.tree.endIndex[name]))) count += 1;
    }
    return count;
  }

  /** `async for` / `async with`: Pylint's checkers have no visitor for these nodes. */
  private isAsync(s: number): boolean {
    return s + 1 < this.end[s] && this.tree.typeName(s + 1) === 'async';
  }

  /** A `try` with `except*` handlers (astroid's `TryStar`, which Pylint's checkers do not visit as a `try`). */
  private isTryStar(s: number): boolean {
    const { end, flags } = this;
    for (let h = s + 1, stop = end[s]; h < stop; h = end[h]) {
      if (!(flags[h] & FLAG_NAMED)) continue;
      const kind = this.kind(h);
      if (kind === K_EXCEPT_GROUP) return true;
      if (kind !== K_EXCEPT) continue;
      // The handler's second child (named or not) is the `*` of `except*`.
      const first = h + 1;
      if (first < end[h] && end[first] < end[h] && this.tree.typeName(end[first]) === '*') return true;
    }
    return false;
  }

  /** The `else` of an `if` holds one statement, an `if`: Pylint (astroid) sees the same tree as an `elif`. */
  private elseIsIf(elseClause: number): boolean {
    const block = this.blockOf(elseClause);
    if (block < 0) return false;
    const { end, flags } = this;
    let only = -1;
    for (let j = block + 1, stop = end[block]; j < stop; j = end[j]) {
      if (!(flags[j] & FLAG_NAMED) || this.kind(j) === K_COMMENT) continue;
      if (only >= 0) return false;
      only = j;
    }
    return only >= 0 && this.kind(only) === K_IF;
  }

  private nest(id: number, parent: number, elif: boolean): void {
    const stack = this.stack;
    stack.length = stack.lastIndexOf(parent) + 1;
    if (elif && stack.length > 0) stack.pop();
    stack.push(id);
    if (stack.length > this.nestedBlocks) this.nestedBlocks = stack.length;
  }

  /** The statements of a class or nested function body, its docstring left out. */
  private visitBody(definition: number): void {
    const body = this.fieldChild(definition, this.shape.body);
    if (body < 0) return;
    this.visit(body, docstringOf(this.tree.node(body)) !== undefined, NO_BLOCK, true);
  }

  /**
   * Pylint's R0912, R0915 and R1702 counts of one function, in one pass over its statements in
   * source order (the order Pylint's walker visits them):
   *
   * - branches and statements as the design checker counts them: an `if` node counts 1, plus 1 for
   *   an `else` unless the `else` holds only an `if` (an `elif` is an `if` node of its own); `for`
   *   and `while` count 1 and their `else` 1 as branches but nothing as statements; a `try` counts 1
   *   for each handler, for its `else` and for its `finally`, as branches and as statements, and
   *   each handler counts once more as a statement; `return`, the `def`/`class` lines and
   *   docstrings are no statements; `async for`, `async with`, `with`, `match` and a `try` with
   *   `except*` count 1 statement and no branch.
   * - nesting as the refactoring checker tracks it, with a stack of the open `if`/`elif`, `for`,
   *   `while` and `try` nodes: a block whose parent is on the stack goes one level deeper (an
   *   `elif` replaces its `if`); any other block (in a `with`, an `except` handler, a `match` case,
   *   an `async for`) starts the stack again at 1, and the end of a nested function empties it.
   */
  design(fn: number): DesignCounts {
    this.branches = 0;
    this.statements = 1;
    this.nestedBlocks = 0;
    this.stack.length = 0;
    const body = this.fieldChild(fn, this.shape.body);
    if (body >= 0) this.visit(body, docstringOf(this.tree.node(body)) !== undefined, NO_BLOCK, false);
    return { branches: this.branches, statements: this.statements, nestedBlocks: this.nestedBlocks };
  }

  /**
   * The statements among the named children of `p` (none when p is -1), in order; with
   * `skipFirst`, the first one that is not a comment (a docstring) is left out.
   */
  private visit(p: number, skipFirst: boolean, parent: number, inNested: boolean): void {
    if (p < 0) return;
    const { end, flags } = this;
    for (let child = p + 1, stop = end[p]; child < stop; child = end[child]) {
      if (!(flags[child] & FLAG_NAMED)) continue;
      if (skipFirst) {
        if (this.kind(child) === K_COMMENT) continue;
        skipFirst = false;
        continue;
      }
      const s = this.kind(child) === K_DECORATED ? this.fieldChild(child, this.shape.definition) : child;
      if (s < 0 || (this.kinds[this.symbol[s]] & M_STATEMENT) === 0) continue;
      this.statement(s, parent, inNested);
    }
  }

  private statement(s: number, parent: number, inNested: boolean): void {
    const { end, flags } = this;
    const type = this.kind(s);
    let b = 0;
    if (type === K_FUNCTION) {
      // The nested body's statements count for the enclosing function; its branches and depth do
      // not, and Pylint's nesting stack is empty when it ends.
      this.visitBody(s);
      this.stack.length = 0;
      return;
    } else if (type === K_CLASS) {
      this.visitBody(s);
      return;
    } else if (type === K_IF) {
      let elifs = 0;
      let elseClause = -1;
      for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
        if (!(flags[c] & FLAG_NAMED)) continue;
        const kind = this.kind(c);
        if (kind === K_ELIF) elifs++;
        else if (kind === K_ELSE && elseClause < 0) elseClause = c;
      }
      b = 1 + elifs + (elseClause >= 0 && !this.elseIsIf(elseClause) ? 1 : 0);
      this.statements += b;
      if (!inNested) this.nest(s, parent, false);
      this.visit(this.blockOf(s), false, s, inNested);
      let last = s;
      for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
        if (!(flags[c] & FLAG_NAMED) || this.kind(c) !== K_ELIF) continue;
        if (!inNested) this.nest(c, last, true);
        this.visit(this.blockOf(c), false, c, inNested);
        last = c;
      }
      if (elseClause >= 0) this.visit(this.blockOf(elseClause), false, last, inNested);
    } else if ((type === K_FOR || type === K_WHILE) && !this.isAsync(s)) {
      const elseClause = this.namedChildOfKind(s, K_ELSE);
      b = elseClause >= 0 ? 2 : 1;
      if (!inNested) this.nest(s, parent, false);
      this.visit(this.blockOf(s), false, s, inNested);
      if (elseClause >= 0) this.visit(this.blockOf(elseClause), false, s, inNested);
    } else if (type === K_TRY && !this.isTryStar(s)) {
      let handlers = 0;
      let others = 0;
      for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
        if (!(flags[c] & FLAG_NAMED)) continue;
        const kind = this.kind(c);
        if (kind === K_EXCEPT || kind === K_EXCEPT_GROUP) handlers++;
        else if (kind === K_ELSE || kind === K_FINALLY) others++;
      }
      b = others + handlers;
      this.statements += b + handlers;
      if (!inNested) this.nest(s, parent, false);
      for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
        if (!(flags[c] & FLAG_NAMED)) continue;
        const kind = this.kind(c);
        if (kind === K_BLOCK) this.visit(c, false, s, inNested);
        else if (kind === K_EXCEPT || kind === K_EXCEPT_GROUP) this.visit(this.blockOf(c), false, NO_BLOCK, inNested);
        else if (kind === K_ELSE || kind === K_FINALLY) this.visit(this.blockOf(c), false, s, inNested);
      }
    } else if (type === K_TRY) {
      let handlers = 0;
      for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
        if (!(flags[c] & FLAG_NAMED)) continue;
        const kind = this.kind(c);
        if (kind === K_EXCEPT || kind === K_EXCEPT_GROUP) handlers++;
      }
      this.statements += 1 + handlers;
      this.innerBlocks(s, inNested);
    } else {
      if (type !== K_RETURN) this.statements += 1;
      this.innerBlocks(s, inNested);
    }
    if (!inNested) this.branches += b;
  }

  /**
   * Visits the nested blocks of a statement's clauses, each as a block whose parent is no
   * nesting block: the `block` children of the statement and of its clauses, then, for a
   * `match`, the blocks of its cases.
   */
  private innerBlocks(s: number, inNested: boolean): void {
    const { end, flags } = this;
    for (let c = s + 1, stop = end[s]; c < stop; c = end[c]) {
      if (!(flags[c] & FLAG_NAMED)) continue;
      if (this.kind(c) === K_BLOCK) this.visit(c, false, NO_BLOCK, inNested);
      else if (this.kinds[this.symbol[c]] & M_CLAUSE) this.visit(this.blockOf(c), false, NO_BLOCK, inNested);
    }
    if (this.kind(s) === K_MATCH) {
      const body = this.fieldChild(s, this.shape.body);
      if (body < 0) return;
      for (let c = body + 1, stop = end[body]; c < stop; c = end[c]) {
        if (flags[c] & FLAG_NAMED && this.kind(c) === K_CASE) this.visit(this.blockOf(c), false, NO_BLOCK, inNested);
      }
    }
  }
}

/** A case pattern that matches anything: `_` or a bare capture name (an or-pattern containing one). */
function isIrrefutable(caseClause: Node): boolean {
  if (caseClause.childForFieldName('guard')) return false;
  const patterns = caseClause.namedChildren.filter((c) => c.type === 'case_pattern');
  if (patterns.length !== 1) return false;
  const text = patterns[0].text.trim();
  return text.split('|').some((alt) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(alt.trim()));
}

// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------

function isMethod(fn: Node): boolean {
  let parent = fn.parent;
  if (parent?.type === 'decorated_definition') parent = parent.parent;
  return parent?.type === 'block' && parent.parent?.type === 'class_definition';
}

/** Every metric but `cognitive` (0 here) of one function. */
function measureStatic(fn: Node): FunctionMetrics | undefined {
  const nameNode = fn.childForFieldName('name');
  if (!nameNode) return undefined;
  const measures = new StaticMeasures(fn.tree);
  const cyclomatic = measures.cyclomatic(fn.id);
  const args = measures.arguments(fn.id);
  const { branches, statements, nestedBlocks } = measures.design(fn.id);
  return { node: fn, nameNode, name: nameNode.text, cyclomatic, cognitive: 0, arguments: args, branches, statements, nestedBlocks };
}

/** All the metrics of one function, measured from its own subtree. */
export function measureFunction(fn: Node): FunctionMetrics | undefined {
  const method = isMethod(fn);
  const metrics = measureStatic(fn);
  if (metrics) metrics.cognitive = cognitiveOf(fn, metrics.name, method);
  return metrics;
}

/** Statements and clauses whose `block` child raises the cognitive nesting level. */
const NESTING_BLOCK_PARENTS = new Set(['if_statement', 'for_statement', 'while_statement', 'except_clause', 'except_group_clause']);

/** An open node of the walk (one of the types the cognitive measure visits) around the current one. */
interface Frame {
  node: Node;
  type: string;
  start: number;
  end: number;
  /** Nesting levels raised by the ancestors of this node (from the top of the file). */
  levels: number;
  /** Levels this node adds for its descendants. */
  adds: number;
  /** The function this frame opens, if it is a measured `function_definition`. */
  fn?: OpenFunction;
}

interface OpenFunction {
  metrics: FunctionMetrics;
  method: boolean;
  bodyStart: number;
  bodyEnd: number;
  /** `levels` of the nodes directly in its body: their nesting is 0. */
  base: number;
}

/**
 * Cognitive complexity of every function in the same walk (instead of one pass over each
 * function's subtree): the walk brings the nodes that count, in source order, and the nesting of
 * each follows from the open nodes around it, found by their ranges, since every type that can
 * hold a `block` is among the types visited (so a `block`'s innermost open node is its parent).
 * A node counts for every function whose body contains it, at its nesting below that body. A
 * tree with syntax errors (ERROR and zero-width MISSING nodes break the reasoning by ranges) is
 * measured function by function from the subtrees instead.
 */
export const complexity: Analysis<ComplexityModel> = {
  name: 'complexity',
  create(context: FileContext) {
    const functions: FunctionMetrics[] = [];
    if (context.tree.rootNode.hasError) {
      return {
        function_definition(node: Node) {
          const metrics = measureFunction(node);
          if (metrics) functions.push(metrics);
        },
        end() {
          context.setAnalysis<ComplexityModel>('complexity', { functions });
        },
      };
    }

    const source = context.text;
    const open: Frame[] = [];
    const functionsOpen: OpenFunction[] = [];
    const enter = (node: Node): Frame => {
      const type = node.type;
      const start = node.startIndex;
      const end = node.endIndex;
      while (open.length > 0) {
        const top = open[open.length - 1];
        if (top.start <= start && end <= top.end) break;
        open.pop();
        if (top.fn) functionsOpen.pop();
      }
      const parent = open.length > 0 ? open[open.length - 1] : undefined;
      const levels = parent ? parent.levels + parent.adds : 0;
      const frame: Frame = { node, type, start, end, levels, adds: 0 };
      open.push(frame);
      return frame;
    };
    /** Adds to every open function whose body holds `frame`: `fixed`, plus the nesting when `nested`. */
    const count = (frame: Frame, fixed: number, nested: boolean): void => {
      for (const fn of functionsOpen) {
        if (frame.start < fn.bodyStart || frame.end > fn.bodyEnd) continue;
        fn.metrics.cognitive += fixed + (nested ? frame.levels - fn.base : 0);
      }
    };
    const decision = (node: Node): void => void count(enter(node), 1, true);

    const visitor: Visitor = {
      function_definition(node: Node) {
        const frame = enter(node);
        frame.adds = 1;
        // A function's parent is a block or a decorated definition in one: a method when that block is a class body.
        const parent = open.length > 1 ? open[open.length - 2] : undefined;
        const method = parent?.type === 'block' && open.length > 2 && open[open.length - 3].type === 'class_definition';
        const metrics = measureStatic(node);
        if (!metrics) return;
        functions.push(metrics);
        const body = node.childForFieldName('body');
        if (!body) return;
        frame.fn = { metrics, method, bodyStart: body.startIndex, bodyEnd: body.endIndex, base: frame.levels + 1 };
        functionsOpen.push(frame.fn);
      },
      lambda(node: Node) {
        enter(node).adds = 1;
      },
      block(node: Node) {
        const frame = enter(node);
        const parent = open.length > 1 ? open[open.length - 2] : undefined;
        if (!parent) return;
        if (NESTING_BLOCK_PARENTS.has(parent.type)) frame.adds = 1;
        else if (parent.type === 'elif_clause' || parent.type === 'else_clause') {
          const grandparent = open.length > 2 ? open[open.length - 3] : undefined;
          if (grandparent?.type !== 'try_statement') frame.adds = 1;
        }
      },
      if_statement: decision,
      for_statement: decision,
      while_statement: decision,
      except_clause: decision,
      except_group_clause: decision,
      elif_clause(node: Node) {
        count(enter(node), 1, false);
      },
      else_clause(node: Node) {
        // An `else` of a `try` is no decision; of an `if` or a loop it is.
        const frame = enter(node);
        const parent = open.length > 1 ? open[open.length - 2] : undefined;
        if (parent?.type !== 'try_statement') count(frame, 1, false);
      },
      match_statement(node: Node) {
        const frame = enter(node);
        count(frame, 1, true);
        frame.adds = 1;
      },
      conditional_expression(node: Node) {
        const frame = enter(node);
        count(frame, 1, true);
        frame.adds = 1;
      },
      boolean_operator(node: Node) {
        // +1 for each sequence of like operators: not when the parent is a boolean operator with
        // the same operator (the parent, a visited type, would be the innermost open node; the
        // innermost one may also be an ancestor further up, with calls and other types between).
        const frame = enter(node);
        const around = open.length > 1 ? open[open.length - 2] : undefined;
        if (around?.type === 'boolean_operator' && node.parent?.id === around.node.id && booleanOperator(around.node) === booleanOperator(node)) return;
        count(frame, 1, false);
      },
      call(node: Node) {
        // Calls raise no nesting and hold no block: they need no frame, and a call that starts
        // in a function's body is inside it (`functionsOpen` may still hold functions that ended).
        const start = node.startIndex;
        for (const fn of functionsOpen) {
          if (start < fn.bodyStart || start >= fn.bodyEnd) continue;
          if (isRecursiveCall(node, start, fn.metrics.name, fn.method, source)) fn.metrics.cognitive += 1;
        }
      },
      end() {
        context.setAnalysis<ComplexityModel>('complexity', { functions });
      },
    };
    for (const type of ['class_definition', 'try_statement', 'finally_clause', 'with_statement', 'case_clause'] as const) {
      visitor[type] = enter;
    }
    return visitor;
  },
};

/** `f(...)` in `f`, or `self.m(...)`/`cls.m(...)` in method `m`. */
function isRecursiveCall(call: Node, start: number, name: string, method: boolean, source: string): boolean {
  if (!mayBeRecursive(start, name, method, source)) return false;
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return !method && callee.text === name;
  if (callee?.type === 'attribute' && method) {
    const object = callee.childForFieldName('object');
    const attr = callee.childForFieldName('attribute');
    return object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') && attr?.text === name;
  }
  return false;
}

const ASCII_NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * False when the call's source text shows it is not `name(...)` (or, in a method,
 * `self.name(...)`/`cls.name(...)`); true when it may be. The callee starts where the call
 * starts, and an identifier followed by an ASCII name character is longer than the one written
 * before it. Unusual spacing (`self . name`) is left to the tree.
 */
function mayBeRecursive(start: number, name: string, method: boolean, source: string): boolean {
  if (!method) return source.startsWith(name, start) && !ASCII_NAME_CHAR.test(source.charAt(start + name.length));
  let dot: number;
  if (source.startsWith('self', start)) dot = start + 4;
  else if (source.startsWith('cls', start)) dot = start + 3;
  else return false;
  const after = source.charAt(dot);
  if (after !== '.') return !ASCII_NAME_CHAR.test(after);
  const attribute = dot + 1;
  if (!ASCII_NAME_CHAR.test(source.charAt(attribute))) return true;
  return source.startsWith(name, attribute) && !ASCII_NAME_CHAR.test(source.charAt(attribute + name.length));
}
