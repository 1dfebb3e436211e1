/**
 * Cross-file flows from the module summaries of a run (serialize.ts): a pure function of plain
 * data, so that it can run after the workers are done, on summaries from the cache.
 *
 * - A call in module A passes input (the call's `args`) to a function F of module B: each sink F's
 *   summary says that parameter reaches is a flow (sink in B, source in A); so is each sink of a
 *   function F passes the parameter on to (`forwards`, followed MAX_DEPTH calls deep).
 * - The result of a call into another module reaches sinks of A (`resultSinks`): the input F
 *   returns of its own (`returnsSources`), and the input passed to the parameters F returns
 *   (`returns`, with its sanitizers), are flows with the sink in A. When F's module was not
 *   analysed, the call is assumed to return what it is passed, as an unmodelled call is in a file.
 *
 * One flow per (sink, class): remote input wins over local, then the shorter path.
 */
import { NOT_INPUT } from './catalogue';
import {
  acceptsKind,
  classBit,
  MAX_STEPS,
  SINK_CLASSES,
  type LinkedFlow,
  type ModuleSummary,
  type Region,
  type SerialFunctionSummary,
  type SerialStep,
  type SinkClass,
  type SourceKind,
} from './model';

/** The web classes, for which an unknown call's result is not its arguments' input (catalogue.ts NOT_INPUT). */
const NOT_INPUT_CLASSES: readonly SinkClass[] = SINK_CLASSES.filter((c) => (NOT_INPUT & classBit(c)) !== 0);

/** Calls followed through `forwards` from one argument. */
const MAX_DEPTH = 8;

type PathStep = SerialStep & { path: string };

interface Carried {
  kind: SourceKind;
  description: string;
  sourcePath: string;
  source: Region;
  clean: ReadonlySet<SinkClass>;
  steps: PathStep[];
}

interface Target {
  module: ModuleSummary;
  fn: SerialFunctionSummary;
}

export function linkFlows(modules: readonly ModuleSummary[]): LinkedFlow[] {
  const functions = new Map<string, Target>();
  for (const module of modules) for (const [name, fn] of Object.entries(module.functions)) functions.set(name, { module, fn });
  const flows = new Map<string, LinkedFlow>();

  const add = (input: Carried, sinkPath: string, sink: Region, sinkClass: SinkClass, sinkName: string, tail: PathStep[]): void => {
    if (input.clean.has(sinkClass) || !acceptsKind(sinkClass, input.kind)) return;
    const steps = trim([...input.steps, ...tail]);
    const key = `${sinkPath}:${sink.line}:${sink.column}:${sinkClass}`;
    const old = flows.get(key);
    if (old && !((input.kind === 'remote' && old.sourceKind === 'local') || (input.kind === old.sourceKind && steps.length < old.steps.length))) return;
    flows.set(key, {
      sinkClass,
      sourceKind: input.kind,
      sinkPath,
      sink,
      sinkName,
      sourcePath: input.sourcePath,
      source: input.source,
      sourceDescription: input.description,
      steps,
    });
  };

  const intoParameter = (target: Target, param: number, input: Carried, depth: number): void => {
    const path = target.module.path;
    for (const sink of target.fn.sinks) {
      if (sink.param !== param) continue;
      add(withClean(input, sink.clean), path, sink.sink, sink.sinkClass, sink.sinkName, tagged(sink.steps, path));
    }
    if (depth >= MAX_DEPTH) return;
    for (const forward of target.fn.forwards) {
      if (forward.param !== param) continue;
      const next = functions.get(forward.call.callee);
      const p = next ? parameterIndex(next.fn, forward.call.position, forward.call.keyword) : -1;
      if (next && p >= 0) intoParameter(next, p, { ...withClean(input, forward.clean), steps: [...input.steps, ...tagged(forward.steps, path)] }, depth + 1);
    }
  };

  for (const module of modules) {
    for (const call of module.calls) {
      const target = functions.get(call.callee);
      const passed = new Map<number, Carried[]>();
      for (const arg of call.args) {
        const p = target ? parameterIndex(target.fn, arg.position, arg.keyword) : -1;
        for (const source of arg.sources) {
          const input: Carried = {
            kind: source.kind,
            description: source.description,
            sourcePath: module.path,
            source: source.source,
            clean: new Set(source.clean),
            steps: tagged(source.steps, module.path),
          };
          if (target && p >= 0) intoParameter(target, p, input, 0);
          const key = target ? p : 0;
          if (key < 0) continue;
          const list = passed.get(key) ?? [];
          list.push(input);
          passed.set(key, list);
        }
      }
      if (!call.resultSinks.length) continue;
      // What the call returns.
      const returned: Carried[] = [];
      // A callee whose module was not analysed: an unknown call, which passes its arguments' input
      // on, but not for the web classes (NOT_INPUT in catalogue.ts).
      if (!target) for (const list of passed.values()) for (const input of list) returned.push(withClean(input, NOT_INPUT_CLASSES));
      else {
        const path = target.module.path;
        for (const r of target.fn.returns)
          for (const input of passed.get(r.param) ?? []) returned.push({ ...withClean(input, r.clean), steps: [...input.steps, ...tagged(r.steps, path)] });
        for (const s of target.fn.returnsSources) {
          returned.push({
            kind: s.kind,
            description: s.description,
            sourcePath: path,
            source: s.source,
            clean: new Set(s.clean),
            steps: tagged(s.steps, path),
          });
        }
      }
      for (const sink of call.resultSinks) {
        for (const input of returned) add(withClean(input, sink.clean), module.path, sink.sink, sink.sinkClass, sink.sinkName, tagged(sink.steps, module.path));
      }
    }
  }
  return [...flows.values()].sort(
    (a, b) =>
      compare(a.sinkPath, b.sinkPath) ||
      a.sink.line - b.sink.line ||
      a.sink.column - b.sink.column ||
      compare(a.sinkClass, b.sinkClass) ||
      compare(a.sourcePath, b.sourcePath) ||
      a.source.line - b.source.line ||
      a.source.column - b.source.column,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parameterIndex(fn: SerialFunctionSummary, position: number, keyword: string | undefined): number {
  return fn.params.findIndex((p) => (keyword !== undefined ? p.name === keyword : p.index === position && position >= 0));
}

function withClean(input: Carried, clean: readonly SinkClass[]): Carried {
  if (!clean.length) return input;
  return { ...input, clean: new Set([...input.clean, ...clean]) };
}

function tagged(steps: readonly SerialStep[], path: string): PathStep[] {
  return steps.map((s) => ({ ...s, path }));
}

function trim(steps: PathStep[]): PathStep[] {
  return steps.length > MAX_STEPS ? [steps[0], ...steps.slice(steps.length - (MAX_STEPS - 1))] : steps;
}
