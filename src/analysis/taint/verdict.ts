/**
 * Verdicts on expressions for the pattern rules about values built at run time (subprocess with
 * `shell=True`, `os.system`, `eval`, SQL built from strings, ...): is the value proven constant,
 * or proven sanitized for the rule's sink class, wherever the expression is evaluated? Where the
 * analysis cannot tell (an unknown origin: a parameter, the result of an unmodelled call, code it
 * did not reach), there is no verdict and the pattern rule reports as it always did.
 *
 * The file is interpreted once more, by `Watcher`, which notes what is proven (`Value.safe`,
 * values.ts) of each asked-about expression every time it is evaluated, and keeps what holds
 * every time. Only the files where such a pattern rule has something to report pay for it, and
 * only up to the last function that holds an asked-about expression (the run stops there).
 */
import type { SyntaxNode as Node, SyntaxTree } from '../../engine/tree';
import type { CallModel } from '../calls';
import { enclosingFunction, Interpreter, type FileFlags } from './interpret';
import { classBit, type SinkClass, type Verdict } from './model';
import { LITERAL, proofOf, type Value } from './values';

class Watcher extends Interpreter {
  readonly proofs = new Map<number, number>();

  constructor(
    tree: SyntaxTree,
    calls: CallModel,
    flags: FileFlags,
    private readonly watched: ReadonlySet<number>,
  ) {
    super(tree, calls, flags);
  }

  protected override eval(node: Node): Value {
    const value = super.eval(node);
    if (this.watched.has(node.id) && this.recording) {
      const old = this.proofs.get(node.id);
      const proof = proofOf(value);
      this.proofs.set(node.id, old === undefined ? proof : old & proof);
    }
    return value;
  }
}

/** For tests: `stopEarly: false` runs the whole file every time, the reference the early stop is checked against. */
export const WATCH = { stopEarly: true };

/**
 * What is proven of each of `nodes` (by node id): the AND of what held at every evaluation; no
 * entry for a node never evaluated, or inside a function the analysis gave up on.
 */
export function watchProofs(tree: SyntaxTree, calls: CallModel, flags: FileFlags, functionIds: readonly number[], nodes: readonly Node[]): Map<number, number> {
  // The module's top level is run with the functions' summaries even in a file without a source.
  const watcher = new Watcher(tree, calls, { ...flags, sources: true }, new Set(nodes.map((n) => n.id)));
  const run = watcher.run(functionIds, WATCH.stopEarly ? functionsHolding(nodes) : undefined);
  for (const skipped of run.skipped) {
    for (const node of nodes) if (skipped.node.startIndex <= node.startIndex && node.endIndex <= skipped.node.endIndex) watcher.proofs.delete(node.id);
  }
  return watcher.proofs;
}

/**
 * The functions (not nested in another) whose bodies hold all of `nodes`: a node is evaluated
 * only while its function is summarised, so the run can stop once these have their summaries.
 * Undefined when a node is outside every function body (the module's top level, a decorator, a
 * default value): those are evaluated in the module's second pass, which needs the whole run.
 */
function functionsHolding(nodes: readonly Node[]): Set<number> | undefined {
  const ids = new Set<number>();
  for (const node of nodes) {
    let outermost: Node | null = null;
    for (let f = enclosingFunction(node); f; f = enclosingFunction(f)) outermost = f;
    const body = outermost?.childForFieldName('body');
    if (!outermost || !body || node.startIndex < body.startIndex || node.endIndex > body.endIndex) return undefined;
    ids.add(outermost.id);
  }
  return ids;
}

/** The verdict for a sink class from what is proven of a value. */
export function verdictOf(proof: number | undefined, sinkClass: SinkClass): Verdict | undefined {
  if (proof === undefined) return undefined;
  if (proof & LITERAL) return 'constant';
  return proof & classBit(sinkClass) ? 'sanitized' : undefined;
}
