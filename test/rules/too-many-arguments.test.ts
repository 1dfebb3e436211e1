import { tooManyArguments } from '../../src/rules/maintainability/too-many-arguments';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyArguments, 'max-args', source);

describe('too-many-arguments', () => {
  test('positional-only, ordinary, defaulted, typed and keyword-only count; splats do not', async () => {
    expect(await measure(lines('def f(a, /, b: int, c=1, *args, d, e: str = "", **kw): pass'))).toEqual({ f: 5 });
    expect(await measure(lines('def f(*args: int, **kw: str): pass'))).toEqual({});
  });
  test('self and cls count, as Pylint counts them', async () => {
    expect(await measure(lines('class C:', '    def m(self, a): pass', '    @classmethod', '    def k(cls): pass'))).toEqual({ m: 2, k: 1 });
  });
  test("Pylint's ignored names do not count: _x, ignored_x, unused_x", async () => {
    expect(await measure(lines('def f(a, _b, ignored_c, unused_d): pass'))).toEqual({ f: 1 });
  });
  test('reported above 5 on the name, not at 5', async () => {
    expect(await ruleFindings(tooManyArguments, lines('def ok(a, b, c, d, e): pass'))).toEqual([]);
    const [f] = await ruleFindings(tooManyArguments, lines('def connect(host, port, user, password, timeout, retries): pass'));
    expect(f).toMatchObject({ line: 1, column: 5, endColumn: 12, message: '`connect` has 6 arguments (threshold 5)' });
  });
  test('one argument is one argument (issue 21)', async () => {
    const [f] = await ruleFindings(tooManyArguments, lines('def one(a): pass'), { 'max-args': 0 });
    expect(f.message).toBe('`one` has 1 argument (threshold 0)');
  });
});
