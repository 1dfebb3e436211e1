/**
 * pydocstyle D100 / D104 (Ruff D100, D104; Pylint C0114): a public module or package without a
 * docstring. Ruff reports it at the start of the file; so does this rule, as a 0-length range at
 * line 1, column 1. D104 is the `__init__.py` case. Private modules (`_x.py`, or inside a `_x/`
 * folder) are not reported; see src/analysis/docstrings.ts.
 */
import { docstringOf, isPackageInit, isPrivateModulePath } from '../../analysis/docstrings';
import { defineRule } from '../define';

export const missingModuleDocstring = defineRule({
  meta: {
    id: 'missing-module-docstring',
    name: 'MissingModuleDocstring',
    kind: 'maintainability',
    shortDescription: 'A public module or package has no docstring',
    fullDescription:
      'A public module (or a package, through its __init__.py) does not start with a docstring, so ' +
      'help(), IDEs and documentation tools have nothing to say about what it is for. Private modules ' +
      '(names starting with an underscore) are not reported.',
    category: 'documentation',
    aliases: ['D100', 'D104', 'C0114'],
    precision: 'very-high',
    problemSeverity: 'recommendation',
    // A syntax error can hide the first statement or misplace a definition.
    needsCleanParse: true,
    options: {
      'include-modules': { type: 'boolean', default: true, description: 'Report modules (pydocstyle D100).' },
      'include-packages': { type: 'boolean', default: true, description: 'Report packages, through their `__init__.py` (pydocstyle D104).' },
    },
  },
  docs: {
    title: 'A public module has no docstring',
    why: `The module docstring is what \`help(module)\`, IDEs and documentation generators show first: one
sentence saying what the module is for saves every reader from inferring it from the code. For a
package, the docstring of its \`__init__.py\` describes the package.`,
    example: `import json


def load(path):
    ...`,
    fix: 'Start the file with a string literal (after comments and a shebang, before any code):',
    fixed: `"""Read and write the application's settings files."""

import json


def load(path):
    ...`,
    notReported: [
      `Private modules: a file whose name, or one of whose folders, starts with \`_\` (\`_compat.py\`,
  \`_internal/util.py\`), except dunder names such as \`__init__.py\` and \`__main__.py\`.`,
      `A string that is not the first statement, an f-string or a bytes literal does not count as a
  docstring (Python does not store it in \`__doc__\`), so such modules are reported.`,
      'Files with syntax errors: the first statement may not be what it seems.',
    ],
    more: `## Options

\`include-modules\` and \`include-packages\` (default \`true\`): report modules (D100) and packages
(D104). A Ruff, flake8 or Pylint configuration that ignores one of the two codes turns its option off
(see the README, "Other tools' configuration").`,
  },
  create(context) {
    return {
      end() {
        if (isPrivateModulePath(context.path)) return;
        if (docstringOf(context.tree.rootNode)) return;
        const isPackage = isPackageInit(context.path);
        if (!context.option<boolean>(isPackage ? 'include-packages' : 'include-modules')) return;
        const message = isPackage ? 'Public package has no docstring in its `__init__.py`' : 'Public module has no docstring';
        context.reportRange({ row: 0, column: 0 }, { row: 0, column: 0 }, message);
      },
    };
  },
});
