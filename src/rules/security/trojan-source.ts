/** Bandit B613 (no Ruff code): a bidirectional control character in the source (Trojan Source). */
import { securityRule } from './common';

/** Bidirectional control characters: the embeddings, overrides and isolates, and the LRM and RLM marks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/**
 * The implicit marks (LRM U+200E, RLM U+200F) reorder nothing on their own: inside a string they
 * are ordinary text (Django's Arabic and Persian date formats hold them). Only the embeddings,
 * overrides and isolates can make a string or comment seem to end where it does not.
 */
const isMark = (ch: string): boolean => ch === '\u200e' || ch === '\u200f';

const codeOf = (ch: string): string => 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

export const trojanSource = securityRule({
  id: 'trojan-source',
  name: 'TrojanSource',
  bandit: 'B613',
  severity: 'HIGH',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'configuration',
    family: 'trojan-source',
    precision: 'high',
    why: "Bandit's medium confidence covers the implicit marks inside strings, which right-to-left text holds and which this rule no longer reports; an override or isolate character, or any bidirectional character in a comment or in code, has no use in source but to make the code shown differ from the code that runs.",
  },
  category: 'injection',
  cwe: [838],
  short: 'Bidirectional Unicode control character in source (Trojan Source)',
  full: 'The file contains a Unicode bidirectional control character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI or PDI anywhere; LRM or RLM outside string literals). Such characters reorder how code is displayed, so the code a reviewer reads can differ from the code that runs.',
  title: 'A bidirectional control character (Trojan Source)',
  why: 'Bidirectional overrides make editors and review tools show text in a different order than the compiler reads it. A comment can appear to close before code that is in fact inside it, or a string can seem to end early (CVE-2021-42574).',
  example:
    '# the line looks like a harmless comparison, but an RLO character reverses part of it\nif access_level != "user\u202e \u2066# Check if admin\u2069 \u2066":',
  fix: 'Remove the character; if right-to-left text is needed in a string, write it with `\\u` escapes.',
  fixed: 'if access_level != "user":  # Check if admin',
  notReported: [
    'Characters written as escapes (`"\\u202e"`): they are not in the file\'s text.',
    'The implicit marks LRM (U+200E) and RLM (U+200F) inside a string literal: they are ordinary text there (right-to-left date formats hold them) and cannot reorder the code around the string. In comments and elsewhere in the code they are reported.',
    'A second character on the same line: each line is reported once, its message naming every character found on it.',
    'Other invisible characters (zero-width spaces, homoglyphs).',
  ],
  create(context) {
    return {
      end() {
        const text = context.text;
        // Reportable characters by line: the first one's column, the last one's end, the code points.
        const byRow = new Map<number, { start: number; end: number; codes: string[] }>();
        let strings: number[] | undefined;
        let next = 0; // index into `strings` of the first range not wholly before the match
        for (const match of text.matchAll(BIDI)) {
          const index = match.index!;
          if (isMark(match[0])) {
            // The text of the string literals (without quotes, prefixes or f-string fields), as
            // [start, end) offsets in source order: read once, and only for a file with a mark.
            strings ??= context.tree.rootNode.descendantsOfType('string_content').flatMap((node) => [node.startIndex, node.endIndex]);
            while (next < strings.length && strings[next + 1] <= index) next += 2;
            if (next < strings.length && strings[next] <= index) continue;
          }
          const { row, column } = context.tree.pointAt(index);
          const code = codeOf(match[0]);
          const line = byRow.get(row);
          if (!line) byRow.set(row, { start: column, end: column + 1, codes: [code] });
          else {
            line.end = column + 1;
            if (!line.codes.includes(code)) line.codes.push(code);
          }
        }
        for (const [row, line] of byRow) {
          const what = line.codes.length === 1 ? `character ${line.codes[0]}` : `characters ${line.codes.join(', ')}`;
          context.reportRange(
            { row, column: line.start },
            { row, column: line.end },
            `bidirectional control ${what}: the code shown may differ from the code that runs`,
          );
        }
      },
    };
  },
});
