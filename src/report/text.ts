import type { Outcome } from '../pipeline/run';
import { plainMessage, plural, RULE_META, severityLabel, shortPath } from './labels';

const COLOURS: Record<string, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  note: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

/** One-line totals, also used by the action's log. */
export function totalsLine(outcome: Outcome): string {
  const { counts } = outcome;
  const bands = (['critical', 'high', 'medium', 'low'] as const)
    .filter((band) => counts.bySeverity[band] > 0)
    .map((band) => `${counts.bySeverity[band]} ${band}`);
  return (
    `${plural(counts.security, 'security alert')}${bands.length ? ` (${bands.join(', ')})` : ''}, ` +
    `${plural(counts.maintainability, 'maintainability note')} in ${plural(outcome.files, 'file')} analysed`
  );
}

/**
 * The terminal report: findings grouped by file, one line each as `path:line:col  severity
 * rule-id  message` (editors and terminals make `path:line:col` clickable), then the totals and
 * the gate verdict. Colour only when asked (a TTY without NO_COLOR).
 */
export function formatText(outcome: Outcome, colour: boolean, options: { quiet?: boolean; statistics?: boolean } = {}): string {
  const paint = (style: string, text: string): string => (colour ? `${COLOURS[style]}${text}${COLOURS.reset}` : text);
  const lines: string[] = [];
  if (options.statistics) {
    // Like `ruff check --statistics`: count, rule, aliases; most frequent first.
    const byRule = new Map<string, number>();
    for (const f of outcome.findings) if (f.suppressed === undefined) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const rows = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const width = Math.max(0, ...rows.map(([, n]) => String(n).length));
    for (const [ruleId, n] of rows) {
      const meta = RULE_META.get(ruleId);
      lines.push(`${String(n).padStart(width)}  ${ruleId}${meta?.aliases.length ? ` (${meta.aliases.join(', ')})` : ''}`);
    }
    if (!options.quiet) lines.push(totalsLine(outcome));
    return lines.length ? lines.join('\n') + '\n' : '';
  }
  const idWidth = Math.max(0, ...outcome.findings.map((f) => f.ruleId.length));
  let current: string | undefined;
  for (const finding of outcome.findings) {
    if (finding.path !== current) {
      if (current !== undefined) lines.push('');
      current = finding.path;
      lines.push(paint('bold', finding.path));
    }
    const severity = severityLabel(finding);
    lines.push(
      `  ${finding.path}:${finding.line}:${finding.column}  ${paint(severity, severity.padEnd(8))} ` +
        `${finding.ruleId.padEnd(idWidth)}  ${plainMessage(finding.message)}${finding.baselineState === 'new' ? '  [new]' : ''}` +
        (finding.lowered === 'test-code' ? '  [test code]' : '') +
        (finding.suppressed !== undefined ? paint('note', `  [suppressed: ${finding.suppressed}]`) : ''),
    );
    const path = shortPath(finding);
    if (path) lines.push(paint('note', `      path: ${path}`));
  }
  if (options.quiet) return lines.length ? lines.join('\n') + '\n' : '';
  if (lines.length) lines.push('');
  lines.push(totalsLine(outcome));
  if (outcome.baseline) {
    const b = outcome.baseline;
    lines.push(`Compared with ${b.ref}: ${b.new} new, ${b.unchanged} existing, ${b.fixed} fixed.`);
  }
  if (outcome.gate.failed) {
    for (const reason of outcome.gate.reasons) lines.push(paint('high', `Gate failed: ${reason}`));
  }
  return lines.join('\n') + '\n';
}
