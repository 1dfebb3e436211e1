import * as fs from 'fs';
import * as path from 'path';
import { Interpreter } from '../../src/analysis/taint/interpret';
import { WATCH } from '../../src/analysis/taint/verdict';
import { analyzeSource } from '../../src/engine/analyze';
import { ALL_RULES } from '../../src/rules';
import { REPO, stdlibSample } from '../helpers';

/**
 * The verdicts on values built at run time (src/analysis/taint/verdict.ts) interpret the file up to
 * the last function holding an asked-about expression, not the whole file: checked against the
 * whole run (WATCH.stopEarly = false) on every security rule's findings, over the taint corpora,
 * the examples and files of the standard library.
 */
const SECURITY = ALL_RULES.filter((r) => r.meta.kind === 'security');
const SINKS = /shell\s*=|os\.system|os\.popen|\beval\(|\bexec\(|execute\(|subprocess|pickle|yaml/;

/** Where an early stop could go wrong: asked-about values in several functions, outside bodies, nested, recursive. */
const CASES = [
  // Constant commands in two functions and a method, the last after an unrelated function.
  [
    'import os, subprocess',
    'def a():',
    '    cmd = "ls"',
    '    subprocess.run(cmd, shell=True)',
    'def unrelated(x):',
    '    return x',
    'class K:',
    '    def m(self):',
    '        c = "df"',
    '        os.system(c)',
    'def b(p):',
    '    c = "du"',
    '    os.system(c)',
    '    os.system(p)',
  ],
  // A default value and a decorator argument: evaluated by the module's top level.
  [
    'import os',
    'C = "ls"',
    'def deco(x):',
    '    return lambda f: f',
    '@deco(os.system(C))',
    'def f(x=os.system(C)):',
    '    return x',
    'g = lambda y=os.popen(C): y',
  ],
  // Nested functions, and mutual recursion whose order decides what a summary sees.
  [
    'import os',
    'def outer():',
    '    def inner():',
    '        c = "ls"',
    '        os.system(c)',
    '    return inner',
    'def even(n):',
    '    return odd(n) if n else "ls"',
    'def odd(n):',
    '    c = even(n)',
    '    os.system(c)',
    '    return c',
  ],
].map((lines) => lines.join('\n') + '\n');

function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const dir of ['test/taint/corpus', 'test/taint/corpus-alt', 'examples']) walk(path.join(REPO, dir));
  return [...CASES, ...out, ...stdlibSample(20)].filter((text) => SINKS.test(text));
}

async function findings(text: string): Promise<string> {
  const result = await analyzeSource('app.py', Buffer.from(text), SECURITY);
  return JSON.stringify(result.findings.map((f) => [f.ruleId, f.line, f.column, f.message]));
}

afterEach(() => {
  WATCH.stopEarly = true;
});

describe('verdicts on run-time values: the early stop', () => {
  test('gives the findings of the whole run on every file', async () => {
    const texts = sources();
    expect(texts.length).toBeGreaterThan(100);
    for (const [k, text] of texts.entries()) {
      WATCH.stopEarly = true;
      const early = await findings(text);
      WATCH.stopEarly = false;
      const whole = await findings(text);
      expect({ k, early }).toEqual({ k, early: whole });
    }
  });

  test('the constructed cases get verdicts (the comparison is not between two runs that decide nothing)', async () => {
    const ids = await Promise.all(CASES.map(async (text) => (JSON.parse(await findings(text)) as [string, number][]).map(([id, line]) => `${id}@${line}`)));
    expect(ids[0]).toEqual(
      expect.arrayContaining(['subprocess-shell-true-literal@4', 'start-process-with-shell-literal@10', 'start-process-with-shell-literal@13']),
    );
    expect(ids[1]).toEqual(expect.arrayContaining(['start-process-with-shell-literal@5', 'start-process-with-shell-literal@6']));
    expect(ids[2]).toEqual(expect.arrayContaining(['start-process-with-shell-literal@5']));
  });

  test('interprets no function after the last one that holds an asked-about value', async () => {
    const later = Array.from({ length: 30 }, (_, i) => `def g${i}(x):\n    return x + ${i}\n`).join('\n');
    const text = `import subprocess\n\ndef f():\n    cmd = "ls"\n    subprocess.run(cmd, shell=True)\n\n${later}`;
    const spy = jest.spyOn(Interpreter.prototype as unknown as { summaryOf(ref: unknown): unknown }, 'summaryOf');
    try {
      WATCH.stopEarly = false;
      const whole = await findings(text);
      const wholeCalls = spy.mock.calls.length;
      spy.mockClear();
      WATCH.stopEarly = true;
      const early = await findings(text);
      // The taint run itself summarises every function; the verdict's run, only f.
      expect(spy.mock.calls.length).toBe(wholeCalls - 30);
      expect(early).toBe(whole);
      expect(early).toContain('subprocess-shell-true-literal');
    } finally {
      spy.mockRestore();
    }
  });
});
