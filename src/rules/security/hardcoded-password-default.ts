/** Bandit B107 / Ruff S107: a string literal as the default of a password-like parameter. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { securityRule } from './common';
import { PASSWORD_SPEC, isPasswordName, literal } from './password-names';

export const hardcodedPasswordDefault = securityRule({
  ...PASSWORD_SPEC,
  id: 'hardcoded-password-default',
  name: 'HardcodedPasswordDefault',
  bandit: 'B107',
  ruff: 'S107',
  short: 'Possible hardcoded password as a parameter default',
  full: 'A function parameter whose name suggests a password, token or secret has a string literal default: callers that omit it silently use a credential written in the source.',
  title: 'A hardcoded password as a default argument',
  why: 'A default value for a `password` or `token` parameter is a credential in the source code, and every caller that forgets the argument uses it without noticing.',
  example: 'def connect(user, password="admin"):\n    ...',
  fixed: 'def connect(user, password):\n    ...',
  create(context) {
    const check = (node: Node): void => {
      const name = node.childForFieldName('name')?.text;
      const value = node.childForFieldName('value');
      if (name && value && isPasswordName(name) && literal(value)) {
        context.report(value, `possible hardcoded password: the parameter \`${name}\` has a string literal default`);
      }
    };
    return { default_parameter: check, typed_default_parameter: check };
  },
});
