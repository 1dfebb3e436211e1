import { ALL_RULES } from '../rules';
import { BANDS, bandOf, type Band } from '../rules/severity';
import type { Finding } from '../engine/types';
import type { Settings } from '../settings';

export interface Counts {
  security: number;
  maintainability: number;
  /** Security findings per GitHub band. */
  bySeverity: Record<Band, number>;
}

export interface GateResult {
  failed: boolean;
  /** One sentence per failed gate. */
  reasons: string[];
}

const META = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { security: 0, maintainability: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } };
  for (const finding of findings) {
    const meta = META.get(finding.ruleId);
    if (meta?.kind === 'security') {
      counts.security++;
      counts.bySeverity[bandOf(meta.securitySeverity ?? 0)]++;
    } else counts.maintainability++;
  }
  return counts;
}

/** Reporting and failing are separate: everything is reported; the gates only decide the exit. */
export function evaluateGates(counts: Counts, settings: Pick<Settings, 'failOnSecuritySeverity' | 'maxMaintainabilityFindings'>): GateResult {
  const reasons: string[] = [];
  const threshold = settings.failOnSecuritySeverity;
  if (threshold !== 'none') {
    const bands = BANDS.slice(0, BANDS.findIndex((b) => b.name === threshold) + 1);
    const over = bands.reduce((sum, band) => sum + counts.bySeverity[band.name], 0);
    if (over > 0) {
      const list = bands.filter((b) => counts.bySeverity[b.name] > 0).map((b) => `${counts.bySeverity[b.name]} ${b.name}`);
      reasons.push(`${over} security finding${over === 1 ? '' : 's'} at or above ${threshold} severity (${list.join(', ')})`);
    }
  }
  const max = settings.maxMaintainabilityFindings;
  if (max >= 0 && counts.maintainability > max) {
    reasons.push(`${counts.maintainability} maintainability findings, more than the maximum of ${max}`);
  }
  return { failed: reasons.length > 0, reasons };
}
