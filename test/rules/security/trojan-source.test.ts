import { trojanSource } from '../../../src/rules/security/trojan-source';
import { findings, hits, lines } from './helpers';

describe('trojan-source', () => {
  test('trojan source characters', async () => {
    const src = lines('x = 1', 's = "abc\u202edef"', 't = "\\u202e"');
    expect(await hits([trojanSource], src)).toEqual(['trojan-source@2']);
  });

  test('LRM and RLM inside string literals are text, not Trojan Source (Django date formats)', async () => {
    const src = lines('DATE_FORMAT = "j\u200f F\u200f Y"', "MONTH_DAY_FORMAT = 'j\u200e F'", 'doc = """\u200f"""', 'f"{x}\u200e"', 'b = b"\u200f"');
    expect(await hits([trojanSource], src)).toEqual([]);
  });

  test('LRM and RLM in comments and code are reported', async () => {
    const src = lines('x = 1  # note\u200f', 'y\u200e = 2', 'z = "ok"  # \u200e');
    expect(await hits([trojanSource], src)).toEqual(['trojan-source@1', 'trojan-source@2', 'trojan-source@3']);
  });

  test('an f-string field is code: a mark in it is reported', async () => {
    expect(await hits([trojanSource], lines('s = f"a{x\u200f}b"'))).toEqual(['trojan-source@1']);
  });

  test('overrides and isolates are reported anywhere, strings included', async () => {
    const src = lines(
      's = "\u202a"',
      's = "\u202b"',
      's = "\u202c"',
      's = "\u202d"',
      's = "\u2066"',
      's = "\u2067"',
      's = "\u2068"',
      's = "\u2069"',
      '# \u202e',
    );
    expect(await hits([trojanSource], src)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `trojan-source@${n}`));
  });

  test('one alert per line, naming every character on it', async () => {
    const src = lines('if access_level != "user\u202e \u2066# Check if admin\u2069 \u2066":', '    pass');
    const found = await findings([trojanSource], src);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 25, endLine: 1, endColumn: 47 });
    expect(found[0].message).toBe('bidirectional control characters U+202E, U+2066, U+2069: the code shown may differ from the code that runs');
  });

  test('a mark in a string does not hide an override on the same line', async () => {
    const found = await findings([trojanSource], lines('s = "\u200f"  # \u202e'));
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 12, 'bidirectional control character U+202E: the code shown may differ from the code that runs'],
    ]);
  });
});
