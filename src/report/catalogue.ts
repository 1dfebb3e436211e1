import { ALL_RULES } from '../rules';
import {
  bandOf,
  EVIDENCE,
  HIGH_PRECISIONS,
  PATTERN_HIGH,
  PRECISION_FOR_CONFIDENCE,
  PRECISION_STEP,
  SECURITY_SEVERITY,
  TEST_CODE_MAX,
  TEST_CODE_OFFSET,
  testCodeScore,
} from '../rules/severity';
import { DEFAULT_TEST_PATHS } from '../settings/values';
import type { RuleMeta } from '../engine/api';

function severityOf(meta: RuleMeta): string {
  return meta.kind === 'security' ? `${bandOf(meta.securitySeverity ?? 0)} (${meta.securitySeverity?.toFixed(1)})` : 'note';
}

/** `tendril rules`: one line per rule. */
export function formatRulesText(): string {
  const rows = ALL_RULES.map((r) => [r.meta.id, r.meta.kind, severityOf(r.meta), r.meta.aliases.join(', '), r.meta.shortDescription]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['Rule', 'Kind', 'Severity', 'Aliases'][i].length));
  const line = (row: string[]): string =>
    row
      .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell))
      .join('  ')
      .trimEnd();
  return [line(['Rule', 'Kind', 'Severity', 'Aliases', 'Description']), ...rows.map(line)].join('\n') + '\n';
}

/** The Markdown rule table, generated into the README between markers (scripts/gen-docs.js). */
export function formatRulesMarkdown(): string {
  const out = ['| Rule | Kind | Severity | Aliases | What it finds |', '| --- | --- | --- | --- | --- |'];
  for (const { meta } of ALL_RULES) {
    out.push(
      `| [\`${meta.id}\`](docs/rules.md#${meta.id}) | ${meta.kind} | ${severityOf(meta)} | ${meta.aliases.join(', ')} | ${meta.shortDescription}${meta.enabledByDefault === false ? ' (off by default)' : ''} |`,
    );
  }
  return out.join('\n') + '\n';
}

/** docs/rules.md: every rule's metadata and help, generated. */
export function formatRulesReference(): string {
  const out = ['# Rule reference', '', "<!-- Generated from the rules' metadata by `npm run docs`; do not edit by hand. -->", ''];
  for (const { meta } of ALL_RULES) {
    out.push(`## ${meta.id}`, '');
    out.push(`${meta.shortDescription}.`.replace(/\.\.$/, '.'), '');
    out.push(`- Kind: ${meta.kind}; category: ${meta.category}`);
    out.push(`- Severity: ${severityOf(meta)}${meta.cwe?.length ? `; CWE: ${meta.cwe.map((c) => `CWE-${c}`).join(', ')}` : ''}`);
    out.push(`- Precision: ${meta.precision}`);
    if (meta.enabledByDefault === false) out.push('- Off by default: runs only when selected (`select`)');
    out.push(`- Aliases: ${meta.aliases.join(', ')}`, '');
    out.push(meta.fullDescription, '', meta.help.trim(), '');
    const options = Object.entries(meta.options ?? {});
    if (options.length) {
      out.push(`Options, set under \`[tool.tendril.rules.${meta.id}]\`:`, '', '| Option | Type | Default | Meaning |', '| --- | --- | --- | --- |');
      for (const [name, spec] of options) {
        out.push(
          `| \`${name}\` | ${spec.type}${spec.values ? ` (${spec.values.join(', ')})` : ''} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** docs/severity.md's section on test code, from src/rules/severity.ts and src/rules/testcode.ts. */
function testCodeSection(): string[] {
  const out = [
    '## Test code',
    '',
    `A security alert in test code (${DEFAULT_TEST_PATHS.map((p) => `\`${p}\``).join(', ')}, and the`,
    'gitignore-style patterns of the `test-paths` key, where the last pattern that matches a file or one',
    'of its directories decides and `!pattern` means "not test code") is reported one band lower and',
    `never above Medium: its rule's score less ${TEST_CODE_OFFSET.toFixed(1)}, at most ${TEST_CODE_MAX.toFixed(1)}. Low, the lowest band, stays as it is.`,
    'So an alert in test code never fails the default gate (`fail-on-security-severity: high`), and a',
    'stricter gate (`medium`, `low`) still sees it. `test-code-severity = "full"` (the flag',
    '`--test-code-severity full`, the input `test-code-severity`) reports test code as anywhere else.',
    '',
    '| Band of the rule | Example | In test code |',
    '| --- | --- | --- |',
  ];
  for (const score of [9.8, 9.1, 8.0, 7.0, 5.5, 4.0, 3.0]) {
    const lowered = testCodeScore(score);
    out.push(`| ${bandOf(score)} | ${score.toFixed(1)} | ${lowered.toFixed(1)} ${bandOf(lowered)} |`);
  }
  out.push(
    '',
    'GitHub code scanning reads `security-severity` only from the rule a result names',
    '(`tool.driver.rules[].properties`), never from the result itself, so an alert in test code is',
    "written under its rule's test-code variant: `<rule-id>/test-code` (name `<Name>InTestCode`), one",
    'descriptor for each rule that has such alerts, after all the rules, with the lowered score, the',
    "rule's help, CWE tags and precision, the tag `test-code`, and a relationship to the rule it comes",
    'from (`tendril merge` unites the variants of shards). Its fingerprint (`primaryLocationLineHash`)',
    'and match key are those of the rule; the text and JSON reports (`"lowered": "test-code"`), the job',
    'summary, the annotations and the gates use the same lowered band. Suppressions, `select`, `ignore`',
    'and `per-file-ignores` name the rule (`subprocess-shell-true`, `B602`), not the variant. An alert',
    'that moves into or out of test code (a changed `test-paths` or `test-code-severity`) changes rule',
    'in code scanning: it is closed under one and opened under the other.',
    '',
  );
  return out;
}

/** The markers around docs/severity.md's hand-written section, which `npm run docs` keeps as it is. */
export const SEVERITY_DOC_MARKERS = { start: '<!-- hand-written:start -->', end: '<!-- hand-written:end -->' } as const;

/** The hand-written section of a docs/severity.md (between the markers), or '' when it has none. */
export function handWrittenSection(doc: string): string {
  const start = doc.indexOf(SEVERITY_DOC_MARKERS.start);
  const end = doc.indexOf(SEVERITY_DOC_MARKERS.end);
  return start >= 0 && end > start ? doc.slice(start + SEVERITY_DOC_MARKERS.start.length, end).replace(/^\n/, '') : '';
}

/** docs/severity.md's section on the policy, from src/rules/severity.ts and the rules' gradings. */
function policySection(): string[] {
  const security = ALL_RULES.filter((r) => r.meta.kind === 'security').map((r) => r.meta);
  const out = [
    '## Policy',
    '',
    'A score is a promise about the evidence behind an alert. The default gate fails on high, and a',
    'high alert that turns out to be noise makes teams switch the gate off, after which it catches',
    'nothing. So every security rule states what its results show (its evidence), and its score',
    "stays under that evidence's ceiling:",
    '',
    '| Evidence | Highest score | What a result shows | Rules |',
    '| --- | --- | --- | --- |',
  ];
  for (const [evidence, { ceiling, meaning }] of Object.entries(EVIDENCE)) {
    const count = security.filter((m) => m.grading?.evidence === evidence).length;
    out.push(`| ${evidence} | ${ceiling.toFixed(1)} (${bandOf(ceiling)}) | ${meaning} | ${count} |`);
  }
  out.push(
    '',
    'So high and critical are for proven flows and for configurations that are dangerous wherever they',
    'appear; a pattern that is often benign is medium at most, and an import is low. Where the',
    'data-flow analysis proves a path to a call, the data-flow rule reports it and the pattern rules',
    'for that call stay quiet; where it proves the value constant or sanitized, the pattern rules about',
    'values built at run time fall to their literal variant or stay quiet; where it cannot tell, the',
    'pattern rules report at their own scores (see "Data-flow rules" below).',
    '',
    'Precision lowers the score:',
    '',
    `- High and critical need precision ${HIGH_PRECISIONS.map((p) => `\`${p}\``).join(' or ')}: a rule whose results are often wrong is not evidence.`,
    '- Rules that make the same claim with different certainty form a family (the Family column below);',
    '  within a family, a less precise rule scores strictly lower than every more precise one. One step',
    `  of precision costs ${PRECISION_STEP.toFixed(1)} (\`call-with-shell-true\`, precision low, sits below \`paramiko-exec-command\`, medium, below`,
    '  `subprocess-shell-true`, high).',
    '',
    "A score starts from the reference tool's grade: Bandit's severity for its checks (the table below),",
    "CodeQL's `security-severity` for the data-flow classes and for the configuration rules Bandit has",
    'no check for (see "Configuration rules of the web" below). A rule departs from it where the policy',
    `requires, and says why in the Basis column and in its help: a pattern Bandit grades high scores ${PATTERN_HIGH.toFixed(1)}, the top`,
    'of medium; an import scores at most low.',
    '',
    'test/rules/severity-policy.test.ts holds the whole catalogue to this policy (and shows each of its',
    'checks failing on a seeded violation), and lists the rules allowed at high that are not data-flow',
    'rules, so that adding one is a decision made in review.',
    '',
    '| Bandit severity | security-severity | GitHub band | SARIF level |',
    '| --- | --- | --- | --- |',
  );
  for (const level of ['HIGH', 'MEDIUM', 'LOW'] as const) {
    const score = SECURITY_SEVERITY[level];
    out.push(`| ${level} | ${score.toFixed(1)} | ${bandOf(score)} | ${score >= 7 ? 'error' : 'warning'} |`);
  }
  out.push('', '| Bandit confidence | precision |', '| --- | --- |');
  for (const level of ['HIGH', 'MEDIUM', 'LOW'] as const) out.push(`| ${level} | ${PRECISION_FOR_CONFIDENCE[level]} |`);
  return out;
}

/** A table of security rules with their score and grading; `full` adds the basis and the aliases. */
function gradingTable(rules: readonly { meta: RuleMeta }[], full: boolean): string[] {
  const columns = ['Rule', 'security-severity', 'Band', 'Precision', 'Evidence', 'Family', ...(full ? ['Basis'] : []), 'CWE', ...(full ? ['Aliases'] : [])];
  const out = [`| ${columns.join(' | ')} |`, `|${' --- |'.repeat(columns.length)}`];
  for (const { meta } of rules) {
    const score = meta.securitySeverity ?? 0;
    const g = meta.grading;
    const cells = [`\`${meta.id}\``, score.toFixed(1), bandOf(score), meta.precision, g?.evidence ?? '', g?.family ?? ''];
    if (full) cells.push(g?.basis ?? '');
    cells.push((meta.cwe ?? []).map((c) => `CWE-${c}`).join(', '));
    if (full) cells.push(meta.aliases.join(', '));
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out;
}

/**
 * docs/severity.md: the policy, the scale and each security rule's place on it, generated; the
 * hand-written section (measurements on real projects) is passed in and kept between its markers.
 */
export function formatSeverityDoc(handWritten = ''): string {
  const out = [
    '# Security severity',
    '',
    "<!-- Generated from src/rules/severity.ts and the rules' metadata by `npm run docs`, except the hand-written section at the end, which it keeps. -->",
    '',
    'GitHub code scanning ranks a security alert Critical, High, Medium or Low from the numeric',
    '`security-severity` of its rule (>= 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low),',
    'and the SARIF `precision` of the rule says how often its results are right.',
    '',
    ...policySection(),
    '',
    'SARIF allows one `security-severity` per rule. Where Bandit gives one check different severities',
    'depending on the code, Tendril splits it into separate rules, each with its own severity (for',
    'example `subprocess-shell-true` and `subprocess-shell-true-literal` for Bandit B602).',
    '',
    'Maintainability rules never carry a `security-severity`: they are SARIF notes, in their own run',
    '(category `tendril/maintainability/`), and never look like vulnerabilities.',
    '',
    ...testCodeSection(),
    '## Data-flow rules',
    '',
    'The rules of category `taint` (src/rules/security/taint-flows.ts) report a path the taint',
    'analysis followed, step by step, from outside input to a dangerous operation: evidence, not a',
    "pattern. Their score is CodeQL's `security-severity` for the same class of flaw; input from the",
    'network takes it as it is, local input (command-line arguments, environment variables, standard',
    'input) 3.0 less and Medium at most, so that it never fails the default gate (High): whoever',
    'controls local input usually runs the program already (pydoc running `$PAGER`, runpy running the',
    'script it is given are flows by design). Where the path alone does not show the harm, the severity',
    "policy keeps CodeQL's score at Medium at most, and the rule's help says why: a value stored in the",
    'session (trust boundary, CodeQL 8.8 for Java) and a log line (log injection, 7.8). The weak-hash',
    'class has one rule, whose source is a password-like value. Their precision is `high`. A flow may',
    'cross modules: the source in one file of the analysed tree, the sink in another (src/pipeline/link.ts).',
    'For the classes of the web (a page, a header, a log line, the session, a redirect, a template, LDAP',
    'and XPath queries, patterns, password hashes), what a call the analysis does not model returns is',
    'not the input: only the input itself, string operations on it, known pass-throughs and methods of',
    'the input object carry it (src/analysis/taint/catalogue.ts, `NOT_INPUT`).',
    '',
    '| Class | Network input (or password-like values) | Local input | CodeQL query |',
    '| --- | --- | --- | --- |',
  ];
  const taint = ALL_RULES.filter((r) => r.meta.category === 'taint' && !r.meta.id.endsWith('-local'));
  for (const { meta } of taint) {
    const local = ALL_RULES.find((r) => r.meta.id === `${meta.id}-local`)?.meta;
    const score = (m?: { id: string; securitySeverity?: number }): string =>
      m ? `\`${m.id}\` ${(m.securitySeverity ?? 0).toFixed(1)} ${bandOf(m.securitySeverity ?? 0)}` : '';
    const codeql = meta.aliases.find((a) => a.startsWith('py/'));
    out.push(`| ${meta.shortDescription} | ${score(meta)} | ${score(local)} | ${codeql ? `\`${codeql}\`` : 'none in Python'} |`);
  }
  out.push(
    '',
    'One alert per sink location. Where a data-flow rule reports, the pattern rules for the same call',
    '(`RuleMeta.supersedes`) stay quiet at that call. Where no flow is proven, the pattern rules about a',
    'value built at run time (`RuleMeta.runTimeValue`) ask the analysis what it proves of that value',
    'wherever the code runs (src/rules/security/run-time.ts): made of literals only (a constant, a',
    'constant branch, a value overwritten with a literal: the rule falls to its literal variant, or',
    'to no alert where it has none), or made of literals and values sanitized for the operation',
    '(`shlex.quote` for a shell, a number for SQL: quiet). Where the analysis cannot tell (a',
    'parameter, the result of a call it does not model, code it did not reach), they report as',
    'without it:',
    '',
    '| At a call such as `subprocess.run(cmd, shell=True)` | Data-flow rule | Pattern rule |',
    '| --- | --- | --- |',
    '| a path from outside input to `cmd` is proven | reports, with the path | quiet |',
    '| `cmd` is proven constant (`cmd = "ls"`, `"ls" if 1 > 2 else x`, `cmd = x; cmd = "ls"`) | quiet | its literal variant reports (`subprocess-shell-true-literal`), or none where there is no such variant |',
    '| `cmd` is proven sanitized for the operation (`"ls " + shlex.quote(x)`, `str(int(x))`) | quiet | quiet |',
    '| the analysis cannot tell (`cmd` a parameter, the result of an unknown call) | quiet | reports as without the analysis |',
    '',
    '| Pattern rule | Operation | Where the value is proven constant | Where it is proven sanitized |',
    '| --- | --- | --- | --- |',
  );
  for (const { meta } of ALL_RULES.filter((r) => r.meta.runTimeValue?.role === 'built')) {
    const decided = meta.runTimeValue!;
    const constant = decided.literal ? `\`${decided.literal}\` reports` : 'quiet';
    out.push(`| \`${meta.id}\` | ${decided.sinkClass} | ${constant} | quiet |`);
  }
  out.push('', '| Data-flow rule | Pattern rules it replaces where it reports |', '| --- | --- |');
  for (const { meta } of ALL_RULES.filter((r) => r.meta.category === 'taint')) {
    out.push(`| \`${meta.id}\` | ${(meta.supersedes ?? []).map((id) => `\`${id}\``).join(', ') || 'none'} |`);
  }
  const replacing = ALL_RULES.filter((r) => r.meta.category !== 'taint' && r.meta.supersedes?.length);
  if (replacing.length) {
    out.push('', 'Other rules that replace a more general one where they report (one alert per statement):', '');
    out.push('| Rule | Rules it replaces inside its range |', '| --- | --- |');
    for (const { meta } of replacing) out.push(`| \`${meta.id}\` | ${meta.supersedes!.map((id) => `\`${id}\``).join(', ')} |`);
  }
  out.push(
    '',
    '## Configuration rules of the web',
    '',
    'Rules that report a setting or a call without a flow (cookies, keys written in the source, checks',
    "turned off, debug modes) have no Bandit check to start from: they start from CodeQL's score for the",
    'same class (`webGrading` in src/rules/security/web-config.ts), kept under the ceiling of the',
    'evidence their results carry (`policyScore` in src/rules/severity.ts). Configurations dangerous',
    'wherever they appear (TLS verification off, a JWT accepted without its signature, a debugger',
    "served, a web framework's template autoescaping off, a signing key in the source) are configuration",
    'evidence, High at most; those often benign (a cookie flag, a development settings module,',
    '`ALLOWED_HOSTS = ["*"]`, a debug mode without a console, a Jinja2 environment without',
    'autoescaping, which may render plain text) are patterns, Medium at most. The family and precision rules apply as to',
    "every rule. The Basis column of the security rules' table below gives each one's CodeQL score and",
    "why it departs from it; the rule's help says the same.",
    '',
    ...gradingTable(
      ALL_RULES.filter((r) => r.meta.category === 'web-configuration'),
      false,
    ),
  );
  out.push(
    '',
    '## Security rules',
    '',
    'Each rule with its score, the evidence and family it is graded by, and the basis of the score:',
    "the reference tool's grade, and why the score departs from it where it does.",
    '',
    ...gradingTable(
      ALL_RULES.filter((r) => r.meta.kind === 'security'),
      true,
    ),
  );
  out.push('', SEVERITY_DOC_MARKERS.start, handWritten.trimEnd(), SEVERITY_DOC_MARKERS.end);
  return out.join('\n') + '\n';
}
