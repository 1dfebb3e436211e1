/** Bandit B106 / Ruff S106: a string literal passed as a password-like keyword argument. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { securityRule } from './common';
import { PASSWORD_SPEC, isPasswordName, literal } from './password-names';

export const hardcodedPasswordFuncArg = securityRule({
  ...PASSWORD_SPEC,
  id: 'hardcoded-password-func-arg',
  name: 'HardcodedPasswordFuncArg',
  bandit: 'B106',
  ruff: 'S106',
  short: 'Possible hardcoded password passed as a keyword argument',
  full: 'A call passes a string literal to a keyword argument whose name suggests a password, token or secret (password="...", api_token="...").',
  title: 'A hardcoded password passed to a function',
  why: 'A literal passed as `password=` or `token=` is a credential written in the source, visible to everyone who can read the code and its history.',
  example: 'conn = connect(host="db", user="app", password="hunter2")',
  fixed: 'import os\n\nconn = connect(host="db", user="app", password=os.environ["DB_PASSWORD"])',
  create(context) {
    return {
      keyword_argument(node: Node) {
        const name = node.childForFieldName('name')?.text;
        if (!name || !isPasswordName(name)) return;
        // `node.parent` costs the node's depth: asked only of candidates.
        if (node.parent?.type !== 'argument_list' || node.parent.parent?.type !== 'call') return;
        if (literal(node.childForFieldName('value'))) {
          context.report(node, `possible hardcoded password: a string literal is passed as \`${name}=\``);
        }
      },
    };
  },
});
