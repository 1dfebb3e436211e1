/** SQL built from strings: Bandit B608, B610, B611. */
import { djangoExtra } from '../../../src/rules/security/django-extra';
import { djangoRawSql } from '../../../src/rules/security/django-raw-sql';
import { hardcodedSqlExpression } from '../../../src/rules/security/hardcoded-sql-expression';
import { hits, lines } from './helpers';

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
});
