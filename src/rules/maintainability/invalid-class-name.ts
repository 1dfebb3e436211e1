/**
 * pep8-naming N801: without its leading underscores, a class name starts with an uppercase letter
 * and has no underscore. Not reported: names matching `ignore-names`.
 */
import { bindingRule } from './binding-rule';
import { ignoredName, isCapWords, namingDocs, namingMeta } from './naming-conventions';

export const invalidClassName = bindingRule({
  meta: namingMeta({
    id: 'invalid-class-name',
    name: 'InvalidClassName',
    shortDescription: 'A class name does not use the CapWords convention',
    fullDescription:
      'PEP 8 names classes in CapWords (`HttpClient`, `ParseError`): a class named `http_client` or ' +
      '`Http_Client` reads like a function or variable, and callers cannot tell they are ' +
      'instantiating a class.',
    aliases: ['N801', 'C0103'],
  }),
  docs: namingDocs({
    title: 'A class name does not use CapWords',
    why: `PEP 8 spells class names in CapWords, so that \`Parser(text)\` visibly creates an object and
\`parse(text)\` visibly calls a function. A lowercase or underscored class name hides that.`,
    example: `class http_client:
    ...

class Http_Client:
    ...`,
    exampleNote: 'Both are reported.',
    fix: `Rename the class: \`class HttpClient:\`. Keep an alias for old callers if it is public API
(\`http_client = HttpClient\`).`,
    fixed: `class HttpClient:
    ...

http_client = HttpClient  # the old name, for existing callers`,
    notReported: ['Leading underscores: `class _Helper:` is fine (the rest must be CapWords).', 'Names matching `ignore-names`.'],
  }),
  judge: (context) => (b) => {
    if (b.kind !== 'class' || isCapWords(b.name) || ignoredName(context, b.name)) return undefined;
    return `Class name \`${b.name}\` should use CapWords`;
  },
});
