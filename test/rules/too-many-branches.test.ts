import { tooManyBranches } from '../../src/rules/maintainability/too-many-branches';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyBranches, 'max-branches', source);

describe('too-many-branches', () => {
  test('metadata', () => {
    expect(tooManyBranches.meta).toMatchObject({ id: 'too-many-branches', aliases: ['R0912', 'PLR0912'] });
    expect(tooManyBranches.meta.options!['max-branches'].default).toBe(12);
  });
  test('if, each elif and else count 1', async () => {
    expect(await measure(lines('def f(a, b):', '    if a: pass', '    elif b: pass', '    else: pass', '    if b: pass'))).toEqual({ f: 4 });
  });
  test('loops 1 and their else 1; except handlers and try-else 1 each, finally 0', async () => {
    expect(await measure(lines('def f(x):', '    for i in x: pass', '    else: pass', '    while x: pass'))).toEqual({ f: 3 });
    expect(await measure(lines('def f():', '    try: pass', '    except A: pass', '    except B: pass', '    else: pass', '    finally: pass'))).toEqual({ f: 3 });
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
});
