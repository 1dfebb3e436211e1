import { namesRule, type Rule, type RuleMeta } from './api';
import type { SyntaxNode as Node } from './tree';
import type { Finding } from './types';

/**
 * In-source suppressions, read from the tree's `comment` nodes (collected in the single walk, so a
 * `#` inside a string is never taken for a comment). Forms understood:
 *
 * - `# noqa`, `# noqa: F401,E501` (flake8/Ruff): the line; codes match rule ids and aliases.
 * - `# nosec`, `# nosec B602,B607`, `# nosec: B602` (Bandit): the line; same matching.
 * - `# tendril: ignore[rule-id, ...]` (and bare `# tendril: ignore`): the line.
 * - `# pylint: disable=unused-import,W0611`: after code, the line; on its own line, from there to
 *   the end of the enclosing block (the first later code line indented less than the comment), or
 *   to a `# pylint: enable=` of the same name. `disable-next=` covers the next line.
 * - File level: `# tendril: skip-file`, `# ruff: noqa`, `# flake8: noqa`, `# pylint: skip-file`
 *   (all findings), `# ruff: noqa: F401` and `# flake8: noqa: F401` (those codes, whole file, as
 *   Ruff reads both). Ruff's and flake8's forms count on a line of their own only, as in those tools.
 *
 * A line-level comment covers a finding whose first or last line holds it, and the findings that
 * start within its reach (`reachOf`): the multi-line statement whose first line it is on (of a
 * compound statement, its header: `def`, `if`, `with` up to the colon; a decorator on its own),
 * the multi-line statement it follows on the statement's last line (`)  # noqa`), and the lines
 * Ruff reads as one with the comment's: a multi-line string ending on it, and lines joined to it
 * by backslashes. The first line is where flake8 and Ruff look for the suppression of an unused
 * import (`from m import (  # noqa: F401`) and Pylint for any message of the statement; the
 * strings and continuations are Ruff's and flake8's logical lines; the last line is Tendril's own
 * (docs/conformance.md, "Suppression comments", lists every difference with Ruff). `# nosec` on
 * any line of a multi-line statement covers the findings that start in that statement, as Bandit
 * does; other comments on an inner line cover that line (and its string or continuation).
 *
 * Security findings are hidden only by a directive meant for them: Bandit's `# nosec` (bare or
 * coded), a code or rule id that names the rule (`# noqa: S602`, `# ruff: noqa: S602`,
 * `# pylint: disable=subprocess-shell-true`), or Tendril's own `# tendril: ignore` and
 * `# tendril: skip-file`. A linter's blanket directive (`# noqa` without codes, `# ruff: noqa`,
 * `# flake8: noqa`, `# pylint: skip-file`, `# pylint: disable=all`) is usually there for a lint
 * warning: on a security finding it is recorded in `Finding.blanketSuppression` and the finding
 * stays open (the pipeline honours it when `bare-noqa-suppresses-security` is set).
 */
export interface Directive {
  /** 1-based line and column of the comment. */
  line: number;
  column: number;
  endColumn: number;
  /** How it was written, for messages and SARIF justifications: `# noqa: F401`. */
  text: string;
  /** Codes as written; undefined: every rule. */
  codes?: string[];
  /** Lines covered, inclusive (1-based): the comment's line, or for a block or file directive its block or file. */
  from: number;
  to: number;
  lineLevel: boolean;
  /** Line-level: more lines (1-based, inclusive) where the findings it covers may start (`CommentInfo.reach`). */
  reach: readonly LineRange[];
  /**
   * A linter's blanket directive (`# noqa` without codes, `# ruff: noqa`, `# flake8: noqa`,
   * `# pylint: skip-file`): it suppresses maintainability findings only (security findings record
   * it in `Finding.blanketSuppression`). A `# pylint: disable=all` is blanket by its code `all`.
   */
  blanket?: boolean;
  /** Codes (upper-cased) that suppressed something; `*` for a bare directive. */
  used: Set<string>;
}

export interface LineRange {
  from: number;
  to: number;
}

export interface CommentInfo {
  /** 0-based row and column, as tree-sitter gives them. */
  row: number;
  column: number;
  endColumn: number;
  text: string;
  /** Nothing but whitespace before the comment on its line. */
  ownLine: boolean;
  /** After code: what a line-level directive in this comment reaches beyond its line (`reachOf`). */
  reach: readonly LineRange[];
  /**
   * Inside a statement that spans several lines (`enclosingStatementRows`): its lines, 1-based; of
   * a compound statement, its header's. Read by `# nosec` only.
   */
  statement?: LineRange;
}

/** Words a comment must hold to be a directive: other comments are not read further. */
const DIRECTIVE_WORD = /noqa|nosec|tendril|pylint/i;

/**
 * What the engine keeps of a comment node (collected in the walk): undefined for a comment that
 * holds no directive.
 */
export function readComment(comment: Node): CommentInfo | undefined {
  const text = comment.text;
  if (!DIRECTIVE_WORD.test(text)) return undefined;
  const start = comment.startPosition;
  const source = comment.tree.text;
  const ownLine = source.slice(comment.startIndex - start.column, comment.startIndex).trim() === '';
  const info: CommentInfo = {
    row: start.row,
    column: start.column,
    endColumn: comment.endPosition.column,
    text,
    ownLine,
    reach: ownLine ? [] : reachOf(comment),
  };
  // `# nosec` inside a multi-line statement covers the statement: only that directive reads it.
  if (/nosec/i.test(text)) {
    const rows = enclosingStatementRows(comment);
    if (rows) info.statement = { from: rows.startRow + 1, to: rows.endRow + 1 };
  }
  return info;
}

/**
 * The lines, besides its own, whose findings a comment after code covers (1-based, inclusive):
 *
 * - on the first line of a multi-line statement (of a compound statement, its header), the
 *   statement: `from m import (  # noqa: F401` covers the names inside, as flake8 (pyflakes
 *   reports unused imports on the statement's line), Ruff (which looks for an unused import's
 *   suppression on the statement's first line too) and Pylint (a message anywhere in the
 *   statement) read it;
 * - after the last line of a multi-line statement (`)  # noqa`), the statement;
 * - Ruff's and flake8's logical line: the lines of a multi-line string that ends on the comment's
 *   line, and lines joined to it with backslashes, read as one line with the comment.
 */
export function reachOf(comment: Node): LineRange[] {
  const reach: LineRange[] = [];
  const row = comment.startPosition.row;
  const statement = enclosingStatementRows(comment);
  if (statement && statement.startRow === row) reach.push({ from: row + 1, to: statement.endRow + 1 });
  // `)  # noqa` after a multi-line statement: the statement is the comment's previous sibling.
  const previous = comment.previousNamedSibling;
  if (previous) {
    const first = previous.startPosition.row;
    if (first < row && previous.endPosition.row === row) reach.push({ from: first + 1, to: row + 1 });
  }
  const logical = logicalLineStart(comment);
  if (logical < row) reach.push({ from: logical + 1, to: row + 1 });
  return reach;
}

/**
 * The first row (0-based) of the logical line a comment ends, as Ruff's and flake8's tokenizers
 * join lines: a string token spanning lines, or a backslash continuation, makes its lines one
 * with the line it ends on. Read backwards over the tokens before the comment (pre-order indices
 * of the flat tree: a node before the comment and not holding it lies wholly before it).
 */
function logicalLineStart(comment: Node): number {
  const tree = comment.tree;
  let first = comment.startPosition.row;
  for (let i = comment.id - 1; i >= 0; i--) {
    if (tree.end[i] > comment.id || tree.end[i] !== i + 1) continue; // an ancestor, or not a token
    if (tree.pointAt(tree.endIndex[i]).row < first) break;
    const tokenStart = tree.pointAt(tree.startIndex[i]).row;
    if (tokenStart < first) first = tokenStart; // a continuation or a string's content
    const parent = tree.parentOf[i];
    if (parent >= 0 && tree.typeName(parent) === 'string') first = Math.min(first, tree.pointAt(tree.startIndex[parent]).row);
  }
  return first;
}

/**
 * The rows of the statement a comment is inside, when the comment is not between statements:
 * the innermost simple statement, a compound statement's or clause's header (up to the colon
 * before its body), or a decorator. Undefined when that range is one line or does not hold the
 * comment's row (a comment after a body, before `else:`).
 */
export function enclosingStatementRows(comment: Node): { startRow: number; endRow: number } | undefined {
  const row = comment.startPosition.row;
  let child: Node = comment;
  for (let node = comment.parent; node; child = node, node = node.parent) {
    let range: { startRow: number; endRow: number } | undefined;
    if (node.type === 'module' || node.type === 'block') {
      // Reached the statement's list: `child` is the statement holding the comment, or the comment itself.
      if (child.id === comment.id) return undefined;
      range = { startRow: child.startPosition.row, endRow: child.endPosition.row };
    } else if (node.type === 'decorator') {
      range = { startRow: node.startPosition.row, endRow: node.endPosition.row };
    } else {
      const children = node.children;
      const body = children.findIndex((c) => c.type === 'block');
      // A compound statement or clause whose body does not hold the comment: its header does.
      if (body > 0) range = { startRow: node.startPosition.row, endRow: children[body - 1].endPosition.row };
    }
    if (!range) continue;
    return range.endRow > range.startRow && row >= range.startRow && row <= range.endRow ? range : undefined;
  }
  return undefined;
}

const CODE = /^[A-Za-z]+[0-9]+$/;

/** Codes until the first word that is neither a code (F401, B602) nor a rule id (free text follows). */
function codeList(raw: string | undefined, allowNames: boolean, ruleIds: ReadonlySet<string>): string[] {
  if (!raw) return [];
  const codes: string[] = [];
  for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
    if (CODE.test(word) || ruleIds.has(word) || (allowNames && /^[a-z][a-z0-9-]*$/.test(word))) codes.push(word);
    else break;
  }
  return codes;
}

function codeMatches(code: string, meta: RuleMeta): boolean {
  return code === 'all' || namesRule(code, meta);
}

/** The first line after `row` (0-based) where code indented less than `column` starts, as 1-based line - 1. */
function blockEnd(lines: readonly string[], row: number, column: number): number {
  for (let i = row + 1; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.length - trimmed.length < column) return i; // 0-based i == 1-based line i, the last covered
  }
  return lines.length;
}

/**
 * Reads the directives in a file's comments (in source order). `ruleIds` are the ids of every rule
 * in the catalogue, enabled or not, so that `# noqa: unused-import` reads the same either way.
 */
export function parseDirectives(comments: readonly CommentInfo[], text: string, ruleIds: ReadonlySet<string>): Directive[] {
  const directives: Directive[] = [];
  let lines: string[] | undefined;
  const make = (c: CommentInfo, written: string, codes: string[] | undefined, from: number, to: number, lineLevel: boolean): Directive => ({
    line: c.row + 1,
    column: c.column + 1,
    endColumn: c.endColumn + 1,
    text: written.trim(),
    codes: codes && codes.length ? codes : undefined,
    from,
    to,
    lineLevel,
    reach: lineLevel && from === c.row + 1 ? c.reach : [],
    used: new Set(),
  });
  const pendingEnable: { directive: Directive; codes: Set<string> }[] = [];
  for (const c of comments) {
    const line = c.row + 1;
    let m: RegExpExecArray | null;
    // File level. Ruff and flake8 read theirs on a line of its own only (after code, nothing).
    if ((m = /#\s*(?:(tendril):\s*skip-file|pylint:\s*skip-file)/i.exec(c.text))) {
      const d = make(c, c.text, undefined, 1, Number.MAX_SAFE_INTEGER, false);
      d.blanket = m[1] === undefined;
      directives.push(d);
      continue;
    }
    if ((m = /#\s*(?:ruff\s*:|flake8[:=])\s*noqa\b(?::\s*([^#]*))?/i.exec(c.text))) {
      if (!c.ownLine) continue;
      // `# flake8: noqa: F401` as Ruff reads it: those codes (flake8 itself skips the whole file).
      const d = make(c, m[0], m[1] === undefined ? undefined : codeList(m[1], false, ruleIds), 1, Number.MAX_SAFE_INTEGER, false);
      d.blanket = d.codes === undefined;
      directives.push(d);
      continue;
    }
    for (const re = /#\s*noqa\b(?::\s*([^#]*))?/gi; (m = re.exec(c.text));) {
      const d = make(c, m[0], codeList(m[1], false, ruleIds), line, line, true);
      d.blanket = d.codes === undefined;
      directives.push(d);
    }
    for (const re = /#\s*nosec\b:?\s*([^#]*)/gi; (m = re.exec(c.text));) {
      const d = make(c, m[0], codeList(m[1], false, ruleIds), line, line, true);
      // Bandit's reach: the whole multi-line statement the comment is in, from any of its lines.
      if (c.statement) d.reach = [...d.reach, c.statement];
      directives.push(d);
    }
    for (const re = /#\s*tendril\s*:\s*ignore\b(?:\[([^\]]*)\])?/gi; (m = re.exec(c.text));) {
      directives.push(make(c, m[0], codeList(m[1], false, ruleIds), line, line, true));
    }
    for (const re = /#\s*pylint\s*:\s*(disable|disable-next|enable)\s*=\s*([\w\s,-]*)/gi; (m = re.exec(c.text));) {
      const names = m[2].split(/[\s,]+/).filter(Boolean);
      const kind = m[1].toLowerCase();
      if (kind === 'enable') {
        for (const p of pendingEnable) {
          for (const name of names) {
            if (p.codes.has(name) && p.directive.to > line - 1) p.directive.to = Math.max(p.directive.from, line - 1);
          }
        }
        continue;
      }
      const written = `# pylint: ${kind}=${names.join(',')}`;
      if (kind === 'disable-next') directives.push(make(c, written, names, line + 1, line + 1, true));
      else if (!c.ownLine) directives.push(make(c, written, names, line, line, true));
      else {
        lines ??= text.split(/\r\n|\r|\n/);
        const d = make(c, written, names, line + 1, blockEnd(lines, c.row, c.column), false);
        directives.push(d);
        pendingEnable.push({ directive: d, codes: new Set(names) });
      }
    }
  }
  return directives;
}

function covers(d: Directive, f: Finding): boolean {
  if (d.lineLevel) return f.line === d.from || f.endLine === d.from || d.reach.some((r) => f.line >= r.from && f.line <= r.to);
  return f.line >= d.from && f.line <= d.to;
}

/**
 * Marks the findings a directive covers as suppressed (the first directive that matches wins). A
 * linter's blanket directive does not suppress a security finding: it is recorded in the
 * finding's `blanketSuppression` instead (see the comment at the top of this file).
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], rules: readonly Rule[]): void {
  if (directives.length === 0) return;
  const metaById = new Map(rules.map((r) => [r.meta.id, r.meta]));
  for (const finding of findings) {
    const meta = metaById.get(finding.ruleId);
    if (!meta) continue;
    for (const d of directives) {
      if (!covers(d, finding)) continue;
      const code = d.codes?.find((c) => codeMatches(c, meta));
      if (d.codes && !code) continue;
      if (meta.kind === 'security' && (d.codes ? code === 'all' : d.blanket)) {
        finding.blanketSuppression ??= d.text;
        continue;
      }
      d.used.add(code ? code.toUpperCase() : '*');
      finding.suppressed ??= d.text;
    }
  }
}

export const UNUSED_SUPPRESSION_ID = 'unused-suppression';

/**
 * Codes of a directive that name one of the `enabled` rules and suppressed nothing. Bare directives
 * and codes Tendril does not implement (E501) are never "unused": they may be there for another
 * tool. Codes naming `unused-suppression` itself are not judged.
 */
export function unusedCodes(d: Directive, enabled: readonly Rule[]): string[] {
  if (!d.codes) return [];
  return d.codes.filter((code) => {
    if (d.used.has(code.toUpperCase()) || code === 'all') return false;
    const named = enabled.filter((rule) => codeMatches(code, rule.meta));
    return named.length > 0 && !named.some((rule) => rule.meta.id === UNUSED_SUPPRESSION_ID);
  });
}
