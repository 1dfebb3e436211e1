/**
 * inconsistent-naming: a module that mixes snake_case and camelCase for one kind of name. No peer
 * tool has this check.
 *
 * Kinds: functions, methods, parameters, local variables (bound in functions). Per kind, the
 * distinct names that show a style are counted: snake_case (lowercase words joined by `_`) and
 * camelCase (starts lowercase, has an uppercase letter, no `_`). One-word lowercase names, dunders,
 * `_` and other names fit both or neither and are not counted. When both styles occur, the style
 * with more names dominates, and each binding of a name in the other style gets one note. A tie
 * gives no note: there is no dominant style.
 *
 * Combination with the PEP 8 rules (invalid-function-name, invalid-argument-name,
 * invalid-variable-name): those already report every camelCase function, method, parameter and
 * local, so this rule stays silent on camelCase names; in practice it reports snake_case names in
 * modules whose dominant style is camelCase. A name never gets two notes for one problem.
 */
import { isDunder, isLowercase } from './naming-conventions';
import { scopes, type Binding, type ScopeModel } from '../../analysis/scopes';
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

const PLURAL: Record<NameKind, string> = {
  function: 'function names',
  method: 'method names',
  parameter: 'parameter names',
  'local variable': 'local variable names',
};

export const inconsistentNaming = defineRule({
  meta: {
    id: 'inconsistent-naming',
    name: 'InconsistentNaming',
    kind: 'maintainability',
    shortDescription: 'A name breaks the naming style the rest of the module uses',
    fullDescription:
      'A module mixes snake_case and camelCase for the same kind of name (functions, methods, ' +
      'parameters, local variables). Each name in the minority style is reported, with the style ' +
      'that dominates and by how much, so the module can be made consistent.',
    category: 'naming',
    aliases: [],
    precision: 'high',
    problemSeverity: 'recommendation',
  },
  docs: {
    title: 'A name breaks the naming style the module uses',
    why: `A module that names most of its functions (or methods, parameters, local variables) in camelCase
and a few in snake_case, or the other way round, makes readers and callers guess the spelling of
every name. This rule finds the dominant style of each kind of name in the module and points at
the names that break it.`,
    example: `def loadConfig(path): ...
def parseArgs(argv): ...
def writeOutput(data): ...
def save_state(state): ...`,
    exampleNote: '`save_state` is reported: 3 of the 4 function names in the module are camelCase.',
    fix: `Rename the odd names to the module's dominant style, or, better, move the module to PEP 8's
snake_case as a whole.`,
    fixed: `def load_config(path): ...
def parse_args(argv): ...
def write_output(data): ...
def save_state(state): ...`,
    notReported: ['Modules, or kinds of names, using one style only; ties.', 'camelCase names (see below), dunder names, one-word names.'],
    more: `## How it decides

Function names, method names, parameter names and local variable names are counted separately.
Only names that show a style count: \`load_config\` is snake_case, \`loadConfig\` is camelCase;
one-word lowercase names such as \`path\` fit both and are not counted, nor are dunder names.
The style with more distinct names dominates; a tie has no dominant style and gives no note.

## How it combines with the PEP 8 naming rules

\`invalid-function-name\`, \`invalid-argument-name\` and \`invalid-variable-name\` already report
every camelCase function, method, parameter and local variable. So that no name gets two notes
for one problem, this rule is silent on camelCase names: it reports snake_case names in modules
(or kinds of names) whose dominant style is camelCase. A module written consistently in camelCase
gets no note from this rule.`,
  },
  uses: [scopes],
  create(context) {
    return {
      end() {
        const model = context.analysis<ScopeModel>(scopes);
        const byKind = new Map<NameKind, { names: Record<Style, Set<string>>; bindings: Binding[] }>();
        for (const binding of model.bindings) {
          const kind = kindOf(binding);
          const style = kind && styleOf(binding.name);
          if (!kind || !style) continue;
          let entry = byKind.get(kind);
          if (!entry) byKind.set(kind, (entry = { names: { snake_case: new Set(), camelCase: new Set() }, bindings: [] }));
          entry.names[style].add(binding.name);
          entry.bindings.push(binding);
        }
        for (const [kind, { names, bindings }] of byKind) {
          const snake = names.snake_case.size;
          const camel = names.camelCase.size;
          // Only a camelCase majority leads to notes: camelCase minorities are PEP 8 findings.
          if (snake === 0 || camel <= snake) continue;
          const total = snake + camel;
          for (const binding of bindings) {
            if (styleOf(binding.name) !== 'snake_case' || !isLowercase(binding.name)) continue;
            context.report(binding.node, `\`${binding.name}\` is snake_case, but this module names its ${PLURAL[kind]} in camelCase (${camel} of ${total})`);
          }
        }
      },
    };
  },
});
