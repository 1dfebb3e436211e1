/**
 * Every rule's documentation is checked against the rule itself: the Python its help shows as
 * the example must produce a finding of that rule, and the fixed version none. The rules run as
 * a default configuration runs them (every rule on by default, plus the rule under test, less the
 * rules its docs name in `exampleWithout`), so a rule that reads other rules' findings
 * (unused-suppression) is tested as users meet it.
 * `TENDRIL_RULE=<id>` runs one rule's examples only.
 */
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/api';
import { ALL_RULES } from '../../src/rules';
import { docsOf } from '../../src/rules/define';

const only = process.env.TENDRIL_RULE;
const rules = ALL_RULES.filter((rule) => !only || rule.meta.id === only);

async function findingsOf(rule: Rule, source: string): Promise<{ rule: number; problems: string[] }> {
  const without = new Set(docsOf(rule)?.exampleWithout ?? []);
  const active = ALL_RULES.filter((r) => r === rule || (r.meta.enabledByDefault !== false && !without.has(r.meta.id)));
  const result = await analyzeSource('example.py', Buffer.from(source.trim() + '\n'), active);
  return {
    rule: result.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressed).length,
    problems: result.notifications.map((n) => `${n.id}: ${n.message}`),
  };
}

test('every rule in the catalogue is made by defineRule (it has structured docs)', () => {
  expect(ALL_RULES.filter((rule) => !docsOf(rule)).map((rule) => rule.meta.id)).toEqual([]);
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  const docs = docsOf(rule)!;

  test('its example is reported', async () => {
    const found = await findingsOf(rule, docs.example);
    expect(found.problems).toEqual([]);
    expect(found.rule).toBeGreaterThan(0);
  });

  test('its fixed example is not', async () => {
    const found = await findingsOf(rule, docs.fixed);
    expect(found.problems).toEqual([]);
    expect(found.rule).toBe(0);
  });
});
