/**
 * TLS verification turned off on a client's configuration, outside a single request call:
 * `session.verify = False` on a requests Session (or an httpx client), `ctx.check_hostname = False`,
 * `ssl.CERT_NONE` given as a verify mode or `cert_reqs` (also urllib3's `"CERT_NONE"`), aiohttp's
 * `TCPConnector(ssl=False)`. (`verify=False` on a request call is `request-without-cert-validation`;
 * `ssl._create_unverified_context()` is `ssl-unverified-context`.) CodeQL's
 * py/request-without-cert-validation (7.5); dangerous wherever it appears: High.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { stringLiteralValue, truthiness, unparenthesize } from '../../analysis/literals';
import { defineRule } from '../define';
import { callName } from './common';
import { importTracker, inBranch, keywordIsFalse, webGrading } from './web-config';

/** Calls that make an HTTP client session whose `verify` attribute turns certificate checks on and off. */
const SESSIONS = ['requests.Session', 'requests.session', 'requests.sessions.Session', 'httpx.Client', 'httpx.AsyncClient'];

const GRADING = webGrading({
  evidence: 'configuration',
  family: 'peer-authentication',
  reference: { name: "CodeQL's `py/request-without-cert-validation`", score: 7.5 },
  why: 'Interception of the traffic needs no more than a position on the network path, wherever the code runs.',
});

export const tlsVerificationDisabled = defineRule({
  meta: {
    id: 'tls-verification-disabled',
    name: 'TlsVerificationDisabled',
    kind: 'security',
    shortDescription: 'TLS certificate or host name verification is turned off for a client or an SSL context',
    fullDescription:
      'A requests Session or httpx client is set to verify=False, an SSL context stops checking host names or certificates (check_hostname = False, CERT_NONE), ' +
      'or an aiohttp connector is given ssl=False. Every connection made through it accepts any certificate: anyone on the network path can read and change the traffic.',
    category: 'web-configuration',
    aliases: [],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [295],
  },
  docs: {
    title: 'TLS verification turned off',
    why:
      'TLS protects a connection only if the client checks that the certificate is valid and names the host it wanted. With either check off, a machine in the middle (a hostile Wi-Fi, a compromised router, a proxy) presents its own certificate, and reads and changes everything: credentials, tokens, responses. ' +
      'Set on a session, an SSL context or a connector, the setting covers every request made through it, far from the line that turned it off.',
    example: 'import requests\n\nsession = requests.Session()\nsession.verify = False\n',
    fix: 'Keep verification on. For a private certificate authority, give its bundle (`session.verify = "/etc/ssl/private-ca.pem"`, `ctx.load_verify_locations(...)`) rather than turning checks off.',
    fixed: 'import requests\n\nsession = requests.Session()\nsession.verify = "/etc/ssl/private-ca.pem"\n',
    notReported: [
      'Values known only at run time (`session.verify = settings.VERIFY`).',
      '`CERT_NONE` read in a comparison (`if ctx.verify_mode == ssl.CERT_NONE:`).',
      '`verify=False` on a request call (`request-without-cert-validation`) and `ssl._create_unverified_context()` (`ssl-unverified-context`).',
      '`.verify = False` on objects that are not known HTTP sessions (made by `requests.Session()` or `httpx.Client()` in the file, or named like a session or a client), and `check_hostname` in files that do not import `ssl`.',
      "Settings made in a branch (`if not server_hostname: ctx.check_hostname = False`, `if insecure: ...`): they depend on the code's own options, as in the TLS plumbing of HTTP libraries that check host names themselves; and settings on `self` (a class implementing a context).",
    ],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    const ssl = importTracker(/^ssl$/);
    const http = importTracker(/^(requests|httpx)(\.|$)/);
    const attributes: Node[] = [];
    return {
      import_statement(node) {
        ssl.visitor.import_statement(node);
        http.visitor.import_statement(node);
      },
      import_from_statement(node) {
        ssl.visitor.import_from_statement(node);
        http.visitor.import_from_statement(node);
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        const attribute = left?.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
        if (attribute === 'verify' || attribute === 'check_hostname' || attribute === 'verify_mode') attributes.push(node);
      },
      end() {
        const model = context.analysis(calls);
        // Names bound to HTTP sessions in this file (`s = requests.Session()`, `self.http = httpx.Client()`).
        const sessions = new Set<string>();
        for (const call of model.callsAmongAssumed(SESSIONS)) {
          const parent = call.node.parent;
          const target = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
          if (target) sessions.add(target.text);
        }
        const isCertNone = (value: Node): boolean => {
          const v = unparenthesize(value);
          return stringLiteralValue(v) === 'CERT_NONE' || model.resolveAssumedAll(v)?.every((name) => name === 'ssl.CERT_NONE') === true;
        };
        for (const node of attributes) {
          const left = node.childForFieldName('left')!;
          const value = node.childForFieldName('right');
          if (!value || inBranch(node) || left.childForFieldName('object')?.text === 'self') continue;
          const attribute = left.childForFieldName('attribute')!.text;
          const object = left.childForFieldName('object')?.text ?? '';
          if (attribute === 'verify' && http.seen() && truthiness(value) === false && (sessions.has(object) || /session|client/i.test(object))) {
            context.report(
              node,
              `\`${object}.verify = False\` turns certificate checks off for every request of this session: anyone on the network path can read and change the traffic`,
            );
          } else if (attribute === 'check_hostname' && ssl.seen() && truthiness(value) === false) {
            context.report(node, 'Host names are not checked on this SSL context: a certificate for any other site is accepted');
          } else if (attribute === 'verify_mode' && isCertNone(value)) {
            context.report(node, 'This SSL context accepts any certificate (`CERT_NONE`): anyone on the network path can read and change the traffic');
          }
        }
        // Calls are read only where the text names what they are looked at for.
        if (!/CERT_NONE|TCPConnector/.test(context.text)) return;
        for (const call of model.calls) {
          if (inBranch(call.node)) continue;
          const certReqs = keywordValue(call.node, 'cert_reqs');
          if (certReqs && isCertNone(certReqs)) {
            context.report(certReqs, `${callName(call)} with \`cert_reqs\` set to \`CERT_NONE\` accepts any certificate`);
            continue;
          }
          const name = call.assumedName;
          if (
            (name === 'aiohttp.TCPConnector' || name === 'aiohttp.connector.TCPConnector') &&
            (keywordIsFalse(call.node, 'ssl') || keywordIsFalse(call.node, 'verify_ssl'))
          ) {
            context.report(call.callee, `${callName(call)} with certificate checks off accepts any certificate for every connection it makes`);
          }
        }
      },
    };
  },
});
