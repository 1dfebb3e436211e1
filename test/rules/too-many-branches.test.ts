import { tooManyBranches } from '../../src/rules/maintainability/too-many-branches';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyBranches, 'max-branches', source);

describe('too-many-branches', () => {
  test('if, each elif and else count 1', async () => {
    expect(await measure(lines('def f(a, b):', '    if a: pass', '    elif b: pass', '    else: pass', '    if b: pass'))).toEqual({ f: 4 });
  });
  test('loops 1 and their else 1; except handlers, try-else and finally 1 each (Pylint 3)', async () => {
    expect(await measure(lines('def f(x):', '    for i in x: pass', '    else: pass', '    while x: pass'))).toEqual({ f: 3 });
    expect(await measure(lines('def f():', '    try: pass', '    except A: pass', '    except B: pass', '    else: pass', '    finally: pass'))).toEqual({
      f: 4,
    });
    expect(await measure(lines('def f():', '    try:', '        x()', '    finally:', '        x()'))).toEqual({ f: 1 });
    expect(await measure(lines('def f():', '    try:', '        x()', '    except A:', '        x()'))).toEqual({ f: 1 });
  });
  test('an else holding only an if counts as an elif does (Pylint sees the same tree)', async () => {
    expect(await measure(lines('def f(a, b):', '    if a:', '        x()', '    else:', '        if b:', '            y()'))).toEqual({ f: 2 });
    expect(
      await measure(
        lines(
          'def f(a, b, c):',
          '    if a:',
          '        x()',
          '    elif b:',
          '        y()',
          '    else:',
          '        # only an if',
          '        if c:',
          '            z()',
        ),
      ),
    ).toEqual({ f: 3 });
    // Not only an if: the else counts.
    expect(await measure(lines('def f(a, b):', '    if a:', '        x()', '    else:', '        if b:', '            y()', '        z()'))).toEqual({ f: 3 });
    expect(await measure(lines('def f(a, b):', '    if a:', '        x()', '    else:', '        for i in b:', '            y()'))).toEqual({ f: 3 });
  });
  test('async for and a try with except* are no branches (Pylint has no visitor for them)', async () => {
    expect(
      await measure(lines('async def f(xs):', '    async for x in xs:', '        if x: pass', '    try:', '        pass', '    except* E:', '        pass')),
    ).toEqual({ f: 1 });
  });
  test('branches of nested functions belong to them', async () => {
    expect(await measure(lines('def f(x):', '    if x: pass', '    def g(y):', '        if y: pass', '        if y: pass'))).toEqual({ f: 1, g: 2 });
  });
  test('reported above 12 on the name, with both numbers', async () => {
    const src = (n: number) => lines('def dispatch(x):', ...Array.from({ length: n }, (_, i) => `    if x == ${i}: pass`));
    expect(await ruleFindings(tooManyBranches, src(12))).toEqual([]);
    const [f] = await ruleFindings(tooManyBranches, src(13));
    expect(f).toMatchObject({ line: 1, column: 5, message: '`dispatch` has 13 branches (threshold 12)' });
  });
  test('one branch is one branch (issue 21)', async () => {
    const [f] = await ruleFindings(tooManyBranches, lines('def one(x):', '    if x: pass'), { 'max-branches': 0 });
    expect(f.message).toBe('`one` has 1 branch (threshold 0)');
  });
});
