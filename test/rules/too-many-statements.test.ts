import { tooManyStatements } from '../../src/rules/maintainability/too-many-statements';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyStatements, 'max-statements', source);

describe('too-many-statements', () => {
  test('the function counts 1, each simple statement 1, a return nothing', async () => {
    expect(await measure(lines('def f():', '    a = 1', '    b = 2', '    return a + b'))).toEqual({ f: 3 });
    expect(await measure(lines('def f():', '    return 1'))).toEqual({ f: 1 });
  });
  test('the docstring is no statement; a later string is', async () => {
    expect(await measure(lines('def f(xs):', '    """Doc."""', '    for x in xs:', '        print(x)', '    return xs'))).toEqual({ f: 2 });
    expect(await measure(lines('def f():', '    x()', '    """Not a docstring."""'))).toEqual({ f: 3 });
    expect(await measure(lines('def f():', '    f"""{x} is no docstring."""'))).toEqual({ f: 2 });
  });
  test('if counts as its branches; for/while and their else count nothing themselves', async () => {
    expect(await measure(lines('def f(a):', '    if a:', '        x = 1', '    else:', '        x = 2'))).toEqual({ f: 5 });
    expect(
      await measure(
        lines('def f(xs):', '    while xs:', '        x()', '    else:', '        y()', '    for a in xs:', '        pass', '    else:', '        pass'),
      ),
    ).toEqual({ f: 5 });
  });
  test('an else holding only an if counts as an elif does', async () => {
    expect(await measure(lines('def f(a, b):', '    if a:', '        x()', '    else:', '        if b:', '            y()'))).toEqual({ f: 5 });
    expect(await measure(lines('def f(a, b):', '    if a:', '        x()', '    else:', '        if b:', '            y()', '        z()'))).toEqual({ f: 7 });
  });
  test('try counts its handlers, else and finally (Pylint 3), each handler once more', async () => {
    expect(await measure(lines('def f():', '    try:', '        x()', '    finally:', '        x()'))).toEqual({ f: 4 });
    expect(await measure(lines('def f():', '    try:', '        pass', '    except A:', '        pass'))).toEqual({ f: 5 });
    expect(await measure(lines('def f():', '    try: pass', '    except A: pass', '    except B: pass', '    else: pass', '    finally: pass'))).toEqual({
      f: 12,
    });
  });
  test('with, async for, async with and a try with except* count 1', async () => {
    expect(await measure(lines('def f(a):', '    with a:', '        pass'))).toEqual({ f: 3 });
    expect(
      await measure(
        lines('async def f(xs):', '    async for x in xs:', '        print(x)', '    async with xs:', '        pass', '    with xs:', '        pass'),
      ),
    ).toEqual({ f: 7 });
    expect(await measure(lines('def f():', '    try:', '        pass', '    except* E:', '        pass'))).toEqual({ f: 5 });
  });
  test('nested function and class bodies count for the enclosing function too, not their def/class lines', async () => {
    expect(
      await measure(
        lines(
          'def f():',
          '    def g():',
          '        """Doc."""',
          '        a = 1',
          '        return a',
          '    class C:',
          '        """Doc."""',
          '        b = 2',
          '    return g',
        ),
      ),
    ).toEqual({ f: 3, g: 2 });
  });
  test('reported above 50 on the name', async () => {
    const src = (n: number) => lines('def long():', ...Array.from({ length: n }, (_, i) => `    x${i} = ${i}`));
    expect(await ruleFindings(tooManyStatements, src(49))).toEqual([]);
    const [f] = await ruleFindings(tooManyStatements, src(50));
    expect(f).toMatchObject({ line: 1, column: 5, message: '`long` has 51 statements (threshold 50)' });
  });
  test('one statement is one statement (issue 21: "has 1 statements")', async () => {
    const [f] = await ruleFindings(tooManyStatements, lines('def one():', '    """Only a docstring: the def itself is the one statement."""'), {
      'max-statements': 0,
    });
    expect(f.message).toBe('`one` has 1 statement (threshold 0)');
  });
});
