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

/**
 * Test code (`test-paths`; `test-code-severity = "lowered"`, the default): a security finding is
 * reported TEST_CODE_OFFSET below its rule's score, at most TEST_CODE_MAX, so one band lower and
 * never above medium: critical and high become medium, medium becomes low, and low, the lowest
 * band, stays as it is. A finding in test code never reaches the default gate (`high`).
 */
export const TEST_CODE_OFFSET = 3.0;
export const TEST_CODE_MAX = 6.9;

/** A rule's security-severity as reported in test code (rounded to one decimal, as the scores are). */
export function testCodeScore(score: number): number {
  if (bandOf(score) === 'low') return score;
  return Math.min(TEST_CODE_MAX, Math.round((score - TEST_CODE_OFFSET) * 10) / 10);
}
