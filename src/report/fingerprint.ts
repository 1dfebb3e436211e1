/**
 * `primaryLocationLineHash`, computed the way github/codeql-action computes it when it uploads
 * SARIF without fingerprints, so that alerts deduplicate whichever path uploads Tendril's SARIF.
 *
 * The algorithm, as that action documents it: a rolling polynomial hash (base 37, arithmetic modulo
 * 2^64) over a window of the next 100 characters counted from the start of each line, skipping
 * spaces and tabs, with `\r\n`, `\r` and `\n` all read as `\n`; after the last character comes an
 * end marker (65535) and then zeros to fill the window. The text is the file's bytes decoded as
 * UTF-8 (invalid sequences become U+FFFD, a BOM stays), read in UTF-16 code units. Identical hashes
 * in one file are told apart by a `:N` occurrence suffix.
 *
 * The 64-bit arithmetic is done on two 32-bit halves with plain numbers: every multiplier is below
 * 2^17, so each partial product stays exact in a double.
 */
const WINDOW = 100;
const BASE = 37;
const TWO32 = 0x1_0000_0000;
const END_OF_FILE = 65535;

/** BASE^WINDOW mod 2^64 as [hi, lo]. */
const FIRST_MOD: [number, number] = (() => {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < WINDOW; i++) [hi, lo] = mulSmall(hi, lo, BASE);
  return [hi, lo];
})();

function mulSmall(hi: number, lo: number, k: number): [number, number] {
  const low = lo * k;
  const carry = Math.floor(low / TWO32);
  return [(hi * k + carry) % TWO32, low % TWO32];
}

function hex64(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/**
 * Hashes of the 1-based `wanted` lines of `text` (all lines when `wanted` is omitted), as
 * `"<hex>:<occurrence>"` strings. Stops once the last wanted line is hashed (the occurrence count
 * of a line only depends on the lines before it). The arithmetic is inlined: this runs over every
 * character of every file that has a finding.
 */
export function lineHashes(text: string, wanted?: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let last = wanted ? 0 : Infinity;
  if (wanted) for (const line of wanted) if (line > last) last = line;
  const window = new Int32Array(WINDOW);
  const lineAt = new Int32Array(WINDOW).fill(-1);
  // Occurrences of each hash so far, keyed by its high then its low half (no string per line).
  const seen = new Map<number, Map<number, number>>();
  const [firstHi, firstLo] = FIRST_MOD;
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  let done = false;

  const emit = (): void => {
    let byLo = seen.get(hi);
    if (!byLo) seen.set(hi, (byLo = new Map()));
    const count = (byLo.get(lo) ?? 0) + 1;
    byLo.set(lo, count);
    const line = lineAt[index];
    if (!wanted || wanted.has(line)) out.set(line, `${hex64(hi, lo)}:${count}`);
    if (line >= last) done = true;
    lineAt[index] = -1;
  };

  const update = (current: number): void => {
    const begin = window[index];
    window[index] = current;
    // hash = hash * BASE + current - FIRST_MOD * begin   (mod 2^64), on 32-bit halves.
    let l = lo * BASE + current;
    let h = hi * BASE + Math.floor(l / TWO32);
    l %= TWO32;
    const sl = firstLo * begin;
    const sh = firstHi * begin + Math.floor(sl / TWO32);
    l -= sl % TWO32;
    if (l < 0) {
      l += TWO32;
      h -= 1;
    }
    h -= sh;
    h %= TWO32;
    if (h < 0) h += TWO32;
    hi = h;
    lo = l;
    index = index === WINDOW - 1 ? 0 : index + 1;
  };

  const process = (code: number): void => {
    if (code === 0x20 || code === 0x09 || (prevCR && code === 0x0a)) {
      prevCR = false;
      return;
    }
    if (code === 0x0d) {
      code = 0x0a;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineAt[index] = lineNumber;
    }
    if (code === 0x0a) lineStart = true;
    update(code);
  };

  for (let i = 0; i < text.length && !done; i++) process(text.charCodeAt(i));
  if (done) return out;
  process(END_OF_FILE);
  for (let i = 0; i < WINDOW; i++) {
    if (lineAt[index] !== -1) emit();
    update(0);
  }
  return out;
}
