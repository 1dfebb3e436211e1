/**
 * Bandit B505 / Ruff S505, HIGH: an RSA or DSA key under 1024 bits, or an EC key under 160 bits.
 * Keys below 2048/224 bits but not below these are `short-cryptographic-key` (MEDIUM).
 */
import { calls } from '../../analysis/calls';
import { callName, securityRule } from './common';
import { generatedKeys } from './key-sizes';

export const weakCryptographicKey = securityRule({
  id: 'weak-cryptographic-key',
  name: 'WeakCryptographicKey',
  bandit: 'B505',
  ruff: 'S505',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: { evidence: 'configuration', family: 'key-size' },
  category: 'cryptography',
  cwe: [326],
  short: 'RSA/DSA key under 1024 bits or EC key under 160 bits',
  full: 'A key is generated with a size that can be broken with modest resources (RSA/DSA under 1024 bits, elliptic curves under 160 bits).',
  title: 'A breakable cryptographic key size',
  why: 'The strength of RSA, DSA and elliptic-curve keys depends on their size. NIST and most standards require at least 2048 bits for RSA/DSA and 224 bits for elliptic curves; smaller keys can be factored or solved, exposing everything they sign or protect.',
  example: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=512)',
  fix: 'Use RSA 3072 (at least 2048) bits, or an elliptic curve such as `ec.SECP256R1()` or Ed25519.',
  fixed: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)',
  notReported: ['Key sizes that are not integer literals (variables, settings).', 'Sizes between the two thresholds: `short-cryptographic-key`.'],
  note: '## Why two rules\n\nBandit grades B505 high below 1024 bits (160 for elliptic curves) and medium below 2048 (224). Tendril reports the two bands as `weak-cryptographic-key` (high) and `short-cryptographic-key` (medium); both answer to `B505` and `S505`.',
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const key of generatedKeys(context.analysis(calls))) {
          if (key.bits >= key.breakableBelow) continue;
          context.report(key.at, `${callName(key.call)} generates a ${key.bits}-bit ${key.kind} key; use at least ${key.recommended} bits`);
        }
      },
    };
  },
});
