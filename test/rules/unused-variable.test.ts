import { analyzeSource } from '../../src/engine/analyze';
import { unusedVariable } from '../../src/rules/maintainability/unused-variable';

/** `line:column name` of every finding. */
async function unused(source: string): Promise<string[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), [unusedVariable]);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings.map((f) => `${f.line}:${f.column} ${/`([^`]*)`/.exec(f.message)![1]}`).sort();
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('unused-variable: reported', () => {
  test('a plain local, on the identifier, with a message in backticks', async () => {
    const result = await analyzeSource('app.py', Buffer.from('def f():\n    value = compute()\n'), [unusedVariable]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ line: 2, column: 5, endColumn: 10 });
    expect(result.findings[0].message).toBe('Local variable `value` is assigned but never read');
  });

  test('except ... as err, in functions and at module level', async () => {
    expect(await unused(lines('def f():', '    try:', '        g()', '    except ValueError as err:', '        pass'))).toEqual(['4:26 err']);
    expect(await unused(lines('try:', '    g()', 'except ValueError as err:', '    pass'))).toEqual(['3:22 err']);
  });

  test('with ... as, annotated assignment, chained assignment, walrus', async () => {
    expect(
      await unused(lines('def f():', '    with open(p) as fh:', '        pass', '    n: int = 1', '    a = b = 2', '    if (w := g()):', '        pass')),
    ).toEqual(['2:21 fh', '4:5 n', '5:5 a', '5:9 b', '6:9 w']);
  });

  test('a tuple display on the right: no unpacking needed', async () => {
    expect(await unused(lines('def f():', '    x, y = 1, 2', '    [k] = [1]'))).toEqual(['2:5 x', '2:8 y', '3:6 k']);
  });

  test('parenthesised forms are the same assignment: (x) = 1 binds x, ((1, 2)) is a tuple display', async () => {
    // Issue 21: `(h) = 1` was taken for tuple unpacking, `a, b = ((1, 2))` for a value to unpack.
    expect(await unused(lines('def f():', '    (h) = 1', '    ((i)) = 2', '    a, b = ((1, 2))', '    c, d = (g())'))).toEqual([
      '2:6 h',
      '3:7 i',
      '4:5 a',
      '4:8 b',
    ]);
  });

  test('rebinding with no read: one note, on the last binding', async () => {
    expect(await unused(lines('def f():', '    c = 1', '    c = 2'))).toEqual(['3:5 c']);
  });

  test('a del starts a new group', async () => {
    expect(await unused(lines('def f():', '    x = 1', '    del x', '    x = 2'))).toEqual(['4:5 x']);
  });

  test('a read before the assignment does not use it', async () => {
    expect(await unused(lines('def f(x):', '    print(x)', '    y = 1', '    return 0'))).toEqual(['3:5 y']);
  });
});

describe('unused-variable: not reported', () => {
  test('names that are read, also by nested scopes, del and +=', async () => {
    const src = lines(
      'def f():',
      '    a = 1',
      '    print(a)',
      '    b = 1',
      '    b += 1',
      '    m = 1',
      '    def inner():',
      '        return m',
      '    n = 1',
      '    del n',
      '    k = 1',
      '    return [k for _ in range(3)], inner, (lambda: k)',
    );
    expect(await unused(src)).toEqual([]);
  });

  test('a read, then a reassignment: the group is used', async () => {
    expect(await unused(lines('def f():', '    x = 1', '    print(x)', '    x = 2'))).toEqual([]);
  });

  test('_ and _-prefixed names', async () => {
    expect(await unused(lines('def f():', '    _ = g()', '    _unused = 1', '    __tracebackhide__ = True'))).toEqual([]);
  });

  test('global and nonlocal names, and variables a nested function writes through nonlocal', async () => {
    const src = lines('def f():', '    global G', '    G = 1', '    y = 1', '    def k():', '        nonlocal y', '        y = 2', '    return k');
    expect(await unused(src)).toEqual([]);
  });

  test('unpacking targets, with and for targets in tuples, for targets, parameters', async () => {
    const src = lines(
      'def f(tup, unused_param):',
      '    x, y = tup',
      '    (p, q) = coords = 1, 2',
      '    print(coords)',
      '    with g() as (r, s):',
      '        pass',
      '    for i in range(3):',
      '        pass',
      '    first, *rest = tup',
    );
    expect(await unused(src)).toEqual([]);
  });

  test('a function that calls locals()', async () => {
    expect(await unused(lines('def f():', '    x = 1', '    return locals()'))).toEqual([]);
    expect(await unused(lines('def f():', '    x = 1', '    return vars()'))).toEqual([]);
  });

  test('module and class variables, walrus in comprehensions', async () => {
    const src = lines(
      'x = 1',
      'class C:',
      '    y = 1',
      'def f(c):',
      '    return [a for b in c if (a := b)]',
      'def g(c):',
      '    z = [(w := 1) for b in c]',
      '    return z',
    );
    expect(await unused(src)).toEqual([]);
  });

  test('an except name that is read', async () => {
    expect(await unused(lines('def f():', '    try:', '        g()', '    except E as err:', '        log(err)'))).toEqual([]);
  });

  test('files with syntax errors are skipped', async () => {
    expect(await unused('def f():\n    x = 1\n    y = (\n')).toEqual([]);
  });
});
