import { tooManyStatements } from '../../src/rules/maintainability/too-many-statements';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyStatements, 'max-statements', source);

describe('too-many-statements', () => {
  test('metadata', () => {
    expect(tooManyStatements.meta).toMatchObject({ id: 'too-many-statements', aliases: ['R0915', 'PLR0915'] });
    expect(tooManyStatements.meta.options!['max-statements'].default).toBe(50);
  });
  test('the function counts 1, each simple statement 1', async () => {
    expect(await measure(lines('def f():', '    a = 1', '    b = 2', '    return a + b'))).toEqual({ f: 4 });
  });
  test('if/loops count as their branches; with counts 1; except handlers count too', async () => {
    expect(await measure(lines('def f(a):', '    if a:', '        x = 1', '    else:', '        x = 2'))).toEqual({ f: 5 });
    expect(await measure(lines('def f(a):', '    with a:', '        pass'))).toEqual({ f: 3 });
    expect(await measure(lines('def f():', '    try:', '        pass', '    except A:', '        pass'))).toEqual({ f: 5 });
  });
  test('nested function bodies count for the enclosing function too', async () => {
    expect(await measure(lines('def f():', '    def g():', '        a = 1', '        return a', '    return g'))).toEqual({ f: 4, g: 3 });
  });
  test('reported above 50 on the name', async () => {
    const src = (n: number) => lines('def long():', ...Array.from({ length: n }, (_, i) => `    x${i} = ${i}`));
    expect(await ruleFindings(tooManyStatements, src(49))).toEqual([]);
    const [f] = await ruleFindings(tooManyStatements, src(50));
    expect(f).toMatchObject({ line: 1, column: 5, message: '`long` has 51 statements (threshold 50)' });
  });
});
