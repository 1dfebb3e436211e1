/**
 * Bandit B105, B106, B107 / Ruff S105, S106, S107: a string literal given to something whose name
 * says it is a password, token or secret. Three rules, one per place the literal appears:
 * assigned or compared (B105), passed as a keyword argument (B106), a parameter's default (B107).
 * Messages name the variable, never the value: alerts must not copy secrets.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { stringLiteralValue, unparenthesize } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { securityMeta } from './common';

/** Names that look like they hold a password, token or secret (`db_password`, `PASSWD`, `api_token`, `secret_`). */
const CANDIDATE = /(^|_)(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)($|_)/i;

export function isPasswordName(name: string): boolean {
  return CANDIDATE.test(name);
}

/** The name a target is known by: `password`, `self.password` -> `password`, `d["password"]` -> `password`. */
function targetName(node: Node): string | undefined {
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
function literal(node: Node | null | undefined): string | undefined {
  return node ? stringLiteralValue(node) : undefined;
}

const COMMON_NOT_REPORTED = [
  'Empty strings.',
  'Values that are not plain string literals (f-strings with fields, calls such as `os.environ["PASSWORD"]`, names).',
  'Names that do not contain `password`, `passwd`, `pwd`, `pass`, `passphrase`, `token` or `secret` as a word (separated by `_` or at the ends): `passenger`, `tokenizer` and `bypass` are not candidates.',
];

const FIX = 'Read secrets at run time from the environment (`os.environ["DB_PASSWORD"]`), a secrets manager, or a file outside the repository, and rotate any secret that was committed: it stays in the history.';

function spec(kind: 'string' | 'argument' | 'default') {
  const common = { severity: 'LOW' as const, confidence: 'MEDIUM' as const, category: 'secrets', cwe: [259], fix: FIX };
  if (kind === 'string')
    return securityMeta({
      ...common, id: 'hardcoded-password-string', name: 'HardcodedPasswordString', bandit: 'B105', ruff: 'S105',
      short: 'possible hardcoded password assigned to or compared with a password-like name',
      full: 'A string literal is assigned to, or compared with, a variable, attribute, dictionary key or subscript whose name suggests a password, token or secret. Secrets in source code are readable by everyone with access to the repository and its history.',
      title: 'A hardcoded password string',
      why: 'A secret written in the source is shared with everyone who can read the repository, its forks, its history and every built artifact, and it cannot be rotated without a code change. Comparing input against a literal password is the same secret in another form.',
      example: 'DB_PASSWORD = "hunter2"\n\nif token == "s3cr3t-admin":\n    grant()',
      notReported: COMMON_NOT_REPORTED,
    });
  if (kind === 'argument')
    return securityMeta({
      ...common, id: 'hardcoded-password-func-arg', name: 'HardcodedPasswordFuncArg', bandit: 'B106', ruff: 'S106',
      short: 'possible hardcoded password passed as a keyword argument',
      full: 'A call passes a string literal to a keyword argument whose name suggests a password, token or secret (password="...", api_token="...").',
      title: 'A hardcoded password passed to a function',
      why: 'A literal passed as `password=` or `token=` is a credential written in the source, visible to everyone who can read the code and its history.',
      example: 'conn = connect(host="db", user="app", password="hunter2")',
      notReported: COMMON_NOT_REPORTED,
    });
  return securityMeta({
    ...common, id: 'hardcoded-password-default', name: 'HardcodedPasswordDefault', bandit: 'B107', ruff: 'S107',
    short: 'possible hardcoded password as a parameter default',
    full: 'A function parameter whose name suggests a password, token or secret has a string literal default: callers that omit it silently use a credential written in the source.',
    title: 'A hardcoded password as a default argument',
    why: 'A default value for a `password` or `token` parameter is a credential in the source code, and every caller that forgets the argument uses it without noticing.',
    example: 'def connect(user, password="admin"):\n    ...',
    notReported: COMMON_NOT_REPORTED,
  });
}

export const hardcodedPasswordString: Rule = (() => {
  const meta = spec('string');
  return {
    meta,
    create(context: FileContext) {
      const report = (value: Node, name: string, how: string): void => {
        context.report(meta, value, `possible hardcoded password: a string literal is ${how} \`${name}\``);
      };
      return {
        assignment(node: Node) {
          // The target's name first: it is cheaper to read than the value, and rarely a candidate.
          const left = node.childForFieldName('left');
          const name = left ? targetName(left) : undefined;
          if (!name || !isPasswordName(name)) return;
          // Chained assignment `a = b = "x"`: the right side is itself an assignment, handled there.
          const right = node.childForFieldName('right');
          if (right && literal(right)) report(right, name, 'assigned to');
        },
        comparison_operator(node: Node) {
          const operands = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
          for (let i = 0; i + 1 < operands.length; i++) {
            const [a, b] = [operands[i], operands[i + 1]];
            const nameA = targetName(a);
            if (nameA && isPasswordName(nameA) && literal(b)) report(b, nameA, 'compared with');
            const nameB = targetName(b);
            if (nameB && isPasswordName(nameB) && literal(a)) report(a, nameB, 'compared with');
          }
        },
        pair(node: Node) {
          const key = node.childForFieldName('key');
          const value = node.childForFieldName('value');
          const name = key ? literal(key) : undefined;
          if (name && value && isPasswordName(name) && literal(value)) report(value, name, 'stored under the key');
        },
      };
    },
  };
})();

export const hardcodedPasswordFuncArg: Rule = (() => {
  const meta = spec('argument');
  return {
    meta,
    create(context: FileContext) {
      return {
        keyword_argument(node: Node) {
          const name = node.childForFieldName('name')?.text;
          if (!name || !isPasswordName(name)) return;
          // `node.parent` costs the node's depth: asked only of candidates.
          if (node.parent?.type !== 'argument_list' || node.parent.parent?.type !== 'call') return;
          if (literal(node.childForFieldName('value'))) {
            context.report(meta, node, `possible hardcoded password: a string literal is passed as \`${name}=\``);
          }
        },
      };
    },
  };
})();

export const hardcodedPasswordDefault: Rule = (() => {
  const meta = spec('default');
  return {
    meta,
    create(context: FileContext) {
      const check = (node: Node): void => {
        const name = node.childForFieldName('name')?.text;
        const value = node.childForFieldName('value');
        if (name && value && isPasswordName(name) && literal(value)) {
          context.report(meta, value, `possible hardcoded password: the parameter \`${name}\` has a string literal default`);
        }
      };
      return { default_parameter: check, typed_default_parameter: check };
    },
  };
})();
