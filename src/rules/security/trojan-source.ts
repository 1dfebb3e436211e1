/** Bandit B613 (no Ruff code): a bidirectional control character in the source (Trojan Source). */
import { securityRule } from './common';

/** Bidirectional control characters used in Trojan Source attacks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200f]/g;

export const trojanSource = securityRule({
  id: 'trojan-source',
  name: 'TrojanSource',
  bandit: 'B613',
  severity: 'HIGH',
  confidence: 'MEDIUM',
  category: 'injection',
  cwe: [838],
  short: 'bidirectional Unicode control character in source (Trojan Source)',
  full: 'The file contains a Unicode bidirectional control character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI or RLM). Such characters reorder how code is displayed, so the code a reviewer reads can differ from the code that runs.',
  title: 'A bidirectional control character (Trojan Source)',
  why: 'Bidirectional overrides make editors and review tools show text in a different order than the compiler reads it. A comment can appear to close before code that is in fact inside it, or a string can seem to end early (CVE-2021-42574).',
  example:
    '# the line looks like a harmless comparison, but an RLO character reverses part of it\nif access_level != "user\u202e \u2066# Check if admin\u2069 \u2066":',
  fix: 'Remove the character; if right-to-left text is needed in a string, write it with `\\u` escapes.',
  fixed: 'if access_level != "user":  # Check if admin',
  notReported: [
    'Characters written as escapes (`"\\u202e"`): they are not in the file\'s text.',
    'Other invisible characters (zero-width spaces, homoglyphs).',
  ],
  create(context) {
    return {
      end() {
        const text = context.text;
        for (const match of text.matchAll(BIDI)) {
          const index = match.index!;
          const before = text.lastIndexOf('\n', index - 1);
          const row = (text.slice(0, index).match(/\n/g) ?? []).length;
          const column = index - before - 1;
          const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          context.reportRange(
            { row, column },
            { row, column: column + 1 },
            `bidirectional control character U+${code}: the code shown may differ from the code that runs`,
          );
        }
      },
    };
  },
});
