import * as path from 'path';
import { applyBaseline, applyBaselineSarif, isChanged, openBaseline, type BaselineSummary } from '../baseline';
import { discover } from '../discovery/discover';
import { matchesAny } from '../discovery/glob';
import { ResultCache } from './cache';
import { linkResults } from './link';
import { ModuleMap } from './modules';
import { WorkerPool, type PoolOptions, type RuleSet } from '../engine/pool';
import { Profiles } from './profiles';
import { applyFindingPolicy, type SuppressionCounts } from './policy';
import type { Rule } from '../engine/api';
import { ALL_RULES } from '../rules';
import type { FileResult, Finding, Notification, SourceFile } from '../engine/types';
import { countFindings, evaluateGates, type Counts, type GateResult } from '../gate/gates';
import { UsageError } from '../errors';
import type { Settings } from '../settings/settings';

export interface Outcome {
  settings: Settings;
  /** Every rule that ran on some file (configurations nearer to files may select more than the run's own). */
  rules: Rule[];
  /** Number of files analysed. */
  files: number;
  /** Files whose result came from the cache. */
  cached: number;
  findings: Finding[];
  notifications: Notification[];
  counts: Counts;
  /** Counts of the new findings (with no baseline: of all findings). */
  newCounts: Counts;
  /** Set when the run was compared with a baseline. */
  baseline?: BaselineSummary;
  /** Findings suppressed in the source, by kind (src/pipeline/policy.ts); set by run(). */
  suppressed?: SuppressionCounts;
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
export interface RunHooks {
  /** Called once the files are known, with their number. */
  onFiles?: (total: number) => void;
  /** Called as files are done, with the number done so far. */
  onProgress?: (done: number) => void;
}

export async function run(settings: Settings, workerScript?: string, hooks: RunHooks = {}): Promise<Outcome> {
  if (settings.scope === 'changed' && !settings.baselineRef) {
    throw new UsageError("scope 'changed' needs a baseline ref to compare with (baseline-ref, --baseline-ref)");
  }
  const baseline = settings.baselineRef ? openBaseline(settings.root, settings.baselineRef, 'baseline ref') : undefined;
  const profiles = new Profiles(settings);
  const discovery = discover(settings.root, settings.paths, { exclude: settings.exclude });
  let files = discovery.files.filter((f) => !profiles.excluded(f.abs));
  if (baseline && settings.scope === 'changed') files = files.filter((f) => isChanged(baseline, f.rel));
  // Round robin over the sorted list: shards of equal size, the same split on every machine.
  const shard = settings.shard;
  if (shard) files = files.filter((_, i) => i % shard.count === shard.index - 1);
  const modules = new ModuleMap(settings.root);
  files = files.map((f) => ({ ...f, profile: profiles.indexOf(f.abs), module: modules.of(f.rel) }));
  const ruleIds = new Set(ALL_RULES.map((rule) => rule.meta.id));
  // The data-flow analysis reads the project's taint settings as its options (FileContext.analysisOptions).
  const ruleSets: RuleSet[] = profiles.list.map((p) => ({ rules: p.rules, options: p.taint ? { ...p.ruleOptions, taint: p.taint } : p.ruleOptions, ruleIds }));
  const budget = { maxFileSize: settings.maxFileSize, timeoutSeconds: settings.fileTimeout };
  const pool: PoolOptions = { jobs: settings.jobs, autoJobs: settings.jobsAuto, workerScript, budget, onProgress: hooks.onProgress };
  hooks.onFiles?.(files.length);
  // One pool for the run: a baseline's files reuse the threads the run's own files started.
  const workers = new WorkerPool(pool);
  try {
    const { results: analysed, cached, cacheProblem } = await analyzeCached(files, ruleSets, workers, settings);
    // Threads that have nothing left to analyse hold memory (their heaps, the parser's) through the
    // report, which sets the run's peak: stopped now unless the baseline's files still need them.
    if (!baseline) await workers.close();
    const profileOf = new Map(files.map((f) => [f.rel, profiles.list[f.profile ?? 0]]));
    // Flows across files, from every file's summary (cached or not): src/pipeline/link.ts.
    const rulesOf = (rel: string): readonly Rule[] => (profileOf.get(rel) ?? profiles.list[profiles.indexOf(path.resolve(settings.root, rel))]).rules;
    const { results, touched } = linkResults(analysed, rulesOf);
    // per-file-ignores drop findings; suppressed findings are kept only with include-suppressed
    // (SARIF `suppressions`), and never count for the gates. Both follow the file's configuration.
    const dropped = (f: Finding): boolean => {
      const profile = profileOf.get(f.path) ?? profiles.list[0];
      return (
        (!profile.includeSuppressed && f.suppressed !== undefined) ||
        profile.perFileIgnores.some((p) => p.ruleIds.has(f.ruleId) && matchesAny([p.pattern], path.resolve(settings.root, f.path), false))
      );
    };
    const all = results.flatMap((r) => r.findings);
    // Test code and the suppression of security findings, before suppressed ones are dropped: src/pipeline/policy.ts.
    const policy = applyFindingPolicy(all, settings.root, (rel) => profileOf.get(rel) ?? profiles.list[0]);
    const findings = all.filter((f) => !dropped(f)).sort(compareFindings);
    // Directory problems are reported by the first shard only, so merged shards do not repeat them.
    const runWide = shard && shard.index > 1 ? [] : [...discovery.notifications, ...profiles.notifications, ...(cacheProblem ? [cacheProblem] : [])];
    const notifications = [...runWide, ...results.flatMap((r) => r.notifications)].sort(compareNotifications);
    let summary: BaselineSummary | undefined;
    if (baseline) {
      const scopes = settings.paths.map((p) => path.relative(settings.root, path.resolve(p)).split(path.sep).join('/'));
      const inScope = (rel: string): boolean => scopes.some((s) => s === '' || rel === s || rel.startsWith(s + '/'));
      // A deleted file counts once, in the first shard.
      const deletedInScope = (rel: string): boolean => (!shard || shard.index === 1) && inScope(rel);
      summary = await applyBaseline(
        baseline,
        settings.root,
        files,
        findings,
        (rel) => profiles.indexOf(path.resolve(settings.root, rel)),
        async (baseFiles) => {
          try {
            return await workers.analyze(baseFiles, ruleSets, () => undefined);
          } finally {
            await workers.close();
          }
        },
        deletedInScope,
        { head: analysed, touched, relink: (base) => linkResults(base, rulesOf), moduleOf: (rel) => modules.of(rel) },
      );
    } else if (settings.baselineSarif) {
      summary = applyBaselineSarif(path.resolve(settings.root, settings.baselineSarif), findings, 'baseline SARIF');
    }
    const open = findings.filter((f) => f.suppressed === undefined);
    const counts = countFindings(open);
    const newCounts = summary ? countFindings(open.filter((f) => f.baselineState === 'new')) : counts;
    return {
      settings,
      rules: profiles.allRules(),
      files: files.length,
      cached,
      findings,
      notifications,
      counts,
      newCounts,
      baseline: summary,
      suppressed: policy.suppressed,
      gate: evaluateGates(counts, settings, newCounts, notifications),
    };
  } finally {
    // Closed already on every path that reaches here without an error; on an error, the threads would keep the process alive.
    await workers.close();
  }
}

/**
 * The analysis with the content-hash cache in front: files whose bytes, path and settings were
 * seen before take their stored result; the rest go to the pool, and the cache is written before
 * anything downstream (baseline states) touches the results.
 */
async function analyzeCached(
  files: SourceFile[],
  ruleSets: RuleSet[],
  workers: WorkerPool,
  settings: Settings,
): Promise<{ results: FileResult[]; cached: number; cacheProblem?: Notification }> {
  const pool = workers.options;
  if (!settings.cacheDir) return { results: await workers.analyze(files, ruleSets), cached: 0 };
  const budget = pool.budget!;
  const cache = ResultCache.open(settings.cacheDir, settings.root, ruleSets, `${budget.maxFileSize}`, pool.workerScript);
  const results = new Array<FileResult>(files.length);
  const misses: number[] = [];
  files.forEach((file, i) => {
    // A file over the size budget is not even read: the analysis reports it.
    const hit = file.size > budget.maxFileSize ? undefined : cache.lookup(file);
    if (hit) results[i] = hit;
    else misses.push(i);
  });
  const hits = files.length - misses.length;
  const onProgress = pool.onProgress;
  onProgress?.(hits);
  const fresh = await workers.analyze(
    misses.map((i) => files[i]),
    ruleSets,
    onProgress && ((done) => onProgress(hits + done)),
  );
  misses.forEach((i, k) => {
    results[i] = fresh[k];
    cache.record(files[i], fresh[k]);
  });
  const problem = cache.save();
  const cacheProblem: Notification | undefined = problem
    ? { level: 'warning', id: 'cache', path: path.relative(settings.root, settings.cacheDir).split(path.sep).join('/') || '.', message: `Cache: ${problem}.` }
    : undefined;
  return { results, cached: hits, cacheProblem };
}
