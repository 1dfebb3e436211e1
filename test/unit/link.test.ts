// The pipeline's cross-file data flows (src/pipeline/link.ts, src/pipeline/modules.ts): found in
// the pipeline as one run, kept right by the cache when only the callee changes, suppressed in the
// sink's file, and classified against a baseline by what the base commit's files link to.
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/pipeline/run';
import { ModuleMap } from '../../src/pipeline/modules';
import { formatAnnotation } from '../../src/github/annotations';
import { resolveSettings, type SettingsInput } from '../../src/settings/settings';
import type { Finding } from '../../src/engine/types';
import { tempRepo } from '../helpers';
import { commit, git } from '../e2e/runner';

const VIEWS = [
  'from flask import Flask, request',
  '',
  'from db import find_user',
  '',
  'app = Flask(__name__)',
  '',
  '',
  '@app.route("/user")',
  'def user():',
  '    return str(find_user(request.args["name"]))',
  '',
].join('\n');

const DB_UNSAFE = [
  'import sqlite3',
  '',
  '',
  'def find_user(name):',
  '    db = sqlite3.connect("app.db")',
  '    return db.execute("SELECT * FROM users WHERE name = \'" + name + "\'").fetchall()',
  '',
].join('\n');

const DB_SAFE = DB_UNSAFE.replace('"SELECT * FROM users WHERE name = \'" + name + "\'"', '"SELECT * FROM users WHERE name = ?", (name,)');

async function check(root: string, input: SettingsInput = {}) {
  return run(resolveSettings({ root, paths: [root], jobs: 1 }, { cacheDir: false, ...input }));
}

const security = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => !/docstring/.test(f.ruleId)).map((f) => `${f.path}:${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`);

describe('cross-file data flows in the pipeline', () => {
  test('input in one module reaching a sink in another is reported at the sink, with the path across both files', async () => {
    const root = tempRepo({ 'views.py': VIEWS, 'db.py': DB_UNSAFE });
    const outcome = await check(root);
    expect(security(outcome.findings)).toEqual(['db.py:6 sql-injection']);
    const finding = outcome.findings.find((f) => f.ruleId === 'sql-injection')!;
    expect(finding.message).toBe('This SQL query depends on a [user-provided value](1) (request.args (Flask)), through `db.execute`.');
    expect(finding.flow![0]).toMatchObject({ path: 'views.py', line: 10 });
    expect(finding.flow![finding.flow!.length - 1]).toMatchObject({ path: 'db.py', line: 6 });
    expect(new Set(finding.flow!.map((s) => s.path))).toEqual(new Set(['views.py', 'db.py']));
    expect(finding.matchKey).toMatch(/^[0-9a-f]{32}$/);
    expect(finding.lineHash).toBeDefined();
    expect(outcome.counts).toMatchObject({ security: 1, bySeverity: expect.objectContaining({ high: 1 }) });
    // An annotation is plain text: the link to the related location reads as its words.
    expect(formatAnnotation(finding)).toMatch(
      /^::error file=db\.py,line=6,.*::This SQL query depends on a user-provided value \(request\.args \(Flask\)\), through `db\.execute`\.$/,
    );
    // The pattern rule for the same call gives way to the flow (one alert per sink).
    const alone = await check(tempRepo({ 'db.py': DB_UNSAFE }));
    expect(security(alone.findings)).toEqual(['db.py:6 hardcoded-sql-expression']);
  });

  test('the same without the flow: a parameterized query, the rule left out, or the callee not analysed', async () => {
    expect(security((await check(tempRepo({ 'views.py': VIEWS, 'db.py': DB_SAFE }))).findings)).toEqual([]);
    const ignored = await check(tempRepo({ 'views.py': VIEWS, 'db.py': DB_UNSAFE }), { ignore: ['sql-injection'] });
    expect(security(ignored.findings)).toEqual(['db.py:6 hardcoded-sql-expression']);
    const root = tempRepo({ 'views.py': VIEWS, 'db.py': DB_UNSAFE });
    expect(security((await run(resolveSettings({ root, paths: [path.join(root, 'db.py')], jobs: 1 }, { cacheDir: false }))).findings)).toEqual([
      'db.py:6 hardcoded-sql-expression',
    ]);
  });

  test('modules are named as Python imports them: a src/ layout and packages', async () => {
    const root = tempRepo({
      'src/shop/__init__.py': '',
      'src/shop/views.py': VIEWS.replace('from db import find_user', 'from .db import find_user'),
      'src/shop/db.py': DB_UNSAFE,
      'src/shop/admin.py': 'from flask import request\n\nfrom shop.db import find_user\n\n\ndef lookup():\n    return find_user(request.form["who"])\n',
    });
    const outcome = await check(root);
    const sql = outcome.findings.filter((f) => f.ruleId === 'sql-injection');
    // One alert at the sink, whichever of the two callers reaches it (the shorter path is kept).
    expect(sql.map((f) => `${f.path}:${f.line}`)).toEqual(['src/shop/db.py:6']);
    const modules = new ModuleMap(root);
    expect(modules.of('src/shop/db.py')).toEqual({ name: 'shop.db', isPackage: false, roots: ['shop'] });
    expect(modules.of('src/shop/__init__.py')).toEqual({ name: 'shop', isPackage: true, roots: ['shop'] });
    const flat = new ModuleMap(tempRepo({ 'views.py': '', 'db.py': '', 'not-a-module.py': '', 'lib/__init__.py': '', 'notes/x.py': '' }));
    expect(flat.of('views.py')).toEqual({ name: 'views', isPackage: false, roots: ['db', 'lib', 'views'] });
    expect(flat.of('notes/x.py')).toEqual({ name: 'x', isPackage: false, roots: ['x'] });
  });

  test('a comment at the sink suppresses the linked alert and is not called unused', async () => {
    const db = DB_UNSAFE.replace('.fetchall()', '.fetchall()  # tendril: ignore[sql-injection]');
    const root = tempRepo({ 'views.py': VIEWS, 'db.py': db });
    expect(security((await check(root)).findings)).toEqual([]);
    expect(security((await check(root, { includeSuppressed: true })).findings)).toEqual(['db.py:6 sql-injection (suppressed)']);
  });

  test('the cache stays right when only the callee changes: its new summary changes the flows of its cached callers', async () => {
    const root = tempRepo({ 'views.py': VIEWS, 'db.py': DB_SAFE });
    const cacheDir = path.join(root, '.cache');
    const first = await check(root, { cacheDir });
    expect(security(first.findings)).toEqual([]);
    fs.writeFileSync(path.join(root, 'db.py'), DB_UNSAFE);
    const second = await check(root, { cacheDir });
    expect(second.cached).toBe(1); // views.py
    expect(security(second.findings)).toEqual(['db.py:6 sql-injection']);
    const third = await check(root, { cacheDir });
    expect(third.cached).toBe(2);
    expect(JSON.stringify(third.findings)).toBe(JSON.stringify(second.findings));
    fs.writeFileSync(path.join(root, 'db.py'), DB_SAFE);
    expect(security((await check(root, { cacheDir })).findings)).toEqual([]);
  });

  test('a cached caller is analysed again when a module it imports appears in the project, and only then', async () => {
    const root = tempRepo({ 'views.py': VIEWS, 'other.py': 'X = 2\n' });
    const cacheDir = path.join(root, '.cache');
    await check(root, { cacheDir });
    // A module no file imports: both stay cached.
    fs.writeFileSync(path.join(root, 'unrelated.py'), 'X = 1\n');
    expect((await check(root, { cacheDir })).cached).toBe(2);
    // `db` becomes a module of the project: views.py, which imports it, is analysed again.
    fs.writeFileSync(path.join(root, 'db.py'), DB_UNSAFE);
    const outcome = await check(root, { cacheDir });
    expect(outcome.cached).toBe(2); // other.py, unrelated.py
    expect(security(outcome.findings)).toEqual(['db.py:6 sql-injection']);
  });

  test('against a baseline, a flow that a change in the caller made is new, though the sink file did not change', async () => {
    const root = tempRepo({ 'views.py': VIEWS.replace('request.args["name"]', '"admin"'), 'db.py': DB_UNSAFE });
    const base = commit(root, {}, 'base');
    commit(root, { 'views.py': VIEWS }, 'head');
    const outcome = await check(root, { baselineRef: base });
    const sql = outcome.findings.find((f) => f.ruleId === 'sql-injection')!;
    expect(sql.path).toBe('db.py');
    expect(sql.baselineState).toBe('new');
    expect(outcome.gate.failed).toBe(true);
    // Fixed: the pattern alert the flow replaced at the sink, and the base's unused `request` import.
    expect(outcome.baseline).toMatchObject({ new: 1, fixed: 2 });
    // Compared with itself, the flow is an existing one.
    const again = await check(root, { baselineRef: git(root, 'rev-parse', 'HEAD') });
    expect(again.findings.find((f) => f.ruleId === 'sql-injection')!.baselineState).toBe('unchanged');
    expect(again.gate.failed).toBe(false);
  });

  test('against a baseline, a flow that existed keeps its state when only the sink file changed around it', async () => {
    const root = tempRepo({ 'views.py': VIEWS, 'db.py': DB_UNSAFE });
    const base = commit(root, {}, 'base');
    commit(root, { 'db.py': '# Queries.\n' + DB_UNSAFE }, 'head');
    const outcome = await check(root, { baselineRef: base });
    const sql = outcome.findings.find((f) => f.ruleId === 'sql-injection')!;
    expect(sql.line).toBe(7);
    expect(sql.baselineState).toBe('unchanged');
    expect(outcome.baseline).toMatchObject({ new: 0 });
  });
});
