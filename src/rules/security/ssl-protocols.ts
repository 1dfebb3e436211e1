/**
 * Reads SSL/TLS protocol constants, for `ssl-insecure-version` (B502) and
 * `ssl-insecure-version-default` (B503), with the reason the two rules give.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { unparenthesize } from '../../analysis/literals';

const BAD_PROTOCOLS = new Set([
  'PROTOCOL_SSLv2',
  'PROTOCOL_SSLv3',
  'PROTOCOL_TLSv1',
  'PROTOCOL_TLSv1_1',
  'SSLv2_METHOD',
  'SSLv23_METHOD',
  'SSLv3_METHOD',
  'TLSv1_METHOD',
  'TLSv1_1_METHOD',
]);

/** The protocol constant's name when the node names a broken protocol (`ssl.PROTOCOL_SSLv3`, `SSLv3_METHOD`). */
export function badProtocol(node: Node): string | undefined {
  const expr = unparenthesize(node);
  const name = expr.type === 'attribute' ? expr.childForFieldName('attribute')?.text : expr.type === 'identifier' ? expr.text : undefined;
  return name && BAD_PROTOCOLS.has(name) ? name : undefined;
}

/** Help text: why the broken protocol versions matter. */
export const PROTOCOL_WHY =
  'SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (DROWN, POODLE, BEAST) and are deprecated (RFC 8996). A connection that uses them can be downgraded or decrypted.';
