/**
 * pydocstyle D101 / D106 (Ruff D101, D106; Pylint C0115): a public class, or a public class nested
 * in a public class, without a docstring. Reported on the class name. What "public" means is in
 * src/analysis/docstrings.ts.
 */
import { definitionDocstring, definitionName, isPublicDefinition, moduleVisibility } from '../../analysis/docstrings';
import { scopes, type ScopeModel } from '../../analysis/scopes';
import { defineRule } from '../define';

export const missingClassDocstring = defineRule({
  meta: {
    id: 'missing-class-docstring',
    name: 'MissingClassDocstring',
    kind: 'maintainability',
    shortDescription: 'A public class has no docstring',
    fullDescription:
      'A public class (module-level, or nested in a public class) has no docstring, so its users learn ' +
      'what it represents only by reading its code. Private classes, classes defined in functions and ' +
      'classes left out of __all__ are not reported.',
    category: 'documentation',
    aliases: ['D101', 'D106', 'C0115'],
    precision: 'very-high',
    problemSeverity: 'recommendation',
    // A syntax error can hide the first statement or misplace a definition.
    needsCleanParse: true,
    options: {
      'include-nested': { type: 'boolean', default: true, description: 'Report classes nested in a public class (pydocstyle D106).' },
    },
  },
  docs: {
    title: 'A public class has no docstring',
    why: `A public class is part of a module's interface: its docstring tells users what an instance
represents and how to use it, and it is what \`help()\`, IDEs and documentation generators show.`,
    example: `class RetryPolicy:
    def __init__(self, attempts, delay):
        ...`,
    fix: 'Make the first statement of the class body a string literal:',
    fixed: `class RetryPolicy:
    """How many times to retry a failed request, and how long to wait in between."""

    def __init__(self, attempts, delay):
        ...`,
    notReported: [
      `Classes that are not public, as pydocstyle and Ruff define it:
  - names starting with \`_\`, and classes nested in such a class;
  - classes defined inside a function;
  - module-level classes not listed in \`__all__\` when the module assigns \`__all__\`;
  - every class of a private module (\`_x.py\`, or inside a \`_x/\` folder).`,
      'Files with syntax errors are not checked.',
    ],
    more: `A class nested in a public class (pydocstyle D106) is reported like a module-level one.

## Options

\`include-nested\` (default \`true\`): report nested classes (D106); a Ruff or flake8 configuration
that ignores D106 turns it off.`,
  },
  uses: [scopes],
  create(context) {
    return {
      end() {
        const model = context.analysis<ScopeModel>(scopes);
        const visibility = moduleVisibility(model, context.path);
        const includeNested = context.option<boolean>('include-nested');
        for (const scope of model.scopes) {
          if (scope.kind !== 'class' || !isPublicDefinition(scope, visibility)) continue;
          if (definitionDocstring(scope.node)) continue;
          const nameNode = scope.node.childForFieldName('name');
          if (!nameNode) continue;
          const nested = scope.parent?.kind === 'class';
          if (nested && !includeNested) continue;
          const message = nested
            ? `Public nested class \`${definitionName(scope.parent!)}.${nameNode.text}\` has no docstring`
            : `Public class \`${nameNode.text}\` has no docstring`;
          context.report(nameNode, message);
        }
      },
    };
  },
});
