/**
 * pep8-naming N803: parameters of functions and lambdas are lowercase; not checked for
 * `@override` methods (the base class chose the names), nor for names matching `ignore-names`.
 */
import { bindingRule } from './binding-rule';
import { ignoredName, isLowercase, isOverride, namingDocs, namingMeta } from './naming-conventions';

export const invalidArgumentName = bindingRule({
  meta: namingMeta({
    id: 'invalid-argument-name',
    name: 'InvalidArgumentName',
    shortDescription: 'A parameter name is not lowercase',
    fullDescription:
      'PEP 8 names function parameters in lowercase with underscores. Parameter names are part of a ' +
      "function's interface (callers pass them as keywords), so a camelCase parameter spreads the " +
      'inconsistency to every call site.',
    aliases: ['N803', 'C0103'],
  }),
  docs: namingDocs({
    title: 'A parameter name is not lowercase',
    why: `Parameters are part of the interface: callers write \`fetch(url, maxRetries=3)\`. PEP 8 spells
them in lowercase with underscores, like other variables.`,
    example: `def fetch(url, maxRetries=3):
    ...`,
    exampleNote: '`maxRetries` is reported.',
    fix: `Rename the parameter (\`max_retries\`) and its keyword uses; for public API, accept the old keyword
for a while.`,
    fixed: `def fetch(url, max_retries=3):
    ...`,
    notReported: ['Parameters of methods decorated with `@override`: the base class chose the names.', 'Names matching `ignore-names`.'],
  }),
  judge: (context) => (b) => {
    if (b.kind !== 'parameter' || isLowercase(b.name) || ignoredName(context, b.name)) return undefined;
    if (b.scope.kind === 'function' && isOverride(b.scope.node)) return undefined;
    return `Argument name \`${b.name}\` should be lowercase`;
  },
});
