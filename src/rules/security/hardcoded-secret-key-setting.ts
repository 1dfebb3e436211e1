/**
 * The secret key of a web framework written in the source: Flask's `app.secret_key` and
 * `SECRET_KEY` (app.config), Django's `SECRET_KEY` in a settings module. CodeQL's
 * py/hardcoded-credentials (9.8), Medium at most by the policy: a development settings module
 * often holds one on purpose.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { stringLiteralValue } from '../../analysis/literals';
import { taint } from '../../analysis/taint';
import { defineRule } from '../define';
import { decideGroups } from './run-time';
import { djangoSettings, flaskSettingWrites, isStringLiteral, webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'pattern',
  family: 'hardcoded-key',
  reference: { name: "CodeQL's `py/hardcoded-credentials`", score: 9.8 },
  why: 'a settings module with a literal key is often a development one, so a pattern, Medium at most',
});

export const hardcodedSecretKeySetting = defineRule({
  meta: {
    id: 'hardcoded-secret-key-setting',
    name: 'HardcodedSecretKeySetting',
    kind: 'security',
    shortDescription: "A web framework's secret key is written in the source (Flask secret_key, SECRET_KEY)",
    fullDescription:
      "The key Flask or Django signs sessions, cookies and tokens with is a literal of the source: Flask's app.secret_key or SECRET_KEY, Django's SECRET_KEY in a settings module. " +
      'Anyone who reads the code can forge a session cookie (Flask keeps the whole session in it) or password-reset tokens.',
    category: 'web-configuration',
    aliases: [],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [798],
    // One alert per statement: the generic password rule (Bandit's B105) matches `secret_key` too.
    supersedes: ['hardcoded-password-string'],
  },
  docs: {
    title: "A web framework's secret key written in the source",
    why:
      'Flask signs its session cookie, and Django its sessions, messages and password-reset links, with the secret key. With the key from the source, anyone can sign a Flask session saying `{"user_id": 1}`, ' +
      'or forge what Django signs. A development settings module often holds a throwaway key on purpose; a production one must not.',
    example: 'from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = "dev-secret"\n',
    fix: 'Read the key from the environment or a secret store at start-up (`app.secret_key = os.environ["FLASK_SECRET_KEY"]`, `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`), different for each deployment.',
    fixed: 'import os\n\nfrom flask import Flask\n\napp = Flask(__name__)\napp.secret_key = os.environ["FLASK_SECRET_KEY"]\n',
    notReported: [
      'Keys read from the environment (with or without a fallback), generated (`os.urandom`, `secrets.token_hex`, `get_random_secret_key()`) or read from a file.',
      "An empty key (`SECRET_KEY = ''`): it signs nothing; Django refuses to start with it and Flask to sign a session.",
      "A module-level `SECRET_KEY` outside a Django settings module (one whose path names settings, or that sets `INSTALLED_APPS`, `ROOT_URLCONF`, `MIDDLEWARE`, ...), and Flask's in files that do not import flask.",
      'Keys passed to jwt, Fernet or hmac: those are `hardcoded-secret-key`.',
    ],
    more: GRADING.more,
  },
  uses: [calls, taint],
  create(context) {
    const key = flaskSettingWrites('secret_key', 'SECRET_KEY', true);
    return {
      ...key.visitor,
      end() {
        const writes: { at: Node; value: Node }[] = key.writes(context.analysis(calls));
        for (const s of djangoSettings(context.path, context.tree.node(0))) if (s.name === 'SECRET_KEY') writes.push({ at: s.statement, value: s.value });
        const verdicts = decideGroups(
          context,
          writes.map(({ value }) => (isStringLiteral(value) ? [] : [value])),
          'code',
        );
        writes.forEach(({ at, value }, i) => {
          if (!isStringLiteral(value) && verdicts[i] !== 'constant') return;
          // An empty key signs nothing: Django refuses to start with it, Flask refuses to sign sessions.
          if (stringLiteralValue(value) === '') return;
          context.report(
            at,
            'The secret key is written in the source: anyone who reads the code can sign sessions and tokens with it; read it from the environment or a secret store',
          );
        });
      },
    };
  },
});
