import type { Analysis, Rule, RuleOptions, Visitor } from './api';
import { annotateMatchKeys } from './matchkey';
import { lineHashes } from './fingerprint';
import { FileContext } from './api';
import { getParser } from './parser';
import { decodeSource } from './source';
import type { FileResult, Finding, ModuleInfo, Notification } from './types';
import { applyDirectives, parseDirectives, readComment, UNUSED_SUPPRESSION_ID, unusedCodes, type CommentInfo } from './suppress';
import { SyntaxTree } from './tree';
import { walk } from './walk';

/** The per-file budget: a file over it is skipped with a notification, never hangs the run. */
export interface Budget {
  /** Files larger than this many bytes are not analysed (`max-file-size`). */
  maxFileSize: number;
  /** Seconds the analysis of one file may take (`file-timeout`). */
  timeoutSeconds: number;
}

export const DEFAULT_BUDGET: Budget = { maxFileSize: 10 * 1024 * 1024, timeoutSeconds: 60 };

/** Thrown by the budget checks to abandon a file. */
class OverBudget extends Error {}

/** Orders analyses so that each comes after the ones it builds on. */
function analysesFor(rules: readonly Rule[]): Analysis<unknown>[] {
  const ordered: Analysis<unknown>[] = [];
  const visit = (analysis: Analysis<unknown>): void => {
    if (ordered.includes(analysis)) return;
    for (const dep of analysis.uses ?? []) visit(dep);
    ordered.push(analysis);
  };
  for (const rule of rules) for (const analysis of rule.uses ?? []) visit(analysis);
  return ordered;
}

/** The first ERROR or MISSING node in document order, for the syntax-error notification's position. */
function firstSyntaxError(tree: SyntaxTree): number {
  for (let i = 0; i < tree.count; i++) if (tree.typeName(i) === 'ERROR' || tree.isMissing(i)) return i;
  return -1;
}

/**
 * Analyses one file's bytes: decode, parse once, walk once with every enabled rule (and the shared
 * analyses they use), then fingerprint the lines that have findings. Never throws for bad input:
 * what cannot be analysed becomes a notification.
 */
export async function analyzeSource(
  path: string,
  bytes: Uint8Array,
  rules: readonly Rule[],
  options: RuleOptions = {},
  budget: Budget = DEFAULT_BUDGET,
  /** Ids of every rule in the catalogue (for reading suppression comments); default: `rules`' ids. */
  ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id)),
  /** The file's Python module (SourceFile.module); default: read from the path. */
  module?: ModuleInfo,
): Promise<FileResult> {
  const deadline = Date.now() + budget.timeoutSeconds * 1000;
  const overBudget = (): FileResult => ({
    path,
    findings: [],
    notifications: [
      {
        level: 'error',
        id: 'file-timeout',
        path,
        message: `${path} was not analysed: the analysis did not finish within the time budget (file-timeout, ${budget.timeoutSeconds} s).`,
      },
    ],
  });
  const checkpoint = (): void => {
    if (Date.now() > deadline) throw new OverBudget();
  };
  const notifications: Notification[] = [];
  const result: FileResult = { path, findings: [], notifications };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    notifications.push({ level: 'error', id: 'file-undecodable', path, message: `${path} was not analysed: it ${decoded.reason}.` });
    return result;
  }
  const parser = await getParser();
  let cancelled = false;
  // The parser asks every so often whether to go on; past the deadline, it stops and returns null.
  const progressCallback = (): boolean => (cancelled = Date.now() > deadline);
  const parsed = parser.parse(decoded.text, null, { progressCallback: progressCallback as () => void });
  if (!parsed && cancelled) return overBudget();
  if (!parsed) {
    notifications.push({ level: 'error', id: 'internal-error', path, message: `${path} was not analysed: the parser gave up on it.` });
    return result;
  }
  try {
    // Copied once into JavaScript (src/engine/tree.ts); tree-sitter's own tree is freed at once.
    let tree: SyntaxTree;
    try {
      tree = SyntaxTree.from(parsed, decoded.text);
    } finally {
      parsed.delete();
    }
    let active = rules;
    if (tree.rootNode.hasError) {
      const error = firstSyntaxError(tree);
      const at = error < 0 ? undefined : tree.node(error);
      const skipped = rules.filter((rule) => rule.meta.needsCleanParse).map((rule) => rule.meta.id);
      active = rules.filter((rule) => !rule.meta.needsCleanParse);
      const line = at ? at.startPosition.row + 1 : undefined;
      const column = at ? at.startPosition.column + 1 : undefined;
      notifications.push({
        level: 'warning',
        id: 'syntax-error',
        path,
        line,
        column,
        message:
          `${path} has a syntax error` +
          (line ? ` at line ${line}, column ${column}` : '') +
          (skipped.length ? `; rules that need the whole file were skipped there: ${skipped.join(', ')}.` : '.'),
      });
    }
    const context = new FileContext(path, decoded.text, tree, options, module);
    context.ruleIds = new Set(rules.map((rule) => rule.meta.id));
    const visitors: Visitor[] = [];
    for (const analysis of analysesFor(active)) visitors.push(analysis.create(context));
    for (const rule of active) visitors.push(rule.create(context));
    // Suppression comments are collected in the same walk: `comment` nodes, never a text scan.
    const comments: CommentInfo[] = [];
    visitors.push({
      comment: (node) => {
        const info = readComment(node);
        if (info) comments.push(info);
      },
    });
    walk(tree, visitors, checkpoint);
    for (const visitor of visitors) {
      checkpoint();
      visitor.end?.();
    }
    dropSuperseded(context.findings, active);
    const directives = parseDirectives(comments, decoded.text, ruleIds);
    applyDirectives(context.findings, directives, active);
    // A directive that covers a deferred finding counts as used: whether that finding is confirmed
    // is decided after this file, and a comment that may be needed is never called unused.
    applyDirectives(context.deferred, directives, active);
    const unusedRule = active.find((rule) => rule.meta.id === UNUSED_SUPPRESSION_ID);
    if (unusedRule) {
      const before = context.findings.length;
      for (const d of directives) {
        const codes = unusedCodes(d, active);
        if (codes.length === 0) continue;
        context.reportRange(
          unusedRule.meta,
          { row: d.line - 1, column: d.column - 1 },
          { row: d.line - 1, column: d.endColumn - 1 },
          `Unused suppression: '${d.text}' suppresses no finding of ${codes.join(', ')}${d.lineLevel ? ' on this line' : ''}; remove ${codes.length > 1 ? 'these codes' : 'this code'}.`,
        );
      }
      applyDirectives(context.findings.slice(before), directives, active);
    }
    result.findings = context.findings;
    annotateMatchKeys(result.findings, decoded.text, tree);
    if (context.deferred.length) {
      result.deferred = context.deferred;
      annotateMatchKeys(result.deferred, decoded.text, tree);
    }
    if (Object.keys(context.exports).length) result.exports = context.exports;
    if (context.rootQueries.size) result.rootQueries = Object.fromEntries([...context.rootQueries].sort(([a], [b]) => (a < b ? -1 : 1)));
  } catch (error) {
    if (error instanceof OverBudget) return overBudget();
    notifications.push({
      level: 'error',
      id: 'internal-error',
      path,
      message: `${path} was not fully analysed: internal error: ${error instanceof Error ? error.message : String(error)}`,
    });
    // For bug reports: TENDRIL_DEBUG=1 puts the stack of an internal error on stderr.
    if (process.env.TENDRIL_DEBUG && error instanceof Error) process.stderr.write(`${path}: ${error.stack}\n`);
  }
  const hashed = result.deferred ? [...result.findings, ...result.deferred] : result.findings;
  if (hashed.length > 0) {
    // Hashed over the file as codeql-action reads it (UTF-8, BOM kept), not the decoded text.
    const hashes = lineHashes(decoded.hashText(), new Set(hashed.map((f) => f.line)));
    for (const finding of hashed) finding.lineHash = hashes.get(finding.line);
  }
  return result;
}

/**
 * Removes, in place, the findings that a finding of a rule with `supersedes` replaces: those of
 * the listed rules whose range lies inside its range. Order of the rest is kept.
 */
export function dropSuperseded(findings: Finding[], rules: readonly Rule[]): void {
  const replacing = new Map<string, ReadonlySet<string>>();
  for (const rule of rules) if (rule.meta.supersedes?.length) replacing.set(rule.meta.id, new Set(rule.meta.supersedes));
  if (replacing.size === 0) return;
  const covers = findings.filter((f) => replacing.has(f.ruleId));
  if (covers.length === 0) return;
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);
  const inside = (inner: Finding, outer: Finding): boolean =>
    before(outer.line, outer.column, inner.line, inner.column) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
  let kept = 0;
  for (const finding of findings) {
    const gone = covers.some((cover) => replacing.get(cover.ruleId)!.has(finding.ruleId) && inside(finding, cover));
    if (!gone) findings[kept++] = finding;
  }
  findings.length = kept;
}
