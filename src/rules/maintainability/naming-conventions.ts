/**
 * What the PEP 8 naming rules share (invalid-class-name, invalid-function-name,
 * invalid-argument-name, invalid-variable-name), with pep8-naming's semantics (checked against
 * Ruff's N8 rules, WebAssembly build): the name predicates, the `ignore-names` option, the
 * exemptions that depend on decorators and base classes, and the common metadata and help. The
 * rules themselves are in the files named after them; every finding sits on the identifier.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import type { Scope, ScopeModel } from '../../analysis/scopes';
import type { OptionSpec, RuleContext, RuleMeta } from '../../engine/api';
import type { RuleDocs } from '../define';

/** pep8-naming's default `ignore-names`. */
export const DEFAULT_IGNORE_NAMES = [
  'setUp',
  'tearDown',
  'setUpClass',
  'tearDownClass',
  'setUpModule',
  'tearDownModule',
  'asyncSetUp',
  'asyncTearDown',
  'setUpTestData',
  'failureException',
  'longMessage',
  'maxDiff',
];

export const IGNORE_NAMES: OptionSpec = {
  type: 'string-list',
  default: DEFAULT_IGNORE_NAMES,
  description:
    'Names never reported, as glob patterns (`*` any characters, `?` one character). The default ' +
    "is pep8-naming's list: the unittest hooks and attributes (`setUp`, `tearDownClass`, `maxDiff`, ...).",
};

const globCache = new Map<string, RegExp>();
function globMatches(pattern: string, name: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`);
    globCache.set(pattern, re);
  }
  return re.test(name);
}

/** The name matches one of the rule's `ignore-names` patterns. */
export function ignoredName(context: RuleContext, name: string): boolean {
  return context.option<string[]>('ignore-names').some((p) => globMatches(p, name));
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
/** The definition is decorated with `@override` or `@overload`: its names are chosen elsewhere. */
export function isOverride(definition: Node): boolean {
  return decorators(definition).some((d) => OVERRIDE.test(d) && !d.includes('('));
}

/** The text of a class's base list, `(ast.NodeVisitor)`; empty without one. */
export function classBases(scope: Scope): string {
  return scope.node.childForFieldName('superclasses')?.text ?? '';
}

/** The class (or a class of this module it derives from, transitively) has a base matching `base`. */
export function inherits(model: ScopeModel, scope: Scope, base: RegExp, depth = 0): boolean {
  const bases = classBases(scope);
  if (base.test(bases)) return true;
  if (depth > 8) return false;
  for (const name of bases.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const parent = model.scopes.find((s) => s.kind === 'class' && s !== scope && s.node.childForFieldName('name')?.text === name);
    if (parent && inherits(model, parent, base, depth + 1)) return true;
  }
  return false;
}

/** The metadata every PEP 8 naming rule shares, around the rule's own. */
export function namingMeta(
  meta: Pick<RuleMeta, 'id' | 'name' | 'shortDescription' | 'fullDescription' | 'aliases'>,
  options: Record<string, OptionSpec> = {},
): Omit<RuleMeta, 'help'> {
  return {
    id: meta.id,
    name: meta.name,
    kind: 'maintainability',
    shortDescription: meta.shortDescription,
    fullDescription: meta.fullDescription,
    category: 'naming',
    aliases: meta.aliases,
    precision: 'very-high',
    problemSeverity: 'recommendation',
    options: { 'ignore-names': IGNORE_NAMES, ...options },
  };
}

const NAMING_MORE = `## Options

\`ignore-names\` (\`[tool.tendril.rules.<rule-id>]\`): glob patterns of names never reported. The
default is pep8-naming's list, the \`unittest\` hooks and attributes: \`setUp\`, \`tearDown\`,
\`setUpClass\`, \`tearDownClass\`, \`setUpModule\`, \`tearDownModule\`, \`asyncSetUp\`,
\`asyncTearDown\`, \`setUpTestData\`, \`failureException\`, \`longMessage\`, \`maxDiff\`.

## How it combines with \`inconsistent-naming\`

The PEP 8 naming rules judge each name against PEP 8. \`inconsistent-naming\`, when enabled,
judges names against the style the module itself uses most and stays silent on names one of these
rules already reports, so a name never gets two notes for one problem.`;

/** A naming rule's docs, followed by the sections every PEP 8 naming rule shares. */
export function namingDocs(docs: RuleDocs): RuleDocs {
  return { ...docs, more: docs.more ? `${docs.more.trim()}\n\n${NAMING_MORE}` : NAMING_MORE };
}
