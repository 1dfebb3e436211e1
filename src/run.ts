import * as path from 'path';
import { applyBaseline, applyBaselineSarif, isChanged, openBaseline, type BaselineSummary } from './baseline';
import { discover } from './engine/discover';
import { matchesAny } from './engine/glob';
import { analyzeFiles } from './engine/pool';
import type { FileResult, Finding, Notification } from './engine/types';
import { countFindings, evaluateGates, type Counts, type GateResult } from './gate/gates';
import { UsageError } from './errors';
import type { Settings } from './settings';

export interface Outcome {
  settings: Settings;
  /** Number of files analysed. */
  files: number;
  findings: Finding[];
  notifications: Notification[];
  counts: Counts;
  /** Counts of the new findings (with no baseline: of all findings). */
  newCounts: Counts;
  /** Set when the run was compared with a baseline. */
  baseline?: BaselineSummary;
  gate: GateResult;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** A total order on notifications, so shards merged give the bytes of one run (src/report/merge.ts). */
export function compareNotifications(a: Notification, b: Notification): number {
  const s = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return s(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || s(a.id, b.id) || s(a.message, b.message);
}

/**
 * settings -> discovery (scope, shard) -> engine -> findings -> baseline -> gates. Reporters take
 * the outcome from here.
 */
export async function run(settings: Settings, workerScript?: string): Promise<Outcome> {
  if (settings.scope === 'changed' && !settings.baselineRef) {
    throw new UsageError("scope 'changed' needs a baseline ref to compare with (baseline-ref, --baseline-ref)");
  }
  const baseline = settings.baselineRef ? openBaseline(settings.root, settings.baselineRef, 'baseline ref') : undefined;
  const discovery = discover(settings.root, settings.paths, { exclude: settings.exclude });
  let files = discovery.files;
  if (baseline && settings.scope === 'changed') files = files.filter((f) => isChanged(baseline, f.rel));
  // Round robin over the sorted list: shards of equal size, the same split on every machine.
  const shard = settings.shard;
  if (shard) files = files.filter((_, i) => i % shard.count === shard.index - 1);
  const pool = { jobs: settings.jobs, workerScript };
  const results: FileResult[] = await analyzeFiles(files, settings.rules, settings.ruleOptions, pool);
  // per-file-ignores drop findings; suppressed findings are kept only with include-suppressed
  // (SARIF `suppressions`), and never count for the gates.
  const pfi = settings.perFileIgnores ?? [];
  const dropped = (f: Finding): boolean =>
    (!settings.includeSuppressed && f.suppressed !== undefined) ||
    pfi.some((p) => p.ruleIds.has(f.ruleId) && matchesAny([p.pattern], path.resolve(settings.root, f.path), false));
  const findings = results
    .flatMap((r) => r.findings)
    .filter((f) => !dropped(f))
    .sort(compareFindings);
  // Directory problems are reported by the first shard only, so merged shards do not repeat them.
  const notifications = [...(shard && shard.index > 1 ? [] : discovery.notifications), ...results.flatMap((r) => r.notifications)].sort(
    compareNotifications,
  );
  let summary: BaselineSummary | undefined;
  if (baseline) {
    const scopes = settings.paths.map((p) => path.relative(settings.root, path.resolve(p)).split(path.sep).join('/'));
    const inScope = (rel: string): boolean => scopes.some((s) => s === '' || rel === s || rel.startsWith(s + '/'));
    // A deleted file counts once, in the first shard.
    const deletedInScope = (rel: string): boolean => (!shard || shard.index === 1) && inScope(rel);
    summary = await applyBaseline(baseline, settings.root, files, findings, settings.rules, settings.ruleOptions, pool, deletedInScope);
  } else if (settings.baselineSarif) {
    summary = applyBaselineSarif(path.resolve(settings.root, settings.baselineSarif), findings, 'baseline SARIF');
  }
  const open = findings.filter((f) => f.suppressed === undefined);
  const counts = countFindings(open);
  const newCounts = summary ? countFindings(open.filter((f) => f.baselineState === 'new')) : counts;
  return {
    settings,
    files: files.length,
    findings,
    notifications,
    counts,
    newCounts,
    baseline: summary,
    gate: evaluateGates(counts, settings, newCounts),
  };
}
