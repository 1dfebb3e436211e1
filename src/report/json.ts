import type { Outcome } from '../pipeline/run';
import { VERSION } from '../version';
import { plainMessage, severityLabel } from './labels';

/** A plain JSON report for scripts: findings with their severity label, notifications, counts, gate. */
export function formatJson(outcome: Outcome): string {
  return (
    JSON.stringify(
      {
        tool: 'tendril',
        version: VERSION,
        files: outcome.files,
        findings: outcome.findings.map((f) => ({
          rule: f.ruleId,
          severity: severityLabel(f),
          path: f.path,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          message: plainMessage(f.message),
          ...(f.flow ? { flow: f.flow.map((s) => ({ path: s.path, line: s.line, column: s.column, message: s.message })) } : {}),
          fingerprint: f.lineHash,
          ...(f.baselineState ? { baselineState: f.baselineState } : {}),
          ...(f.suppressed !== undefined ? { suppressed: f.suppressed } : {}),
          // Reported one band lower, under the rule `<rule>/test-code` in SARIF (src/rules/testcode.ts).
          ...(f.lowered ? { lowered: f.lowered } : {}),
        })),
        notifications: outcome.notifications,
        counts: outcome.counts,
        ...(outcome.suppressed ? { suppressed: outcome.suppressed } : {}),
        ...(outcome.baseline ? { baseline: outcome.baseline, newCounts: outcome.newCounts } : {}),
        gate: outcome.gate,
      },
      null,
      2,
    ) + '\n'
  );
}
