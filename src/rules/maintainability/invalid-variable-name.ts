/**
 * pep8-naming N806, N815, N816: a variable bound in a function is lowercase (N806; not names
 * declared `global`/`nonlocal`, not `X = TypeVar(...)`, `NewType`, `namedtuple`, `NamedTuple`,
 * `TypedDict`, `ParamSpec`, `TypeVarTuple` calls or `X: TypeAlias = ...`); a class attribute
 * (N815, not in TypedDict classes, not dunders) or module variable (N816) is not mixedCase.
 * Assignments of every form count, annotation-only declarations too; imports, `except ... as`
 * names and comprehension targets do not. Each binding is reported, like Ruff.
 *
 * Not a binding rule: `fooBar: int` binds nothing in the scope model, so the walk collects those
 * declarations, and they are judged with the bindings.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { unparenthesize } from '../../analysis/literals';
import { scopeAt, scopes, type Scope, type ScopeModel } from '../../analysis/scopes';
import type { RuleContext } from '../../engine/api';
import { defineRule } from '../define';
import { classBases, ignoredName, isDunder, isLowercase, isMixedCase, namingDocs, namingMeta } from './naming-conventions';

const VARIABLE_KINDS = new Set(['assignment', 'augmented', 'for', 'with', 'walrus']);
const TYPE_FACTORIES = /(^|\.)(TypeVar|NewType|namedtuple|NamedTuple|TypedDict|ParamSpec|TypeVarTuple)$/;

/** `X = TypeVar("X")`, `X: TypeAlias = ...`: type definitions, named like classes. */
function definesType(statement: Node): boolean {
  if (statement.type !== 'assignment') return false;
  const type = statement.childForFieldName('type');
  if (type && /(^|\.)TypeAlias$/.test(type.text.trim())) return true;
  // `R = (TypeVar("R"))` is the same assignment as `R = TypeVar("R")`.
  let value = statement.childForFieldName('right');
  while (value?.type === 'assignment') value = value.childForFieldName('right'); // `A = B = TypeVar("A")`
  const right = value && unparenthesize(value);
  if (right?.type !== 'call') return false;
  const callee = right.childForFieldName('function');
  return !!callee && TYPE_FACTORIES.test(callee.text.replace(/\s+/g, ''));
}

interface Candidate {
  name: string;
  node: Node;
  scope: Scope;
  statement: Node;
  declared: boolean;
}

function variableMessage(candidate: Candidate, context: RuleContext): string | undefined {
  const { name, scope } = candidate;
  if (candidate.declared || ignoredName(context, name)) return undefined;
  const judged = context.option<string[]>('scopes');
  if (!judged.includes(scope.kind === 'lambda' ? 'function' : scope.kind)) return undefined;
  switch (scope.kind) {
    case 'function':
    case 'lambda':
      if (isLowercase(name) || definesType(candidate.statement)) return undefined;
      return `Variable \`${name}\` in a function should be lowercase`;
    case 'class':
      if (!isMixedCase(name) || isDunder(name) || /\bTypedDict\b/.test(classBases(scope))) return undefined;
      return `Class attribute \`${name}\` should not be mixedCase`;
    case 'module':
      if (!isMixedCase(name)) return undefined;
      return `Module variable \`${name}\` should not be mixedCase`;
    default:
      return undefined;
  }
}

export const invalidVariableName = defineRule({
  meta: namingMeta(
    {
      id: 'invalid-variable-name',
      name: 'InvalidVariableName',
      shortDescription: 'A variable name does not follow PEP 8',
      fullDescription:
        'PEP 8 names local variables in lowercase, and class attributes and module variables either in ' +
        'lowercase or in UPPER_CASE (constants), never in mixedCase. Names that break the convention ' +
        'read like classes or constants and make the code harder to scan.',
      aliases: ['N806', 'N815', 'N816', 'C0103'],
    },
    {
      scopes: {
        type: 'string-list',
        default: ['function', 'class', 'module'],
        description:
          'Which variables are judged: `function` (locals, N806), `class` (class attributes, N815), `module` (module variables, N816). ' +
          'A Ruff or flake8 configuration that ignores one of the codes leaves its scope out.',
      },
    },
  ),
  docs: namingDocs({
    title: 'A variable name does not follow PEP 8',
    why: `Three checks, as pep8-naming has them:

- A variable assigned in a function is lowercase (\`total\`, not \`Total\` or \`totalCount\`).
- A class attribute is not mixedCase (\`max_size\` or \`MAX_SIZE\`, not \`maxSize\`).
- A module variable is not mixedCase (\`default_timeout\` or \`DEFAULT_TIMEOUT\`, not
  \`defaultTimeout\`).`,
    example: `defaultTimeout = 10

class Client:
    maxSize = 5

    def send(self, data):
        Payload = encode(data)
        return self.post(Payload)`,
    exampleNote: '`defaultTimeout`, `maxSize` and `Payload` are reported.',
    fix: `Rename the variable: \`default_timeout\` (or \`DEFAULT_TIMEOUT\` for a constant), \`max_size\`,
\`payload\`.`,
    fixed: `DEFAULT_TIMEOUT = 10

class Client:
    max_size = 5

    def send(self, data):
        payload = encode(data)
        return self.post(payload)`,
    notReported: [
      `In functions: names declared \`global\` or \`nonlocal\` (they belong to another scope), type
  definitions (\`T = TypeVar("T")\`, \`UserId = NewType(...)\`, \`Point = namedtuple(...)\`,
  \`NamedTuple\`, \`TypedDict\`, \`ParamSpec\`, \`TypeVarTuple\` calls, \`X: TypeAlias = ...\`),
  imports, \`except ... as\` names and comprehension variables.`,
      'Class attributes of `TypedDict` classes (the keys are data), dunder names.',
      'Names matching `ignore-names`.',
    ],
    more: `## What counts

Assignments of every form (tuple unpacking, \`for\` and \`with\` targets, walrus, augmented and
annotated assignments, annotation-only declarations such as \`fooBar: int\`). Each assignment of a
badly named variable is reported.`,
  }),
  uses: [scopes],
  create(context) {
    const declarations: Node[] = [];
    return {
      // `fooBar: int` binds nothing in the scope model, but pep8-naming judges the name.
      assignment(node) {
        if (!node.childForFieldName('right') && node.childForFieldName('type') && node.childForFieldName('left')?.type === 'identifier') {
          declarations.push(node);
        }
      },
      end() {
        const model = context.analysis<ScopeModel>(scopes);
        const candidates: Candidate[] = [];
        for (const b of model.bindings) {
          if (!VARIABLE_KINDS.has(b.kind) || b.scope.kind === 'comprehension') continue;
          candidates.push({ name: b.name, node: b.node, scope: b.scope, statement: b.owner, declared: b.declared !== undefined });
        }
        for (const statement of declarations) {
          const left = statement.childForFieldName('left')!;
          const scope = scopeAt(model, left.startIndex);
          const declared = scope.globals.has(left.text) || scope.nonlocals.has(left.text);
          candidates.push({ name: left.text, node: left, scope, statement, declared });
        }
        for (const candidate of candidates) {
          const message = variableMessage(candidate, context);
          if (message) context.report(candidate.node, message);
        }
      },
    };
  },
});
