import { cognitiveComplexity } from '../../src/rules/maintainability/cognitive-complexity';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = async (source: string) => await measures(cognitiveComplexity, 'max-complexity', source);

describe('cognitive-complexity', () => {
  test('a straight-line function scores 0 (not reported even at threshold 0)', async () => {
    expect(await measure(lines('def f(x):', '    y = x + 1', '    return y'))).toEqual({});
  });
  test('if/elif/else: +1 each, nesting only for the if', async () => {
    expect(await measure(lines('def f(a, b):', '    if a: pass', '    elif b: pass', '    else: pass'))).toEqual({ f: 3 });
  });
  test('nesting increments: loop 1, nested if 2, nested loop 3', async () => {
    expect(await measure(lines('def f(xs):', '    for x in xs:', '        if x:', '            while x: pass'))).toEqual({ f: 6 });
  });
  test('the white paper example: sequences of like boolean operators count once', async () => {
    expect(await measure(lines('def f(a, b, c, d):', '    return a and b and c'))).toEqual({ f: 1 });
    expect(await measure(lines('def f(a, b, c, d):', '    return a and b or c and d'))).toEqual({ f: 3 });
  });
  test('except +1 plus nesting; try, finally and with add nothing', async () => {
    expect(await measure(lines('def f():', '    with a:', '        try: pass', '        except A: pass', '        finally: pass'))).toEqual({ f: 1 });
    expect(await measure(lines('def f(x):', '    if x:', '        try: pass', '        except A: pass'))).toEqual({ f: 3 });
  });
  test('conditional expression and match, with nesting', async () => {
    expect(await measure(lines('def f(x):', '    for i in x:', '        y = 1 if i else 2'))).toEqual({ f: 3 });
    expect(await measure(lines('def f(x):', '    match x:', '        case 1:', '            if x: pass', '        case _: pass'))).toEqual({ f: 3 });
  });
  test('nested functions raise the nesting of their body, and count in the parent', async () => {
    expect(await measure(lines('def f():', '    def g(x):', '        if x: pass'))).toEqual({ f: 2, g: 1 });
  });
  test('direct recursion +1, for functions and for self.method calls', async () => {
    expect(await measure(lines('def fact(n):', '    return 1 if n < 2 else n * fact(n - 1)'))).toEqual({ fact: 2 });
    expect(await measure(lines('class T:', '    def walk(self, n):', '        for c in n: self.walk(c)'))).toEqual({ walk: 2 });
  });
  test('reported above the threshold with both numbers, on the name', async () => {
    const source = lines(
      'def deep(a):',
      '    for x in a:',
      '        for y in x:',
      '            for z in y:',
      '                if z:',
      '                    if z > 1:',
      '                        pass',
    );
    expect(await ruleFindings(cognitiveComplexity, source)).toEqual([]); // 1 + 2 + 3 + 4 + 5 = 15: at the threshold
    const [f] = await ruleFindings(cognitiveComplexity, source.replace('if z:', 'if z and a:'));
    expect(f).toMatchObject({ line: 1, column: 5, endColumn: 9, message: '`deep` has a cognitive complexity of 16 (threshold 15)' });
  });
});
