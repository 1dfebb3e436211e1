import * as fs from 'fs';
import * as path from 'path';
import { getParser } from '../../src/engine/parser';
import { brokenLayout, LAYOUT, TREE_LAYOUT, TREE_SITTER_PYTHON_VERSION, WEB_TREE_SITTER_VERSION, type LayoutName } from '../../src/engine/layout';
import { checkTreeLayout, describeTree, SELF_CHECK_SNIPPET, SELF_CHECK_TREE } from '../../src/engine/selfcheck';
import { SyntaxTree, useTreeLayout } from '../../src/engine/tree';
import { countFindings, evaluateGates, exitCode } from '../../src/gate/gates';
import { runAction } from '../../src/github/action';
import type { Notification } from '../../src/engine/types';
import { run } from '../../src/pipeline/run';
import { writeSarif } from '../../src/report/sarif';
import { resolveSettings } from '../../src/settings/settings';
import { REPO, tempRepo } from '../helpers';

/**
 * The layout table the tree copy reads tree-sitter's memory with (src/engine/layout.ts), the
 * self-check that guards it (src/engine/selfcheck.ts), and what an internal error does to a run.
 */

const MODULES = path.join(REPO, 'node_modules');
const MISMATCH = new RegExp(`^the syntax tree layout does not match web-tree-sitter ${WEB_TREE_SITTER_VERSION.replace(/\./g, '\\.')}; `);

describe('the layout table', () => {
  test('was read from the pinned versions, which package.json pins exactly', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.dependencies['web-tree-sitter']).toBe(WEB_TREE_SITTER_VERSION);
    expect(pkg.dependencies['tree-sitter-python']).toBe(TREE_SITTER_PYTHON_VERSION);
    const installed = (name: string): string => JSON.parse(fs.readFileSync(path.join(MODULES, name, 'package.json'), 'utf8')).version;
    expect(installed('web-tree-sitter')).toBe(WEB_TREE_SITTER_VERSION);
    expect(installed('tree-sitter-python')).toBe(TREE_SITTER_PYTHON_VERSION);
  });

  test('is frozen, and every entry says what it is and names a source file the package ships', () => {
    expect(Object.isFrozen(TREE_LAYOUT)).toBe(true);
    expect(Object.isFrozen(LAYOUT)).toBe(true);
    for (const [name, entry] of Object.entries(TREE_LAYOUT)) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect({ name, integer: Number.isInteger(entry.value), what: entry.what.length > 10 }).toEqual({ name, integer: true, what: true });
      expect(LAYOUT[name as LayoutName]).toBe(entry.value);
      const files = [...entry.source.matchAll(/(?:^|[\s;(])((?:src\/)?[\w-]+\.(?:h|c|ts))\b/g)].map((m) => m[1]);
      expect({ name, files: files.length > 0 }).toEqual({ name, files: true });
      for (const file of files) {
        const where = file.startsWith('src/') ? file : path.join('lib', file);
        expect({ name, file, exists: fs.existsSync(path.join(MODULES, 'web-tree-sitter', where)) }).toEqual({ name, file, exists: true });
      }
    }
  });

  test('TSLanguage offsets are those of the struct in the shipped parser.h (wasm32: 4-byte pointers)', () => {
    const header = fs.readFileSync(path.join(MODULES, 'web-tree-sitter', 'lib', 'parser.h'), 'utf8');
    const body = /struct TSLanguage \{([\s\S]*?)\n\};/.exec(header)![1];
    const offsets = new Map<string, number>();
    let at = 0;
    for (const line of body.split('\n').map((l) => l.trim())) {
      // The fields up to the first nested struct: integers and pointers (function pointers too).
      if (line.startsWith('struct')) break;
      const m = /^(?:const\s+)?([\w]+)\s*(?:const\s*)?(\*+\s*(?:const\s*)?\*?|\(\*)?\s*(\w+)/.exec(line);
      if (!m) continue;
      const size = m[2] ? 4 : { uint32_t: 4, uint16_t: 2, TSSymbol: 2, TSStateId: 2 }[m[1]];
      if (size === undefined) throw new Error(`unknown field type in TSLanguage: ${line}`);
      at = Math.ceil(at / size) * size;
      offsets.set(m[3], at);
      at += size;
    }
    const fields: [LayoutName, string][] = [
      ['languageAbiVersion', 'abi_version'],
      ['languageSymbolCount', 'symbol_count'],
      ['languageAliasCount', 'alias_count'],
      ['languageProductionIdCount', 'production_id_count'],
      ['languageFieldCount', 'field_count'],
      ['languageMaxAliasSequenceLength', 'max_alias_sequence_length'],
      ['languageFieldMapSlices', 'field_map_slices'],
      ['languageFieldMapEntries', 'field_map_entries'],
      ['languageSymbolMetadata', 'symbol_metadata'],
      ['languagePublicSymbolMap', 'public_symbol_map'],
      ['languageAliasSequences', 'alias_sequences'],
    ];
    for (const [name, field] of fields) expect({ name, offset: LAYOUT[name] }).toEqual({ name, offset: offsets.get(field) });
  });

  test('brokenLayout changes one entry, and refuses an unknown one', () => {
    expect(brokenLayout('heapSymbol')).toEqual({ ...LAYOUT, heapSymbol: LAYOUT.heapSymbol + 4 });
    expect(brokenLayout('inlineMissing')).toEqual({ ...LAYOUT, inlineMissing: LAYOUT.inlineMissing * 2 });
    expect(brokenLayout('heapSymbol=42').heapSymbol).toBe(42);
    expect(() => brokenLayout('nope')).toThrow(/TENDRIL_TEST_BREAK_LAYOUT: no layout entry 'nope'/);
    expect(() => brokenLayout('heapSymbol=x')).toThrow(/not an integer/);
  });
});

describe('the self-check', () => {
  afterEach(() => useTreeLayout());

  test('passes with the real layout: the snippet copies to the expected tree', async () => {
    const parser = await getParser();
    const started = process.hrtime.bigint();
    checkTreeLayout(parser);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(ms).toBeLessThan(1000);
    const parsed = parser.parse(SELF_CHECK_SNIPPET)!;
    try {
      expect(describeTree(SyntaxTree.from(parsed, SELF_CHECK_SNIPPET))).toEqual(SELF_CHECK_TREE);
    } finally {
      parsed.delete();
    }
  });

  test('the snippet has what the layout needs: ERROR, MISSING, extras, fields, aliases, heap and inline leaves', () => {
    const text = SELF_CHECK_TREE.join('\n');
    for (const needed of [/ERROR .* error/, / missing/, /comment .* extra/, /name: identifier/, /consequence: block/, /"not in"/, /string_start/]) {
      expect(text).toMatch(needed);
    }
    // A comment over 255 bytes (a heap leaf), a padding over 255 bytes, a character outside the BMP.
    expect(SELF_CHECK_SNIPPET).toMatch(/#x{256,}/);
    expect(SELF_CHECK_SNIPPET).toMatch(/ {256,}/);
    expect(SELF_CHECK_SNIPPET).toMatch(/[\u{10000}-\u{10ffff}]/u);
  });

  // With the default change of brokenLayout, each entry breaks the copy of the snippet, except
  // `inlineIsInline`: moved one bit up, it is `visible`, which every inline leaf of a Python tree
  // has (the grammar's hidden tokens are all external, so never inline): both read the same trees.
  const SAME_TREES: LayoutName[] = ['inlineIsInline'];

  test.each(Object.keys(TREE_LAYOUT).filter((name) => !SAME_TREES.includes(name as LayoutName)))('catches a wrong %s', async (name) => {
    const parser = await getParser();
    useTreeLayout(brokenLayout(name));
    expect(() => checkTreeLayout(parser)).toThrow(MISMATCH);
  });

  test.each([
    'inlineIsInline=4',
    'inlineIsInline=128',
    'inlineSymbol=2',
    'inlinePaddingBytes=4',
    'heapSymbol=42',
    'heapMissing=256',
    'heapVisible=4',
    'heapProductionId=64',
    'heapChildCount=40',
    'subtreeSize=4',
    'metadataNamed=0',
    'metadataSize=4',
    'fieldEntryInherited=2',
    'symbolSize=4',
    'unitShift=0',
  ])('catches %s', async (spec) => {
    const parser = await getParser();
    useTreeLayout(brokenLayout(spec));
    expect(() => checkTreeLayout(parser)).toThrow(MISMATCH);
  });

  test('names the difference, and a copy over garbage ends', async () => {
    const parser = await getParser();
    useTreeLayout(brokenLayout('heapSymbol'));
    expect(() => checkTreeLayout(parser)).toThrow(/node 0 \(module at 0\): type is \w+ in the copy, module in tree-sitter/);
    // A wrong child count sends the copy over memory that is no tree: it gives up after its step bound.
    useTreeLayout(brokenLayout('heapChildCount'));
    expect(() => checkTreeLayout(parser)).toThrow(/no end after \d+ steps|nodes where tree-sitter counts/);
    useTreeLayout();
    expect(() => checkTreeLayout(parser)).not.toThrow();
  });

  test('TENDRIL_TEST_BREAK_LAYOUT makes loading the parser fail with the message', async () => {
    const saved = process.env.TENDRIL_TEST_BREAK_LAYOUT;
    process.env.TENDRIL_TEST_BREAK_LAYOUT = 'heapSizeBytes';
    try {
      let load: Promise<unknown> | undefined;
      jest.isolateModules(() => {
        // A fresh parser module (and runtime): this thread's own parser is already checked and loaded.
        load = (require('../../src/engine/parser') as typeof import('../../src/engine/parser')).getParser();
      });
      await expect(load).rejects.toThrow(MISMATCH);
    } finally {
      if (saved === undefined) delete process.env.TENDRIL_TEST_BREAK_LAYOUT;
      else process.env.TENDRIL_TEST_BREAK_LAYOUT = saved;
    }
  });
});

describe('an internal error', () => {
  const settings = resolveSettings({ root: '/', paths: ['.'], jobs: 1 }, {}, {});
  const none = countFindings([]);
  const internal = (path: string): Notification => ({
    level: 'error',
    id: 'internal-error',
    path,
    message: `${path} was not fully analysed: internal error: x`,
  });

  test('fails the run whatever the gates say: exit code 2', () => {
    const passed = evaluateGates(none, settings, none, [{ level: 'warning', id: 'syntax-error', path: 'a.py', message: 'm' }]);
    expect(passed).toEqual({ failed: false, reasons: [] });
    expect(exitCode(passed)).toBe(0);
    const gate = evaluateGates(none, settings, none, [internal('b.py'), internal('a.py'), internal('b.py')]);
    expect(gate.failed).toBe(true);
    expect(gate.internalError).toBe(
      '2 files could not be fully analysed because of an internal error (b.py, a.py); the results are incomplete, so the run fails',
    );
    expect(gate.reasons).toEqual([gate.internalError]);
    expect(exitCode(gate)).toBe(2);
    expect(exitCode({ failed: true, reasons: ['x'] })).toBe(1);
  });

  /** Makes the copy of files that start with `"""B.` fail, as a bug in the engine would. */
  const breakB = (): jest.SpyInstance => {
    const from = SyntaxTree.from;
    return jest.spyOn(SyntaxTree, 'from').mockImplementation((tree, text) => {
      if (text.startsWith('"""B.')) throw new Error('broken on purpose');
      return from.call(SyntaxTree, tree, text);
    });
  };
  const FILES = { 'a.py': '"""A."""\nimport subprocess\nsubprocess.call("ls", shell=True)\n', 'b.py': '"""B."""\n' };

  test('in a run: the notification stays in SARIF, and the outcome exits 2', async () => {
    const root = tempRepo(FILES);
    const spy = breakB();
    try {
      const outcome = await run(resolveSettings({ root, paths: [root], jobs: 1 }, {}, { cacheDir: false }));
      expect(outcome.notifications.map((n) => [n.id, n.path])).toEqual([['internal-error', 'b.py']]);
      expect(outcome.findings.length).toBeGreaterThan(0);
      expect(outcome.gate.internalError).toMatch(/^1 file could not be fully analysed because of an internal error \(b\.py\)/);
      expect(exitCode(outcome.gate)).toBe(2);
      const sarif = JSON.parse(writeSarif(outcome).text);
      const notes = sarif.runs.flatMap((r: { invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }) =>
        r.invocations.flatMap((i) => i.toolExecutionNotifications.map((n) => n.descriptor.id)),
      );
      expect(notes).toContain('internal-error');
    } finally {
      spy.mockRestore();
    }
  });

  test('in the action: the step fails (exit 2) with an error annotation, though no gate failed', async () => {
    const ws = tempRepo(FILES);
    const spy = breakB();
    const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };
    // Outputs and summary go to stdout here, not to the files of a job this test may run in.
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const code = await runAction({ GITHUB_WORKSPACE: ws, INPUT_BASELINE_REF: 'none' });
      write.mockRestore();
      const out = lines.join('');
      expect(out).toMatch(/::error title=Tendril internal error::1 file could not be fully analysed because of an internal error \(b\.py\)/);
      expect(out).not.toMatch(/Tendril gate failed/);
      expect(code).toBe(2);
    } finally {
      write.mockRestore();
      spy.mockRestore();
      if (saved.output !== undefined) process.env.GITHUB_OUTPUT = saved.output;
      if (saved.summary !== undefined) process.env.GITHUB_STEP_SUMMARY = saved.summary;
    }
  });
});
