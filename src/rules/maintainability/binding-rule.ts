/**
 * The common shape of the rules that judge the bindings of the shared scope model
 * (src/analysis/scopes.ts) once the walk is over: each binding of the file, in the model's order,
 * is given to the rule's judge, which returns nothing, a message (reported on the bound name) or
 * a message with the node to report it on.
 */
import { scopes, type Binding, type ScopeModel } from '../../analysis/scopes';
import type { Rule, RuleContext } from '../../engine/api';
import type { SyntaxNode as Node } from '../../engine/tree';
import { defineRule, type RuleDefinition } from '../define';

/** A judge's verdict on one binding: no finding, a finding on the name, or one on `node`. */
export type BindingVerdict = string | { node: Node; message: string } | undefined;

export interface BindingRuleDefinition extends Omit<RuleDefinition, 'uses' | 'create'> {
  /**
   * Called once per file, after the walk, with the file's scope model; returns the judge of one
   * binding. Work shared by every binding of the file (options, tables) goes before the judge.
   */
  judge(context: RuleContext, model: ScopeModel): (binding: Binding) => BindingVerdict;
}

export function bindingRule(definition: BindingRuleDefinition): Rule {
  const { judge, ...rest } = definition;
  return defineRule({
    ...rest,
    uses: [scopes],
    create(context) {
      return {
        end() {
          const model = context.analysis<ScopeModel>(scopes);
          const verdictOf = judge(context, model);
          for (const binding of model.bindings) {
            const verdict = verdictOf(binding);
            if (verdict === undefined) continue;
            if (typeof verdict === 'string') context.report(binding.node, verdict);
            else context.report(verdict.node, verdict.message);
          }
        },
      };
    },
  });
}
