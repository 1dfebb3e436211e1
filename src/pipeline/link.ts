/**
 * The second phase of the data-flow analysis: flows whose source and sink are in different files.
 *
 * The workers analyse one file at a time. For each file the taint analysis exports a plain-data
 * module summary (`FileResult.exports.taint`: which parameters of its module-level functions reach
 * which sinks, what it passes to functions of other modules, where their results go), and the
 * data-flow rules prepare a deferred finding at every sink input from another file could reach
 * (`FileResult.deferred`: range, match key, line hash and in-source suppression already final).
 * After every file is done (from the pool or the cache), `linkResults` joins all summaries
 * (`linkFlows`, src/analysis/taint/link.ts) and confirms the deferred findings the flows reach,
 * with the path across files and the source in the message.
 *
 * Linking runs on every run from every file's summary, cached or not, and nothing it produces is
 * cached: when only a callee's file changes, its new summary changes the flows of its unchanged
 * callers. A sink that a file's own analysis already reports (for either kind of input) keeps that
 * finding; where a linked flow is confirmed, the pattern rules it supersedes are dropped at the
 * call, as the engine does for flows within a file.
 */
import { linkFlows, linkKey, SOURCE_PLACEHOLDER, type LinkedFlow, type ModuleSummary } from '../analysis/taint';
import { dropSuperseded } from '../engine/analyze';
import type { Rule } from '../engine/api';
import type { FileResult, Finding } from '../engine/types';

export interface Linked {
  /** The results, with the confirmed findings added to their sink's file (a new object for each file changed; the others as given). */
  results: FileResult[];
  /** Paths whose findings linking changed. */
  touched: Set<string>;
}

/** The module summary a file's taint analysis exported, if any. */
function summaryOf(result: FileResult): ModuleSummary | undefined {
  return result.exports?.taint as ModuleSummary | undefined;
}

/** Links the summaries of `results` into cross-file flows and confirms them in the sink's file. */
export function linkResults(results: readonly FileResult[], rulesOf: (path: string) => readonly Rule[]): Linked {
  const summaries = results.flatMap((r) => summaryOf(r) ?? []);
  const touched = new Set<string>();
  if (summaries.length === 0) return { results: [...results], touched };
  const byPath = new Map(results.map((r, i) => [r.path, i]));
  const out = [...results];
  const added = new Map<number, Finding[]>();
  for (const flow of linkFlows(summaries)) {
    const i = byPath.get(flow.sinkPath);
    if (i === undefined) continue;
    const deferred = results[i].deferred;
    const candidate = deferred?.find((f) => f.deferred === linkKey(flow.sinkClass, flow.sourceKind, flow.sink));
    // No candidate: the rule for this kind of input is not enabled for that file.
    if (!candidate) continue;
    // The file's own analysis found a flow to the same sink (either kind of input): it stands.
    const sameSink = deferred!.filter(
      (f) => f.deferred === linkKey(flow.sinkClass, 'remote', flow.sink) || f.deferred === linkKey(flow.sinkClass, 'local', flow.sink),
    );
    const inFile = results[i].findings.some((f) => f.line === flow.sink.line && f.column === flow.sink.column && sameSink.some((c) => c.ruleId === f.ruleId));
    if (inFile) continue;
    const list = added.get(i) ?? [];
    list.push(confirmed(candidate, flow));
    added.set(i, list);
  }
  for (const [i, list] of added) {
    const findings = [...results[i].findings, ...list];
    dropSuperseded(findings, rulesOf(results[i].path));
    out[i] = { ...results[i], findings };
    touched.add(results[i].path);
  }
  return { results: out, touched };
}

/** The deferred finding completed by the flow: the source in the message, the path across files. */
function confirmed(candidate: Finding, flow: LinkedFlow): Finding {
  // Every finding has one shape, in one property order (FileContext.reportRange), for byte-identical output.
  return {
    ruleId: candidate.ruleId,
    path: candidate.path,
    line: candidate.line,
    column: candidate.column,
    endLine: candidate.endLine,
    endColumn: candidate.endColumn,
    message: candidate.message.replace(SOURCE_PLACEHOLDER, () => flow.sourceDescription),
    flow: flow.steps.map((s) => ({ path: s.path, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, message: s.message })),
    suppressed: candidate.suppressed,
    matchKey: candidate.matchKey,
    lineHash: candidate.lineHash,
    baselineState: undefined,
  };
}
