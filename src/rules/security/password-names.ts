/**
 * What the three hardcoded-password rules (B105, B106, B107) share: which names look like they
 * hold a secret, how a target is named, and their common documentation. It defines no rule.
 * Messages name the variable, never the value: alerts must not copy secrets.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';

/** Names that look like they hold a password, token or secret (`db_password`, `PASSWD`, `api_token`, `secret_`). */
const CANDIDATE = /(^|_)(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)($|_)/i;

export function isPasswordName(name: string): boolean {
  return CANDIDATE.test(name);
}

/** The name a target is known by: `password`, `self.password` -> `password`, `d["password"]` -> `password`. */
export function targetName(node: Node): string | undefined {
  const expr = unparenthesize(node);
  if (expr.type === 'identifier') return expr.text;
  if (expr.type === 'attribute') return expr.childForFieldName('attribute')?.text;
  if (expr.type === 'subscript') {
    const index = expr.childForFieldName('subscript');
    return index ? stringLiteralValue(index) : undefined;
  }
  return undefined;
}

/** A plain string literal value (with no interpolation), or undefined. */
export function literal(node: Node | null | undefined): string | undefined {
  return node ? stringLiteralValue(node) : undefined;
}

/** The grading and fix the three rules share. */
export const PASSWORD_SPEC = {
  severity: 'LOW' as const,
  confidence: 'MEDIUM' as const,
  grading: { evidence: 'pattern' as const, family: 'hardcoded-password' },
  category: 'secrets',
  cwe: [259],
  fix: 'Read secrets at run time from the environment (`os.environ["DB_PASSWORD"]`), a secrets manager, or a file outside the repository, and rotate any secret that was committed: it stays in the history.',
  notReported: [
    'Empty strings.',
    'Membership tests (`"=" in token`, `"$" not in password`): the literal is a character or substring looked for, not a secret.',
    'Values that are not plain string literals (f-strings with fields, calls such as `os.environ["PASSWORD"]`, names).',
    'Names that do not contain `password`, `passwd`, `pwd`, `pass`, `passphrase`, `token` or `secret` as a word (separated by `_` or at the ends): `passenger`, `tokenizer` and `bypass` are not candidates.',
  ],
};
