/**
 * inconsistent-naming: a module that mixes snake_case and camelCase for one kind of name. No peer
 * tool has this check.
 *
 * Kinds: functions, methods, parameters, local variables (bound in functions). Per kind, the
 * distinct names the module chose that show a style are counted: snake_case (lowercase words
 * joined by `_`) and camelCase (starts lowercase, has an uppercase letter, no `_`). Not counted:
 * names that fit both styles or neither (one-word lowercase names, dunders, `_`), names the PEP 8
 * rules exempt (`ignore-names`, by default the unittest hooks `setUp`, `tearDown`, ...;
 * `@override` and `@overload` functions), names in the convention of the test framework the code
 * extends (unittest's `assertJsonEqual`, `skipUnlessDBFeature`), and the methods of a class that
 * derives from a class
 * defined outside the module (or declares a zope interface with `@implementer`), with their
 * parameters: their names are the base class's or the framework's (Twisted's `dataReceived`,
 * unittest's `assertEqual` style), not the module's choice. When both styles occur, the style
 * with more names dominates, and each binding of a name in the other style gets one note; a tie
 * gives no note.
 *
 * Combination with the PEP 8 rules: a kind whose PEP 8 rule runs on the file
 * (invalid-function-name for functions and methods, invalid-argument-name for parameters,
 * invalid-variable-name for local variables) is left to it. That rule reports every camelCase
 * name of the kind, so a note here would either repeat it (a camelCase minority) or advise the
 * style it reports (a camelCase majority). This rule speaks in the modules of a team that turned
 * the PEP 8 naming rule off, for the names that break the style the module chose.
 */
import { IGNORE_NAMES, ignoredName, isDunder, isOverride } from './naming-conventions';
import { scopes, type Binding, type Scope, type ScopeModel } from '../../analysis/scopes';
import type { RuleContext } from '../../engine/api';
import type { SyntaxNode as Node } from '../../engine/tree';
import { defineRule } from '../define';

type Style = 'snake_case' | 'camelCase';
type NameKind = 'function' | 'method' | 'parameter' | 'local variable';

const SNAKE = /^_*[a-z][a-z0-9]*(_[a-z0-9]+)+_?$/;
const CAMEL = /^_*[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

export function styleOf(name: string): Style | undefined {
  if (isDunder(name)) return undefined;
  if (SNAKE.test(name)) return 'snake_case';
  if (CAMEL.test(name)) return 'camelCase';
  return undefined;
}

function kindOf(binding: Binding): NameKind | undefined {
  switch (binding.kind) {
    case 'function':
      return binding.scope.kind === 'class' ? 'method' : 'function';
    case 'parameter':
      return binding.scope.kind === 'function' || binding.scope.kind === 'lambda' ? 'parameter' : undefined;
    case 'assignment':
    case 'augmented':
    case 'for':
    case 'with':
    case 'walrus':
      return binding.scope.kind === 'function' && !binding.declared ? 'local variable' : undefined;
    default:
      return undefined;
  }
}

/**
 * camelCase names that follow the convention of the test framework the code extends, not the
 * module's choice: unittest's assertion helpers, skip decorators and fixtures (`assertJsonEqual`,
 * `skipUnlessDBFeature`, `setUpTestData`), and the fixtures library's (`cleanUp`, `useFixture`).
 * Leading underscores aside.
 */
const FRAMEWORK_CONVENTION = /^_*(?:assert|fail|skip|setUp|tearDown|addCleanup|doCleanups|subTest|cleanUp|useFixture|addDetail)(?:[A-Z0-9]|$)/;

/** The PEP 8 rule that judges each kind of name. */
const PEP8_RULE: Record<NameKind, string> = {
  function: 'invalid-function-name',
  method: 'invalid-function-name',
  parameter: 'invalid-argument-name',
  'local variable': 'invalid-variable-name',
};

const PLURAL: Record<NameKind, string> = {
  function: 'function names',
  method: 'method names',
  parameter: 'parameter names',
  'local variable': 'local variable names',
};

/** Bases that give a class no methods to override: `object` and the typing constructs, by qualified name. */
const NEUTRAL_BASES = new Set(['object', 'typing.Generic', 'typing.Protocol', 'typing_extensions.Generic', 'typing_extensions.Protocol', 'abc.ABC']);

/** The qualified name of a base class expression (`Generic[T]` -> `typing.Generic` when imported from typing). */
function baseName(model: ScopeModel, base: Node): string {
  const expr = base.type === 'subscript' ? (base.childForFieldName('value') ?? base) : base;
  const text = expr.text.replace(/\s+/g, '');
  const head = text.split('.')[0];
  const imported = model.module.byName.get(head)?.find((b) => b.import)?.import;
  if (!imported) return text;
  const rest = text.slice(head.length);
  return (imported.member ? imported.qualifiedName : imported.module) + rest;
}

const IMPLEMENTER = /^@\s*(?:[\w.]+\.)?implementer\b/;

/** A class defined at the top of the module, by name (the first of that name). */
function moduleClass(model: ScopeModel, name: string): Scope | undefined {
  const binding = model.module.byName.get(name)?.find((b) => b.kind === 'class');
  return binding && model.scopes.find((s) => s.node.id === binding.owner.id);
}

/**
 * True when the class (a class scope) takes method names from outside the module: a base that is
 * not a class defined at the top of this module (followed through those), other than `object`
 * and the typing constructs, or a zope `@implementer(...)` decorator.
 */
function takesNamesFromOutside(model: ScopeModel, scope: Scope, memo: Map<number, boolean>, depth = 0): boolean {
  const known = memo.get(scope.node.id);
  if (known !== undefined) return known;
  let outside = depth > 8;
  const decorated = scope.node.parent;
  if (decorated?.type === 'decorated_definition') {
    outside ||= decorated.namedChildren.some((d) => d.type === 'decorator' && IMPLEMENTER.test(d.text));
  }
  for (const base of scope.node.childForFieldName('superclasses')?.namedChildren ?? []) {
    if (outside) break;
    if (base.type === 'keyword_argument' || base.type === 'comment') continue; // metaclass=...
    if (NEUTRAL_BASES.has(baseName(model, base))) continue;
    const local = base.type === 'identifier' ? moduleClass(model, base.text) : undefined;
    outside = !local || local === scope || takesNamesFromOutside(model, local, memo, depth + 1);
  }
  memo.set(scope.node.id, outside);
  return outside;
}

/** The name is one the module chose, not one a base class, a framework or an exemption gives it. */
function chosenByModule(binding: Binding, kind: NameKind, context: RuleContext, outsideNames: (method: Node) => boolean): boolean {
  if (ignoredName(context, binding.name) || FRAMEWORK_CONVENTION.test(binding.name)) return false;
  switch (kind) {
    case 'function':
      return !isOverride(binding.owner);
    case 'method':
      return !isOverride(binding.owner) && !outsideNames(binding.owner);
    case 'parameter': {
      const fn = binding.scope.node;
      return binding.scope.kind !== 'function' || (!isOverride(fn) && !outsideNames(fn));
    }
    default:
      return true;
  }
}

export const inconsistentNaming = defineRule({
  meta: {
    id: 'inconsistent-naming',
    name: 'InconsistentNaming',
    kind: 'maintainability',
    shortDescription: 'A name breaks the naming style the rest of the module uses',
    fullDescription:
      'A module mixes snake_case and camelCase for the same kind of name (functions, methods, ' +
      'parameters, local variables) that the PEP 8 naming rules do not judge. Each name in the ' +
      'minority style is reported, with the style that dominates and by how much, so the module ' +
      'can be made consistent.',
    category: 'naming',
    aliases: [],
    precision: 'high',
    problemSeverity: 'recommendation',
    options: { 'ignore-names': IGNORE_NAMES },
  },
  docs: {
    title: 'A name breaks the naming style the module uses',
    why: `A module that names most of its functions (or methods, parameters, local variables) in camelCase
and a few in snake_case, or the other way round, makes readers and callers guess the spelling of
every name. This rule finds the dominant style of each kind of name in the module and points at
the names that break it. It is for code whose team turned the PEP 8 naming rules off (a camelCase
code base): where those rules run, they judge every name themselves.`,
    example: `def loadConfig(path): ...
def parseArgs(argv): ...
def writeOutput(data): ...
def save_state(state): ...`,
    exampleNote: '`save_state` is reported when `invalid-function-name` is off (`ignore = ["N802"]`): 3 of the 4 function names in the module are camelCase.',
    exampleWithout: ['invalid-function-name'],
    fix: `Rename the odd names to the module's dominant style, or, better, move the module to PEP 8's
snake_case as a whole.`,
    fixed: `def load_config(path): ...
def parse_args(argv): ...
def write_output(data): ...
def save_state(state): ...`,
    notReported: [
      'Modules, or kinds of names, using one style only; ties.',
      'Kinds of names whose PEP 8 rule runs (see below).',
      'Dunder names, one-word names, names matching `ignore-names` (by default the unittest hooks: `setUp`, `tearDownClass`, ...), `@override` and `@overload` functions.',
      "camelCase names in the convention of unittest (`assertJsonEqual`, `skipUnlessDBFeature`, `setUpFixtures`, `addCleanup`) or the fixtures library (`cleanUp`, `useFixture`): a test helper named like the framework's own.",
      "Methods of a class derived from a class defined outside the module (or declaring a zope interface with `@implementer`), and their parameters: their names may be the base class's (Twisted's `dataReceived`, unittest's `assertEqual` style).",
    ],
    more: `## How it decides

Function names, method names, parameter names and local variable names are counted separately.
Only names the module chose and that show a style count: \`load_config\` is snake_case,
\`loadConfig\` is camelCase; one-word lowercase names such as \`path\` fit both and are not
counted, nor are dunder names, exempt names, test helpers named in unittest's style and the methods of classes that derive from a class
of another module (with their parameters), whose names the base class or the framework chose.
The style with more distinct names dominates; a tie has no dominant style and gives no note.

## Options

\`ignore-names\`: glob patterns of names never counted nor reported (default: pep8-naming's list,
the unittest hooks and attributes).

## How it combines with the PEP 8 naming rules

\`invalid-function-name\` (functions and methods), \`invalid-argument-name\` (parameters) and
\`invalid-variable-name\` (local variables) report every camelCase name of their kind. Where one
of them runs, this rule leaves that kind of name to it: a note here would repeat it, or advise a
style it reports. So with the default rules this rule is silent; it speaks where a team turned a
PEP 8 naming rule off (in the configuration, or in Ruff's, flake8's or Pylint's that Tendril
reads), and then reports the names of that kind that break the module's dominant style, in either
direction.`,
  },
  uses: [scopes],
  create(context) {
    return {
      end() {
        const kinds = (Object.keys(PEP8_RULE) as NameKind[]).filter((kind) => !context.runs(PEP8_RULE[kind]));
        if (kinds.length === 0) return;
        const model = context.analysis<ScopeModel>(scopes);
        const memo = new Map<number, boolean>();
        let scopeOf: Map<number, Scope> | undefined;
        // A method (a function definition in a class body) whose class takes names from outside.
        const outsideNames = (fn: Node): boolean => {
          scopeOf ??= new Map(model.scopes.map((s) => [s.node.id, s]));
          const cls = scopeOf.get(fn.id)?.parent;
          return cls?.kind === 'class' && takesNamesFromOutside(model, cls, memo);
        };
        const byKind = new Map<NameKind, { names: Record<Style, Set<string>>; bindings: Binding[] }>();
        for (const binding of model.bindings) {
          const kind = kindOf(binding);
          const style = kind && kinds.includes(kind) ? styleOf(binding.name) : undefined;
          if (!kind || !style || !chosenByModule(binding, kind, context, outsideNames)) continue;
          let entry = byKind.get(kind);
          if (!entry) byKind.set(kind, (entry = { names: { snake_case: new Set(), camelCase: new Set() }, bindings: [] }));
          entry.names[style].add(binding.name);
          entry.bindings.push(binding);
        }
        for (const [kind, { names, bindings }] of byKind) {
          const snake = names.snake_case.size;
          const camel = names.camelCase.size;
          if (snake === camel || snake === 0 || camel === 0) continue;
          const major: Style = camel > snake ? 'camelCase' : 'snake_case';
          const minor: Style = major === 'camelCase' ? 'snake_case' : 'camelCase';
          for (const binding of bindings) {
            if (styleOf(binding.name) !== minor) continue;
            context.report(
              binding.node,
              `\`${binding.name}\` is ${minor}, but ${Math.max(snake, camel)} of the ${snake + camel} ${PLURAL[kind]} in this module are ${major}`,
            );
          }
        }
      },
    };
  },
});
