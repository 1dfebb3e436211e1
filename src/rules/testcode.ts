/**
 * Security findings in test code, reported lower (docs/severity.md, "Test code"). GitHub code
 * scanning reads `security-severity` only from a result's rule descriptor, never from the result,
 * so a lowered finding is reported under a rule of its own: the test-code variant of its rule,
 * `<rule-id>/test-code` (name `<Name>InTestCode`), with the lowered score and the same help, CWE
 * tags and precision. Everything that shows or counts a severity (SARIF, text, JSON, job summary,
 * annotations, gates) reads it from `reportedMeta`, so they all agree with the SARIF file.
 *
 * The finding itself keeps its rule's id (`Finding.ruleId`): suppressions, `select`,
 * `per-file-ignores`, match keys and baselines name the rule, never the variant.
 */
import type { RuleMeta } from '../engine/api';
import type { Finding } from '../engine/types';
import { ALL_RULES } from './index';
import { bandOf, testCodeScore } from './severity';

export const TEST_CODE_SUFFIX = '/test-code';

const META: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));
const variants = new Map<RuleMeta, RuleMeta>();

/** The test-code variant of a security rule's metadata: lowered score, derived id and name, same help. */
export function testCodeMeta(meta: RuleMeta): RuleMeta {
  let variant = variants.get(meta);
  if (!variant) {
    const score = meta.securitySeverity ?? 0;
    const lowered = testCodeScore(score);
    const how =
      lowered === score
        ? `at security-severity ${score.toFixed(1)} (${bandOf(score)}), as elsewhere: ${bandOf(score)} is the lowest band`
        : `at security-severity ${lowered.toFixed(1)} (${bandOf(lowered)}) instead of ${score.toFixed(1)} (${bandOf(score)})`;
    variant = {
      ...meta,
      id: `${meta.id}${TEST_CODE_SUFFIX}`,
      name: `${meta.name}InTestCode`,
      shortDescription: `${meta.shortDescription} (in test code)`,
      fullDescription: `${meta.fullDescription} This is rule ${meta.id} in test code (test-paths), reported ${how}.`,
      securitySeverity: lowered,
    };
    variants.set(meta, variant);
  }
  return variant;
}

/** The rule a finding is reported under: its rule, or that rule's test-code variant when the pipeline lowered it. */
export function reportedMeta(finding: Finding): RuleMeta | undefined {
  const meta = META.get(finding.ruleId);
  return meta && meta.kind === 'security' && finding.lowered === 'test-code' ? testCodeMeta(meta) : meta;
}

/** The security-severity a finding is reported with (0 for maintainability findings). */
export function reportedScore(finding: Finding): number {
  return reportedMeta(finding)?.securitySeverity ?? 0;
}

/** The rule id behind a SARIF result's `ruleId`: `subprocess-shell-true/test-code` -> `subprocess-shell-true`. */
export function baseRuleId(sarifRuleId: string): string {
  return sarifRuleId.endsWith(TEST_CODE_SUFFIX) ? sarifRuleId.slice(0, -TEST_CODE_SUFFIX.length) : sarifRuleId;
}
