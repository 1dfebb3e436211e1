// The parse floor: read and parse every file with web-tree-sitter on one thread, nothing else.
// Usage: node parse-floor.js LISTFILE   (one absolute path per line)
'use strict';
const fs = require('fs');
const path = require('path');
const { Parser, Language } = require('web-tree-sitter');

(async () => {
  const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  const modules = path.join(__dirname, '..', '..', 'node_modules');
  await Parser.init({ wasmBinary: fs.readFileSync(path.join(modules, 'web-tree-sitter', 'tree-sitter.wasm')) });
  const parser = new Parser();
  parser.setLanguage(await Language.load(fs.readFileSync(path.join(modules, 'tree-sitter-python', 'tree-sitter-python.wasm'))));
  for (const file of files) {
    const tree = parser.parse(fs.readFileSync(file).toString('utf8'));
    tree.delete();
  }
})();
