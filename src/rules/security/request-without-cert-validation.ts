/** Bandit B501 / Ruff S501: certificate checks turned off in requests/httpx (`verify=False`). */
import { keywordArgument, keywordValue } from '../../analysis/arguments';
import { truthiness } from '../../analysis/literals';
import { callName, callRule } from './common';
import { HTTPX_FUNCTIONS, REQUESTS_FUNCTIONS } from './apis';

export const requestWithoutCertValidation = callRule({
  id: 'request-without-cert-validation',
  name: 'RequestWithoutCertValidation',
  bandit: 'B501',
  ruff: 'S501',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: { evidence: 'configuration', family: 'peer-authentication' },
  category: 'tls',
  cwe: [295],
  functions: [...REQUESTS_FUNCTIONS, ...HTTPX_FUNCTIONS],
  check: (call) => {
    const verify = keywordValue(call.node, 'verify');
    return verify && truthiness(verify) === false ? keywordArgument(call.node, 'verify') : false;
  },
  message: (call) => `${callName(call)} with \`verify=False\` accepts any certificate: anyone on the network path can read and change the traffic`,
  short: 'HTTP request with certificate verification disabled (verify=False)',
  full: "A requests or httpx call passes verify=False, so the server's certificate is not checked and the connection can be intercepted by anyone on the network path.",
  title: 'Certificate verification turned off',
  why: 'Without certificate verification, TLS still encrypts but no longer authenticates: a machine in the middle (a hostile Wi-Fi, a compromised router, a proxy) can present its own certificate, read credentials and change responses.',
  example: 'import requests\n\nrequests.get("https://internal.example", verify=False)',
  fix: 'Keep verification on. For a private CA, pass its bundle: `verify="/etc/ssl/private-ca.pem"` (or set `REQUESTS_CA_BUNDLE`).',
  fixed: 'import requests\n\nrequests.get("https://internal.example", verify="/etc/ssl/private-ca.pem")',
  notReported: [
    '`verify=` with a value that is not a false constant (a path, a setting).',
    'Sessions configured with `session.verify = False` (attribute assignments are not tracked).',
  ],
});
