/**
 * The common shape of the complexity rules: one measure from the shared complexity analysis
 * (src/analysis/complexity.ts), one integer threshold option, a finding on the function's name
 * when the measure is greater than the threshold. The message states both numbers.
 */
import { complexity, type ComplexityModel, type FunctionMetrics } from '../../analysis/complexity';
import type { Rule, RuleMeta } from '../../engine/api';
import { defineRule, type RuleDocs } from '../define';

export interface ThresholdRuleSpec {
  meta: Omit<RuleMeta, 'kind' | 'category' | 'problemSeverity' | 'options' | 'help'>;
  docs: RuleDocs;
  /** The option holding the threshold (Pylint's or Ruff's own name for it). */
  option: string;
  defaultThreshold: number;
  optionDescription: string;
  measure(metrics: FunctionMetrics): number;
  /** "`f` has a cyclomatic complexity of 12": the start of the message, given the measure. */
  describe(metrics: FunctionMetrics, value: number): string;
}

/** `1 argument`, `6 arguments`: a count and its noun, for the messages. */
export function counted(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

export function thresholdRule(spec: ThresholdRuleSpec): Rule {
  return defineRule({
    meta: {
      ...spec.meta,
      kind: 'maintainability',
      category: 'complexity',
      problemSeverity: 'recommendation',
      options: {
        [spec.option]: { type: 'integer', default: spec.defaultThreshold, min: 0, description: spec.optionDescription },
      },
    },
    docs: spec.docs,
    uses: [complexity],
    create(context) {
      return {
        end() {
          const threshold = context.option<number>(spec.option);
          const model = context.analysis<ComplexityModel>(complexity);
          for (const metrics of model.functions) {
            const value = spec.measure(metrics);
            if (value > threshold) context.report(metrics.nameNode, `${spec.describe(metrics, value)} (threshold ${threshold})`);
          }
        },
      };
    },
  });
}
