import { analyzeSource } from '../../src/engine/analyze';
import type { Finding } from '../../src/engine/types';
import type { Rule } from '../../src/engine/api';

/** Findings of one rule on a source, with the given options for it. */
export async function ruleFindings(rule: Rule, source: string, options: Record<string, number | boolean> = {}, path = 'app.py'): Promise<Finding[]> {
  const result = await analyzeSource(path, Buffer.from(source), [rule], { [rule.meta.id]: options });
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings;
}

/** `name=value` for each function, read from messages produced with threshold 0. */
export async function measures(rule: Rule, option: string, source: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const f of await ruleFindings(rule, source, { [option]: 0 })) {
    const m = /^`([^`]+)`\D*(\d+)/.exec(f.message)!;
    out[m[1]] = Number(m[2]);
  }
  return out;
}

export const lines = (...l: string[]): string => l.join('\n') + '\n';
