/**
 * A JWT decoded without checking its signature: PyJWT or python-jose `decode` with `verify=False`,
 * `options={"verify_signature": False}`, or `"none"` among the accepted algorithms. CodeQL's
 * Python query for the class (py/jwt-missing-verification) is experimental and has no score; its
 * JavaScript one (js/jwt-missing-verification) scores 7.0. Dangerous wherever it appears: High.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { namedChildrenOf, stringLiteralValue, truthiness, unparenthesize } from '../../analysis/literals';
import { defineRule } from '../define';
import { callName } from './common';
import { webGrading } from './web-config';

const DECODERS = ['jwt.decode', 'jwt.api_jwt.decode', 'jose.jwt.decode', 'jwt.decode_complete'];

/** `options={"verify_signature": False}` written as a dictionary: the pair that turns the check off. */
function signatureOff(options: Node | undefined): Node | undefined {
  const dict = options && unparenthesize(options);
  if (dict?.type !== 'dictionary') return undefined;
  for (const pair of namedChildrenOf(dict)) {
    if (pair.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (key && value && stringLiteralValue(key) === 'verify_signature' && truthiness(value) === false) return pair;
  }
  return undefined;
}

/** `algorithms=[..., "none"]`: the item that accepts unsigned tokens. */
function noneAlgorithm(algorithms: Node | undefined): Node | undefined {
  const list = algorithms && unparenthesize(algorithms);
  if (list?.type !== 'list' && list?.type !== 'tuple' && list?.type !== 'set') return undefined;
  return namedChildrenOf(list).find((item) => stringLiteralValue(item)?.toLowerCase() === 'none');
}

const GRADING = webGrading({
  evidence: 'configuration',
  family: 'token-signature',
  reference: { name: "CodeQL's `js/jwt-missing-verification` (its Python query, `py/jwt-missing-verification`, is experimental and has no score)", score: 7.0 },
  why: 'A token accepted without its signature is a bypass of authentication wherever it appears.',
});

export const jwtVerificationDisabled = defineRule({
  meta: {
    id: 'jwt-verification-disabled',
    name: 'JwtVerificationDisabled',
    kind: 'security',
    shortDescription: 'A JWT is decoded without checking its signature',
    fullDescription:
      'A JSON Web Token is decoded with signature verification off (verify=False, options={"verify_signature": False}) or with "none" among the accepted algorithms. ' +
      'Its claims are then whatever the sender wrote: anyone can claim to be any user.',
    category: 'web-configuration',
    aliases: ['py/jwt-missing-verification'],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [347],
  },
  docs: {
    title: 'JWT decoded without verifying its signature',
    why:
      'A JWT\'s signature is what makes its claims trustworthy. Decoded without it, a token is plain JSON the client wrote: `{"sub": "admin"}` with any signature, or none ' +
      '(`alg: none`), is accepted. Code that then trusts the claims for authentication or authorisation is open to anyone.',
    example: 'import jwt\n\n\ndef user_of(token, key):\n    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})["sub"]\n',
    fix: 'Decode with the key and a fixed list of algorithms, with verification on (the default): `jwt.decode(token, key, algorithms=["HS256"])`. To read a header before verifying (to pick a key), use `jwt.get_unverified_header` and then decode with verification.',
    fixed: 'import jwt\n\n\ndef user_of(token, key):\n    return jwt.decode(token, key, algorithms=["HS256"])["sub"]\n',
    notReported: [
      '`options` that turn off other checks only (`verify_exp`, `verify_aud`): the signature is still checked.',
      'Options or algorithms held in variables or computed at run time: only those written at the call are read.',
      '`jwt.get_unverified_header` and `get_unverified_claims`: their names say what they do, and they are how a key is chosen before decoding.',
    ],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of context.analysis(calls).callsAmongAssumed(DECODERS)) {
          const verify = keywordValue(call.node, 'verify');
          if (verify && truthiness(verify) === false) {
            context.report(verify, `${callName(call)} with \`verify=False\` accepts any token: its claims are what the sender wrote`);
            continue;
          }
          const off = signatureOff(keywordValue(call.node, 'options'));
          if (off) {
            context.report(off, `${callName(call)} with \`verify_signature\` off accepts any token: its claims are what the sender wrote`);
            continue;
          }
          const none = noneAlgorithm(keywordValue(call.node, 'algorithms'));
          if (none) context.report(none, `${callName(call)} accepts the \`none\` algorithm: an unsigned token passes as a valid one`);
        }
      },
    };
  },
});
