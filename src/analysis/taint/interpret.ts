/**
 * The taint evaluator: a flow-sensitive abstract interpretation of each function (and of the
 * module's top level and class bodies) over its statements, with an environment from names to
 * abstract values (values.ts). See index.ts for the semantics and the limits.
 */
import type { SyntaxNode as Node, SyntaxTree } from '../../engine/tree';
import { argumentAt } from '../arguments';
import type { CallModel } from '../calls';
import { integerValue, namedChildrenOf, stringLiteralValue, unparenthesize } from '../literals';
import * as C from './catalogue';
import {
  acceptsKind,
  ALL_CLASSES,
  classBit,
  NOT_DOUBLE_SLASH,
  NOT_SLASH_BACKSLASH,
  PATH_IF_NORMALIZED,
  SAME_SITE_PATH,
  STARTS_WITH_SLASH,
  type SinkClass,
  type SourceKind,
  type TaintFlow,
  type SkippedFunction,
} from './model';
import { alternatives, annotationOf, formFields, isPasswordName, isQuoteLiteral, reprArguments, safeConverterParams, startsSameSite } from './frameworks';
import {
  CLEAN,
  CONTAINER,
  allLabels,
  chainSteps,
  concat,
  constant,
  join,
  joinLabels,
  keyOf,
  proofOf,
  proven,
  PROVEN_CONSTANT,
  LITERAL,
  readAll,
  readKey,
  sameValue,
  sanitize,
  step,
  tainted,
  truthy,
  withStep,
  type Chain,
  type Const,
  type FnRef,
  type Label,
  type Value,
} from './values';

/** The bounds of the evaluation (an object so that tests can lower them). */
export const LIMITS = {
  /** A function with more syntax nodes than this is not analysed (listed in `skipped`). */
  functionNodes: 30000,
  /** Evaluation steps (statements and expressions visited) one function may take, loops included. */
  functionSteps: 200000,
  /** Iterations of a loop body before its state is taken as the fixed point. */
  loopIterations: 4,
  /** Nested on-demand summaries (a call to a function not yet summarised) before a call is left unmodelled. */
  summaryDepth: 24,
  /** Expressions nested deeper than this are not looked into. */
  expressionDepth: 400,
};

/** A call to a function of another module of the project, as the module summary records it. */
export interface ImportedCall {
  callee: string;
  call: Node;
  /** Real sources passed, by argument (`0`, `1`, ... or `k:name`). */
  args: Map<string, { position: number; keyword?: string; labels: readonly Label[] }>;
  /** The call's result reaching sinks of this file. */
  resultSinks: { sinkClass: SinkClass; sinkName: string; sink: Node; chain: Chain; sanitized: number }[];
}

/** A parameter of a function passed on to a function of another module. */
export interface Forward {
  param: number;
  callee: string;
  call: Node;
  position: number;
  keyword?: string;
  chain: Chain;
  sanitized: number;
}

/** What the module summary (index.ts) reads of the run. */
export interface RunResult {
  flows: TaintFlow[];
  skipped: SkippedFunction[];
  /** Summaries of the functions, by node id. */
  summaries: ReadonlyMap<number, SummaryView>;
  imported: ImportedCall[];
  forwards: ReadonlyMap<number, Forward[]>;
}

export interface SummaryView {
  params: string[];
  ret: Value | undefined;
  sinks: readonly SinkEntry[];
}

export interface FileFlags {
  web: boolean;
  django: boolean;
  aiohttp: boolean;
  /** The file imports tornado: the HTTP methods of a `...Handler` class are a request handler's. */
  tornado?: boolean;
  argparse: boolean;
  /** Names the module binds by relative import, with the absolute name (`from .db import q` in `app.views`: `q` -> `app.db.q`). */
  relative: ReadonlyMap<string, string>;
  /** The first part of this module's name: calls to names under it are calls into the project. */
  /** Is this top-level name a module or package of the project (FileContext.isProjectRoot)? */
  isProjectRoot: (name: string) => boolean;
  /** The module is a views module (`views.py`, `views/`): a Django function taking `request` there is a view. */
  viewsModule?: boolean;
  /** The module is a helpers module (HELPER_MODULE_PATH): returning a response does not make a function a view there. */
  helperModule?: boolean;
  /** False when the text names no source: the functions are summarised, the module's top level is not re-run for flows. */
  sources: boolean;
  /** The file imports flask (a view's returned string is an HTML page), fastapi (it is JSON), ldap, lxml. */
  flask?: boolean;
  fastapi?: boolean;
  ldap?: boolean;
  lxml?: boolean;
  /** The file imports an HTTP client (requests, httpx, urllib3): `x.headers[...]` may be a request's. */
  httpClient?: boolean;
  /** The text names a password (`password`, `passwd`, `getpass`): password-like values are sources for the weak-hash class. */
  credentials?: boolean;
  /** Sources, sinks and sanitizers the project defines (`[tool.tendril.taint]`). */
  project?: C.ProjectTaint;
}

export interface SinkEntry {
  index: number;
  sinkClass: SinkClass;
  sink: Node;
  sinkName: string;
  /** From the parameter to the sink argument (its last step). */
  chain: Chain;
  sanitized: number;
}

/** What a function does with its parameters (labels `p<fn>:<index>`): what it returns, which sinks they reach. */
interface Summary {
  params: string[];
  /** The join of the returned values; undefined when it returns nothing (or was skipped). */
  ret: Value | undefined;
  sinks: SinkEntry[];
}

const EMPTY_SUMMARY: Summary = { params: [], ret: undefined, sinks: [] };

interface State {
  env: Map<string, Value>;
  dead: boolean;
  /** The map is this state's own, to write in place; otherwise (shared with a clone) it is copied on the first write. */
  owned: boolean;
}

interface Loop {
  breaks: State[];
  continues: State[];
}

interface Frame {
  fn: Node | null;
  summary: Summary;
  outer: (name: string) => Value | undefined;
  classNode: Node | null;
  /** The class whose body is being executed (methods defined there belong to it). */
  bodyOf: Node | null;
  selfName: string | undefined;
  returns: Value | undefined;
  loops: Loop[];
  globals: Set<string>;
  nonlocals: Set<string>;
  pending: FnRef[];
  /** One per enclosing `try` body: the values bound there, by name. */
  writeLogs: Map<string, Value>[];
  steps: number;
  recording: boolean;
  interprocedural: boolean;
  /** A Flask view (function, or method of a MethodView): the string it returns is its HTML page. */
  htmlView: boolean;
  /** A method of a Django class-based view: `self.request` is the request. */
  djangoView: boolean;
  /** A method of a Tornado request handler: `self.request` is the request. */
  tornadoHandler: boolean;
}

class BudgetExceeded extends Error {}

/** Why a function was given up: over the step limit, or nested too deep (the evaluator recurses on expressions). */
function skipReason(error: unknown, what: string): string {
  if (error instanceof BudgetExceeded) return `${what} over ${LIMITS.functionSteps} evaluation steps`;
  if (error instanceof RangeError) return `${what} nested too deeply`;
  throw error;
}

/** A guard's conclusion: the name (or `name.attr`) is clean for the classes of `mask` (`node`: where to read its value). */
interface Fact {
  name: string;
  mask: number;
  node?: Node;
}

interface FlowRecord {
  flow: TaintFlow;
  chainLength: number;
  sourceAt: number;
}

interface Arg {
  node: Node;
  value: Value;
}

interface Args {
  positional: Arg[];
  keywords: Map<string, Arg>;
  splat: Value | undefined;
}

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);

/** A literal string whose text is not read (too long to decode): made of literals all the same. */
const LITERAL_TEXT: Value = { labels: [], safe: PROVEN_CONSTANT };

/** The result of a sanitizer for every class (`int(x)`): safe whatever went in. */
const SAFE_EVERYWHERE: Value = { labels: [], safe: ALL_CLASSES };

export class Interpreter {
  private readonly flows = new Map<string, FlowRecord>();
  /** What each flow update replaced, so that the flows of a function that is skipped part-way can be undone. */
  private readonly journal: [string, FlowRecord | undefined][] = [];
  private readonly skipped: { node: Node; reason: string }[] = [];
  private readonly summaries = new Map<number, Summary>();
  private readonly inProgress = new Set<number>();
  private moduleEnv = new Map<string, Value>();
  private readonly globalWrites = new Map<string, Value>();
  private depth = 0;
  private readonly imported = new Map<number, ImportedCall>();
  /** Default values of parameters that carry input, by function node id, then parameter index. */
  private readonly defaults = new Map<number, Map<number, Value>>();
  /** Input assigned to `self.<name>` in a method, by class node id, then attribute name. */
  private readonly classFields = new Map<number, Map<string, readonly Label[]>>();
  private readonly forwards = new Map<number, Forward[]>();
  private state: State = { env: new Map(), dead: false, owned: true };
  private frame!: Frame;
  /** Each class's methods by name (methodsOf), read once per class. */
  private readonly methods = new Map<number, Map<string, Node>>();

  constructor(
    private readonly tree: SyntaxTree,
    private readonly calls: CallModel,
    private readonly flags: FileFlags,
  ) {}

  /**
   * Interprets the file. With `needed` (ids of functions not nested in another), stops as soon as
   * each of them has its summary, before the module's second pass: what was evaluated up to there
   * is evaluated exactly as in a whole run (the same order), and nothing after it is.
   */
  run(functionIds: readonly number[], needed?: ReadonlySet<number>): RunResult {
    const root = this.tree.node(0);
    const moduleLookup = (name: string): Value | undefined => {
      const a = this.moduleEnv.get(name);
      const b = this.globalWrites.get(name);
      return a && b ? join(a, b) : (a ?? b);
    };
    // Pass 1: the module's names, for the functions to read.
    this.runModule(root, false);
    // The functions not nested in another (those are analysed with their parent), bottom-up on demand.
    // Functions that assign module names (`global x`) first, so that the others read what they assign.
    const topLevel = functionIds.map((id) => this.tree.node(id)).filter((node) => !enclosingFunction(node));
    const declaring = new Set(topLevel.filter((node) => node.descendantsOfType('global_statement').length > 0));
    let stopped = false;
    for (const node of [...topLevel.filter((n) => declaring.has(n)), ...topLevel.filter((n) => !declaring.has(n))]) {
      this.summaryOf({ node, outer: moduleLookup, classNode: enclosingClass(node) });
      if (needed && [...needed].every((id) => this.summaries.has(id))) {
        stopped = true;
        break;
      }
    }
    // Pass 2: the module's top level with the summaries.
    if (this.flags.sources && !stopped) this.runModule(root, true);
    const flows = [...this.flows.values()]
      .sort((a, b) => a.flow.sink.startIndex - b.flow.sink.startIndex || a.flow.sink.id - b.flow.sink.id || a.sourceAt - b.sourceAt)
      .map((r) => r.flow);
    const imported = [...this.imported.values()].sort((a, b) => a.call.startIndex - b.call.startIndex);
    return { flows, skipped: this.skipped, summaries: this.summaries, imported, forwards: this.forwards };
  }

  private runModule(root: Node, second: boolean): void {
    this.frame = this.newFrame(null, EMPTY_SUMMARY, () => undefined, null, second);
    this.state = { env: new Map(), dead: false, owned: true };
    const mark = this.journal.length;
    try {
      this.execBlock(root);
    } catch (error) {
      this.undo(mark);
      if (second) this.skipped.push({ node: root, reason: skipReason(error, 'module top level') });
    }
    if (!second) this.moduleEnv = this.state.env;
  }

  private newFrame(fn: Node | null, summary: Summary, outer: Frame['outer'], classNode: Node | null, recording: boolean): Frame {
    return {
      fn,
      summary,
      outer,
      classNode,
      bodyOf: null,
      selfName: undefined,
      returns: undefined,
      loops: [],
      globals: new Set(),
      nonlocals: new Set(),
      pending: [],
      writeLogs: [],
      steps: 0,
      recording,
      interprocedural: recording,
      htmlView: false,
      djangoView: false,
      tornadoHandler: false,
    };
  }

  /** The method `name` defined in the body of `classNode` (the first definition of the name). */
  private methodOf(classNode: Node, name: string): Node | undefined {
    let methods = this.methods.get(classNode.id);
    if (!methods) this.methods.set(classNode.id, (methods = methodsOf(classNode)));
    return methods.get(name);
  }

  // -------------------------------------------------------------------------------------------
  // Functions and summaries

  private summaryOf(ref: FnRef): Summary {
    const id = ref.node.id;
    const done = this.summaries.get(id);
    if (done) return done;
    if (this.inProgress.has(id) || this.depth >= LIMITS.summaryDepth) return EMPTY_SUMMARY; // recursion: bounded
    const size = this.tree.end[id] - id;
    if (size > LIMITS.functionNodes) {
      this.skipped.push({ node: ref.node, reason: `function over ${LIMITS.functionNodes} syntax nodes (${size})` });
      this.summaries.set(id, EMPTY_SUMMARY);
      return EMPTY_SUMMARY;
    }
    const summary: Summary = { params: [], ret: undefined, sinks: [] };
    this.summaries.set(id, summary);
    this.inProgress.add(id);
    const savedFrame = this.frame;
    const savedState = this.state;
    const mark = this.journal.length;
    this.depth++;
    try {
      this.frame = this.newFrame(ref.node, summary, ref.outer, ref.classNode, true);
      this.state = { env: new Map(), dead: false, owned: true };
      this.bindParameters(ref, summary);
      const body = ref.node.childForFieldName('body');
      if (body && ref.node.type === 'lambda') this.frame.returns = withStep(this.eval(body), body, 'return');
      else if (body) this.execBlock(body);
      summary.ret = this.frame.returns;
      this.runPending();
    } catch (error) {
      this.skipped.push({ node: ref.node, reason: skipReason(error, 'function') });
      summary.ret = undefined;
      summary.sinks.length = 0;
      this.undo(mark);
    } finally {
      this.depth--;
      this.inProgress.delete(id);
      this.frame = savedFrame;
      this.state = savedState;
    }
    return summary;
  }

  /** True where what is evaluated counts: a function's summary, the module's top level run for its flows. */
  protected get recording(): boolean {
    return this.frame.recording;
  }

  private undo(mark: number): void {
    while (this.journal.length > mark) {
      const [key, old] = this.journal.pop()!;
      if (old) this.flows.set(key, old);
      else this.flows.delete(key);
    }
  }

  /** Nested functions defined in the frame and not yet summarised (by a call). */
  private runPending(): void {
    for (let i = 0; i < this.frame.pending.length; i++) this.summaryOf(this.frame.pending[i]);
  }

  private bindParameters(ref: FnRef, summary: Summary): void {
    const fn = ref.node;
    const params = parameterNodes(fn);
    summary.params = params.map((p) => p.name);
    const isMethod = ref.classNode !== null && !isStatic(fn);
    const supers = isMethod ? (ref.classNode!.childForFieldName('superclasses')?.text ?? '') : '';
    const fnName = fn.childForFieldName('name')?.text ?? '';
    // A method of a class-based view (Django View, DRF APIView, Flask MethodView) for an HTTP method.
    const viewMethod = isMethod && (this.flags.web || this.flags.django) && C.VIEW_METHODS.has(fnName) && C.VIEW_CLASS.test(supers);
    // A Tornado request handler's method: `self` reads the arguments, `self.request` is the request;
    // the HTTP methods' other parameters are the URL pattern's groups.
    const tornadoHandler = isMethod && !!this.flags.tornado && ref.classNode !== null && C.TORNADO_HANDLER_CLASS.test(supers);
    const tornadoRoute = tornadoHandler && C.VIEW_METHODS.has(fnName);
    const route = (this.flags.web && isRouteHandler(fn)) || viewMethod || tornadoRoute;
    const requestAt = isMethod ? 1 : 0;
    const requestParam = params[requestAt]?.name === 'request';
    const django = this.flags.django && requestParam;
    const aiohttp = !django && this.flags.aiohttp && requestParam;
    // Its other parameters are URL parameters only in a view: a function at the module's top level
    // in a views module or that looks like one by its code (a view decorator; a response returned,
    // outside a helpers module), a method with a view
    // decorator (`@action`, `@method_decorator(...)`; the HTTP methods of class-based views are
    // `viewMethod`'s). A special method is called by Python, never routed:
    // `__init__(self, request, exc_type, tb)` (Django's ExceptionReporter) takes a request, but its
    // other parameters are no route's.
    const routed =
      django &&
      !/^__\w+__$/.test(fnName) &&
      (isMethod
        ? hasViewDecorator(fn)
        : enclosingFunction(fn) === null && (!!this.flags.viewsModule || hasViewDecorator(fn) || (!this.flags.helperModule && returnsResponse(fn))));
    const httpHandler = isMethod && ref.classNode !== null && /HTTPRequestHandler\b/.test(supers);
    // Route converters that let only numbers through (`<int:id>`).
    const numeric = route ? safeConverterParams(fn) : undefined;
    this.frame.htmlView = route && !!this.flags.flask && !this.flags.fastapi;
    this.frame.djangoView = viewMethod && this.flags.django;
    this.frame.tornadoHandler = tornadoHandler;
    params.forEach((p, i) => {
      let value: Value;
      if (isMethod && i === 0) {
        this.frame.selfName = p.name;
        value = httpHandler ? { labels: [], obj: 'http' } : tornadoHandler ? { labels: [], obj: 'tornado' } : CLEAN;
      } else if ((django || aiohttp) && i === requestAt) {
        value = { labels: [], obj: django ? 'django' : 'aiohttp' };
      } else if (route || routed) {
        // FastAPI converts and validates typed parameters: an `int` holds no text; `Request` is the request.
        const annotation = annotationOf(p.node);
        if (numeric?.has(p.name) || (annotation !== undefined && C.SAFE_ANNOTATIONS.test(annotation))) value = SAFE_EVERYWHERE;
        else if (annotation !== undefined && C.REQUEST_ANNOTATIONS.test(annotation)) value = { labels: [], obj: 'starlette' };
        else value = this.sourceValue(p.node, 'remote', `route parameter "${p.name}"`, `route parameter ${p.name}`);
      } else {
        const label: Label = {
          key: `p${fn.id}:${i}`,
          fn: fn.id,
          index: i,
          source: p.node,
          description: `parameter "${p.name}"`,
          chain: step(null, p.node, `parameter ${p.name}`),
          sanitized: 0,
        };
        value = { labels: [label] };
        const fallback = this.defaults.get(fn.id)?.get(i);
        if (fallback) value = join(value, fallback);
      }
      if (this.flags.credentials && isPasswordName(p.name)) value = join(value, this.credential(p.node, p.name));
      this.put(this.state, p.name, value);
    });
  }

  /** A password-like value read through `name` (for the weak-hash class). */
  private credential(node: Node, name: string): Value {
    return this.sourceValue(node, 'credential', `the name "${name}"`, name);
  }

  private sourceValue(node: Node, kind: SourceKind, description: string, message = node.text.length > 60 ? description : node.text): Value {
    return { labels: [{ key: kind, kind, source: node, description, chain: step(null, node, message), sanitized: 0 }] };
  }

  /** The call's effect through the callee's summary: sinks reached inside it, and its return value. */
  private applySummary(ref: FnRef, call: Node, calleeText: string, args: Args, self: Value | undefined): Value {
    const summary = this.summaryOf(ref);
    const offset = self !== undefined ? 1 : 0;
    // The argument written for parameter `index` (by its name, else by position), not `self`.
    const written = (index: number): Value | undefined => {
      const name = summary.params[index];
      return (name !== undefined ? args.keywords.get(name) : undefined)?.value ?? args.positional[index - offset]?.value;
    };
    const argFor = (index: number): Value => {
      if (offset && index === 0) return self!;
      let v = written(index) ?? CLEAN;
      if (args.splat) v = join(v, args.splat);
      return readAll(v);
    };
    // A parameter the callee checked with `startswith` (PATH_IF_NORMALIZED) is clean for paths
    // where the argument is a normalized path.
    const promote = (sanitized: number, index: number): number => {
      if (!(sanitized & PATH_IF_NORMALIZED) || (offset && index === 0)) return sanitized;
      return written(index)?.normalized ? sanitized | classBit('path') : sanitized;
    };
    const callStep = step(null, call, `call to ${shorten(calleeText)}(...)`);
    for (const entry of summary.sinks) {
      const arg = argFor(entry.index);
      for (const label of arg.labels) {
        const sanitized = promote(label.sanitized | entry.sanitized, entry.index);
        if (sanitized & classBit(entry.sinkClass)) continue;
        const chain = concat(concat(label.chain, callStep), entry.chain)!;
        this.reach(label, sanitized, chain, entry.sinkClass, entry.sink, entry.sinkName);
      }
    }
    const ret = summary.ret;
    if (!ret) return CLEAN;
    const whole = allLabels(ret);
    let labels: readonly Label[] = [];
    for (const label of whole) {
      if (label.fn === ref.node.id && label.index !== undefined) {
        for (const argLabel of argFor(label.index).labels) {
          const chain = concat(concat(argLabel.chain, callStep), label.chain)!;
          labels = joinLabels(labels, [{ ...argLabel, chain, sanitized: promote(argLabel.sanitized | label.sanitized, label.index) }]);
        }
      } else {
        labels = joinLabels(labels, [{ ...label, chain: concat(label.chain, callStep)! }]);
      }
    }
    if (!labels.length && ret.c) return ret;
    // What the callee's return value is proven to be whatever its parameters hold.
    // What the callee returns is a kind of object, or a normalized path (`return os.path.realpath(...)`),
    // whatever went in: the caller's `startswith` check on it is a path guard.
    const kind = { ...(ret.obj ? { obj: ret.obj } : {}), ...(ret.normalized ? { normalized: true } : {}) };
    const result: Value = labels.length ? { labels, ...kind } : ret.obj || ret.normalized ? { labels, ...kind } : CLEAN;
    return proven(result, ret.safe ?? 0);
  }

  /** A label reached a sink unsanitized: a flow for a real source, a summary entry for a parameter. */
  private reach(label: Label, sanitized: number, chain: Chain, sinkClass: SinkClass, sink: Node, sinkName: string): void {
    if (label.call !== undefined) {
      const record = this.imported.get(label.call);
      if (!record || !this.frame.recording) return;
      if (!record.resultSinks.some((r) => r.sink.id === sink.id && r.sinkClass === sinkClass))
        record.resultSinks.push({ sinkClass, sinkName, sink, chain, sanitized });
      return;
    }
    if (label.kind) {
      if (!this.frame.recording || !acceptsKind(sinkClass, label.kind)) return;
      const key = `${sink.id}:${sinkClass}`;
      const old = this.flows.get(key);
      const better =
        !old ||
        (label.kind === 'remote' && old.flow.sourceKind === 'local') ||
        (label.kind === old.flow.sourceKind &&
          (chain.length < old.chainLength || (chain.length === old.chainLength && label.source.startIndex < old.sourceAt)));
      if (!better) return;
      this.journal.push([key, old]);
      this.flows.set(key, {
        flow: {
          sinkClass,
          sourceKind: label.kind,
          sink,
          sinkName,
          source: label.source,
          sourceDescription: label.description,
          steps: chainSteps(chain),
        },
        chainLength: chain.length,
        sourceAt: label.source.startIndex,
      });
      return;
    }
    if (label.fn === undefined || label.index === undefined) return;
    const summary = this.summaries.get(label.fn);
    if (!summary || summary === EMPTY_SUMMARY || summary.sinks.length > 200) return;
    const same = summary.sinks.find((e) => e.index === label.index && e.sink.id === sink.id && e.sinkClass === sinkClass);
    if (same) {
      if ((same.sanitized & sanitized) !== same.sanitized || chain.length < same.chain.length) {
        same.sanitized &= sanitized;
        same.chain = chain;
      }
      return;
    }
    summary.sinks.push({ index: label.index, sinkClass, sink, sinkName, chain, sanitized });
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private tick(): void {
    if (++this.frame.steps > LIMITS.functionSteps) throw new BudgetExceeded();
  }

  private execBlock(block: Node): void {
    for (const stmt of block.namedChildren) {
      if (this.state.dead) return;
      this.exec(stmt);
    }
  }

  private exec(stmt: Node): void {
    this.tick();
    switch (stmt.type) {
      case 'expression_statement':
        for (const expr of stmt.namedChildren) {
          if (expr.type === 'assignment') this.execAssignment(expr);
          else if (expr.type === 'augmented_assignment') this.execAugmented(expr);
          else if (expr.type !== 'comment' && expr.type !== 'string' && expr.type !== 'concatenated_string') this.eval(expr);
          if (expr.type === 'call' && this.neverReturns(expr)) this.state.dead = true;
        }
        return;
      case 'return_statement': {
        const value = stmt.firstNamedChild && stmt.firstNamedChild.type !== 'comment' ? this.evalValue(stmt.namedChildren) : constant(null);
        if (this.frame.htmlView) this.htmlResponse(stmt, value);
        const v = value.labels.length || value.items ? withStep(value, stmt, 'return') : value;
        this.frame.returns = this.frame.returns ? join(this.frame.returns, v) : v;
        this.state.dead = true;
        return;
      }
      case 'raise_statement':
        for (const child of stmt.namedChildren) this.eval(child);
        this.state.dead = true;
        return;
      case 'break_statement':
      case 'continue_statement': {
        const loop = this.frame.loops[this.frame.loops.length - 1];
        const here = this.state;
        here.owned = false;
        if (loop) (stmt.type === 'break_statement' ? loop.breaks : loop.continues).push(here);
        this.state = { env: here.env, dead: true, owned: false };
        return;
      }
      case 'if_statement':
        return this.execIf(stmt);
      case 'for_statement':
        return this.execFor(stmt);
      case 'while_statement':
        return this.execWhile(stmt);
      case 'try_statement':
        return this.execTry(stmt);
      case 'with_statement':
        return this.execWith(stmt);
      case 'match_statement':
        return this.execMatch(stmt);
      case 'decorated_definition': {
        for (const d of stmt.namedChildren) if (d.type === 'decorator') for (const e of d.namedChildren) this.eval(e);
        const def = stmt.childForFieldName('definition');
        if (def) this.exec(def);
        return;
      }
      case 'function_definition':
        return this.execDef(stmt);
      case 'class_definition':
        return this.execClass(stmt);
      case 'global_statement':
        for (const name of stmt.namedChildren) if (name.type === 'identifier') this.frame.globals.add(name.text);
        return;
      case 'nonlocal_statement':
        for (const name of stmt.namedChildren) if (name.type === 'identifier') this.frame.nonlocals.add(name.text);
        return;
      case 'delete_statement':
        for (const target of stmt.namedChildren) if (target.type === 'identifier') this.bind(target.text, CLEAN);
        return;
      case 'assert_statement': {
        const cond = stmt.firstNamedChild;
        if (cond) {
          this.eval(cond);
          this.state = this.refine(this.state, cond, true);
        }
        return;
      }
      case 'block':
        return this.execBlock(stmt);
      default:
        // Imports, pass, comments, ERROR nodes, print statements of Python 2 ...: nothing flows.
        return;
    }
  }

  private neverReturns(call: Node): boolean {
    const q = this.calls.callAt(call)?.qualifiedName;
    if (q !== undefined) return C.NO_RETURN.has(q);
    const callee = call.childForFieldName('function');
    return callee?.type === 'identifier' && callee.text === 'abort';
  }

  private execAssignment(node: Node): Value {
    const right = node.childForFieldName('right');
    let value: Value;
    if (!right) value = CLEAN;
    else if (right.type === 'assignment') value = this.execAssignment(right);
    else if (right.type === 'augmented_assignment') value = this.execAugmented(right);
    else value = this.eval(right);
    const left = node.childForFieldName('left');
    if (left) this.assign(left, value);
    return value;
  }

  private execAugmented(node: Node): Value {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const r = right ? this.eval(right) : CLEAN;
    if (!left) return r;
    const l = this.eval(left);
    const op = node.childForFieldName('operator')?.type.slice(0, -1) ?? '+';
    const folded = l.c && r.c ? fold(op, l.c.v, r.c.v) : undefined;
    const value = folded !== undefined ? constant(folded) : join(readAllKeepItems(l), readAll(r));
    this.assign(left, value);
    return value;
  }

  /** Binds a target (name, attribute, subscript, unpacking) to a value. */
  private assign(target: Node, value: Value, message?: string): void {
    const t = unparenthesize(target);
    switch (t.type) {
      case 'identifier':
        if (this.flags.credentials && isPasswordName(t.text)) value = join(value, this.credential(t, t.text));
        return this.bind(t.text, withStep(value, t, message ?? `${t.text} = ...`));
      case 'attribute': {
        const object = t.childForFieldName('object');
        const attribute = t.childForFieldName('attribute');
        if (object) this.eval(object);
        if (object?.type === 'identifier' && attribute) {
          const v = withStep(value, t, `${shorten(t.text)} = ...`);
          this.bind(`${object.text}.${attribute.text}`, v);
          // `self.x = input` in one method is seen by the methods of the class analysed after it.
          const real = allLabels(v).filter((l) => l.kind !== undefined);
          if (object.text === this.frame.selfName && this.frame.classNode && real.length) {
            let fields = this.classFields.get(this.frame.classNode.id);
            if (!fields) this.classFields.set(this.frame.classNode.id, (fields = new Map()));
            const old = fields.get(attribute.text);
            fields.set(attribute.text, old ? joinLabels(old, real) : real);
          }
        }
        return;
      }
      case 'subscript': {
        const object = t.childForFieldName('value');
        const subs = t.childrenForFieldName('subscript');
        const keys = subs.map((s) => this.eval(s));
        if (!object) return;
        const container = this.eval(object);
        const stored = this.storeSink(object, container);
        if (stored) this.sinkArgument(value, t, stored, t, stored === 'header' ? 'a response header' : 'the session');
        if (object.type !== 'identifier') return;
        const v = withStep(value, t, `${shorten(t.text)} = ...`);
        const key = keys.length === 1 && keys[0].c && subs[0].type !== 'slice' ? keyOf(keys[0].c.v) : undefined;
        let next: Value;
        if (key !== undefined) {
          const items = new Map(container.items ?? []);
          items.set(key, v);
          next = { ...container, items, members: undefined, c: undefined };
        } else next = { ...container, labels: joinLabels(container.labels, allLabels(v)), members: undefined, c: undefined };
        this.bind(object.text, proven(next, proofOf(container) & proofOf(v)));
        // A slot written is no longer what a guard proved of it.
        if (key !== undefined && this.state.env.has(`${object.text}[${key}]`)) this.bind(`${object.text}[${key}]`, v);
        return;
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list': {
        const parts = namedChildrenOf(t);
        const star = parts.findIndex((p) => p.type === 'list_splat_pattern' || p.type === 'list_splat');
        parts.forEach((part, i) => {
          let v: Value;
          if (i === star || star >= 0 || !value.items) v = readAll(value);
          else v = readKey(value, String(i));
          if (part.type === 'list_splat_pattern' || part.type === 'list_splat') {
            const inner = part.firstNamedChild;
            if (inner) this.assign(inner, readAll(value));
          } else this.assign(part, v);
        });
        return;
      }
      case 'list_splat_pattern':
      case 'list_splat': {
        const inner = t.firstNamedChild;
        if (inner) this.assign(inner, readAll(value));
        return;
      }
      default:
        return;
    }
  }

  private bind(name: string, value: Value): void {
    this.put(this.state, name, value);
    const root = derivedRoot(name);
    if (root !== undefined) this.noteDerived(name, root);
    else if (this.derivedRoots.has(name)) this.dropDerived(this.state, name);
    if (this.nonlocalSink && this.frame.nonlocals.has(name)) {
      const old = this.nonlocalSink.get(name);
      this.nonlocalSink.set(name, old ? join(old, value) : value);
    }
    for (const log of this.frame.writeLogs) {
      const old = log.get(name);
      log.set(name, old ? join(old, value) : value);
    }
    if (this.frame.globals.has(name)) {
      const old = this.globalWrites.get(name);
      this.globalWrites.set(name, old ? join(old, value) : value);
    }
  }

  /** Names that have had a derived entry (`x.attr`, `x[key]`): rebinding one drops its entries. */
  private readonly derivedRoots = new Set<string>();
  /** Every derived entry's name made so far (joins look only at these). */
  private readonly derivedNames = new Set<string>();

  private noteDerived(name: string, root: string): void {
    this.derivedRoots.add(root);
    this.derivedNames.add(name);
  }

  /** Drops the entries derived from `root` (`root.attr`, `root[key]`): they described the value `root` had. */
  private dropDerived(state: State, root: string): void {
    const stale: string[] = [];
    for (const key of this.derivedNames) if (state.env.has(key) && derivedRoot(key) === root) stale.push(key);
    if (!stale.length) return;
    if (!state.owned) {
      state.env = new Map(state.env);
      state.owned = true;
    }
    for (const key of stale) state.env.delete(key);
  }

  private lookup(name: string): Value | undefined {
    const local = this.state.env.get(name);
    if (local) return local;
    return this.lookupOuter(name);
  }

  /** A name not bound in the current state: a global, or a name of the enclosing scopes. */
  private lookupOuter(name: string): Value | undefined {
    if (this.frame.globals.has(name)) {
      const g = this.globalWrites.get(name);
      const m = this.moduleEnv.get(name);
      if (g || m) return g && m ? join(g, m) : (g ?? m);
    }
    return this.frame.outer(name);
  }

  private clone(state: State = this.state): State {
    state.owned = false;
    return { env: state.env, dead: state.dead, owned: false };
  }

  private put(state: State, name: string, value: Value): void {
    if (!state.owned) {
      state.env = new Map(state.env);
      state.owned = true;
    }
    state.env.set(name, value);
  }

  private joinStates(states: State[]): State {
    const live = states.filter((s) => !s.dead);
    if (!live.length) return { env: states[0]?.env ?? new Map(), dead: true, owned: false };
    if (live.length === 1) return live[0];
    const env = new Map(live[0].env);
    for (const s of live.slice(1)) {
      for (const [name, v] of s.env) {
        const old = env.get(name);
        if (old !== v) env.set(name, old ? join(old, v) : v);
      }
    }
    // An entry derived from an object (`x.attr` written, `x[key]` proven by a guard) that a state
    // lacks: that state reads it from the object.
    if (this.derivedNames.size) {
      for (const s of live) {
        if (s.env.size === env.size) continue;
        for (const name of this.derivedNames) {
          const v = env.get(name);
          if (!v || s.env.has(name)) continue;
          const root = derivedRoot(name)!;
          const base = s.env.get(root) ?? this.lookupOuter(root);
          env.set(name, join(v, base ? readAll(base) : CLEAN));
        }
      }
    }
    return { env, dead: false, owned: true };
  }

  private sameState(a: State, b: State): boolean {
    if (a.dead !== b.dead || a.env.size !== b.env.size) return false;
    for (const [name, v] of a.env) if (!sameValue(v, b.env.get(name))) return false;
    return true;
  }

  private execIf(stmt: Node): void {
    const results: State[] = [];
    let current = this.state;
    const clauses: { cond: Node | null; body: Node | null }[] = [{ cond: stmt.childForFieldName('condition'), body: stmt.childForFieldName('consequence') }];
    for (const alt of stmt.childrenForFieldName('alternative')) {
      if (alt.type === 'elif_clause') clauses.push({ cond: alt.childForFieldName('condition'), body: alt.childForFieldName('consequence') });
      else if (alt.type === 'else_clause') clauses.push({ cond: null, body: alt.childForFieldName('body') });
    }
    let exhausted = false;
    for (const clause of clauses) {
      this.state = current;
      if (!clause.cond) {
        this.state = this.clone(current);
        if (clause.body) this.execBlock(clause.body);
        results.push(this.state);
        exhausted = true;
        break;
      }
      const c = this.eval(clause.cond);
      const known = c.c ? truthy(c.c.v) : undefined;
      if (known !== false) {
        this.state = this.refine(this.clone(current), clause.cond, true);
        if (clause.body) this.execBlock(clause.body);
        results.push(this.state);
      }
      if (known === true) {
        exhausted = true;
        break;
      }
      current = this.refine(current, clause.cond, false);
    }
    if (!exhausted) results.push(current);
    this.state = this.joinStates(results);
  }

  /** Runs a loop body to a fixed point (at most LIMITS.loopIterations times); the state at the loop's head. */
  private loopHead(entry: State, body: (head: State) => void, loop: Loop): State {
    let head = this.clone(entry);
    for (let i = 0; i < LIMITS.loopIterations; i++) {
      loop.continues = [];
      this.state = this.clone(head);
      body(head);
      const next = this.joinStates([head, this.state, ...loop.continues]);
      if (next.dead || this.sameState(next, head)) break;
      head = next;
    }
    return head;
  }

  private execFor(stmt: Node): void {
    const right = stmt.childForFieldName('right');
    const left = stmt.childForFieldName('left');
    const body = stmt.childForFieldName('body');
    const iterable = right ? this.eval(right) : CLEAN;
    const element = readAll(iterable);
    const loop: Loop = { breaks: [], continues: [] };
    this.frame.loops.push(loop);
    let head: State;
    try {
      head = this.loopHead(
        this.state,
        () => {
          if (left) this.assign(left, element, `for ${shorten(left.text)} in ...`);
          if (body) this.execBlock(body);
        },
        loop,
      );
    } finally {
      this.frame.loops.pop();
    }
    this.state = this.clone(head);
    const alternative = stmt.childForFieldName('alternative');
    const elseBody = alternative?.childForFieldName('body');
    if (elseBody) this.execBlock(elseBody);
    this.state = this.joinStates([this.state, ...loop.breaks]);
  }

  private execWhile(stmt: Node): void {
    const cond = stmt.childForFieldName('condition');
    const body = stmt.childForFieldName('body');
    const c = cond ? this.eval(cond) : CLEAN;
    const known = c.c ? truthy(c.c.v) : undefined;
    const loop: Loop = { breaks: [], continues: [] };
    let head = this.state;
    if (known !== false) {
      this.frame.loops.push(loop);
      try {
        head = this.loopHead(
          this.state,
          (h) => {
            if (cond) {
              this.eval(cond);
              this.state = this.refine(this.clone(h), cond, true);
            }
            if (body) this.execBlock(body);
          },
          loop,
        );
      } finally {
        this.frame.loops.pop();
      }
    }
    let exit: State = known === true ? { env: head.env, dead: true, owned: false } : cond ? this.refine(this.clone(head), cond, false) : this.clone(head);
    const alternative = stmt.childForFieldName('alternative');
    const elseBody = alternative?.childForFieldName('body');
    if (elseBody && !exit.dead) {
      this.state = exit;
      this.execBlock(elseBody);
      exit = this.state;
    }
    this.state = this.joinStates([exit, ...loop.breaks]);
  }

  private execTry(stmt: Node): void {
    const body = stmt.childForFieldName('body');
    const entry = this.state;
    // Every value bound in the body, joined by name: with the entry, what the handlers may see.
    const log = new Map<string, Value>();
    this.frame.writeLogs.push(log);
    this.state = this.clone(entry);
    try {
      if (body) this.execBlock(body);
    } finally {
      this.frame.writeLogs.pop();
    }
    const seen = this.clone(entry);
    seen.dead = false;
    for (const [name, v] of log) {
      const old = seen.env.get(name);
      this.put(seen, name, old ? join(old, v) : v);
    }
    const ends: State[] = [];
    let normal = this.state;
    let finallyBlock: Node | null = null;
    for (const clause of stmt.namedChildren) {
      if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
        this.state = this.clone(seen);
        this.state.dead = false;
        const value = clause.childForFieldName('value');
        if (value) this.eval(value);
        const alias = clause.childForFieldName('alias');
        if (alias) this.assign(alias, CLEAN);
        for (const block of clause.namedChildren) if (block.type === 'block') this.execBlock(block);
        ends.push(this.state);
      } else if (clause.type === 'else_clause') {
        this.state = normal;
        const elseBody = clause.childForFieldName('body');
        if (elseBody && !normal.dead) this.execBlock(elseBody);
        normal = this.state;
      } else if (clause.type === 'finally_clause') finallyBlock = clause.namedChildren.find((c) => c.type === 'block') ?? null;
    }
    this.state = this.joinStates([normal, ...ends]);
    if (finallyBlock) {
      const dead = this.state.dead;
      if (dead) this.state = this.clone(seen);
      this.state.dead = false;
      this.execBlock(finallyBlock);
      if (dead) this.state.dead = true;
    }
  }

  private execWith(stmt: Node): void {
    for (const clause of stmt.namedChildren) {
      if (clause.type !== 'with_clause') continue;
      for (const item of clause.namedChildren) {
        if (item.type !== 'with_item') continue;
        const value = item.childForFieldName('value');
        if (!value) continue;
        if (value.type === 'as_pattern') {
          const expr = value.firstNamedChild;
          const v = expr ? this.eval(expr) : CLEAN;
          const alias = value.childForFieldName('alias');
          const target = alias?.firstNamedChild ?? alias;
          if (target) this.assign(target, v, `with ... as ${shorten(target.text)}`);
        } else this.eval(value);
      }
    }
    const body = stmt.childForFieldName('body');
    if (body) this.execBlock(body);
  }

  private execMatch(stmt: Node): void {
    const subjectNode = stmt.childForFieldName('subject');
    const subject = subjectNode ? this.eval(subjectNode) : CLEAN;
    const body = stmt.childForFieldName('body');
    const cases = body ? body.namedChildren.filter((c) => c.type === 'case_clause') : [];
    const entry = this.state;
    const results: State[] = [];
    let exhausted = false;
    for (const clause of cases) {
      const patterns = clause.namedChildren.filter((c) => c.type === 'case_pattern');
      const guard = clause.childForFieldName('guard');
      const literal = patterns.length === 1 ? patternConstant(patterns[0]) : undefined;
      const irrefutable = patterns.length === 1 && isIrrefutable(patterns[0]);
      if (subject.c && literal && literal.v !== subject.c.v) continue; // cannot match
      this.state = this.clone(entry);
      for (const p of patterns) this.bindPattern(p, subject);
      if (guard) for (const g of guard.namedChildren) this.eval(g);
      const consequence = clause.childForFieldName('consequence');
      if (consequence) this.execBlock(consequence);
      results.push(this.state);
      if (!guard && (irrefutable || (subject.c && literal && literal.v === subject.c.v))) {
        exhausted = true;
        break;
      }
    }
    if (!exhausted) results.push(entry);
    this.state = this.joinStates(results);
  }

  private bindPattern(pattern: Node, subject: Value): void {
    const whole = readAll(subject);
    for (const n of pattern.descendantsOfType(['as_pattern', 'dotted_name', 'splat_pattern', 'keyword_pattern'])) {
      if (n.type === 'as_pattern') {
        const alias = n.childForFieldName('alias');
        const target = alias?.firstNamedChild ?? alias;
        if (target?.type === 'identifier') this.bind(target.text, whole);
      } else if (n.type === 'dotted_name') {
        const parent = n.parent;
        if (n.namedChildCount === 1 && parent?.type !== 'class_pattern' && n.text !== '_') this.bind(n.text, whole);
      } else if (n.type === 'splat_pattern') {
        const id = n.firstNamedChild;
        if (id?.type === 'identifier') this.bind(id.text, whole);
      }
    }
  }

  private execDef(stmt: Node): void {
    const name = stmt.childForFieldName('name');
    // Default values are evaluated where the function is defined; one carrying input is a value the parameter may have.
    parameterNodes(stmt).forEach((p, i) => {
      if (!p.default) return;
      const value = this.eval(p.default);
      if (!allLabels(value).length) return;
      let defaults = this.defaults.get(stmt.id);
      if (!defaults) this.defaults.set(stmt.id, (defaults = new Map()));
      defaults.set(i, withStep(readAll(value), p.node, `default of parameter ${p.name}`));
    });
    const inModule = this.frame.fn === null && this.frame.bodyOf === null;
    const classNode = this.frame.bodyOf;
    let outer: FnRef['outer'];
    if (inModule || (classNode && this.frame.fn === null)) {
      const moduleLookup = (n: string): Value | undefined => {
        const a = this.moduleEnv.get(n);
        const b = this.globalWrites.get(n);
        return a && b ? join(a, b) : (a ?? b);
      };
      outer = moduleLookup;
    } else outer = this.snapshot();
    const ref: FnRef = { node: stmt, outer, classNode };
    if (name) this.bind(name.text, { labels: [], fn: ref });
    if (this.frame.fn === null) return;
    this.frame.pending.push(ref);
    // A nested function assigning `nonlocal` names is analysed at once, and what it may assign
    // joined into the names here: it may be called at any time from now on.
    const body = stmt.childForFieldName('body');
    if (body && body.descendantsOfType('nonlocal_statement').length) {
      const saved = this.nonlocalSink;
      const sink = new Map<string, Value>();
      this.nonlocalSink = sink;
      try {
        this.summaryOf(ref);
      } finally {
        this.nonlocalSink = saved;
      }
      for (const [n, v] of sink) {
        const old = this.lookup(n);
        this.bind(n, old ? join(old, v) : v);
      }
    }
  }

  /** What a function defined here sees of the names it does not bind: the names as they are now. */
  private snapshot(): FnRef['outer'] {
    this.state.owned = false; // the map is shared with the function from now on: copied on the next write
    const env = this.frame.bodyOf ? (this.classOuterEnv ?? this.state.env) : this.state.env;
    const up = this.frame.outer;
    return (n) => env.get(n) ?? up(n);
  }

  /** Where `nonlocal` assignments of the nested function being analysed are collected. */
  private nonlocalSink: Map<string, Value> | undefined;

  /** While a class body runs inside a function: the function's environment, which the methods see. */
  private classOuterEnv: Map<string, Value> | undefined;

  private execClass(stmt: Node): void {
    const supers = stmt.childForFieldName('superclasses');
    if (supers) for (const s of supers.namedChildren) this.eval(s);
    const body = stmt.childForFieldName('body');
    const saved = this.state;
    const savedBody = this.frame.bodyOf;
    const savedOuter = this.classOuterEnv;
    this.classOuterEnv = savedBody ? savedOuter : saved.env;
    this.state = this.clone(saved);
    this.frame.bodyOf = stmt;
    try {
      if (body) this.execBlock(body);
    } finally {
      this.frame.bodyOf = savedBody;
      this.classOuterEnv = savedOuter;
      this.state = saved;
    }
    const name = stmt.childForFieldName('name');
    // A Django form class: its instances' cleaned_data holds its fields (formData).
    const fields = this.flags.django ? formFields(stmt) : undefined;
    if (fields) this.forms.set(stmt.id, fields);
    if (name) this.bind(name.text, fields ? { labels: [], obj: `form-class:${stmt.id}` } : CLEAN);
  }

  /** Fields of the Django form classes of the file, by class node id: true for a field whose value holds no text. */
  private readonly forms = new Map<number, Map<string, boolean>>();

  /** `form.cleaned_data` of a form made from input: the typed fields clean, the others the input (a form has no other field). */
  private formData(form: Value): Value {
    const fields = this.forms.get(Number((form.obj ?? '').slice('form:'.length)));
    if (!fields) return { labels: form.labels };
    const items = new Map<string, Value>();
    for (const [field, safe] of fields) items.set(`s:${field}`, safe ? SAFE_EVERYWHERE : { labels: form.labels });
    return { labels: [], items };
  }

  /** Where a subscript assignment stores a value: the session (`session[k] = v`), a response header (`resp.headers[k] = v`). */
  private storeSink(object: Node, container: Value): SinkClass | undefined {
    const o = unparenthesize(object);
    if (container.obj === 'response') return 'header';
    if (o.type === 'identifier') return o.text === 'session' && this.calls.resolve(o) === 'flask.session' ? 'trust-boundary' : undefined;
    if (o.type !== 'attribute') return undefined;
    const attribute = o.childForFieldName('attribute')?.text;
    if (attribute === 'headers' && this.responseHeaders()) return 'header';
    if (attribute === 'session' && (this.flags.django || this.calls.resolve(o) === 'flask.session')) return 'trust-boundary';
    return undefined;
  }

  /** `x.headers` is a response's: in a web application's file, or in a file that is no HTTP client's. */
  private responseHeaders(): boolean {
    return this.flags.web || this.flags.django || this.flags.aiohttp || !this.flags.httpClient;
  }

  /** A Flask view returns its page: a string (not a dict or list, sent as JSON, nor a response object) is HTML. */
  private htmlResponse(stmt: Node, value: Value): void {
    const parts = stmt.namedChildren.filter((n) => n.type !== 'comment');
    let body = parts[0];
    let v = value;
    const tuple = parts.length === 1 ? unparenthesize(body) : undefined;
    if (parts.length > 1 || tuple?.type === 'expression_list' || tuple?.type === 'tuple') {
      body = parts.length > 1 ? parts[0] : namedChildrenOf(tuple!)[0];
      v = readKey(value, '0');
    }
    if (!body || v.items || v.obj || !allLabels(v).length) return;
    this.sinkArgument(v, body, 'xss', body, 'the HTML page a Flask view returns');
  }

  // -------------------------------------------------------------------------------------------
  // Guards

  /** The state where `cond` evaluated to `truth`: names proven safe get sanitized. */
  private refine(state: State, cond: Node, truth: boolean): State {
    const facts: Fact[] = [];
    this.guardFacts(cond, truth, facts, 0);
    if (!facts.length) return state;
    const out = this.clone(state);
    for (const { name, mask, node } of facts) {
      const v = out.env.get(name) ?? this.lookup(name) ?? (node ? this.quiet(node) : undefined);
      if (!v) continue;
      let next = sanitize(v, mask & (ALL_CLASSES | SAME_SITE_PATH | PATH_IF_NORMALIZED));
      // Starts with one slash, neither `//` nor `/\\`: a path of this site, safe to redirect to.
      if (mask & SAME_SITE_PATH && allLabels(next).every((l) => (l.sanitized & SAME_SITE_PATH) === SAME_SITE_PATH)) next = sanitize(next, classBit('redirect'));
      this.put(out, name, proven(next, proofOf(v) | (mask & (ALL_CLASSES | LITERAL))));
      const root = derivedRoot(name);
      if (root !== undefined) this.noteDerived(name, root);
    }
    return out;
  }

  /** The fact that `node` (a name, an attribute of a name: `args.mode`, a name's slot at a constant key: `data["mode"]`) is clean for `mask`. */
  private fact(node: Node | undefined | null, mask: number, out: Fact[]): void {
    const n = node && unparenthesize(node);
    if (n?.type === 'identifier') out.push({ name: n.text, mask });
    else if (n?.type === 'attribute') {
      const object = n.childForFieldName('object');
      const attribute = n.childForFieldName('attribute');
      if (object?.type === 'identifier' && attribute) out.push({ name: `${object.text}.${attribute.text}`, mask, node: n });
    } else if (n?.type === 'subscript') {
      const name = this.slotName(n);
      if (name !== undefined) out.push({ name, mask, node: n });
    }
  }

  /** `data[s:mode]` for `data["mode"]`: the entry a guard on a name's slot at a constant key is kept under. */
  private slotName(subscript: Node): string | undefined {
    const object = subscript.childForFieldName('value');
    const subs = subscript.childrenForFieldName('subscript');
    if (object?.type !== 'identifier' || subs.length !== 1 || subs[0].type === 'slice') return undefined;
    const k = this.quiet(subs[0]).c;
    const key = k ? keyOf(k.v) : undefined;
    return key !== undefined ? `${object.text}[${key}]` : undefined;
  }

  private guardFacts(node: Node, truth: boolean, out: Fact[], depth: number): void {
    if (depth > 16) return;
    const cond = unparenthesize(node);
    switch (cond.type) {
      case 'not_operator': {
        const arg = cond.childForFieldName('argument');
        if (arg) this.guardFacts(arg, !truth, out, depth + 1);
        return;
      }
      case 'boolean_operator': {
        const op = cond.childForFieldName('operator')?.type;
        const left = cond.childForFieldName('left');
        const right = cond.childForFieldName('right');
        if ((op === 'and' && truth) || (op === 'or' && !truth)) {
          if (left) this.guardFacts(left, truth, out, depth + 1);
          if (right) this.guardFacts(right, truth, out, depth + 1);
        }
        return;
      }
      case 'comparison_operator': {
        const operands = namedChildrenOf(cond);
        const ops = cond.childrenForFieldName('operators').map((o) => o.type);
        if (operands.length !== 2 || ops.length !== 1) return;
        const [left, right] = operands;
        const op = ops[0];
        // `"'" in name` false: no quote to close an XPath string literal with.
        if ((op === 'in' ? !truth : op === 'not in' ? truth : false) && isQuoteLiteral(left)) {
          this.fact(right, classBit('xpath'), out);
          return;
        }
        const positive = op === 'in' || op === '==' || op === 'is';
        const negative = op === 'not in' || op === '!=' || op === 'is not';
        if (!(positive ? truth : negative ? !truth : false)) return;
        const r = this.quiet(right);
        const allowList = op === 'in' || op === 'not in' ? r.members !== undefined : r.c !== undefined && r.c.v !== null;
        if (!allowList) return;
        const l = unparenthesize(left);
        const attribute = l.type === 'attribute' ? l.childForFieldName('attribute')?.text : undefined;
        const object = l.type === 'attribute' ? l.childForFieldName('object') : null;
        const urls = attribute && object && C.URL_PARTS.has(attribute) ? this.urlNames(object) : [];
        if (urls.length) for (const name of urls) out.push({ name, mask: classBit('ssrf') | classBit('redirect') });
        // Equal to a constant, or one of an allow-list of constants: a constant itself.
        else this.fact(l, ALL_CLASSES | LITERAL, out);
        return;
      }
      case 'call': {
        const callee = cond.childForFieldName('function');
        const args = cond.childForFieldName('arguments');
        const positional = args ? namedChildrenOf(args).filter((a) => a.type !== 'keyword_argument') : [];
        // `url.startswith("/")` true, `url.startswith("//")` and `("/\\")` false: together, a path of this site.
        if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'startswith' && positional.length === 1) {
          const prefixes = alternatives(positional[0]).map((p) => stringLiteralValue(p));
          let mask = 0;
          if (truth && prefixes.length === 1 && prefixes[0] === '/') mask = STARTS_WITH_SLASH;
          if (!truth) for (const p of prefixes) mask |= p === '//' ? NOT_DOUBLE_SLASH : p === '/\\' ? NOT_SLASH_BACKSLASH : 0;
          const receiver = callee.childForFieldName('object');
          if (mask && receiver) this.fact(receiver, mask, out);
        }
        if (!truth) return;
        const q = this.calls.callAt(cond)?.qualifiedName;
        // `url_has_allowed_host_and_scheme(url, ...)`, or `(url=url, ...)` as Django's documentation writes it: a target of this site.
        if (q !== undefined && C.SAFE_URL_CHECKS.has(q)) {
          this.fact(argumentAt(cond, 0, 'url'), classBit('redirect'), out);
          return;
        }
        // A check the project names a guard (`[tool.tendril.taint] guards`): true, its first argument is safe for its classes.
        const guard = q !== undefined ? this.flags.project?.guards.get(q) : undefined;
        if (guard) {
          this.fact(positional[0], guard, out);
          return;
        }
        if (q && (C.REGEX_FULL.has(q) || C.REGEX_MATCH.has(q))) {
          const pattern = positional[0] ? stringLiteralValue(positional[0]) : undefined;
          const anchored =
            C.REGEX_FULL.has(q) ||
            (pattern !== undefined && /^\^/.test(pattern) && /(\$|\\Z)$/.test(pattern)) ||
            (q === 're.match' && pattern !== undefined && /(\$|\\Z)$/.test(pattern));
          const target = positional[1] && unparenthesize(positional[1]);
          if (anchored) this.fact(target, ALL_CLASSES, out);
          return;
        }
        // `isinstance(x, int)`, `isinstance(x, (int, float))`: a number, safe for every class.
        if (q === 'builtins.isinstance' && positional.length === 2) {
          const types = unparenthesize(positional[1]);
          const listed = types.type === 'tuple' ? namedChildrenOf(types) : [types];
          if (listed.length && listed.every((t) => C.SAFE_TYPES.has(this.calls.resolve(t) ?? ''))) this.fact(positional[0], ALL_CLASSES, out);
          return;
        }
        if (callee?.type !== 'attribute') return;
        const method = callee.childForFieldName('attribute')?.text ?? '';
        const object = callee.childForFieldName('object');
        const receiver = object && unparenthesize(object);
        if (C.CHARACTER_CHECKS.has(method)) this.fact(receiver, ALL_CLASSES, out);
        else if (method === 'fullmatch' && positional[0]) this.fact(positional[0], ALL_CLASSES, out);
        else if (method === 'startswith') {
          // `p.startswith(base)`, or `(p + os.sep).startswith(base)` (which keeps `/srv/database` out of `/srv/data`), on a normalized path.
          let checked = receiver;
          if (
            checked?.type === 'binary_operator' &&
            checked.childForFieldName('operator')?.type === '+' &&
            isSeparator(checked.childForFieldName('right'), this.calls)
          ) {
            const left = checked.childForFieldName('left');
            checked = left ? unparenthesize(left) : null;
          }
          const v = checked?.type === 'identifier' ? this.lookup(checked.text) : undefined;
          if (v?.normalized) out.push({ name: checked!.text, mask: classBit('path') });
          // A parameter of this function: the check counts where a caller passes a normalized path.
          else if (v && v.labels.length && this.frame.fn && v.labels.every((l) => l.fn === this.frame.fn!.id && l.index !== undefined))
            out.push({ name: checked!.text, mask: PATH_IF_NORMALIZED });
        }
        return;
      }
      default:
        return;
    }
  }

  /** The URL variables a `urlparse(...)` result (or a call of it) was parsed from. */
  private urlNames(object: Node): string[] {
    const o = unparenthesize(object);
    if (o.type === 'identifier') {
      const v = this.lookup(o.text);
      return v?.urlOf ? [o.text, ...v.urlOf] : [];
    }
    if (o.type === 'call') {
      const q = this.calls.callAt(o)?.qualifiedName;
      const args = o.childForFieldName('arguments');
      const first = args ? namedChildrenOf(args)[0] : undefined;
      if (q && C.URL_PARSERS.has(q) && first && unparenthesize(first).type === 'identifier') return [unparenthesize(first).text];
    }
    return [];
  }

  /** The value of an expression in a guard, already evaluated once: read without recording anything. */
  private quiet(node: Node): Value {
    const n = unparenthesize(node);
    if (n.type === 'identifier') return this.lookup(n.text) ?? CLEAN;
    const recording = this.frame.recording;
    this.frame.recording = false;
    try {
      return this.eval(n);
    } finally {
      this.frame.recording = recording;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** `return a, b`: the children as one value (a tuple when several). */
  private evalValue(nodes: Node[]): Value {
    const parts = nodes.filter((n) => n.type !== 'comment');
    if (parts.length === 1) return this.eval(parts[0]);
    return this.sequence(parts);
  }

  private evalDepth = 0;

  protected eval(node: Node): Value {
    this.tick();
    // Expressions nested deeper than this (a generated `a + b + ...` of thousands of terms) are opaque.
    if (this.evalDepth > LIMITS.expressionDepth) return CLEAN;
    this.evalDepth++;
    try {
      return this.evalNode(node);
    } finally {
      this.evalDepth--;
    }
  }

  private evalNode(node: Node): Value {
    switch (node.type) {
      case 'identifier': {
        const local = this.lookup(node.text);
        if (local) return local;
        if (C.SOURCE_ATTRIBUTE_TAILS.has(node.text) || this.flags.project?.sourceTails.has(node.text)) return this.attributeSource(node) ?? CLEAN;
        return CLEAN;
      }
      case 'attribute':
        return this.evalAttribute(node);
      case 'call':
        return this.evalCall(node);
      case 'string': {
        const interpolations = node.namedChildren.filter((c) => c.type === 'interpolation');
        if (!interpolations.length) {
          // Long strings (docstrings, templates) are not decoded: no guard or branch turns on them.
          if (node.endIndex - node.startIndex > 512) return LITERAL_TEXT;
          const v = stringLiteralValue(node, { allowBytes: true });
          return v !== undefined ? constant(v) : LITERAL_TEXT;
        }
        let labels: readonly Label[] = [];
        let proof = PROVEN_CONSTANT;
        for (const i of interpolations) {
          const e = i.childForFieldName('expression');
          if (e) {
            const v = this.eval(e);
            labels = joinLabels(labels, allLabels(v));
            proof &= proofOf(v);
          }
          const spec = i.childForFieldName('format_specifier');
          if (spec)
            for (const inner of spec.descendantsOfType('interpolation'))
              for (const x of inner.namedChildren) {
                const v = this.eval(x);
                labels = joinLabels(labels, allLabels(v));
                proof &= proofOf(v);
              }
        }
        if (labels.length && startsSameSite(node, (c) => this.calls.callAt(c)?.qualifiedName)) labels = sanitize({ labels }, classBit('redirect')).labels;
        return proven(tainted(labels), proof);
      }
      case 'concatenated_string': {
        const v = node.endIndex - node.startIndex > 512 ? undefined : stringLiteralValue(node, { allowBytes: true });
        if (v !== undefined) return constant(v);
        // Only the f-string parts can carry anything.
        let labels: readonly Label[] = [];
        let proof = PROVEN_CONSTANT;
        for (const part of node.namedChildren)
          if (part.namedChildren.some((c) => c.type === 'interpolation')) {
            const v = this.eval(part);
            labels = joinLabels(labels, allLabels(v));
            proof &= proofOf(v);
          }
        return proven(tainted(labels), proof);
      }
      case 'integer': {
        const v = integerValue(node);
        return v !== undefined ? constant(v) : CLEAN;
      }
      case 'float': {
        const v = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(v) ? constant(v) : CLEAN;
      }
      case 'true':
        return constant(true);
      case 'false':
        return constant(false);
      case 'none':
        return constant(null);
      case 'parenthesized_expression': {
        const inner = namedChildrenOf(node);
        return inner.length === 1 ? this.eval(inner[0]) : this.evalValue(inner);
      }
      case 'binary_operator':
        return this.evalBinary(node);
      case 'unary_operator': {
        const arg = node.childForFieldName('argument');
        const v = arg ? this.eval(arg) : CLEAN;
        const op = node.childForFieldName('operator')?.type;
        if (v.c && typeof v.c.v === 'number') return constant(op === '-' ? -v.c.v : op === '~' ? ~v.c.v : v.c.v);
        return readAll(v);
      }
      case 'not_operator': {
        const arg = node.childForFieldName('argument');
        const v = arg ? this.eval(arg) : CLEAN;
        return v.c ? constant(!truthy(v.c.v)) : CLEAN;
      }
      case 'boolean_operator': {
        const op = node.childForFieldName('operator')?.type;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const l = left ? this.eval(left) : CLEAN;
        if (l.c) {
          const t = truthy(l.c.v);
          if ((op === 'and' && !t) || (op === 'or' && t)) return l;
          return right ? this.eval(right) : CLEAN;
        }
        const r = right ? this.eval(right) : CLEAN;
        return join(l, r);
      }
      case 'comparison_operator':
        return this.evalComparison(node);
      case 'conditional_expression': {
        const [a, cond, b] = namedChildrenOf(node);
        const c = cond ? this.eval(cond) : CLEAN;
        if (c.c) {
          const chosen = truthy(c.c.v) ? a : b;
          return chosen ? this.eval(chosen) : CLEAN;
        }
        const saved = this.state;
        this.state = this.refine(saved, cond, true);
        const va = a ? this.eval(a) : CLEAN;
        this.state = this.refine(saved, cond, false);
        const vb = b ? this.eval(b) : CLEAN;
        this.state = saved;
        return join(va, vb);
      }
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
        return this.sequence(namedChildrenOf(node));
      case 'dictionary':
        return this.evalDict(node);
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.evalComprehension(node);
      case 'subscript':
        return this.evalSubscript(node);
      case 'slice':
        for (const c of node.namedChildren) this.eval(c);
        return CLEAN;
      case 'lambda': {
        const body = node.childForFieldName('body');
        if (!body) return CLEAN;
        // Once with clean parameters, for what it does with the names around it; called, through its summary.
        const saved = this.state;
        this.state = this.clone(saved);
        for (const p of parameterNodes(node)) this.put(this.state, p.name, CLEAN);
        try {
          this.eval(body);
        } finally {
          this.state = saved;
        }
        return { labels: [], fn: { node, outer: this.snapshot(), classNode: null } };
      }
      case 'named_expression': {
        const value = node.childForFieldName('value');
        const name = node.childForFieldName('name');
        const v = value ? this.eval(value) : CLEAN;
        if (name) this.assign(name, v);
        return v;
      }
      case 'await':
      case 'list_splat':
      case 'dictionary_splat': {
        const inner = node.firstNamedChild;
        return inner ? (node.type === 'await' ? this.eval(inner) : readAll(this.eval(inner))) : CLEAN;
      }
      case 'yield': {
        for (const c of node.namedChildren) this.eval(c);
        return CLEAN;
      }
      case 'keyword_argument': {
        const value = node.childForFieldName('value');
        return value ? this.eval(value) : CLEAN;
      }
      case 'assignment':
        return this.execAssignment(node);
      case 'augmented_assignment':
        return this.execAugmented(node);
      case 'ERROR':
      case 'comment':
      case 'ellipsis':
        return CLEAN;
      default: {
        let labels: readonly Label[] = [];
        for (const c of node.namedChildren) labels = joinLabels(labels, allLabels(this.eval(c)));
        return tainted(labels);
      }
    }
  }

  private sequence(parts: Node[]): Value {
    const items = new Map<string, Value>();
    let labels: readonly Label[] = [];
    const members: Const[] = [];
    let allConst = true;
    let indexed = true;
    let proof = PROVEN_CONSTANT;
    parts.forEach((part, i) => {
      const v = this.eval(part);
      proof &= proofOf(v);
      if (part.type === 'list_splat') {
        indexed = false;
        allConst = false;
        labels = joinLabels(labels, allLabels(v));
        return;
      }
      if (indexed) items.set(String(i), v);
      else labels = joinLabels(labels, allLabels(v));
      if (v.c && !v.labels.length) members.push(v.c.v);
      else allConst = false;
    });
    return {
      labels,
      items,
      obj: CONTAINER,
      ...(indexed ? { length: parts.length } : {}),
      ...(allConst ? { members } : {}),
      ...(proof ? { safe: proof } : {}),
    };
  }

  private evalDict(node: Node): Value {
    const items = new Map<string, Value>();
    let labels: readonly Label[] = [];
    const members: Const[] = [];
    let allConst = true;
    let proof = PROVEN_CONSTANT;
    for (const child of namedChildrenOf(node)) {
      if (child.type === 'pair') {
        const keyNode = child.childForFieldName('key');
        const valueNode = child.childForFieldName('value');
        const k = keyNode ? this.eval(keyNode) : CLEAN;
        const v = valueNode ? this.eval(valueNode) : CLEAN;
        proof &= proofOf(k) & proofOf(v);
        const key = k.c && !k.labels.length ? keyOf(k.c.v) : undefined;
        if (key !== undefined) {
          items.set(key, v);
          members.push(k.c!.v);
        } else {
          allConst = false;
          labels = joinLabels(labels, joinLabels(allLabels(k), allLabels(v)));
        }
      } else {
        allConst = false;
        const v = this.eval(child);
        proof &= proofOf(v);
        labels = joinLabels(labels, allLabels(v));
      }
    }
    return { labels, items, obj: CONTAINER, ...(allConst ? { members } : {}), ...(proof ? { safe: proof } : {}) };
  }

  private evalComprehension(node: Node): Value {
    const saved = this.state;
    this.state = this.clone(saved);
    try {
      for (const clause of node.namedChildren) {
        if (clause.type === 'for_in_clause') {
          const right = clause.childForFieldName('right');
          const left = clause.childForFieldName('left');
          const v = right ? readAll(this.eval(right)) : CLEAN;
          if (left) this.assign(left, v, `for ${shorten(left.text)} in ...`);
        } else if (clause.type === 'if_clause') {
          for (const c of clause.namedChildren) {
            this.eval(c);
            this.state = this.refine(this.state, c, true);
          }
        }
      }
      const body = node.childForFieldName('body');
      const v = body ? readAll(this.eval(body)) : CLEAN;
      return v === CLEAN ? v : { ...v, obj: CONTAINER };
    } finally {
      // The walrus targets of a comprehension bind in the enclosing scope; the loop variables do not.
      const inner = this.state.env;
      this.state = saved;
      for (const w of node.descendantsOfType('named_expression')) {
        const name = w.childForFieldName('name');
        const v = name && inner.get(name.text);
        if (name && v) this.put(this.state, name.text, v);
      }
    }
  }

  private evalSubscript(node: Node): Value {
    const object = node.childForFieldName('value');
    const subs = node.childrenForFieldName('subscript');
    const container = object ? this.eval(object) : CLEAN;
    const keys = subs.map((s) => this.eval(s));
    if (subs.length === 1 && subs[0].type !== 'slice' && keys[0].c) {
      let k = keys[0].c.v;
      if (typeof k === 'number' && k < 0 && container.length !== undefined) k = container.length + k;
      const key = keyOf(k);
      // A slot a guard proved something of (`if data["mode"] in ALLOWED:`).
      const guarded =
        key !== undefined && object?.type === 'identifier' && this.derivedRoots.has(object.text) ? this.state.env.get(`${object.text}[${key}]`) : undefined;
      if (guarded) return guarded;
      if (key !== undefined) {
        const v = readKey(container, key);
        // `form["password"]`: a password-like value (for the weak-hash class).
        if (this.flags.credentials && typeof k === 'string' && isPasswordName(k)) return join({ ...v, obj: undefined }, this.credential(node, k));
        return container.obj === 'path' ? v : { ...v, obj: undefined };
      }
    }
    if (container.c && typeof container.c.v === 'string') return { labels: [], safe: PROVEN_CONSTANT }; // a slice of a constant string
    return readAll(container);
  }

  private evalBinary(node: Node): Value {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const op = node.childForFieldName('operator')?.type ?? '';
    const l = left ? this.eval(left) : CLEAN;
    const r = right ? this.eval(right) : CLEAN;
    if (l.c && r.c) {
      const v = fold(op, l.c.v, r.c.v);
      if (v !== undefined) return constant(v);
    }
    let labels = joinLabels(allLabels(l), allLabels(r));
    // `"/users/" + name`: the input cannot change the site a redirect goes to.
    if (labels.length && (op === '+' || op === '%') && startsSameSite(node, (c) => this.calls.callAt(c)?.qualifiedName))
      labels = sanitize({ labels }, classBit('redirect')).labels;
    const proof = proofOf(l) & proofOf(r);
    if (op === '/' && (l.obj === 'path' || r.obj === 'path')) return proven({ labels, obj: 'path' }, proof);
    return proven(tainted(labels), proof);
  }

  private evalComparison(node: Node): Value {
    const operands = namedChildrenOf(node).map((n) => this.eval(n));
    const ops = node.childrenForFieldName('operators').map((o) => o.type);
    if (operands.length !== ops.length + 1) return CLEAN;
    let result = true;
    for (let i = 0; i < ops.length; i++) {
      const a = operands[i];
      const b = operands[i + 1];
      const r = compare(ops[i], a, b);
      if (r === undefined) return CLEAN;
      result = result && r;
    }
    return constant(result);
  }

  private attributeSource(node: Node): Value | undefined {
    const q = this.calls.resolve(node);
    const spec = q !== undefined ? (C.SOURCE_ATTRIBUTES.get(q) ?? this.flags.project?.sources.get(q)) : undefined;
    if (!spec) return undefined;
    const value = this.sourceValue(node, spec.kind, spec.description);
    return spec.container ? { ...value, obj: CONTAINER } : value;
  }

  private evalAttribute(node: Node): Value {
    const value = this.attributeValue(node);
    // `user.password`: a password-like value (for the weak-hash class).
    if (this.flags.credentials) {
      const attribute = node.childForFieldName('attribute')?.text ?? '';
      if (isPasswordName(attribute)) return join(value, this.credential(node, attribute));
    }
    return value;
  }

  private attributeValue(node: Node): Value {
    const objectNode = node.childForFieldName('object');
    const attrNode = node.childForFieldName('attribute');
    const attribute = attrNode?.text ?? '';
    // A Django class-based view: `self.request` is the request, `self.kwargs` the URL's parameters.
    if (this.frame.djangoView && objectNode?.type === 'identifier' && objectNode.text === this.frame.selfName) {
      if (attribute === 'request') return { labels: [], obj: 'django' };
      if (attribute === 'kwargs' || attribute === 'args') return this.sourceValue(node, 'remote', `self.${attribute} (Django)`, node.text);
    }
    if (this.frame.tornadoHandler && attribute === 'request' && objectNode?.type === 'identifier' && objectNode.text === this.frame.selfName) {
      return { labels: [], obj: 'tornado-request' };
    }
    if (C.SOURCE_ATTRIBUTE_TAILS.has(attribute) || this.flags.project?.sourceTails.has(attribute)) {
      const root = objectNode ? rootName(objectNode) : undefined;
      if (root === undefined || !this.state.env.has(root)) {
        const source = this.attributeSource(node);
        if (source) return source;
      }
    }
    const object = objectNode ? this.eval(objectNode) : CLEAN;
    if (object.obj) {
      if (attribute === 'cleaned_data' && object.obj.startsWith('form:')) return this.formData(object);
      const request = C.REQUEST_OBJECTS[object.obj];
      if (request?.attributes.has(attribute)) {
        const text = shorten(node.text);
        return this.sourceValue(node, 'remote', `${text} (${request.framework})`, text);
      }
    }
    if (objectNode?.type === 'identifier') {
      const field = this.state.env.get(`${objectNode.text}.${attribute}`);
      if (field) return field;
      const known = objectNode.text === this.frame.selfName && this.frame.classNode ? this.classFields.get(this.frame.classNode.id)?.get(attribute) : undefined;
      if (known) return join(readAll(object), { labels: known });
    }
    if (object.obj === 'path' && C.PATH_OBJECT_PATHS.has(attribute)) return { labels: allLabels(object), obj: 'path' };
    if (object.obj === 'path' && C.PATH_OBJECT_COMPONENTS.has(attribute)) return sanitize({ labels: allLabels(object) }, classBit('path'));
    return readAll(object);
  }

  private evalArgs(argsNode: Node | null): Args {
    const out: Args = { positional: [], keywords: new Map(), splat: undefined };
    if (!argsNode) return out;
    if (argsNode.type === 'generator_expression') {
      out.positional.push({ node: argsNode, value: this.eval(argsNode) });
      return out;
    }
    for (const a of namedChildrenOf(argsNode)) {
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name');
        const value = a.childForFieldName('value');
        if (name && value) out.keywords.set(name.text, { node: value, value: this.eval(value) });
      } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
        const v = this.eval(a);
        out.splat = out.splat ? join(out.splat, v) : v;
        if (a.type === 'list_splat') out.positional.push({ node: a, value: v });
      } else out.positional.push({ node: a, value: this.eval(a) });
    }
    return out;
  }

  private evalCall(node: Node): Value {
    const callee = node.childForFieldName('function');
    if (!callee) return CLEAN;
    const site = this.calls.callAt(node);
    const q = site?.qualifiedName;
    let receiver: Value | undefined;
    let receiverNode: Node | undefined;
    let method: string | undefined;
    let calleeValue: Value | undefined;
    const c = unparenthesize(callee);
    if (c.type === 'attribute') {
      receiverNode = c.childForFieldName('object') ?? undefined;
      method = c.childForFieldName('attribute')?.text;
      receiver = receiverNode ? this.eval(receiverNode) : CLEAN;
    } else calleeValue = this.eval(c);
    const args = this.evalArgs(node.childForFieldName('arguments'));
    const calleeText = site?.writtenName ?? shorten(callee.text);

    // Sources.
    const sourceCall = q !== undefined ? (this.flags.project?.sources.get(q) ?? C.SOURCE_CALLS.get(q)) : undefined;
    if (sourceCall) return this.sourceValue(node, sourceCall.kind, sourceCall.description, `${shorten(callee.text)}(...)`);
    if (method !== undefined && this.flags.argparse && C.ARGPARSE_METHODS.has(method))
      return this.sourceValue(node, 'local', `${method}() (argparse)`, `${shorten(callee.text)}()`);
    if (method !== undefined && receiver?.obj) {
      const request = C.REQUEST_OBJECTS[receiver.obj];
      if (request?.methods.has(method)) {
        const text = `${shorten(callee.text)}()`;
        return this.sourceValue(node, 'remote', `${text} (${request.framework})`, text);
      }
    }

    // A sink's result is not reported again for the same class (`text(q)` then `conn.execute(...)`).
    const reported = this.checkSinks(node, q, calleeText, method, receiver, receiverNode, args);
    const result = this.callResult(node, q, calleeText, method, receiver, receiverNode, calleeValue, args);
    return reported ? sanitize(result, reported) : result;
  }

  private callResult(
    node: Node,
    q: string | undefined,
    calleeText: string,
    method: string | undefined,
    receiver: Value | undefined,
    receiverNode: Node | undefined,
    calleeValue: Value | undefined,
    args: Args,
  ): Value {
    // Same-module functions, through their summaries.
    if (this.frame.interprocedural) {
      if (calleeValue?.fn) return this.applySummary(calleeValue.fn, node, calleeText, args, undefined);
      if (method !== undefined && receiverNode?.type === 'identifier' && receiverNode.text === this.frame.selfName && this.frame.classNode) {
        const def = this.methodOf(this.frame.classNode, method);
        if (def) return this.applySummary({ node: def, outer: this.frame.outer, classNode: this.frame.classNode }, node, calleeText, args, receiver ?? CLEAN);
      }
    }

    const everything = (): readonly Label[] => {
      let labels: readonly Label[] = receiver ? allLabels(receiver) : [];
      for (const a of args.positional) labels = joinLabels(labels, allLabels(a.value));
      for (const a of args.keywords.values()) labels = joinLabels(labels, allLabels(a.value));
      if (args.splat) labels = joinLabels(labels, allLabels(args.splat));
      return labels;
    };
    // A Django form made from input (`SignupForm(request.POST)`).
    if (calleeValue?.obj?.startsWith('form-class:')) return { labels: everything(), obj: `form:${calleeValue.obj.slice('form-class:'.length)}` };
    // What is proven of every argument (and of the receiver of a method that is not a module's function).
    const proofOfAll = (withReceiver: boolean): number => {
      let proof = withReceiver && receiver ? proofOf(receiver) : PROVEN_CONSTANT;
      for (const a of args.positional) proof &= proofOf(a.value);
      for (const a of args.keywords.values()) proof &= proofOf(a.value);
      if (args.splat) proof &= proofOf(args.splat);
      return proof;
    };

    // A stored record looked up by what the request names (`get_object_or_404(Model, pk=id)`,
    // `Token.objects.get(token=t)`): it holds what was stored, not the lookup's arguments. Before the
    // project's functions: `models.Token.objects.get` names no function of the analysed `models`.
    if (q !== undefined && C.RECORD_LOOKUPS.has(q)) return CLEAN;
    if (method !== undefined && receiverNode && C.QUERYSET_READS.has(method) && isManagerChain(receiverNode)) return CLEAN;
    if (method !== undefined && C.KEYWORD_LOOKUPS.has(method) && args.positional.length === 0 && args.keywords.size > 0) return CLEAN;

    const project = this.projectCallee(q, node);
    if (project !== undefined) return this.importedCall(project, node, args);

    if (q !== undefined) {
      const mask = this.flags.project?.sanitizers.get(q) ?? C.SANITIZERS.get(q);
      if (mask === ALL_CLASSES) return SAFE_EVERYWHERE;
      if (mask !== undefined) return proven(sanitize(tainted(everything()), mask), mask | proofOfAll(false));
      if (C.PURE_FUNCTIONS.has(q)) return proven(tainted(everything()), proofOfAll(false));
      const obj = C.OBJECT_CONSTRUCTORS.get(q);
      if (obj) return { labels: everything(), obj };
      if (C.RESPONSE_CONSTRUCTORS.has(q)) return { labels: everything(), obj: 'response' };
      // An lxml parser that resolves external entities.
      if (q === 'lxml.etree.XMLParser') {
        const resolve = args.keywords.get('resolve_entities')?.value.c;
        return resolve && truthy(resolve.v) ? { labels: [], obj: 'xxe-parser' } : CLEAN;
      }
      if (C.PATH_NORMALIZERS.has(q)) return { labels: everything(), normalized: true };
      if (C.URL_PARSERS.has(q)) {
        const first = args.positional[0]?.node ?? args.keywords.get('url')?.node;
        const name = first && unparenthesize(first).type === 'identifier' ? [unparenthesize(first).text] : [];
        return { labels: everything(), urlOf: name };
      }
    }

    // Methods of containers and known objects.
    if (method !== undefined && receiver) {
      const keyed = (i: number): string | undefined => {
        const k = args.positional[i]?.value.c;
        return k && !args.positional[i].value.labels.length ? keyOf(k.v) : undefined;
      };
      if (C.ADDERS.has(method) && receiverNode?.type === 'identifier') {
        const added = everything();
        const next: Value = proven({ ...receiver, labels: joinLabels(receiver.labels, added), members: undefined }, proofOfAll(true));
        this.bind(receiverNode.text, method === 'update' && args.positional[0]?.value.items ? mergeItems(next, args.positional[0].value) : next);
        return CLEAN;
      }
      if ((method === 'get' || method === 'pop') && (receiver.items || receiver.labels.length)) {
        const key = keyed(0);
        let v = key !== undefined ? readKey(receiver, key) : readAll(receiver);
        const fallback = args.positional[1]?.value ?? args.keywords.get('default')?.value;
        if (fallback) v = join(v, fallback);
        // An unknown key of a container whose slots are known reads one of them; of an unknown mapping, anything.
        if (key === undefined && !receiver.items) for (const a of args.positional.slice(0, 1)) v = join(v, readAll(a.value));
        const name = args.positional[0]?.value.c?.v;
        if (this.flags.credentials && typeof name === 'string' && isPasswordName(name)) v = join(v, this.credential(node, name));
        return v;
      }
      // `parser.setFeature(feature_external_ges, True)`: a SAX parser that loads external entities.
      if (method === 'setFeature' && (receiver.obj === 'sax-parser' || receiver.obj === 'xxe-parser') && receiverNode?.type === 'identifier') {
        const feature = args.positional[0]?.node;
        const on = args.positional[1]?.value.c;
        if (feature && /feature_external_ges$/.test(this.calls.resolve(feature) ?? feature.text) && on)
          this.bind(receiverNode.text, { labels: [], obj: truthy(on.v) ? 'xxe-parser' : 'sax-parser' });
        return CLEAN;
      }
      if (receiver.obj === 'xml' && (method === 'getroot' || method === 'find' || method === 'getparent')) return { labels: everything(), obj: 'xml' };
      if (method === 'setdefault' && receiverNode?.type === 'identifier') {
        const key = keyed(0);
        const value = args.positional[1]?.value ?? constant(null);
        if (key !== undefined) {
          const items = new Map(receiver.items ?? []);
          items.set(key, receiver.items?.has(key) ? join(receiver.items.get(key)!, value) : value);
          const next: Value = proven({ ...receiver, items }, proofOf(receiver) & proofOf(value));
          this.bind(receiverNode.text, next);
          return readKey(next, key);
        }
        this.bind(receiverNode.text, proven({ ...receiver, labels: joinLabels(receiver.labels, allLabels(value)) }, proofOf(receiver) & proofOf(value)));
        return readAll(join(receiver, value));
      }
      if (receiver.obj === 'path' && C.PATH_OBJECT_PATHS.has(method)) return { labels: everything(), obj: 'path' };
      // The content of a file is not the input that named it (for the web classes: NOT_INPUT).
      if (receiver.obj === 'path' && C.PATH_OBJECT_SINKS.has(method)) return sanitize(tainted(everything()), C.NOT_INPUT);
      if (receiver.obj === 'http-client') return tainted(everything());
      if ((method === 'format' || method === 'join' || method === 'replace') && receiver.c && typeof receiver.c.v === 'string' && !isTaintedArgs(args)) {
        return proven(CLEAN, proofOfAll(true));
      }
      // `value.replace("\n", "")`: no line break left to split a header or a log line with.
      if (method === 'replace') {
        const pattern = args.positional[0]?.value.c?.v;
        if (typeof pattern === 'string' && /[\r\n]/.test(pattern))
          return proven(sanitize(tainted(everything()), classBit('header') | classBit('log')), proofOfAll(true));
      }
      // A string method: its result is made of its receiver and arguments only.
      if (q === undefined && C.PURE_METHODS.has(method)) {
        const labels = everything();
        const result =
          method === 'format' && labels.length && startsSameSite(node, () => undefined) ? sanitize({ labels }, classBit('redirect')) : tainted(labels);
        return proven(result, proofOfAll(true));
      }
    }
    // Anything else: the result carries whatever the arguments and the receiver carry; for the web
    // classes (NOT_INPUT) only a known pass-through passes its arguments on, and a method what its
    // receiver holds (`request.files["f"].read()`), not what its arguments hold (`db.execute(q)`).
    const labels = everything();
    if (!labels.length || (q !== undefined && C.PROPAGATORS.has(q))) {
      if (!labels.length) return CLEAN;
      return q !== undefined && C.CONTAINER_BUILDERS.has(q) ? { labels, obj: CONTAINER } : { labels };
    }
    const own = receiver && method !== undefined ? allLabels(receiver) : [];
    let passed: readonly Label[] = own;
    for (const label of labels) {
      if (own.includes(label)) continue;
      passed = joinLabels(passed, [(label.sanitized & C.NOT_INPUT) === C.NOT_INPUT ? label : { ...label, sanitized: label.sanitized | C.NOT_INPUT }]);
    }
    return { labels: passed };
  }

  /** The absolute name of the callee when it is a function of another module of the project. */
  private projectCallee(q: string | undefined, call: Node): string | undefined {
    if (q === undefined) {
      const callee = call.childForFieldName('function');
      if (callee?.type !== 'identifier' || this.state.env.has(callee.text) || this.lookup(callee.text)) return undefined;
      return this.flags.relative.get(callee.text);
    }
    const root = q.slice(0, q.indexOf('.') >>> 0);
    // A name the catalogue models keeps its model, even where the project holds its module (the
    // standard library analysed as a project: `os.path.realpath` stays a path normalizer).
    const modelled =
      C.SINK_CALLS.has(q) ||
      C.SOURCE_CALLS.has(q) ||
      C.SANITIZERS.has(q) ||
      C.OBJECT_CONSTRUCTORS.has(q) ||
      C.PATH_NORMALIZERS.has(q) ||
      C.URL_PARSERS.has(q) ||
      C.NO_RETURN.has(q) ||
      C.REGEX_FULL.has(q) ||
      C.REGEX_MATCH.has(q);
    return !modelled && this.flags.isProjectRoot(root) ? q : undefined;
  }

  /** A call into another module: what it is passed is recorded for linking; its result is a label of its own. */
  private importedCall(callee: string, call: Node, args: Args): Value {
    let record = this.imported.get(call.id);
    if (!record) this.imported.set(call.id, (record = { callee, call, args: new Map(), resultSinks: [] }));
    const note = (key: string, position: number, keyword: string | undefined, value: Value): void => {
      for (const label of allLabels(value)) {
        const chain = step(label.chain, call, `argument of ${shorten(callee)}`);
        if (label.kind && this.frame.recording) {
          const entry = record.args.get(key) ?? { position, keyword, labels: [] };
          entry.labels = joinLabels(entry.labels, [{ ...label, chain }]);
          record.args.set(key, entry);
        } else if (label.fn !== undefined && label.index !== undefined) {
          let list = this.forwards.get(label.fn);
          if (!list) this.forwards.set(label.fn, (list = []));
          if (list.length < 200 && !list.some((f) => f.param === label.index && f.call.id === call.id && f.position === position && f.keyword === keyword)) {
            list.push({ param: label.index, callee, call, position, keyword, chain, sanitized: label.sanitized });
          }
        }
      }
    };
    args.positional.forEach((a, i) => note(String(i), i, undefined, a.value));
    for (const [name, a] of args.keywords) note(`k:${name}`, -1, name, a.value);
    const result: Label = {
      key: `r${call.id}`,
      call: call.id,
      source: call,
      description: `result of ${shorten(callee)}(...)`,
      chain: step(null, call, `result of ${shorten(callee)}(...)`),
      sanitized: 0,
    };
    // What the callee does with its arguments is known only to linking (link.ts), which reads the
    // callee's summary, or passes them through when the callee's module was not analysed.
    return { labels: [result] };
  }

  private checkSinks(
    call: Node,
    q: string | undefined,
    calleeText: string,
    method: string | undefined,
    receiver: Value | undefined,
    receiverNode: Node | undefined,
    args: Args,
  ): number {
    let specs: readonly C.SinkSpec[] | undefined;
    let name = q === undefined ? calleeText : q.startsWith('builtins.') ? q.slice('builtins.'.length) : q;
    // `eval(compile(source, ...))`: the code runs at `eval`, which is the sink; `compile` passes the
    // source on to it, so the alert (and the pattern rule it replaces) is at that one call.
    if (q === 'builtins.compile' && this.compiledForEval(call)) return 0;
    if (q !== undefined) {
      const project = this.flags.project?.sinks.get(q);
      const known = C.SINK_CALLS.get(q);
      specs = project && known ? [...project, ...known] : (project ?? known);
    }
    if (!specs && method !== undefined) {
      name = calleeText;
      if (receiver?.obj === 'path' && receiverNode && C.PATH_OBJECT_SINKS.has(method)) {
        this.sinkArgument(receiver, receiverNode, 'path', call, `${shorten(calleeText)}`);
        return classBit('path');
      }
      const spec = this.methodSink(method, receiver, receiverNode);
      if (spec) specs = [spec];
    }
    if (!specs && q === undefined && calleeText === 'RawSQL') specs = C.SINK_CALLS.get('django.db.models.expressions.RawSQL');
    if (!specs) return 0;
    let reported = 0;
    for (const spec of specs) if (this.applySink(spec, call, name, args)) reported |= classBit(spec.sinkClass);
    return reported;
  }

  /** Whether `call` (a `compile(...)`) is the code argument of a call to the builtin `eval` or `exec`. */
  private compiledForEval(call: Node): boolean {
    let node = call;
    while (node.parent?.type === 'parenthesized_expression') node = node.parent;
    const outer = node.parent?.type === 'argument_list' ? node.parent.parent : null;
    const first = outer?.type === 'call' ? argumentAt(outer, 0) : undefined;
    if (!first || unparenthesize(first).id !== call.id) return false;
    const name = this.calls.callAt(outer!)?.qualifiedName;
    return name === 'builtins.eval' || name === 'builtins.exec';
  }

  /** The sink a method call is, by its name and what the receiver is known to be. */
  private methodSink(method: string, receiver: Value | undefined, receiverNode: Node | undefined): C.SinkSpec | undefined {
    const spec = C.SINK_METHODS.get(method);
    if (spec) return spec;
    if (!receiverNode) return undefined;
    if (C.QUERYSET_SINKS.has(method) && isManagerChain(receiverNode)) return C.QUERYSET_SINKS.get(method);
    const obj = receiver?.obj;
    if (obj !== undefined) {
      if (obj === 'http-client') return C.CLIENT_METHODS.get(method);
      if (obj === 'hash') return C.HASH_METHODS.get(method);
      if (obj === 'xxe-parser') return C.XXE_PARSER_METHODS.get(method);
      if (method === 'search' && (obj === 'ldap' || obj === 'ldap3')) return C.LDAP_SEARCH.get(obj);
    }
    // By the method's name first (a map lookup), then what the receiver is.
    if (this.flags.ldap || obj === 'ldap') {
      const ldap = C.LDAP_METHODS.get(method);
      if (ldap) return ldap;
    }
    const xml = C.XML_PATH_METHODS.get(method);
    if (xml) return obj === 'xml' || (method === 'xpath' && this.flags.lxml) ? xml : undefined;
    const log = C.LOGGER_METHODS.get(method);
    if (log) return obj === 'logger' || C.LOGGER_NAME.test(receiverNode.text.slice(-60)) ? log : undefined;
    const header = C.HEADER_METHODS.get(method);
    const session = C.SESSION_METHODS.get(method);
    if (!header && !session) return undefined;
    const r = unparenthesize(receiverNode);
    if (header && r.type === 'attribute' && r.childForFieldName('attribute')?.text === 'headers' && this.responseHeaders()) return header;
    if (session && this.storeSink(r, receiver ?? CLEAN) === 'trust-boundary') return session;
    return undefined;
  }

  /** One sink of a call: its arguments that matter, under the spec's condition; true when it applies. */
  private applySink(spec: C.SinkSpec, call: Node, name: string, args: Args): boolean {
    const picked: Arg[] = [];
    if (spec.check === 'every-argument') {
      picked.push(...args.positional, ...args.keywords.values());
    } else if (spec.check === 'log') {
      // Every argument from the message on, but those a literal message formats with %r (their repr).
      const at = spec.at ?? 0;
      const repr = reprArguments(
        args.positional.map((a) => a.node),
        at,
      );
      args.positional.forEach((a, i) => {
        if (i >= at && !repr?.has(i)) picked.push(a);
      });
      const msg = args.keywords.get('msg');
      if (msg) picked.push(msg);
    } else {
      for (const i of spec.positions) {
        const a = args.positional[i];
        if (a) picked.push(a);
        else if (args.positional.some((p) => p.node.type === 'list_splat')) picked.push(args.positional[args.positional.length - 1]);
      }
      for (const k of spec.keywords) {
        const a = args.keywords.get(k);
        if (a) picked.push(a);
      }
    }
    if (spec.check === 'html' || spec.check === 'html-only') {
      // The content type, where it is a literal: a response that is not HTML is no page.
      const type = args.keywords.get('content_type') ?? args.keywords.get('mimetype') ?? args.keywords.get('media_type');
      const literal = type?.value.c?.v;
      const html = typeof literal === 'string' ? /html/i.test(literal) : undefined;
      if (html === false || (spec.check === 'html-only' && html !== true)) return false;
    }
    if (spec.check === 'xxe') {
      // Only a parser known to resolve external entities: an lxml parser made with `resolve_entities=True`, a SAX parser with `feature_external_ges` on.
      if (spec.at === -1) {
        const resolve = args.keywords.get('resolve_entities')?.value.c;
        if (!resolve || !truthy(resolve.v)) return false;
      } else {
        const parser = args.keywords.get('parser') ?? (spec.at !== undefined ? args.positional[spec.at] : undefined);
        if (parser?.value.obj !== 'xxe-parser') return false;
      }
    }
    if (spec.check === 'yaml') {
      const loader = args.keywords.get('Loader')?.node ?? args.positional[1]?.node;
      const loaderName = loader ? (this.calls.resolve(loader) ?? unparenthesize(loader).text) : undefined;
      if (loaderName && C.SAFE_YAML_LOADERS.test(loaderName)) return false;
    }
    if (spec.check === 'subprocess') {
      const shell = args.keywords.get('shell');
      const shellOn = shell !== undefined && !(shell.value.c && !shell.value.labels.length && !truthy(shell.value.c.v));
      if (!shellOn) {
        // Without a shell, only `[sh, -c, command]` runs a command line.
        const list = picked[0]?.value;
        const first = list?.items?.get('0')?.c?.v;
        const flag = list?.items?.get('1')?.c?.v;
        if (!(typeof first === 'string' && C.SHELLS.has(first) && typeof flag === 'string' && C.SHELL_FLAGS.has(flag))) return false;
      }
    }
    // Matched by the method's name alone, on any receiver: the query must be written at the call.
    // A container in its place, or arguments passed on with `*args` (a wrapper's
    // `self.execute(*args, **options)`, as Django's management commands), is another API's `execute`.
    if (spec.check === 'query' && picked.length && picked.every((a) => a.value.obj === CONTAINER || a.node.type === 'list_splat')) return false;
    for (const a of picked) this.sinkArgument(a.value, a.node, spec.sinkClass, call, name);
    return true;
  }

  private sinkArgument(value: Value, argNode: Node, sinkClass: SinkClass, call: Node, sinkName: string): void {
    const bit = classBit(sinkClass);
    for (const label of allLabels(value)) {
      if (label.sanitized & bit) continue;
      const chain = step(label.chain, argNode, `argument of ${sinkName}`);
      this.reach(label, label.sanitized, chain, sinkClass, call, sinkName);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function isTaintedArgs(args: Args): boolean {
  return args.positional.some((a) => allLabels(a.value).length > 0) || [...args.keywords.values()].some((a) => allLabels(a.value).length > 0);
}

function mergeItems(target: Value, source: Value): Value {
  const items = new Map(target.items ?? []);
  for (const [k, v] of source.items ?? []) items.set(k, items.has(k) ? join(items.get(k)!, v) : v);
  return { ...target, items, labels: joinLabels(target.labels, source.labels) };
}

function readAllKeepItems(v: Value): Value {
  return v.items ? v : readAll(v);
}

/** The name an entry derived from an object is kept under (`x` for `x.attr` and `x[s:key]`), or undefined for a plain name. */
function derivedRoot(name: string): string | undefined {
  const dot = name.indexOf('.');
  const bracket = name.indexOf('[');
  const at = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
  return at < 0 ? undefined : name.slice(0, at);
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

function rootName(node: Node): string | undefined {
  let n = unparenthesize(node);
  for (let i = 0; i < 64 && n.type === 'attribute'; i++) {
    const o = n.childForFieldName('object');
    if (!o) return undefined;
    n = unparenthesize(o);
  }
  return n.type === 'identifier' ? n.text : undefined;
}

function fold(op: string, a: Const, b: Const): Const | undefined {
  if (typeof a === 'boolean') a = a ? 1 : 0;
  if (typeof b === 'boolean') b = b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? undefined : a / b;
      case '//':
        return b === 0 ? undefined : Math.floor(a / b);
      case '%':
        return b === 0 ? undefined : ((a % b) + b) % b;
      case '**':
        return Math.abs(b) > 64 ? undefined : a ** b;
      default:
        return undefined;
    }
  }
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return a.length + b.length > 10000 ? undefined : a + b;
  if (typeof a === 'string' && typeof b === 'number' && op === '*') return b < 0 ? '' : a.length * b > 10000 ? undefined : a.repeat(b);
  return undefined;
}

function compare(op: string, a: Value, b: Value): boolean | undefined {
  if ((op === 'in' || op === 'not in') && a.c) {
    let found: boolean | undefined;
    if (b.members) found = b.members.includes(a.c.v);
    else if (b.c && typeof b.c.v === 'string' && typeof a.c.v === 'string') found = b.c.v.includes(a.c.v);
    if (found === undefined) return undefined;
    return op === 'in' ? found : !found;
  }
  if (!a.c || !b.c) return undefined;
  let x = a.c.v;
  let y = b.c.v;
  if (op === 'is') return x === y && (x === null || typeof x === 'boolean') ? true : x === null || y === null ? x === y : undefined;
  if (op === 'is not') return x === null || y === null ? x !== y : undefined;
  if (typeof x === 'boolean') x = x ? 1 : 0;
  if (typeof y === 'boolean') y = y ? 1 : 0;
  if (op === '==') return x === y;
  if (op === '!=' || op === '<>') return x !== y;
  if (typeof x !== typeof y || x === null || y === null) return undefined;
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    default:
      return undefined;
  }
}

function patternConstant(pattern: Node): { v: Const } | undefined {
  const parts = namedChildrenOf(pattern);
  if (parts.length !== 1) return undefined;
  const p = parts[0];
  if (p.type === 'string' || p.type === 'concatenated_string') {
    const v = stringLiteralValue(p);
    return v !== undefined ? { v } : undefined;
  }
  if (p.type === 'integer') {
    const v = integerValue(p);
    return v !== undefined ? { v } : undefined;
  }
  if (p.type === 'true' || p.type === 'false') return { v: p.type === 'true' };
  if (p.type === 'none') return { v: null };
  return undefined;
}

function isIrrefutable(pattern: Node): boolean {
  if (pattern.text === '_') return true;
  const parts = namedChildrenOf(pattern);
  return parts.length === 1 && parts[0].type === 'dotted_name' && parts[0].namedChildCount === 1;
}

/** The parameters of a function or lambda, in order (`*args`, `**kwargs` included by name). */
export function parameterNodes(fn: Node): { name: string; node: Node; default?: Node }[] {
  const params = fn.childForFieldName('parameters');
  const out: { name: string; node: Node; default?: Node }[] = [];
  if (!params) return out;
  for (const p of params.namedChildren) {
    let id: Node | null = null;
    let value: Node | null = null;
    if (p.type === 'identifier') id = p;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      id = p.childForFieldName('name');
      value = p.childForFieldName('value');
    } else if (p.type === 'typed_parameter') {
      const first = p.firstNamedChild;
      id = first?.type === 'identifier' ? first : (first?.firstNamedChild ?? null);
    } else if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') id = p.firstNamedChild;
    if (id?.type === 'identifier') out.push({ name: id.text, node: id, ...(value ? { default: value } : {}) });
  }
  return out;
}

function isStatic(fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  return decorated !== null && decorated.namedChildren.some((d) => d.type === 'decorator' && /^@\s*staticmethod\b/.test(d.text));
}

/** The name a call or a reference ends with: `render` of `shortcuts.render(...)`, `action` of `@action(detail=True)`. */
function lastName(expr: Node | null): string {
  const callee = expr?.type === 'call' ? expr.childForFieldName('function') : expr;
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text ?? '';
  return '';
}

/** Decorated with a Django (or DRF) view decorator. */
function hasViewDecorator(fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  return !!decorated?.namedChildren.some((d) => d.type === 'decorator' && C.DJANGO_VIEW_DECORATORS.test(lastName(d.firstNamedChild)));
}

/** A function that returns a Django response (or a shortcut's): a view by its own code, outside a helpers module. */
function returnsResponse(fn: Node): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  for (const r of body.descendantsOfType('return_statement')) {
    if (enclosingFunction(r)?.id !== fn.id) continue;
    const value = r.firstNamedChild;
    if (value?.type === 'call' && C.DJANGO_RESPONSES.test(lastName(value))) return true;
  }
  return false;
}

function isRouteHandler(fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  if (!decorated) return false;
  for (const d of decorated.namedChildren) {
    if (d.type !== 'decorator') continue;
    const expr = d.firstNamedChild;
    const callee = expr?.type === 'call' ? expr.childForFieldName('function') : expr;
    if (callee?.type === 'attribute' && C.ROUTE_DECORATORS.has(callee.childForFieldName('attribute')?.text ?? '')) return true;
  }
  return false;
}

/** A receiver written `<Model>.objects...`: a Django manager or a queryset made from one. */
function isManagerChain(receiver: Node): boolean {
  return /(^|\.)objects\b/.test(receiver.text.slice(0, 200));
}

/** `os.sep`, `os.path.sep` or a literal "/" or "\\": a path separator. */
function isSeparator(node: Node | null, calls: CallModel): boolean {
  if (!node) return false;
  const q = calls.resolve(node);
  if (q === 'os.sep' || q === 'os.path.sep') return true;
  const text = stringLiteralValue(node);
  return text === '/' || text === '\\';
}

/** The nearest function (or lambda) around a node, or null. */
export function enclosingFunction(node: Node): Node | null {
  for (let p = node.parent; p; p = p.parent) if (FUNCTION_TYPES.has(p.type)) return p;
  return null;
}

/** The class whose body defines the function directly, or null. */
export function enclosingClass(fn: Node): Node | null {
  let p = fn.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  if (p?.type !== 'block') return null;
  const owner = p.parent;
  return owner?.type === 'class_definition' ? owner : null;
}

/** The methods a class body defines, by name: the first definition of each name. */
function methodsOf(classNode: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const body = classNode.childForFieldName('body');
  if (!body) return out;
  for (const s of body.namedChildren) {
    const def = s.type === 'decorated_definition' ? s.childForFieldName('definition') : s;
    const name = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
    if (name !== undefined && !out.has(name)) out.set(name, def!);
  }
  return out;
}
