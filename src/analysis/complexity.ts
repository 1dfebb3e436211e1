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
import type { SyntaxNode as Node } from '../engine/tree';
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

/**
 * What the statement-level measures read of a node more than once, kept by node id while one
 * function is measured: the cyclomatic and design measures walk the same statements, and a
 * node's named children are an array built on each read.
 */
interface TreeMemo {
  children: Map<number, Node[]>;
  blocks: Map<number, Node | null>;
  /** No syntax error in the tree: the `body`/`consequence` of a node is its one `block` child. */
  clean: boolean;
}
const memos = new WeakMap<object, TreeMemo>();
function memoOf(node: Node): TreeMemo {
  let memo = memos.get(node.tree);
  if (!memo) memos.set(node.tree, (memo = { children: new Map(), blocks: new Map(), clean: !node.tree.rootNode.hasError }));
  return memo;
}

/** `node.type` (a read of the flat tree's arrays). */
const typeOf = (node: Node): string => node.type;

/** The named children, memoised (callers do not modify the array). */
const named = (node: Node | null | undefined): Node[] => {
  if (!node) return [];
  const children = memoOf(node).children;
  let list = children.get(node.id);
  if (!list) children.set(node.id, (list = node.namedChildren.filter(Boolean) as Node[]));
  return list;
};
const ofType = (node: Node, type: string): Node[] => named(node).filter((c) => typeOf(c) === type);
const blockOf = (node: Node | null | undefined): Node | null => {
  if (!node) return null;
  const memo = memoOf(node);
  let block = memo.blocks.get(node.id);
  if (block === undefined) {
    // Every field that holds a block (`body`, `consequence`) holds only that, and no node has two
    // block children (tree-sitter-python's node-types.json), unless error recovery made the tree.
    const first = named(node).find((c) => typeOf(c) === 'block') ?? null;
    block = memo.clean ? first : (node.childForFieldName('body') ?? node.childForFieldName('consequence') ?? first);
    memo.blocks.set(node.id, block);
  }
  return block;
};
const statementsOf = (node: Node | null | undefined): Node[] => named(blockOf(node));

/** Except clauses of a try statement (plain and `except*`). */
const handlersOf = (tryNode: Node): Node[] => named(tryNode).filter((c) => typeOf(c) === 'except_clause' || typeOf(c) === 'except_group_clause');

// ---------------------------------------------------------------------------------------------
// Cyclomatic (Ruff C901)
// ---------------------------------------------------------------------------------------------

/** A case pattern that matches anything: `_` or a bare capture name (an or-pattern containing one). */
function isIrrefutable(caseClause: Node): boolean {
  if (caseClause.childForFieldName('guard')) return false;
  const patterns = ofType(caseClause, 'case_pattern');
  if (patterns.length !== 1) return false;
  const text = patterns[0].text.trim();
  return text.split('|').some((alt) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(alt.trim()));
}

function cyclomaticOf(statements: Node[]): number {
  let total = 0;
  for (const s of statements) {
    switch (typeOf(s)) {
      case 'if_statement':
        total += 1 + cyclomaticOf(statementsOf(s));
        for (const clause of named(s)) {
          if (typeOf(clause) === 'elif_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (typeOf(clause) === 'else_clause') total += cyclomaticOf(statementsOf(clause));
        }
        break;
      case 'for_statement':
      case 'while_statement':
        total += 1 + cyclomaticOf(statementsOf(s));
        for (const clause of ofType(s, 'else_clause')) total += cyclomaticOf(statementsOf(clause));
        break;
      case 'try_statement':
        total += cyclomaticOf(statementsOf(s));
        for (const clause of named(s)) {
          if (typeOf(clause) === 'except_clause' || typeOf(clause) === 'except_group_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (typeOf(clause) === 'else_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (typeOf(clause) === 'finally_clause') total += cyclomaticOf(statementsOf(clause));
        }
        break;
      case 'with_statement':
      case 'class_definition':
        total += cyclomaticOf(statementsOf(s));
        break;
      case 'match_statement': {
        const cases = ofType(s.childForFieldName('body') ?? s, 'case_clause');
        for (const c of cases) total += 1 + cyclomaticOf(statementsOf(c));
        if (cases.length > 0 && isIrrefutable(cases[cases.length - 1])) total -= 1;
        break;
      }
      case 'function_definition':
        total += 1 + cyclomaticOf(statementsOf(s));
        break;
      case 'decorated_definition': {
        const def = s.childForFieldName('definition');
        if (def) total += cyclomaticOf([def]);
        break;
      }
      default:
        break;
    }
  }
  return total;
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

// ---------------------------------------------------------------------------------------------
// Pylint's design checker measures
// ---------------------------------------------------------------------------------------------

const IGNORED_ARGUMENT = /^_|^ignored_|^unused_/;

function argumentsOf(fn: Node): number {
  let count = 0;
  for (const p of named(fn.childForFieldName('parameters'))) {
    let nameNode: Node | null = null;
    if (typeOf(p) === 'identifier') nameNode = p;
    else if (typeOf(p) === 'default_parameter' || typeOf(p) === 'typed_default_parameter') nameNode = p.childForFieldName('name');
    else if (typeOf(p) === 'typed_parameter') {
      const first = p.firstNamedChild;
      nameNode = first?.type === 'identifier' ? first : null; // `*args: int` / `**kw: int` are splats
    }
    if (nameNode && !IGNORED_ARGUMENT.test(nameNode.text)) count += 1;
  }
  return count;
}

/** Nested blocks of a statement's clauses: the `block` children of the statement and its clauses. */
function innerBlocks(s: Node): Node[] {
  const out: Node[] = [];
  for (const c of named(s)) {
    if (typeOf(c) === 'block') out.push(c);
    else if (/_clause$/.test(typeOf(c))) {
      const b = blockOf(c);
      if (b) out.push(b);
    }
  }
  if (typeOf(s) === 'match_statement') {
    const body = s.childForFieldName('body');
    for (const c of body ? ofType(body, 'case_clause') : []) {
      const b = blockOf(c);
      if (b) out.push(b);
    }
  }
  return out;
}

/** `async for` / `async with`: Pylint's checkers have no visitor for these nodes. */
const isAsync = (s: Node): boolean => s.child(0)?.type === 'async';

/** A `try` with `except*` handlers (astroid's `TryStar`, which Pylint's checkers do not visit as a `try`). */
const isTryStar = (s: Node): boolean => handlersOf(s).some((h) => typeOf(h) === 'except_group_clause' || h.child(1)?.type === '*');

/** The statements of a block, comments left out. */
const statementsIn = (block: Node | null): Node[] => named(block).filter((c) => typeOf(c) !== 'comment');

/** The `else` of an `if` holds one statement, an `if`: Pylint (astroid) sees the same tree as an `elif`. */
function elseIsIf(elseClause: Node): boolean {
  const inside = statementsIn(blockOf(elseClause));
  return inside.length === 1 && typeOf(inside[0]) === 'if_statement';
}

function isStatement(node: Node): boolean {
  const type = typeOf(node);
  return type.endsWith('_statement') || type === 'function_definition' || type === 'class_definition';
}

interface DesignCounts {
  branches: number;
  statements: number;
  nestedBlocks: number;
}

/** Parent of the statements of a block that is no nesting block (Pylint's nesting stack never holds it). */
const NO_BLOCK = -1;

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
function designOf(fn: Node): DesignCounts {
  let branches = 0;
  let statements = 1;
  let nestedBlocks = 0;
  const stack: number[] = [];
  const nest = (id: number, parent: number, elif: boolean): void => {
    stack.length = stack.lastIndexOf(parent) + 1;
    if (elif && stack.length > 0) stack.pop();
    stack.push(id);
    if (stack.length > nestedBlocks) nestedBlocks = stack.length;
  };
  const visitBody = (definition: Node): void => {
    const body = definition.childForFieldName('body');
    if (!body) return;
    const inside = statementsIn(body);
    visit(docstringOf(body) ? inside.slice(1) : inside, NO_BLOCK, true);
  };
  const visit = (list: Node[], parent: number, inNested: boolean): void => {
    for (const child of list) {
      const s = typeOf(child) === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (!s || !isStatement(s)) continue;
      const type = typeOf(s);
      let b = 0;
      if (type === 'function_definition') {
        // The nested body's statements count for the enclosing function; its branches and depth do
        // not, and Pylint's nesting stack is empty when it ends.
        visitBody(s);
        stack.length = 0;
        continue;
      } else if (type === 'class_definition') {
        visitBody(s);
        continue;
      } else if (type === 'if_statement') {
        const clauses = named(s);
        const elifs = clauses.filter((c) => typeOf(c) === 'elif_clause');
        const elseClause = clauses.find((c) => typeOf(c) === 'else_clause');
        b = 1 + elifs.length + (elseClause && !elseIsIf(elseClause) ? 1 : 0);
        statements += b;
        if (!inNested) nest(s.id, parent, false);
        visit(statementsOf(s), s.id, inNested);
        let last = s.id;
        for (const elif of elifs) {
          if (!inNested) nest(elif.id, last, true);
          visit(statementsOf(elif), elif.id, inNested);
          last = elif.id;
        }
        if (elseClause) visit(statementsOf(elseClause), last, inNested);
      } else if ((type === 'for_statement' || type === 'while_statement') && !isAsync(s)) {
        const elseClause = ofType(s, 'else_clause')[0];
        b = elseClause ? 2 : 1;
        if (!inNested) nest(s.id, parent, false);
        visit(statementsOf(s), s.id, inNested);
        if (elseClause) visit(statementsOf(elseClause), s.id, inNested);
      } else if (type === 'try_statement' && !isTryStar(s)) {
        const handlers = handlersOf(s);
        b = named(s).filter((c) => typeOf(c) === 'else_clause' || typeOf(c) === 'finally_clause').length + handlers.length;
        statements += b + handlers.length;
        if (!inNested) nest(s.id, parent, false);
        for (const c of named(s)) {
          if (typeOf(c) === 'block') visit(named(c), s.id, inNested);
          else if (typeOf(c) === 'except_clause' || typeOf(c) === 'except_group_clause') visit(statementsOf(c), NO_BLOCK, inNested);
          else if (typeOf(c) === 'else_clause' || typeOf(c) === 'finally_clause') visit(statementsOf(c), s.id, inNested);
        }
      } else if (type === 'try_statement') {
        statements += 1 + handlersOf(s).length;
        for (const block of innerBlocks(s)) visit(named(block), NO_BLOCK, inNested);
      } else {
        if (type !== 'return_statement') statements += 1;
        for (const block of innerBlocks(s)) visit(named(block), NO_BLOCK, inNested);
      }
      if (!inNested) branches += b;
    }
  };
  const body = fn.childForFieldName('body');
  if (body) {
    const inside = statementsIn(body);
    visit(docstringOf(body) ? inside.slice(1) : inside, NO_BLOCK, false);
  }
  return { branches, statements, nestedBlocks };
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
  const body = fn.childForFieldName('body');
  const metrics: FunctionMetrics = {
    node: fn,
    nameNode,
    name: nameNode.text,
    cyclomatic: 1 + cyclomaticOf(named(body)),
    cognitive: 0,
    arguments: argumentsOf(fn),
    ...designOf(fn),
  };
  // Kept for one function only: objects that outlive it would cost the garbage collector more.
  memos.delete(fn.tree);
  return metrics;
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
