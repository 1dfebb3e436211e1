import fc from 'fast-check';
import { lineHashes } from '../../src/engine/fingerprint';

/**
 * The algorithm as codeql-action's documentation states it, written plainly with BigInt: the
 * reference the fast implementation is checked against.
 */
function referenceHashes(text: string): string[] {
  const MOD = 1n << 64n;
  const codes: number[] = [];
  const starts: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09) continue;
    if (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d) continue;
    if (code === 0x0d) code = 0x0a;
    if (lineStart) starts.push(codes.length);
    lineStart = code === 0x0a;
    codes.push(code);
  }
  if (lineStart) starts.push(codes.length);
  codes.push(65535);
  const seen = new Map<bigint, number>();
  return starts.map((start) => {
    let hash = 0n;
    for (let k = 0; k < 100; k++) hash = (hash * 37n + BigInt(codes[start + k] ?? 0)) % MOD;
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return `${hash.toString(16)}:${count}`;
  });
}

// Expected values are the published test vectors of github/codeql-action's fingerprint tests.
function hashes(text: string): string[] {
  return [...lineHashes(text).entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}

describe('primaryLocationLineHash', () => {
  test('empty file', () => {
    expect(hashes('')).toEqual(['c129715d7a2bc9a3:1']);
  });

  test('leading whitespace is ignored', () => {
    expect(hashes(' a\nb\n  \t\tc\n d')).toEqual(['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']);
  });

  test('no trailing newline', () => {
    expect(hashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End')).toEqual([
      '8b7cf3e952e7aeb2:1',
      'b1ae1287ec4718d9:1',
      'bff680108adb0fcc:1',
      'c6805c5e1288b612:1',
      'b86d3392aea1be30:1',
      'e6ceba753e1a442:1',
    ]);
  });

  const normalised = [
    'e9496ae3ebfced30:1',
    'fb7c023a8b9ccb3f:1',
    'ce8ba1a563dcdaca:1',
    'e20e36e16fcb0cc8:1',
    'b3edc88f2938467e:1',
    'c8e28b0b4002a3a0:1',
    'c129715d7a2bc9a3:1',
  ];
  test.each([
    ['LF', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n'],
    ['CR', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r'],
    ['CRLF', ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n'],
    ['mixed', ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n'],
  ])('line endings are normalised (%s)', (_name, text) => {
    expect(hashes(text)).toEqual(normalised);
  });

  test('identical windows get occurrence suffixes', () => {
    expect(hashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]);
  });

  test('only the wanted lines are returned', () => {
    const got = lineHashes(' a\nb\n  \t\tc\n d', new Set([2]));
    expect([...got.entries()]).toEqual([[2, '54703d4cd895b18:1']]);
  });

  test('agrees with a plain BigInt reference on arbitrary text (high code units, all line endings)', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', 'a', 'Z', '#', '\u00e9', '\uffff', '\ud83d\ude00'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), (units) => {
        const text = units.join('');
        expect(hashes(text)).toEqual(referenceHashes(text));
      }),
      { numRuns: 300 },
    );
  });

  test('any set of wanted lines gets exactly the hashes of the full computation (occurrences included)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'return x' : i % 5 === 0 ? '' : `  value_${i % 13} = f(${i % 3})\r`));
    const text = lines.join('\n');
    const all = lineHashes(text);
    expect(all.size).toBe(400);
    for (const wanted of [[1], [400], [7, 8, 15, 22], [399, 2, 200], Array.from({ length: 50 }, (_, i) => i * 8 + 1)]) {
      const got = lineHashes(text, new Set(wanted));
      expect([...got.entries()].sort((a, b) => a[0] - b[0])).toEqual(wanted.sort((a, b) => a - b).map((line) => [line, all.get(line)]));
    }
  });
});
