import type { Outcome } from '../run';
import { plural, severityLabel } from './labels';

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
export function formatText(outcome: Outcome, colour: boolean): string {
  const paint = (style: string, text: string): string => (colour ? `${COLOURS[style]}${text}${COLOURS.reset}` : text);
  const lines: string[] = [];
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
        `${finding.ruleId.padEnd(idWidth)}  ${finding.message}`,
    );
  }
  if (lines.length) lines.push('');
  lines.push(totalsLine(outcome));
  if (outcome.gate.failed) {
    for (const reason of outcome.gate.reasons) lines.push(paint('high', `Gate failed: ${reason}`));
  }
  return lines.join('\n') + '\n';
}
