import fc from 'fast-check';
import { asciiIdentifierAt, chainAt, nameAt } from '../../src/analysis/names';

/**
 * The character loops of src/analysis/names.ts against the regular expressions they stand in for,
 * on strings made of the characters that matter (name characters, ASCII and not, blanks, dots,
 * brackets) at every index.
 */
const NAME = /[\p{ID_Continue}]+/uy;
const CHAIN = /((?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*)([\p{ID_Continue}]+)[ \t]*([([])/uy;
const ROOT = /[A-Za-z_][A-Za-z0-9_]*/y;

function byExpression(text: string, index: number, bracket: '(' | '['): { dotted: boolean; last: string } | undefined {
  CHAIN.lastIndex = index;
  const match = CHAIN.exec(text);
  if (!match || match[3] !== bracket) return undefined;
  return { dotted: match[1] !== '', last: match[2] };
}

const pieces = ['a', 'Z', '_', '9', 'x1', 'é', '中', 'ß', ' ', '\t', '.', '(', '[', ')', '#', '\n', '-', '\u00b7', '𝑥'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

/**
 * `got` and `want` at every index of `text`: the first index where they differ, as an expectation
 * that fails naming the text and the index (an expectation per index would cost most of the time).
 */
function sameAtEveryIndex<T>(text: string, got: (i: number) => T, want: (i: number) => T): void {
  for (let i = 0; i <= text.length; i++) {
    const [a, b] = [got(i), want(i)];
    if (JSON.stringify(a) !== JSON.stringify(b)) expect({ text, index: i, value: a }).toEqual({ text, index: i, value: b });
  }
}

describe('names read from the source text', () => {
  it('nameAt equals /[\\p{ID_Continue}]+/uy at every index', () => {
    fc.assert(
      fc.property(texts, (text) => {
        sameAtEveryIndex(
          text,
          (i) => nameAt(text, i),
          (i) => {
            NAME.lastIndex = i;
            return NAME.exec(text)?.[0];
          },
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('asciiIdentifierAt equals /[A-Za-z_][A-Za-z0-9_]*/y at every index', () => {
    fc.assert(
      fc.property(texts, (text) => {
        sameAtEveryIndex(
          text,
          (i) => asciiIdentifierAt(text, i),
          (i) => {
            ROOT.lastIndex = i;
            return ROOT.exec(text)?.[0];
          },
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('chainAt equals the chain expression at every index, for both brackets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const bracket of ['(', '['] as const) {
          sameAtEveryIndex(
            text,
            (i) => chainAt(text, i, bracket),
            (i) => byExpression(text, i, bracket),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual shapes', () => {
    expect(chainAt('os . path.join (x)', 0, '(')).toEqual({ dotted: true, last: 'join' });
    expect(chainAt('List[int]', 0, '[')).toEqual({ dotted: false, last: 'List' });
    expect(chainAt('a.b.(', 0, '(')).toBeUndefined();
    expect(chainAt('f(x)', 0, '[')).toBeUndefined();
    expect(nameAt('naïve = 1', 0)).toBe('naïve');
  });
});
