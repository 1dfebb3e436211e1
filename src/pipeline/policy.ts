import * as path from 'path';
import { relTo, type Pattern } from '../discovery/glob';
import type { Finding } from '../engine/types';
import { ALL_RULES } from '../rules';
import type { Profile } from '../settings/settings';

/**
 * What a file's configuration does to its security findings once the engine is done, in one place
 * (run.ts calls it once, after any cross-file linking and before suppressed findings are dropped):
 *
 * - test code (`test-paths`): with `test-code-severity = "lowered"` (the default) a security
 *   finding there is marked `lowered: 'test-code'`, which every reporter and the gates read
 *   through src/rules/testcode.ts (one band lower, at most medium; docs/severity.md);
 * - `bare-noqa-suppresses-security = true`: a linter's blanket directive that covers a security
 *   finding (`Finding.blanketSuppression`, src/engine/suppress.ts) suppresses it after all;
 * - the counts of findings suppressed in the source, for the job summary.
 */
export interface SuppressionCounts {
  /** Security findings suppressed by a comment in the source (never counted by the gates). */
  security: number;
  maintainability: number;
  /** Open security findings that a blanket `# noqa` (or the like) covers without hiding them. */
  blanketSecurity: number;
}

export interface PolicyOutcome {
  suppressed: SuppressionCounts;
}

const KIND = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta.kind]));

/**
 * True when a file (absolute path) is test code by `patterns`: the last pattern that matches the
 * file or one of its directories below the pattern's base decides, a negated one (`!fixtures/`)
 * saying "not test code".
 */
export function isTestCode(patterns: readonly Pattern[], abs: string): boolean {
  let test = false;
  for (const pattern of patterns) {
    const rel = relTo(pattern.base, abs);
    if (rel === undefined) continue;
    let matched = !pattern.dirOnly && pattern.regex.test(rel);
    for (let end = rel.indexOf('/'); !matched && end >= 0; end = rel.indexOf('/', end + 1)) matched = pattern.regex.test(rel.slice(0, end));
    if (matched) test = !pattern.negated;
  }
  return test;
}

/** Applies the policies above to `findings` in place (each file's by `profileOf(path)`) and counts the suppressed ones. */
export function applyFindingPolicy(findings: readonly Finding[], root: string, profileOf: (rel: string) => Profile): PolicyOutcome {
  const suppressed: SuppressionCounts = { security: 0, maintainability: 0, blanketSecurity: 0 };
  const testCode = new Map<string, boolean>();
  for (const finding of findings) {
    const security = KIND.get(finding.ruleId) === 'security';
    if (security) {
      const profile = profileOf(finding.path);
      if (finding.suppressed === undefined && finding.blanketSuppression !== undefined) {
        if (profile.bareNoqaSuppressesSecurity) finding.suppressed = finding.blanketSuppression;
        else suppressed.blanketSecurity++;
      }
      if (profile.testCodeSeverity === 'lowered') {
        let test = testCode.get(finding.path);
        if (test === undefined) testCode.set(finding.path, (test = isTestCode(profile.testPaths, path.resolve(root, finding.path))));
        if (test) finding.lowered = 'test-code';
      }
    }
    if (finding.suppressed !== undefined) suppressed[security ? 'security' : 'maintainability']++;
  }
  return { suppressed };
}
