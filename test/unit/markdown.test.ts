import fc from 'fast-check';
import { code, encodePath, escapeText, link, oneLine, safeUrl, WORD_JOINER } from '../../src/report/markdown';

/*
 * No CommonMark renderer is installed (node_modules has none), so these tests check what the
 * escaping guarantees in the terms of the parsers it defends against (see src/report/markdown.ts):
 * every ASCII punctuation character escaped, `<>&` as entities, no line ending, `|` never a cell
 * separator by cmark-gfm's splitting rule, no `:`/`www.`/`@x` for GFM's autolinks, and a round
 * trip: what a CommonMark parser makes of the text is the input, line endings as spaces.
 */

const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Strings of any code points but lone surrogates: fast-check's 'binary' unit (a number mapped to
 * the code points below and above the surrogates), made here without the table fast-check builds
 * to map its code points back, over a second of CPU in a file that otherwise runs in milliseconds.
 * The values are the same but for the JavaScript property names (`__proto__`, `valueOf`...) that
 * fast-check splices into its own strings: letters and underscores to these functions.
 */
const codePoint = fc.nat({ max: 0x10ffff - 0x800 }).map((i) => String.fromCodePoint(i < 0xd800 ? i : i + 0x800));
const anyString = fc.string({ unit: codePoint });
const ENTITY_OF: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/**
 * The text a CommonMark parser gets from escapeText's output: backslash escapes and the three
 * entities decoded, the word joiner after each `@` dropped. Throws on anything escapeText never
 * writes (a bare punctuation character, another entity, a backslash before a non-punctuation).
 */
function parse(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length;) {
    const c = markdown[i];
    if (c === '\\') {
      const next = markdown[i + 1];
      if (next === undefined || !PUNCTUATION.test(next) || '<>&'.includes(next)) throw new Error(`stray backslash at ${i}`);
      out += next;
      i += 2;
      if (next === '@') {
        if (markdown[i] !== WORD_JOINER) throw new Error(`no word joiner after @ at ${i}`);
        i++;
      }
    } else if (c === '&') {
      const entity = Object.keys(ENTITY_OF).find((e) => markdown.startsWith(e, i));
      if (!entity) throw new Error(`bare & at ${i}`);
      out += ENTITY_OF[entity];
      i += entity.length;
    } else if (PUNCTUATION.test(c)) {
      throw new Error(`unescaped ${JSON.stringify(c)} at ${i}`);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The cells of a GFM table row as cmark-gfm splits it: a `|` right after a backslash is part of the cell. */
function cells(row: string): string[] {
  const parts: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '|' && row[i - 1] !== '\\') {
      parts.push(cell);
      cell = '';
    } else cell += row[i];
  }
  parts.push(cell);
  return parts.slice(1, -1).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/**
 * Would cmark-gfm's extended autolinks (or GitHub's mentions) find something? URLs start at an
 * unescaped `:`, `www.` must be in the source as it is, and e-mail addresses and mentions are
 * found in the merged text, escapes and entities resolved: an `@` followed by a letter or digit.
 */
function autolinkable(markdown: string): boolean {
  const unescapedColon = markdown.replace(/\\[!-/:-@[-`{-~]/g, '').includes(':');
  const www = /www\./i.test(markdown);
  const merged = markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(lt|gt|amp);/g, (e) => ENTITY_OF[e]);
  return unescapedColon || www || /@[A-Za-z0-9]/.test(merged);
}

const HOSTILE: [string, string][] = [
  ['an image with an event handler', '<img src=x onerror=alert(1)>'],
  ['a Markdown image', '![pwned](https://evil.example/p.png)'],
  ['a link', '[click](javascript:alert(1))'],
  ['a carriage return and a heading', 'a\r# Gate passed'],
  ['CR LF, LF, LS, PS, NEL, VT, FF', 'a\r\nb\nc\u2028d\u2029e\u0085f\vg\fh'],
  ['a heading', '# Gate passed'],
  ['HTML heading', '<h1>Gate passed</h1>'],
  ['an HTML comment', 'x <!-- hide the rest'],
  ['entities', '&amp; &#60; &lt;script&gt; &#x3C;'],
  ['code span and emphasis', '`code` *em* _u_ **b** ~~s~~'],
  ['a table cell break', 'a | b || c'],
  ['backslashes before pipes', 'a\\|b\\\\|c\\'],
  ['a trailing backslash', 'ends with \\'],
  ['a URL', 'see https://evil.example/x and ftp://x.y'],
  ['www', 'www.evil.example'],
  ['an e-mail address', 'mail me@evil.example or mailto:a@b.co'],
  ['a mention', '@octocat and @org/team'],
  ['an autolink in brackets', '<https://evil.example>'],
  ['a footnote and a task', '[^1] [ ] [x]'],
  ['a list marker and a quote', '- item\n1. item\n> quote'],
  ['a thematic break and setext', '***\n---\n==='],
  ['a fence', '```js\nalert(1)\n```'],
  ['math', '$\\Huge{Gate passed}$'],
  ['every ASCII punctuation character', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ['non-ASCII', 'café \u202e gnp.exe \u0000 😀'],
];

describe('the checks themselves', () => {
  test('catch what escaping has to prevent', () => {
    expect(() => parse('a <img>')).toThrow();
    expect(() => parse('a *b*')).toThrow();
    expect(() => parse('&#60;')).toThrow();
    expect(() => parse('\\@b')).toThrow();
    expect(autolinkable('https\\://x')).toBe(false);
    expect(autolinkable('https://x')).toBe(true);
    expect(autolinkable('www\\.x\\.org')).toBe(false);
    expect(autolinkable('www.x.org')).toBe(true);
    expect(autolinkable('a\\@b\\.c')).toBe(true);
    expect(autolinkable(`a\\@${WORD_JOINER}b\\.c`)).toBe(false);
    expect(cells('| a\\\\\\|b | c |')).toEqual(['a\\\\|b', 'c']);
    // Why escaped text is kept apart from a cell's closing pipe by a space: `\\|` is not a separator.
    expect(cells('| a\\\\| b |')).toEqual(['a\\| b']);
  });
});

describe('escapeText', () => {
  test.each(HOSTILE)('%s', (_, input) => {
    const e = escapeText(input);
    expect(e).not.toMatch(/[\r\n\v\f\u0085\u2028\u2029]/);
    expect(e).not.toMatch(/[<>]/);
    expect(parse(e)).toBe(oneLine(input));
    expect(autolinkable(e)).toBe(false);
    // As a table cell between two others, it stays one cell holding the text.
    expect(cells(`| a | ${e} | b |`)).toEqual(['a', e.trim().replace(/\\\|/g, '|'), 'b']);
  });

  test('exact output for a few', () => {
    expect(escapeText('<img src=x>')).toBe('&lt;img src\\=x&gt;');
    expect(escapeText('![x](u)')).toBe('\\!\\[x\\]\\(u\\)');
    expect(escapeText('a\r\n# b')).toBe('a \\# b');
    expect(escapeText('a|b')).toBe('a\\|b');
    expect(escapeText('\\|')).toBe('\\\\\\|');
    expect(escapeText('&amp;')).toBe('&amp;amp\\;');
    expect(escapeText('www.x.org')).toBe('www\\.x\\.org');
    expect(escapeText('https://x')).toBe('https\\:\\/\\/x');
    expect(escapeText('a@b.c')).toBe(`a\\@${WORD_JOINER}b\\.c`);
    expect(escapeText('plain words 123')).toBe('plain words 123');
  });

  const hostileUnit = fc.constantFrom(
    ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split(''),
    '\r',
    '\n',
    '\u2028',
    '\u2029',
    ' ',
    'a',
    'w',
    '1',
    'é',
    '\u2060',
    'www.',
    'http://',
    '&amp;',
    '<img ',
  );

  test('property: no line break, no markup character, one cell, no autolink; the parser gets the input back', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.string({ unit: hostileUnit, maxLength: 40 })), (s) => {
        const e = escapeText(s);
        expect(e).not.toMatch(/[\r\n\v\f\u0085\u2028\u2029<>]/);
        expect(parse(e)).toBe(oneLine(s));
        expect(autolinkable(e)).toBe(false);
        expect(cells(`| ${e} | x |`)).toHaveLength(2);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('code', () => {
  test('the escaped text in a <code> element: the only tags are its own', () => {
    for (const [, input] of HOSTILE) {
      const c = code(input);
      expect(c.startsWith('<code>') && c.endsWith('</code>')).toBe(true);
      const inner = c.slice('<code>'.length, -'</code>'.length);
      expect(inner).toBe(escapeText(input));
      expect(inner).not.toMatch(/[<>]/);
      expect(cells(`| ${c} | x |`)).toHaveLength(2);
    }
    expect(code('many.py:1')).toBe('<code>many\\.py\\:1</code>');
  });
});

describe('safeUrl and encodePath', () => {
  const SAFE = /^(?:[A-Za-z0-9\-._~:/?#@!$*+,;=]|%[0-9A-Fa-f]{2}|\\&)*$/;

  test('parentheses, spaces, pipes, quotes, brackets and angle brackets cannot end or break the link', () => {
    expect(safeUrl('https://x/a b(c)"d\'e|f<g>[h]`i\\j')).toBe('https://x/a%20b%28c%29%22d%27e%7Cf%3Cg%3E%5Bh%5D%60i%5Cj');
    expect(safeUrl('https://x/?a=1&b=2#L3')).toBe('https://x/?a=1\\&b=2#L3');
    expect(safeUrl('https://x/%20ok/%zz/100%')).toBe('https://x/%20ok/%25zz/100%25');
    expect(safeUrl('https://x/é\ud800')).toBe('https://x/%C3%A9%EF%BF%BD');
    expect(safeUrl('https://x/\n)![i](https://evil)')).toBe('https://x/%0A%29!%5Bi%5D%28https://evil%29');
  });

  test('property: only characters that keep a link destination whole', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const u = safeUrl(s);
        expect(u).toMatch(SAFE);
        // As the destination of a link in a table cell: one cell, and the destination ends at the last `)`.
        const l = link('x', s);
        expect(cells(`| ${l} | y |`)).toHaveLength(2);
        expect(l.indexOf(')')).toBe(l.length - 1);
      }),
      { numRuns: 1000 },
    );
  });

  test("encodePath encodes each segment, `!'()*` included, and decodes back", () => {
    expect(encodePath("a b/c#(d)!*'.py")).toBe('a%20b/c%23%28d%29%21%2A%27.py');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const e = encodePath(s);
        expect(e).toMatch(/^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(e)).toBe(s);
        expect(safeUrl(e)).toBe(e);
      }),
    );
  });
});
