import * as fs from 'fs';
import * as path from 'path';
import { measureFunction } from '../../src/analysis/complexity';
import { docstringOf } from '../../src/analysis/docstrings';
import { getParser } from '../../src/engine/parser';
import { SyntaxTree, type SyntaxNode as Node } from '../../src/engine/tree';
import { mutate, REPO, stdlibSample } from '../helpers';

/**
 * The statement-level measures of src/analysis/complexity.ts (cyclomatic, arguments, branches,
 * statements, nested blocks) read the flat tree's arrays by node index. This compares them,
 * function by function, with the same measures written plainly on node objects (the reference
 * below, the code they replaced), on the examples, hard cases, a sample of the machine's Python
 * standard library and seeded mutations of all of them (error recovery: ERROR nodes, fields
 * missing, blocks outside their fields).
 */

// --- The reference: the measures on node objects --------------------------------------------

const named = (node: Node | null | undefined): Node[] => (node ? node.namedChildren : []);
const ofType = (node: Node, type: string): Node[] => named(node).filter((c) => c.type === type);
const blockOf = (node: Node | null | undefined): Node | null => {
  if (!node) return null;
  const first = named(node).find((c) => c.type === 'block') ?? null;
  return !node.tree.rootNode.hasError ? first : (node.childForFieldName('body') ?? node.childForFieldName('consequence') ?? first);
};
const statementsOf = (node: Node | null | undefined): Node[] => named(blockOf(node));
const handlersOf = (tryNode: Node): Node[] => named(tryNode).filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause');

function isIrrefutable(caseClause: Node): boolean {
  if (caseClause.childForFieldName('guard')) return false;
  const patterns = ofType(caseClause, 'case_pattern');
  if (patterns.length !== 1) return false;
  return patterns[0].text
    .trim()
    .split('|')
    .some((alt) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(alt.trim()));
}

function cyclomaticOf(statements: Node[]): number {
  let total = 0;
  for (const s of statements) {
    switch (s.type) {
      case 'if_statement':
        total += 1 + cyclomaticOf(statementsOf(s));
        for (const clause of named(s)) {
          if (clause.type === 'elif_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'else_clause') total += cyclomaticOf(statementsOf(clause));
        }
        break;
      case 'for_statement':
      case 'while_statement':
        total += 1 + cyclomaticOf(statementsOf(s));
        for (const clause of ofType(s, 'else_clause')) total += cyclomaticOf(statementsOf(clause));
        break;
      case 'try_statement':
        total += cyclomaticOf(statementsOf(s));
        for (const clause of named(s)) {
          if (clause.type === 'except_clause' || clause.type === 'except_group_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'else_clause') total += 1 + cyclomaticOf(statementsOf(clause));
          else if (clause.type === 'finally_clause') total += cyclomaticOf(statementsOf(clause));
        }
        break;
      case 'with_statement':
      case 'class_definition':
        total += cyclomaticOf(statementsOf(s));
        break;
      case 'match_statement': {
        const cases = ofType(s.childForFieldName('body') ?? s, 'case_clause');
        for (const c of cases) total += 1 + cyclomaticOf(statementsOf(c));
        if (cases.length > 0 && isIrrefutable(cases[cases.length - 1])) total -= 1;
        break;
      }
      case 'function_definition':
        total += 1 + cyclomaticOf(statementsOf(s));
        break;
      case 'decorated_definition': {
        const def = s.childForFieldName('definition');
        if (def) total += cyclomaticOf([def]);
        break;
      }
      default:
        break;
    }
  }
  return total;
}

function argumentsOf(fn: Node): number {
  let count = 0;
  for (const p of named(fn.childForFieldName('parameters'))) {
    let nameNode: Node | null = null;
    if (p.type === 'identifier') nameNode = p;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') nameNode = p.childForFieldName('name');
    else if (p.type === 'typed_parameter') {
      const first = p.firstNamedChild;
      nameNode = first?.type === 'identifier' ? first : null;
    }
    if (nameNode && !/^_|^ignored_|^unused_/.test(nameNode.text)) count += 1;
  }
  return count;
}

function innerBlocks(s: Node): Node[] {
  const out: Node[] = [];
  for (const c of named(s)) {
    if (c.type === 'block') out.push(c);
    else if (/_clause$/.test(c.type)) {
      const b = blockOf(c);
      if (b) out.push(b);
    }
  }
  if (s.type === 'match_statement') {
    const body = s.childForFieldName('body');
    for (const c of body ? ofType(body, 'case_clause') : []) {
      const b = blockOf(c);
      if (b) out.push(b);
    }
  }
  return out;
}

const isAsync = (s: Node): boolean => s.child(0)?.type === 'async';
const isTryStar = (s: Node): boolean => handlersOf(s).some((h) => h.type === 'except_group_clause' || h.child(1)?.type === '*');
const statementsIn = (block: Node | null): Node[] => named(block).filter((c) => c.type !== 'comment');
const elseIsIf = (elseClause: Node): boolean => {
  const inside = statementsIn(blockOf(elseClause));
  return inside.length === 1 && inside[0].type === 'if_statement';
};
const isStatement = (node: Node): boolean => node.type.endsWith('_statement') || node.type === 'function_definition' || node.type === 'class_definition';

function designOf(fn: Node): { branches: number; statements: number; nestedBlocks: number } {
  let branches = 0;
  let statements = 1;
  let nestedBlocks = 0;
  const stack: number[] = [];
  const nest = (id: number, parent: number, elif: boolean): void => {
    stack.length = stack.lastIndexOf(parent) + 1;
    if (elif && stack.length > 0) stack.pop();
    stack.push(id);
    if (stack.length > nestedBlocks) nestedBlocks = stack.length;
  };
  const withoutDocstring = (body: Node): Node[] => {
    const inside = statementsIn(body);
    return docstringOf(body) ? inside.slice(1) : inside;
  };
  const visitBody = (definition: Node): void => {
    const body = definition.childForFieldName('body');
    if (body) visit(withoutDocstring(body), -1, true);
  };
  const visit = (list: Node[], parent: number, inNested: boolean): void => {
    for (const child of list) {
      const s = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (!s || !isStatement(s)) continue;
      const type = s.type;
      let b = 0;
      if (type === 'function_definition') {
        visitBody(s);
        stack.length = 0;
        continue;
      } else if (type === 'class_definition') {
        visitBody(s);
        continue;
      } else if (type === 'if_statement') {
        const clauses = named(s);
        const elifs = clauses.filter((c) => c.type === 'elif_clause');
        const elseClause = clauses.find((c) => c.type === 'else_clause');
        b = 1 + elifs.length + (elseClause && !elseIsIf(elseClause) ? 1 : 0);
        statements += b;
        if (!inNested) nest(s.id, parent, false);
        visit(statementsOf(s), s.id, inNested);
        let last = s.id;
        for (const elif of elifs) {
          if (!inNested) nest(elif.id, last, true);
          visit(statementsOf(elif), elif.id, inNested);
          last = elif.id;
        }
        if (elseClause) visit(statementsOf(elseClause), last, inNested);
      } else if ((type === 'for_statement' || type === 'while_statement') && !isAsync(s)) {
        const elseClause = ofType(s, 'else_clause')[0];
        b = elseClause ? 2 : 1;
        if (!inNested) nest(s.id, parent, false);
        visit(statementsOf(s), s.id, inNested);
        if (elseClause) visit(statementsOf(elseClause), s.id, inNested);
      } else if (type === 'try_statement' && !isTryStar(s)) {
        const handlers = handlersOf(s);
        b = named(s).filter((c) => c.type === 'else_clause' || c.type === 'finally_clause').length + handlers.length;
        statements += b + handlers.length;
        if (!inNested) nest(s.id, parent, false);
        for (const c of named(s)) {
          if (c.type === 'block') visit(named(c), s.id, inNested);
          else if (c.type === 'except_clause' || c.type === 'except_group_clause') visit(statementsOf(c), -1, inNested);
          else if (c.type === 'else_clause' || c.type === 'finally_clause') visit(statementsOf(c), s.id, inNested);
        }
      } else if (type === 'try_statement') {
        statements += 1 + handlersOf(s).length;
        for (const block of innerBlocks(s)) visit(named(block), -1, inNested);
      } else {
        if (type !== 'return_statement') statements += 1;
        for (const block of innerBlocks(s)) visit(named(block), -1, inNested);
      }
      if (!inNested) branches += b;
    }
  };
  const body = fn.childForFieldName('body');
  if (body) visit(withoutDocstring(body), -1, false);
  return { branches, statements, nestedBlocks };
}

function reference(fn: Node): Record<string, number> {
  return { cyclomatic: 1 + cyclomaticOf(named(fn.childForFieldName('body'))), arguments: argumentsOf(fn), ...designOf(fn) };
}

// --- The corpus -------------------------------------------------------------------------------

const HARD_CASES = [
  'def f(a, _b, ignored_c, unused_d, *args, e: int = 1, f: "T" = 2, *, g, **kw):\n    """Doc."""\n    pass\n',
  'def f(x):\n    if x:\n        pass\n    elif y:\n        if z:\n            pass\n    elif w:\n        pass\n    else:\n        if v:\n            pass\n',
  'def f(x):\n    # comment\n    """doc"""\n    for i in x:\n        while i:\n            try:\n                pass\n            except A:\n                pass\n            except B as e:\n                if e: pass\n            else:\n                pass\n            finally:\n                pass\n        else:\n            pass\n    else:\n        return 1\n',
  'async def f(x):\n    async for i in x:\n        if i: pass\n    async with a as b:\n        for j in b:\n            pass\n    with c:\n        if d: pass\n',
  'def f(x):\n    try:\n        pass\n    except* ValueError:\n        if x: pass\n    except* (A, B) as e:\n        pass\n',
  'def f(p):\n    match p:\n        case [1, *rest] if rest:\n            if rest: pass\n        case {"k": v}:\n            pass\n        case Point(x=0) | other:\n            pass\n',
  'def f(p):\n    match p:\n        case 1:\n            pass\n        case _:\n            while p: pass\n',
  'def outer(a):\n    if a:\n        def inner(b):\n            if b:\n                for c in b:\n                    pass\n        @dec\n        def decorated():\n            try: pass\n            except: pass\n        class K:\n            def m(self):\n                if self: pass\n    return inner\n',
  'class A:\n    @property\n    def p(self, /, q):\n        if q:\n            pass\n        else:\n            # only an if\n            if q: pass\n',
  'def f(x):\n    if x:\n        pass\n    else:\n        if y:\n            pass\n        z = 1\n',
  'def f(:\n    if x\n        pass\n    else:\n        return )\n',
  'def f(x):\n    try:\n        pass\n    except A:\n    pass\nclass\n',
  'def f(x): return [y for y in x if y] or (lambda: (yield))\n',
];

const SAMPLE = Number(process.env.TENDRIL_COMPLEXITY_SAMPLE) || 24;

function corpus(): string[] {
  const out = [...HARD_CASES];
  const walk = (dir: string, files: string[]): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'site-packages' && e.name !== '__pycache__') walk(p, files);
      else if (e.isFile() && e.name.endsWith('.py')) files.push(p);
    }
  };
  const examples: string[] = [];
  walk(path.join(REPO, 'examples'), examples);
  out.push(...examples.map((f) => fs.readFileSync(f, 'utf8')));
  out.push(...stdlibSample(SAMPLE));
  return out;
}

const PIECES = [
  '(',
  ')',
  ':',
  '\n',
  '    ',
  'def f(',
  'class ',
  'if x:',
  'elif ',
  'else:',
  'try:',
  'except* E:',
  'finally:',
  'match ',
  'case _:',
  'async ',
  '#',
];

/** Every function whose measures differ from the reference's (at most 5), with both. */
async function differences(source: string): Promise<string[]> {
  const parser = await getParser();
  const parsed = parser.parse(source)!;
  const tree = SyntaxTree.from(parsed, source);
  parsed.delete();
  const out: string[] = [];
  for (const fn of tree.rootNode.descendantsOfType('function_definition')) {
    const metrics = measureFunction(fn);
    if (!metrics) continue;
    const mine = {
      cyclomatic: metrics.cyclomatic,
      arguments: metrics.arguments,
      branches: metrics.branches,
      statements: metrics.statements,
      nestedBlocks: metrics.nestedBlocks,
    };
    const theirs = reference(fn);
    if (JSON.stringify(mine) !== JSON.stringify(theirs) && out.length < 5) {
      out.push(`${metrics.name} at ${fn.startPosition.row + 1}: ${JSON.stringify(mine)}, reference ${JSON.stringify(theirs)}`);
    }
  }
  return out;
}

describe('complexity: the statement-level measures on node indices agree with the reference on node objects', () => {
  const sources = corpus();

  test('the corpus has functions with syntax errors and without', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(HARD_CASES.length);
    expect(await differences(HARD_CASES[1])).toEqual([]);
  });

  test.each(sources.map((source, i) => [i, source]))('source %i', async (_i, source) => {
    expect(await differences(source as string)).toEqual([]);
  });

  test('mutations of every source (error recovery)', async () => {
    for (let i = 0; i < sources.length; i++) {
      for (let seed = 1; seed <= 8; seed++) {
        const mutated = mutate(sources[i], i * 1000 + seed, PIECES);
        const found = await differences(mutated);
        if (found.length) throw new Error(`source ${i}, seed ${seed}: ${found.join('; ')}\n--- input ---\n${mutated.slice(0, 2000)}`);
      }
    }
  });
});
