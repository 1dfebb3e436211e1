/**
 * Bandit B324 / Ruff S324: hashlib called for MD4, MD5 or SHA-1 (directly, or through
 * `hashlib.new` with a literal name) without `usedforsecurity=False`. Graded medium, below
 * Bandit's high: most such calls make cache keys, lock names or checksums, and nothing here shows
 * that the digest protects anything (high is for proven flows).
 */
import { type CallSite } from '../../analysis/calls';
import { argumentAt, keywordValue } from '../../analysis/arguments';
import { stringLiteralValue, truthiness } from '../../analysis/literals';
import { callName, callRule, qualify } from './common';
import { SECURITY_SEVERITY } from '../severity';

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
  grading: {
    evidence: 'pattern',
    family: 'weak-hash',
    score: SECURITY_SEVERITY.MEDIUM,
    why: 'the call alone does not show that the digest protects anything. MD5 and SHA-1 commonly make cache keys, lock and file names, ETags and checksums, where a collision costs nothing; a high alert is kept for a proven flow.',
  },
  category: 'cryptography',
  cwe: [327, 328],
  functions: ['hashlib.new', ...qualify('hashlib', 'md4 md5 sha sha1')],
  check: (call) => {
    if (notForSecurity(call)) return false;
    if (call.assumedName !== 'hashlib.new') return true;
    const name = argumentAt(call.node, 0, 'name');
    const value = name ? stringLiteralValue(name) : undefined;
    return value !== undefined && INSECURE_HASHES.has(value.toLowerCase()) ? name! : false;
  },
  message: (call) => `${callName(call)} uses a broken hash algorithm; pass \`usedforsecurity=False\` if it is not used for security, or use SHA-256`,
  short: 'Use of hashlib with MD4, MD5 or SHA-1 for security',
  full: 'hashlib is called for MD4, MD5 or SHA-1 (directly or through hashlib.new) without usedforsecurity=False. These algorithms have practical collision attacks and must not protect integrity or passwords.',
  title: 'A broken hash algorithm from hashlib',
  why:
    'MD4, MD5 and SHA-1 are broken for security purposes: collisions can be made on demand, and they are fast enough to brute-force passwords. ' +
    'A digest that signs, authenticates or stores a password with them can be forged or reversed.\n\n' +
    'Many uses are not for security at all (cache keys, lock names, ETags, file checksums), which is why the alert is medium: it asks whether the digest protects anything. ' +
    'Python lets code declare a non-security use with `usedforsecurity=False` (3.9+), which also keeps the call working where FIPS mode disables these algorithms.',
  example: 'import hashlib\n\nsignature = hashlib.md5(secret + body).hexdigest()',
  fix: 'Use `hashlib.sha256` (or `hmac` with SHA-256 for message authentication, `hashlib.scrypt` for passwords). When the hash is only a checksum or cache key, say so: `hashlib.md5(data, usedforsecurity=False)`.',
  fixed: 'import hashlib, hmac\n\nsignature = hmac.new(secret, body, hashlib.sha256).hexdigest()',
  notReported: [
    '`usedforsecurity=False` (a constant false value).',
    '`hashlib.new(name)` where the name is not a literal naming a broken algorithm.',
    'SHA-2, SHA-3 and BLAKE2.',
    'MD5 and SHA-1 from crypto libraries (`Crypto.Hash.MD5`, `cryptography`): those are `insecure-hash-function` (B303).',
  ],
});
