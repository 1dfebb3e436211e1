/**
 * The security-severity policy and scale. GitHub code scanning ranks an alert by its rule's
 * `security-severity` (critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9), and the
 * default gate fails on high. What a rule may score depends on the evidence its results carry
 * (`EVIDENCE`) and on its precision; test/rules/severity-policy.test.ts holds the whole catalogue
 * to it, and docs/severity.md is generated from these tables and the rules' metadata.
 */
import type { Evidence, Precision } from '../engine/api';

/**
 * The evidence a rule's results carry, and the highest score each kind may have: high and critical
 * are for proven flows and for configurations dangerous wherever they appear; a pattern that is
 * often benign is medium at most; an import is not a use.
 */
export const EVIDENCE: Record<Evidence, { ceiling: number; meaning: string }> = {
  flow: {
    ceiling: 10.0,
    meaning:
      'a path the data-flow analysis followed from outside input (for password hashing, a password-like value) to the operation, shown step by step (the rules of category `taint`)',
  },
  configuration: {
    ceiling: 8.9,
    meaning:
      'a setting, algorithm or character that is dangerous wherever it appears, whatever the input: TLS or host-key verification off, a JWT accepted without its signature, a signing key written in the source, a broken protocol version, cipher or key size, a debug server, a world-writable file, a bidirectional override in code',
  },
  pattern: {
    ceiling: 6.9,
    meaning: 'a call or construct that is dangerous only with some inputs or in some contexts, which the rule does not see: often benign',
  },
  import: { ceiling: 3.9, meaning: 'a module is imported: a use may follow, and the call rules report the uses' },
};

/**
 * The score of a rule graded from a reference tool's score for the same class (CodeQL's
 * `security-severity`), kept under the ceiling of the evidence its results carry: a configuration
 * High at most (8.9), a pattern Medium at most (6.9).
 */
export function policyScore(reference: number, evidence: Evidence): number {
  return Math.min(reference, EVIDENCE[evidence].ceiling);
}

/** High and critical claim evidence: only rules whose results are rarely wrong may score that high. */
export const HIGH_PRECISIONS: readonly Precision[] = ['high', 'very-high'];

/** Precision from least to most sure, for the family rule (a less precise rule scores lower). */
export const PRECISION_RANK: Record<Precision, number> = { low: 0, medium: 1, high: 2, 'very-high': 3 };

export type BanditLevel = 'HIGH' | 'MEDIUM' | 'LOW';

/** Bandit's three severities on GitHub's scale: the score of a rule that takes Bandit's grade. */
export const SECURITY_SEVERITY: Record<BanditLevel, number> = {
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 3.0,
};

/**
 * Tendril's grade for a pattern Bandit grades high: the top of medium, above Bandit's medium
 * patterns, below the high band (a pattern is not evidence).
 */
export const PATTERN_HIGH = 6.5;

/** What one step of precision costs within a family (medium below high, low below medium). */
export const PRECISION_STEP = 1.0;

/** Bandit's confidence as SARIF `precision`, unless a rule says why it differs. */
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
