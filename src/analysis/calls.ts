/**
 * Call-name resolution: which function does each call in a file call, as a dotted, fully
 * qualified name (`subprocess.Popen`, `os.path.join`, `builtins.eval`), seen through the file's
 * imports and aliases. Security rules ask it "is this call `subprocess.Popen`?" without caring
 * whether the source wrote `subprocess.Popen`, `sp.Popen` or `P`.
 *
 * It is resolution on top of the scope model (src/analysis/scopes.ts), not a model of its own:
 * the scopes, the bindings (with what each import imports), `global`/`nonlocal` declarations,
 * star imports, `del` and loops all come from there, so the two never disagree about what a name
 * is bound to. This file only adds what a call's name needs on top: which of a name's bindings can
 * reach the call, and what each gives.
 *
 * ## Using it from a rule
 *
 *   uses: [calls],
 *   create(context) {
 *     return {
 *       end() {
 *         const model = context.analysis(calls);
 *         for (const call of model.callsTo(['subprocess.Popen', 'subprocess.run'])) {
 *           const shell = keywordValue(call.node, 'shell');
 *           if (shell && truthiness(shell) === true) context.report(call.callee, '...');
 *         }
 *       },
 *     };
 *   }
 *
 * ## The model (`CallModel`, published at the end of the walk)
 *
 * - `calls`: every `call` node of the file, in source order, as a `CallSite`: the call node, its
 *   callee, its argument list, `qualifiedName` (undefined when unsure) and `writtenName` (the
 *   callee as written, when it is a dotted chain of names).
 * - `callsTo(names)`: the calls whose qualified name is one of `names`.
 * - `callAt(node)`: the `CallSite` of a `call` node.
 * - `resolve(expression)`: the qualified name of any name or attribute chain in the file (a
 *   keyword argument's value such as `yaml.SafeLoader`, a decorator, ...), or undefined.
 * - `assumedName` (on each call), `callsToAssumed(names)`, `resolveAssumed(expression)`: the same
 *   with star imports assumed to bind nothing, as Bandit and Ruff assume (`from tkinter import *`
 *   then `exec(x)` is `builtins.exec`). The security rules use these readings.
 * - `assumedNames` (on each call), `callsAmongAssumed(names)`, `resolveAssumedAll(expression)`:
 *   every name a callee or expression may have, in the assumed reading, when the bindings that
 *   reach it are known imports and aliases that disagree: `try: import cPickle as pickle` /
 *   `except ImportError: import pickle`, then `pickle.loads(x)` may be `cPickle.loads` or
 *   `pickle.loads`. A rule reports such a call when it would report every one of them, and
 *   trusts a value (a loader) when every one of them is trusted.
 *
 * The model holds tree-sitter nodes: read it in the rule's `end`, before the engine frees the
 * tree, and keep no nodes afterwards. The argument and literal readers the rules use with it
 * (`keywordValue`, `truthiness`, ...) live in src/analysis/arguments.ts and src/analysis/literals.ts.
 *
 * ## Resolution semantics (conservative: when unsure, the name stays unresolved)
 *
 * - What a binding gives: `import a.b.c` binds `a` to `a`; `import a.b as x` binds `x` to `a.b`;
 *   `from a.b import c as d` binds `d` to `a.b.c`. Attribute chains are appended to the root's
 *   name, so `import os.path; os.path.join()` is `os.path.join`. Relative imports (`from . import
 *   x`) give nothing: the package is not known. A plain alias, `run = subprocess.run` or
 *   `(run := subprocess.run)` (right side a name or attribute chain, not a call), gives whatever
 *   the right side resolves to where it stands; `x = None` gives None; every other binding
 *   (parameters, loop targets, definitions, other assignments, ...) an unknown value.
 * - Where a name is looked up: the scope model's scope of the read, then the enclosing scopes as
 *   Python looks them up (class bodies invisible to the functions they contain; `global` and
 *   `nonlocal` names in the module and the enclosing function, where the bindings made under such
 *   a declaration also land, able to happen at any time); names bound nowhere resolve to
 *   `builtins.<name>` when they are Python builtins.
 * - Which bindings reach a use: for a use in the same scope as the bindings (module code, or a
 *   function using its own local import), those of the scope model's rebinding group made before
 *   it in the text (since the last `del` before it), plus bindings later in a loop that also
 *   contains the use; a name bound in a function but not yet is an UnboundLocalError, not the
 *   enclosing name. For a use in a nested function (which runs at some unknown later time), the
 *   enclosing scope's last rebinding group. When the binding the scope model gives the use is a
 *   `del`, the name is unbound: a function's name resolves to nothing, a module's to the builtin.
 * - The name resolves only if every reaching binding gives the same qualified name (when they give
 *   different known names, those are the name's alternatives, `assumedNames`). For a name
 *   that is called or has an attribute read, bindings to `None` are ignored (the use would fail
 *   on `None`, so it did not go through one: this keeps `try: import x / except ImportError: x =
 *   None` resolved); `resolve()` of a bare name passed as a value keeps them. A star
 *   import counts as an unknown binding of every name unless an explicit binding follows it. So
 *   `import subprocess` followed by `subprocess = other` leaves later uses, and uses in functions,
 *   unresolved.
 * - Not modelled (assumed not to rebind names): `exec`, `globals()[...]`, attribute assignment to
 *   modules.
 */
import type { SyntaxNode as Node } from '../engine/tree';
import type { Analysis, FileContext, Visitor } from '../engine/api';
import { asciiIdentifierAt } from './names';
import { unparenthesize } from './literals';
import { ScopeCursor, scopeAt, scopes, sharesLoop, type Binding, type Scope, type ScopeModel } from './scopes';

// The readers the rules import from here; they live in src/analysis/arguments.ts and src/analysis/literals.ts.

// ---------------------------------------------------------------------------------------------
// Public model

export interface CallSite {
  /** The `call` node. */
  readonly node: Node;
  /** The callee expression (the call's `function` field). */
  readonly callee: Node;
  /** `argument_list`, or the `generator_expression` of `f(x for x in y)`; null if missing. */
  readonly args: Node | null;
  /** Fully qualified dotted name of the callee, or undefined when it cannot be resolved surely. */
  readonly qualifiedName: string | undefined;
  /** The callee as written when it is a dotted chain of names (`sp.Popen`), else undefined. */
  readonly writtenName: string | undefined;
  /**
   * The qualified name when star imports (`from m import *`) are assumed not to rebind it, as
   * Bandit and Ruff assume: `from tkinter import *` then `exec(x)` is `builtins.exec`. Equal to
   * `qualifiedName` whenever no star import is involved.
   */
  readonly assumedName: string | undefined;
  /**
   * Every qualified name the callee may have in the assumed reading: `[assumedName]` when it
   * resolves surely; several when the bindings of its name that reach the call are known imports
   * or aliases of different names (`try: import cPickle as pickle` / `except ImportError: import
   * pickle` makes `pickle.loads` `cPickle.loads` or `pickle.loads`); undefined when any is unknown.
   */
  readonly assumedNames: readonly string[] | undefined;
}

export interface CallModel {
  /** Every call of the file, in source order. */
  readonly calls: readonly CallSite[];
  /** The calls whose qualified name is one of `names`, in source order. */
  callsTo(names: Iterable<string>): CallSite[];
  /** Like `callsTo`, by `assumedName`: star imports are assumed not to rebind the callee. */
  callsToAssumed(names: Iterable<string>): CallSite[];
  /** The call site of a `call` node, if it is one. */
  callAt(node: Node): CallSite | undefined;
  /** Qualified name of a name or attribute chain anywhere in the file, or undefined. */
  resolve(expression: Node): string | undefined;
  /** Like `resolve`, with star imports assumed not to rebind names. */
  resolveAssumed(expression: Node): string | undefined;
  /**
   * The calls every name of which (`assumedNames`) is one of `names`, in source order: those of
   * `callsToAssumed(names)`, and the calls through alternative bindings that are all among them.
   */
  callsAmongAssumed(names: Iterable<string>): CallSite[];
  /**
   * Every qualified name a name or attribute chain may have in the assumed reading (see
   * `assumedNames`), without duplicates: one when `resolveAssumed` resolves it, several for
   * alternative bindings, undefined when any reaching binding is unknown.
   */
  resolveAssumedAll(expression: Node): readonly string[] | undefined;
}

// ---------------------------------------------------------------------------------------------
// The analysis

export const calls: Analysis<CallModel> = {
  name: 'calls',
  uses: [scopes],
  create(context: FileContext): Visitor {
    // Call nodes by id until the end (numbers, not node objects that would live as long as the file).
    const callIds: number[] = [];
    return {
      call(node) {
        callIds.push(node.id);
      },
      end() {
        const model = context.analysis(scopes);
        const facts = new Facts(model);
        const resolver = new Resolver(facts, false);
        const assuming = new Resolver(facts, true);
        const cursor = new ScopeCursor(model);
        const tree = context.tree;
        const sites: CallSite[] = [];
        // Without star imports the two readings are the same: resolve once.
        const stars = model.scopes.some((scope) => scope.starImports.length > 0);
        for (const id of callIds) {
          const node = tree.node(id);
          const callee = node.childForFieldName('function');
          if (!callee) continue;
          const scope = cursor.at(node);
          resolver.disagreed = false;
          const qualifiedName = resolver.resolveCallee(callee, context.text, scope);
          let assumedName = qualifiedName;
          let disagreed = resolver.disagreed;
          if (stars) {
            assuming.disagreed = false;
            assumedName = assuming.resolveCallee(callee, context.text, scope);
            disagreed = assuming.disagreed;
          }
          sites.push(new LazyCallSite(node, callee, qualifiedName, assumedName, scope, assuming, disagreed));
        }
        // Sites by name, made when a rule first asks: each security rule asks for a few names,
        // and filtering every call of the file for each of them showed in profiles.
        let byQualified: Map<string, CallSite[]> | undefined;
        let byAssumed: Map<string, CallSite[]> | undefined;
        // The calls with alternative names (rare), found when a rule first asks.
        let alternatives: CallSite[] | undefined;
        const assumedIndex = (): Map<string, CallSite[]> =>
          (byAssumed ??= stars ? indexSites(sites, 'assumedName') : (byQualified ??= indexSites(sites, 'qualifiedName')));
        const callModel: CallModel = {
          calls: sites,
          callsTo: (names) => sitesNamed((byQualified ??= indexSites(sites, 'qualifiedName')), names),
          callsToAssumed: (names) => sitesNamed(assumedIndex(), names),
          callsAmongAssumed: (names) => {
            alternatives ??= sites.filter((site) => site.assumedName === undefined && site.assumedNames !== undefined);
            // Most files have no call with alternatives: then no set of the names is needed.
            if (alternatives.length === 0) return sitesNamed(assumedIndex(), names);
            const wanted = new Set(names);
            const sure = sitesNamed(assumedIndex(), wanted);
            const among = alternatives.filter((site) => site.assumedNames!.every((name) => wanted.has(name)));
            return among.length === 0 ? sure : [...sure, ...among].sort((a, b) => a.node.id - b.node.id);
          },
          callAt: (node) => siteAt(sites, node.id),
          resolve: (expression) => resolver.resolve(expression, 0, false),
          resolveAssumed: (expression) => assuming.resolve(expression, 0, false),
          resolveAssumedAll: (expression) => assuming.resolveAll(expression, 0, false),
        };
        context.setAnalysis(calls.name, callModel);
      },
    };
  },
};

/** The call sites by qualified (or assumed) name, each list in source order. */
function indexSites(sites: readonly CallSite[], key: 'qualifiedName' | 'assumedName'): Map<string, CallSite[]> {
  const index = new Map<string, CallSite[]>();
  for (const site of sites) {
    const name = site[key];
    if (name === undefined) continue;
    const list = index.get(name);
    if (list) list.push(site);
    else index.set(name, [site]);
  }
  return index;
}

/** The sites with one of `names`, in source order (node ids are pre-order indices). */
function sitesNamed(index: Map<string, CallSite[]>, names: Iterable<string>): CallSite[] {
  const out: CallSite[] = [];
  // A name given twice adds its sites once. Each name has its own list, so the lists taken so
  // far tell (they are few: most names have no call in the file), without a set of the names.
  const taken: CallSite[][] = [];
  for (const name of names) {
    const list = index.get(name);
    if (!list || taken.includes(list)) continue;
    for (const site of list) out.push(site);
    taken.push(list);
  }
  if (taken.length > 1) out.sort((a, b) => a.node.id - b.node.id);
  return out;
}

/** The site of call node `id`, by binary search: sites are in pre-order. */
function siteAt(sites: readonly CallSite[], id: number): CallSite | undefined {
  let lo = 0;
  let hi = sites.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sites[mid].node.id;
    if (at === id) return sites[mid];
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A call site whose argument list, written name and alternative names are read only when asked for. */
class LazyCallSite implements CallSite {
  private argsNode: Node | null | undefined;
  private written: string | undefined | null = null;
  private alternatives: readonly string[] | undefined | null = null;

  constructor(
    readonly node: Node,
    readonly callee: Node,
    readonly qualifiedName: string | undefined,
    readonly assumedName: string | undefined,
    /** The scope the callee is evaluated in, and the assumed reading's resolver: for `assumedNames`. */
    private readonly scope: Scope,
    private readonly assuming: Resolver,
    /**
     * Reaching bindings disagreed somewhere in the resolution of `assumedName` (Resolver's
     * `disagreed`). When they did not, an unresolved callee has no alternatives either: what
     * made it unresolved is an unknown binding, which `resolveAll` cannot get past.
     */
    private readonly disagreed: boolean,
  ) {}

  get assumedNames(): readonly string[] | undefined {
    if (this.alternatives === null) {
      if (this.assumedName !== undefined) this.alternatives = [this.assumedName];
      else this.alternatives = this.disagreed ? this.assuming.resolveAll(this.callee, 0, true, this.scope) : undefined;
    }
    return this.alternatives;
  }

  /** `assumedNames` without the short cut (assumedNamesInFull). */
  inFull(): readonly string[] | undefined {
    return this.assumedName !== undefined ? [this.assumedName] : this.assuming.resolveAll(this.callee, 0, true, this.scope);
  }

  get args(): Node | null {
    if (this.argsNode === undefined) this.argsNode = this.node.childForFieldName('arguments');
    return this.argsNode;
  }

  get writtenName(): string | undefined {
    if (this.written === null) this.written = writtenChain(this.callee);
    return this.written;
  }
}

/**
 * @internal For the tests: `site.assumedNames` computed in full, without the short cut taken when
 * no reaching bindings disagreed (`LazyCallSite.disagreed`).
 */
export function assumedNamesInFull(site: CallSite): readonly string[] | undefined {
  return site instanceof LazyCallSite ? site.inFull() : site.assumedNames;
}

/** The callee as a dotted chain of names (`sp.Popen`), or undefined for anything else. */
function writtenChain(node: Node): string | undefined {
  // Iterative: `a.b.c...` chains of any length must not overflow the stack.
  const parts: string[] = [];
  let expr = unparenthesize(node);
  while (expr.type === 'attribute') {
    const object = expr.childForFieldName('object');
    const attribute = expr.childForFieldName('attribute');
    if (!object || !attribute) return undefined;
    parts.push(attribute.text);
    expr = unparenthesize(object);
  }
  if (expr.type !== 'identifier') return undefined;
  parts.push(expr.text);
  return parts.reverse().join('.');
}

// ---------------------------------------------------------------------------------------------
// Resolution

/** Python 3 builtin functions and types (exceptions left out: no rule asks about calling them). */
const BUILTINS = new Set(
  (
    'abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex ' +
    'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr ' +
    'globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max ' +
    'memoryview min next object oct open ord pow print property quit range repr reversed round set setattr ' +
    'slice sorted staticmethod str sum super tuple type vars zip __import__'
  ).split(' '),
);

function builtin(name: string): string | undefined {
  return BUILTINS.has(name) ? `builtins.${name}` : undefined;
}

/** `name`, added to `into` (without duplicates) when collecting alternatives. */
function collect(name: string | undefined, into: string[] | undefined): string | undefined {
  if (name !== undefined && into !== undefined && !into.includes(name)) into.push(name);
  return name;
}

/** How deep alias chains (`a = b`, `b = c.d`, ...) are followed before giving up. */
const MAX_ALIAS_DEPTH = 8;

/** Functions, lambdas and comprehensions: a name bound anywhere in them is local to all of them. */
function isFunctionLike(scope: Scope): boolean {
  return scope.kind === 'function' || scope.kind === 'lambda' || scope.kind === 'comprehension';
}

/**
 * What a binding gives a name: `import` a qualified name, `alias` the value of the expression
 * `value` (a name or attribute chain, evaluated in `scope`), `none` None, `other` an unknown value.
 */
type Meaning = { kind: 'import'; name: string } | { kind: 'alias'; value: Node; scope: Scope } | { kind: 'none' } | { kind: 'other' };

const OTHER: Meaning = { kind: 'other' };
const NONE: Meaning = { kind: 'none' };

/** The star imports of a scope when star imports are assumed to bind nothing. */
const NO_STARS: readonly Node[] = [];

/** Results of a lookup in one scope besides a name or undefined. */
const NOT_HERE = Symbol('not bound in this scope');
const UNBOUND = Symbol('deleted');

/** What both readings share: the model, and the facts about bindings they derive from it. */
class Facts {
  /** Bindings made under `global`/`nonlocal` declarations, by the scope they land in, then by name. */
  private readonly landed: Map<Scope, Map<string, Binding[]>> | undefined;
  /** What each binding a resolution went through gives, made on the first visit. */
  private readonly meanings = new Map<Binding, Meaning>();

  constructor(readonly model: ScopeModel) {
    this.landed = landedBindings(model);
  }

  /** Bindings that land in `scope` for `name` from declarations in scopes inside it. */
  landedIn(scope: Scope, name: string): Binding[] | undefined {
    return this.landed?.get(scope)?.get(name);
  }

  meaningOf(binding: Binding): Meaning {
    switch (binding.kind) {
      case 'import':
        // `import a.b` binds `a` to the package `a`; `import a.b as c` binds `c` to `a.b`.
        return { kind: 'import', name: binding.import!.alias === undefined ? binding.name : binding.import!.qualifiedName };
      case 'from-import':
      case 'future-import': {
        // Relative imports name a module of an unknown package.
        const module = binding.import!.module;
        return module === '' || module.startsWith('.') ? OTHER : { kind: 'import', name: binding.import!.qualifiedName };
      }
      case 'assignment':
      case 'walrus': {
        let meaning = this.meanings.get(binding);
        if (!meaning) this.meanings.set(binding, (meaning = this.valueMeaning(binding)));
        return meaning;
      }
      default:
        return OTHER;
    }
  }

  /** `x = value` (the innermost value of `a = b = value`), `(x := value)`. */
  private valueMeaning(binding: Binding): Meaning {
    const owner = binding.owner;
    let value: Node | null;
    if (binding.kind === 'walrus') value = owner.childForFieldName('value');
    else {
      // Only a single name gets the value's meaning; unpacking binds unknown values.
      if (owner.childForFieldName('left')?.type !== 'identifier') return OTHER;
      value = owner.childForFieldName('right');
      while (value && value.type === 'assignment') value = value.childForFieldName('right');
    }
    if (!value) return OTHER;
    const expr = unparenthesize(value);
    if (expr.type === 'none') return NONE;
    if (writtenChain(expr) === undefined) return OTHER;
    // A walrus binds outside the comprehension it may stand in; its value is evaluated inside.
    const scope = binding.kind === 'walrus' ? scopeAt(this.model, expr.startIndex) : binding.scope;
    return { kind: 'alias', value: expr, scope };
  }
}

/**
 * Where the bindings made under `global x` / `nonlocal x` land: the module, or the nearest
 * enclosing function that does not itself pass the name on (a `nonlocal` with no function to go
 * to binds nothing: a syntax error in Python). Undefined when no scope declares anything.
 */
function landedBindings(model: ScopeModel): Map<Scope, Map<string, Binding[]>> | undefined {
  let landed: Map<Scope, Map<string, Binding[]>> | undefined;
  const land = (from: Scope, name: string, to: Scope | undefined): void => {
    const list = from.byName.get(name);
    if (!to || !list) return;
    landed ??= new Map();
    let names = landed.get(to);
    if (!names) landed.set(to, (names = new Map()));
    let into = names.get(name);
    if (!into) names.set(name, (into = []));
    for (const binding of list) if (binding.kind !== 'del') into.push(binding);
  };
  for (const scope of model.scopes) {
    if (scope.kind === 'module') continue;
    for (const name of scope.globals) land(scope, name, model.module);
    for (const name of scope.nonlocals) land(scope, name, nonlocalHome(scope, name, model.module));
  }
  return landed;
}

function nonlocalHome(scope: Scope, name: string, module: Scope): Scope | undefined {
  let target = scope.parent;
  for (;;) {
    while (target && !isFunctionLike(target)) target = target.kind === 'module' ? undefined : target.parent;
    if (!target) return undefined;
    if (target.globals.has(name)) return module;
    if (!target.nonlocals.has(name)) return target;
    target = target.parent;
  }
}

class Resolver {
  /**
   * Set when a resolution gave up because reaching bindings gave different names (never reset
   * here: the caller clears it before the resolution it asks about). A resolution that gave
   * undefined without it met an unknown binding (or no name at all), and `resolveAll` of the same
   * expression, which goes the same way through the same bindings and stops only there, gives
   * undefined too: the call model then skips asking it.
   */
  disagreed = false;

  constructor(
    private readonly facts: Facts,
    /** Star imports bind nothing (the `assumedName` reading). */
    private readonly ignoreStars: boolean,
  ) {}

  /**
   * Qualified name of a name or attribute chain, or undefined. `noneFails`: the expression is
   * called or has an attribute read, so a `None` value would have raised and `x = None` bindings
   * can be ignored. `scope`: where the expression is evaluated, when the caller knows.
   */
  resolve(node: Node, depth: number, noneFails: boolean, scope?: Scope): string | undefined {
    if (depth > MAX_ALIAS_DEPTH) return undefined;
    const expr = unparenthesize(node);
    if (expr.type === 'identifier') {
      return this.resolveName(expr.text, expr.startIndex, scope ?? scopeAt(this.facts.model, expr.startIndex), depth, noneFails);
    }
    if (expr.type === 'attribute') {
      const object = expr.childForFieldName('object');
      const attribute = expr.childForFieldName('attribute');
      const base = object ? this.resolve(object, depth, true, scope) : undefined;
      return base !== undefined && attribute ? `${base}.${attribute.text}` : undefined;
    }
    return undefined;
  }

  /**
   * Every qualified name a name or attribute chain may have (see `CallSite.assumedNames`), or
   * undefined: `resolve`, with the names of reaching bindings that disagree collected instead of
   * giving up. Only asked for the few expressions whose single name is in question.
   */
  resolveAll(node: Node, depth: number, noneFails: boolean, scope?: Scope): string[] | undefined {
    if (depth > MAX_ALIAS_DEPTH) return undefined;
    const expr = unparenthesize(node);
    if (expr.type === 'identifier') {
      const into: string[] = [];
      const found = this.resolveName(expr.text, expr.startIndex, scope ?? scopeAt(this.facts.model, expr.startIndex), depth, noneFails, into);
      return found === undefined ? undefined : into;
    }
    if (expr.type === 'attribute') {
      const object = expr.childForFieldName('object');
      const attribute = expr.childForFieldName('attribute');
      const bases = object ? this.resolveAll(object, depth, true, scope) : undefined;
      return bases !== undefined && attribute ? bases.map((base) => `${base}.${attribute.text}`) : undefined;
    }
    return undefined;
  }

  /**
   * `resolve(callee, 0, true, scope)`, first trying the cheap way. Whatever the callee, the name or
   * attribute chain it may be starts with the identifier written where it starts (an ASCII one,
   * read from the source text); when that name resolves to nothing there, neither does the callee,
   * and the tree is not asked.
   */
  resolveCallee(callee: Node, source: string, scope: Scope): string | undefined {
    const start = callee.startIndex;
    const root = asciiIdentifierAt(source, start);
    if (root !== undefined) {
      // A non-ASCII character next may continue the identifier: then ask the tree.
      const next = start + root.length;
      const complete = next >= source.length || source.charCodeAt(next) < 0x80;
      if (complete && this.resolveName(root, start, scope, 0, true) === undefined) return undefined;
    }
    return this.resolve(callee, 0, true, scope);
  }

  /**
   * The qualified name of `name` read at `at`. With `into` (from `resolveAll`), reaching bindings
   * may disagree: every name they give is added to `into`, and the result is one of them.
   */
  private resolveName(name: string, at: number, scope: Scope, depth: number, noneFails: boolean, into?: string[]): string | undefined {
    const module = this.facts.model.module;
    let s: Scope | undefined = scope;
    let sameScope = true;
    while (s) {
      if (!sameScope && s.kind === 'class') {
        // Class bodies are not visible from the functions (and comprehensions) they contain.
        s = s.parent;
        continue;
      }
      if (s.kind !== 'module' && s.globals.has(name)) {
        s = module;
        sameScope = false;
        continue;
      }
      if (s.nonlocals.has(name)) {
        s = s.parent;
        sameScope = false;
        continue;
      }
      // Comprehension targets are bound before the comprehension's body runs, though written after it.
      const found = this.inScope(s, name, at, sameScope && s.kind !== 'comprehension', depth, noneFails, into);
      if (found === UNBOUND) return collect(isFunctionLike(s) ? undefined : builtin(name), into);
      if (found !== NOT_HERE) return found;
      sameScope = false;
      s = s.parent;
    }
    return collect(builtin(name), into);
  }

  /**
   * The name `name` has in scope `s` for a use at `at` (`ordered`: the use is in the scope's own
   * code, so the bindings before it count, see the file comment), or NOT_HERE when the lookup goes
   * on to the enclosing scope, or UNBOUND when the scope model's binding for the use is a `del`.
   * Allocates nothing: this runs for every name of every call of the file.
   */
  private inScope(
    s: Scope,
    name: string,
    at: number,
    ordered: boolean,
    depth: number,
    noneFails: boolean,
    into: string[] | undefined,
  ): string | undefined | typeof NOT_HERE | typeof UNBOUND {
    const list = s.byName.get(name); // sorted by `at`
    const stars = this.ignoreStars ? NO_STARS : s.starImports;
    const landed = this.facts.landedIn(s, name);
    if (list === undefined && stars.length === 0 && landed === undefined) return NOT_HERE;
    const limit = ordered ? at : Infinity;
    // The scope model's binding for the use: the last one made before it (for a use elsewhere, the last one).
    let last = -1;
    if (list) while (last + 1 < list.length && list[last + 1].at <= limit) last++;
    // A use from a nested scope (a function body) runs whenever the function is called, often
    // before a module's closing `del os, sys` (numpy's __init__): trailing `del`s do not unbind it.
    if (!ordered) while (last >= 0 && list![last].kind === 'del') last--;
    // The rebinding group it belongs to starts after the last `del` before the use.
    let cut = -1;
    for (let k = last; k >= 0; k--) {
      if (list![k].kind === 'del') {
        cut = k;
        break;
      }
    }
    const cutAt = cut >= 0 ? list![cut].at : -Infinity;
    let lastStar = -Infinity;
    for (const star of stars) if (star.endIndex <= limit) lastStar = star.endIndex;
    if (last >= 0 && cut === last && lastStar < cutAt) return UNBOUND;
    // The explicit bindings that reach the use: the group's members before it, and (in the
    // scope's own code) later ones that a loop brings back to it. The latest of them overrides
    // the star imports before it.
    let latest = -Infinity;
    if (list) for (let k = cut + 1; k < list.length; k++) if (k <= last || this.reachesBack(s, list[k], at, ordered)) latest = list[k].at;
    let result: string | undefined;
    let reaching = 0;
    if (list) {
      for (let k = cut + 1; k < list.length; k++) {
        if (k > last && !this.reachesBack(s, list[k], at, ordered)) continue;
        reaching++;
        const named = this.named(list[k], depth, noneFails, into);
        if (named === NOT_HERE) continue;
        if (named === undefined) return undefined;
        if (into === undefined && result !== undefined && result !== named) return this.disagree();
        result = named;
      }
    }
    for (const star of stars) {
      const starAt = star.endIndex;
      if (starAt <= cutAt || !(starAt <= limit || (ordered && sharesLoop(s, starAt, at)))) continue;
      reaching++;
      if (starAt < latest) continue; // an explicit binding after it decides
      return undefined; // the star import may bind the name to anything
    }
    // Bindings made under `global`/`nonlocal` elsewhere can happen at any time.
    if (landed) {
      for (const binding of landed) {
        reaching++;
        const named = this.named(binding, depth, noneFails, into);
        if (named === NOT_HERE) continue;
        if (named === undefined) return undefined;
        if (into === undefined && result !== undefined && result !== named) return this.disagree();
        result = named;
      }
    }
    if (reaching > 0) return result;
    // Bound in this function but not yet: an UnboundLocalError, not the enclosing name.
    return isFunctionLike(s) ? undefined : NOT_HERE;
  }

  /** Reaching bindings give different names: no single one (see `disagreed`). */
  private disagree(): undefined {
    this.disagreed = true;
    return undefined;
  }

  /** A binding made after a use at `at` in the scope's own code (`ordered`) that reaches back to it through a loop. */
  private reachesBack(s: Scope, binding: Binding, at: number, ordered: boolean): boolean {
    return ordered && binding.kind !== 'del' && sharesLoop(s, binding.at, at);
  }

  /**
   * The qualified name a binding gives, undefined when unknown, NOT_HERE when it does not count
   * (None for a call). With `into`, every name it may give is added there (an alias of a name
   * with alternatives has them all), and the result is one of them.
   */
  private named(binding: Binding, depth: number, noneFails: boolean, into: string[] | undefined): string | undefined | typeof NOT_HERE {
    const meaning = this.facts.meaningOf(binding);
    switch (meaning.kind) {
      case 'import':
        return collect(meaning.name, into);
      case 'alias': {
        if (into === undefined) return this.resolve(meaning.value, depth + 1, noneFails, meaning.scope);
        const all = this.resolveAll(meaning.value, depth + 1, noneFails, meaning.scope);
        if (all === undefined) return undefined;
        for (const name of all) collect(name, into);
        return all[0];
      }
      case 'none':
        return noneFails ? NOT_HERE : undefined; // the use would fail on None: not the binding used
      default:
        return undefined;
    }
  }
}
