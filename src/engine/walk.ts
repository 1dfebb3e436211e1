import type { Tree } from 'web-tree-sitter';
import type { Visitor } from '../rules/types';

type Handler = (node: import('web-tree-sitter').Node) => void;

/**
 * The single walk: visits every named node of the tree once, in source order, and calls the
 * handlers registered for its type (`type`) on the way down and (`type:exit`) on the way up.
 * Iterative, with a tree cursor: deep nesting cannot overflow the stack, and a node object is only
 * materialised for types someone asked for.
 */
export function walk(tree: Tree, visitors: Visitor[]): void {
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

  const pending: { depth: number; node: import('web-tree-sitter').Node; handlers: Handler[] }[] = [];
  const flush = (depth: number): void => {
    while (pending.length > 0 && pending[pending.length - 1].depth >= depth) {
      const frame = pending.pop()!;
      for (const handler of frame.handlers) handler(frame.node);
    }
  };

  const cursor = tree.walk();
  try {
    let depth = 0;
    for (;;) {
      flush(depth);
      if (cursor.nodeIsNamed) {
        const type = cursor.nodeType;
        const onEnter = enter.get(type);
        const onExit = exit.get(type);
        if (onEnter || onExit) {
          const node = cursor.currentNode;
          if (onEnter) for (const handler of onEnter) handler(node);
          if (onExit) pending.push({ depth, node, handlers: onExit });
        }
      }
      if (cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          flush(0);
          return;
        }
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}
