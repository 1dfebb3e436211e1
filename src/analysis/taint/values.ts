/**
 * The abstract values of the taint evaluator: what a Python value is known to be (a constant, a
 * container with constant-key slots, a known object) and which inputs it carries (labels).
 *
 * Values are immutable: every operation makes a new one, so environments can share them.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { ALL_CLASSES, MAX_STEPS, type FlowStep, type SourceKind } from './model';

export type Const = string | number | boolean | null;

/** A path step, linked to the previous one (source first): shared between values. */
export interface Chain {
  readonly node: Node;
  readonly message: string;
  readonly prev: Chain | null;
  readonly length: number;
}

export function step(prev: Chain | null, node: Node, message: string): Chain {
  return { node, message, prev, length: (prev?.length ?? 0) + 1 };
}

/** `b`'s steps after `a`'s. */
export function concat(a: Chain | null, b: Chain | null): Chain | null {
  const tail: Chain[] = [];
  for (let c = b; c; c = c.prev) tail.push(c);
  let out = a;
  for (let i = tail.length - 1; i >= 0; i--) out = step(out, tail[i].node, tail[i].message);
  return out;
}

/** The chain as steps, source first: at most MAX_STEPS (the first step, then the last ones). */
export function chainSteps(chain: Chain | null): FlowStep[] {
  const out: FlowStep[] = [];
  for (let c = chain; c; c = c.prev) out.push({ node: c.node, message: c.message });
  out.reverse();
  if (out.length > MAX_STEPS) return [out[0], ...out.slice(out.length - (MAX_STEPS - 1))];
  return out;
}

/**
 * One input a value carries: a real source (`kind` set) or a parameter of the function being
 * summarised (`fn`, `index`), with its path so far and the sink classes it was sanitized for.
 */
export interface Label {
  /** `remote`, `local`, or `p<fn>:<index>`: at most one label per key in a value. */
  readonly key: string;
  readonly kind?: SourceKind;
  readonly fn?: number;
  readonly index?: number;
  /** The result of a call to a function imported from another module (the call's node id): for cross-module linking. */
  readonly call?: number;
  readonly source: Node;
  readonly description: string;
  readonly chain: Chain;
  /** classBit mask. */
  readonly sanitized: number;
}

/** A function a name is bound to, and what its body sees of the names it does not bind. */
export interface FnRef {
  readonly node: Node;
  readonly outer: (name: string) => Value | undefined;
  readonly classNode: Node | null;
}

export interface Value {
  readonly labels: readonly Label[];
  /** A known constant (`{ v: null }` is None). */
  readonly c?: { readonly v: Const };
  /** Slots at constant keys or indexes ('0', '1', ... for sequences; `s:key` for string keys). */
  readonly items?: ReadonlyMap<string, Value>;
  /** Number of elements of a sequence literal (for unpacking). */
  readonly length?: number;
  /** All members, when a container literal holds only constants (for `x in ALLOWED`). */
  readonly members?: readonly Const[];
  /** A known kind of object: `path`, `http-client`, a request object (`django`, `aiohttp`, `http`). */
  readonly obj?: string;
  readonly fn?: FnRef;
  /** The result of os.path.realpath/abspath/normpath. */
  readonly normalized?: boolean;
  /** The names of the URL variables a `urlparse(...)` result was parsed from. */
  readonly urlOf?: readonly string[];
  /**
   * What is proven of the value whatever its inputs (`proofOf`): the sink classes it is safe for
   * (built only from constants and values sanitized for them) and LITERAL (built from constants
   * only). For a container, of every element. Unset: nothing is proven (an unknown value).
   */
  readonly safe?: number;
}

/**
 * In `Value.obj`: a list, tuple, set or dict (a literal, a comprehension, `list(...)` and the like),
 * never a string. A join keeps it only when both sides are containers.
 */
export const CONTAINER = 'container';

/** In `Value.safe`: the value is made of constants only (literals, constant branches, overwrites). */
export const LITERAL = 1 << 30;

/** What a constant proves: made of literals, safe for every class. */
export const PROVEN_CONSTANT = ALL_CLASSES | LITERAL;

/** What is proven of a value: see `Value.safe`; a known constant proves everything. */
export function proofOf(value: Value): number {
  return value.c ? PROVEN_CONSTANT : (value.safe ?? 0);
}

/** The value with `proof` as what is proven of it (none: the field left out). */
export function proven<V extends Value>(value: V, proof: number): V {
  if (!proof) return value.safe === undefined ? value : { ...value, safe: undefined };
  return value.safe === proof ? value : { ...value, safe: proof };
}

const NO_LABELS: readonly Label[] = [];
export const CLEAN: Value = { labels: NO_LABELS };

export function constant(v: Const): Value {
  return { labels: NO_LABELS, c: { v } };
}

export function tainted(labels: readonly Label[]): Value {
  return labels.length ? { labels } : CLEAN;
}

export function isTainted(value: Value): boolean {
  if (value.labels.length) return true;
  if (value.items) for (const item of value.items.values()) if (isTainted(item)) return true;
  return false;
}

/** The better of two labels with one key: sanitized for fewer classes (the mask they share), then the shorter path. */
function joinLabel(a: Label, b: Label): Label {
  const sanitized = a.sanitized & b.sanitized;
  const aFits = a.sanitized === sanitized;
  const bFits = b.sanitized === sanitized;
  let best = a;
  if (bFits && (!aFits || b.chain.length < a.chain.length)) best = b;
  return best.sanitized === sanitized ? best : { ...best, sanitized };
}

/** Labels a value keeps for results of calls into other modules. */
const MAX_LABELS = 32;

export function joinLabels(a: readonly Label[], b: readonly Label[]): readonly Label[] {
  if (!b.length || a === b) return a;
  if (!a.length) return b;
  const out = a.slice();
  for (const label of b) {
    const at = out.findIndex((l) => l.key === label.key);
    // Results of calls into other modules beyond MAX_LABELS are dropped (a bound on the cost of joins); inputs and parameters never are.
    if (at < 0) {
      if (label.call === undefined || out.length < MAX_LABELS) out.push(label);
    } else if (out[at] !== label) out[at] = joinLabel(out[at], label);
  }
  return out;
}

/** Every label of a value, its slots' included: what reading an unknown element gives. */
export function allLabels(value: Value, depth = 0): readonly Label[] {
  let labels = value.labels;
  if (value.items && depth < 8) for (const item of value.items.values()) labels = joinLabels(labels, allLabels(item, depth + 1));
  return labels;
}

export function readAll(value: Value): Value {
  const proof = proofOf(value);
  if (proof) return { labels: value.items ? allLabels(value) : value.labels, safe: proof };
  return value.items ? tainted(allLabels(value)) : value.labels.length ? { labels: value.labels } : CLEAN;
}

/** The slot at a constant key: its value with whatever was written at unknown keys, or the whole. */
export function readKey(value: Value, key: string): Value {
  const item = value.items?.get(key);
  if (item) return value.labels.length ? join(item, { labels: value.labels }) : item;
  return value.items ? { labels: value.labels } : readAll(value);
}

export function join(a: Value, b: Value): Value {
  if (a === b) return a;
  const labels = joinLabels(a.labels, b.labels);
  let items: Map<string, Value> | undefined;
  if (a.items || b.items) {
    items = new Map();
    const keys = new Set([...(a.items?.keys() ?? []), ...(b.items?.keys() ?? [])]);
    for (const key of keys) items.set(key, join(a.items?.get(key) ?? { labels: a.labels }, b.items?.get(key) ?? { labels: b.labels }));
  }
  const out: {
    labels: readonly Label[];
    c?: { v: Const };
    items?: Map<string, Value>;
    length?: number;
    members?: readonly Const[];
    obj?: string;
    fn?: FnRef;
    normalized?: boolean;
    urlOf?: readonly string[];
    safe?: number;
  } = { labels };
  if (a.c && b.c && a.c.v === b.c.v) out.c = a.c;
  else {
    const proof = proofOf(a) & proofOf(b);
    if (proof) out.safe = proof;
  }
  if (items) out.items = items;
  if (a.length !== undefined && a.length === b.length) out.length = a.length;
  if (a.members && b.members && sameConsts(a.members, b.members)) out.members = a.members;
  if (a.obj && a.obj === b.obj) out.obj = a.obj;
  if (a.fn && b.fn && a.fn.node.id === b.fn.node.id) out.fn = a.fn;
  if (a.normalized && b.normalized) out.normalized = true;
  if (a.urlOf && b.urlOf && sameConsts(a.urlOf, b.urlOf)) out.urlOf = a.urlOf;
  return out;
}

function sameConsts(a: readonly Const[], b: readonly Const[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** Same inputs (keys and sanitizers), constants and slots: the fixed-point test of loops. */
export function sameValue(a: Value | undefined, b: Value | undefined, depth = 0): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.labels.length !== b.labels.length) return false;
  for (const label of a.labels) {
    const other = b.labels.find((l) => l.key === label.key);
    if (!other || other.sanitized !== label.sanitized) return false;
  }
  if ((a.c === undefined) !== (b.c === undefined) || (a.c && b.c && a.c.v !== b.c.v)) return false;
  if (a.obj !== b.obj || a.normalized !== b.normalized || a.safe !== b.safe) return false;
  if ((a.items?.size ?? 0) !== (b.items?.size ?? 0)) return false;
  if (a.items && depth < 8) for (const [k, v] of a.items) if (!sameValue(v, b.items?.get(k), depth + 1)) return false;
  return true;
}

/** The value with one more path step on each label (slots included). */
export function withStep(value: Value, node: Node, message: string, depth = 0): Value {
  if (!value.labels.length && !value.items) return value;
  const labels = value.labels.map((l) => ({ ...l, chain: step(l.chain, node, message) }));
  let items: Map<string, Value> | undefined;
  if (value.items && depth < 8) {
    items = new Map();
    for (const [k, v] of value.items) items.set(k, withStep(v, node, message, depth + 1));
  }
  return { ...value, labels, ...(items ? { items } : {}) };
}

/** The value sanitized for the classes of `mask` (slots included). */
export function sanitize(value: Value, mask: number, depth = 0): Value {
  if (!value.labels.length && !value.items) return value;
  const labels = value.labels.map((l) => ((l.sanitized | mask) === l.sanitized ? l : { ...l, sanitized: l.sanitized | mask }));
  let items: Map<string, Value> | undefined;
  if (value.items && depth < 8) {
    items = new Map();
    for (const [k, v] of value.items) items.set(k, sanitize(v, mask, depth + 1));
  }
  return { ...value, labels, ...(items ? { items } : {}) };
}

/** Python truthiness of a constant. */
export function truthy(v: Const): boolean {
  return !(v === null || v === false || v === 0 || v === '');
}

/** The key of a constant in `items`. */
export function keyOf(v: Const): string | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'boolean') return v ? '1' : '0';
  return undefined;
}
