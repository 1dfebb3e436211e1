/** Bandit B611 / Ruff S611: Django's `RawSQL` given SQL that is not a literal. */
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue } from '../../analysis/literals';
import { callName, callRule } from './common';

export const djangoRawSql = callRule({
  id: 'django-raw-sql',
  name: 'DjangoRawSql',
  bandit: 'B611',
  ruff: 'S611',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: { evidence: 'pattern', family: 'sql' },
  category: 'injection',
  cwe: [89],
  functions: ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'],
  check: (call) => {
    const sql = argumentAt(call.node, 0, 'sql');
    // SQL given only by `*args` or `**kwargs` is unknown here: django-raw-sql-unknown reports it, at low severity.
    return sql !== undefined && sql.type !== 'list_splat' && stringLiteralValue(sql) === undefined;
  },
  runTime: { sinkClass: 'sql', role: 'built' },
  value: (call) => argumentAt(call.node, 0, 'sql'),
  message: (call) => `${callName(call)} with SQL that is not a literal is open to SQL injection; pass values through \`params\``,
  short: 'Django RawSQL with SQL that is not a literal',
  full: 'django RawSQL inserts its SQL text into the query as it is; SQL built at run time is open to SQL injection.',
  title: 'Django `RawSQL` with SQL built at run time',
  why: '`RawSQL(sql, params)` puts `sql` into the query unescaped. Values formatted into it can change the query.',
  example: 'from django.db.models.expressions import RawSQL\n\nqs.annotate(v=RawSQL(f"select col from t where id = {pk}", []))',
  fix: 'Keep the SQL literal with placeholders and pass values in `params`: `RawSQL("select col from t where id = %s", (pk,))`.',
  fixed: 'from django.db.models.expressions import RawSQL\n\nqs.annotate(v=RawSQL("select col from t where id = %s", (pk,)))',
  notReported: [
    'Literal SQL strings, and SQL the data-flow analysis proves constant or made of literals and numbers (`int()`) wherever the call runs (docs/severity.md).',
    'SQL given only by `*args` or `**kwargs` (`RawSQL(*args)`): the query is not visible at the call, so it is not known to be built; `django-raw-sql-unknown` reports those calls, at low severity.',
  ],
});
