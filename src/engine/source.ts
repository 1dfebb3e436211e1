import { TextDecoder } from 'util';

/**
 * Turning a file's bytes into the text Python would read: UTF-8 (with or without BOM) by default,
 * or the encoding named by a PEP 263 coding declaration on line 1 or 2.
 */
export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /**
       * The text as codeql-action reads the file for its line hashes: the bytes as UTF-8, a BOM
       * kept. For a UTF-8 file that is `text` with its BOM put back; otherwise a second decoding.
       */
      hashText: () => string;
    }
  | { ok: false; reason: string };

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** PEP 263: the declaration must be on line 1 or 2 (line 2 only if line 1 is a comment or blank). */
export function codingDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/, 2);
  const first = CODING.exec(lines[0] ?? '');
  if (first) return first[1].toLowerCase();
  if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) {
    const second = CODING.exec(lines[1]);
    if (second) return second[1].toLowerCase();
  }
  return undefined;
}

function normaliseEncoding(name: string): string {
  const n = name.replace(/_/g, '-');
  if (n === 'utf8' || n.startsWith('utf-8')) return 'utf-8';
  if (n === 'latin-1' || n === 'latin1' || n.startsWith('iso-8859-1') || n.startsWith('iso-latin-1')) return 'latin1';
  return n;
}

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) {
    return { ok: false, reason: 'contains NUL bytes (Python refuses such source; binary file?)' };
  }
  let body = bytes;
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) body = bytes.subarray(3);
  const declared = codingDeclaration(body);
  const encoding = hasBom || !declared ? 'utf-8' : normaliseEncoding(declared);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return { ok: false, reason: `declares an encoding this tool does not know: '${declared}'` };
  }
  try {
    const text = decoder.decode(body);
    const utf8 = decoder.encoding === 'utf-8';
    const hashText = (): string => (utf8 ? (hasBom ? '\ufeff' : '') + text : Buffer.from(bytes).toString('utf8'));
    return { ok: true, text, encoding: decoder.encoding, hashText };
  } catch {
    return {
      ok: false,
      reason: declared ? `is not valid ${declared} as its coding declaration says` : 'is not valid UTF-8 and has no coding declaration',
    };
  }
}
