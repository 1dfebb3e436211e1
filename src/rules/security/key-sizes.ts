/**
 * Reads the size of the RSA, DSA and EC keys a file generates, for `weak-cryptographic-key` and
 * `short-cryptographic-key` (Bandit B505, which grades the two bands differently).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';

type KeyKind = 'RSA' | 'DSA' | 'EC';

interface KeyFunction {
  kind: KeyKind;
  index: number;
  keyword: string;
}

const HAZMAT = 'cryptography.hazmat.primitives.asymmetric';
const FUNCTIONS: Record<string, KeyFunction> = {
  [`${HAZMAT}.dsa.generate_private_key`]: { kind: 'DSA', index: 0, keyword: 'key_size' },
  [`${HAZMAT}.rsa.generate_private_key`]: { kind: 'RSA', index: 1, keyword: 'key_size' },
  [`${HAZMAT}.ec.generate_private_key`]: { kind: 'EC', index: 0, keyword: 'curve' },
  'Crypto.PublicKey.DSA.generate': { kind: 'DSA', index: 0, keyword: 'bits' },
  'Crypto.PublicKey.RSA.generate': { kind: 'RSA', index: 0, keyword: 'bits' },
  'Cryptodome.PublicKey.DSA.generate': { kind: 'DSA', index: 0, keyword: 'bits' },
  'Cryptodome.PublicKey.RSA.generate': { kind: 'RSA', index: 0, keyword: 'bits' },
};

/** Weak elliptic curves and their sizes in bits. */
const EC_CURVES: Record<string, number> = { SECP192R1: 192, SECT163K1: 163, SECT163R2: 163 };

/** Bit size of the key a call asks for, when it is a constant. */
function keyBits(call: CallSite, spec: KeyFunction, model: CallModel): [number, Node] | undefined {
  const arg = argumentAt(call.node, spec.index, spec.keyword);
  if (!arg || arg.type === 'list_splat') return undefined;
  const expr = unparenthesize(arg);
  if (spec.kind === 'EC') {
    const target = expr.type === 'call' ? expr.childForFieldName('function') : expr;
    const q = target ? model.resolveAssumed(target) : undefined;
    const curve = q?.startsWith(`${HAZMAT}.ec.`) ? q.slice(HAZMAT.length + 4) : undefined;
    return curve && curve in EC_CURVES ? [EC_CURVES[curve], arg] : undefined;
  }
  if (expr.type !== 'integer') return undefined;
  const bits = Number(expr.text.replace(/_/g, ''));
  return Number.isFinite(bits) ? [bits, arg] : undefined;
}

/** A generated key of known size. */
export interface GeneratedKey {
  call: CallSite;
  kind: KeyKind;
  bits: number;
  /** The argument that gives the size (or the curve). */
  at: Node;
  /** Below this many bits the key is breakable (Bandit: HIGH). */
  breakableBelow: number;
  /** Below this many bits the key is under today's minimum (Bandit: MEDIUM). */
  recommended: number;
}

/** The key-generating calls whose key size is a constant, in the order of the call model. */
export function generatedKeys(model: CallModel): GeneratedKey[] {
  const out: GeneratedKey[] = [];
  for (const call of model.callsToAssumed(Object.keys(FUNCTIONS))) {
    const spec = FUNCTIONS[call.assumedName!];
    const found = keyBits(call, spec, model);
    if (!found) continue;
    const [bits, at] = found;
    const [breakableBelow, recommended] = spec.kind === 'EC' ? [160, 224] : [1024, 2048];
    out.push({ call, kind: spec.kind, bits, at, breakableBelow, recommended });
  }
  return out;
}
