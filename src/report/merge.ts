import { applySarifLimits } from './limits';
import { UsageError } from '../errors';
import { baseRuleId, TEST_CODE_SUFFIX } from '../rules/testcode';

/**
 * Merges Tendril SARIF files from shards (`shard: K/N`) into one log with one run per category,
 * in the order of an unsharded run: same rules and tool per category (else an error: the shards
 * did not run the same configuration), results and notifications sorted exactly as run.ts sorts
 * them. Shards of one tree merged give the bytes of one unsharded run.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function decodeUri(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function location(x: Json): { path: string; region: Json } {
  const physical = x.locations?.[0]?.physicalLocation ?? {};
  return { path: decodeUri(physical.artifactLocation?.uri ?? ''), region: physical.region ?? {} };
}

/** The order of run.ts's compareFindings, read back from SARIF results. */
function compareResults(a: Json, b: Json): number {
  const la = location(a);
  const lb = location(b);
  return (
    cmp(la.path, lb.path) ||
    la.region.startLine - lb.region.startLine ||
    la.region.startColumn - lb.region.startColumn ||
    // run.ts orders by the rule, not by its test-code variant's id (src/rules/testcode.ts).
    cmp(baseRuleId(a.ruleId), baseRuleId(b.ruleId)) ||
    la.region.endLine - lb.region.endLine ||
    la.region.endColumn - lb.region.endColumn ||
    cmp(a.message?.text ?? '', b.message?.text ?? '')
  );
}

/** The order of run.ts's compareNotifications. */
function compareNotifications(a: Json, b: Json): number {
  const la = location(a);
  const lb = location(b);
  return (
    cmp(la.path, lb.path) ||
    (la.region.startLine ?? 0) - (lb.region.startLine ?? 0) ||
    (la.region.startColumn ?? 0) - (lb.region.startColumn ?? 0) ||
    cmp(a.descriptor?.id ?? '', b.descriptor?.id ?? '') ||
    cmp(a.message?.text ?? '', b.message?.text ?? '')
  );
}

/**
 * A run's driver without its test-code variants (src/rules/testcode.ts), which depend on where
 * each shard's findings are: shards must agree on the rest. The variants are returned apart.
 */
function splitDriver(run: Json): { driver: string; variants: Json[] } {
  const rules: Json[] = run.tool.driver.rules ?? [];
  const variants = rules.filter((rule) => String(rule.id).endsWith(TEST_CODE_SUFFIX));
  const base = rules.filter((rule) => !String(rule.id).endsWith(TEST_CODE_SUFFIX));
  return { driver: JSON.stringify({ ...run.tool.driver, rules: base }), variants };
}

/**
 * The merged run's rules as one run lists them: every rule, then the test-code variants of the
 * shards (each once), in the order of the rules they come from; results re-pointed at them.
 */
function uniteVariants(run: Json, variants: ReadonlyMap<string, Json>): void {
  if (variants.size === 0) return;
  const base: Json[] = (run.tool.driver.rules ?? []).filter((rule: Json) => !String(rule.id).endsWith(TEST_CODE_SUFFIX));
  const ordered = [...variants.values()].sort((a, b) => (a.relationships?.[0]?.target?.index ?? 0) - (b.relationships?.[0]?.target?.index ?? 0));
  run.tool.driver.rules = [...base, ...ordered];
  const index = new Map(ordered.map((rule, k) => [String(rule.id), base.length + k]));
  for (const result of run.results) {
    const at = index.get(String(result.ruleId));
    if (at !== undefined) result.ruleIndex = at;
  }
}

export function mergeSarif(inputs: { name: string; text: string }[]): string {
  if (inputs.length === 0) throw new UsageError('merge: no SARIF files given');
  const logs = inputs.map(({ name, text }) => {
    let log: Json;
    try {
      log = JSON.parse(text) as Json;
    } catch (error) {
      throw new UsageError(`merge: ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new UsageError(`merge: ${name} is not a SARIF 2.1.0 log`);
    return { name, log };
  });
  const merged = new Map<string, { run: Json; driver: string; from: string; variants: Map<string, Json> }>();
  for (const { name, log } of logs) {
    for (const run of log.runs as Json[]) {
      const category = String(run.automationDetails?.id ?? '');
      if (run.tool?.driver?.name !== 'Tendril') throw new UsageError(`merge: ${name} has a run of another tool (${run.tool?.driver?.name})`);
      const { driver, variants } = splitDriver(run);
      const seen = merged.get(category);
      if (!seen) {
        merged.set(category, { run: structuredClone(run), driver, from: name, variants: new Map(variants.map((v) => [String(v.id), v])) });
        continue;
      }
      if (seen.driver !== driver) {
        throw new UsageError(
          `merge: ${name} and ${seen.from} ran different rules or Tendril versions for category '${category}'; shards must share one configuration`,
        );
      }
      for (const v of variants) if (!seen.variants.has(String(v.id))) seen.variants.set(String(v.id), v);
      seen.run.results.push(...(run.results ?? []));
      const into = seen.run.invocations[0];
      const from = run.invocations?.[0] ?? {};
      into.executionSuccessful = into.executionSuccessful && from.executionSuccessful !== false;
      into.toolExecutionNotifications.push(...(from.toolExecutionNotifications ?? []));
    }
  }
  const runs = [...merged.values()].map(({ run, variants }) => {
    uniteVariants(run, variants);
    run.results.sort(compareResults);
    run.invocations[0].toolExecutionNotifications.sort(compareNotifications);
    return run;
  });
  // The merged log must fit GitHub's limits too (each shard's file does, their sum may not).
  return applySarifLimits({ ...logs[0].log, runs }).text;
}
