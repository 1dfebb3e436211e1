import { gzipSync } from 'zlib';

/**
 * GitHub code scanning's limits on uploaded SARIF, and a pure function that makes a SARIF log fit
 * them. GitHub rejects a whole upload past a hard limit, so the writer keeps the highest-ranked
 * results and says what it left out (a `sarif-limit` tool execution notification in the run
 * concerned, and a line in the job summary).
 *
 * The limits, from GitHub's documentation:
 * - "SARIF support for code scanning" / "SARIF results exceed one or more limits"
 *   (docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit):
 *   results per run 25,000; locations per result 1,000; tags per rule 20 (and runs per file 20,
 *   rules per run 25,000, thread flow locations per result 10,000, which Tendril never approaches).
 * - "Uploading a SARIF file to GitHub" / "SARIF results file is too large"
 *   (docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/file-too-large):
 *   "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB". Read as
 *   10,000,000 bytes, the smaller of the two readings of "10 MB".
 */
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_GZIPPED_BYTES = 10_000_000;
export const MAX_LOCATIONS_PER_RESULT = 1_000;
export const MAX_TAGS_PER_RULE = 20;
/** `descriptor.id` of the notifications that say what a limit dropped. */
export const LIMIT_NOTIFICATION_ID = 'sarif-limit';

export interface SarifLimits {
  resultsPerRun: number;
  gzippedBytes: number;
  locationsPerResult: number;
  tagsPerRule: number;
}

export const GITHUB_LIMITS: Readonly<SarifLimits> = Object.freeze({
  resultsPerRun: MAX_RESULTS_PER_RUN,
  gzippedBytes: MAX_GZIPPED_BYTES,
  locationsPerResult: MAX_LOCATIONS_PER_RESULT,
  tagsPerRule: MAX_TAGS_PER_RULE,
});

/** What one limit took out of one run. */
export interface LimitDrop {
  /** The run's category (`automationDetails.id`), `tendril/security/` for instance. */
  category: string;
  limit: 'results' | 'size' | 'locations' | 'tags';
  /** What was dropped: results (results, size), locations (locations) or tags (tags). */
  dropped: number;
  /**
   * Out of: results in the run (results), results left after the per-run limit (size), results
   * with too many locations (locations), rules with too many tags (tags).
   */
  of: number;
  /** The full sentence, as written in the SARIF notification. */
  message: string;
  /** A few words for the job summary. */
  short: string;
}

export interface LimitedSarif {
  /** The log as written: the input object itself when nothing had to go. */
  log: Json;
  /** The log serialised with `serialise`. */
  text: string;
  /** `text` in UTF-8: the bytes to write, encoded once for the size check and the file. */
  bytes: Buffer;
  /** Empty when the log was within every limit. */
  drops: LimitDrop[];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * How Tendril writes SARIF: the log's outline (the log, its runs, the tool, invocations) with
 * two-space indentation, and each element of a list of objects inside a run (results, rules,
 * notifications) compact on a line of its own, then a final newline. A reader sees the outline and
 * one line per result (easy to grep and to diff); the file is about half the size of an indented
 * one, and serialising and compressing it take about half the time (the standard library's log:
 * 14.5 MB against 26.9 MB). Parsed back, it is the same JSON as `JSON.stringify(log)`.
 */
export function serialiseSarif(log: unknown): string {
  const out = { text: '' };
  outline(log, '', 0, out);
  return out.text + '\n';
}

/**
 * Appends `value`, indented below `indent`; arrays of objects from depth 3 down (inside a run) one
 * element per line. The text grows by appending, which V8 keeps as a rope until it is read: joining
 * the pieces level by level copied the whole log once per level (on 14,000 files, about 150 MB of
 * garbage at the run's memory peak).
 */
function outline(value: unknown, indent: string, depth: number, out: { text: string }): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.text += '[]';
      return;
    }
    const inner = indent + '  ';
    const flat = depth >= 3 && typeof value[0] === 'object' && value[0] !== null;
    out.text += '[';
    value.forEach((v, i) => {
      out.text += (i ? ',\n' : '\n') + inner;
      // JSON.stringify writes `undefined` and functions in an array as null: so does this.
      if (flat) out.text += JSON.stringify(v) ?? 'null';
      else outline(v, inner, depth + 1, out);
    });
    out.text += `\n${indent}]`;
    return;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const inner = indent + '  ';
    let first = true;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      // As JSON.stringify: members that are undefined, functions or symbols are left out.
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      out.text += `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
      first = false;
      outline(member, inner, depth + 1, out);
    }
    out.text += first ? '{}' : `\n${indent}}`;
    return;
  }
  out.text += JSON.stringify(value) ?? 'null';
}

/** `25000` -> `25,000`, independent of the locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

const LEVEL_RANK: Record<string, number> = { error: 3, warning: 2, note: 1, none: 0 };
const PRECISION_RANK: Record<string, number> = { 'very-high': 4, high: 3, medium: 2, low: 1 };
const PROBLEM_SEVERITY_RANK: Record<string, number> = { error: 3, warning: 2, recommendation: 1 };

/** A result's sort key: what it weighs (higher first), then where it is (for a total, deterministic order). */
interface Ranked {
  run: number;
  index: number;
  open: number;
  level: number;
  securitySeverity: number;
  problemSeverity: number;
  precision: number;
  path: string;
  startLine: number;
  startColumn: number;
  ruleId: string;
  endLine: number;
  endColumn: number;
  message: string;
  levelName: string;
}

function ruleOf(run: Json, result: Json): Json | undefined {
  const rules: Json[] = run.tool?.driver?.rules ?? [];
  const byIndex = typeof result.ruleIndex === 'number' ? rules[result.ruleIndex] : undefined;
  if (byIndex && (result.ruleId === undefined || byIndex.id === result.ruleId)) return byIndex;
  return rules.find((rule) => rule.id === result.ruleId);
}

function rank(run: Json, runIndex: number, result: Json, index: number): Ranked {
  const rule = ruleOf(run, result) ?? {};
  const properties: Json = rule.properties ?? {};
  const levelName = String(result.level ?? rule.defaultConfiguration?.level ?? 'warning');
  const physical: Json = result.locations?.[0]?.physicalLocation ?? {};
  const region: Json = physical.region ?? {};
  const severity = Number.parseFloat(String(properties['security-severity'] ?? '0'));
  return {
    run: runIndex,
    index,
    // A result suppressed in the source (include-suppressed) shows as dismissed: an open one weighs more.
    open: Array.isArray(result.suppressions) && result.suppressions.length > 0 ? 0 : 1,
    level: LEVEL_RANK[levelName] ?? 0,
    securitySeverity: Number.isFinite(severity) ? severity : 0,
    problemSeverity: PROBLEM_SEVERITY_RANK[String(properties['problem.severity'])] ?? 0,
    precision: PRECISION_RANK[String(properties.precision)] ?? 0,
    path: String(physical.artifactLocation?.uri ?? ''),
    startLine: Number(region.startLine ?? 0),
    startColumn: Number(region.startColumn ?? 0),
    ruleId: String(result.ruleId ?? rule.id ?? ''),
    endLine: Number(region.endLine ?? 0),
    endColumn: Number(region.endColumn ?? 0),
    message: String(result.message?.text ?? ''),
    levelName,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Highest-ranked first: open before suppressed, then level (error > warning > note), then
 * security-severity, then `problem.severity` (maintainability), then precision; ties by path,
 * line, column, rule, end, message, then run and position, so the order is total.
 */
function compareRank(a: Ranked, b: Ranked): number {
  return (
    b.open - a.open ||
    b.level - a.level ||
    b.securitySeverity - a.securitySeverity ||
    b.problemSeverity - a.problemSeverity ||
    b.precision - a.precision ||
    cmp(a.path, b.path) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    cmp(a.message, b.message) ||
    a.run - b.run ||
    a.index - b.index
  );
}

/** The results of one run, highest-ranked first (what the limits keep first). */
export function rankResults(run: Json): Json[] {
  const results: Json[] = run.results ?? [];
  return results
    .map((result, i) => rank(run, 0, result, i))
    .sort(compareRank)
    .map((r) => results[r.index]);
}

/** The tags a limit keeps first: the kind tags, then CWE tags; then the others in their order. */
function tagPriority(tag: string): number {
  if (tag === 'security' || tag === 'quality' || tag === 'maintainability') return 0;
  if (/^external\/cwe\//i.test(tag)) return 1;
  return 2;
}

/** At most `max` tags, the most important kept, in their original order. */
export function capTags(tags: readonly string[], max: number): string[] {
  if (tags.length <= max) return [...tags];
  const keep = new Set(
    tags
      .map((tag, i) => ({ tag, i }))
      .sort((a, b) => tagPriority(a.tag) - tagPriority(b.tag) || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return tags.filter((_, i) => keep.has(i));
}

function tallyLevels(dropped: readonly { levelName: string }[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const r of dropped) tally.set(r.levelName, (tally.get(r.levelName) ?? 0) + 1);
  return tally;
}

function breakdown(tally: Map<string, number>): string {
  return ['error', 'warning', 'note', 'none']
    .filter((level) => tally.has(level))
    .map((level) => `${level}: ${count(tally.get(level)!)}`)
    .join(', ');
}

interface RunPlan {
  run: Json;
  category: string;
  rules: Json[] | undefined;
  results: Json[];
  ranked: Ranked[];
  /** Drops of the limits that do not depend on the size (tags, locations, results). */
  drops: LimitDrop[];
  /** Results in the run before any limit. */
  total: number;
}

/**
 * Results a writer left out of a run before building them (`selectResults`): how many the run
 * had, and the levels of those left out, for the same notification as a cut made here.
 */
export interface PreCut {
  total: number;
  droppedLevels: Map<string, number>;
}

/**
 * For a writer with more results for a run than the limit keeps: which of the `total` results
 * (built one at a time by `resultAt`, ranked, and let go) the limit keeps, in their order, ranked
 * exactly as `applySarifLimits` ranks a run's results. The writer builds only those and passes the
 * `PreCut` to `applySarifLimits`, so the output is the same bytes without every result of a large
 * run held in memory at once. Undefined when the run is within the limit.
 */
export function selectResults(
  run: Json,
  runIndex: number,
  total: number,
  resultAt: (i: number) => Json,
  limits: SarifLimits = GITHUB_LIMITS,
): { keep: number[]; cut: PreCut } | undefined {
  if (total <= limits.resultsPerRun) return undefined;
  const ranked: Ranked[] = [];
  for (let i = 0; i < total; i++) ranked.push(rank(run, runIndex, resultAt(i), i));
  const { keep, dropped } = cutByRank(ranked, limits.resultsPerRun);
  return { keep, cut: { total, droppedLevels: tallyLevels(dropped) } };
}

/** The `limit` highest-ranked of a run's ranked results (`index` = position): their positions in order, and the rest. */
function cutByRank(ranked: readonly Ranked[], limit: number): { keep: number[]; dropped: Ranked[] } {
  const order = [...ranked].sort(compareRank);
  const keep = order
    .slice(0, limit)
    .map((r) => r.index)
    .sort((a, b) => a - b);
  return { keep, dropped: order.slice(limit) };
}

function planRun(run: Json, runIndex: number, limits: SarifLimits, preCut?: PreCut): RunPlan {
  const category = String(run.automationDetails?.id ?? '');
  const drops: LimitDrop[] = [];

  // Tags per rule.
  let rules: Json[] | undefined;
  const driverRules: Json[] | undefined = run.tool?.driver?.rules;
  if (driverRules) {
    let rulesCut = 0;
    let tagsCut = 0;
    const capped = driverRules.map((rule) => {
      const tags = rule.properties?.tags;
      if (!Array.isArray(tags) || tags.length <= limits.tagsPerRule) return rule;
      rulesCut++;
      tagsCut += tags.length - limits.tagsPerRule;
      return { ...rule, properties: { ...rule.properties, tags: capTags(tags, limits.tagsPerRule) } };
    });
    if (rulesCut > 0) {
      rules = capped;
      drops.push({
        category,
        limit: 'tags',
        dropped: tagsCut,
        of: rulesCut,
        message:
          `GitHub accepts at most ${count(limits.tagsPerRule)} tags per rule: dropped ${plural(tagsCut, 'tag')} from ${plural(rulesCut, 'rule')} ` +
          '(the security, quality and maintainability tags and CWE tags are kept first).',
        short: `${plural(tagsCut, 'tag')} dropped from ${plural(rulesCut, 'rule')} (at most ${count(limits.tagsPerRule)} per rule)`,
      });
    }
  }

  // Locations per result.
  let results: Json[] = run.results ?? [];
  let resultsCut = 0;
  let locationsCut = 0;
  const max = limits.locationsPerResult;
  if (results.some((r) => (r.locations?.length ?? 0) > max || (r.relatedLocations?.length ?? 0) > max)) {
    results = results.map((result) => {
      const over = (key: string): number => Math.max(0, (Array.isArray(result[key]) ? result[key].length : 0) - max);
      const cut = over('locations') + over('relatedLocations');
      if (cut === 0) return result;
      resultsCut++;
      locationsCut += cut;
      const copy = { ...result };
      if (over('locations') > 0) copy.locations = result.locations.slice(0, max);
      if (over('relatedLocations') > 0) copy.relatedLocations = result.relatedLocations.slice(0, max);
      return copy;
    });
    drops.push({
      category,
      limit: 'locations',
      dropped: locationsCut,
      of: resultsCut,
      message:
        `GitHub accepts at most ${count(max)} locations per result: dropped ${plural(locationsCut, 'location')} ` +
        `past the first ${count(max)} (locations, relatedLocations) of ${plural(resultsCut, 'result')}.`,
      short: `${plural(locationsCut, 'location')} dropped from ${plural(resultsCut, 'result')} (at most ${count(max)} per result)`,
    });
  }

  // Results per run: the highest-ranked kept, in their original order.
  let total = results.length;
  let ranked = results.map((result, i) => rank(run, runIndex, result, i));
  const resultsDrop = (dropped: number, levels: Map<string, number>): LimitDrop => ({
    category,
    limit: 'results',
    dropped,
    of: total,
    message:
      `GitHub accepts at most ${count(limits.resultsPerRun)} results per run: kept the ${count(limits.resultsPerRun)} highest-ranked ` +
      `of ${count(total)} results and dropped ${count(dropped)} (${breakdown(levels)}).`,
    short: `${count(dropped)} of ${plural(total, 'result')} dropped (at most ${count(limits.resultsPerRun)} per run)`,
  });
  if (preCut) {
    // The writer already kept only the highest-ranked (selectResults).
    total = preCut.total;
    let dropped = 0;
    for (const n of preCut.droppedLevels.values()) dropped += n;
    drops.push(resultsDrop(dropped, preCut.droppedLevels));
  } else if (total > limits.resultsPerRun) {
    const { keep, dropped } = cutByRank(ranked, limits.resultsPerRun);
    results = keep.map((i) => results[i]);
    ranked = keep.map((i, j) => ({ ...ranked[i], index: j }));
    drops.push(resultsDrop(dropped.length, tallyLevels(dropped)));
  }
  return { run, category, rules, results, ranked, drops, total };
}

function sizeDrop(plan: RunPlan, dropped: Ranked[], limits: SarifLimits): LimitDrop {
  const left = plan.results.length;
  return {
    category: plan.category,
    limit: 'size',
    dropped: dropped.length,
    of: left,
    message:
      `GitHub accepts a SARIF file of at most ${count(limits.gzippedBytes)} bytes gzipped: dropped the ${count(dropped.length)} ` +
      `lowest-ranked of the ${plural(left, 'result')} ${left === plan.total ? 'of this run' : 'left in this run'} (${breakdown(tallyLevels(dropped))}).`,
    short: `${count(dropped.length)} of ${plural(left, 'result')} dropped (gzipped file at most ${count(limits.gzippedBytes)} bytes)`,
  };
}

function notification(drop: LimitDrop): Json {
  return { level: 'warning', message: { text: drop.message }, descriptor: { id: LIMIT_NOTIFICATION_ID } };
}

/** The run with its capped rules, kept results and a notification per drop. */
function assemble(plan: RunPlan, keep: (r: Ranked) => boolean, drops: LimitDrop[]): Json {
  const run: Json = { ...plan.run };
  if (plan.rules) run.tool = { ...run.tool, driver: { ...run.tool.driver, rules: plan.rules } };
  if (drops.length > 0) {
    const invocations: Json[] = Array.isArray(run.invocations) && run.invocations.length > 0 ? run.invocations : [{ executionSuccessful: true }];
    const [first, ...rest] = invocations;
    run.invocations = [{ ...first, toolExecutionNotifications: [...(first.toolExecutionNotifications ?? []), ...drops.map(notification)] }, ...rest];
  }
  if (plan.run.results !== undefined || plan.results.length > 0) run.results = plan.results.filter((_, i) => keep(plan.ranked[i]));
  return run;
}

/**
 * The gzipped size of `bytes` as far as `limit` needs it: -1 when even stored blocks would fit,
 * the size at zlib's fastest level (1) when that fits, else the size at zlib's default level (6),
 * the one GitHub's upload tools use. Level 6 searches for matches harder and compresses SARIF's
 * repetitive JSON better than level 1 (the standard library's 26.5 MB log: 1.58 MB against
 * 1.91 MB), so a log within the limit at level 1 is taken to be within it at level 6; level 1
 * takes less than half the time (90 against 215 ms on that log).
 */
function gzippedSize(bytes: Buffer, limit: number): number {
  // Deflate never grows data by more than 5 bytes per 16 KiB block, plus the gzip header and trailer.
  if (bytes.length + Math.ceil(bytes.length / 1000) + 64 <= limit) return -1;
  const fast = gzipSync(bytes, { level: 1 }).length;
  return fast <= limit ? fast : gzipSync(bytes).length;
}

function serialised(log: Json, serialise: (log: Json) => string, drops: LimitDrop[]): LimitedSarif {
  const text = serialise(log);
  return { log, text, bytes: Buffer.from(text, 'utf8'), drops };
}

/**
 * `log` within `limits`: tags per rule capped (the kind and CWE tags kept), locations per result
 * truncated, the highest-ranked results per run kept, then, while the gzipped serialisation is over
 * the size limit, the lowest-ranked results of the whole log dropped in chunks. Pure and
 * deterministic: `log` is not modified, and when it is within every limit it is returned as it is,
 * with `text` exactly `serialise(log)`.
 */
export function applySarifLimits(
  log: Json,
  limits: SarifLimits = GITHUB_LIMITS,
  serialise: (log: Json) => string = serialiseSarif,
  preCuts: readonly (PreCut | undefined)[] = [],
): LimitedSarif {
  const runs: Json[] = Array.isArray(log.runs) ? log.runs : [];
  const plans = runs.map((run, i) => planRun(run, i, limits, preCuts[i]));
  const limit = limits.gzippedBytes;
  // Best first: when the file is too large, results go from the end of this order.
  const order = plans.flatMap((p) => p.ranked).sort(compareRank);
  const build = (keepCount: number): LimitedSarif => {
    const gone = order.slice(keepCount);
    const goneSet = new Set(gone);
    const drops: LimitDrop[] = [];
    const built = plans.map((plan, i) => {
      const runDrops = [...plan.drops];
      const mine = gone.filter((r) => r.run === i);
      if (mine.length > 0) runDrops.push(sizeDrop(plan, mine, limits));
      drops.push(...runDrops);
      return assemble(plan, (r) => !goneSet.has(r), runDrops);
    });
    return serialised({ ...log, runs: built }, serialise, drops);
  };

  let keep = order.length;
  let current: LimitedSarif = plans.some((p) => p.drops.length > 0) ? build(keep) : serialised(log, serialise, []);
  let size = gzippedSize(current.bytes, limit);
  if (size <= limit) return current;

  // What dropping a result is expected to save: its compact JSON length, times the gzip ratio.
  const weight = order.map((r) => Buffer.byteLength(JSON.stringify(plans[r.run].results[r.index])));
  let kept = weight.reduce((sum, w) => sum + w, 0);
  let previous: { size: number; kept: number } | undefined;
  while (size > limit && keep > 0) {
    // Gzipped bytes per byte of result: what the previous chunk saved, at first the whole file's ratio.
    const rate = previous && previous.size > size && previous.kept > kept ? (previous.size - size) / (previous.kept - kept) : size / Math.max(kept, 1);
    const target = ((size - limit) / rate) * 1.02;
    previous = { size, kept };
    // The next chunk: the lowest-ranked results worth `target` bytes, and at least 0.1% of those left.
    const floor = keep - Math.max(1, Math.ceil(keep / 1000));
    let freed = 0;
    while (keep > 0 && (freed < target || keep > floor)) freed += weight[--keep];
    kept -= freed;
    current = build(keep);
    size = gzippedSize(current.bytes, limit);
  }
  return current;
}
