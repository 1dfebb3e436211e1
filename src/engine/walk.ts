import type { Visitor } from '../rules/types';
import type { SyntaxNode, SyntaxTree } from './tree';

type Handler = (node: SyntaxNode) => void;

/** Node type names that name both a named node and an anonymous token (`lambda`, `await`, ...). */
function ambiguousTypes(tree: SyntaxTree): Set<string> {
  const names = tree.language.types;
  const set = new Set<string>();
  names.forEach((name, id) => {
    if (name && !tree.language.nodeTypeIsNamed(id) && tree.language.idForNodeType(name, true) !== null) set.add(name);
  });
  return set;
}
const ambiguousCache = new WeakMap<object, Set<string>>();

/**
 * The single walk: visits, in source order, every node whose type some visitor asked for, calling
 * its handlers on the way down (`type`) and on the way up (`type:exit`). Anonymous tokens whose
 * type name is also a named node's (`lambda`, `await`) are not visited under that name.
 *
 * The tree is the flat pre-order copy (src/engine/tree.ts): the walk is a loop over node indices,
 * a node object is made only for a node some handler receives, and a node is left when the walk
 * reaches the end of its subtree. Iterative: deep nesting cannot overflow the stack.
 * `checkpoint`, when given, is called every 1,024 nodes and may throw to abandon the walk.
 */
export function walk(tree: SyntaxTree, visitors: Visitor[], checkpoint?: () => void): void {
  const enter = new Map<string, Handler[]>();
  const exit = new Map<string, Handler[]>();
  for (const visitor of visitors) {
    for (const [key, handler] of Object.entries(visitor)) {
      if (key === 'end' || !handler) continue;
      const [type, phase] = key.split(':');
      const table = phase === 'exit' ? exit : enter;
      let list = table.get(type);
      if (!list) table.set(type, (list = []));
      list.push(handler as Handler);
    }
  }
  if (enter.size === 0 && exit.size === 0) return;
  let ambiguous = ambiguousCache.get(tree.language);
  if (!ambiguous) ambiguousCache.set(tree.language, (ambiguous = ambiguousTypes(tree)));

  // Handlers by public symbol, looked up once per symbol that occurs.
  const none: Handler[] = [];
  const enterBy = new Map<number, Handler[]>();
  const exitBy = new Map<number, Handler[]>();
  const ambiguousBy = new Map<number, boolean>();
  const { symbol, end, count } = tree;

  // Open nodes with exit handlers: their index, and the end of their subtree.
  const openNode: number[] = [];
  const openEnd: number[] = [];
  const openHandlers: Handler[][] = [];
  const leave = (): void => {
    openEnd.pop();
    const node = tree.node(openNode.pop()!);
    for (const handler of openHandlers.pop()!) handler(node);
  };

  for (let i = 0; i < count; i++) {
    // The file's time budget (src/engine/analyze.ts): a checkpoint may throw to stop the walk.
    if (checkpoint && (i & 1023) === 1023) checkpoint();
    while (openEnd.length > 0 && openEnd[openEnd.length - 1] <= i) leave();
    const s = symbol[i];
    let onEnter = enterBy.get(s);
    if (onEnter === undefined) {
      const name = tree.symbolName(s);
      onEnter = enter.get(name) ?? none;
      enterBy.set(s, onEnter);
      exitBy.set(s, exit.get(name) ?? none);
      ambiguousBy.set(s, ambiguous.has(name));
    }
    const onExit = exitBy.get(s)!;
    if (onEnter.length === 0 && onExit.length === 0) continue;
    if (ambiguousBy.get(s) && !tree.isNamed(i)) continue;
    const node = tree.node(i);
    for (const handler of onEnter) handler(node);
    if (onExit.length > 0) {
      openNode.push(i);
      openEnd.push(end[i]);
      openHandlers.push(onExit);
    }
  }
  while (openEnd.length > 0) leave();
}
