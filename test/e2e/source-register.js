'use strict';
// Lets a child process run Tendril from its TypeScript sources, without a build:
//   node -r ./test/e2e/source-register.js src/cli.ts check ...
// Each .ts file is stripped of its types when required, by SWC as Jest does (types are not
// checked; `npm run typecheck` does that). Used by test/e2e/broken-layout.test.ts, to run the CLI
// as the sources are now.
const fs = require('fs');
const swc = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};
