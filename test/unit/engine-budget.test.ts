import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeSource } from '../../src/engine/analyze';
import type { SourceFile } from '../../src/discovery/discover';
import { analyzeFile, analyzeFiles, batches, WorkerPool } from '../../src/engine/pool';
import { rulesById } from '../../src/rules';
import { startProgress } from '../../src/report/config';

const file = (rel: string, size: number): SourceFile => ({ abs: `/nowhere/${rel}`, rel, size });

describe('size-balanced batches', () => {
  test('every file once, largest first, batches of similar size, the same split every time', () => {
    const sizes = [5, 900, 40, 40, 1, 300, 300, 7, 2000, 60, 60, 60, 10, 10, 10, 10];
    const files = sizes.map((s, i) => file(`f${i}.py`, s));
    const split = batches(files, 2);
    expect(batches(files, 2)).toEqual(split);
    expect(split.flat().sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    // Largest first: the 2000-byte file leads, alone (it is over the target of one batch).
    expect(split[0]).toEqual([8]);
    const total = sizes.reduce((a, b) => a + b, 0);
    const target = Math.ceil(total / 16);
    for (const batch of split.slice(0, -1)) expect(batch.reduce((sum, i) => sum + sizes[i], 0)).toBeGreaterThanOrEqual(target);
  });

  test('many tiny files still spread over the threads', () => {
    const files = Array.from({ length: 1000 }, (_, i) => file(`f${i}.py`, 1));
    expect(batches(files, 4).length).toBeGreaterThanOrEqual(16);
  });
});

describe('the per-file budget', () => {
  test('a file over max-file-size is reported and not read', async () => {
    const result = await analyzeFile(file('big.py', 2048), { rules: rulesById(['eval-used']), options: {} }, { maxFileSize: 1024, timeoutSeconds: 60 });
    expect(result.notifications).toEqual([
      expect.objectContaining({
        id: 'file-too-large',
        level: 'warning',
        path: 'big.py',
        message: expect.stringMatching(/2048 bytes, over the size budget of 1024 bytes \(max-file-size\)/),
      }),
    ]);
  });

  test('a file over the time budget is abandoned with a notification, in the parser or in the walk', async () => {
    // 5,000 lines: longer than a millisecond to parse, so a budget of 0 s runs out in the parser or the walk.
    const source = Buffer.from('x = eval(s)\n'.repeat(5000));
    const rules = rulesById(['eval-used', 'unused-variable']);
    const result = await analyzeSource('slow.py', source, rules, {}, { maxFileSize: 1 << 30, timeoutSeconds: 0 });
    expect(result.findings).toEqual([]);
    expect(result.notifications).toEqual([expect.objectContaining({ id: 'file-timeout', level: 'error', path: 'slow.py' })]);
    // The same file within the budget is analysed.
    const ok = await analyzeSource('slow.py', source, rules, {}, { maxFileSize: 1 << 30, timeoutSeconds: 60 });
    expect(ok.findings.length).toBe(5000);
  });

  test('a worker stuck on a file is stopped; the file is reported and the others are analysed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-pool-'));
    const files = ['a.py', 'hang.py', 'b.py', 'c.py', 'd.py'].map((rel) => ({ ...file(rel, 10), abs: path.join(dir, rel) }));
    const started = Date.now();
    const results = await analyzeFiles(files, [{ rules: [], options: {} }], {
      jobs: 2,
      workerScript: path.join(__dirname, '..', 'fixtures', 'hanging-worker.js'),
      budget: { maxFileSize: 1 << 20, timeoutSeconds: 0 },
      // One second of slack instead of the default ten: the stand-in answers the other files at once.
      watchdogGraceMs: 1000,
    });
    expect(Date.now() - started).toBeLessThan(30000);
    expect(results.map((r) => r.path)).toEqual(files.map((f) => f.rel));
    expect(results[1].notifications).toEqual([expect.objectContaining({ id: 'file-timeout', path: 'hang.py' })]);
    for (const i of [0, 2, 3, 4]) expect(results[i].notifications).toEqual([]);
  }, 60000);
});

describe('worker pool', () => {
  test('a second list of files reuses the threads of the first; new rule sets reach them; close stops them', async () => {
    const files = (prefix: string): SourceFile[] => Array.from({ length: 6 }, (_, i) => file(`${prefix}${i}.py`, 100 + i));
    const setA = [{ rules: rulesById(['eval-used']), options: {} }];
    const setB = [{ rules: rulesById(['exec-used', 'assert-used']), options: {} }];
    const pool = new WorkerPool({ jobs: 2, workerScript: path.join(__dirname, '..', 'fixtures', 'echo-worker.js') });
    const echo = (results: { notifications: { message: string }[] }[]): string[][] => results.map((r) => r.notifications[0].message.split(' '));
    let progress = 0;
    try {
      const first = echo(await pool.analyze(files('a'), setA, () => progress++));
      const threads = new Set(first.map(([thread]) => thread));
      expect(threads.size).toBe(2);
      expect(first.every(([, rules]) => rules === 'eval-used')).toBe(true);
      expect(progress).toBe(6);
      const second = echo(await pool.analyze(files('b'), setA));
      expect(new Set(second.map(([thread]) => thread))).toEqual(threads);
      const third = echo(await pool.analyze(files('c'), setB));
      expect(new Set(third.map(([thread]) => thread))).toEqual(threads);
      expect(third.every(([, rules]) => rules === 'exec-used,assert-used')).toBe(true);
    } finally {
      await pool.close();
    }
    // Closed: a later list starts threads of its own.
    const after = echo(await pool.analyze(files('d'), setA));
    await pool.close();
    expect(after.every(([thread]) => Number(thread) > 0)).toBe(true);
  });
});

describe('progress indicator', () => {
  const fakeStream = (tty: boolean): NodeJS.WriteStream & { text: string } => {
    const stream = {
      isTTY: tty,
      text: '',
      write(s: string) {
        stream.text += s;
        return true;
      },
    };
    return stream as unknown as NodeJS.WriteStream & { text: string };
  };

  test('on a terminal: files done out of the total, then erased', async () => {
    const stream = fakeStream(true);
    const progress = startProgress(stream, 0);
    progress.total(120);
    progress.done(45);
    await new Promise((r) => setTimeout(r, 20));
    progress.stop();
    expect(stream.text).toMatch(/tendril: analysing\.\.\. 45\/120 files, \d+s/);
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  test('not a terminal: nothing', async () => {
    const stream = fakeStream(false);
    const progress = startProgress(stream, 0);
    progress.total(1);
    await new Promise((r) => setTimeout(r, 20));
    progress.stop();
    expect(stream.text).toBe('');
  });
});
