import type { Finding } from '../engine/types';
import { ALL_RULES } from '../rules';
import { bandOf } from '../rules/severity';
import type { RuleMeta } from '../engine/api';

export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));

/** What a person reads as a finding's severity: the GitHub band for security, `note` otherwise. */
export function severityLabel(finding: Finding): string {
  const meta = RULE_META.get(finding.ruleId);
  return meta?.kind === 'security' ? bandOf(meta.securitySeverity ?? 0) : 'note';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
