/**
 * pydocstyle D102 / D103 (Ruff D102, D103; Pylint C0116): a public function or method without a
 * docstring; D105 (magic methods) and D107 (`__init__`) behind options, off by default. Reported
 * on the function name. What "public" means is in src/analysis/docstrings.ts.
 */
import { definitionDocstring, definitionName, isPublicDefinition, moduleVisibility } from '../../analysis/docstrings';
import { scopes, type ScopeModel } from '../../analysis/scopes';
import { defineRule } from '../define';

/**
 * pydocstyle's magic methods: dunder names, except `__init__` (its own check, D107) and `__new__`
 * and `__call__`, which take arbitrary arguments and are documented like ordinary methods (D102).
 */
const isMagic = (name: string): boolean =>
  name.length > 4 && name.startsWith('__') && name.endsWith('__') && name !== '__init__' && name !== '__new__' && name !== '__call__';

export const missingFunctionDocstring = defineRule({
  meta: {
    id: 'missing-function-docstring',
    name: 'MissingFunctionDocstring',
    kind: 'maintainability',
    shortDescription: 'A public function or method has no docstring',
    fullDescription:
      'A public function or method has no docstring, so its callers learn what it does, expects and ' +
      'returns only by reading its code. Private and nested functions, methods of private classes, ' +
      'overload stubs, overrides and property setters are not reported; magic methods and __init__ ' +
      'only when enabled.',
    category: 'documentation',
    aliases: ['D102', 'D103', 'D105', 'D107', 'C0116'],
    precision: 'very-high',
    problemSeverity: 'recommendation',
    // A syntax error can hide the first statement or misplace a definition.
    needsCleanParse: true,
    options: {
      'include-magic-methods': {
        type: 'boolean',
        default: false,
        description: 'Also report magic methods such as `__eq__` (pydocstyle D105).',
      },
      'include-init': {
        type: 'boolean',
        default: false,
        description: 'Also report `__init__` methods (pydocstyle D107).',
      },
    },
  },
  docs: {
    title: 'A public function has no docstring',
    why: `A public function or method is called by code its author does not see. Its docstring says what it
does, what it expects and what it returns or raises, and is what \`help()\`, IDEs (on hover) and
documentation generators show.`,
    example: `def parse_duration(text):
    number, unit = text[:-1], text[-1]
    ...`,
    fix: 'Make the first statement of the body a string literal:',
    fixed: `def parse_duration(text):
    """Return the number of seconds in a duration such as "90s" or "5m"."""
    number, unit = text[:-1], text[-1]
    ...`,
    notReported: [
      `Functions that are not public, as pydocstyle and Ruff define it:
  - names starting with \`_\` (module-level dunder functions such as \`__getattr__\` too);
  - methods of a class that is not public (private name, defined in a function, left out of
    \`__all__\`, nested in a private class);
  - functions nested in functions;
  - module-level functions not listed in \`__all__\` when the module assigns \`__all__\`;
  - everything in a private module (\`_x.py\`, or inside a \`_x/\` folder);
  - \`@overload\` stubs, \`@override\` methods (the base method documents them), and property
    setters and deleters (\`@name.setter\`, \`@name.deleter\`: the getter documents the property).`,
      'Files with syntax errors are not checked.',
    ],
    more: `An f-string or bytes literal is not a docstring, so functions starting with one are reported.

## Options

- \`include-magic-methods\` (default \`false\`): also report magic methods such as \`__eq__\` or
  \`__len__\` (pydocstyle D105). \`__new__\` and \`__call__\` are not magic methods here: like
  pydocstyle, they are reported as ordinary public methods, since what they accept varies.
- \`include-init\` (default \`false\`): also report \`__init__\` methods (pydocstyle D107); many
  projects document the constructor's parameters in the class docstring instead.`,
  },
  uses: [scopes],
  create(context) {
    return {
      end() {
        const magic = context.option<boolean>('include-magic-methods');
        const init = context.option<boolean>('include-init');
        const model = context.analysis<ScopeModel>(scopes);
        const visibility = moduleVisibility(model, context.path);
        for (const scope of model.scopes) {
          if (scope.kind !== 'function' || !isPublicDefinition(scope, visibility)) continue;
          if (definitionDocstring(scope.node)) continue;
          const nameNode = scope.node.childForFieldName('name');
          if (!nameNode) continue;
          const name = nameNode.text;
          let message: string;
          if (scope.parent?.kind === 'class') {
            const qualified = `\`${definitionName(scope.parent)}.${name}\``;
            if (name === '__init__') {
              if (!init) continue;
              message = `${qualified} has no docstring`;
            } else if (isMagic(name)) {
              if (!magic) continue;
              message = `Magic method ${qualified} has no docstring`;
            } else message = `Public method ${qualified} has no docstring`;
          } else message = `Public function \`${name}\` has no docstring`;
          context.report(nameNode, message);
        }
      },
    };
  },
});
