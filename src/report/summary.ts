import type { Outcome } from '../run';
import { plural, RULE_META } from './labels';

/** Tally of `key(x)` over `items`, most frequent first, ties by key. */
function top<T>(items: readonly T[], key: (item: T) => string, limit: number): [string, number][] {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The job summary: verdict, counts by kind and severity, top rules and files, notifications. */
export function formatSummary(outcome: Outcome, sarifFile?: string): string {
  const { counts, gate } = outcome;
  const out: string[] = ['## Tendril', ''];
  out.push(gate.failed ? `**Gate failed:** ${gate.reasons.map(cell).join('; ')}` : '**Gate passed.**', '');
  out.push(`Analysed ${plural(outcome.files, 'file')}.${sarifFile ? ` SARIF: \`${sarifFile}\`.` : ''}`, '');
  out.push('| Kind | Severity | Findings |', '| --- | --- | ---: |');
  for (const band of ['critical', 'high', 'medium', 'low'] as const) {
    out.push(`| Security | ${band} | ${counts.bySeverity[band]} |`);
  }
  out.push(`| Maintainability | note | ${counts.maintainability} |`, '');
  if (outcome.findings.length > 0) {
    out.push('### Top rules', '', '| Rule | Kind | Findings |', '| --- | --- | ---: |');
    for (const [id, n] of top(outcome.findings, (f) => f.ruleId, 10)) {
      out.push(`| \`${id}\` | ${RULE_META.get(id)?.kind ?? ''} | ${n} |`);
    }
    out.push('', '### Top files', '', '| File | Findings |', '| --- | ---: |');
    for (const [file, n] of top(outcome.findings, (f) => f.path, 10)) out.push(`| \`${cell(file)}\` | ${n} |`);
    out.push('');
  }
  if (outcome.notifications.length > 0) {
    out.push(`### ${plural(outcome.notifications.length, 'file problem')}`, '');
    for (const n of outcome.notifications.slice(0, 20)) out.push(`- ${n.level}: ${cell(n.message)}`);
    if (outcome.notifications.length > 20) out.push(`- ... and ${outcome.notifications.length - 20} more (see the SARIF file)`);
    out.push('');
  }
  return out.join('\n');
}
