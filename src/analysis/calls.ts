/**
 * Call-name resolution: which function does each call in a file call, as a dotted, fully
 * qualified name (`subprocess.Popen`, `os.path.join`, `builtins.eval`), seen through the file's
 * imports and aliases. Security rules ask it "is this call `subprocess.Popen`?" without caring
 * whether the source wrote `subprocess.Popen`, `sp.Popen` or `P`.
 *
 * ## Using it from a rule
 *
 *   uses: [calls],
 *   create(context) {
 *     return {
 *       end() {
 *         const model = context.analysis<CallModel>('calls');
 *         for (const call of model.callsTo(['subprocess.Popen', 'subprocess.run'])) {
 *           const shell = keywordValue(call.node, 'shell');
 *           if (shell && truthiness(shell) === true) context.report(meta, call.callee, '...');
 *         }
 *       },
 *     };
 *   }
 *
 * ## The model (`CallModel`, published at the end of the walk)
 *
 * - `calls`: every `call` node of the file, in source order, as a `CallSite`: the call node, its
 *   callee, its argument list, `qualifiedName` (undefined when unsure) and `writtenName` (the
 *   callee as written, when it is a dotted chain of names).
 * - `callsTo(names)`: the calls whose qualified name is one of `names`.
 * - `callAt(node)`: the `CallSite` of a `call` node.
 * - `resolve(expression)`: the qualified name of any name or attribute chain in the file (a
 *   keyword argument's value such as `yaml.SafeLoader`, a decorator, ...), or undefined.
 * - `assumedName` (on each call), `callsToAssumed(names)`, `resolveAssumed(expression)`: the same
 *   with star imports assumed to bind nothing, as Bandit and Ruff assume (`from tkinter import *`
 *   then `exec(x)` is `builtins.exec`). The security rules use these readings.
 *
 * The model holds tree-sitter nodes: read it in the rule's `end`, before the engine frees the
 * tree, and keep no nodes afterwards.
 *
 * ## Argument and literal helpers (plain functions, no model needed)
 *
 * - `positionalArguments(call)`, `keywordArgument(call, name)`, `keywordValue(call, name)`,
 *   `argumentAt(call, index, keyword?)`, `hasArgumentSplat(call)`, `unparenthesize(node)`.
 * - `stringLiteralValue(node, { allowBytes? })` / `isPlainStringLiteral(node, ...)`: a string
 *   with no interpolation (plain, raw, or an f-string without `{}` fields), or a concatenation of
 *   such strings (implicit `"a" "b"` or `+`), parentheses allowed.
 * - `truthiness(node)`: `true`/`false` when the node is a constant whose truth value is known
 *   (`True`, `1`, `"x"`, `[1]`, `not False`, ... / `False`, `None`, `0`, `""`, `[]`, `{}`, ...),
 *   `undefined` otherwise; `isTruthyConstant`, `isFalsyConstant` are shorthands.
 *
 * ## Resolution semantics (conservative: when unsure, the name stays unresolved)
 *
 * - `import a.b.c` binds `a` to `a`; `import a.b as x` binds `x` to `a.b`; `from a.b import c as
 *   d` binds `d` to `a.b.c`. Attribute chains are appended to the root's name, so `import
 *   os.path; os.path.join()` is `os.path.join`. Relative imports (`from . import x`) stay
 *   unresolved: the package is not known.
 * - A plain alias assignment, `run = subprocess.run` (right side a name or attribute chain, not
 *   a call), binds `run` to whatever the right side resolves to where it stands.
 * - Python's scopes: module, class, function, lambda and comprehension. A name bound anywhere in a
 *   function is local to all of it; class bodies are invisible to the functions they contain;
 *   `global` and `nonlocal` send bindings to the scope they name; names bound nowhere resolve to
 *   `builtins.<name>` when they are Python builtins.
 * - Which bindings reach a use: for a use in the same scope as the bindings (module code, or a
 *   function using its own local import), the bindings that come before it in the text, plus
 *   bindings later in a loop that also contains the use. For a use in a nested function (which
 *   runs at some unknown later time), every binding of the enclosing scope.
 * - The name resolves only if every reaching binding gives the same qualified name. For a name
 *   that is called or has an attribute read, bindings to `None` are ignored (the use would fail
 *   on `None`, so it did not go through one: this keeps `try: import x / except ImportError: x =
 *   None` resolved); `resolve()` of a bare name passed as a value keeps them. A star
 *   import counts as an unknown binding of every name unless an explicit binding follows it. So
 *   `import subprocess` followed by `subprocess = other` leaves later uses, and uses in functions,
 *   unresolved.
 * - Not modelled (assumed not to rebind names): `del`, `exec`, `globals()[...]`, attribute
 *   assignment to modules, and names captured by `match` patterns other than plain captures.
 */
import type { SyntaxNode as Node } from '../engine/tree';
import type { FileContext } from '../engine/context';
import type { Analysis, Visitor } from '../rules/types';
import { asciiIdentifierAt } from './names';

// ---------------------------------------------------------------------------------------------
// Public model

export interface CallSite {
  /** The `call` node. */
  readonly node: Node;
  /** The callee expression (the call's `function` field). */
  readonly callee: Node;
  /** `argument_list`, or the `generator_expression` of `f(x for x in y)`; null if missing. */
  readonly args: Node | null;
  /** Fully qualified dotted name of the callee, or undefined when it cannot be resolved surely. */
  readonly qualifiedName: string | undefined;
  /** The callee as written when it is a dotted chain of names (`sp.Popen`), else undefined. */
  readonly writtenName: string | undefined;
  /**
   * The qualified name when star imports (`from m import *`) are assumed not to rebind it, as
   * Bandit and Ruff assume: `from tkinter import *` then `exec(x)` is `builtins.exec`. Equal to
   * `qualifiedName` whenever no star import is involved.
   */
  readonly assumedName: string | undefined;
}

export interface CallModel {
  /** Every call of the file, in source order. */
  readonly calls: readonly CallSite[];
  /** The calls whose qualified name is one of `names`, in source order. */
  callsTo(names: Iterable<string>): CallSite[];
  /** Like `callsTo`, by `assumedName`: star imports are assumed not to rebind the callee. */
  callsToAssumed(names: Iterable<string>): CallSite[];
  /** The call site of a `call` node, if it is one. */
  callAt(node: Node): CallSite | undefined;
  /** Qualified name of a name or attribute chain anywhere in the file, or undefined. */
  resolve(expression: Node): string | undefined;
  /** Like `resolve`, with star imports assumed not to rebind names. */
  resolveAssumed(expression: Node): string | undefined;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

/** Named children of a node, without comments (tree-sitter keeps comments as named nodes). */
function namedChildrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (const child of node.namedChildren) if (child && child.type !== 'comment') out.push(child);
  return out;
}

function argumentsOf(call: Node): Node | null {
  return call.type === 'call' ? call.childForFieldName('arguments') : null;
}

/**
 * Positional arguments in order. `*args` appear as `list_splat` nodes, where they stand; the
 * argument of `f(x for x in y)` is its `generator_expression`.
 */
export function positionalArguments(call: Node): Node[] {
  const args = argumentsOf(call);
  if (!args) return [];
  if (args.type === 'generator_expression') return [args];
  return namedChildrenOf(args).filter((n) => n.type !== 'keyword_argument' && n.type !== 'dictionary_splat');
}

/** A call's explicit keyword arguments by name (the first one of each name), with their values once asked for. */
type Keywords = Map<string, { argument: Node; value?: Node | null }>;

const NO_KEYWORDS: Keywords = new Map();

/**
 * Key of the tree's cache of keyword arguments by call: rules ask the same call for several
 * keywords, so the argument list is read once per call.
 */
const KEYWORDS = {};

function keywordsOf(call: Node): Keywords {
  const cache = call.tree.memo<Keywords>(KEYWORDS);
  let keywords = cache.get(call.id);
  if (keywords) return keywords;
  keywords = NO_KEYWORDS;
  const args = argumentsOf(call);
  if (args && args.type === 'argument_list') {
    for (const child of namedChildrenOf(args)) {
      if (child.type !== 'keyword_argument') continue;
      const name = child.childForFieldName('name')?.text;
      if (name === undefined) continue;
      if (keywords === NO_KEYWORDS) keywords = new Map();
      if (!keywords.has(name)) keywords.set(name, { argument: child });
    }
  }
  cache.set(call.id, keywords);
  return keywords;
}

/** The `keyword_argument` node `name=...` of a call, if written explicitly. */
export function keywordArgument(call: Node, name: string): Node | undefined {
  return keywordsOf(call).get(name)?.argument;
}

/** The value node of keyword argument `name=...`, if written explicitly. */
export function keywordValue(call: Node, name: string): Node | undefined {
  const entry = keywordsOf(call).get(name);
  if (!entry) return undefined;
  if (entry.value === undefined) entry.value = entry.argument.childForFieldName('value');
  return entry.value ?? undefined;
}

/** True when the call unpacks arguments (`*args` or `**kwargs`), which may hide any parameter. */
export function hasArgumentSplat(call: Node): boolean {
  const args = argumentsOf(call);
  if (!args || args.type !== 'argument_list') return false;
  return namedChildrenOf(args).some((n) => n.type === 'list_splat' || n.type === 'dictionary_splat');
}

/**
 * The argument for the parameter at `index` (0-based) that may also be passed as `keyword`:
 * the positional argument there, else the keyword's value. When a `*args` splat stands at or
 * before `index`, that `list_splat` node is returned: the argument is somewhere in it, unknown.
 * Undefined when the argument is not written (it may still hide in a `**kwargs`).
 */
export function argumentAt(call: Node, index: number, keyword?: string): Node | undefined {
  const positional = positionalArguments(call);
  for (let i = 0; i < positional.length; i++) {
    if (positional[i].type === 'list_splat' || i === index) return positional[i];
  }
  return keyword === undefined ? undefined : keywordValue(call, keyword);
}

// ---------------------------------------------------------------------------------------------
// Literal helpers

/** Strips redundant parentheses: `(("x"))` -> `"x"`. */
export function unparenthesize(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = namedChildrenOf(current);
    if (inner.length !== 1) break;
    current = inner[0];
  }
  return current;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the backslash escapes of a non-raw Python string body (unknown escapes stay as written). */
function decodeEscapes(body: string, bytes: boolean): string {
  return body.replace(/\\(\r\n|\n|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (whole, esc: string) => {
    if (esc === '\n' || esc === '\r\n') return '';
    if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc];
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (!bytes && (esc[0] === 'u' || esc[0] === 'U')) {
      const code = parseInt(esc.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}

/** Value of one `string` node with no interpolation; undefined for f-string fields, t-strings, bytes (unless allowed). */
function singleStringValue(node: Node, allowBytes: boolean): string | undefined {
  const children = node.namedChildren;
  const types = children.map((c) => c?.type);
  const start = children[types.indexOf('string_start')];
  const end = children[types.indexOf('string_end')];
  if (!start || !end) return undefined;
  const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
  if (prefix.includes('t')) return undefined; // template strings (3.14) are not str
  const bytes = prefix.includes('b');
  if (bytes && !allowBytes) return undefined;
  if (types.includes('interpolation')) return undefined;
  let body = node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
  if (!prefix.includes('r')) body = decodeEscapes(body, bytes);
  if (prefix.includes('f')) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return body;
}

/**
 * The value of a string literal with no interpolation: a plain or raw string, an f-string
 * without fields, or a concatenation of such strings (implicit `"a" "b"`, or `"a" + "b"`), in
 * parentheses or not. Bytes literals count only with `allowBytes`. Undefined for anything else.
 */
export function stringLiteralValue(node: Node, options: { allowBytes?: boolean } = {}): string | undefined {
  const allowBytes = options.allowBytes ?? false;
  // Several rules ask for the value of the same node (each string the walk visits).
  const cache = node.tree.memo<string | undefined>(allowBytes ? BYTES_LITERALS : LITERALS);
  if (cache.has(node.id)) return cache.get(node.id);
  const value = literalValue(node, allowBytes);
  cache.set(node.id, value);
  return value;
}

/** Keys of the tree's caches of literal values (undefined: not a plain literal). */
const LITERALS = {};
const BYTES_LITERALS = {};

function literalValue(node: Node, allowBytes: boolean): string | undefined {
  const options = { allowBytes };
  const expr = unparenthesize(node);
  switch (expr.type) {
    case 'string':
      return singleStringValue(expr, allowBytes);
    case 'concatenated_string': {
      let value = '';
      for (const part of namedChildrenOf(expr)) {
        const piece = part.type === 'string' ? singleStringValue(part, allowBytes) : undefined;
        if (piece === undefined) return undefined;
        value += piece;
      }
      return value;
    }
    case 'binary_operator': {
      // `a + b + c` nests to the left: walk down the left spine instead of recursing, so a
      // concatenation of any length cannot overflow the stack.
      const rights: Node[] = [];
      let current: Node = expr;
      while (current.type === 'binary_operator') {
        if (current.childForFieldName('operator')?.type !== '+') return undefined;
        const left = current.childForFieldName('left');
        const right = current.childForFieldName('right');
        if (!left || !right) return undefined;
        rights.push(right);
        current = unparenthesize(left);
      }
      let value = stringLiteralValue(current, options);
      for (let i = rights.length - 1; i >= 0 && value !== undefined; i--) {
        const piece = stringLiteralValue(rights[i], options);
        value = piece === undefined ? undefined : value + piece;
      }
      return value;
    }
    default:
      return undefined;
  }
}

/** True when `node` is a string literal with no interpolation (see `stringLiteralValue`). */
export function isPlainStringLiteral(node: Node, options: { allowBytes?: boolean } = {}): boolean {
  return stringLiteralValue(node, options) !== undefined;
}

/** Whether a numeric literal's value is non-zero (handles `0x0`, `0.0e5`, `0j`, `1_000`). */
function numberIsNonZero(text: string): boolean {
  let t = text.replace(/_/g, '').toLowerCase();
  if (t.endsWith('j') || t.endsWith('l')) t = t.slice(0, -1);
  if (t.startsWith('0x')) return /[1-9a-f]/.test(t.slice(2));
  if (t.startsWith('0o') || t.startsWith('0b')) return /[1-9]/.test(t.slice(2));
  const mantissa = t.split('e')[0];
  return /[1-9]/.test(mantissa);
}

/** Truth value of a `string` node: non-empty literal text makes it true whatever its fields. */
function stringTruthiness(node: Node): boolean | undefined {
  const plain = singleStringValue(node, true);
  if (plain !== undefined) return plain.length > 0;
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  if (start && start.text.replace(/['"]+$/, '').toLowerCase().includes('t')) return true; // a Template object
  if (node.namedChildren.some((c) => c?.type === 'string_content' && c.text.length > 0)) return true;
  return undefined;
}

/**
 * The truth value of a constant expression, when it is known without running anything: `True`,
 * non-zero numbers, non-empty strings and non-empty `[...]`, `(...)`, `{...}` displays, `...`,
 * lambdas are true; `False`, `None`, zero, empty strings and empty displays are false; `not`
 * and unary `+`/`-` are followed. Anything else (names, calls, comparisons, displays made only
 * of `*x` splats) is undefined.
 */
export function truthiness(node: Node): boolean | undefined {
  const expr = unparenthesize(node);
  switch (expr.type) {
    case 'true':
    case 'ellipsis':
    case 'lambda':
      return true;
    case 'false':
    case 'none':
      return false;
    case 'integer':
    case 'float':
      return numberIsNonZero(expr.text);
    case 'string':
      return stringTruthiness(expr);
    case 'concatenated_string': {
      let all: boolean | undefined = false;
      for (const part of namedChildrenOf(expr)) {
        const value = part.type === 'string' ? stringTruthiness(part) : undefined;
        if (value === true) return true;
        if (value === undefined) all = undefined;
      }
      return all;
    }
    case 'list':
    case 'tuple':
    case 'set':
    case 'dictionary': {
      const items = namedChildrenOf(expr);
      if (items.length === 0) return false;
      // `[*a]` or `{**a}` may be empty; one ordinary element makes the display non-empty.
      return items.some((item) => item.type !== 'list_splat' && item.type !== 'dictionary_splat') ? true : undefined;
    }
    case 'not_operator': {
      const argument = expr.childForFieldName('argument');
      const value = argument ? truthiness(argument) : undefined;
      return value === undefined ? undefined : !value;
    }
    case 'unary_operator': {
      const operator = expr.childForFieldName('operator')?.type;
      const argument = expr.childForFieldName('argument');
      if ((operator !== '-' && operator !== '+') || !argument) return undefined;
      const inner = unparenthesize(argument);
      return inner.type === 'integer' || inner.type === 'float' || inner.type === 'unary_operator' ? truthiness(inner) : undefined;
    }
    default:
      return undefined;
  }
}

/** True when the node is a constant known to be true (`True`, `1`, `"x"`, `[0]`, ...). */
export function isTruthyConstant(node: Node): boolean {
  return truthiness(node) === true;
}

/** True when the node is a constant known to be false (`False`, `None`, `0`, `""`, `[]`, ...). */
export function isFalsyConstant(node: Node): boolean {
  return truthiness(node) === false;
}

// ---------------------------------------------------------------------------------------------
// Scopes and bindings

type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

interface Binding {
  /**
   * `import`: a module or a name imported from one; `alias`: `x = a.b` (resolved lazily);
   * `none`: `x = None`; `star`: `from m import *` (binds unknown names); `other`: anything else.
   */
  kind: 'import' | 'alias' | 'none' | 'star' | 'other';
  qualifiedName?: string;
  value?: Node;
  /** Source index from which the binding exists (the end of the binding construct). */
  at: number;
  /** Can happen at any time relative to the scope's own code (parameters, `global` from elsewhere, ...). */
  anytime: boolean;
}

class Scope {
  readonly children: Scope[] = [];
  readonly bindings = new Map<string, Binding[]>();
  readonly stars: Binding[] = [];
  /** Names declared `global` / `nonlocal`: undefined until the first (most scopes have none). */
  globals: Set<string> | undefined;
  nonlocals: Set<string> | undefined;
  /** Ranges `[start, end]` of loop bodies whose code can run again after later code of this scope. */
  readonly loops: [number, number][] = [];

  constructor(
    readonly kind: ScopeKind,
    /** Source range of the code that runs in this scope (a function's body, not its defaults). */
    readonly start: number,
    readonly end: number,
    readonly parent: Scope | undefined,
    /** For function and class scopes: the id of the body block whose entry activates the scope. */
    readonly bodyId?: number,
  ) {
    parent?.children.push(this);
  }

  bind(name: string, binding: Binding): void {
    const list = this.bindings.get(name);
    if (list) list.push(binding);
    else this.bindings.set(name, [binding]);
  }

  /** True when some loop of this scope contains both positions (a later binding can reach back). */
  sharesLoop(a: number, b: number): boolean {
    return this.loops.some(([start, end]) => start <= a && a <= end && start <= b && b <= end);
  }

  get functionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }
}

/** Python 3 builtin functions and types (exceptions left out: no rule asks about calling them). */
const BUILTINS = new Set(
  (
    'abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex ' +
    'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr ' +
    'globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max ' +
    'memoryview min next object oct open ord pow print property quit range repr reversed round set setattr ' +
    'slice sorted staticmethod str sum super tuple type vars zip __import__'
  ).split(' '),
);


/** Identifiers bound by an assignment-like target (`a`, `a, (b, *c)`, `[a, b]`); attributes and subscripts bind nothing. */
function targetNames(node: Node): string[] {
  switch (node.type) {
    case 'identifier':
      return [node.text];
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'expression_list':
    case 'tuple':
    case 'list':
    case 'parenthesized_expression':
    case 'list_splat_pattern':
    case 'list_splat':
    case 'as_pattern_target':
      return namedChildrenOf(node).flatMap(targetNames);
    default:
      return [];
  }
}

/** Names bound by a function's or lambda's parameter list. */
function parameterNames(parameters: Node | null): string[] {
  if (!parameters) return [];
  const names: string[] = [];
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'identifier':
        names.push(node.text);
        break;
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = node.childForFieldName('name');
        if (name) visit(name);
        break;
      }
      case 'typed_parameter':
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern': {
        const first = namedChildrenOf(node).find((c) => c.type !== 'type');
        if (first) visit(first);
        break;
      }
      case 'tuple_pattern': // Python 2 `def f((a, b))`
        names.push(...targetNames(node));
        break;
      default:
        break;
    }
  };
  for (const child of namedChildrenOf(parameters)) visit(child);
  return names;
}

/** `a . b . c` -> `a.b.c` (tree-sitter keeps whitespace and comments inside dotted names). */
function dottedText(node: Node): string {
  return namedChildrenOf(node)
    .filter((c) => c.type === 'identifier')
    .map((c) => c.text)
    .join('.');
}

/** The callee as a dotted chain of names (`sp.Popen`), or undefined for anything else. */
function writtenChain(node: Node): string | undefined {
  // Iterative: `a.b.c...` chains of any length must not overflow the stack.
  const parts: string[] = [];
  let expr = unparenthesize(node);
  while (expr.type === 'attribute') {
    const object = expr.childForFieldName('object');
    const attribute = expr.childForFieldName('attribute');
    if (!object || !attribute) return undefined;
    parts.push(attribute.text);
    expr = unparenthesize(object);
  }
  if (expr.type !== 'identifier') return undefined;
  parts.push(expr.text);
  return parts.reverse().join('.');
}

/** How deep alias chains (`a = b`, `b = c.d`, ...) are followed before giving up. */
const MAX_ALIAS_DEPTH = 8;

export const calls: Analysis<CallModel> = {
  name: 'calls',
  create(context: FileContext): Visitor {
    const root = context.tree.rootNode;
    const module = new Scope('module', root.startIndex, root.endIndex, undefined);
    const stack: Scope[] = [module];
    /** Function and class scopes created at their definition, entered with their body block. */
    const pendingBodies = new Map<number, Scope>();
    /** Lambda and comprehension scopes, popped on exit of the node that opened them. */
    const openedBy = new Map<number, Scope>();
    const callNodes: Node[] = [];

    const current = (): Scope => stack[stack.length - 1];
    const other = (at: number, anytime = false): Binding => ({ kind: 'other', at, anytime });

    /** Binding for `name = value` (the innermost value of `a = b = value`). */
    const assignmentBinding = (value: Node | null, at: number): Binding => {
      if (!value) return other(at); // `x: int` makes `x` local in a function: treat as unknown
      const expr = unparenthesize(value);
      if (expr.type === 'none') return { kind: 'none', at, anytime: false };
      if (writtenChain(expr) !== undefined) return { kind: 'alias', value: expr, at, anytime: false };
      return other(at);
    };

    const openScope = (kind: ScopeKind, node: Node, range: Node): Scope => {
      const scope = new Scope(kind, range.startIndex, range.endIndex, current());
      openedBy.set(node.id, scope);
      stack.push(scope);
      return scope;
    };
    const closeScope = (node: Node): void => {
      const scope = openedBy.get(node.id);
      if (scope && current() === scope) stack.pop();
    };
    const openComprehension = (node: Node): void => void openScope('comprehension', node, node);

    const visitor: Visitor = {
      function_definition(node) {
        const name = node.childForFieldName('name');
        if (name) current().bind(name.text, other(node.endIndex));
        const body = node.childForFieldName('body');
        if (!body) return;
        const scope = new Scope('function', body.startIndex, body.endIndex, current(), body.id);
        for (const param of parameterNames(node.childForFieldName('parameters'))) scope.bind(param, other(-1, true));
        pendingBodies.set(body.id, scope);
      },
      class_definition(node) {
        const name = node.childForFieldName('name');
        if (name) current().bind(name.text, other(node.endIndex));
        const body = node.childForFieldName('body');
        if (!body) return;
        pendingBodies.set(body.id, new Scope('class', body.startIndex, body.endIndex, current(), body.id));
      },
      block(node) {
        const scope = pendingBodies.get(node.id);
        if (scope) {
          pendingBodies.delete(node.id);
          stack.push(scope);
        }
      },
      'block:exit'(node) {
        if (current().bodyId === node.id && stack.length > 1) stack.pop();
      },
      lambda(node) {
        const body = node.childForFieldName('body');
        const scope = openScope('lambda', node, body ?? node);
        for (const param of parameterNames(node.childForFieldName('parameters'))) scope.bind(param, other(-1, true));
      },
      'lambda:exit': closeScope,
      list_comprehension: openComprehension,
      set_comprehension: openComprehension,
      dictionary_comprehension: openComprehension,
      generator_expression: openComprehension,
      'list_comprehension:exit': closeScope,
      'set_comprehension:exit': closeScope,
      'dictionary_comprehension:exit': closeScope,
      'generator_expression:exit': closeScope,
      for_in_clause(node) {
        // Comprehension targets: the body that uses them stands before them in the text.
        const left = node.childForFieldName('left');
        if (left) for (const name of targetNames(left)) current().bind(name, other(-1, true));
      },

      import_statement(node) {
        for (const item of node.childrenForFieldName('name')) {
          if (!item) continue;
          if (item.type === 'dotted_name') {
            // `import a.b.c` binds `a`, the top-level package.
            const top = dottedText(item).split('.')[0];
            if (top) current().bind(top, { kind: 'import', qualifiedName: top, at: node.endIndex, anytime: false });
          } else if (item.type === 'aliased_import') {
            const dotted = item.childForFieldName('name');
            const alias = item.childForFieldName('alias');
            if (dotted && alias) {
              current().bind(alias.text, { kind: 'import', qualifiedName: dottedText(dotted), at: node.endIndex, anytime: false });
            }
          }
        }
      },
      import_from_statement(node) {
        const moduleName = node.childForFieldName('module_name');
        // Relative imports name a module of an unknown package: their names stay unresolved.
        const base = moduleName?.type === 'dotted_name' ? dottedText(moduleName) : undefined;
        if (namedChildrenOf(node).some((c) => c.type === 'wildcard_import')) {
          current().stars.push({ kind: 'star', at: node.endIndex, anytime: false });
          return;
        }
        for (const item of node.childrenForFieldName('name')) {
          if (!item) continue;
          const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
          const bound = item.type === 'aliased_import' ? item.childForFieldName('alias') : item;
          if (!dotted || !bound) continue;
          const boundName = bound.type === 'dotted_name' ? dottedText(bound) : bound.text;
          current().bind(
            boundName,
            base !== undefined
              ? { kind: 'import', qualifiedName: `${base}.${dottedText(dotted)}`, at: node.endIndex, anytime: false }
              : other(node.endIndex),
          );
        }
      },

      assignment(node) {
        const left = node.childForFieldName('left');
        if (!left) return;
        let value = node.childForFieldName('right');
        while (value && value.type === 'assignment') value = value.childForFieldName('right');
        // Only a single name gets the value's meaning; unpacking binds unknown values.
        if (left.type === 'identifier') current().bind(left.text, assignmentBinding(value, node.endIndex));
        else for (const name of targetNames(left)) current().bind(name, other(node.endIndex));
      },
      augmented_assignment(node) {
        const left = node.childForFieldName('left');
        if (left) for (const name of targetNames(left)) current().bind(name, other(node.endIndex));
      },
      named_expression(node) {
        // `:=` binds in the nearest enclosing scope that is not a comprehension.
        const name = node.childForFieldName('name');
        let scope = current();
        while (scope.kind === 'comprehension' && scope.parent) scope = scope.parent;
        if (name) scope.bind(name.text, assignmentBinding(node.childForFieldName('value'), node.endIndex));
      },
      for_statement(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const body = node.childForFieldName('body');
        const at = right?.endIndex ?? node.endIndex;
        if (left) for (const name of targetNames(left)) current().bind(name, other(at));
        if (body) current().loops.push([body.startIndex, body.endIndex]);
      },
      while_statement(node) {
        const condition = node.childForFieldName('condition');
        const body = node.childForFieldName('body');
        if (body) current().loops.push([(condition ?? body).startIndex, body.endIndex]);
      },
      as_pattern(node) {
        // `with a as b`, `except E as e` (target in as_pattern_target) and `case P as name`.
        const target = namedChildrenOf(node).find((c) => c.type === 'as_pattern_target');
        if (target) {
          for (const name of targetNames(target)) current().bind(name, other(node.endIndex));
          return;
        }
        const children = namedChildrenOf(node);
        const last = children[children.length - 1];
        if (children.length > 1 && last.type === 'identifier') current().bind(last.text, other(node.endIndex));
      },
      case_pattern(node) {
        // Capture patterns: a bare name (`case x:`, `[x, *rest]`, `{"k": x, **kw}`).
        for (const child of namedChildrenOf(node)) {
          let captured: Node | undefined;
          if (child.type === 'dotted_name' && namedChildrenOf(child).length === 1) captured = namedChildrenOf(child)[0];
          else if (child.type === 'splat_pattern') captured = namedChildrenOf(child).find((c) => c.type === 'identifier');
          if (captured && captured.text !== '_') current().bind(captured.text, other(node.endIndex));
        }
      },
      keyword_pattern(node) {
        const capture = namedChildrenOf(node).find((c) => c.type === 'dotted_name');
        if (capture && namedChildrenOf(capture).length === 1) current().bind(dottedText(capture), other(node.endIndex));
      },
      global_statement(node) {
        for (const name of namedChildrenOf(node)) if (name.type === 'identifier') (current().globals ??= new Set()).add(name.text);
      },
      nonlocal_statement(node) {
        for (const name of namedChildrenOf(node)) if (name.type === 'identifier') (current().nonlocals ??= new Set()).add(name.text);
      },
      type_alias_statement(node) {
        const left = node.childForFieldName('left');
        const name = left ? namedChildrenOf(left).find((c) => c.type === 'identifier') : undefined;
        if (name) current().bind(name.text, other(node.endIndex));
      },
      call(node) {
        callNodes.push(node);
      },

      end() {
        finishScopes(module);
        const resolver = new Resolver(module);
        const assuming = new Resolver(module, true);
        const sites: CallSite[] = [];
        // Without star imports the two readings are the same: resolve once.
        const stars = hasStars(module);
        for (const node of callNodes) {
          const callee = node.childForFieldName('function');
          if (!callee) continue;
          const qualifiedName = resolver.resolveCallee(callee, context.text);
          sites.push(new LazyCallSite(node, callee, qualifiedName, stars ? assuming.resolveCallee(callee, context.text) : qualifiedName));
        }
        // Sites by name, made when a rule first asks: each security rule asks for a few names,
        // and filtering every call of the file for each of them showed in profiles.
        let byQualified: Map<string, CallSite[]> | undefined;
        let byAssumed: Map<string, CallSite[]> | undefined;
        const model: CallModel = {
          calls: sites,
          callsTo: (names) => sitesNamed((byQualified ??= indexSites(sites, 'qualifiedName')), names),
          callsToAssumed: (names) => sitesNamed((byAssumed ??= stars ? indexSites(sites, 'assumedName') : (byQualified ??= indexSites(sites, 'qualifiedName'))), names),
          callAt: (node) => siteAt(sites, node.id),
          resolve: (expression) => resolver.resolve(expression, 0, false),
          resolveAssumed: (expression) => assuming.resolve(expression, 0, false),
        };
        context.setAnalysis('calls', model);
      },
    };
    return visitor;
  },
};

/** The call sites by qualified (or assumed) name, each list in source order. */
function indexSites(sites: readonly CallSite[], key: 'qualifiedName' | 'assumedName'): Map<string, CallSite[]> {
  const index = new Map<string, CallSite[]>();
  for (const site of sites) {
    const name = site[key];
    if (name === undefined) continue;
    const list = index.get(name);
    if (list) list.push(site);
    else index.set(name, [site]);
  }
  return index;
}

/** The sites with one of `names`, in source order (node ids are pre-order indices). */
function sitesNamed(index: Map<string, CallSite[]>, names: Iterable<string>): CallSite[] {
  const out: CallSite[] = [];
  let lists = 0;
  for (const name of new Set(names)) {
    const list = index.get(name);
    if (!list) continue;
    for (const site of list) out.push(site);
    lists++;
  }
  if (lists > 1) out.sort((a, b) => a.node.id - b.node.id);
  return out;
}

/** The site of call node `id`, by binary search: sites are in pre-order. */
function siteAt(sites: readonly CallSite[], id: number): CallSite | undefined {
  let lo = 0;
  let hi = sites.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sites[mid].node.id;
    if (at === id) return sites[mid];
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The bindings of `all` that reach a use at `at` in their own scope: made before it, able to
 * happen at any time, or later in a loop that holds both. `all` itself when every one reaches.
 */
function reachingAt(all: Binding[], at: number, scope: Scope): Binding[] {
  const reaches = (b: Binding): boolean => b.anytime || b.at <= at || scope.sharesLoop(b.at, at);
  let k = 0;
  while (k < all.length && reaches(all[k])) k++;
  if (k === all.length) return all;
  const out = all.slice(0, k);
  for (k++; k < all.length; k++) if (reaches(all[k])) out.push(all[k]);
  return out;
}

/** A call site whose argument list and written name are read from the tree only when asked for. */
class LazyCallSite implements CallSite {
  private argsNode: Node | null | undefined;
  private written: string | undefined | null = null;

  constructor(
    readonly node: Node,
    readonly callee: Node,
    readonly qualifiedName: string | undefined,
    readonly assumedName: string | undefined,
  ) {}

  get args(): Node | null {
    if (this.argsNode === undefined) this.argsNode = this.node.childForFieldName('arguments');
    return this.argsNode;
  }

  get writtenName(): string | undefined {
    if (this.written === null) this.written = writtenChain(this.callee);
    return this.written;
  }
}

/** True when some scope of the tree has a star import. */
function hasStars(scope: Scope): boolean {
  return scope.stars.length > 0 || scope.children.some(hasStars);
}

/**
 * Finishes the scope tree: sorts each scope's children by position (a lambda in a parameter
 * default is created after the function whose body follows it), and moves bindings made under
 * `global x` to the module scope and under `nonlocal x` to the nearest enclosing function scope.
 * Those can happen whenever the declaring function runs, so they are marked `anytime` there.
 */
function finishScopes(module: Scope): void {
  const visit = (scope: Scope): void => {
    scope.children.sort((a, b) => a.start - b.start);
    for (const child of scope.children) visit(child);
    if (scope === module) return;
    for (const name of scope.globals ?? []) move(scope, name, module);
    for (const name of scope.nonlocals ?? []) {
      let target = scope.parent;
      while (target && !target.functionLike) target = target.kind === 'module' ? undefined : target.parent;
      if (target) move(scope, name, target);
      else scope.bindings.delete(name); // a syntax error in Python: forget the bindings
    }
  };
  const move = (from: Scope, name: string, to: Scope): void => {
    const list = from.bindings.get(name);
    if (!list) return;
    from.bindings.delete(name);
    for (const binding of list) to.bind(name, { ...binding, anytime: true });
  };
  visit(module);
}

class Resolver {
  constructor(
    private readonly module: Scope,
    /** Star imports bind nothing (the `assumedName` reading). */
    private readonly ignoreStars = false,
  ) {}

  /**
   * Qualified name of a name or attribute chain, or undefined. `noneFails`: the expression is
   * called or has an attribute read, so a `None` value would have raised and `x = None` bindings
   * can be ignored.
   */
  resolve(node: Node, depth: number, noneFails: boolean): string | undefined {
    if (depth > MAX_ALIAS_DEPTH) return undefined;
    const expr = unparenthesize(node);
    if (expr.type === 'identifier') return this.resolveName(expr.text, expr.startIndex, this.scopeAt(expr.startIndex), depth, noneFails);
    if (expr.type === 'attribute') {
      const object = expr.childForFieldName('object');
      const attribute = expr.childForFieldName('attribute');
      const base = object ? this.resolve(object, depth, true) : undefined;
      return base !== undefined && attribute ? `${base}.${attribute.text}` : undefined;
    }
    return undefined;
  }

  /**
   * `resolve(callee, 0, true)`, first trying the cheap way. Whatever the callee, the name or
   * attribute chain it may be starts with the identifier written where it starts (an ASCII one,
   * read from the source text); when that name resolves to nothing there, neither does the callee,
   * and the tree is not asked.
   */
  resolveCallee(callee: Node, source: string): string | undefined {
    const start = callee.startIndex;
    const root = asciiIdentifierAt(source, start);
    if (root !== undefined) {
      // A non-ASCII character next may continue the identifier: then ask the tree.
      const next = start + root.length;
      const complete = next >= source.length || source.charCodeAt(next) < 0x80;
      if (complete && this.resolveName(root, start, this.scopeAt(start), 0, true) === undefined) return undefined;
    }
    return this.resolve(callee, 0, true);
  }

  /** The innermost scope whose code contains source index `at`. */
  private scopeAt(at: number): Scope {
    let scope = this.module;
    for (;;) {
      const children = scope.children;
      // Children are disjoint and in source order: binary search for the last one starting at or before `at`.
      let lo = 0;
      let hi = children.length - 1;
      let found: Scope | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (children[mid].start <= at) {
          found = children[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (!found || at >= found.end) return scope;
      scope = found;
    }
  }

  private resolveName(name: string, at: number, scope: Scope, depth: number, noneFails: boolean): string | undefined {
    let s: Scope | undefined = scope;
    let sameScope = true;
    while (s) {
      if (!sameScope && s.kind === 'class') {
        // Class bodies are not visible from the functions (and comprehensions) they contain.
        s = s.parent;
        continue;
      }
      if (s.kind !== 'module' && s.globals?.has(name)) {
        s = this.module;
        sameScope = false;
        continue;
      }
      if (s.nonlocals?.has(name)) {
        s = s.parent;
        sameScope = false;
        continue;
      }
      // No array is made unless needed: this runs for every name of every call of the file.
      const explicit = s.bindings.get(name);
      const stars = s.stars.length > 0 && !this.ignoreStars ? s.stars : undefined;
      const all = stars === undefined ? explicit : explicit === undefined ? stars : [...explicit, ...stars];
      if (all !== undefined && all.length > 0) {
        const reaching = sameScope ? reachingAt(all, at, s) : all;
        if (reaching.length > 0) return this.decide(reaching, depth, noneFails);
        // Bound in this function but not yet: an UnboundLocalError, not the enclosing name.
        if (s.functionLike) return undefined;
      }
      sameScope = false;
      s = s.parent;
    }
    return BUILTINS.has(name) ? `builtins.${name}` : undefined;
  }

  /** One qualified name if every reaching binding agrees on it, else undefined. */
  private decide(reaching: Binding[], depth: number, noneFails: boolean): string | undefined {
    const overridden = (star: Binding): boolean =>
      reaching.some((b) => b.kind !== 'star' && !b.anytime && b.at > star.at);
    let result: string | undefined;
    let any = false;
    for (const binding of reaching) {
      if (binding.kind === 'none' && noneFails) continue; // the use would fail on None: not the binding used
      if (binding.kind === 'star' && overridden(binding)) continue;
      let name: string | undefined;
      if (binding.kind === 'import') name = binding.qualifiedName;
      else if (binding.kind === 'alias' && binding.value) name = this.resolve(binding.value, depth + 1, noneFails);
      if (name === undefined || (result !== undefined && result !== name)) return undefined;
      result = name;
      any = true;
    }
    return any ? result : undefined;
  }
}
