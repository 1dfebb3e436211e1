/**
 * Argument readers: a call's positional and keyword arguments, read one way for every analysis
 * and rule (plain functions on `call` nodes, no model needed).
 *
 * - `positionalArguments(call)`: in order, `*args` as `list_splat` nodes where they stand; the
 *   argument of `f(x for x in y)` is its `generator_expression`.
 * - `keywordArgument(call, name)`, `keywordValue(call, name)`: the `name=...` argument and its
 *   value, when written explicitly (the first one of the name).
 * - `argumentAt(call, index, keyword?)`: the argument for a parameter that may be passed by
 *   position or by keyword.
 * - `hasArgumentSplat(call)`: `*args` or `**kwargs` may hide any parameter.
 *
 * A call's keyword arguments are read once and cached by node id on the tree (`SyntaxTree.memo`):
 * rules ask the same call for several keywords.
 */
import type { SyntaxNode as Node } from '../engine/tree';
import { namedChildrenOf } from './literals';

function argumentsOf(call: Node): Node | null {
  return call.type === 'call' ? call.childForFieldName('arguments') : null;
}

/**
 * Positional arguments in order. `*args` appear as `list_splat` nodes, where they stand; the
 * argument of `f(x for x in y)` is its `generator_expression`.
 */
export function positionalArguments(call: Node): Node[] {
  const args = argumentsOf(call);
  if (!args) return [];
  if (args.type === 'generator_expression') return [args];
  return namedChildrenOf(args).filter((n) => n.type !== 'keyword_argument' && n.type !== 'dictionary_splat');
}

/** A call's explicit keyword arguments by name (the first one of each name), with their values once asked for. */
type Keywords = Map<string, { argument: Node; value?: Node | null }>;

const NO_KEYWORDS: Keywords = new Map();

/** Key of the tree's cache of keyword arguments by call. */
const KEYWORDS = {};

function keywordsOf(call: Node): Keywords {
  const cache = call.tree.memo<Keywords>(KEYWORDS);
  let keywords = cache.get(call.id);
  if (keywords) return keywords;
  keywords = NO_KEYWORDS;
  const args = argumentsOf(call);
  if (args && args.type === 'argument_list') {
    for (const child of namedChildrenOf(args)) {
      if (child.type !== 'keyword_argument') continue;
      const name = child.childForFieldName('name')?.text;
      if (name === undefined) continue;
      if (keywords === NO_KEYWORDS) keywords = new Map();
      if (!keywords.has(name)) keywords.set(name, { argument: child });
    }
  }
  cache.set(call.id, keywords);
  return keywords;
}

/** The `keyword_argument` node `name=...` of a call, if written explicitly. */
export function keywordArgument(call: Node, name: string): Node | undefined {
  return keywordsOf(call).get(name)?.argument;
}

/** The value node of keyword argument `name=...`, if written explicitly. */
export function keywordValue(call: Node, name: string): Node | undefined {
  const entry = keywordsOf(call).get(name);
  if (!entry) return undefined;
  if (entry.value === undefined) entry.value = entry.argument.childForFieldName('value');
  return entry.value ?? undefined;
}

/** True when the call unpacks arguments (`*args` or `**kwargs`), which may hide any parameter. */
export function hasArgumentSplat(call: Node): boolean {
  const args = argumentsOf(call);
  if (!args || args.type !== 'argument_list') return false;
  return namedChildrenOf(args).some((n) => n.type === 'list_splat' || n.type === 'dictionary_splat');
}

/**
 * The argument for the parameter at `index` (0-based) that may also be passed as `keyword`:
 * the positional argument there, else the keyword's value. When a `*args` splat stands at or
 * before `index`, that `list_splat` node is returned: the argument is somewhere in it, unknown.
 * Undefined when the argument is not written (it may still hide in a `**kwargs`).
 */
export function argumentAt(call: Node, index: number, keyword?: string): Node | undefined {
  const positional = positionalArguments(call);
  for (let i = 0; i < positional.length; i++) {
    if (positional[i].type === 'list_splat' || i === index) return positional[i];
  }
  return keyword === undefined ? undefined : keywordValue(call, keyword);
}
