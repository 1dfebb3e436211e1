import * as path from 'path';
import { buildSarif } from '../../src/report/sarif';
import { run } from '../../src/pipeline/run';
import { compilePatterns, resolveSettings, type SettingsInput } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SOURCE = 'import os  # noqa: F401\nimport sys\nimport subprocess\nsubprocess.call(x, shell=True)  # nosec B602\n';

async function outcomeFor(files: Record<string, string>, input: SettingsInput = {}) {
  const root = tempRepo(files);
  return run(resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['F401', 'B602'] }, input));
}

describe('suppressed findings in the pipeline', () => {
  test('left out by default: not in SARIF, not counted by the gates', async () => {
    const outcome = await outcomeFor({ 'a.py': SOURCE });
    expect(outcome.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 unused-import']);
    expect(outcome.counts.security).toBe(0);
    expect(outcome.gate.failed).toBe(false);
    const results = (buildSarif(outcome) as Json).runs.flatMap((r: Json) => r.results);
    expect(results).toHaveLength(1);
    expect(results[0].suppressions).toBeUndefined();
  });

  test('include-suppressed: written with SARIF suppressions of kind inSource, still not counted', async () => {
    const outcome = await outcomeFor({ 'a.py': SOURCE }, { includeSuppressed: true });
    expect(outcome.counts.security).toBe(0);
    expect(outcome.counts.maintainability).toBe(1);
    expect(outcome.gate.failed).toBe(false);
    const results = (buildSarif(outcome) as Json).runs.flatMap((r: Json) => r.results);
    expect(results.map((r: Json) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.suppressions])).toEqual([
      ['subprocess-shell-true', 4, [{ kind: 'inSource', justification: '# nosec B602' }]],
      ['unused-import', 1, [{ kind: 'inSource', justification: '# noqa: F401' }]],
      ['unused-import', 2, undefined],
    ]);
  });

  test('per-file-ignores drop the findings of matching files only', async () => {
    const files = { 'pkg/__init__.py': 'import os\n', 'pkg/m.py': 'import os\n', 'tests/t.py': 'import os\n' };
    const root = tempRepo(files);
    const perFileIgnores = [
      { pattern: compilePatterns(['__init__.py'], root)[0], selectors: ['F401'] },
      { pattern: compilePatterns(['tests/'], root)[0], selectors: ['maintainability'] },
    ];
    const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, { select: ['F401'], perFileIgnores }));
    expect(outcome.findings.map((f) => f.path)).toEqual(['pkg/m.py']);
    expect(path.isAbsolute(outcome.settings.root)).toBe(true);
  });
});
