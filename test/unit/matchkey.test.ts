import { annotateMatchKeys, matchKeyOf, symbolAt } from '../../src/engine/matchkey';
import { getParser } from '../../src/engine/parser';
import { SyntaxTree } from '../../src/engine/tree';
import type { Finding } from '../../src/engine/types';

describe('match key', () => {
  test('the enclosing symbol is found from the root down', async () => {
    const parser = await getParser();
    const text = 'x = 1\n\n\nclass A:\n    def f(self):\n        return eval(x)\n\n\ndef g():\n    pass\n';
    const tree = parser.parse(text)!;
    try {
      expect(symbolAt(tree, 0, 0)).toBe('<module>');
      expect(symbolAt(tree, 5, 15)).toBe('A.f');
      expect(symbolAt(tree, 4, 8)).toBe('A');
      expect(symbolAt(tree, 9, 4)).toBe('g');
    } finally {
      tree.delete();
    }
  });

  test('the one-pass annotation gives every position the symbol of the walk from the root', async () => {
    const parser = await getParser();
    const text = [
      'import os',
      'class A:',
      '    """Doc é."""',
      '    def f(self, x=lambda: 1):',
      '        def inner():',
      '            return eval("é" + x)',
      '        class B:',
      '            def g(self): pass',
      '        return inner',
      '    y = [i for i in range(3)]',
      '@dec',
      'def h(): return 1',
      'z = 2',
      '',
    ].join('\n');
    const tree = parser.parse(text)!;
    try {
      const lines = text.split('\n');
      const findings: Finding[] = [];
      lines.forEach((line, row) => {
        for (let column = 0; column < line.length; column++) {
          findings.push({ ruleId: 'r', path: 'a.py', line: row + 1, column: column + 1, endLine: row + 1, endColumn: column + 2, message: 'm' });
        }
      });
      // Out of order, as rules report them.
      findings.reverse();
      annotateMatchKeys(findings, text, SyntaxTree.from(tree, text));
      for (const f of findings) {
        const expected = matchKeyOf('r', symbolAt(tree, f.line - 1, f.column - 1), lines[f.line - 1][f.column - 1]);
        expect([f.line, f.column, f.matchKey]).toEqual([f.line, f.column, expected]);
      }
      expect(new Set(findings.map((f) => f.matchKey)).size).toBeGreaterThan(50);
    } finally {
      tree.delete();
    }
  });
});
