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
import type { Analysis } from '../rules/types';

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

const named = (node: Node | null | undefined): Node[] => (node ? (node.namedChildren.filter(Boolean) as Node[]) : []);
const ofType = (node: Node, type: string): Node[] => named(node).filter((c) => c.type === type);
const blockOf = (node: Node | null | undefined): Node | null => {
  if (!node) return null;
  return node.childForFieldName('body') ?? node.childForFieldName('consequence') ?? named(node).find((c) => c.type === 'block') ?? null;
};
const statementsOf = (node: Node | null | undefined): Node[] => named(blockOf(node));

/** Except clauses of a try statement (plain and `except*`). */
const handlersOf = (tryNode: Node): Node[] => named(tryNode).filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause');

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
    switch (s.type) {
      case 'if_statement':
        total += 1 + cyclomaticOf(statementsOf(s));
        for (const clause of named(s)) {
          if (clause.type === 'elif_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'else_clause') total += cyclomaticOf(statementsOf(clause));
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
          if (clause.type === 'except_clause' || clause.type === 'except_group_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'else_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'finally_clause') total += cyclomaticOf(statementsOf(clause));
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
    for (const child of named(node)) stack.push([child, level(child)]);
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
    if (p.type === 'identifier') nameNode = p;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') nameNode = p.childForFieldName('name');
    else if (p.type === 'typed_parameter') {
      const first = p.firstNamedChild;
      nameNode = first?.type === 'identifier' ? first : null; // `*args: int` / `**kw: int` are splats
    }
    if (nameNode && !IGNORED_ARGUMENT.test(nameNode.text)) count += 1;
  }
  return count;
}

/** Pylint's branch count of one compound statement (0 for others). */
function branchesOfStatement(s: Node): number {
  switch (s.type) {
    case 'if_statement':
      return 1 + named(s).filter((c) => c.type === 'elif_clause' || c.type === 'else_clause').length;
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
    if (c.type === 'block') out.push(c);
    else if (/_clause$/.test(c.type)) {
      const b = blockOf(c);
      if (b) out.push(b);
    }
  }
  if (s.type === 'match_statement') {
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
  return node.type.endsWith('_statement') || node.type === 'function_definition' || node.type === 'class_definition';
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
      const s = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (!s || !isStatement(s)) continue;
      if (s.type === 'function_definition' || s.type === 'class_definition') {
        // The nested body's statements count for the enclosing function; its branches and depth do not.
        const body = s.childForFieldName('body');
        if (body) visit(body, 0, true);
        continue;
      }
      if (BRANCHING.has(s.type)) {
        const b = branchesOfStatement(s);
        if (!inNested) branches += b;
        statements += b;
        if (s.type === 'try_statement') statements += handlersOf(s).length;
      } else statements += 1;
      const nests = NESTING.has(s.type);
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

export function measureFunction(fn: Node): FunctionMetrics | undefined {
  const nameNode = fn.childForFieldName('name');
  if (!nameNode) return undefined;
  const name = nameNode.text;
  const body = fn.childForFieldName('body');
  return {
    node: fn,
    nameNode,
    name,
    cyclomatic: 1 + cyclomaticOf(named(body)),
    cognitive: cognitiveOf(fn, name, isMethod(fn)),
    arguments: argumentsOf(fn),
    ...designOf(fn),
  };
}

export const complexity: Analysis<ComplexityModel> = {
  name: 'complexity',
  create(context: FileContext) {
    const functions: FunctionMetrics[] = [];
    return {
      function_definition(node: Node) {
        const metrics = measureFunction(node);
        if (metrics) functions.push(metrics);
      },
      end() {
        context.setAnalysis<ComplexityModel>('complexity', { functions });
      },
    };
  },
};
