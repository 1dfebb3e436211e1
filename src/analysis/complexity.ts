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
 * - `branches`: Pylint's R0912 count, nested functions excluded: `if` 1, each `elif` 1, an `else`
 *   1; `for`/`while` 1 and their `else` 1; each `except` handler 1 and the `else` of a `try` 1.
 * - `statements`: Pylint's R0915 count: 1 for the function, 1 for each statement in its body at any
 *   depth (nested function bodies included, the nested `def`/`class` line itself not), where an
 *   `if`, loop or `try` counts as its branches (so an `if` with an `else` counts 2) and each
 *   `except` handler also counts as a statement.
 * - `nestedBlocks`: Pylint's R1702 depth: the deepest nesting of `if`, `for`, `while`, `try` and
 *   `with` blocks in the function (an `elif` stays at the level of its `if`), nested functions
 *   excluded.
 */
import type { Node } from 'web-tree-sitter';
import type { FileContext } from '../engine/context';
import type { Analysis, Visitor } from '../rules/types';

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
 * What the statement-level measures read of a node, kept by node id while one function is
 * measured: the cyclomatic and design measures walk the same statements. Each read is a call into
 * WebAssembly; a map lookup is not.
 */
interface TreeMemo {
  children: Map<number, Node[]>;
  types: Map<number, string>;
  blocks: Map<number, Node | null>;
  /** No syntax error in the tree: the `body`/`consequence` of a node is its one `block` child. */
  clean: boolean;
}
const memos = new WeakMap<object, TreeMemo>();
function memoOf(node: Node): TreeMemo {
  let memo = memos.get(node.tree);
  if (!memo) memos.set(node.tree, (memo = { children: new Map(), types: new Map(), blocks: new Map(), clean: !node.tree.rootNode.hasError }));
  return memo;
}

/** `node.type`, memoised. */
function typeOf(node: Node): string {
  const types = memoOf(node).types;
  let type = types.get(node.id);
  if (type === undefined) types.set(node.id, (type = node.type));
  return type;
}

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

/** Pylint's branch count of one compound statement (0 for others). */
function branchesOfStatement(s: Node): number {
  switch (typeOf(s)) {
    case 'if_statement':
      return 1 + named(s).filter((c) => typeOf(c) === 'elif_clause' || typeOf(c) === 'else_clause').length;
    case 'for_statement':
    case 'while_statement':
      return 1 + ofType(s, 'else_clause').length;
    case 'try_statement':
      return handlersOf(s).length + ofType(s, 'else_clause').length;
    default:
      return 0;
  }
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

const BRANCHING = new Set(['if_statement', 'for_statement', 'while_statement', 'try_statement']);
const NESTING = new Set(['if_statement', 'for_statement', 'while_statement', 'try_statement', 'with_statement']);

function isStatement(node: Node): boolean {
  const type = typeOf(node);
  return type.endsWith('_statement') || type === 'function_definition' || type === 'class_definition';
}

interface DesignCounts {
  branches: number;
  statements: number;
  nestedBlocks: number;
}

function designOf(fn: Node): DesignCounts {
  let branches = 0;
  let statements = 1;
  let nestedBlocks = 0;
  const visit = (block: Node, depth: number, inNested: boolean): void => {
    for (const child of named(block)) {
      const s = typeOf(child) === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (!s || !isStatement(s)) continue;
      if (typeOf(s) === 'function_definition' || typeOf(s) === 'class_definition') {
        // The nested body's statements count for the enclosing function; its branches and depth do not.
        const body = s.childForFieldName('body');
        if (body) visit(body, 0, true);
        continue;
      }
      if (BRANCHING.has(typeOf(s))) {
        const b = branchesOfStatement(s);
        if (!inNested) branches += b;
        statements += b;
        if (typeOf(s) === 'try_statement') statements += handlersOf(s).length;
      } else statements += 1;
      const nests = NESTING.has(typeOf(s));
      const inner = nests ? depth + 1 : depth;
      if (!inNested && inner > nestedBlocks) nestedBlocks = inner;
      for (const b of innerBlocks(s)) visit(b, inner, inNested);
    }
  };
  const body = fn.childForFieldName('body');
  if (body) visit(body, 0, false);
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
