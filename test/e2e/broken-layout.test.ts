import { spawnSync } from 'child_process';
import * as path from 'path';
import { NODE24, REPO, runCli, tempRepo } from '../helpers';
import { action } from './inprocess';
import { runAction } from './runner';

/**
 * A wrong entry in the layout the tree copy reads tree-sitter's memory with (src/engine/layout.ts)
 * must stop the run with one message and exit code 2, never pass the gate with nothing analysed.
 * TENDRIL_TEST_BREAK_LAYOUT=<entry> makes one entry wrong (src/engine/parser.ts); the self-check
 * when the parser loads must then fail, in this thread or in the workers.
 */

const MISMATCH = /tendril: internal error: the syntax tree layout does not match web-tree-sitter \d+\.\d+\.\d+; .*nothing was analysed\n/;

describe('a broken tree layout', () => {
  test('the CLI from source: exit 2 with the message, nothing analysed', () => {
    const r = spawnSync(
      NODE24,
      ['-r', path.join(__dirname, 'source-register.js'), path.join(REPO, 'src', 'cli.ts'), 'check', 'examples', '--jobs', '1', '--no-cache'],
      { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, TENDRIL_TEST_BREAK_LAYOUT: 'heapSymbol' } },
    );
    expect(r.stderr).toMatch(MISMATCH);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  test('the CLI bundle, with worker threads: exit 2 with the message', () => {
    // One entry: that the self-check catches a wrong value of every entry is test/unit/tree-layout.test.ts's
    // part; this is the path from a worker's failed self-check to the process's message and exit code.
    // The same run with the real layout, which analyses the examples, is test/e2e/cli.test.ts's first.
    const r = runCli(['check', 'examples', '--jobs', '2', '--no-cache', '--format', 'sarif'], REPO, { TENDRIL_TEST_BREAK_LAYOUT: 'inlinePaddingBytes' });
    expect(r.stderr).toMatch(MISMATCH);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  test('the action bundle: the step fails with an error annotation', async () => {
    const ws = tempRepo({ 'a.py': '"""A."""\nimport os\n' });
    const r = runAction(ws, {}, { TENDRIL_TEST_BREAK_LAYOUT: 'heapChildCount' });
    expect(r.stdout).toMatch(/::error title=Tendril::internal error: the syntax tree layout does not match web-tree-sitter /);
    expect(r.status).toBe(2);
    // The workspace itself passes.
    expect((await action(ws)).status).toBe(0);
  });
});
