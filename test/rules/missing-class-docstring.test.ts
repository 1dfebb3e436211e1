import { missingClassDocstring } from '../../src/rules/maintainability/missing-class-docstring';
import { lines, ruleFindings } from './complexity-helpers';

const report = async (source: string, path = 'app.py') =>
  (await ruleFindings(missingClassDocstring, source, {}, path)).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('missing-class-docstring', () => {
  test('a public class, on its name (D101)', async () => {
    const [f] = await ruleFindings(missingClassDocstring, lines('class Policy(Base):', '    x = 1'));
    expect(f).toMatchObject({ line: 1, column: 7, endColumn: 13, message: 'Public class `Policy` has no docstring' });
  });
  test('a public nested class in a public class (D106)', async () => {
    expect(await report(lines('class A:', '    """A."""', '    class Meta:', '        pass'))).toEqual(['3:11 Public nested class `A.Meta` has no docstring']);
  });
  test('include-nested = false (a Ruff or flake8 configuration ignoring D106): nested classes not reported', async () => {
    const found = await ruleFindings(missingClassDocstring, lines('class A:', '    class Meta:', '        pass'), { 'include-nested': false });
    expect(found.map((f) => f.message)).toEqual(['Public class `A` has no docstring']);
  });
  test('a class attribute docstring is not a class docstring', async () => {
    expect(await report(lines('class A:', '    x: int', '    """x."""'))).toEqual(['1:7 Public class `A` has no docstring']);
  });
  test('not reported: documented, private, nested in private, in a function, outside __all__, private module', async () => {
    expect(await report(lines('class A:', '    """A."""'))).toEqual([]);
    expect(await report(lines('class _A:', '    class B: pass'))).toEqual([]);
    expect(await report(lines('def f():', '    """F."""', '    class K: pass'))).toEqual([]);
    expect(await report(lines('__all__ = ["K"]', 'class K:', '    """K."""', 'class L: pass'))).toEqual([]);
    expect(await report(lines('class A: pass'), '_private.py')).toEqual([]);
  });
});
