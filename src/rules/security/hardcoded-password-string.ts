/** Bandit B105 / Ruff S105: a string literal assigned to, or compared with, a password-like name. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { unparenthesize } from '../../analysis/literals';
import { securityRule } from './common';
import { PASSWORD_SPEC, isPasswordName, literal, targetName } from './password-names';

export const hardcodedPasswordString = securityRule({
  ...PASSWORD_SPEC,
  id: 'hardcoded-password-string',
  name: 'HardcodedPasswordString',
  bandit: 'B105',
  ruff: 'S105',
  short: 'Possible hardcoded password assigned to or compared with a password-like name',
  full: 'A string literal is assigned to, or compared with, a variable, attribute, dictionary key or subscript whose name suggests a password, token or secret. Secrets in source code are readable by everyone with access to the repository and its history.',
  title: 'A hardcoded password string',
  why: 'A secret written in the source is shared with everyone who can read the repository, its forks, its history and every built artifact, and it cannot be rotated without a code change. Comparing input against a literal password is the same secret in another form.',
  example: 'DB_PASSWORD = "hunter2"\n\nif token == "s3cr3t-admin":\n    grant()',
  fixed: 'import hmac, os\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n\nif hmac.compare_digest(token, os.environ["ADMIN_TOKEN"]):\n    grant()',
  create(context) {
    const report = (value: Node, name: string, how: string): void => {
      // On the string itself, as Ruff reports it (`("secret")`: where a `# noqa: S105` goes).
      context.report(unparenthesize(value), `possible hardcoded password: a string literal is ${how} \`${name}\``);
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
        // `operators[i]` stands between `operands[i]` and `operands[i + 1]`.
        const operators = node.childrenForFieldName('operators');
        for (let i = 0; i + 1 < operands.length; i++) {
          // `"$" in password`, `password not in "..."`: a membership test, not a secret.
          const operator = operators[i]?.type;
          if (operator === 'in' || operator === 'not in') continue;
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
});
