/**
 * Bandit B611 / Ruff S611, the case neither can decide: Django's `RawSQL` given its SQL through
 * `*args` or `**kwargs`, so the query is not visible at the call. Reported apart from
 * django-raw-sql, at low severity: it is a call to review, not a query known to be built.
 */
import { argumentAt, hasArgumentSplat } from '../../analysis/arguments';
import { callName, callRule } from './common';

export const djangoRawSqlUnknown = callRule({
  id: 'django-raw-sql-unknown',
  name: 'DjangoRawSqlUnknown',
  bandit: 'B611',
  ruff: 'S611',
  severity: 'LOW',
  confidence: 'LOW',
  grading: { evidence: 'pattern', family: 'sql' },
  category: 'injection',
  cwe: [89],
  functions: ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'],
  check: (call) => {
    const sql = argumentAt(call.node, 0, 'sql');
    // Not written: only a `**kwargs` can hold it (with neither splat the call is simply wrong).
    return sql === undefined ? hasArgumentSplat(call.node) : sql.type === 'list_splat';
  },
  message: (call) =>
    `${callName(call)} is given its SQL through \`*args\` or \`**kwargs\`: the query is unknown here; check that it is a literal with placeholders`,
  short: 'Django RawSQL whose SQL is not visible at the call (unknown query)',
  full: 'A django RawSQL call receives its SQL through *args or **kwargs, so whether the query is a literal or built at run time cannot be told from the call. RawSQL inserts its SQL into the query as it is.',
  title: 'Django `RawSQL` with SQL that is not visible at the call',
  why: '`RawSQL(sql, params)` puts `sql` into the query unescaped. When the SQL arrives through `*args` or `**kwargs` nothing at the call shows whether it was built from values, so the call is reported, at low severity, for review: unlike `django-raw-sql`, no injection is known.',
  example: 'from django.db.models.expressions import RawSQL\n\n\ndef annotate(qs, *args):\n    return qs.annotate(v=RawSQL(*args))',
  fix: 'Pass the SQL by name or position where it is written, a literal with placeholders, and the values in `params`.',
  fixed:
    'from django.db.models.expressions import RawSQL\n\n\ndef annotate(qs, pk):\n    return qs.annotate(v=RawSQL("select col from t where id = %s", (pk,)))',
  notReported: [
    'Calls whose SQL is written at the call: `django-raw-sql` reports those whose SQL is not a literal.',
    'A `*args` after the SQL argument (`RawSQL(sql, *params)`).',
  ],
});
