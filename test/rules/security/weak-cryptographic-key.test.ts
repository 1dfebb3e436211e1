/** Key sizes: Bandit B505, split in `weak-cryptographic-key` and `short-cryptographic-key`. */
import { shortCryptographicKey } from '../../../src/rules/security/short-cryptographic-key';
import { weakCryptographicKey } from '../../../src/rules/security/weak-cryptographic-key';
import { hits, lines } from './helpers';

const RULES = [weakCryptographicKey, shortCryptographicKey];

describe('weak cryptographic keys (B505 split)', () => {
  test('RSA, DSA and EC sizes', async () => {
    const src = lines(
      'from cryptography.hazmat.primitives.asymmetric import rsa, dsa, ec',
      'from Crypto.PublicKey import RSA',
      'rsa.generate_private_key(public_exponent=65537, key_size=512)',
      'dsa.generate_private_key(key_size=1024)',
      'rsa.generate_private_key(65537, 4096)',
      'ec.generate_private_key(ec.SECP192R1())',
      'ec.generate_private_key(ec.SECP256R1())',
      'RSA.generate(1024)',
      'RSA.generate(bits=size)',
    );
    expect(await hits(RULES, src)).toEqual(['weak-cryptographic-key@3', 'short-cryptographic-key@4', 'short-cryptographic-key@6', 'short-cryptographic-key@8']);
  });
});
