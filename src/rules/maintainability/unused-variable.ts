/**
 * pyflakes F841 / Ruff F841 / Pylint W0612: a local variable that is assigned and never read.
 *
 * Built on the shared scope model (src/analysis/scopes.ts). Semantics, decided against pyflakes
 * and Ruff (checked with Ruff's WebAssembly build):
 *
 * - Judged: assignments (plain, chained, annotated with a value), `with ... as name`, walrus
 *   targets, in function and lambda scopes; and `except ... as name` in every scope (the name is
 *   deleted at the end of the handler, so a read elsewhere cannot use it).
 * - All bindings of a name in one scope form a group (split at `del`): a read of any member keeps
 *   the whole group, and an unused group is reported once, on its last binding, as pyflakes and
 *   Ruff do (`x = 1` then `x = 2` with no read: one finding, on `x = 2`). `x += 1` reads `x`.
 * - Not reported: `_` and `_`-prefixed names; names declared `global`/`nonlocal` in the function;
 *   names a nested function declares `nonlocal` (it writes the variable for a later read);
 *   tuple/list unpacking targets (`a, b = pair()`), except when the value is itself a tuple or
 *   list display (`a, b = 1, 2`), where unpacking is not needed; walrus targets inside
 *   comprehensions; anything in a scope that calls `locals()` (or bare `vars()`); `for` targets,
 *   parameters, imports (see unused-import), definitions.
 */
import { unparenthesize } from '../../analysis/literals';
import { isGroupUsed, lookup, rebindingGroup, type Binding, type ScopeModel } from '../../analysis/scopes';
import type { SyntaxNode as Node } from '../../engine/tree';
import { bindingRule } from './binding-rule';

const JUDGED = new Set(['assignment', 'with', 'walrus', 'except']);
const UNPACKING = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'list_splat_pattern', 'expression_list']);
const DISPLAYS = new Set(['tuple', 'list', 'expression_list']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/**
 * `(x)` as a target: tree-sitter reads it as a tuple pattern of one element, Python as the name
 * itself (no comma, no tuple).
 */
function isParenthesizedTarget(node: Node): boolean {
  if (node.type !== 'tuple_pattern' && node.type !== 'tuple') return false;
  const children = node.children;
  return children.length === 3 && children[0].type === '(' && children[2].type === ')';
}

/** The container of a target name, looking through parentheses. */
function container(node: Node): Node | null {
  let up = node.parent;
  while (up && (up.type === 'parenthesized_expression' || isParenthesizedTarget(up))) up = up.parent;
  return up;
}

/** `a, b = pair()` (not reported) versus `a, b = 1, 2` (reported: no unpacking needed). */
function isUnpacking(binding: Binding): boolean {
  const up = container(binding.node);
  if (!up || !UNPACKING.has(up.type)) return false;
  if (binding.kind !== 'assignment') return true;
  const owner = binding.owner;
  const value = owner.childForFieldName('right');
  const chained = value?.type === 'assignment' || owner.parent?.type === 'assignment';
  // `a, b = ((1, 2))` is `a, b = 1, 2`.
  const right = value && unparenthesize(value);
  return chained || !right || !DISPLAYS.has(right.type);
}

function inComprehension(node: Node, scopeNode: Node): boolean {
  for (let up = node.parent; up && up.id !== scopeNode.id; up = up.parent) {
    if (COMPREHENSIONS.has(up.type)) return true;
  }
  return false;
}

/** Bindings some nested scope declares `nonlocal`: the nested function writes them. */
function nonlocalTargets(model: ScopeModel): Set<Binding> {
  const targets = new Set<Binding>();
  for (const scope of model.scopes) {
    if (!scope.parent) continue;
    for (const name of scope.nonlocals) {
      const binding = lookup(scope.parent, name);
      if (binding) for (const member of rebindingGroup(binding)) targets.add(member);
    }
  }
  return targets;
}

function isCandidate(binding: Binding): boolean {
  if (!JUDGED.has(binding.kind) || binding.declared) return false;
  if (binding.name.startsWith('_')) return false;
  const kind = binding.scope.kind;
  if (binding.kind === 'except') return true;
  if (kind !== 'function' && kind !== 'lambda') return false;
  if (binding.kind === 'walrus') return !inComprehension(binding.node, binding.scope.node);
  return !isUnpacking(binding);
}

/** The last binding of the group that gives the name a value (a `del` may close the group). */
function lastValueOfGroup(binding: Binding): Binding | undefined {
  const group = rebindingGroup(binding);
  for (let i = group.length - 1; i >= 0; i--) if (group[i].kind !== 'del') return group[i];
  return undefined;
}

export const unusedVariable = bindingRule({
  meta: {
    id: 'unused-variable',
    name: 'UnusedVariable',
    kind: 'maintainability',
    shortDescription: 'A local variable is assigned but never read',
    fullDescription:
      'A function assigns a local variable (or binds an exception with `except ... as name`) and ' +
      'nothing reads it afterwards: not later code, not a nested function or comprehension. The ' +
      'work is wasted, and the missing read is often a bug.',
    category: 'useless-code',
    aliases: ['F841', 'W0612'],
    precision: 'very-high',
    problemSeverity: 'recommendation',
    needsCleanParse: true,
  },
  docs: {
    title: 'A local variable is assigned but never read',
    why: `A function that stores a value in a local variable and then never reads it either does
unnecessary work or, more often, has a bug: the value was meant to be returned, passed on or
checked, and a later edit lost the read (or a typo reads another name instead). Either way the
reader has to work out that the assignment is dead.`,
    example: `def save(record, path):
    data = serialize(record)
    try:
        with open(path, "w") as handle:
            status = handle.write(data)
    except OSError as error:
        log.warning("could not save %s", path)`,
    exampleNote: '`status` and `error` are reported: nothing reads them.',
    fix: `Drop the assignment (keep the call if it has effects: \`handle.write(data)\`), use the value, or,
when a name is required but the value is not wanted, name it \`_\` or give it a leading underscore
(\`_status\`). For \`except OSError as error:\` with \`error\` unused, write \`except OSError:\`.`,
    fixed: `def save(record, path):
    data = serialize(record)
    try:
        with open(path, "w") as handle:
            handle.write(data)
    except OSError:
        log.warning("could not save %s", path)`,
    notReported: [
      '`_` and names starting with `_`: the conventional "deliberately unused" names.',
      `Unpacking targets, \`first, rest = split(line)\`: naming every part is often clearer than
  indexing. (\`a, b = 1, 2\`, where the value is a tuple or list display, is reported: no
  unpacking is needed.)`,
      '`for` loop targets, parameters, imports (see `unused-import`), functions and classes.',
      `Names declared \`global\` or \`nonlocal\`, and variables a nested function declares \`nonlocal\`
  (the nested function writes them for someone to read).`,
      'Walrus targets inside comprehensions, `[y for x in data if (y := f(x))]`.',
      `Everything in a function that calls \`locals()\` (or \`vars()\` with no argument): the names may be
  read through the returned dictionary.`,
      'Files with syntax errors: without the whole file, a read could be missed.',
    ],
    more: `Reads the analysis cannot see do not count: names read only in \`eval\`/\`exec\` strings or through
frame inspection.

## How it decides

Only function (and lambda) locals are judged, plus the name of \`except ... as name\` in any scope
(Python deletes it at the end of the handler). Reads count anywhere they can see the variable:
later statements, nested functions, lambdas and comprehensions, \`del name\`, \`name += 1\`. When a
name is assigned several times and never read, one note is given, on the last assignment.`,
  },
  judge: (_context, model) => {
    let written: Set<Binding> | undefined;
    return (binding) => {
      if (!isCandidate(binding)) return undefined;
      if (binding.kind === 'except') {
        if (binding.reads > 0 || binding.scope.usesLocals) return undefined;
      } else {
        if (lastValueOfGroup(binding) !== binding || isGroupUsed(binding)) return undefined;
      }
      written ??= nonlocalTargets(model);
      if (written.has(binding)) return undefined;
      return `Local variable \`${binding.name}\` is assigned but never read`;
    };
  },
});
