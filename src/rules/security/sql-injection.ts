/**
 * Bandit B608, B610, B611 / Ruff S608, S610, S611: SQL built from strings. A string that looks
 * like SQL assembled with `%`, `+`, `.format()` or an f-string (B608); Django's `QuerySet.extra`
 * (B610) and `RawSQL` (B611) given SQL that is not a literal.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { argumentAt, calls, stringLiteralValue, unparenthesize, type CallModel } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, callRule, securityMeta } from './common';

/** One of these words is in every text `SQL` matches (in one piece of it, for a single string). */
const SQL_WORD = /select|delete|insert|replace|update/i;
const SQL = /\b(select\s[\s\S]*\sfrom\s|delete\s+from\s|(insert|replace)\s[\s\S]*\svalues\s|update\s[\s\S]*\sset\s)/i;

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

export const hardcodedSqlExpression: Rule = (() => {
  const meta = securityMeta({
    id: 'hardcoded-sql-expression', name: 'HardcodedSqlExpression', bandit: 'B608', ruff: 'S608', severity: 'MEDIUM', confidence: 'LOW',
    category: 'injection', cwe: [89],
    short: 'SQL query built with string formatting or concatenation',
    full: 'A string that looks like an SQL statement (SELECT ... FROM, INSERT ... VALUES, UPDATE ... SET, DELETE FROM) is built with %, +, .format() or an f-string. Values pasted into SQL text can change the query (SQL injection).',
    title: 'SQL built from strings',
    why: 'When values are pasted into SQL text, quotes and keywords inside them become part of the query: `name = "x\' OR \'1\'=\'1"` turns a lookup into a dump of the table. The database cannot tell the intended query from the injected one.',
    example: 'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
    fix: 'Pass values as query parameters: `cursor.execute("SELECT * FROM users WHERE name = %s", (name,))` (the placeholder depends on the driver), or use a query builder/ORM. Table and column names cannot be parameters: check them against a fixed list.',
    notReported: [
      'SQL strings that are single literals (a `+` of literals is reported, as Ruff does: it is how queries grow variable parts).',
      'Strings that do not look like SQL statements (the match is a pattern, so some false positives and misses are expected: Bandit gives this check low confidence, and Tendril keeps that precision for every case).',
    ],
  });
  return {
    meta,
    create(context: FileContext) {
      const handled = new Set<number>();
      const check = (node: Node): void => {
        const text = builtSql(node, handled);
        if (text !== undefined && SQL.test(text)) context.report(meta, node, 'possible SQL injection: a query is built from strings; pass values as query parameters');
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
      };
    },
  };
})();

/** A literal string, or a list/tuple/dict made only of literal strings. */
function allLiteral(node: Node): boolean {
  const expr = unparenthesize(node);
  if (stringLiteralValue(expr) !== undefined) return true;
  if (expr.type === 'list' || expr.type === 'tuple' || expr.type === 'set') {
    return expr.namedChildren.every((c) => !c || c.type === 'comment' || allLiteral(c));
  }
  if (expr.type === 'dictionary') {
    return expr.namedChildren.every((c) => {
      if (!c || c.type === 'comment') return true;
      if (c.type !== 'pair') return false;
      const value = c.childForFieldName('value');
      return !!value && allLiteral(value);
    });
  }
  return false;
}

export const djangoExtra: Rule = (() => {
  const meta = securityMeta({
    id: 'django-extra', name: 'DjangoExtra', bandit: 'B610', ruff: 'S610', severity: 'MEDIUM', confidence: 'MEDIUM',
    category: 'injection', cwe: [89],
    short: 'Django QuerySet.extra() with SQL that is not a literal',
    full: 'QuerySet.extra() inserts its select, where, tables and order_by strings into the SQL as they are. Given anything other than literals, it is open to SQL injection.',
    title: 'Django `extra()` with SQL built at run time',
    why: '`extra()` pastes its arguments into the generated SQL unescaped. A value from outside the program in `where=` or `select=` can rewrite the query.',
    example: 'Entry.objects.extra(where=[f"headline = \'{headline}\'"])',
    fix: 'Use the ORM (`filter`, `annotate`, `F`, `Func` expressions); if raw SQL is needed, keep it literal and pass values through `params=`.',
    notReported: ['`extra()` arguments that are literal strings, or lists, tuples and dicts of literal strings.', '`params=` and `select_params=` (they are passed as parameters).', 'Files that do not import from `django`.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      let importsDjango = false;
      const imported = (node: Node): void => {
        if (/\bdjango\b/.test(node.text)) importsDjango = true;
      };
      return {
        import_statement: imported,
        import_from_statement: imported,
        end() {
          if (!importsDjango) return;
          for (const call of context.analysis<CallModel>('calls').calls) {
            if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extra' || !call.args) continue;
            const args = call.args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
            const risky = args.some((a) => {
              if (a.type === 'keyword_argument') {
                const name = a.childForFieldName('name')?.text;
                if (name === 'params' || name === 'select_params') return false;
                const value = a.childForFieldName('value');
                return !!value && !allLiteral(value);
              }
              return a.type !== 'list_splat' && a.type !== 'dictionary_splat' && !allLiteral(a);
            });
            if (risky) context.report(meta, call.callee, '`extra()` with SQL that is not a literal is open to SQL injection');
          }
        },
      };
    },
  };
})();

export const djangoRawSql: Rule = callRule({
  id: 'django-raw-sql', name: 'DjangoRawSql', bandit: 'B611', ruff: 'S611', severity: 'MEDIUM', confidence: 'MEDIUM',
  category: 'injection', cwe: [89], functions: ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'],
  check: (call) => {
    const sql = argumentAt(call.node, 0, 'sql');
    return sql !== undefined && sql.type !== 'list_splat' && stringLiteralValue(sql) === undefined;
  },
  message: (call) => `${callName(call)} with SQL that is not a literal is open to SQL injection; pass values through \`params\``,
  short: 'Django RawSQL with SQL that is not a literal',
  full: 'django RawSQL inserts its SQL text into the query as it is; SQL built at run time is open to SQL injection.',
  title: 'Django `RawSQL` with SQL built at run time',
  why: '`RawSQL(sql, params)` puts `sql` into the query unescaped. Values formatted into it can change the query.',
  example: 'from django.db.models.expressions import RawSQL\n\nqs.annotate(v=RawSQL(f"select col from t where id = {pk}", []))',
  fix: 'Keep the SQL literal with placeholders and pass values in `params`: `RawSQL("select col from t where id = %s", (pk,))`.',
  notReported: ['Literal SQL strings.', 'Positional arguments given only by `*args`.'],
});

