import type { BaselineSummary } from '../baseline';
import type { Finding } from '../engine/types';
import type { Outcome } from '../pipeline/run';
import { plainMessage, plural, RULE_META, severityLabel, shortPath } from './labels';
import { reportedScore } from '../rules/testcode';
import { count, type LimitDrop, type LimitedSarif } from './limits';
import { code, encodePath, escapeText, link } from './markdown';
import { writeSarif } from './sarif';

/** Tally of `key(x)` over `items`, most frequent first, ties by key. */
function top<T>(items: readonly T[], key: (item: T) => string, limit: number): [string, number][] {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

/**
 * GitHub refuses a step summary above 1 MiB (1,048,576 bytes); the summary stops adding lines
 * well below that and says what it left out.
 */
export const SUMMARY_LIMIT = 1_000_000;

/**
 * Results of one SARIF run that GitHub code scanning keeps from an upload, of the 25,000 it
 * accepts: "Results per run: 25,000. Only the top 5,000 results will be included" (GitHub's "SARIF
 * results exceed one or more limits", docs.github.com/en/code-security/code-scanning/
 * troubleshooting-sarif-uploads/results-exceed-limit; the tool status page then says "Only 5000
 * were stored"). Tendril writes one run per category, so this is also per category.
 */
export const RESULTS_KEPT_PER_RUN = 5_000;

/** One run of a SARIF file as written: its category (`automationDetails.id`) and its number of results. */
export interface SarifRunSize {
  category: string;
  results: number;
}

/** The runs of a SARIF log (writeSarif(...).log), for SummaryOptions.sarifRuns. */
export function sarifRunSizes(log: Record<string, unknown>): SarifRunSize[] {
  const runs: unknown[] = Array.isArray(log.runs) ? log.runs : [];
  return runs.map((run) => {
    const r = (run ?? {}) as { automationDetails?: { id?: unknown }; results?: unknown };
    return { category: String(r.automationDetails?.id ?? ''), results: Array.isArray(r.results) ? r.results.length : 0 };
  });
}

export interface SummaryOptions {
  /** Where file links point: `{server}/{repository}/blob/{sha}/{path}#L{line}` (the head commit). */
  links?: { server: string; repository: string; sha: string };
  /** Annotations written, and how many findings could have had one. */
  annotations?: { shown: number; total: number };
  /** Byte budget (default SUMMARY_LIMIT). */
  limit?: number;
  /** Rows in the list of findings (default 100). */
  listed?: number;
  /**
   * What GitHub's SARIF limits dropped from the SARIF file (writeSarif(...).drops). Default: what
   * they drop from this outcome's SARIF as writeSarif(outcome) writes it.
   */
  sarifLimits?: readonly LimitDrop[];
  /**
   * The runs of the SARIF file as written (sarifRunSizes(writeSarif(...).log)), for the line on
   * code scanning's 5,000 results per category. Default: those of writeSarif(outcome), written
   * only when some kind has more than 5,000 findings (no run can have more results than that).
   */
  sarifRuns?: readonly SarifRunSize[];
  /**
   * What the baseline was, for people: `{ name: 'main', commit: '3bc532e9…', how: "the merge
   * commit's first parent" }` is shown as `main @ 3bc532e (the merge commit's first parent)`.
   * Without it, the baseline ref and commit are shown.
   */
  base?: { name: string; commit: string; how: string };
  /** Where a rule is documented (an http or https URL); rule ids link there. */
  ruleDocs?: (ruleId: string) => string | undefined;
}

/** The rule id as code, linked to its documentation when there is some. */
function ruleRef(id: string, options: SummaryOptions): string {
  const url = options.ruleDocs?.(id);
  return url && /^https?:\/\//i.test(url) ? link(code(id), url) : code(id);
}

/** `path:line` as code, linked to the line at the head commit when links are known. */
function location(finding: Finding, options: SummaryOptions): string {
  const where = code(`${finding.path}:${finding.line}`);
  const l = options.links;
  return l ? link(where, `${l.server}/${l.repository}/blob/${l.sha}/${encodePath(finding.path)}#L${finding.line}`) : where;
}

/** `Compared with main @ 3bc532e (the merge commit's first parent): **2 new**, 5 existing, 1 fixed.` */
function comparison(baseline: BaselineSummary, base: SummaryOptions['base']): string {
  // The ` @ ` is the summary's own: an `@` followed by a space starts no address or mention.
  const what = base
    ? `<code>${escapeText(base.name)} @ ${escapeText(base.commit.slice(0, 7))}</code> (${escapeText(base.how)})`
    : `${code(baseline.ref)} (${escapeText(baseline.commit.slice(0, 12))})`;
  return `Compared with ${what}: **${baseline.new} new**, ${baseline.unchanged} existing, ${baseline.fixed} fixed.`;
}

/** Whether some kind has more findings than code scanning keeps of a run (a run has no more results than its kind has findings). */
function mayExceedPerRun(findings: readonly Finding[]): boolean {
  const tally = new Map<string, number>();
  for (const f of findings) {
    const kind = RULE_META.get(f.ruleId)?.kind ?? '';
    const n = (tally.get(kind) ?? 0) + 1;
    if (n > RESULTS_KEPT_PER_RUN) return true;
    tally.set(kind, n);
  }
  return false;
}

/**
 * Lines on what the counts above leave out or lower: security alerts in test code (reported one
 * band lower), suppressed in the source (not counted), and covered by a blanket `# noqa` that
 * does not hide them. Only the ones that apply.
 */
function securityNotes(outcome: Outcome): string[] {
  const lines: string[] = [];
  const inTests = outcome.findings.filter((f) => f.lowered === 'test-code' && f.suppressed === undefined).length;
  if (inTests > 0) {
    lines.push(
      `**Test code:** ${plural(inTests, 'security alert')} in test code ${inTests === 1 ? 'is' : 'are'} counted one band lower, at most medium ` +
        `(${code('test-paths')}; ${code('test-code-severity = "full"')} counts ${inTests === 1 ? 'it' : 'them'} as anywhere else).`,
      '',
    );
  }
  const s = outcome.suppressed;
  if (s && s.security + s.maintainability > 0) {
    lines.push(
      `**Suppressed in the source:** ${plural(s.security, 'security alert')} and ${plural(s.maintainability, 'maintainability note')} ` +
        `(${code('# nosec')}, ${code('# noqa: CODE')}, ...), not counted above nor by the gates.`,
      '',
    );
  }
  if (s && s.blanketSecurity > 0) {
    lines.push(
      `**Not suppressed:** ${plural(s.blanketSecurity, 'security alert')} ${s.blanketSecurity === 1 ? 'is' : 'are'} on a line with a bare ${code('# noqa')} ` +
        `(or another linter's blanket comment), which hides maintainability notes only: use ${code('# nosec')} or ${code('# noqa: CODE')} with the rule's code, ` +
        `or set ${code('bare-noqa-suppresses-security = true')}.`,
      '',
    );
  }
  return lines;
}

/**
 * The job summary. With a baseline (pull requests) it leads with what the change introduced:
 * verdict, what was compared, the new findings (most severe first, linked to their lines at the
 * head commit), then the counts (new and existing), notes on GitHub's limits, and the top rules
 * and files of the new findings. Without one: verdict, counts, notes, top rules and files, the
 * findings. Then the file problems. Every piece of data (file names, messages, refs, rule ids,
 * categories) goes through src/report/markdown.ts, so none of it can add markup. Cut at line
 * boundaries below GitHub's size limit.
 */
export function formatSummary(outcome: Outcome, sarifFile?: string, options: SummaryOptions = {}): string {
  const { counts, newCounts, gate, baseline } = outcome;
  const pre: string[] = ['## Tendril', ''];
  const post: string[] = [];
  pre.push(gate.failed ? `**Gate failed:** ${gate.reasons.map(escapeText).join('; ')}` : '**Gate passed.**', '');
  // With a baseline the list of new findings comes right after the comparison; the rest follows it.
  const out = baseline ? post : pre;
  if (baseline) pre.push(comparison(baseline, options.base), '');
  out.push(`Analysed ${plural(outcome.files, 'file')}.${sarifFile ? ` SARIF: ${code(sarifFile)}.` : ''}`, '');
  if (baseline) {
    out.push('| Kind | Severity | New | Existing |', '| --- | --- | ---: | ---: |');
    for (const band of ['critical', 'high', 'medium', 'low'] as const) {
      out.push(`| Security | ${band} | ${newCounts.bySeverity[band]} | ${counts.bySeverity[band] - newCounts.bySeverity[band]} |`);
    }
    out.push(`| Maintainability | note | ${newCounts.maintainability} | ${counts.maintainability - newCounts.maintainability} |`, '');
  } else {
    out.push('| Kind | Severity | Findings |', '| --- | --- | ---: |');
    for (const band of ['critical', 'high', 'medium', 'low'] as const) {
      out.push(`| Security | ${band} | ${counts.bySeverity[band]} |`);
    }
    out.push(`| Maintainability | note | ${counts.maintainability} |`, '');
  }
  out.push(...securityNotes(outcome));
  if (options.annotations && options.annotations.total > options.annotations.shown) {
    const { shown, total } = options.annotations;
    out.push(
      `${plural(shown, 'annotation')} shown of ${total} ${baseline ? 'new ' : ''}findings (GitHub displays at most 10 per level); ` +
        `the other ${total - shown} are listed ${baseline ? 'above' : 'below'} and in the SARIF file.`,
      '',
    );
  }
  let written: LimitedSarif | undefined;
  const sarif = (): LimitedSarif => (written ??= writeSarif(outcome));
  const drops = options.sarifLimits ?? sarif().drops;
  if (drops.length > 0) {
    const lost = drops.filter((d) => d.limit === 'results' || d.limit === 'size').reduce((n, d) => n + d.dropped, 0);
    out.push(
      `**SARIF limits:** ${lost > 0 ? `${count(lost)} result${lost === 1 ? '' : 's'} left out of the SARIF file, lowest-ranked first, ` : 'the SARIF file was trimmed '}` +
        // `short` is limits.ts's own words and numbers; the category comes from the SARIF log.
        `to stay within GitHub's upload limits: ${drops.map((d) => `${code(d.category)}: ${d.short}`).join('; ')}.`,
      '',
    );
  }
  const runs = options.sarifRuns ?? (mayExceedPerRun(outcome.findings) ? sarifRunSizes(sarif().log) : []);
  const crowded = runs.filter((r) => r.results > RESULTS_KEPT_PER_RUN);
  if (crowded.length > 0) {
    out.push(
      `**Code scanning limit:** GitHub code scanning keeps at most ${count(RESULTS_KEPT_PER_RUN)} results per category (SARIF run) ` +
        `of an upload, so not all of these will show as alerts: ${crowded.map((r) => `${code(r.category)}: ${count(r.results)} results`).join('; ')}. ` +
        'The SARIF file has them all.',
      '',
    );
  }
  // With a baseline (pull requests), the tops count what the pull request introduced.
  const counted = baseline ? outcome.findings.filter((f) => f.baselineState !== 'unchanged') : outcome.findings;
  if (counted.length > 0) {
    const which = baseline ? ' (new findings)' : '';
    out.push(`### Top rules${which}`, '', '| Rule | Kind | Findings |', '| --- | --- | ---: |');
    for (const [id, n] of top(counted, (f) => f.ruleId, 10)) {
      out.push(`| ${ruleRef(id, options)} | ${RULE_META.get(id)?.kind ?? ''} | ${n} |`);
    }
    out.push('', `### Top files${which}`, '', '| File | Findings |', '| --- | ---: |');
    for (const [file, n] of top(counted, (f) => f.path, 10)) out.push(`| ${code(file)} | ${n} |`);
    out.push('');
  }
  const before = pre.join('\n') + '\n';
  const after = post.length ? post.join('\n') + '\n' : '';
  const limit = options.limit ?? SUMMARY_LIMIT;
  const tail: string[] = [];
  if (outcome.notifications.length > 0) {
    tail.push(`### ${plural(outcome.notifications.length, 'file problem')}`, '');
    for (const n of outcome.notifications.slice(0, 20)) tail.push(`- ${n.level}: ${escapeText(n.message)}`);
    if (outcome.notifications.length > 20) tail.push(`- ... and ${outcome.notifications.length - 20} more (see the SARIF file)`);
    tail.push('');
  }
  const tailText = tail.length ? tail.join('\n') + '\n' : '';

  // The findings list: new ones with a baseline, all otherwise; most severe first.
  const listed = outcome.findings.filter((f) => f.baselineState !== 'unchanged');
  const ordered = [...listed].sort((a, b) => reportedScore(b) - reportedScore(a));
  let list = '';
  if (ordered.length > 0) {
    const head =
      [`### ${baseline ? 'New findings' : 'Findings'}`, '', '| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'].join('\n') + '\n';
    const max = Math.min(ordered.length, options.listed ?? 100);
    const budget = limit - Buffer.byteLength(before) - Buffer.byteLength(after) - Buffer.byteLength(tailText) - 200;
    let rows = '';
    let shown = 0;
    for (const f of ordered.slice(0, max)) {
      // A data-flow finding's message is followed by its path in short form (file:line steps).
      const path = shortPath(f);
      const message = escapeText(plainMessage(f.message)) + (path ? `<br>${escapeText(`Path: ${path}`)}` : '');
      const severity = severityLabel(f) + (f.lowered === 'test-code' ? ' (test code)' : '');
      const row = `| ${location(f, options)} | ${severity} | ${ruleRef(f.ruleId, options)} | ${message} |\n`;
      if (Buffer.byteLength(head) + Buffer.byteLength(rows) + Buffer.byteLength(row) > budget) break;
      rows += row;
      shown++;
    }
    if (shown > 0) {
      list = head + rows;
      if (shown < ordered.length) list += `\n... and ${ordered.length - shown} more in the SARIF file.\n`;
      list += '\n';
    }
  }
  let text = before + list + after + tailText;
  if (Buffer.byteLength(text) > limit) {
    // Only reached with a tiny limit: cut at a line boundary.
    const lines = text.split('\n');
    while (lines.length && Buffer.byteLength(lines.join('\n')) > limit - 60) lines.pop();
    text = lines.join('\n') + '\n\n(summary truncated; see the SARIF file)\n';
  }
  return text;
}
