import { BANDS, bandOf, type Band } from '../rules/severity';
import { reportedMeta } from '../rules/testcode';
import type { Finding, Notification } from '../engine/types';
import type { Settings } from '../settings/settings';

export interface Counts {
  security: number;
  maintainability: number;
  /** Security findings per GitHub band. */
  bySeverity: Record<Band, number>;
}

export interface GateResult {
  failed: boolean;
  /** One sentence per failed gate; with an internal error, its sentence last. */
  reasons: string[];
  /**
   * Set when a file had an internal error (an `internal-error` notification, kept in the reports):
   * its analysis is incomplete, so the run cannot pass whatever the gates say. `failed` is set,
   * this sentence is the last reason, and the exit code is 2 (`exitCode`).
   */
  internalError?: string;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { security: 0, maintainability: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } };
  for (const finding of findings) {
    // The severity it is reported with: one band lower in test code (src/rules/testcode.ts).
    const meta = reportedMeta(finding);
    if (meta?.kind === 'security') {
      counts.security++;
      counts.bySeverity[bandOf(meta.securitySeverity ?? 0)]++;
    } else counts.maintainability++;
  }
  return counts;
}

/**
 * Reporting and failing are separate: everything is reported; the gates only decide the exit.
 * With a baseline, `newCounts` counts the new findings: the security gate and
 * `max-new-maintainability-findings` count only those, while `max-maintainability-findings`
 * stays a budget on the total (it is the one way to cap existing debt). An internal error in any
 * file (`notifications`) fails the run on its own.
 */
export function evaluateGates(
  counts: Counts,
  settings: Pick<Settings, 'failOnSecuritySeverity' | 'maxMaintainabilityFindings' | 'maxNewMaintainabilityFindings' | 'baselineRef' | 'baselineSarif'>,
  newCounts: Counts = counts,
  notifications: readonly Notification[] = [],
): GateResult {
  const reasons: string[] = [];
  const compared = newCounts !== counts || Boolean(settings.baselineRef || settings.baselineSarif);
  const fresh = compared ? 'new ' : '';
  const threshold = settings.failOnSecuritySeverity;
  if (threshold !== 'none') {
    const bands = BANDS.slice(0, BANDS.findIndex((b) => b.name === threshold) + 1);
    const over = bands.reduce((sum, band) => sum + newCounts.bySeverity[band.name], 0);
    if (over > 0) {
      const list = bands.filter((b) => newCounts.bySeverity[b.name] > 0).map((b) => `${newCounts.bySeverity[b.name]} ${b.name}`);
      reasons.push(`${over} ${fresh}security finding${over === 1 ? '' : 's'} at or above ${threshold} severity (${list.join(', ')})`);
    }
  }
  const max = settings.maxMaintainabilityFindings;
  if (max >= 0 && counts.maintainability > max) {
    reasons.push(`${counts.maintainability} maintainability finding${counts.maintainability === 1 ? '' : 's'}, more than the maximum of ${max}`);
  }
  const maxNew = settings.maxNewMaintainabilityFindings ?? -1;
  if (maxNew >= 0 && newCounts.maintainability > maxNew) {
    reasons.push(`${newCounts.maintainability} new maintainability finding${newCounts.maintainability === 1 ? '' : 's'}, more than the maximum of ${maxNew}`);
  }
  const internal = [...new Set(notifications.filter((n) => n.id === 'internal-error').map((n) => n.path))];
  if (internal.length > 0) {
    const internalError =
      `${internal.length} file${internal.length === 1 ? '' : 's'} could not be fully analysed because of an internal error ` +
      `(${internal.slice(0, 3).join(', ')}${internal.length > 3 ? ', ...' : ''}); the results are incomplete, so the run fails`;
    return { failed: true, reasons: [...reasons, internalError], internalError };
  }
  return { failed: reasons.length > 0, reasons };
}

/** The exit code of a run, for the CLI and the action: 2 on an internal error, 1 when a gate failed, else 0. */
export function exitCode(gate: GateResult): 0 | 1 | 2 {
  return gate.internalError ? 2 : gate.failed ? 1 : 0;
}
