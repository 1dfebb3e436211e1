/**
 * pep8-naming N802: function and method names are lowercase. Exempt: dunder names, `@override`
 * and `@overload` functions, `visit_*` methods of `ast.NodeVisitor` / `ast.NodeTransformer`
 * subclasses, `do_*` methods of `BaseHTTPRequestHandler` subclasses (subclasses of subclasses in
 * the same module too), and the names of the `ignore-names` option (by default the unittest hooks
 * `setUp`, `tearDown`, ...).
 */
import { bindingRule } from './binding-rule';
import { ignoredName, inherits, isDunder, isLowercase, isOverride, namingDocs, namingMeta } from './naming-conventions';

export const invalidFunctionName = bindingRule({
  meta: namingMeta({
    id: 'invalid-function-name',
    name: 'InvalidFunctionName',
    shortDescription: 'A function or method name is not lowercase',
    fullDescription:
      'PEP 8 names functions and methods in lowercase with underscores (`load_config`). A camelCase or ' +
      'CapWords function name reads like a class and clashes with the rest of the Python ecosystem.',
    aliases: ['N802', 'C0103'],
  }),
  docs: namingDocs({
    title: 'A function name is not lowercase',
    why: `PEP 8 spells function and method names in lowercase, words separated by underscores. A
\`CapWords\` function looks like a class at the call site, and camelCase names mix two styles in
one code base.`,
    example: `def loadConfig(path):
    ...`,
    exampleNote: '`loadConfig` is reported.',
    fix: 'Rename it, `def load_config(path):`, and update the callers.',
    fixed: `def load_config(path):
    ...`,
    notReported: [
      'Dunder methods (`__init__`, `__getItem__` is not a real dunder but is still exempt).',
      'Methods decorated with `@override` or `@overload`: the name is chosen elsewhere.',
      `\`visit_*\` methods of \`ast.NodeVisitor\` and \`ast.NodeTransformer\` subclasses
  (\`visit_FunctionDef\`): the node class names are part of the name. Likewise \`do_GET\`,
  \`do_POST\`, ... of \`http.server.BaseHTTPRequestHandler\` subclasses. Subclasses of subclasses
  defined in the same module count too.`,
      'Names matching `ignore-names`, by default the `unittest` hooks (`setUp`, `tearDownClass`, ...).',
    ],
  }),
  judge: (context, model) => (b) => {
    if (b.kind !== 'function' || isLowercase(b.name) || isDunder(b.name)) return undefined;
    if (ignoredName(context, b.name) || isOverride(b.owner)) return undefined;
    if (b.scope.kind === 'class' && b.name.startsWith('visit_') && inherits(model, b.scope, /\b(NodeVisitor|NodeTransformer)\b/)) return undefined;
    if (b.scope.kind === 'class' && b.name.startsWith('do_') && inherits(model, b.scope, /HTTPRequestHandler\b/)) return undefined;
    return `Function name \`${b.name}\` should be lowercase`;
  },
});
