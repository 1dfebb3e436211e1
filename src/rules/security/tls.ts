/**
 * Bandit B501-B504 / Ruff S501-S504: TLS misuse. Certificate checks turned off in requests/httpx
 * (B501), a broken SSL/TLS protocol version passed to a call (B502) or set as a parameter default
 * (B503), and `ssl.wrap_socket` without an explicit version (B504).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, keywordArgument, keywordValue, truthiness, unparenthesize, type CallModel } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, callRule, securityMeta } from './common';
import { HTTPX_FUNCTIONS, REQUESTS_FUNCTIONS } from './general';

export const requestWithoutCertValidation: Rule = callRule({
  id: 'request-without-cert-validation', name: 'RequestWithoutCertValidation', bandit: 'B501', ruff: 'S501',
  severity: 'HIGH', confidence: 'HIGH', category: 'tls', cwe: [295],
  functions: [...REQUESTS_FUNCTIONS, ...HTTPX_FUNCTIONS],
  check: (call) => {
    const verify = keywordValue(call.node, 'verify');
    return verify && truthiness(verify) === false ? keywordArgument(call.node, 'verify') : false;
  },
  message: (call) => `${callName(call)} with \`verify=False\` accepts any certificate: anyone on the network path can read and change the traffic`,
  short: 'HTTP request with certificate verification disabled (verify=False)',
  full: 'A requests or httpx call passes verify=False, so the server\'s certificate is not checked and the connection can be intercepted by anyone on the network path.',
  title: 'Certificate verification turned off',
  why: 'Without certificate verification, TLS still encrypts but no longer authenticates: a machine in the middle (a hostile Wi-Fi, a compromised router, a proxy) can present its own certificate, read credentials and change responses.',
  example: 'import requests\n\nrequests.get("https://internal.example", verify=False)',
  fix: 'Keep verification on. For a private CA, pass its bundle: `verify="/etc/ssl/private-ca.pem"` (or set `REQUESTS_CA_BUNDLE`).',
  notReported: ['`verify=` with a value that is not a false constant (a path, a setting).', 'Sessions configured with `session.verify = False` (attribute assignments are not tracked).'],
});

const BAD_PROTOCOLS = new Set([
  'PROTOCOL_SSLv2', 'PROTOCOL_SSLv3', 'PROTOCOL_TLSv1', 'PROTOCOL_TLSv1_1',
  'SSLv2_METHOD', 'SSLv23_METHOD', 'SSLv3_METHOD', 'TLSv1_METHOD', 'TLSv1_1_METHOD',
]);

/** The protocol constant's name when the node names a broken protocol (`ssl.PROTOCOL_SSLv3`, `SSLv3_METHOD`). */
function badProtocol(node: Node): string | undefined {
  const expr = unparenthesize(node);
  const name = expr.type === 'attribute' ? expr.childForFieldName('attribute')?.text : expr.type === 'identifier' ? expr.text : undefined;
  return name && BAD_PROTOCOLS.has(name) ? name : undefined;
}

const PROTOCOL_WHY =
  'SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (DROWN, POODLE, BEAST) and are deprecated (RFC 8996). A connection that uses them can be downgraded or decrypted.';

export const sslInsecureVersion: Rule = (() => {
  const meta = securityMeta({
    id: 'ssl-insecure-version', name: 'SslInsecureVersion', bandit: 'B502', ruff: 'S502', severity: 'HIGH', confidence: 'HIGH',
    category: 'tls', cwe: [327],
    short: 'call with a broken SSL/TLS protocol version (SSLv2, SSLv3, TLSv1, TLSv1.1)',
    full: 'A call passes ssl_version= or method= naming SSL 2/3 or TLS 1.0/1.1, protocol versions with known attacks.',
    title: 'A broken SSL/TLS protocol version',
    why: PROTOCOL_WHY,
    example: 'import ssl\n\nctx = ssl.SSLContext(ssl_version=ssl.PROTOCOL_TLSv1)',
    fix: 'Use `ssl.create_default_context()` (or `ssl.PROTOCOL_TLS_CLIENT`), and raise `minimum_version` to `ssl.TLSVersion.TLSv1_2` if needed.',
    notReported: ['Protocol versions passed positionally, or through variables.', 'A protocol constant as a parameter default: that is `ssl-insecure-version-default` (B503).'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          for (const call of context.analysis<CallModel>('calls').calls) {
            for (const keyword of ['ssl_version', 'method']) {
              const value = keywordValue(call.node, keyword);
              const bad = value ? badProtocol(value) : undefined;
              if (bad) context.report(meta, keywordArgument(call.node, keyword)!, `\`${bad}\` is a broken protocol version; use TLS 1.2 or later`);
            }
          }
        },
      };
    },
  };
})();

export const sslInsecureVersionDefault: Rule = (() => {
  const meta = securityMeta({
    id: 'ssl-insecure-version-default', name: 'SslInsecureVersionDefault', bandit: 'B503', ruff: 'S503', severity: 'MEDIUM', confidence: 'MEDIUM',
    category: 'tls', cwe: [327],
    short: 'parameter default is a broken SSL/TLS protocol version',
    full: 'A function parameter defaults to SSL 2/3 or TLS 1.0/1.1, so callers that do not choose a version get a broken one.',
    title: 'A broken SSL/TLS protocol version as a default',
    why: `${PROTOCOL_WHY} As a default, the weak version is used by every caller that does not override it.`,
    example: 'import ssl\n\ndef connect(host, version=ssl.PROTOCOL_SSLv3):\n    ...',
    fix: 'Default to `ssl.PROTOCOL_TLS_CLIENT` (or `None` and build a context with `ssl.create_default_context()`).',
    notReported: ['Defaults that are not one of the broken protocol constants.'],
  });
  return {
    meta,
    create(context: FileContext) {
      const check = (node: Node): void => {
        const value = node.childForFieldName('value');
        const bad = value ? badProtocol(value) : undefined;
        if (bad) context.report(meta, value!, `parameter default \`${bad}\` is a broken protocol version`);
      };
      return { default_parameter: check, typed_default_parameter: check };
    },
  };
})();

export const sslWithNoVersion: Rule = callRule({
  id: 'ssl-with-no-version', name: 'SslWithNoVersion', bandit: 'B504', ruff: 'S504', severity: 'LOW', confidence: 'MEDIUM',
  category: 'tls', cwe: [327], functions: ['ssl.wrap_socket'],
  check: (call) => !keywordArgument(call.node, 'ssl_version'),
  message: (call) => `${callName(call)} without \`ssl_version=\` relies on a default that may allow old protocol versions`,
  short: 'ssl.wrap_socket called without an explicit protocol version',
  full: 'ssl.wrap_socket is called without ssl_version=, so the protocol depends on the Python version\'s default, which allowed broken versions in older releases. wrap_socket is also deprecated and removed in Python 3.12.',
  title: '`ssl.wrap_socket` without a protocol version',
  why: '`ssl.wrap_socket` takes its protocol from a default that, on older Pythons, negotiates SSL 3 or TLS 1.0. It also checks no certificate by default, and it was removed in Python 3.12.',
  example: 'import ssl\n\nconn = ssl.wrap_socket(sock)',
  fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`.',
  notReported: ['Calls that pass `ssl_version=` (a broken version there is `ssl-insecure-version`).'],
});
