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

describe('insecure-hashlib-function: grading', () => {
  test('medium at most (below the high band): cache keys and lock names use MD5 and SHA-1', () => {
    expect(insecureHashlibFunction.meta.securitySeverity).toBe(5.5);
    expect(insecureHashlibFunction.meta.securitySeverity).toBeLessThan(7);
    expect(insecureHashlibFunction.meta.help).toMatch(/Bandit grades this check high severity, high confidence; Tendril grades it medium severity/);
    expect(insecureHashlibFunction.meta.cwe).toEqual([327, 328]);
  });
  test('names imported in alternatives: reported when every alternative is a broken hash', async () => {
    const src = lines(
      'try:',
      '    from hashlib import md5',
      'except ImportError:',
      '    from md5 import md5',
      'md5(key)',
      'try:',
      '    from hashlib import sha1 as digest',
      'except ImportError:',
      '    from hashlib import md5 as digest',
      'digest(key)',
      'digest(key, usedforsecurity=False)',
    );
    expect(await hits([insecureHashlibFunction], src)).toEqual(['insecure-hashlib-function@10']);
  });
});
