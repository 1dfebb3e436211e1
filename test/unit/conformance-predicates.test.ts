/**
 * The documented-difference predicates of `npm run conformance` (scripts/conformance/security.js
 * and pylint.js): each explains the case its section of docs/conformance.md shows, and rejects a
 * near miss, so that it cannot explain a genuine disagreement. The predicates read the source with
 * Python's own parser: without python3 these tests are skipped (so is the conformance run).
 */
import * as fs from 'fs';
import * as path from 'path';
import { python } from '../helpers';

interface Finding {
  path: string;
  line: number;
  rule?: string;
  code?: string;
  message: string;
}
interface Difference {
  id: string;
  family: string;
  side: 'ruff' | 'tendril';
  heading: string;
  explains(f: Finding, file: { path: string; text: string }): boolean;
}
interface Mode {
  documentation: string;
  documentedDifferences: Difference[];
}

const hasPython = python() !== undefined;
const maybe = hasPython ? describe : describe.skip;

/** One file path per source text: the predicates cache what Python read of a file by its path. */
const paths = new Map<string, string>();
/** Whether difference `id` explains a finding at `line` of `source`. */
function explains(mode: Mode, id: string, source: string, line: number, finding: Partial<Finding> = {}): boolean {
  const d = mode.documentedDifferences.find((x) => x.id === id);
  if (!d) throw new Error(`no documented difference ${id}`);
  if (!paths.has(source)) paths.set(source, `case-${paths.size + 1}.py`);
  const file = { path: paths.get(source)!, text: source };
  return d.explains({ path: file.path, line, message: '', ...finding }, file);
}
const src = (...lines: string[]): string => lines.join('\n') + '\n';

maybe('conformance predicates', () => {
  const security = require('../../scripts/conformance/security.js') as Mode;

  test('every documented difference has its heading in docs/conformance.md', () => {
    const pylint = require('../../scripts/conformance/pylint.js') as Mode;
    const text = fs.readFileSync(path.join(__dirname, '../../docs/conformance.md'), 'utf8');
    const headings = new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]));
    for (const d of [...security.documentedDifferences, ...pylint.documentedDifferences]) expect([d.id, headings.has(d.heading)]).toEqual([d.id, true]);
  });

  test('S102/S307-constant-code: code built of literals only, not a parameter or a changed list', () => {
    const s = src(
      'def f(arg):',
      '    code = "x = 1"',
      '    exec(code)', // 3: a local bound to a literal
      '    exec(arg)', // 4: a parameter
      '    for op in ("+", "-"):',
      '        eval("1 %s 2" % op)', // 6: a loop over literals
      '    parts = ["a"]',
      '    parts.append(arg)',
      '    exec("".join(parts))', // 9: a list changed by append
      '    if arg in ("True", "False"):',
      '        eval(arg)', // 11: narrowed to literals
      '    eval(arg)', // 12: not narrowed
      'def exec2(exec):',
      '    exec("x")', // 14: not the builtin
    );
    expect(explains(security, 'S102-constant-code', s, 3)).toBe(true);
    expect(explains(security, 'S102-constant-code', s, 4)).toBe(false);
    expect(explains(security, 'S307-constant-code', s, 6)).toBe(true);
    expect(explains(security, 'S102-constant-code', s, 9)).toBe(false);
    expect(explains(security, 'S307-constant-code', s, 11)).toBe(true);
    expect(explains(security, 'S307-constant-code', s, 12)).toBe(false);
    expect(explains(security, 'S102-constant-code', s, 14)).toBe(false);
    // exec's predicate does not explain eval, nor the other way round.
    expect(explains(security, 'S307-constant-code', s, 3)).toBe(false);
  });

  test('S608-constant-query: SQL text of literals only, not with a variable part', () => {
    const s = src(
      'def f(cur, name):',
      '    v = "x"',
      '    cur.execute("SELECT a FROM t WHERE b = \'%s\'" % v)',
      '    cur.execute("SELECT a FROM t WHERE b = \'%s\'" % name)',
    );
    expect(explains(security, 'S608-constant-query', s, 3)).toBe(true);
    expect(explains(security, 'S608-constant-query', s, 4)).toBe(false);
  });

  test('S301/S302-round-trip: loads(dumps(x)) of the same module only', () => {
    const s = src(
      'import pickle, marshal',
      'a = pickle.loads(pickle.dumps(x))',
      'b = pickle.loads(data)',
      'c = marshal.loads(marshal.dumps(x))',
      'd = pickle.loads(marshal.dumps(x))',
    );
    expect(explains(security, 'S301-round-trip', s, 2)).toBe(true);
    expect(explains(security, 'S301-round-trip', s, 3)).toBe(false);
    expect(explains(security, 'S302-round-trip', s, 4)).toBe(true);
    expect(explains(security, 'S301-round-trip', s, 5)).toBe(false);
  });

  test('S104-not-bound: compared or passed where nothing listens; not a bind or host=', () => {
    const s = src(
      'if host == "0.0.0.0": pass',
      'sock.sendto(b"x", ("0.0.0.0", 80))',
      'sock.bind(("0.0.0.0", 80))',
      'app.run(host="0.0.0.0")',
      'ALLOWED = ("0.0.0.0", "127.0.0.1")',
      'ADDR = ("0.0.0.0", 80)',
    );
    expect(explains(security, 'S104-not-bound', s, 1)).toBe(true);
    expect(explains(security, 'S104-not-bound', s, 2)).toBe(true);
    expect(explains(security, 'S104-not-bound', s, 3)).toBe(false);
    expect(explains(security, 'S104-not-bound', s, 4)).toBe(false);
    expect(explains(security, 'S104-not-bound', s, 5)).toBe(true);
    expect(explains(security, 'S104-not-bound', s, 6)).toBe(false);
  });

  test('S311-sample-getrandbits: those two functions only', () => {
    const s = src('import random', 'a = random.getrandbits(8)', 'b = random.sample(xs, 2)', 'c = random.randint(1, 2)');
    const f = { rule: 'non-cryptographic-random' };
    expect(explains(security, 'S311-sample-getrandbits', s, 2, f)).toBe(true);
    expect(explains(security, 'S311-sample-getrandbits', s, 3, f)).toBe(true);
    expect(explains(security, 'S311-sample-getrandbits', s, 4, f)).toBe(false);
  });

  test('S321-ftp-tls: FTP_TLS, not FTP', () => {
    const s = src('import ftplib', 'a = ftplib.FTP_TLS(host)', 'b = ftplib.FTP(host)');
    expect(explains(security, 'S321-ftp-tls', s, 2)).toBe(true);
    expect(explains(security, 'S321-ftp-tls', s, 3)).toBe(false);
  });

  test('S602/S603-shell-unknown: shell=<expression> or **kwargs; not shell=True or no shell', () => {
    const s = src(
      'import subprocess',
      'subprocess.Popen(cmd, shell=use_shell)',
      'subprocess.Popen(cmd, **kw)',
      'subprocess.Popen(cmd, shell=True)',
      'subprocess.Popen(cmd)',
      'subprocess.Popen(cmd, shell=False, **kw)',
    );
    const f = { rule: 'subprocess-shell-true', message: '`subprocess.Popen` may run a command built at run time through a shell' };
    expect(explains(security, 'S602-shell-unknown', s, 2, f)).toBe(true);
    expect(explains(security, 'S603-shell-unknown', s, 3)).toBe(true);
    expect(explains(security, 'S602-shell-unknown', s, 4, f)).toBe(false);
    expect(explains(security, 'S603-shell-unknown', s, 5)).toBe(false);
    expect(explains(security, 'S603-shell-unknown', s, 6)).toBe(false);
  });

  test('S608-values-paren: VALUES( in an f-string with fields; not VALUES followed by a space', () => {
    const s = src('q = f"INSERT INTO t VALUES({a},{b})"', 'q = f"INSERT INTO t VALUES ({a},{b})"');
    const f = { rule: 'hardcoded-sql-expression' };
    expect(explains(security, 'S608-values-paren', s, 1, f)).toBe(true);
    expect(explains(security, 'S608-values-paren', s, 2, f)).toBe(false);
  });

  test('S323-optional-import: ssl set to None in except ImportError, and nowhere else', () => {
    const optional = src(
      'try:',
      '    import ssl',
      'except ImportError:',
      '    ssl = None',
      'if ssl is not None:',
      '    ctx = ssl._create_unverified_context()',
    );
    const rebound = src('try:', '    import ssl', 'except ImportError:', '    ssl = None', 'ssl = other', 'ctx = ssl._create_unverified_context()');
    const f = { rule: 'ssl-unverified-context' };
    expect(explains(security, 'S323-optional-import', optional, 6, f)).toBe(true);
    expect(explains(security, 'S323-optional-import', rebound, 6, f)).toBe(false);
  });

  test('R0913-keyword-only: over the limit only with keyword-only or positional-only parameters', () => {
    const pylint = require('../../scripts/conformance/pylint.js') as Mode;
    const s = src(
      'def a(x, y, *, z, u, v, w):',
      '    pass',
      'def b(x, y, z, u, v, w):',
      '    pass',
      'def c(x, y, z, u, v, w, *, k):',
      '    pass',
      'def d(x, /, y):',
      '    pass',
    );
    const f = { rule: 'too-many-arguments' };
    expect(explains(pylint, 'R0913-keyword-only', s, 1, f)).toBe(true); // 2 ordinary, 6 in all
    expect(explains(pylint, 'R0913-keyword-only', s, 3, f)).toBe(false); // 6 ordinary: Pylint 2.16 reports it too
    expect(explains(pylint, 'R0913-keyword-only', s, 5, f)).toBe(false); // over the limit without the keyword-only one
    expect(explains(pylint, 'R0913-keyword-only', s, 7, f)).toBe(false); // 2 in all: not over the limit
  });
});

describe('conformance modes', () => {
  // scripts/conformance.js takes every .js file directly in scripts/conformance/ for a mode: a
  // helper there (as python.js was) crashed `npm run conformance` after the modes before it.
  test('every file the driver lists is a mode: a standalone run, or a comparison with a corpus filter and families', () => {
    const { MODES } = require('../../scripts/conformance.js') as { MODES: string[] };
    expect(MODES).toEqual(expect.arrayContaining(['maintainability', 'pylint', 'security', 'taint']));
    for (const mode of MODES) {
      const spec = require(`../../scripts/conformance/${mode}.js`);
      const comparison = typeof spec.skipDir === 'function' && Array.isArray(spec.families);
      expect({ mode, isMode: typeof spec.standalone === 'function' || comparison }).toEqual({ mode, isMode: true });
    }
  });
});
