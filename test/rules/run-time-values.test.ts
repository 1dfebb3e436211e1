import { analyzeSource } from '../../src/engine/analyze';
import { ALL_RULES } from '../../src/rules';

/**
 * The pattern rules about values built at run time, decided by the data-flow analysis where it can
 * (src/rules/security/run-time.ts, the decision table of docs/severity.md): a value proven
 * constant falls to the literal variant (or to no alert), one proven sanitized for the operation is
 * quiet, one the analysis cannot decide is reported as without it, and a proven flow is the
 * data-flow rule's alone.
 */

const SECURITY = ALL_RULES.filter((r) => r.meta.kind === 'security');

/** `rule@line` of the injection-related findings (imports and timeouts left out). */
async function alerts(source: string, ids?: string[]): Promise<string[]> {
  const rules = ids ? ALL_RULES.filter((r) => ids.includes(r.meta.id)) : SECURITY;
  const result = await analyzeSource('app.py', Buffer.from(source), rules);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings
    .filter((f) => !/-import$/.test(f.ruleId))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((f) => `${f.ruleId}@${f.line}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('subprocess with shell=True: the decision table, row by row', () => {
  const head = ['import shlex', 'import subprocess', 'from flask import request', ''];

  test('a constant branch: the literal variant', async () => {
    expect(
      await alerts(lines(...head, 'def f():', '    cmd = "ls" if 7 * 18 + 106 > 200 else request.args["d"]', '    subprocess.run(cmd, shell=True)')),
    ).toEqual(['subprocess-shell-true-literal@7']);
  });

  test('an overwritten value: the literal variant', async () => {
    expect(await alerts(lines(...head, 'def f(p):', '    cmd = p', '    cmd = "git status"', '    subprocess.run(cmd, shell=True)'))).toEqual([
      'subprocess-shell-true-literal@8',
    ]);
  });

  test('a module constant, and a constant built with + and an f-string of constants', async () => {
    expect(
      await alerts(
        lines(
          ...head,
          'BASE = "ls"',
          'FLAGS = "-l"',
          'def f():',
          '    subprocess.run(BASE + " " + FLAGS, shell=True)',
          '    subprocess.run(f"{BASE} {FLAGS}", shell=True)',
        ),
      ),
    ).toEqual(['subprocess-shell-true-literal@8', 'subprocess-shell-true-literal@9']);
  });

  test('a value sanitized for the shell: quiet', async () => {
    expect(
      await alerts(
        lines(...head, 'def f(name):', '    subprocess.run("ls -- " + shlex.quote(name), shell=True)', '    subprocess.run(f"kill {int(name)}", shell=True)'),
      ),
    ).toEqual([]);
  });

  test('a value sanitized for something else is not sanitized for the shell', async () => {
    expect(await alerts(lines('import html', ...head, 'def f(name):', '    subprocess.run("ls " + html.escape(name), shell=True)'))).toEqual([
      'subprocess-shell-true@7',
    ]);
  });

  test('an allow-list guard: the value is one of the constants', async () => {
    expect(
      await alerts(
        lines(...head, 'ALLOWED = ("status", "log")', 'def f(p):', '    if p not in ALLOWED:', '        return', '    subprocess.run("git " + p, shell=True)'),
      ),
    ).toEqual(['subprocess-shell-true-literal@9']);
  });

  test('unknown origin: reported as without the analysis', async () => {
    expect(
      await alerts(
        lines(
          ...head,
          'def f(p):',
          '    subprocess.run(p, shell=True)',
          '    subprocess.run(build(), shell=True)',
          '    subprocess.run("ls " + p.strip(), shell=True)',
        ),
      ),
    ).toEqual(['subprocess-shell-true@6', 'subprocess-shell-true@7', 'subprocess-shell-true@8']);
  });

  test('a proven flow: the data-flow rule alone', async () => {
    expect(
      await alerts(
        lines(...head, '@app.route("/x")', 'def f():', '    subprocess.run("ls " + request.args["d"], shell=True)').replace(
          'from flask import request',
          'from flask import Flask, request\napp = Flask(__name__)',
        ),
      ),
    ).toEqual(['command-injection@8']);
  });

  test('constant in one call of a helper and not in another: the helper parameter is unknown', async () => {
    expect(await alerts(lines(...head, 'def run(cmd):', '    subprocess.run(cmd, shell=True)', 'run("ls")', 'run(input())'))).toEqual([
      'command-injection-local@6',
    ]);
  });

  test('a value that changes in a loop is decided on every iteration', async () => {
    expect(
      await alerts(
        lines(...head, 'def f(parts):', '    cmd = "ls"', '    for p in parts:', '        subprocess.run(cmd, shell=True)', '        cmd = cmd + p'),
      ),
    ).toEqual(['subprocess-shell-true@8']);
  });

  test('a file with no source and no module-level function is decided all the same', async () => {
    expect(
      await alerts(lines('import subprocess', 'class Job:', '    def run(self):', '        cmd = "make clean"', '        subprocess.call(cmd, shell=True)')),
    ).toEqual(['subprocess-shell-true-literal@5']);
  });

  test('code the analysis did not reach (dead after return) is not decided', async () => {
    expect(await alerts(lines(...head, 'def f():', '    return', '    cmd = "ls"', '    subprocess.run(cmd, shell=True)'))).toEqual([
      'subprocess-shell-true@8',
    ]);
  });

  test('only the literal variant selected: it still reports the proven constant', async () => {
    expect(await alerts(lines(...head, 'def f():', '    cmd = "ls"', '    subprocess.run(cmd, shell=True)'), ['subprocess-shell-true-literal'])).toEqual([
      'subprocess-shell-true-literal@7',
    ]);
  });
});

describe('os.system and friends (start-process-with-shell)', () => {
  test('constant branch, overwrite, sanitized, unknown', async () => {
    expect(
      await alerts(
        lines(
          'import os',
          'import shlex',
          'def a():',
          '    os.system("make" if True else input())', // 4: constant branch
          'def b(p):',
          '    cmd = p',
          '    cmd = "make clean"',
          '    os.system(cmd)', // 8: overwritten
          'def c(p):',
          '    os.system("rm -- " + shlex.quote(p))', // 10: sanitized
          'def d(p):',
          '    os.system("rm -- " + p)', // 12: unknown
        ),
      ),
    ).toEqual(['start-process-with-shell-literal@4', 'start-process-with-shell-literal@8', 'start-process-with-shell@12']);
  });
});

describe('eval and exec (no literal variant: quiet where constant)', () => {
  test('constant, sanitized, unknown', async () => {
    expect(
      await alerts(
        lines(
          'EXPR = "1 + 2"',
          'def a():',
          '    return eval(EXPR)', // 3: constant
          'def b(n):',
          '    return eval(str(int(n)) + " * 2")', // 5: sanitized (a number)
          'def c(code):',
          '    exec(code)', // 7: unknown
          'def d():',
          '    code = "x = 1" if 1 < 2 else input()',
          '    exec(code)', // 10: constant branch
        ),
      ),
    ).toEqual(['exec-used@7']);
  });
});

describe('SQL built from strings', () => {
  test('hardcoded-sql-expression: constant parts quiet, numbers quiet, unknown reported', async () => {
    expect(
      await alerts(
        lines(
          'TABLE = "users"',
          'def a(cur):',
          '    cur.execute("SELECT name FROM %s" % TABLE)', // 3: constant
          'def b(cur, n):',
          '    cur.execute("SELECT name FROM users WHERE id = %d" % int(n))', // 5: sanitized
          'def c(cur, name):',
          '    cur.execute("SELECT id FROM users WHERE name = \'%s\'" % name)', // 7: unknown
          'def d(cur, p):',
          '    col = p',
          '    col = "name"',
          '    cur.execute(f"SELECT {col} FROM users")', // 11: overwritten
        ),
      ),
    ).toEqual(['hardcoded-sql-expression@7']);
  });

  test('Django RawSQL and extra()', async () => {
    expect(
      await alerts(
        lines(
          'from django.db.models.expressions import RawSQL',
          'ORDER = "name"',
          'def a(qs):',
          '    return qs.annotate(v=RawSQL("select " + ORDER + " from t", []))', // 4: constant
          'def b(qs, pk):',
          '    return qs.annotate(v=RawSQL("select col from t where id = " + str(int(pk)), []))', // 6: sanitized
          'def c(qs, col):',
          '    return qs.annotate(v=RawSQL("select " + col + " from t", []))', // 8: unknown
          'def d(Entry):',
          '    return Entry.objects.extra(where=["headline = \'" + ORDER + "\'"])', // 10: constant
          'def e(Entry, h):',
          '    return Entry.objects.extra(where=["headline = \'" + h + "\'"])', // 12: unknown
        ),
      ).then((a) => a.filter((x) => !x.startsWith('hardcoded-sql'))),
    ).toEqual(['django-raw-sql@8', 'django-extra@12']);
  });
});

describe('the rules declare what the analysis decides (docs/severity.md is generated from it)', () => {
  test('every literal variant named is a rule with role literal and the same operation', () => {
    const built = ALL_RULES.filter((r) => r.meta.runTimeValue?.role === 'built');
    expect(built.map((r) => r.meta.id).sort()).toEqual(
      [
        'django-extra',
        'django-raw-sql',
        'eval-used',
        'exec-used',
        'hardcoded-sql-expression',
        'pil-imagemath-eval',
        'start-process-with-shell',
        'subprocess-shell-true',
      ].sort(),
    );
    for (const { meta } of built) {
      if (!meta.runTimeValue!.literal) continue;
      const literal = ALL_RULES.find((r) => r.meta.id === meta.runTimeValue!.literal);
      expect(literal?.meta.runTimeValue).toEqual({ sinkClass: meta.runTimeValue!.sinkClass, role: 'literal' });
    }
  });
});
