import { analyzeSource } from '../../../src/engine/analyze';
import { PRECISION_FOR_CONFIDENCE, SECURITY_SEVERITY } from '../../../src/rules/severity';
import type { Rule } from '../../../src/engine/api';

export const lines = (...l: string[]): string => l.join('\n') + '\n';

/** `rule-id@line` for every finding of `rules` on `source`, sorted by line then column. */
export async function hits(rules: readonly Rule[], source: string): Promise<string[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), [...rules]);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings.sort((a, b) => a.line - b.line || a.column - b.column).map((f) => `${f.ruleId}@${f.line}`);
}

/** The findings themselves (for messages and columns). */
export async function findings(rules: readonly Rule[], source: string) {
  const result = await analyzeSource('app.py', Buffer.from(source), [...rules]);
  return result.findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Common metadata checks: kebab-case id, PascalCase name, aliases, severity scale, help sections. */
export function checkMeta(rule: Rule, aliases: string[], severity: keyof typeof SECURITY_SEVERITY, confidence: keyof typeof PRECISION_FOR_CONFIDENCE): void {
  const m = rule.meta;
  expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(m.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  expect(m.kind).toBe('security');
  expect(m.aliases).toEqual(aliases);
  expect(m.securitySeverity).toBe(SECURITY_SEVERITY[severity]);
  expect(m.precision).toBe(PRECISION_FOR_CONFIDENCE[confidence]);
  expect(m.cwe?.length).toBeGreaterThan(0);
  expect(m.help).toMatch(/## Example/);
  expect(m.help).toMatch(/## How to fix/);
  expect(m.help).toMatch(/## What is not reported/);
  expect(m.shortDescription.length).toBeGreaterThan(0);
  expect(m.fullDescription.length).toBeGreaterThan(0);
}
