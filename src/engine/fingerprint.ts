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
 * The 64-bit arithmetic is done on two 32-bit halves held in plain numbers: every step of a half
 * (`half * 37 + carry - FIRST_MOD half * character`) stays within 2^49 in magnitude, so it is
 * exact in a double; the low half's carry is `floor(t / 2^32)`, and the high half is taken
 * modulo 2^32 with `>>> 0`, exact for any such value.
 */
const WINDOW = 100;
const BASE = 37;
const END_OF_FILE = 65535;

const TWO_32 = 4294967296;

/** BASE^WINDOW mod 2^64 as its high and low 32 bits. */
const FIRST_MOD: readonly [number, number] = (() => {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < WINDOW; i++) {
    const t = lo * BASE;
    const carry = Math.floor(t / TWO_32);
    lo = t - carry * TWO_32;
    hi = (hi * BASE + carry) >>> 0;
  }
  return [hi, lo];
})();

function hex64(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/**
 * Hashes of the 1-based `wanted` lines of `text` (all lines when `wanted` is omitted), as
 * `"<hex>:<occurrence>"` strings. Stops once the last wanted line is hashed (the occurrence count
 * of a line only depends on the lines before it). One loop, no calls per character: this runs
 * over every character of every file that has a finding. The loop only records each line's hash;
 * occurrences are counted afterwards, and only of the hashes of wanted lines.
 */
export function lineHashes(text: string, wanted?: ReadonlySet<number>): Map<number, string> {
  let last = wanted ? 0 : Infinity;
  if (wanted) for (const line of wanted) if (line > last) last = line;
  const window = new Int32Array(WINDOW);
  const lineAt = new Int32Array(WINDOW).fill(-1);
  // The hash of line n + 1, as its high and low 32 bits.
  const his: number[] = [];
  const los: number[] = [];
  const [fHi, fLo] = FIRST_MOD;
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const length = text.length;
  // Characters of the text, then the end marker, then WINDOW zeros to flush the window.
  for (let i = 0, stop = length + 1 + WINDOW; i < stop; i++) {
    let code: number;
    if (i < length) {
      code = text.charCodeAt(i);
      if (code === 0x20 || code === 0x09 || (prevCR && code === 0x0a)) {
        prevCR = false;
        continue;
      }
      if (code === 0x0d) {
        code = 0x0a;
        prevCR = true;
      } else prevCR = false;
    } else code = i === length ? END_OF_FILE : 0;
    // The line whose window is now full: record its hash (lines complete in order).
    const line = lineAt[index];
    if (line !== -1) {
      his.push(hi);
      los.push(lo);
      if (line >= last) break;
      lineAt[index] = -1;
    }
    if (i <= length) {
      // The end marker is read like a character: after a final newline it starts a last, empty line.
      if (lineStart) {
        lineStart = false;
        lineAt[index] = ++lineNumber;
      }
      if (code === 0x0a) lineStart = true;
    }
    // hash = hash * BASE + code - FIRST_MOD * begin   (mod 2^64), half by half.
    const begin = window[index];
    window[index] = code;
    const t = lo * BASE + code - fLo * begin;
    const carry = Math.floor(t / TWO_32);
    lo = t - carry * TWO_32;
    hi = (hi * BASE + carry - fHi * begin) >>> 0;
    index = index === WINDOW - 1 ? 0 : index + 1;
  }
  return occurrences(his, los, wanted);
}

/**
 * `"<hex>:<occurrence>"` of the wanted lines (all when omitted), from the hashes of lines 1..n:
 * a line's occurrence is 1 + the number of earlier lines with the same hash. Lines whose hash no
 * wanted line has are passed over with one look-up of a small integer (30 bits of the low half).
 */
function occurrences(his: readonly number[], los: readonly number[], wanted?: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  // The distinct hashes of wanted lines, by the small-integer key, with their running counts.
  const counts = new Map<number, { hi: number; lo: number; count: number }[]>();
  const entryOf = (k: number, add: boolean): { hi: number; lo: number; count: number } | undefined => {
    const hi = his[k];
    const lo = los[k];
    const key = lo & 0x3fffffff;
    let bucket = counts.get(key);
    if (!bucket) {
      if (!add) return undefined;
      counts.set(key, (bucket = []));
    }
    for (const entry of bucket) if (entry.hi === hi && entry.lo === lo) return entry;
    if (!add) return undefined;
    const entry = { hi, lo, count: 0 };
    bucket.push(entry);
    return entry;
  };
  if (wanted) for (const line of wanted) if (line >= 1 && line <= his.length) entryOf(line - 1, true);
  for (let k = 0; k < his.length; k++) {
    const entry = entryOf(k, !wanted);
    if (!entry) continue;
    entry.count++;
    if (!wanted || wanted.has(k + 1)) out.set(k + 1, `${hex64(entry.hi, entry.lo)}:${entry.count}`);
  }
  return out;
}
