import { tooManyNestedBlocks } from '../../src/rules/maintainability/too-many-nested-blocks';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyNestedBlocks, 'max-nested-blocks', source);

/** `depth` nested blocks of the given kinds, cycling (a `try` gets a `finally`). */
function nested(depth: number): string {
  const heads = ['for x in y:', 'if x:', 'while x:', 'try:'];
  const out = ['def scan(y):'];
  for (let i = 0; i < depth; i++) out.push(' '.repeat(4 * (i + 1)) + heads[i % heads.length]);
  out.push(' '.repeat(4 * (depth + 1)) + 'pass');
  for (let i = depth - 1; i >= 0; i--) if (heads[i % heads.length] === 'try:') out.push(' '.repeat(4 * (i + 1)) + 'finally: pass');
  return lines(...out);
}

describe('too-many-nested-blocks', () => {
  test('if, for, while and try each nest one level', async () => {
    expect(await measure(nested(5))).toEqual({ scan: 5 });
    expect(await measure(nested(6))).toEqual({ scan: 6 });
  });
  test('elif and else stay at the level of their if; an if alone in an else nests', async () => {
    expect(await measure(lines('def f(a):', '    if a: pass', '    elif a:', '        if a: pass', '    else:', '        pass'))).toEqual({ f: 2 });
    expect(await measure(lines('def f(a):', '    if a: pass', '    else:', '        if a: pass'))).toEqual({ f: 2 });
  });
  test('try/except/else/finally is one level; finally and else blocks nest under it', async () => {
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        try:',
          '            if x: pass',
          '        finally:',
          '            if x:',
          '                while x: pass',
        ),
      ),
    ).toEqual({ f: 4 });
    expect(await measure(lines('def f(a):', '    try: pass', '    except E: pass', '    else:', '        if a: pass', '    finally: pass'))).toEqual({ f: 2 });
  });
  test('a with is no level, and the blocks in it start again from 1 (Pylint loses the enclosing levels)', async () => {
    // for > with > if > for > if > while: 4, not 5 (with skipped) nor 6 (with counted).
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        with x:',
          '            if x:',
          '                for y in x:',
          '                    if y:',
          '                        while y: pass',
        ),
      ),
    ).toEqual({ f: 4 });
    // After the with, a sibling if no longer finds its for on the stack: 2, not 3.
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        for y in x:',
          '            with x:',
          '                if x: pass',
          '            if y:',
          '                if x: pass',
        ),
      ),
    ).toEqual({ f: 2 });
    expect(await measure(lines('def f(a):', '    with a:', '        pass'))).toEqual({});
  });
  test('blocks in an except handler, a match case or an async for start again from 1', async () => {
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        try:',
          '            if x: pass',
          '        except E:',
          '            if x:',
          '                for y in a: pass',
        ),
      ),
    ).toEqual({ f: 3 });
    expect(await measure(lines('def f(a):', '    if a:', '        match a:', '            case 1:', '                if a: pass'))).toEqual({ f: 1 });
    expect(await measure(lines('async def f(a):', '    if a:', '        async for x in a:', '            if x:', '                if x: pass'))).toEqual({
      f: 2,
    });
  });
  test('nested functions start again from 0, and the enclosing function starts again after them', async () => {
    expect(await measure(lines('def f(a):', '    if a:', '        def g():', '            if a: pass', '    match a:', '        case 1: pass'))).toEqual({
      f: 1,
      g: 1,
    });
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        if x:',
          '            def g():',
          '                pass',
          '            if a:',
          '                for y in a: pass',
        ),
      ),
    ).toEqual({ f: 2 });
    // A class without methods leaves the stack alone.
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        if x:',
          '            class C:',
          '                b = 1',
          '            if a:',
          '                for y in a: pass',
        ),
      ),
    ).toEqual({ f: 4 });
    // A method ends a function: the stack is empty after its class.
    expect(
      await measure(
        lines(
          'def f(a):',
          '    for x in a:',
          '        if x:',
          '            class C:',
          '                def m(self): pass',
          '            if a:',
          '                for y in a: pass',
        ),
      ),
    ).toEqual({ f: 2 });
  });
  test('reported above 5, on the name', async () => {
    expect(await ruleFindings(tooManyNestedBlocks, nested(5))).toEqual([]);
    const [f] = await ruleFindings(tooManyNestedBlocks, nested(6));
    expect(f).toMatchObject({ line: 1, column: 5, message: '`scan` nests blocks 6 deep (threshold 5)' });
  });
});
