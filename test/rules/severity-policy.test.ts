/**
 * The severity policy (src/rules/severity.ts, docs/severity.md) over the whole catalogue: what a
 * rule may score follows from the evidence its results carry and from its precision. The checks
 * are a function of the rules' metadata, so that the seeded violations below show each of them
 * failing.
 */
import { ALL_RULES } from '../../src/rules';
import type { RuleMeta } from '../../src/engine/api';
import { bandOf, EVIDENCE, HIGH_PRECISIONS, PRECISION_RANK } from '../../src/rules/severity';

/** Every way `metas` break the policy, one line each; empty when they keep it. */
function policyViolations(metas: readonly RuleMeta[]): string[] {
  const out: string[] = [];
  const security = metas.filter((m) => m.kind === 'security');
  for (const m of metas.filter((m) => m.kind !== 'security')) if (m.grading) out.push(`${m.id}: a maintainability rule has no security grading`);
  for (const m of security) {
    const score = m.securitySeverity;
    if (score === undefined || !(score >= 0.1 && score <= 10) || Math.round(score * 10) !== score * 10) {
      out.push(`${m.id}: security-severity ${score} is not a score from 0.1 to 10.0 with one decimal`);
      continue;
    }
    const g = m.grading;
    if (!g) {
      out.push(`${m.id}: no grading (evidence, family, basis)`);
      continue;
    }
    if (!g.family || !g.basis.trim()) out.push(`${m.id}: a grading needs its family and its basis`);
    const ceiling = EVIDENCE[g.evidence].ceiling;
    if (score > ceiling) out.push(`${m.id}: ${score.toFixed(1)} is above the ceiling of ${g.evidence} evidence (${ceiling.toFixed(1)})`);
    if ((g.evidence === 'flow') !== (m.category === 'taint')) out.push(`${m.id}: flow evidence is for the data-flow rules (category taint), and theirs only`);
    if (score >= 7 && !HIGH_PRECISIONS.includes(m.precision)) out.push(`${m.id}: ${bandOf(score)} (${score.toFixed(1)}) with precision ${m.precision}`);
  }
  // Within a family, a less precise rule scores strictly lower than every more precise one.
  for (const a of security) {
    for (const b of security) {
      if (!a.grading || !b.grading || a.grading.family !== b.grading.family) continue;
      if (PRECISION_RANK[a.precision] < PRECISION_RANK[b.precision] && a.securitySeverity! >= b.securitySeverity!) {
        out.push(
          `${a.id} (precision ${a.precision}, ${a.securitySeverity!.toFixed(1)}) is not below ${b.id} (precision ${b.precision}, ${b.securitySeverity!.toFixed(1)}) of family ${a.grading.family}`,
        );
      }
    }
  }
  return out;
}

const metas = ALL_RULES.map((r) => r.meta);
const meta = (id: string): RuleMeta => metas.find((m) => m.id === id)!;
/** The catalogue with one rule's metadata changed. */
const seeded = (id: string, change: Partial<RuleMeta>): RuleMeta[] => metas.map((m) => (m.id === id ? { ...m, ...change } : m));

describe('severity policy', () => {
  test('the catalogue keeps it', () => {
    expect(policyViolations(metas)).toEqual([]);
  });

  test('high and critical: the data-flow rules and the configurations dangerous wherever they appear, nothing else', () => {
    const high = metas.filter((m) => m.kind === 'security' && m.securitySeverity! >= 7);
    expect(high.filter((m) => m.grading?.evidence === 'pattern' || m.grading?.evidence === 'import')).toEqual([]);
    // A new rule at high is a decision of the policy: this list changes with it, in review, each
    // rule with the reason it is dangerous wherever it appears.
    const allowed: Record<string, string> = {
      'flask-debug-mode': "a Flask app's configuration turns on the Werkzeug debugger, a console that runs code for whoever reaches an error page",
      'flask-debug-true': 'app.run(debug=True) serves the Werkzeug debugger',
      'hardcoded-secret-key': 'a key in the source signs or decrypts for anyone who reads the code',
      'insecure-cipher': 'DES, RC2, RC4 and XOR are broken whatever they protect',
      'jwt-verification-disabled': 'a token accepted without its signature: anyone claims to be anyone',
      'request-without-cert-validation': 'TLS verification off: the connection is open to whoever is on the path',
      'ssh-no-host-key-verification': "any host key accepted: the server's identity is not checked",
      'ssl-insecure-version': 'SSLv2, SSLv3, TLS 1.0 and 1.1 are broken or withdrawn protocol versions',
      'ssl-unverified-context': 'a context that verifies neither certificates nor host names',
      'tls-verification-disabled': 'TLS verification off for a client, a session or a context: every connection through it',
      'trojan-source': 'a bidirectional override in code makes what is shown differ from what runs',
      'weak-cryptographic-key': 'RSA/DSA keys under 1024 bits, EC keys under 160 bits are breakable whatever they protect',
      'world-writable-file-permissions': 'any local user can change the file, whatever it holds',
    };
    expect(high.filter((m) => m.grading?.evidence === 'configuration').map((m) => m.id)).toEqual(Object.keys(allowed));
  });

  describe('each check fails on a seeded violation', () => {
    test('a pattern above medium (Bandit high, as subprocess-shell-true was)', () => {
      expect(policyViolations(seeded('subprocess-shell-true', { securitySeverity: 8.0 }))).toEqual([
        'subprocess-shell-true: 8.0 is above the ceiling of pattern evidence (6.9)',
      ]);
    });

    test('an import above low', () => {
      expect(policyViolations(seeded('telnetlib-import', { securitySeverity: 8.0 }))).toEqual([
        'telnetlib-import: 8.0 is above the ceiling of import evidence (3.9)',
      ]);
    });

    test('high with less than high precision (trojan-source with Bandit confidence)', () => {
      expect(policyViolations(seeded('trojan-source', { precision: 'medium' }))).toEqual(['trojan-source: high (8.0) with precision medium']);
    });

    test('a less precise rule at the score of a more precise one of its family', () => {
      const paramiko = meta('paramiko-exec-command');
      expect(policyViolations(seeded('call-with-shell-true', { securitySeverity: paramiko.securitySeverity }))).toEqual([
        'call-with-shell-true (precision low, 5.5) is not below paramiko-exec-command (precision medium, 5.5) of family shell-command',
      ]);
      // And above it: the family's order is by precision, whatever the scores of other families.
      expect(policyViolations(seeded('hardcoded-tmp-directory', { securitySeverity: 6.0 }))).toEqual([
        'hardcoded-tmp-directory (precision medium, 6.0) is not below insecure-mktemp (precision high, 5.5) of family temp-file',
      ]);
    });

    test('flow evidence claimed by a pattern rule, or missing from a data-flow rule', () => {
      expect(policyViolations(seeded('eval-used', { grading: { ...meta('eval-used').grading!, evidence: 'flow' } }))).toEqual([
        'eval-used: flow evidence is for the data-flow rules (category taint), and theirs only',
      ]);
      expect(policyViolations(seeded('code-injection', { grading: { ...meta('code-injection').grading!, evidence: 'configuration' } }))).toEqual([
        'code-injection: 9.3 is above the ceiling of configuration evidence (8.9)',
        'code-injection: flow evidence is for the data-flow rules (category taint), and theirs only',
      ]);
    });

    test('a security rule without grading, a score off the scale', () => {
      expect(policyViolations(seeded('assert-used', { grading: undefined }))).toEqual(['assert-used: no grading (evidence, family, basis)']);
      expect(policyViolations(seeded('assert-used', { securitySeverity: 3.25 }))).toEqual([
        'assert-used: security-severity 3.25 is not a score from 0.1 to 10.0 with one decimal',
      ]);
    });
  });

  test('every score that departs from the reference grade says why, in the rule help and in the basis', () => {
    for (const m of metas.filter((m) => m.kind === 'security' && m.category !== 'taint')) {
      const departs = /Tendril grades it/.test(m.help);
      if (departs) expect(`${m.id}: ${m.grading!.basis}`).toMatch(/; \S/);
      else expect(`${m.id}: ${m.grading!.basis}`).toMatch(/confidence\.$|^[^:]+: No Bandit check/);
    }
  });
});
