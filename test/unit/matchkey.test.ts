import { symbolAt } from '../../src/baseline/matchkey';
import { getParser } from '../../src/engine/parser';

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
});
