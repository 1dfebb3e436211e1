/**
 * The security-severity scale: Bandit's three severities mapped into GitHub code scanning's bands
 * (critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9), and Bandit's confidence mapped to
 * SARIF `precision`. docs/severity.md is generated from these tables.
 */
import type { Precision } from '../engine/api';

export type BanditLevel = 'HIGH' | 'MEDIUM' | 'LOW';

export const SECURITY_SEVERITY: Record<BanditLevel, number> = {
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 3.0,
};

export const PRECISION_FOR_CONFIDENCE: Record<BanditLevel, Precision> = {
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
};

/** GitHub's bands, highest first, with the lowest score that falls in each. */
export const BANDS = [
  { name: 'critical', min: 9.0 },
  { name: 'high', min: 7.0 },
  { name: 'medium', min: 4.0 },
  { name: 'low', min: 0.1 },
] as const;

export type Band = (typeof BANDS)[number]['name'];

export function bandOf(score: number): Band {
  for (const band of BANDS) if (score >= band.min) return band.name;
  return 'low';
}
