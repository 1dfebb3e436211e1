/** TLS misuse: Bandit B501-B504. */
import { requestWithoutCertValidation } from '../../../src/rules/security/request-without-cert-validation';
import { sslInsecureVersion } from '../../../src/rules/security/ssl-insecure-version';
import { sslInsecureVersionDefault } from '../../../src/rules/security/ssl-insecure-version-default';
import { sslWithNoVersion } from '../../../src/rules/security/ssl-with-no-version';
import { hits, lines } from './helpers';

describe('TLS rules', () => {
  test('verify=False on requests/httpx, through aliases', async () => {
    const src = lines(
      'import requests as rq',
      'import httpx',
      'rq.get(u, verify=False, timeout=1)',
      'httpx.Client(verify=False)',
      'rq.get(u, verify=True)',
      'rq.get(u, verify="/ca.pem")',
      'other.get(u, verify=False)',
    );
    expect(await hits([requestWithoutCertValidation], src)).toEqual(['request-without-cert-validation@3', 'request-without-cert-validation@4']);
  });
  test('bad protocol versions in calls and defaults; wrap_socket without a version', async () => {
    const src = lines(
      'import ssl',
      'from OpenSSL import SSL',
      'ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_SSLv3)',
      'SSL.Context(method=SSL.TLSv1_METHOD)',
      'ssl.SSLContext(ssl_version=ssl.PROTOCOL_TLS_CLIENT)',
      'def f(v=ssl.PROTOCOL_TLSv1): pass',
      'def g(v=ssl.PROTOCOL_TLS): pass',
      'ssl.wrap_socket(s)',
    );
    expect(await hits([sslInsecureVersion, sslInsecureVersionDefault, sslWithNoVersion], src)).toEqual([
      'ssl-insecure-version@3',
      'ssl-insecure-version@4',
      'ssl-insecure-version-default@6',
      'ssl-with-no-version@8',
    ]);
  });
});
