/** Bandit B502 / Ruff S502: a broken SSL/TLS protocol version passed to a call. */
import { calls } from '../../analysis/calls';
import { keywordArgument, keywordValue } from '../../analysis/arguments';
import { securityRule } from './common';
import { badProtocol, PROTOCOL_WHY } from './ssl-protocols';

export const sslInsecureVersion = securityRule({
  id: 'ssl-insecure-version',
  name: 'SslInsecureVersion',
  bandit: 'B502',
  ruff: 'S502',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: { evidence: 'configuration', family: 'tls-protocol' },
  category: 'tls',
  cwe: [327],
  short: 'Call with a broken SSL/TLS protocol version (SSLv2, SSLv3, TLSv1, TLSv1.1)',
  full: 'A call passes ssl_version= or method= naming SSL 2/3 or TLS 1.0/1.1, protocol versions with known attacks.',
  title: 'A broken SSL/TLS protocol version',
  why: PROTOCOL_WHY,
  example: 'import ssl\n\nctx = ssl.SSLContext(ssl_version=ssl.PROTOCOL_TLSv1)',
  fix: 'Use `ssl.create_default_context()` (or `ssl.PROTOCOL_TLS_CLIENT`), and raise `minimum_version` to `ssl.TLSVersion.TLSv1_2` if needed.',
  fixed: 'import ssl\n\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
  notReported: [
    'Protocol versions passed positionally, or through variables.',
    'A protocol constant as a parameter default: that is `ssl-insecure-version-default` (B503).',
  ],
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of context.analysis(calls).calls) {
          for (const keyword of ['ssl_version', 'method']) {
            const value = keywordValue(call.node, keyword);
            const bad = value ? badProtocol(value) : undefined;
            if (bad) context.report(keywordArgument(call.node, keyword)!, `\`${bad}\` is a broken protocol version; use TLS 1.2 or later`);
          }
        }
      },
    };
  },
});
