/** Bandit B503 / Ruff S503: a broken SSL/TLS protocol version as a parameter default. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { securityRule } from './common';
import { badProtocol, PROTOCOL_WHY } from './ssl-protocols';

export const sslInsecureVersionDefault = securityRule({
  id: 'ssl-insecure-version-default',
  name: 'SslInsecureVersionDefault',
  bandit: 'B503',
  ruff: 'S503',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: { evidence: 'configuration', family: 'tls-protocol' },
  category: 'tls',
  cwe: [327],
  short: 'Parameter default is a broken SSL/TLS protocol version',
  full: 'A function parameter defaults to SSL 2/3 or TLS 1.0/1.1, so callers that do not choose a version get a broken one.',
  title: 'A broken SSL/TLS protocol version as a default',
  why: `${PROTOCOL_WHY} As a default, the weak version is used by every caller that does not override it.`,
  example: 'import ssl\n\ndef connect(host, version=ssl.PROTOCOL_SSLv3):\n    ...',
  fix: 'Default to `ssl.PROTOCOL_TLS_CLIENT` (or `None` and build a context with `ssl.create_default_context()`).',
  fixed: 'import ssl\n\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    ...',
  notReported: ['Defaults that are not one of the broken protocol constants.'],
  create(context) {
    const check = (node: Node): void => {
      const value = node.childForFieldName('value');
      const bad = value ? badProtocol(value) : undefined;
      if (bad) context.report(value!, `parameter default \`${bad}\` is a broken protocol version`);
    };
    return { default_parameter: check, typed_default_parameter: check };
  },
});
