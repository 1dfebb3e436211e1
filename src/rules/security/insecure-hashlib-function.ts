/**
 * Bandit B324 / Ruff S324: hashlib called for MD4, MD5 or SHA-1 (directly, or through
 * `hashlib.new` with a literal name) without `usedforsecurity=False`.
 */
import { type CallSite } from '../../analysis/calls';
import { argumentAt, keywordValue } from '../../analysis/arguments';
import { stringLiteralValue, truthiness } from '../../analysis/literals';
import { callName, callRule, qualify } from './common';

const INSECURE_HASHES = new Set(['md4', 'md5', 'sha', 'sha1', 'md2']);

/** `usedforsecurity=False` written as a constant: the hash is declared non-cryptographic. */
function notForSecurity(call: CallSite): boolean {
  const value = keywordValue(call.node, 'usedforsecurity');
  return value !== undefined && truthiness(value) === false;
}

export const insecureHashlibFunction = callRule({
  id: 'insecure-hashlib-function',
  name: 'InsecureHashlibFunction',
  bandit: 'B324',
  ruff: 'S324',
  severity: 'HIGH',
  confidence: 'HIGH',
  category: 'cryptography',
  cwe: [327],
  functions: ['hashlib.new', ...qualify('hashlib', 'md4 md5 sha sha1')],
  check: (call) => {
    if (notForSecurity(call)) return false;
    if (call.assumedName !== 'hashlib.new') return true;
    const name = argumentAt(call.node, 0, 'name');
    const value = name ? stringLiteralValue(name) : undefined;
    return value !== undefined && INSECURE_HASHES.has(value.toLowerCase()) ? name! : false;
  },
  message: (call) => `${callName(call)} uses a broken hash algorithm; pass \`usedforsecurity=False\` if it is not used for security, or use SHA-256`,
  short: 'hashlib with MD4, MD5 or SHA-1 used for security',
  full: 'hashlib is called for MD4, MD5 or SHA-1 (directly or through hashlib.new) without usedforsecurity=False. These algorithms have practical collision attacks and must not protect integrity or passwords.',
  title: 'A broken hash algorithm from hashlib',
  why: 'MD4, MD5 and SHA-1 are broken for security purposes: collisions can be made on demand, and they are fast enough to brute-force passwords. Python lets code declare a non-security use with `usedforsecurity=False` (3.9+).',
  example: 'import hashlib\n\nsignature = hashlib.md5(secret + body).hexdigest()',
  fix: 'Use `hashlib.sha256` (or `hmac` with SHA-256 for message authentication, `hashlib.scrypt` for passwords). When the hash is only a checksum or cache key, say so: `hashlib.md5(data, usedforsecurity=False)`.',
  fixed: 'import hashlib, hmac\n\nsignature = hmac.new(secret, body, hashlib.sha256).hexdigest()',
  notReported: ['`usedforsecurity=False`.', '`hashlib.new(name)` where the name is not a literal naming a broken algorithm.', 'SHA-2, SHA-3 and BLAKE2.'],
});
