import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SourceFile } from '../discovery/discover';
import { UsageError } from '../errors';
import { baseRuleId } from '../rules/testcode';
import type { FileResult, Finding, ModuleInfo } from '../engine/types';
import { classify } from './classify';
import { changesSince, readBlobs, resolveCommit, type Changes } from './git';

export interface Baseline {
  /** What the user gave (a SHA, a branch, `HEAD~1`). */
  ref: string;
  /** The commit it resolved to. */
  commit: string;
  changes: Changes;
}

export interface BaselineSummary {
  ref: string;
  commit: string;
  new: number;
  unchanged: number;
  /** Findings of the base version that are gone (in changed, renamed or deleted files). */
  fixed: number;
}

export function openBaseline(root: string, ref: string, source: string): Baseline {
  const commit = resolveCommit(root, ref, source);
  return { ref, commit, changes: changesSince(root, commit) };
}

/** Head files that differ from the base: changed, renamed or added (tracked or not). */
export function isChanged(baseline: Baseline, rel: string): boolean {
  return baseline.changes.changed.has(rel) || !baseline.changes.baseFiles.has(rel);
}

/** What the baseline needs of the run's cross-file linking (src/pipeline/link.ts). */
export interface BaselineLink {
  /** The head's results before linking, one per analysed file. */
  head: readonly FileResult[];
  /** Head paths whose findings linking changed. */
  touched: ReadonlySet<string>;
  /** Links another set of results (the base commit's) the same way. */
  relink: (results: readonly FileResult[]) => { results: FileResult[]; touched: ReadonlySet<string> };
  /** The Python module of a path (SourceFile.module), for the base versions analysed. */
  moduleOf: (rel: string) => ModuleInfo;
}

/**
 * Classifies `findings` (of `files`, the head versions) against the base commit: files identical
 * to the base keep their findings as unchanged without analysing anything; files added since are
 * all new; changed and renamed files have their base version (`git show COMMIT:path`) analysed by
 * the same engine with the same rules, and are classified by match key. The base versions of
 * deleted files are analysed too, for the count of fixed findings, when `deletedPaths` says they
 * were in scope.
 */
export async function applyBaseline(
  baseline: Baseline,
  root: string,
  files: readonly SourceFile[],
  findings: readonly Finding[],
  /** The rule set (configuration) of a head path; a deleted file's own path. */
  ruleSetOf: (rel: string) => number,
  /** Analyses the base versions (the run's worker pool, without progress). */
  analyse: (files: SourceFile[]) => Promise<FileResult[]>,
  deletedInScope: (rel: string) => boolean,
  link?: BaselineLink,
): Promise<BaselineSummary> {
  const { changed, deleted, baseFiles, baseBlobs } = baseline.changes;
  const toAnalyse: { head?: string; base: string }[] = [];
  for (const file of files) {
    const base = changed.get(file.rel);
    if (base !== undefined) toAnalyse.push({ head: file.rel, base });
  }
  const renamedFrom = new Set(changed.values());
  for (const gone of deleted) {
    if (gone.endsWith('.py') && deletedInScope(gone) && !renamedFrom.has(gone)) toAnalyse.push({ base: gone });
  }

  const alsoCompared = new Set<string>();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-base-'));
  let baseFindings: Finding[];
  try {
    const sources: SourceFile[] = [];
    const headOf = new Map<string, string | undefined>();
    const blobs = readBlobs(root, [...new Set(toAnalyse.flatMap((entry) => baseBlobs.get(entry.base) ?? []))]);
    toAnalyse.forEach((entry, i) => {
      const id = baseBlobs.get(entry.base);
      const bytes = id === undefined ? undefined : blobs.get(id);
      if (!bytes) return;
      const abs = path.join(tmp, String(i));
      fs.writeFileSync(abs, bytes);
      sources.push({
        abs,
        rel: entry.base,
        size: bytes.length,
        profile: ruleSetOf(entry.head ?? entry.base),
        ...(link ? { module: link.moduleOf(entry.base) } : {}),
      });
      headOf.set(entry.base, entry.head);
    });
    let baseResults = await analyse(sources);
    if (link) {
      // The base commit's cross-file flows: its changed and deleted files as analysed here, the
      // others as the head has them (the same bytes give the same result). A file identical to the
      // base whose findings linking changes, at the head or at the base, is compared too: a flow
      // into it that a change elsewhere made is new.
      const unchanged = link.head.filter((r) => baseFiles.has(r.path) && !changed.has(r.path));
      const relinked = link.relink([...baseResults, ...unchanged]);
      const kept = relinked.results.slice(0, baseResults.length);
      for (const r of relinked.results.slice(baseResults.length)) {
        if (!relinked.touched.has(r.path) && !link.touched.has(r.path)) continue;
        kept.push(r);
        headOf.set(r.path, r.path);
        alsoCompared.add(r.path);
      }
      baseResults = kept;
    }
    baseFindings = baseResults.flatMap((r) => r.findings.map((f) => ({ ...f, path: headOf.get(r.path) ?? `\0deleted\0${r.path}` })));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const compared = new Set([...toAnalyse.flatMap((e) => (e.head ? [e.head] : [])), ...alsoCompared]);
  const toClassify: Finding[] = [];
  for (const finding of findings) {
    if (compared.has(finding.path)) toClassify.push(finding);
    else finding.baselineState = baseFiles.has(finding.path) ? 'unchanged' : 'new';
  }
  const fixed = classify(toClassify, baseFindings);
  const fresh = findings.filter((f) => f.baselineState === 'new').length;
  return { ref: baseline.ref, commit: baseline.commit, new: fresh, unchanged: findings.length - fresh, fixed };
}

/**
 * Classifies `findings` against a previous Tendril SARIF file (input `baseline-sarif`): its
 * results, with the match keys Tendril writes in `properties['tendril/matchKey']`, are the base.
 * No git is needed, so renames are not followed: a finding in a renamed file is new.
 */
export function applyBaselineSarif(file: string, findings: readonly Finding[], source: string): BaselineSummary {
  let log: { runs?: { results?: Record<string, any>[] }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${source}: cannot read ${file} as SARIF (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!Array.isArray(log.runs)) throw new UsageError(`${source}: ${file} is not a SARIF log (no runs)`);
  const base: Finding[] = [];
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const physical = result.locations?.[0]?.physicalLocation ?? {};
      const region = physical.region ?? {};
      const uri = String(physical.artifactLocation?.uri ?? '');
      base.push({
        // A result in test code names its rule's test-code variant (src/rules/testcode.ts): match the rule.
        ruleId: baseRuleId(String(result.ruleId ?? '')),
        path: uri.split('/').map(decodeURIComponent).join('/'),
        line: region.startLine ?? 0,
        column: region.startColumn ?? 0,
        endLine: region.endLine ?? 0,
        endColumn: region.endColumn ?? 0,
        message: String(result.message?.text ?? ''),
        matchKey: result.properties?.['tendril/matchKey'],
      });
    }
  }
  const fixed = classify(findings, base);
  const fresh = findings.filter((f) => f.baselineState === 'new').length;
  return { ref: path.basename(file), commit: 'sarif', new: fresh, unchanged: findings.length - fresh, fixed };
}
