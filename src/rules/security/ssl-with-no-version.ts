/** Bandit B504 / Ruff S504: `ssl.wrap_socket` without an explicit protocol version. */
import { keywordArgument } from '../../analysis/arguments';
import { callName, callRule } from './common';

export const sslWithNoVersion = callRule({
  id: 'ssl-with-no-version',
  name: 'SslWithNoVersion',
  bandit: 'B504',
  ruff: 'S504',
  severity: 'LOW',
  confidence: 'MEDIUM',
  grading: { evidence: 'pattern', family: 'tls-protocol' },
  category: 'tls',
  cwe: [327],
  functions: ['ssl.wrap_socket'],
  check: (call) => !keywordArgument(call.node, 'ssl_version'),
  message: (call) => `${callName(call)} without \`ssl_version=\` relies on a default that may allow old protocol versions`,
  short: 'Call to ssl.wrap_socket without an explicit protocol version',
  full: "ssl.wrap_socket is called without ssl_version=, so the protocol depends on the Python version's default, which allowed broken versions in older releases. wrap_socket is also deprecated and removed in Python 3.12.",
  title: '`ssl.wrap_socket` without a protocol version',
  why: '`ssl.wrap_socket` takes its protocol from a default that, on older Pythons, negotiates SSL 3 or TLS 1.0. It also checks no certificate by default, and it was removed in Python 3.12.',
  example: 'import ssl\n\nconn = ssl.wrap_socket(sock)',
  fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`.',
  fixed: 'import ssl\n\nconn = ssl.create_default_context().wrap_socket(sock, server_hostname=host)',
  notReported: ['Calls that pass `ssl_version=` (a broken version there is `ssl-insecure-version`).'],
});
