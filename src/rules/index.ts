import { UsageError } from '../errors';
import { MAINTAINABILITY_RULES } from './maintainability';
import { SECURITY_RULES } from './security';
import type { Kind, Rule } from './types';

/** The catalogue: every rule Tendril has, security first, each kind sorted by id. */
export const ALL_RULES: readonly Rule[] = [...SECURITY_RULES, ...MAINTAINABILITY_RULES].sort(
  (a, b) => (a.meta.kind === b.meta.kind ? (a.meta.id < b.meta.id ? -1 : 1) : a.meta.kind === 'security' ? -1 : 1),
);

export function rulesOfKind(kind: Kind): Rule[] {
  return ALL_RULES.filter((rule) => rule.meta.kind === kind);
}

/**
 * Resolves selectors to rules: a rule id, an alias any rule lists (`F401`, `B602`; one alias may
 * name several rules), or a kind (`security`, `maintainability`). Unknown selectors are an error
 * that names them.
 */
export function selectRules(selectors: readonly string[], what = 'rule'): Rule[] {
  const chosen = new Set<Rule>();
  for (const selector of selectors) {
    const key = selector.trim();
    const matches = ALL_RULES.filter(
      (rule) =>
        rule.meta.id === key ||
        rule.meta.kind === key ||
        rule.meta.aliases.some((alias) => alias.toUpperCase() === key.toUpperCase()),
    );
    if (matches.length === 0) {
      throw new UsageError(`unknown ${what} '${key}': use a rule id, an alias such as F401, or security/maintainability (see 'tendril rules')`);
    }
    for (const rule of matches) chosen.add(rule);
  }
  return ALL_RULES.filter((rule) => chosen.has(rule));
}

export function rulesById(ids: readonly string[]): Rule[] {
  return ids.map((id) => {
    const rule = ALL_RULES.find((r) => r.meta.id === id);
    if (!rule) throw new Error(`no rule with id ${id}`);
    return rule;
  });
}
