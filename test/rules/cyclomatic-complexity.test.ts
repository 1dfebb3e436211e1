import { cyclomaticComplexity } from '../../src/rules/maintainability/cyclomatic-complexity';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(cyclomaticComplexity, 'max-complexity', source);

// Every count below was checked against Ruff's C901 (WebAssembly build, max-complexity = 0).
describe('cyclomatic-complexity: Ruff counting', () => {
  test('if/elif count, else does not', async () => {
    expect(await measure(lines('def f(a, b):', '    if a: pass', '    elif b: pass', '    else: pass'))).toEqual({ f: 3 });
  });
  test('boolean operators, comprehensions, conditional expressions and lambdas do not count', async () => {
    expect(
      await measure(
        lines('def f(a, b, c):', '    x = a and b or c', '    y = [i for i in a if i for j in i]', '    z = 1 if a else 2', '    return lambda: 1'),
      ),
    ).toEqual({ f: 1 });
  });
  test('loops count once, their else not', async () => {
    expect(await measure(lines('def f(x):', '    for i in x: pass', '    else: pass', '    while x: pass', '    else: pass'))).toEqual({ f: 3 });
  });
  test('each except handler and a try-else count, finally not', async () => {
    expect(await measure(lines('def f():', '    try: pass', '    except A: pass', '    except B: pass', '    else: pass', '    finally: pass'))).toEqual({
      f: 4,
    });
    expect(await measure(lines('def f():', '    try: pass', '    finally: pass'))).toEqual({ f: 1 });
  });
  test('match: each case counts, a final catch-all does not', async () => {
    expect(await measure(lines('def f(x):', '    match x:', '        case 1: pass', '        case 2: pass', '        case _: pass'))).toEqual({ f: 3 });
    expect(await measure(lines('def f(x):', '    match x:', '        case 1: pass', '        case 2: pass'))).toEqual({ f: 3 });
    expect(await measure(lines('def f(x):', '    match x:', '        case 1: pass', '        case y if y: pass'))).toEqual({ f: 3 });
  });
  test('nested functions count in the parent (1 + their points) and on their own', async () => {
    expect(await measure(lines('def f():', '    def g():', '        if a: pass', '    return g'))).toEqual({ f: 3, g: 2 });
  });
  test('a class inside a function brings its methods', async () => {
    expect(await measure(lines('def f():', '    class C:', '        def m(self):', '            if a: pass'))).toEqual({ f: 3, m: 2 });
  });
  test('with adds nothing, its body counts; async forms count like the others', async () => {
    expect(await measure(lines('async def f():', '    with a:', '        if b: pass', '    async for i in x: pass', '    async with y: pass'))).toEqual({
      f: 3,
    });
  });
});

describe('cyclomatic-complexity: threshold and report', () => {
  const eleven = lines('def busy(x):', ...Array.from({ length: 10 }, (_, i) => `    if x == ${i}: pass`));
  test('reported when greater than the threshold, on the name, with both numbers', async () => {
    const [f, ...rest] = await ruleFindings(cyclomaticComplexity, eleven);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'cyclomatic-complexity',
      line: 1,
      column: 5,
      endColumn: 9,
      message: '`busy` has a cyclomatic complexity of 11 (threshold 10)',
    });
  });
  test('not reported at the threshold, or with a higher configured threshold', async () => {
    expect(await ruleFindings(cyclomaticComplexity, lines('def ok(x):', ...Array.from({ length: 9 }, (_, i) => `    if x == ${i}: pass`)))).toEqual([]);
    expect(await ruleFindings(cyclomaticComplexity, eleven, { 'max-complexity': 11 })).toEqual([]);
  });
  test('module-level code is not a function', async () => {
    expect(await ruleFindings(cyclomaticComplexity, lines(...Array.from({ length: 12 }, (_, i) => `if x == ${i}: pass`)))).toEqual([]);
  });
});
