import type { Finding } from '../engine/types';

/**
 * Classifies head findings against base findings by the match key (rule, path, enclosing symbol,
 * normalised source of the flagged construct, occurrence index). Findings with the same key in a
 * file are paired in position order: with two identical findings in the base and three in the
 * head, the first two are unchanged and the third is new, so a duplicated finding is not hidden
 * by the one it copies. Base findings must carry the head path (renames already mapped).
 * Sets `baselineState` on every head finding; returns the number of base findings left unpaired
 * (fixed: SARIF's `absent`).
 */
export function classify(head: readonly Finding[], base: readonly Finding[]): number {
  const keyOf = (f: Finding): string => `${f.path}\0${f.ruleId}\0${f.matchKey ?? `${f.line}:${f.column}`}`;
  const available = new Map<string, number>();
  for (const f of base) available.set(keyOf(f), (available.get(keyOf(f)) ?? 0) + 1);
  const ordered = [...head].sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
  let paired = 0;
  for (const f of ordered) {
    const key = keyOf(f);
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      f.baselineState = 'unchanged';
      paired++;
    } else {
      f.baselineState = 'new';
    }
  }
  return base.length - paired;
}
