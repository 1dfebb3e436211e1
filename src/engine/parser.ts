import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser } from 'web-tree-sitter';
import { brokenLayout } from './layout';
import { checkTreeLayout } from './selfcheck';
import { setRuntimeMemory, useTreeLayout, type RuntimeMemory } from './tree';

/**
 * Loads tree-sitter (WebAssembly) and the Python grammar once per thread, and checks that the
 * tree copy reads the runtime's memory right (src/engine/selfcheck.ts) before anything is parsed:
 * on a mismatch, every use of the parser fails with that one message.
 *
 * Both `.wasm` files are read from disk and handed over as bytes: next to the bundle in `dist/`
 * (copied there by `scripts/build.js`), or from `node_modules` when running from source.
 */
const WASM_FILES = {
  runtime: { file: 'tree-sitter.wasm', pkg: 'web-tree-sitter' },
  python: { file: 'tree-sitter-python.wasm', pkg: 'tree-sitter-python' },
} as const;

function locateWasm(which: keyof typeof WASM_FILES): string {
  const { file, pkg } = WASM_FILES[which];
  const candidates = [
    path.join(__dirname, file), // dist/ bundle
    path.join(__dirname, '..', '..', 'node_modules', pkg, file), // src/engine when run from source
  ];
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')})`);
}

let ready: Promise<Parser> | undefined;

/** The thread's parser, created on first use. */
export function getParser(): Promise<Parser> {
  if (!ready) {
    ready = (async () => {
      // Emscripten makes this object the runtime's module: its HEAP views are how src/engine/tree.ts
      // reads the trees.
      const runtime = { wasmBinary: fs.readFileSync(locateWasm('runtime')) };
      await Parser.init(runtime);
      setRuntimeMemory(runtime as RuntimeMemory);
      const language = await Language.load(fs.readFileSync(locateWasm('python')));
      const parser = new Parser();
      parser.setLanguage(language);
      // Test hook, also in the bundles: TENDRIL_TEST_BREAK_LAYOUT=<entry of TREE_LAYOUT> makes that one
      // entry wrong (src/engine/layout.ts, brokenLayout), so that tests can see the self-check stop
      // the run (test/e2e/broken-layout.test.ts). Only the environment sets it, never the scanned files.
      const broken = process.env.TENDRIL_TEST_BREAK_LAYOUT;
      if (broken) useTreeLayout(brokenLayout(broken));
      checkTreeLayout(parser);
      return parser;
    })();
  }
  return ready;
}
