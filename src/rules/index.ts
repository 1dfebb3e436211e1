import { UsageError } from '../errors';
import { namesRule, type Kind, type Rule } from '../engine/api';
import { RULE_MODULES } from './catalogue.generated';
import { docsOf } from './define';

/** The rules a module exports: values made by defineRule, alone or in a table (an array). */
function rulesOf(module: Readonly<Record<string, unknown>>): Rule[] {
  const out: Rule[] = [];
  for (const value of Object.values(module)) {
    if (Array.isArray(value)) out.push(...value.filter((item): item is Rule => docsOf(item as Rule) !== undefined));
    else if (value && typeof value === 'object' && docsOf(value as Rule)) out.push(value as Rule);
  }
  return out;
}

function collect(): Rule[] {
  const seen = new Map<string, Rule>();
  for (const module of RULE_MODULES) {
    for (const rule of rulesOf(module)) {
      const other = seen.get(rule.meta.id);
      if (other && other !== rule) throw new Error(`two rules have the id ${rule.meta.id}`);
      seen.set(rule.meta.id, rule);
    }
  }
  return [...seen.values()];
}

/**
 * The catalogue: every rule Tendril has, security first, each kind sorted by id. It is collected
 * from the modules of src/rules/security and src/rules/maintainability (scripts/gen-catalogue.js
 * lists them), so a rule is added by writing its file.
 */
export const ALL_RULES: readonly Rule[] = collect().sort((a, b) =>
  a.meta.kind === b.meta.kind ? (a.meta.id < b.meta.id ? -1 : 1) : a.meta.kind === 'security' ? -1 : 1,
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
    const matches = ALL_RULES.filter((rule) => rule.meta.kind === key || namesRule(key, rule.meta));
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
