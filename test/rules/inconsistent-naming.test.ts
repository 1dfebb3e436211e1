import { analyzeSource } from '../../src/engine/analyze';
import { inconsistentNaming, styleOf } from '../../src/rules/maintainability/inconsistent-naming';

async function report(source: string): Promise<string[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), [inconsistentNaming]);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('inconsistent-naming', () => {
  test('styles', () => {
    expect(styleOf('load_config')).toBe('snake_case');
    expect(styleOf('_load_config')).toBe('snake_case');
    expect(styleOf('loadConfig')).toBe('camelCase');
    expect(styleOf('path')).toBeUndefined();
    expect(styleOf('__init__')).toBeUndefined();
    expect(styleOf('LoadConfig')).toBeUndefined();
    expect(styleOf('MAX_SIZE')).toBeUndefined();
  });

  test('a snake_case function in a camelCase module: one note, on the name, with the counts', async () => {
    const src = lines('def loadConfig(path): pass', 'def parseArgs(argv): pass', 'def writeOutput(data): pass', 'def save_state(state): pass');
    expect(await report(src)).toEqual(['4:5 `save_state` is snake_case, but this module names its function names in camelCase (3 of 4)']);
  });

  test('kinds are counted apart: methods, parameters, locals', async () => {
    const src = lines(
      'class C:',
      '    def getValue(self, keyName, max_len): pass',
      '    def setValue(self, keyName, newValue): pass',
      '    def clear_all(self): pass',
      'def run_main():',
      '    firstItem = 1',
      '    lastItem = 2',
      '    item_count = 3',
    );
    expect((await report(src)).map((r) => r.split(' ').slice(0, 2).join(' ')).sort()).toEqual(['2:33 `max_len`', '4:9 `clear_all`', '8:5 `item_count`']);
  });

  test('silent: consistent camelCase, consistent snake_case, ties, camelCase minorities (PEP 8 rules report them)', async () => {
    expect(await report(lines('def loadConfig(): pass', 'def parseArgs(): pass'))).toEqual([]);
    expect(await report(lines('def load_config(): pass', 'def parse_args(): pass', 'def writeOutput(): pass'))).toEqual([]);
    expect(await report(lines('def loadConfig(): pass', 'def parse_args(): pass'))).toEqual([]);
    expect(await report(lines('def load(): pass', 'def parse(): pass', 'def loadConfig(): pass'))).toEqual([]);
  });
});
