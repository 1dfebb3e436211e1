import type { Finding } from '../engine/types';
import type { Outcome } from '../run';
import { plural, RULE_META, severityLabel } from './labels';
import { count, type LimitDrop } from './limits';
import { sarifLimitDrops } from './sarif';

/** Tally of `key(x)` over `items`, most frequent first, ties by key. */
function top<T>(items: readonly T[], key: (item: T) => string, limit: number): [string, number][] {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * GitHub refuses a step summary above 1 MiB (1,048,576 bytes); the summary stops adding lines
 * well below that and says what it left out.
 */
export const SUMMARY_LIMIT = 1_000_000;

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
   * they drop from this outcome's SARIF, remembered from the writer when it has written it.
   */
  sarifLimits?: readonly LimitDrop[];
}

function link(finding: Finding, options: SummaryOptions): string {
  const where = `${finding.path}:${finding.line}`;
  const l = options.links;
  if (!l) return `\`${cell(where)}\``;
  const url = `${l.server}/${l.repository}/blob/${l.sha}/${finding.path.split('/').map(encodeURIComponent).join('/')}#L${finding.line}`;
  return `[${cell(where)}](${url})`;
}

/**
 * The job summary: verdict, counts by kind and severity (new and existing when there is a
 * baseline), what GitHub's SARIF limits left out of the SARIF file (if anything), top rules and
 * files, the findings that matter with links to their lines at the head commit, notifications; cut
 * at line boundaries below GitHub's size limit.
 */
export function formatSummary(outcome: Outcome, sarifFile?: string, options: SummaryOptions = {}): string {
  const { counts, newCounts, gate, baseline } = outcome;
  const out: string[] = ['## Tendril', ''];
  out.push(gate.failed ? `**Gate failed:** ${gate.reasons.map(cell).join('; ')}` : '**Gate passed.**', '');
  out.push(`Analysed ${plural(outcome.files, 'file')}.${sarifFile ? ` SARIF: \`${sarifFile}\`.` : ''}`, '');
  if (baseline) {
    out.push(
      `Compared with \`${cell(baseline.ref)}\` (${baseline.commit.slice(0, 12)}): ` +
        `**${baseline.new} new**, ${baseline.unchanged} existing, ${baseline.fixed} fixed.`,
      '',
    );
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
  if (options.annotations && options.annotations.total > options.annotations.shown) {
    const { shown, total } = options.annotations;
    out.push(
      `${plural(shown, 'annotation')} shown of ${total} ${baseline ? 'new ' : ''}findings (GitHub displays at most 10 per level); ` +
        `the other ${total - shown} are listed below and in the SARIF file.`,
      '',
    );
  }
  const drops = options.sarifLimits ?? sarifLimitDrops(outcome);
  if (drops.length > 0) {
    const lost = drops.filter((d) => d.limit === 'results' || d.limit === 'size').reduce((n, d) => n + d.dropped, 0);
    out.push(
      `**SARIF limits:** ${lost > 0 ? `${count(lost)} result${lost === 1 ? '' : 's'} left out of the SARIF file, lowest-ranked first, ` : 'the SARIF file was trimmed '}` +
        `to stay within GitHub's upload limits: ${drops.map((d) => `\`${cell(d.category)}\`: ${d.short}`).join('; ')}.`,
      '',
    );
  }
  if (outcome.findings.length > 0) {
    out.push('### Top rules', '', '| Rule | Kind | Findings |', '| --- | --- | ---: |');
    for (const [id, n] of top(outcome.findings, (f) => f.ruleId, 10)) {
      out.push(`| \`${id}\` | ${RULE_META.get(id)?.kind ?? ''} | ${n} |`);
    }
    out.push('', '### Top files', '', '| File | Findings |', '| --- | ---: |');
    for (const [file, n] of top(outcome.findings, (f) => f.path, 10)) out.push(`| \`${cell(file)}\` | ${n} |`);
    out.push('');
  }
  const body = out.join('\n') + '\n';
  const limit = options.limit ?? SUMMARY_LIMIT;
  const tail: string[] = [];
  if (outcome.notifications.length > 0) {
    tail.push(`### ${plural(outcome.notifications.length, 'file problem')}`, '');
    for (const n of outcome.notifications.slice(0, 20)) tail.push(`- ${n.level}: ${cell(n.message)}`);
    if (outcome.notifications.length > 20) tail.push(`- ... and ${outcome.notifications.length - 20} more (see the SARIF file)`);
    tail.push('');
  }
  const tailText = tail.length ? tail.join('\n') + '\n' : '';

  // The findings list: new ones with a baseline, all otherwise; most severe first.
  const listed = outcome.findings.filter((f) => f.baselineState !== 'unchanged');
  const score = (f: Finding): number => RULE_META.get(f.ruleId)?.securitySeverity ?? 0;
  const ordered = [...listed].sort((a, b) => score(b) - score(a));
  let list = '';
  if (ordered.length > 0) {
    const head = [`### ${baseline ? 'New findings' : 'Findings'}`, '', '| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'].join('\n') + '\n';
    const max = Math.min(ordered.length, options.listed ?? 100);
    const budget = limit - Buffer.byteLength(body) - Buffer.byteLength(tailText) - 200;
    let rows = '';
    let shown = 0;
    for (const f of ordered.slice(0, max)) {
      const row = `| ${link(f, options)} | ${severityLabel(f)} | \`${f.ruleId}\` | ${cell(f.message)} |\n`;
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
  let text = body + list + tailText;
  if (Buffer.byteLength(text) > limit) {
    // Only reached with a tiny limit: cut at a line boundary.
    const lines = text.split('\n');
    while (lines.length && Buffer.byteLength(lines.join('\n')) > limit - 60) lines.pop();
    text = lines.join('\n') + '\n\n(summary truncated; see the SARIF file)\n';
  }
  return text;
}
