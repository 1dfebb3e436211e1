/**
 * Literal readers: what a constant expression's node says, read one way for every analysis and
 * rule (plain functions on tree nodes, no model needed).
 *
 * - `unparenthesize(node)`: the expression inside redundant parentheses.
 * - `stringLiteralValue(node, { allowBytes?, allowFStrings? })` / `isPlainStringLiteral(node, ...)`:
 *   a string with no interpolation (plain, raw, `u`, or an f-string without `{}` fields), or a
 *   concatenation of such strings (implicit `"a" "b"` or `+`), parentheses allowed; escapes are
 *   decoded. Bytes only with `allowBytes`; f-strings refused with `allowFStrings: false` (string
 *   annotations and `__all__` items read them that way). Template strings (`t"..."`) never count.
 * - `truthiness(node)`: `true`/`false` when the node is a constant whose truth value is known
 *   (`True`, `1`, `"x"`, `[1]`, `not False`, ... / `False`, `None`, `0`, `""`, `[]`, `{}`, ...),
 *   `undefined` otherwise; `isTruthyConstant`, `isFalsyConstant` are shorthands.
 * - `integerValue(node)`: the value of an integer literal (`0o755`, `0x1F`, `1_024`).
 * - `namedChildrenOf(node)`: a node's named children without comments (tree-sitter keeps comments
 *   as named nodes wherever they stand).
 *
 * String values are cached by node id on the tree (`SyntaxTree.memo`): several rules ask for the
 * value of the same literal.
 */
import type { SyntaxNode as Node } from '../engine/tree';

/** Named children of a node, without comments (tree-sitter keeps comments as named nodes). */
export function namedChildrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (const child of node.namedChildren) if (child && child.type !== 'comment') out.push(child);
  return out;
}

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

// ---------------------------------------------------------------------------------------------
// Strings

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
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

/** What kinds of string a reader accepts. */
interface StringKinds {
  bytes: boolean;
  fStrings: boolean;
}

/**
 * Value of one `string` node with no interpolation; undefined for f-string fields, t-strings,
 * bytes and f-strings (unless accepted).
 */
function singleStringValue(node: Node, kinds: StringKinds): string | undefined {
  const children = node.namedChildren;
  const types = children.map((c) => c?.type);
  const start = children[types.indexOf('string_start')];
  const end = children[types.indexOf('string_end')];
  if (!start || !end) return undefined;
  const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
  if (prefix.includes('t')) return undefined; // template strings (3.14) are not str
  const bytes = prefix.includes('b');
  if (bytes && !kinds.bytes) return undefined;
  const fString = prefix.includes('f');
  if (fString && !kinds.fStrings) return undefined;
  if (types.includes('interpolation')) return undefined;
  let body = node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
  if (!prefix.includes('r')) body = decodeEscapes(body, bytes);
  if (fString) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return body;
}

/**
 * The accepted kinds by option, each with the key of its cache on the tree (`SyntaxTree.memo`) of
 * literal values (undefined: not a plain literal).
 */
const STRINGS: StringKinds = { bytes: false, fStrings: true };
const STRINGS_AND_BYTES: StringKinds = { bytes: true, fStrings: true };
const NO_F_STRINGS: StringKinds = { bytes: false, fStrings: false };
const NO_F_STRINGS_AND_BYTES: StringKinds = { bytes: true, fStrings: false };

export interface StringLiteralOptions {
  /** Accept bytes literals (`b"..."`), their bytes read as Latin-1 characters. Default false. */
  allowBytes?: boolean;
  /** Accept f-strings without fields (`f"x"`). Default true. */
  allowFStrings?: boolean;
}

/**
 * The value of a string literal with no interpolation: a plain or raw string, an f-string
 * without fields, or a concatenation of such strings (implicit `"a" "b"`, or `"a" + "b"`), in
 * parentheses or not. Bytes literals count only with `allowBytes`, f-strings not with
 * `allowFStrings: false`. Undefined for anything else.
 */
export function stringLiteralValue(node: Node, options: StringLiteralOptions = {}): string | undefined {
  const kinds =
    (options.allowFStrings ?? true) ? (options.allowBytes ? STRINGS_AND_BYTES : STRINGS) : options.allowBytes ? NO_F_STRINGS_AND_BYTES : NO_F_STRINGS;
  // Several rules ask for the value of the same node (each string the walk visits).
  const cache = node.tree.memo<string | undefined>(kinds);
  if (cache.has(node.id)) return cache.get(node.id);
  const value = literalValue(node, kinds, options);
  cache.set(node.id, value);
  return value;
}

function literalValue(node: Node, kinds: StringKinds, options: StringLiteralOptions): string | undefined {
  const expr = unparenthesize(node);
  switch (expr.type) {
    case 'string':
      return singleStringValue(expr, kinds);
    case 'concatenated_string': {
      let value = '';
      for (const part of namedChildrenOf(expr)) {
        const piece = part.type === 'string' ? singleStringValue(part, kinds) : undefined;
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
export function isPlainStringLiteral(node: Node, options: StringLiteralOptions = {}): boolean {
  return stringLiteralValue(node, options) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Whether a numeric literal's value is non-zero (handles `0x0`, `0.0e5`, `0j`, `1_000`). */
function numberIsNonZero(text: string): boolean {
  let t = text.replace(/_/g, '').toLowerCase();
  if (t.endsWith('j') || t.endsWith('l')) t = t.slice(0, -1);
  if (t.startsWith('0x')) return /[1-9a-f]/.test(t.slice(2));
  if (t.startsWith('0o') || t.startsWith('0b')) return /[1-9]/.test(t.slice(2));
  const mantissa = t.split('e')[0];
  return /[1-9]/.test(mantissa);
}

/**
 * The value of an integer literal, parentheses allowed: decimal, `0x`, `0o` and `0b` forms with
 * `_` separators. Undefined for anything else (imaginary `2j`, Python 2 `10L`, signs, names).
 * Values from 2**53 on are not exact (JavaScript numbers).
 */
export function integerValue(node: Node): number | undefined {
  const expr = unparenthesize(node);
  if (expr.type !== 'integer') return undefined;
  const t = expr.text.replace(/_/g, '').toLowerCase();
  if (t.endsWith('j') || t.endsWith('l')) return undefined;
  const v = t.startsWith('0o')
    ? parseInt(t.slice(2), 8)
    : t.startsWith('0x')
      ? parseInt(t.slice(2), 16)
      : t.startsWith('0b')
        ? parseInt(t.slice(2), 2)
        : Number(t);
  return Number.isFinite(v) ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Truth values

/** Truth value of a `string` node: non-empty literal text makes it true whatever its fields. */
function stringTruthiness(node: Node): boolean | undefined {
  const plain = singleStringValue(node, { bytes: true, fStrings: true });
  if (plain !== undefined) return plain.length > 0;
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  if (
    start &&
    start.text
      .replace(/['"]+$/, '')
      .toLowerCase()
      .includes('t')
  )
    return true; // a Template object
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
