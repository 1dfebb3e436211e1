/**
 * A key written in the source passed as the key of a signing or encryption call: `jwt.encode`/
 * `decode` (PyJWT, python-jose), `Fernet(...)`, `hmac.new`/`hmac.digest`, itsdangerous signers.
 * Written literally, or proven by the data-flow analysis to be made of literals only (a module
 * constant, a constant branch). CodeQL's py/hardcoded-credentials (9.8), High at most by the policy.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { taint } from '../../analysis/taint';
import { defineRule } from '../define';
import { callName } from './common';
import { decideGroups } from './run-time';
import { isStringLiteral, webGrading } from './web-config';

/** Calls and where their key is: positional index and keyword. */
const KEYED: Record<string, [number, string]> = {
  'jwt.encode': [1, 'key'],
  'jwt.decode': [1, 'key'],
  'jwt.api_jwt.encode': [1, 'key'],
  'jwt.api_jwt.decode': [1, 'key'],
  'jose.jwt.encode': [1, 'key'],
  'jose.jwt.decode': [1, 'key'],
  'cryptography.fernet.Fernet': [0, 'key'],
  'hmac.new': [0, 'key'],
  'hmac.digest': [0, 'key'],
  'hmac.HMAC': [0, 'key'],
  'itsdangerous.Signer': [0, 'secret_key'],
  'itsdangerous.TimestampSigner': [0, 'secret_key'],
  'itsdangerous.Serializer': [0, 'secret_key'],
  'itsdangerous.URLSafeSerializer': [0, 'secret_key'],
  'itsdangerous.URLSafeTimedSerializer': [0, 'secret_key'],
};

const GRADING = webGrading({
  evidence: 'configuration',
  family: 'hardcoded-key',
  reference: { name: "CodeQL's `py/hardcoded-credentials`", score: 9.8 },
  why: 'a key in the source is usable by anyone who reads it, wherever the code runs, but the result shows a setting, not a proven attack, so High at most',
});

export const hardcodedSecretKey = defineRule({
  meta: {
    id: 'hardcoded-secret-key',
    name: 'HardcodedSecretKey',
    kind: 'security',
    shortDescription: 'A key written in the source signs or encrypts data (JWT, Fernet, HMAC)',
    fullDescription:
      'A signing or encryption key is a literal of the source code, passed to jwt.encode/decode, Fernet, hmac or an itsdangerous signer. Anyone who can read the code ' +
      '(the repository, a package, a leaked image) can forge tokens and signatures or decrypt the data, and the key cannot be rotated without a release.',
    category: 'web-configuration',
    aliases: ['py/hardcoded-credentials'],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [798, 321],
  },
  docs: {
    title: 'Key written in the source',
    why:
      'A key protects only as long as it is secret. Written in the code, it is in every clone, every package and every container image, and in the history for good: ' +
      'whoever reads it signs their own JWTs (`{"sub": "admin"}`), forges HMAC signatures of webhooks, or decrypts what Fernet encrypted.',
    example: 'import jwt\n\n\ndef issue(user_id):\n    return jwt.encode({"sub": user_id}, "s3cr3t-signing-key", algorithm="HS256")\n',
    fix: 'Read the key at start-up from the environment or a secret store (`os.environ["JWT_SECRET"]`, a mounted file), generate it (`Fernet.generate_key()`, `secrets.token_bytes(32)`) and keep it outside the code.',
    fixed: 'import os\n\nimport jwt\n\n\ndef issue(user_id):\n    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")\n',
    notReported: [
      'Keys read at run time (the environment, a file, settings), generated, or passed in as parameters: where they come from is not in this code.',
      'Keys from the environment with a literal fallback (`os.environ.get("KEY", "dev")`): not a literal passed as the key (the value may be the environment\'s).',
      'Settings holding a key (`SECRET_KEY = "..."`, `app.secret_key = "..."`): those are `hardcoded-secret-key-setting`.',
      'Test code is reported one band lower, as every security finding there (docs/severity.md).',
    ],
    more: GRADING.more,
  },
  uses: [calls, taint],
  create(context) {
    return {
      end() {
        const found: { call: CallSite; key: Node }[] = [];
        for (const call of context.analysis(calls).callsAmongAssumed(Object.keys(KEYED))) {
          const where = KEYED[call.assumedName ?? call.assumedNames![0]];
          const key = where ? argumentAt(call.node, where[0], where[1]) : undefined;
          if (key && key.type !== 'list_splat') found.push({ call, key });
        }
        // Not written as a literal: a key the analysis proves is made of literals only (a module
        // constant, a constant branch). `constant` does not depend on the class asked for.
        const verdicts = decideGroups(
          context,
          found.map(({ key }) => (isStringLiteral(key) ? [] : [key])),
          'code',
        );
        found.forEach(({ call, key }, i) => {
          const literal = isStringLiteral(key);
          if (!literal && verdicts[i] !== 'constant') return;
          const what = literal
            ? 'a literal'
            : unparenthesize(key).type === 'identifier'
              ? `\`${unparenthesize(key).text}\`, a constant of the source`
              : 'a value made of literals';
          context.report(
            key,
            `${callName(call)} is given a key written in the source (${what}): anyone who reads the code can forge or decrypt with it; load the key from the environment or a secret store`,
          );
        });
      },
    };
  },
});
