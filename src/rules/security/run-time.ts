/**
 * The pattern rules about values built at run time (`subprocess` with `shell=True`, `os.system`,
 * `eval`, SQL built from strings, ...) and what the data-flow analysis proves of those values
 * (TaintModel.decide): a value proven constant falls to the rule's literal variant, or to no
 * alert where there is none; a value proven sanitized for the operation is not reported; where
 * the analysis cannot tell, the rule reports as it would without it. docs/severity.md shows the
 * decision table (`RuleMeta.runTimeValue`).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import type { RuleContext, RuleMeta } from '../../engine/api';
import { taint, type SinkClass, type TaintModel, type Verdict } from '../../analysis/taint';

export interface RunTimeSpec {
  sinkClass: SinkClass;
  role: 'built' | 'literal';
  /** For a `built` rule: the rule that reports a value proven constant instead. */
  literal?: string;
}

/** The metadata field of a rule with this spec. */
export function runTimeMeta(spec: RunTimeSpec | undefined): Pick<RuleMeta, 'runTimeValue'> {
  return spec ? { runTimeValue: { sinkClass: spec.sinkClass, role: spec.role, ...(spec.literal ? { literal: spec.literal } : {}) } } : {};
}

/**
 * The verdict on each group of expressions (the values one finding is about): `constant` when
 * every one is proven constant, `sanitized` when each is constant or sanitized for the class,
 * else undefined. One question to the analysis for all groups.
 */
export function decideGroups(context: RuleContext, groups: readonly (readonly Node[])[], sinkClass: SinkClass): (Verdict | undefined)[] {
  const nodes = groups.flat();
  if (nodes.length === 0) return groups.map(() => undefined);
  const verdicts = context.analysis<TaintModel>(taint).decide(nodes, sinkClass);
  let at = 0;
  return groups.map((group) => {
    if (group.length === 0) return undefined;
    let out: Verdict | undefined = 'constant';
    for (let i = 0; i < group.length; i++) {
      const v = verdicts[at + i];
      if (v === undefined) out = undefined;
      else if (v === 'sanitized' && out === 'constant') out = 'sanitized';
      if (out === undefined) break;
    }
    at += group.length;
    return out;
  });
}
