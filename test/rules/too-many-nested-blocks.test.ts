import { tooManyNestedBlocks } from '../../src/rules/maintainability/too-many-nested-blocks';
import { lines, measures, ruleFindings } from './complexity-helpers';

const measure = (source: string) => measures(tooManyNestedBlocks, 'max-nested-blocks', source);

/** `depth` nested blocks of the given kinds, cycling. */
function nested(depth: number): string {
  const heads = ['for x in y:', 'if x:', 'while x:', 'with x:', 'try:'];
  const out = ['def scan(y):'];
  for (let i = 0; i < depth; i++) out.push(' '.repeat(4 * (i + 1)) + heads[i % heads.length]);
  out.push(' '.repeat(4 * (depth + 1)) + 'pass');
  for (let i = depth - 1; i >= 0; i--) if (heads[i % heads.length] === 'try:') out.push(' '.repeat(4 * (i + 1)) + 'finally: pass');
  return lines(...out);
}

describe('too-many-nested-blocks', () => {
  test('metadata', () => {
    expect(tooManyNestedBlocks.meta).toMatchObject({ id: 'too-many-nested-blocks', aliases: ['R1702', 'PLR1702'] });
    expect(tooManyNestedBlocks.meta.options!['max-nested-blocks'].default).toBe(5);
  });
  test('if, for, while, with and try each nest one level', async () => {
    expect(await measure(nested(5))).toEqual({ scan: 5 });
  });
  test('elif and else stay at the level of their if', async () => {
    expect(await measure(lines('def f(a):', '    if a: pass', '    elif a:', '        if a: pass', '    else:', '        pass'))).toEqual({ f: 2 });
  });
  test('nested functions start again from 0; match does not nest', async () => {
    expect(await measure(lines('def f(a):', '    if a:', '        def g():', '            if a: pass', '    match a:', '        case 1: pass'))).toEqual({ f: 1, g: 1 });
  });
  test('reported above 5, on the name', async () => {
    expect(await ruleFindings(tooManyNestedBlocks, nested(5))).toEqual([]);
    const [f] = await ruleFindings(tooManyNestedBlocks, nested(6));
    expect(f).toMatchObject({ line: 1, column: 5, message: '`scan` nests blocks 6 deep (threshold 5)' });
  });
});
