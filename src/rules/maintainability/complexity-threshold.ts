/**
 * The common shape of the complexity rules: one measure from the shared complexity analysis
 * (src/analysis/complexity.ts), one integer threshold option, a finding on the function's name
 * when the measure is greater than the threshold. The message states both numbers.
 */
import { complexity, type ComplexityModel, type FunctionMetrics } from '../../analysis/complexity';
import type { FileContext } from '../../engine/context';
import type { Rule, RuleMeta } from '../types';

export interface ThresholdRuleSpec {
  meta: Omit<RuleMeta, 'kind' | 'category' | 'problemSeverity' | 'options'>;
  /** The option holding the threshold (Pylint's or Ruff's own name for it). */
  option: string;
  defaultThreshold: number;
  optionDescription: string;
  measure(metrics: FunctionMetrics): number;
  /** "`f` has a cyclomatic complexity of 12": the start of the message, given the measure. */
  describe(metrics: FunctionMetrics, value: number): string;
}

export function thresholdRule(spec: ThresholdRuleSpec): Rule {
  const meta: RuleMeta = {
    ...spec.meta,
    kind: 'maintainability',
    category: 'complexity',
    problemSeverity: 'recommendation',
    options: {
      [spec.option]: { type: 'integer', default: spec.defaultThreshold, min: 0, description: spec.optionDescription },
    },
  };
  return {
    meta,
    uses: [complexity],
    create(context: FileContext) {
      return {
        end() {
          const threshold = context.option<number>(meta, spec.option);
          const model = context.analysis<ComplexityModel>(complexity.name);
          for (const metrics of model.functions) {
            const value = spec.measure(metrics);
            if (value > threshold) context.report(meta, metrics.nameNode, `${spec.describe(metrics, value)} (threshold ${threshold})`);
          }
        },
      };
    },
  };
}
