/**
 * The shape of the source tree, checked on every import of src/: data flows one way
 * (docs/architecture.md), so the engine imports nothing outside src/engine/, and no module
 * depends on itself through others (no import cycles, type-only imports included).
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    return e.isDirectory() ? sources(abs) : e.name.endsWith('.ts') ? [abs] : [];
  });
}

/** Module -> the modules of src/ it imports (relative specifiers resolved to files). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'(\.[^']*)'|require\('(\.[^']*)'\)|import\('(\.[^']*)'\)/g)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const base = path.resolve(path.dirname(file), spec);
      const target = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (!target) throw new Error(`${path.relative(SRC, file)}: cannot resolve '${spec}'`);
      targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');

test('nothing under src/engine/ imports from outside it', () => {
  const upward: string[] = [];
  for (const [file, targets] of importGraph()) {
    if (!rel(file).startsWith('engine/')) continue;
    for (const target of targets) if (!rel(target).startsWith('engine/')) upward.push(`${rel(file)} -> ${rel(target)}`);
  }
  expect(upward).toEqual([]);
});

/** The import cycles of a graph: its strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) connect(v);
  return cycles;
}

test('no import cycles in src/', () => {
  const graph = new Map([...importGraph()].map(([file, targets]) => [rel(file), targets.map(rel)]));
  expect(cyclesOf(graph)).toEqual([]);
});

test('the cycle check finds cycles', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['d']],
    ['e', ['a']],
  ]);
  expect(cyclesOf(graph)).toEqual([['a', 'b', 'c'], ['d']]);
});

test('the check sees imports (a module of the engine imports its siblings)', () => {
  const analyze = [...importGraph()].find(([file]) => rel(file) === 'engine/analyze.ts')!;
  expect(analyze[1].map(rel)).toEqual(expect.arrayContaining(['engine/api.ts', 'engine/tree.ts', 'engine/walk.ts']));
});
