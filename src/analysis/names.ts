/**
 * Reading a name, or a dotted chain of names, straight from the source text at a node's start.
 * The analyses do this for every identifier and call, so the common case (ASCII names) is a
 * character loop that allocates nothing but the name; a non-ASCII character hands over to the
 * regular expression, which knows Unicode's identifier characters.
 */

/** A name as Python writes it (Unicode letters, digits, underscore). */
const NAME = /[\p{ID_Continue}]+/uy;

/** A dotted chain of names followed by `(` or `[`: the callee of a call, the base of a subscript. */
const CHAIN = /((?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*)([\p{ID_Continue}]+)[ \t]*([([])/uy;

/** An ASCII letter, digit or underscore. */
function isAsciiNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * Where the run of name characters from `index` ends, or -1 when a non-ASCII character is met
 * (the caller then asks the regular expression).
 */
function asciiNameEnd(text: string, index: number): number {
  let i = index;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (!isAsciiNameChar(c)) break;
  }
  return i;
}

/** The name that starts at `index` (`/[\p{ID_Continue}]+/` there), or undefined. */
export function nameAt(text: string, index: number): string | undefined {
  const end = asciiNameEnd(text, index);
  if (end < 0) {
    NAME.lastIndex = index;
    return NAME.exec(text)?.[0];
  }
  return end > index ? text.slice(index, end) : undefined;
}

/** An ASCII identifier (`[A-Za-z_][A-Za-z0-9_]*`) at `index`, or undefined. */
export function asciiIdentifierAt(text: string, index: number): string | undefined {
  const first = index < text.length ? text.charCodeAt(index) : -1;
  if (!(first === 0x5f || (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) return undefined;
  let i = index + 1;
  while (i < text.length && isAsciiNameChar(text.charCodeAt(i))) i++;
  return text.slice(index, i);
}

export interface Chain {
  /** At least one `.` in the chain (`a.b(`, not `b(`). */
  dotted: boolean;
  /** The last name, the one right before the bracket. */
  last: string;
}

/**
 * The dotted chain of names before the `(` of a call or the `[` of a subscript at `index`
 * (`a . b (`: blanks allowed around dots and before the bracket), or undefined when the text
 * there is not such a chain followed by `bracket`. The same answer as the regular expression
 * CHAIN: names are maximal runs, so the chain reads in one pass without backtracking.
 */
export function chainAt(text: string, index: number, bracket: '(' | '['): Chain | undefined {
  let i = index;
  let dotted = false;
  for (;;) {
    const nameStart = i;
    const nameEnd = asciiNameEnd(text, i);
    if (nameEnd < 0) return chainByExpression(text, index, bracket);
    if (nameEnd === nameStart) return undefined;
    i = nameEnd;
    while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 0x2e) {
      dotted = true;
      i++;
      while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
      continue;
    }
    if (c === 0x28 || c === 0x5b) {
      return c === bracket.charCodeAt(0) ? { dotted, last: text.slice(nameStart, nameEnd) } : undefined;
    }
    return undefined;
  }
}

function chainByExpression(text: string, index: number, bracket: '(' | '['): Chain | undefined {
  CHAIN.lastIndex = index;
  const match = CHAIN.exec(text);
  if (!match || match[3] !== bracket) return undefined;
  return { dotted: match[1] !== '', last: match[2] };
}
