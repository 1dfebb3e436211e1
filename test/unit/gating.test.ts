import { classify } from '../../src/baseline/classify';
import type { Finding } from '../../src/engine/types';
import { planAnnotations } from '../../src/github/annotations';
import { formatSummary } from '../../src/report/summary';
import { run } from '../../src/pipeline/run';
import { resolveSettings } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

function finding(line: number, matchKey: string, path = 'a.py'): Finding {
  return { ruleId: 'eval-used', path, line, column: 1, endLine: line, endColumn: 5, message: 'm', matchKey };
}

describe('classification by match key', () => {
  test('identical findings are paired in order: the extra copy is new, a missing one is fixed', () => {
    const head = [finding(3, 'k'), finding(9, 'k'), finding(12, 'other')];
    expect(classify(head, [finding(1, 'k'), finding(2, 'gone')])).toBe(1);
    expect(head.map((f) => f.baselineState)).toEqual(['unchanged', 'new', 'new']);
  });

  test('the path is part of the key', () => {
    const head = [finding(1, 'k', 'b.py')];
    classify(head, [finding(1, 'k', 'a.py')]);
    expect(head[0].baselineState).toBe('new');
  });
});

describe('job summary and annotations', () => {
  test('a large outcome is cut at a line boundary below the limit and says how much is left out', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `import module_${i}\n`).join('');
    const root = tempRepo({ 'many.py': many });
    const settings = resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['unused-import'] });
    const outcome = await run(settings);
    const summary = formatSummary(outcome, 'tendril.sarif', { limit: 4000, links: { server: 'https://github.com', repository: 'o/r', sha: 'abc' } });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(4000);
    expect(summary).toMatch(/\n\.\.\. and \d+ more in the SARIF file\.\n/);
    expect(summary).toContain('[<code>many\\.py\\:1</code>](https://github.com/o/r/blob/abc/many.py#L1)');
    expect(summary.split('\n').every((line) => !line.startsWith('|') || line.endsWith('|'))).toBe(true);
    const plan = planAnnotations(outcome.findings, 0);
    expect(plan).toMatchObject({ total: 300, shown: 10 });
  });
});
