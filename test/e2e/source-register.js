'use strict';
// Lets a child process run Tendril from its TypeScript sources, without a build:
//   node -r ./test/e2e/source-register.js src/cli.ts check ...
// Each .ts file is transpiled when required (types are not checked; `npx tsc` does that).
// Used by test/e2e/broken-layout.test.ts, to run the CLI as the sources are now.
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};
