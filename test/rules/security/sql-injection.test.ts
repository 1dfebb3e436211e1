/** SQL built from strings: Bandit B608, B610, B611. */
import { djangoExtra } from '../../../src/rules/security/django-extra';
import { djangoRawSql } from '../../../src/rules/security/django-raw-sql';
import { djangoRawSqlUnknown } from '../../../src/rules/security/django-raw-sql-unknown';
import { hardcodedSqlExpression } from '../../../src/rules/security/hardcoded-sql-expression';
import { findings, hits, lines } from './helpers';
import { SECURITY_SEVERITY } from '../../../src/rules/severity';

describe('SQL injection', () => {
  test('queries built with %, +, format and f-strings', async () => {
    const src = lines(
      'q = "SELECT * FROM t WHERE id = %s" % uid',
      'q = "DELETE FROM t WHERE id = " + uid',
      'q = "UPDATE t SET a = {}".format(v)',
      'q = f"INSERT INTO t (a) VALUES ({v})"',
      'q = "SELECT * FROM t WHERE id = %s"',
      'cur.execute("SELECT * FROM t WHERE id = %s", (uid,))',
      'msg = "select the item from the list: %s" % x',
      'greeting = "hello %s" % name',
    );
    expect(await hits([hardcodedSqlExpression], src)).toEqual([
      'hardcoded-sql-expression@1',
      'hardcoded-sql-expression@2',
      'hardcoded-sql-expression@3',
      'hardcoded-sql-expression@4',
      'hardcoded-sql-expression@7',
    ]);
  });
  test('django extra and RawSQL', async () => {
    const src = lines(
      'from django.db.models.expressions import RawSQL',
      'from django.db import models',
      'qs.extra(where=[f"a = {x}"])',
      'qs.extra(where=["a = %s"], params=[x])',
      'RawSQL(sql, [])',
      'RawSQL("select 1", [])',
    );
    expect(await hits([djangoExtra, djangoRawSql], src)).toEqual(['django-extra@3', 'django-raw-sql@5']);
  });

  test('statements whose keyword is not at the start of the string', async () => {
    const src = lines(
      'sql = "INSERT INTO t (%s) VALUES (%s) ON CONFLICT(%s) DO UPDATE SET %s" % (cols, vals, key, sets)',
      'clause = "ON CONFLICT(%s) DO UPDATE SET %s" % (key, sets)',
      'q = "WITH x AS (SELECT id FROM t) DELETE FROM u WHERE id IN (%s)" % ids',
      'q = "INSERT INTO t (a) VALUES(" + v + ")"',
      'q = "UPDATE SET %s" % v',
    );
    expect(await hits([hardcodedSqlExpression], src)).toEqual([1, 2, 3, 4, 5].map((n) => `hardcoded-sql-expression@${n}`));
  });

  test('SQL text built of literals only is not reported (the help says so; Ruff reports the +)', async () => {
    const src = lines('q = "SELECT a FROM " + "t"', 'q = "INSERT INTO t (a) VALUES (%s)" % "1"', 'q = f"SELECT a FROM {\'t\'}"', 'q = "SELECT a FROM " + t');
    expect(await hits([hardcodedSqlExpression], src)).toEqual(['hardcoded-sql-expression@4']);
  });

  test('prose that quotes SQL in messages is not a query', async () => {
    const src = lines(
      'raise ValueError("cannot SELECT from %s" % x)',
      'raise ValueError("SELECT * FROM %s failed" % table)',
      'raise errors.QueryError(f"UPDATE t SET a = {v} failed") from e',
      'logger.warning("DELETE FROM %s took %d s" % (t, n))',
      'log.error(msg="INSERT INTO {} VALUES failed".format(t))',
      'warnings.warn("SELECT * FROM " + t + " is slow")',
      'print(f"SELECT * FROM {table}")',
      'assert ok, "SELECT * FROM %s returned nothing" % t',
      'help_text = "Use SELECT ... FROM to %s" % what',
      'hint = f"cannot SELECT from {name}"',
      'exc = RuntimeError("SELECT * FROM %s" % t)',
    );
    expect(await hits([hardcodedSqlExpression], src)).toEqual([]);
  });

  test('queries next to messages are still reported', async () => {
    const src = lines(
      'cur.execute("SELECT * FROM %s" % table)',
      'raise ValueError(run("SELECT * FROM %s" % table))',
      'assert run("DELETE FROM %s" % t)',
      'write("SELECT id FROM %s" % t)',
    );
    expect(await hits([hardcodedSqlExpression], src)).toEqual([1, 2, 3, 4].map((n) => `hardcoded-sql-expression@${n}`));
  });

  test('RawSQL whose SQL is not visible is an unknown query, at low severity', async () => {
    const src = lines(
      'from django.db.models.expressions import RawSQL',
      'def f(qs, *args, **kwargs):',
      '    qs.annotate(a=RawSQL(*args))',
      '    qs.annotate(b=RawSQL(**kwargs))',
      '    qs.annotate(c=RawSQL(sql, *args))',
      '    qs.annotate(d=RawSQL("select 1", *args))',
      '    qs.annotate(e=RawSQL(sql=q, **kwargs))',
    );
    expect(await hits([djangoRawSql, djangoRawSqlUnknown], src)).toEqual([
      'django-raw-sql-unknown@3',
      'django-raw-sql-unknown@4',
      'django-raw-sql@5',
      'django-raw-sql@7',
    ]);
    const [unknown] = await findings([djangoRawSqlUnknown], src);
    expect(unknown.message).toBe(
      '`RawSQL` (`django.db.models.expressions.RawSQL`) is given its SQL through `*args` or `**kwargs`: the query is unknown here; check that it is a literal with placeholders',
    );
    expect(djangoRawSqlUnknown.meta.securitySeverity).toBe(SECURITY_SEVERITY.LOW);
    expect(djangoRawSqlUnknown.meta.aliases).toEqual(['B611', 'S611']);
  });
});
