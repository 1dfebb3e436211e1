import { pathToFileURL } from 'url';
import type { Finding, FlowStep, Notification } from '../engine/types';
import { ALL_RULES } from '../rules';
import type { Kind, Rule, RuleMeta } from '../engine/api';
import { ruleLevel } from '../engine/api';
import type { Outcome } from '../pipeline/run';
import { testCodeMeta } from '../rules/testcode';
import { VERSION } from '../version';
import { applySarifLimits, GITHUB_LIMITS, selectResults, type LimitDrop, type LimitedSarif, type PreCut, type SarifLimits } from './limits';

/**
 * The SARIF 2.1.0 writer, shaped for GitHub code scanning: one run per kind, each with its own
 * category (`automationDetails.id`), because GitHub rejects two runs of one tool with one category.
 * Security rules carry `security-severity` and a CWE tag; maintainability rules never do, are notes,
 * and are tagged `quality` and `maintainability`.
 */
export const CATEGORIES: Record<Kind, string> = {
  security: 'tendril/security/',
  maintainability: 'tendril/maintainability/',
};
export const SRCROOT = '%SRCROOT%';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Repository-relative path -> URI reference: each segment percent-encoded (`a b/c#d.py` -> `a%20b/c%23d.py`). */
export function encodeUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

/** Markdown help as plain text, for `help.text`: code fences and heading marks dropped. */
function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !line.startsWith('```'))
    .map((line) => line.replace(/^#+\s*/, ''))
    .join('\n')
    .trim();
}

function cweTag(cwe: number): string {
  return `external/cwe/cwe-${String(cwe).padStart(3, '0')}`;
}

export function ruleDescriptor(meta: RuleMeta): Record<string, unknown> {
  const properties: Record<string, unknown> =
    meta.kind === 'security'
      ? {
          tags: ['security', ...(meta.cwe ?? []).map(cweTag), meta.category],
          kind: 'problem',
          precision: meta.precision,
          'security-severity': (meta.securitySeverity ?? 0).toFixed(1),
          aliases: meta.aliases,
        }
      : {
          tags: ['quality', 'maintainability', meta.category],
          kind: 'problem',
          precision: meta.precision,
          'problem.severity': meta.problemSeverity ?? 'recommendation',
          aliases: meta.aliases,
        };
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    defaultConfiguration: { level: ruleLevel(meta) },
    help: { text: markdownToText(meta.help), markdown: meta.help },
    properties,
  };
}

/**
 * The test-code variant of a security rule (src/rules/testcode.ts), for results in test code:
 * GitHub reads `security-severity` only from the rule, so the lowered score needs a rule of its
 * own. Same help, CWE tags and precision as `meta`, the lowered score, the tag `test-code`, and a
 * relationship to the rule it comes from (at `index` in the same driver).
 */
export function testCodeDescriptor(meta: RuleMeta, index: number): Record<string, unknown> {
  const descriptor = ruleDescriptor(testCodeMeta(meta));
  const properties = descriptor.properties as { tags: string[] };
  properties.tags = [...properties.tags, 'test-code'];
  descriptor.relationships = [
    { target: { id: meta.id, index }, kinds: ['relevant'], description: { text: `Rule ${meta.id}, reported in test code at a lower severity.` } },
  ];
  return descriptor;
}

/** The last path encoded: findings come sorted by path, so most of a file's locations reuse it. */
let lastPath = '';
let lastUri = '';
function uriOf(path: string): string {
  if (path !== lastPath) {
    lastUri = encodeUri(path);
    lastPath = path;
  }
  return lastUri;
}

function physicalLocation(path: string, region?: Record<string, number>): Record<string, unknown> {
  const location: Record<string, unknown> = { artifactLocation: { uri: uriOf(path), uriBaseId: SRCROOT } };
  if (region) location.region = region;
  return location;
}

function resultOf(finding: Finding, meta: RuleMeta, ruleIndex: number): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ruleId: meta.id,
    ruleIndex,
    level: ruleLevel(meta),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: physicalLocation(finding.path, {
          startLine: finding.line,
          startColumn: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
        }),
      },
    ],
  };
  if (finding.flow && finding.flow.length > 0) {
    // A data-flow result, as CodeQL writes its path-problems: the source as related location 1,
    // which the message links (`[user-provided value](1)`), and the path as one thread flow, which
    // code scanning shows under "Show paths".
    const region = (s: FlowStep): Record<string, number> => ({ startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn });
    const source = finding.flow[0];
    result.relatedLocations = [{ id: 1, physicalLocation: physicalLocation(source.path, region(source)), message: { text: source.message } }];
    result.codeFlows = [
      {
        threadFlows: [
          { locations: finding.flow.map((s) => ({ location: { physicalLocation: physicalLocation(s.path, region(s)), message: { text: s.message } } })) },
        ],
      },
    ];
  }
  if (finding.lineHash) result.partialFingerprints = { primaryLocationLineHash: finding.lineHash };
  // Against a baseline: `new` or `unchanged`. Fixed findings are not written as `absent` results:
  // code scanning would show them as alerts at lines that no longer hold them (see docs/architecture.md).
  if (finding.baselineState) result.baselineState = finding.baselineState;
  // Only present with include-suppressed: GitHub shows an `inSource` suppressed result as dismissed.
  if (finding.suppressed !== undefined) result.suppressions = [{ kind: 'inSource', justification: finding.suppressed }];
  // The line-independent match key, so a later run can use this file as its baseline (baseline-sarif).
  if (finding.matchKey) result.properties = { 'tendril/matchKey': finding.matchKey };
  return result;
}

function notificationOf(n: Notification): Record<string, unknown> {
  const region = n.line ? { startLine: n.line, ...(n.column ? { startColumn: n.column } : {}) } : undefined;
  return {
    level: n.level,
    message: { text: n.message },
    descriptor: { id: n.id },
    locations: [{ physicalLocation: physicalLocation(n.path, region) }],
  };
}

/**
 * What the SARIF file holds beyond the outcome. `docs` says where Tendril is documented (the
 * action knows the repository it runs from); without it, GITHUB_ACTION_REPOSITORY when set.
 */
export interface SarifOptions {
  /** The kinds of findings written, one run each (default: both). */
  kinds?: readonly Kind[];
  /**
   * Added to each run's category (`tendril/security/changed/`): a partial analysis uploaded in
   * its own category cannot close the alerts of files it left out in the whole one.
   */
  categorySuffix?: string;
  docs?: { informationUri: string; rules?: string };
}

function docsOf(options: SarifOptions): { informationUri: string; rules?: string } | undefined {
  if (options.docs) return options.docs;
  const repository = process.env.GITHUB_ACTION_REPOSITORY;
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  return repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? { informationUri: `${server}/${repository}` } : undefined;
}

function runOf(
  kind: Kind,
  rules: readonly Rule[],
  outcome: Outcome,
  runIndex: number,
  limits: SarifLimits,
  options: SarifOptions,
): { run: Record<string, unknown>; cut?: PreCut } {
  const docs = docsOf(options);
  const index = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  const findings = outcome.findings.filter((f) => index.has(f.ruleId));
  // Results in test code point at their rule's test-code variant: one for each rule that has such
  // results, listed after every rule, in the rules' order (merge.ts unites those of shards alike).
  const lowered = new Set(findings.filter((f) => f.lowered === 'test-code').map((f) => f.ruleId));
  const variantOf = rules.filter((rule) => lowered.has(rule.meta.id));
  const variantIndex = new Map(variantOf.map((rule, k) => [rule.meta.id, rules.length + k]));
  const build = (f: Finding): Record<string, unknown> => {
    const i = index.get(f.ruleId)!;
    const meta = rules[i].meta;
    return f.lowered === 'test-code' ? resultOf(f, testCodeMeta(meta), variantIndex.get(f.ruleId)!) : resultOf(f, meta, i);
  };
  const helpUri = (id: string): Record<string, string> => (docs?.rules ? { helpUri: `${docs.rules}#${id}` } : {});
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'Tendril',
        semanticVersion: VERSION,
        ...(docs ? { informationUri: docs.informationUri } : {}),
        rules: [
          ...rules.map((rule) => ({ ...ruleDescriptor(rule.meta), ...helpUri(rule.meta.id) })),
          ...variantOf.map((rule) => ({ ...testCodeDescriptor(rule.meta, index.get(rule.meta.id)!), ...helpUri(rule.meta.id) })),
        ],
      },
    },
    automationDetails: { id: CATEGORIES[kind] + (options.categorySuffix ?? '') },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(outcome.settings.root).href.replace(/\/?$/, '/') } },
    invocations: [
      {
        // An internal error means a file was not fully analysed by the tool's own fault (the run fails).
        executionSuccessful: !outcome.notifications.some((n) => n.id === 'internal-error'),
        toolExecutionNotifications: outcome.notifications.map(notificationOf),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: [],
  };
  // Past the results limit, only the results the limit keeps are built (a large tree has hundreds
  // of thousands of findings; holding all their SARIF objects at once set the run's memory peak).
  const selected = selectResults(run, runIndex, findings.length, (i) => build(findings[i]), limits);
  run.results = selected ? selected.keep.map((i) => build(findings[i])) : findings.map(build);
  return { run, cut: selected?.cut };
}

/** The SARIF log for an outcome, before GitHub's limits are applied, but for the results past a run's limit, which are not built. */
function rawSarif(outcome: Outcome, limits: SarifLimits, options: SarifOptions): { log: Record<string, unknown>; cuts: (PreCut | undefined)[] } {
  // Every rule that ran on some file: nearer configurations may enable rules the run's own does not.
  const enabled = new Set(outcome.rules ?? outcome.settings.rules);
  const runs = (['security', 'maintainability'] as const)
    .filter((kind) => !options.kinds || options.kinds.includes(kind))
    .map((kind) => ({ kind, rules: ALL_RULES.filter((r) => r.meta.kind === kind && enabled.has(r)) }))
    .filter(({ rules }) => rules.length > 0)
    .map(({ kind, rules }, i) => runOf(kind, rules, outcome, i, limits, options));
  return { log: { $schema: SCHEMA, version: '2.1.0', runs: runs.map((r) => r.run) }, cuts: runs.map((r) => r.cut) };
}

/**
 * The SARIF log for an outcome within GitHub's upload limits (src/report/limits.ts), its bytes,
 * and what the limits dropped. A kind with no enabled rule gets no run (an empty run would tell
 * GitHub that every open alert of that category is fixed). Same outcome, same bytes; within the
 * limits, exactly the log as built.
 */
export function writeSarif(outcome: Outcome, limits: SarifLimits = GITHUB_LIMITS, options: SarifOptions = {}): LimitedSarif {
  const { log, cuts } = rawSarif(outcome, limits, options);
  return applySarifLimits(log, limits, undefined, cuts);
}

/**
 * What GitHub's limits drop from the SARIF of an outcome (empty within the limits), for the job
 * summary when the caller did not keep the drops of the log it wrote (the action does).
 */
export function sarifLimitDrops(outcome: Outcome): LimitDrop[] {
  return writeSarif(outcome).drops;
}

/** The SARIF log for an outcome, as written (within GitHub's limits). */
export function buildSarif(outcome: Outcome): Record<string, unknown> {
  return writeSarif(outcome).log;
}

export function formatSarif(outcome: Outcome): string {
  return writeSarif(outcome).text;
}
