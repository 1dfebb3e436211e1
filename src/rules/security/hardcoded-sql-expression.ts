/**
 * Bandit B608 / Ruff S608: a string that looks like SQL assembled with `%`, `+`, `.format()` or
 * an f-string.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { taint } from '../../analysis/taint';
import { securityRule } from './common';
import { PRECISION_STEP, SECURITY_SEVERITY } from '../severity';
import { decideGroups } from './run-time';

/** One of these words is in every text `SQL` matches (in one piece of it, for a single string). */
const SQL_WORD = /select|delete|insert|replace|update/i;
/**
 * The statements, anywhere in the text (an upsert clause `ON CONFLICT (...) DO UPDATE SET ...`
 * holds its keywords in the middle): `SELECT <columns> FROM`, `DELETE FROM`, `INSERT|REPLACE ...
 * VALUES`, `UPDATE [<table>] SET`. The column list of a SELECT must be written (not empty, not
 * `...`): `cannot SELECT from`, `use SELECT ... FROM` are prose about SQL.
 */
const SQL = /\b(select\s+(?!from\b|\.\.\.|\u2026)\S[\s\S]*?\sfrom\s|delete\s+from\s|(insert|replace)\s[\s\S]*?\svalues\s*[(\s]|update\s+(?:[\s\S]*?\s)?set\s)/i;

/** Calls whose arguments are messages for people: exceptions, logging, warnings, printing. */
const MESSAGE_CALLS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'print']);

/** The callee's own name: `error` for `logger.error`, `ValueError` for `ValueError`. */
function calleeName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}

/**
 * True when the string is a message for people, not a query: an argument of an exception being
 * raised or made (`raise ValueError(...)`, `...Error(...)`, `...Exception(...)`, `...Warning(...)`),
 * of a logging, `warnings.warn` or `print` call, or the message of an `assert`. Such text quotes SQL
 * to explain something (`"cannot SELECT * FROM %s"`); it is never sent to a database.
 */
function isMessage(node: Node): boolean {
  let current = node;
  for (let parent = current.parent; parent; current = parent, parent = current.parent) {
    switch (parent.type) {
      case 'parenthesized_expression':
        continue;
      case 'keyword_argument':
        if (parent.childForFieldName('value')?.id !== current.id) return false;
        continue;
      case 'argument_list': {
        const call = parent.parent;
        if (call?.type !== 'call') return false;
        if (call.parent?.type === 'raise_statement' && call.parent.namedChildren[0]?.id === call.id) return true;
        const name = calleeName(call);
        return name !== undefined && (MESSAGE_CALLS.has(name) || /(Error|Exception|Warning)$/.test(name));
      }
      case 'assert_statement':
        // `assert condition, message`: the second expression.
        return parent.namedChildren[0]?.id !== current.id;
      default:
        return false;
    }
  }
  return false;
}

/** The literal text of a string, f-string fields replaced by a space; undefined for non-strings. */
function literalText(node: Node): string | undefined {
  const expr = unparenthesize(node);
  if (expr.type === 'concatenated_string') {
    const parts = expr.namedChildren.filter((c) => c && c.type === 'string').map((c) => literalText(c!));
    return parts.some((p) => p === undefined) ? undefined : parts.join('');
  }
  if (expr.type !== 'string') return undefined;
  const plain = stringLiteralValue(expr);
  if (plain !== undefined) return plain;
  let text = '';
  for (const child of expr.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') text += child.text;
    else if (child.type === 'interpolation') text += ' x ';
  }
  return text;
}

function hasInterpolation(node: Node): boolean {
  const expr = unparenthesize(node);
  if (expr.type === 'concatenated_string') return expr.namedChildren.some((c) => !!c && hasInterpolation(c));
  return expr.type === 'string' && expr.namedChildren.some((c) => c?.type === 'interpolation');
}

/** Leaves of a `+` chain. */
function plusOperands(node: Node, consumed?: Set<number>): Node[] {
  // Iterative (a chain of any length must not overflow the stack), left to right.
  const out: Node[] = [];
  const pending: Node[] = [node];
  while (pending.length > 0) {
    const expr = unparenthesize(pending.pop()!);
    if (expr.type === 'binary_operator' && expr.childForFieldName('operator')?.type === '+') {
      consumed?.add(expr.id);
      pending.push(expr.childForFieldName('right')!, expr.childForFieldName('left')!);
    } else {
      consumed?.add(expr.id);
      out.push(expr);
    }
  }
  return out;
}

/** The SQL-looking text of an expression that builds a string at run time, or undefined. */
export function builtSql(node: Node, handled: Set<number> = new Set()): string | undefined {
  // `handled`: nodes already covered by an enclosing `+` chain, `%` or concatenation, which the
  // walk visits first. Asking each node for its parent instead would cost its depth every time.
  if (handled.has(node.id)) return undefined;
  switch (node.type) {
    case 'binary_operator': {
      const op = node.childForFieldName('operator')?.type;
      if (op === '%') {
        const left = node.childForFieldName('left');
        if (left) handled.add(unparenthesize(left).id);
        return left ? literalText(left) : undefined;
      }
      if (op === '+') {
        const operands = plusOperands(node, handled);
        const texts = operands.map((o) => literalText(o));
        if (texts.every((t) => t === undefined)) return undefined;
        return texts.map((t) => t ?? ' x ').join('');
      }
      return undefined;
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return undefined;
      const object = fn.childForFieldName('object');
      return object ? literalText(object) : undefined;
    }
    case 'string':
    case 'concatenated_string':
      if (node.type === 'concatenated_string') for (const part of node.namedChildren) if (part) handled.add(part.id);
      if (!hasInterpolation(node)) return undefined;
      return literalText(node);
    default:
      return undefined;
  }
}

export const hardcodedSqlExpression = securityRule({
  id: 'hardcoded-sql-expression',
  name: 'HardcodedSqlExpression',
  bandit: 'B608',
  ruff: 'S608',
  severity: 'MEDIUM',
  confidence: 'LOW',
  grading: {
    evidence: 'pattern',
    family: 'sql',
    score: SECURITY_SEVERITY.MEDIUM - PRECISION_STEP,
    why: 'a low-precision rule (any string that reads as SQL and is formatted), one step below the medium-precision `django-raw-sql` and `django-extra` of the same family.',
  },
  category: 'injection',
  cwe: [89],
  short: 'SQL query built with string formatting or concatenation',
  full: 'A string that looks like an SQL statement or clause (SELECT <columns> FROM, INSERT ... VALUES, also written VALUES( without a space, UPDATE ... SET, ON CONFLICT ... DO UPDATE SET, DELETE FROM) is built with %, +, .format() or an f-string. Values pasted into SQL text can change the query (SQL injection).',
  title: 'SQL built from strings',
  why: "When values are pasted into SQL text, quotes and keywords inside them become part of the query: `name = \"x' OR '1'='1\"` turns a lookup into a dump of the table. The database cannot tell the intended query from the injected one.",
  example: 'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  fix: 'Pass values as query parameters: `cursor.execute("SELECT * FROM users WHERE name = %s", (name,))` (the placeholder depends on the driver), or use a query builder/ORM. Table and column names cannot be parameters: check them against a fixed list.',
  fixed: 'cursor.execute("SELECT * FROM users WHERE name = %s", (name,))',
  notReported: [
    'Messages for people that quote SQL: the arguments of an exception being raised or made, of a logging, `warnings.warn` or `print` call, and `assert` messages (`raise ValueError("cannot SELECT * FROM %s" % table)`).',
    'Prose that names SQL keywords without a statement: a SELECT needs a column list before its FROM (`"cannot SELECT from %s"`, `"use SELECT ... FROM to %s"` are not queries).',
    'SQL text built of literals only: a single literal, or a `+`, `%`, `.format()` or f-string whose parts are all literals (`"SELECT a FROM " + "t"`): nothing outside the program reaches it (Bandit and Ruff report the `+`).',
    'Queries whose parts the data-flow analysis proves constant (`"SELECT * FROM %s" % TABLE` with `TABLE = "users"`), or made of literals and numbers (`int()`), wherever the expression runs (docs/severity.md).',
    'Strings that do not look like SQL statements (the match is a pattern, so some false positives and misses are expected: Bandit gives this check low confidence, and Tendril keeps that precision for every case).',
  ],
  runTime: { sinkClass: 'sql', role: 'built' },
  uses: [taint],
  create(context) {
    const handled = new Set<number>();
    // Reported at the end, where the data-flow analysis has not proven the query constant or sanitized.
    const found: Node[] = [];
    const check = (node: Node): void => {
      const text = builtSql(node, handled);
      if (text !== undefined && SQL.test(text) && !isMessage(node)) found.push(node);
    };
    // Calls and single strings that cannot build a query are told from their source text alone
    // (`builtSql` marks nothing as handled for those two kinds, so skipping them changes nothing
    // else): a call needs `.format`; a string needs a `{}` field and, when it spells no escape,
    // one of the query's words.
    return {
      binary_operator: check,
      concatenated_string: check,
      call(node: Node) {
        if (context.textOf(node).includes('format')) check(node);
      },
      string(node: Node) {
        const source = context.textOf(node);
        if (source.includes('{') && (source.includes('\\') || SQL_WORD.test(source))) check(node);
      },
      end() {
        const verdicts = decideGroups(
          context,
          found.map((node) => [node]),
          'sql',
        );
        for (const [i, node] of found.entries()) {
          if (verdicts[i] === undefined) context.report(node, 'possible SQL injection: a query is built from strings; pass values as query parameters');
        }
      },
    };
  },
});
