import type { Node, Tree } from 'web-tree-sitter';
import type { Visitor } from '../rules/types';

type Handler = (node: Node) => void;

interface Frame {
  node: Node;
  start: number;
  end: number;
  handlers: Handler[];
}

/** Node type names that name both a named node and an anonymous token (`lambda`, `await`, ...). */
const ambiguousCache = new WeakMap<object, Set<string>>();
function ambiguousTypes(tree: Tree): Set<string> {
  const language = tree.language;
  let set = ambiguousCache.get(language);
  if (!set) {
    set = new Set();
    language.types.forEach((name, id) => {
      if (name && !language.nodeTypeIsNamed(id) && language.idForNodeType(name, true) !== null) set!.add(name);
    });
    ambiguousCache.set(language, set);
  }
  return set;
}

/**
 * The single walk: visits, in source order, every named node whose type some visitor asked for,
 * calling its handlers on the way down (`type`) and on the way up (`type:exit`).
 *
 * The tree is searched once, inside tree-sitter, for the node types in use
 * (`descendantsOfType`), so nodes nobody asked for (punctuation, most expressions) never cross
 * into JavaScript. Nesting for the exit handlers follows from the nodes' ranges: a node is left
 * when the next node found starts outside it. Iterative: deep nesting cannot overflow the stack.
 * `checkpoint`, when given, is called every 1,024 nodes and may throw to abandon the walk.
 */
export function walk(tree: Tree, visitors: Visitor[], checkpoint?: () => void): void {
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
  const types = [...new Set([...enter.keys(), ...exit.keys()])];
  if (types.length === 0) return;
  const ambiguous = ambiguousTypes(tree);

  const open: Frame[] = [];

  let count = 0;
  for (const node of tree.rootNode.descendantsOfType(types)) {
    if (!node) continue;
    // The file's time budget (src/engine/analyze.ts): a checkpoint may throw to stop the walk.
    if (checkpoint && (++count & 1023) === 0) checkpoint();
    const type = node.type;
    if (ambiguous.has(type) && !node.isNamed) continue;
    const start = node.startIndex;
    // Leave every open node that does not contain [start, end). Nodes come in pre-order and
    // tree-sitter's ranges nest, so a node that starts inside an open node is inside it, and one
    // that starts after its end is not: the node's end (a call into WebAssembly) is read only for
    // a node starting exactly where an open node ends (inside it only if empty), or to open it.
    let end = -1;
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (start < top.end) break;
      if (start === top.end) {
        if (end < 0) end = node.endIndex;
        if (end === start) break;
      }
      open.pop();
      for (const handler of top.handlers) handler(top.node);
    }
    const onEnter = enter.get(type);
    if (onEnter) for (const handler of onEnter) handler(node);
    const onExit = exit.get(type);
    if (onExit) open.push({ node, start, end: end < 0 ? node.endIndex : end, handlers: onExit });
  }
  while (open.length > 0) {
    const frame = open.pop()!;
    for (const handler of frame.handlers) handler(frame.node);
  }
}
