/**
 * Bandit B505 / Ruff S505: an RSA, DSA or EC key generated with too few bits. Bandit grades keys
 * below 1024 bits (RSA/DSA) or 160 bits (EC) HIGH and keys below 2048/224 bits MEDIUM, so there
 * are two rules.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { argumentAt, calls, unparenthesize, type CallModel, type CallSite } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, securityMeta } from './common';

interface KeyFunction {
  kind: 'RSA' | 'DSA' | 'EC';
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

function makeRule(high: boolean): Rule {
  const meta = securityMeta({
    id: high ? 'weak-cryptographic-key' : 'short-cryptographic-key',
    name: high ? 'WeakCryptographicKey' : 'ShortCryptographicKey',
    bandit: 'B505', ruff: 'S505', severity: high ? 'HIGH' : 'MEDIUM', confidence: 'HIGH', category: 'cryptography', cwe: [326],
    short: high
      ? 'RSA/DSA key under 1024 bits or EC key under 160 bits'
      : 'RSA/DSA key under 2048 bits or EC key under 224 bits',
    full: high
      ? 'A key is generated with a size that can be broken with modest resources (RSA/DSA under 1024 bits, elliptic curves under 160 bits).'
      : 'A key is generated below today\'s minimum (RSA/DSA under 2048 bits, elliptic curves under 224 bits); such keys are within reach of well-funded attackers and rejected by current standards.',
    title: high ? 'A breakable cryptographic key size' : 'A cryptographic key below the recommended size',
    why: 'The strength of RSA, DSA and elliptic-curve keys depends on their size. NIST and most standards require at least 2048 bits for RSA/DSA and 224 bits for elliptic curves; smaller keys can be factored or solved, exposing everything they sign or protect.',
    example: high
      ? 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=512)'
      : 'from cryptography.hazmat.primitives.asymmetric import dsa\n\nkey = dsa.generate_private_key(key_size=1024)',
    fix: 'Use RSA 3072 (at least 2048) bits, or an elliptic curve such as `ec.SECP256R1()` or Ed25519.',
    notReported: ['Key sizes that are not integer literals (variables, settings).', high ? 'Sizes between the two thresholds: `short-cryptographic-key`.' : 'Sizes below 1024 bits (160 for EC): `weak-cryptographic-key`.'],
    note: '## Why two rules\n\nBandit grades B505 high below 1024 bits (160 for elliptic curves) and medium below 2048 (224). Tendril reports the two bands as `weak-cryptographic-key` (high) and `short-cryptographic-key` (medium); both answer to `B505` and `S505`.',
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const call of model.callsToAssumed(Object.keys(FUNCTIONS))) {
            const spec = FUNCTIONS[call.assumedName!];
            const found = keyBits(call, spec, model);
            if (!found) continue;
            const [bits, at] = found;
            const [hi, med] = spec.kind === 'EC' ? [160, 224] : [1024, 2048];
            if (high ? bits >= hi : bits < hi || bits >= med) continue;
            context.report(meta, at, `${callName(call)} generates a ${bits}-bit ${spec.kind} key; use at least ${med} bits`);
          }
        },
      };
    },
  };
}

export const weakCryptographicKey: Rule = makeRule(true);
export const shortCryptographicKey: Rule = makeRule(false);
