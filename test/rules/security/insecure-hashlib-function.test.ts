import { insecureHashlibFunction } from '../../../src/rules/security/insecure-hashlib-function';
import { hits, lines } from './helpers';

describe('insecure-hashlib-function', () => {
  test('hashlib: usedforsecurity=False and strong hashes are not alerts', async () => {
    const src = lines(
      'import hashlib',
      'from hashlib import md5 as m',
      'hashlib.md5(data)',
      'm(data)',
      'hashlib.new("SHA1")',
      'hashlib.md5(data, usedforsecurity=False)',
      'hashlib.new("md5", usedforsecurity=False)',
      'hashlib.sha256(data)',
      'hashlib.new("sha256")',
      'hashlib.new(name)',
    );
    expect(await hits([insecureHashlibFunction], src)).toEqual(['insecure-hashlib-function@3', 'insecure-hashlib-function@4', 'insecure-hashlib-function@5']);
  });
});
