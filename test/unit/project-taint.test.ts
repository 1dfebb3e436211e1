// The project's own taint catalogue ([tool.tendril.taint]) through the pipeline: read from the
// configuration, given to the analysis in the workers, part of the cache key, shown by `tendril config`.
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/pipeline/run';
import { formatResolvedSettings } from '../../src/report/config';
import { readConfigFile, resolveSettings, type SettingsInput } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

const VIEW = [
  'from myapp.http import payload',
  'from myapp.db import run_raw',
  'from myapp.auth import clean_name',
  '',
  '',
  'def report():',
  '    run_raw("SELECT * FROM t WHERE n = \'" + payload() + "\'")',
  '    run_raw("SELECT * FROM t WHERE n = \'" + clean_name(payload()) + "\'")',
  '',
].join('\n');

const CONFIG = [
  '[tool.tendril]',
  'select = ["sql-injection"]',
  '',
  '[tool.tendril.taint]',
  'sources = ["myapp.http.payload"]',
  'sanitizers = ["myapp.auth.clean_name"]',
  '',
  '[tool.tendril.taint.sinks]',
  'sql = ["myapp.db.run_raw"]',
  '',
].join('\n');

async function check(root: string, input: SettingsInput = {}) {
  const config = readConfigFile(path.join(root, 'pyproject.toml'));
  return run(resolveSettings({ root, paths: [root], jobs: 1 }, config, { cacheDir: false, ...input }));
}

test('a flow from a project source to a project sink is reported; through a project sanitizer it is not', async () => {
  const root = tempRepo({ 'pyproject.toml': CONFIG, 'report.py': VIEW });
  const outcome = await check(root);
  expect(outcome.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual(['report.py:7 sql-injection']);
  expect(outcome.findings[0].message).toBe(
    'This SQL query depends on a [user-provided value](1) (myapp.http.payload (project source)), through `myapp.db.run_raw`.',
  );
});

test('the cache key holds the taint settings: a changed catalogue is not answered from the cache', async () => {
  const root = tempRepo({ 'pyproject.toml': CONFIG, 'report.py': VIEW });
  const cacheDir = path.join(root, '.cache');
  expect((await check(root, { cacheDir })).findings).toHaveLength(1);
  fs.writeFileSync(path.join(root, 'pyproject.toml'), CONFIG.replace('sql = ["myapp.db.run_raw"]', 'sql = ["myapp.db.other"]'));
  expect((await check(root, { cacheDir })).findings).toHaveLength(0);
});

test('tendril config shows the taint settings as a table', () => {
  const root = tempRepo({ 'pyproject.toml': CONFIG });
  const settings = resolveSettings({ root, paths: [root], jobs: 1 }, readConfigFile(path.join(root, 'pyproject.toml')));
  const text = formatResolvedSettings(settings);
  expect(text).toContain(
    [
      '[taint]',
      'sources = ["myapp.http.payload"]',
      'local-sources = []',
      '',
      '[taint.sinks]',
      'sql = ["myapp.db.run_raw"]',
      '',
      '[taint.sanitizers]',
      'all = ["myapp.auth.clean_name"]',
    ].join('\n'),
  );
});
