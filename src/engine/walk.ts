import type { Visitor } from './api';
import { FLAG_NAMED, type SyntaxNode, type SyntaxTree } from './tree';

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
/** Visitor keys (`call`, `function_definition:exit`) read once: every file's visitors have the same few. */
const keys = new Map<string, { type: string; exit: boolean }>();

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
    for (const key in visitor) {
      const handler = visitor[key];
      if (key === 'end' || !handler) continue;
      let parsed = keys.get(key);
      if (!parsed) keys.set(key, (parsed = { type: key.split(':')[0], exit: key.endsWith(':exit') }));
      const { type } = parsed;
      const table = parsed.exit ? exit : enter;
      let list = table.get(type);
      if (!list) table.set(type, (list = []));
      list.push(handler as Handler);
    }
  }
  if (enter.size === 0 && exit.size === 0) return;
  let ambiguous = ambiguousCache.get(tree.language);
  if (!ambiguous) ambiguousCache.set(tree.language, (ambiguous = ambiguousTypes(tree)));

  // Handlers by public symbol (the error symbol in the last slot), looked up once per symbol that
  // occurs: `undefined` until then, `none` when no handler wants it. Arrays, not maps: this is
  // the one piece of work done for every node of every file.
  const none: Handler[] = [];
  const slots = tree.language.types.length + 1;
  const errorSlot = slots - 1;
  const enterBy: (Handler[] | undefined)[] = new Array(slots).fill(undefined);
  const exitBy: Handler[][] = new Array(slots).fill(none);
  const ambiguousBy = new Uint8Array(slots);
  const { symbol, end, flags, count } = tree;

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
    const raw = symbol[i];
    const s = raw < errorSlot ? raw : errorSlot;
    let onEnter = enterBy[s];
    if (onEnter === undefined) {
      const name = tree.symbolName(raw);
      onEnter = enterBy[s] = enter.get(name) ?? none;
      exitBy[s] = exit.get(name) ?? none;
      ambiguousBy[s] = ambiguous.has(name) ? 1 : 0;
    }
    const onExit = exitBy[s];
    if (onEnter === none && onExit === none) continue;
    if (ambiguousBy[s] === 1 && (flags[i] & FLAG_NAMED) === 0) continue;
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
