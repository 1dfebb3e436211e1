/**
 * PEP 8 naming, with pep8-naming's semantics (checked against Ruff's N8 rules, WebAssembly build):
 *
 * - invalid-class-name (N801): without its leading underscores, a class name starts with an
 *   uppercase letter and has no underscore.
 * - invalid-function-name (N802): function and method names are lowercase. Exempt: dunder names,
 *   `@override` and `@overload` functions, `visit_*` methods of `ast.NodeVisitor` /
 *   `ast.NodeTransformer` subclasses, `do_*` methods of `BaseHTTPRequestHandler` subclasses
 *   (subclasses of subclasses in the same module too), and the names of the `ignore-names`
 *   option (by default the
 *   unittest hooks `setUp`, `tearDown`, ...).
 * - invalid-argument-name (N803): parameters of functions and lambdas are lowercase; not checked
 *   for `@override` methods (the base class chose the names).
 * - invalid-variable-name (N806, N815, N816): a variable bound in a function is lowercase (N806;
 *   not names declared `global`/`nonlocal`, not `X = TypeVar(...)`, `NewType`, `namedtuple`,
 *   `NamedTuple`, `TypedDict`, `ParamSpec`, `TypeVarTuple` calls or `X: TypeAlias = ...`); a class
 *   attribute (N815, not in TypedDict classes, not dunders) or module variable (N816) is not
 *   mixedCase. Assignments of every form count, annotation-only declarations too; imports,
 *   `except ... as` names and comprehension targets do not. Each binding is reported, like Ruff.
 *
 * Every finding sits on the identifier.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { scopeAt, scopes, type Scope, type ScopeModel } from '../../analysis/scopes';
import type { FileContext } from '../../engine/context';
import type { OptionSpec, Rule, RuleMeta } from '../types';

/** pep8-naming's default `ignore-names`. */
export const DEFAULT_IGNORE_NAMES = [
  'setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule',
  'asyncSetUp', 'asyncTearDown', 'setUpTestData', 'failureException', 'longMessage', 'maxDiff',
];

const IGNORE_NAMES: OptionSpec = {
  type: 'string-list',
  default: DEFAULT_IGNORE_NAMES,
  description:
    'Names never reported, as glob patterns (`*` any characters, `?` one character). The default ' +
    'is pep8-naming\'s list: the unittest hooks and attributes (`setUp`, `tearDownClass`, `maxDiff`, ...).',
};

const globCache = new Map<string, RegExp>();
function globMatches(pattern: string, name: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`);
    globCache.set(pattern, re);
  }
  return re.test(name);
}

function ignored(context: FileContext, meta: RuleMeta, name: string): boolean {
  return context.option<string[]>(meta, 'ignore-names').some((p) => globMatches(p, name));
}

export const isLowercase = (name: string): boolean => name.toLowerCase() === name;
export const isDunder = (name: string): boolean => name.length > 4 && name.startsWith('__') && name.endsWith('__');
/** `mixedCase`: starts (after leading underscores) with a lowercase letter and has an uppercase one. */
export function isMixedCase(name: string): boolean {
  const stripped = name.replace(/^_+/, '');
  return !isLowercase(name) && stripped.length > 0 && stripped[0] !== stripped[0].toUpperCase();
}
/** `CapWords`: starts (after leading underscores) with an uppercase letter, no underscore after. */
export function isCapWords(name: string): boolean {
  const stripped = name.replace(/^_+/, '');
  if (stripped.length === 0) return true;
  return stripped[0] !== stripped[0].toLowerCase() && !stripped.includes('_');
}

/** The decorators of a function or class definition, as text. */
function decorators(definition: Node): string[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren.filter((c): c is Node => c?.type === 'decorator').map((d) => d.text.replace(/^@\s*/, '').trim());
}

const OVERRIDE = /(^|\.)(override|overload)$/;
function isOverride(definition: Node): boolean {
  return decorators(definition).some((d) => OVERRIDE.test(d) && !d.includes('('));
}

function classBases(scope: Scope): string {
  return scope.node.childForFieldName('superclasses')?.text ?? '';
}

/** The class (or a class of this module it derives from, transitively) has a base matching `base`. */
function inherits(model: ScopeModel, scope: Scope, base: RegExp, depth = 0): boolean {
  const bases = classBases(scope);
  if (base.test(bases)) return true;
  if (depth > 8) return false;
  for (const name of bases.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const parent = model.scopes.find((s) => s.kind === 'class' && s !== scope && s.node.childForFieldName('name')?.text === name);
    if (parent && inherits(model, parent, base, depth + 1)) return true;
  }
  return false;
}

const HELP_TAIL = `
## Options

\`ignore-names\` (\`[tool.tendril.rules.<rule-id>]\`): glob patterns of names never reported. The
default is pep8-naming's list, the \`unittest\` hooks and attributes: \`setUp\`, \`tearDown\`,
\`setUpClass\`, \`tearDownClass\`, \`setUpModule\`, \`tearDownModule\`, \`asyncSetUp\`,
\`asyncTearDown\`, \`setUpTestData\`, \`failureException\`, \`longMessage\`, \`maxDiff\`.

## How it combines with \`inconsistent-naming\`

The PEP 8 naming rules judge each name against PEP 8. \`inconsistent-naming\`, when enabled,
judges names against the style the module itself uses most and stays silent on names one of these
rules already reports, so a name never gets two notes for one problem.`;

function naming(id: string, name: string, short: string, full: string, help: string, aliases: string[]): RuleMeta {
  return {
    id,
    name,
    kind: 'maintainability',
    shortDescription: short,
    fullDescription: full,
    help: help + '\n' + HELP_TAIL,
    category: 'naming',
    aliases,
    precision: 'very-high',
    problemSeverity: 'recommendation',
    options: { 'ignore-names': IGNORE_NAMES },
  };
}

// --- invalid-class-name ------------------------------------------------------------------------

const classMeta = naming(
  'invalid-class-name',
  'InvalidClassName',
  'A class name does not use the CapWords convention',
  'PEP 8 names classes in CapWords (`HttpClient`, `ParseError`): a class named `http_client` or ' +
    '`Http_Client` reads like a function or variable, and callers cannot tell they are ' +
    'instantiating a class.',
  `# A class name does not use CapWords

PEP 8 spells class names in CapWords, so that \`Parser(text)\` visibly creates an object and
\`parse(text)\` visibly calls a function. A lowercase or underscored class name hides that.

## Example

\`\`\`python
class http_client:
    ...

class Http_Client:
    ...
\`\`\`

Both are reported.

## How to fix

Rename the class: \`class HttpClient:\`. Keep an alias for old callers if it is public API
(\`http_client = HttpClient\`).

## What is not reported

- Leading underscores: \`class _Helper:\` is fine (the rest must be CapWords).
- Names matching \`ignore-names\`.`,
  ['N801', 'C0103'],
);

export const invalidClassName: Rule = {
  meta: classMeta,
  uses: [scopes],
  create(context: FileContext) {
    return {
      end() {
        const model = context.analysis<ScopeModel>(scopes.name);
        for (const b of model.bindings) {
          if (b.kind !== 'class' || isCapWords(b.name) || ignored(context, classMeta, b.name)) continue;
          context.report(classMeta, b.node, `Class name \`${b.name}\` should use CapWords`);
        }
      },
    };
  },
};

// --- invalid-function-name ---------------------------------------------------------------------

const functionMeta = naming(
  'invalid-function-name',
  'InvalidFunctionName',
  'A function or method name is not lowercase',
  'PEP 8 names functions and methods in lowercase with underscores (`load_config`). A camelCase or ' +
    'CapWords function name reads like a class and clashes with the rest of the Python ecosystem.',
  `# A function name is not lowercase

PEP 8 spells function and method names in lowercase, words separated by underscores. A
\`CapWords\` function looks like a class at the call site, and camelCase names mix two styles in
one code base.

## Example

\`\`\`python
def loadConfig(path):
    ...
\`\`\`

\`loadConfig\` is reported.

## How to fix

Rename it, \`def load_config(path):\`, and update the callers.

## What is not reported

- Dunder methods (\`__init__\`, \`__getItem__\` is not a real dunder but is still exempt).
- Methods decorated with \`@override\` or \`@overload\`: the name is chosen elsewhere.
- \`visit_*\` methods of \`ast.NodeVisitor\` and \`ast.NodeTransformer\` subclasses
  (\`visit_FunctionDef\`): the node class names are part of the name. Likewise \`do_GET\`,
  \`do_POST\`, ... of \`http.server.BaseHTTPRequestHandler\` subclasses. Subclasses of subclasses
  defined in the same module count too.
- Names matching \`ignore-names\`, by default the \`unittest\` hooks (\`setUp\`, \`tearDownClass\`, ...).`,
  ['N802', 'C0103'],
);

export const invalidFunctionName: Rule = {
  meta: functionMeta,
  uses: [scopes],
  create(context: FileContext) {
    return {
      end() {
        const model = context.analysis<ScopeModel>(scopes.name);
        for (const b of model.bindings) {
          if (b.kind !== 'function' || isLowercase(b.name) || isDunder(b.name)) continue;
          if (ignored(context, functionMeta, b.name) || isOverride(b.owner)) continue;
          if (b.scope.kind === 'class' && b.name.startsWith('visit_') && inherits(model, b.scope, /\b(NodeVisitor|NodeTransformer)\b/)) continue;
          if (b.scope.kind === 'class' && b.name.startsWith('do_') && inherits(model, b.scope, /HTTPRequestHandler\b/)) continue;
          context.report(functionMeta, b.node, `Function name \`${b.name}\` should be lowercase`);
        }
      },
    };
  },
};

// --- invalid-argument-name ---------------------------------------------------------------------

const argumentMeta = naming(
  'invalid-argument-name',
  'InvalidArgumentName',
  'A parameter name is not lowercase',
  'PEP 8 names function parameters in lowercase with underscores. Parameter names are part of a ' +
    'function\'s interface (callers pass them as keywords), so a camelCase parameter spreads the ' +
    'inconsistency to every call site.',
  `# A parameter name is not lowercase

Parameters are part of the interface: callers write \`fetch(url, maxRetries=3)\`. PEP 8 spells
them in lowercase with underscores, like other variables.

## Example

\`\`\`python
def fetch(url, maxRetries=3):
    ...
\`\`\`

\`maxRetries\` is reported.

## How to fix

Rename the parameter (\`max_retries\`) and its keyword uses; for public API, accept the old keyword
for a while.

## What is not reported

- Parameters of methods decorated with \`@override\`: the base class chose the names.
- Names matching \`ignore-names\`.`,
  ['N803', 'C0103'],
);

export const invalidArgumentName: Rule = {
  meta: argumentMeta,
  uses: [scopes],
  create(context: FileContext) {
    return {
      end() {
        const model = context.analysis<ScopeModel>(scopes.name);
        for (const b of model.bindings) {
          if (b.kind !== 'parameter' || isLowercase(b.name) || ignored(context, argumentMeta, b.name)) continue;
          if (b.scope.kind === 'function' && isOverride(b.scope.node)) continue;
          context.report(argumentMeta, b.node, `Argument name \`${b.name}\` should be lowercase`);
        }
      },
    };
  },
};

// --- invalid-variable-name ---------------------------------------------------------------------

const variableMeta = naming(
  'invalid-variable-name',
  'InvalidVariableName',
  'A variable name does not follow PEP 8',
  'PEP 8 names local variables in lowercase, and class attributes and module variables either in ' +
    'lowercase or in UPPER_CASE (constants), never in mixedCase. Names that break the convention ' +
    'read like classes or constants and make the code harder to scan.',
  `# A variable name does not follow PEP 8

Three checks, as pep8-naming has them:

- A variable assigned in a function is lowercase (\`total\`, not \`Total\` or \`totalCount\`).
- A class attribute is not mixedCase (\`max_size\` or \`MAX_SIZE\`, not \`maxSize\`).
- A module variable is not mixedCase (\`default_timeout\` or \`DEFAULT_TIMEOUT\`, not
  \`defaultTimeout\`).

## Example

\`\`\`python
defaultTimeout = 10

class Client:
    maxSize = 5

    def send(self, data):
        Payload = encode(data)
        return self.post(Payload)
\`\`\`

\`defaultTimeout\`, \`maxSize\` and \`Payload\` are reported.

## How to fix

Rename the variable: \`default_timeout\` (or \`DEFAULT_TIMEOUT\` for a constant), \`max_size\`,
\`payload\`.

## What counts

Assignments of every form (tuple unpacking, \`for\` and \`with\` targets, walrus, augmented and
annotated assignments, annotation-only declarations such as \`fooBar: int\`). Each assignment of a
badly named variable is reported.

## What is not reported

- In functions: names declared \`global\` or \`nonlocal\` (they belong to another scope), type
  definitions (\`T = TypeVar("T")\`, \`UserId = NewType(...)\`, \`Point = namedtuple(...)\`,
  \`NamedTuple\`, \`TypedDict\`, \`ParamSpec\`, \`TypeVarTuple\` calls, \`X: TypeAlias = ...\`),
  imports, \`except ... as\` names and comprehension variables.
- Class attributes of \`TypedDict\` classes (the keys are data), dunder names.
- Names matching \`ignore-names\`.`,
  ['N806', 'N815', 'N816', 'C0103'],
);

const VARIABLE_KINDS = new Set(['assignment', 'augmented', 'for', 'with', 'walrus']);
const TYPE_FACTORIES = /(^|\.)(TypeVar|NewType|namedtuple|NamedTuple|TypedDict|ParamSpec|TypeVarTuple)$/;

/** `X = TypeVar("X")`, `X: TypeAlias = ...`: type definitions, named like classes. */
function definesType(statement: Node): boolean {
  if (statement.type !== 'assignment') return false;
  const type = statement.childForFieldName('type');
  if (type && /(^|\.)TypeAlias$/.test(type.text.trim())) return true;
  const right = statement.childForFieldName('right');
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

function variableMessage(candidate: Candidate, context: FileContext): string | undefined {
  const { name, scope } = candidate;
  if (candidate.declared || ignored(context, variableMeta, name)) return undefined;
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

export const invalidVariableName: Rule = {
  meta: variableMeta,
  uses: [scopes],
  create(context: FileContext) {
    const declarations: Node[] = [];
    return {
      // `fooBar: int` binds nothing in the scope model, but pep8-naming judges the name.
      assignment(node) {
        if (!node.childForFieldName('right') && node.childForFieldName('type') && node.childForFieldName('left')?.type === 'identifier') {
          declarations.push(node);
        }
      },
      end() {
        const model = context.analysis<ScopeModel>(scopes.name);
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
          if (message) context.report(variableMeta, candidate.node, message);
        }
      },
    };
  },
};

