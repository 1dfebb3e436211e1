/**
 * The taint analysis' public types: what one file's analysis publishes (`TaintModel`: the flows
 * found in the file, the functions skipped, and the serialisable `ModuleSummary` that cross-file
 * linking reads), and what `linkFlows` (src/analysis/taint/link.ts) returns.
 *
 * Everything under `summary` is plain JSON data (no syntax nodes): positions are 1-based lines and
 * columns in UTF-16 code units, as SARIF wants them, so a summary can be cached or sent between
 * worker threads.
 */
import type { SyntaxNode } from '../../engine/tree';
import type { Span } from '../../engine/types';

/** What a dangerous operation does with its input. */
export type SinkClass =
  | 'command'
  | 'code'
  | 'sql'
  | 'path'
  | 'deserialization'
  | 'ssrf'
  | 'xss'
  | 'template'
  | 'redirect'
  | 'ldap'
  | 'xpath'
  | 'xxe'
  | 'trust-boundary'
  | 'header'
  | 'log'
  | 'regex'
  | 'weak-hash';
/**
 * Where the input comes from: the network (a request), the local user (argv, environment, stdin),
 * or, for the weak-hash class only, a password-like value (`credential`).
 */
export type SourceKind = 'remote' | 'local' | 'credential';

export const SINK_CLASSES: readonly SinkClass[] = [
  'command',
  'code',
  'sql',
  'path',
  'deserialization',
  'ssrf',
  'xss',
  'template',
  'redirect',
  'ldap',
  'xpath',
  'xxe',
  'trust-boundary',
  'header',
  'log',
  'regex',
  'weak-hash',
];

/** A password-like value matters only to the weak-hash class, and only it does. */
export function acceptsKind(sinkClass: SinkClass, kind: SourceKind): boolean {
  return (kind === 'credential') === (sinkClass === 'weak-hash');
}

/** A sink class as one bit of a mask (sanitised-for sets). */
export function classBit(sinkClass: SinkClass): number {
  return 1 << SINK_CLASSES.indexOf(sinkClass);
}

/** The mask of every sink class: a value clean for all of them. */
export const ALL_CLASSES = (1 << SINK_CLASSES.length) - 1;

/**
 * Guards that make a redirect target a path of this site only together (`Label.sanitized`, beyond
 * the class bits): it starts with `/`, not with `//`, not with `/\\` (which browsers read as `//`).
 */
export const STARTS_WITH_SLASH = 1 << 27;
export const NOT_DOUBLE_SLASH = 1 << 28;
export const NOT_SLASH_BACKSLASH = 1 << 29;
export const SAME_SITE_PATH = STARTS_WITH_SLASH | NOT_DOUBLE_SLASH | NOT_SLASH_BACKSLASH;

/**
 * A parameter checked with `startswith` inside a function, where it is not known to be normalized
 * (`Label.sanitized`, beyond the class bits): at a call of the same module whose argument is a
 * normalized path (`os.path.abspath(...)`), the check is the path guard, and the bit becomes the
 * path class's (tornado's `validate_absolute_path(root, absolute_path)`).
 */
export const PATH_IF_NORMALIZED = 1 << 26;

/** The most steps a flow keeps (the first one, then the last ones). */
export const MAX_STEPS = 24;

/** One step of a flow: a node of this file and what happens there. */
export interface FlowStep {
  node: SyntaxNode;
  message: string;
}

/** A flow from a source to a sink, both in this file (the sink possibly inside a function the source's code calls). */
export interface TaintFlow {
  sinkClass: SinkClass;
  sourceKind: SourceKind;
  /** The sink call node (report there). */
  sink: SyntaxNode;
  /** Qualified name of the sink as far as it resolves (`os.system`, `cursor.execute`). */
  sinkName: string;
  /** The expression where the input enters. */
  source: SyntaxNode;
  sourceDescription: string;
  /** From the source (first) to the sink's argument (last), in order. */
  steps: FlowStep[];
}

/** A function the interpretation did not analyse, with why (for a notification). */
export interface SkippedFunction {
  node: SyntaxNode;
  reason: string;
}

/**
 * What the analysis proves of a value a pattern rule asks about (TaintModel.decide): `constant`,
 * made of literals only (literals, constant branches, a value overwritten with a constant);
 * `sanitized`, made of literals and values sanitized for the sink class.
 */
export type Verdict = 'constant' | 'sanitized';

export interface TaintModel {
  /** Deterministic order: by sink position, then source position, then class and kind. */
  flows: TaintFlow[];
  skipped: SkippedFunction[];
  /** What cross-file linking needs (plain data). */
  summary: ModuleSummary;
  /**
   * For the pattern rules about values built at run time: the verdict on each expression's value
   * for the sink class, wherever it is evaluated; undefined where the analysis cannot tell (an
   * unknown origin, code not reached). Asking costs one more interpretation of the file (verdict.ts).
   */
  decide(nodes: readonly SyntaxNode[], sinkClass: SinkClass): (Verdict | undefined)[];
}

// ---------------------------------------------------------------------------------------------
// Serialisable summaries

/** A range of a file: the engine's `Span` (1-based lines and columns, UTF-16 code units, end exclusive). */
export type Region = Span;

export interface SerialStep extends Region {
  message: string;
}

/** A source value: where it entered, and the steps from there so far. */
export interface SerialSource {
  kind: SourceKind;
  description: string;
  source: Region;
  /** Sink classes it was sanitised for on the way. */
  clean: SinkClass[];
  steps: SerialStep[];
}

/** How a function's parameter is named and passed: `index` among positional parameters (self included). */
export interface SerialParameter {
  name: string;
  /** Position, or -1 for keyword-only parameters. */
  index: number;
}

export interface SerialFunctionSummary {
  /** `<module>.<function>` (`app.db.run_query`). */
  name: string;
  /** The definition's name. */
  location: Region;
  params: SerialParameter[];
  /** Parameter `param` (index into `params`) reaches the return value, sanitised for `clean`. */
  returns: { param: number; clean: SinkClass[]; steps: SerialStep[] }[];
  /** The function returns outside input of its own (`return request.args['n']`). */
  returnsSources: SerialSource[];
  /** Parameter `param` reaches the sink at `sink` (steps: from the parameter to the sink argument). */
  sinks: { param: number; sinkClass: SinkClass; sinkName: string; sink: Region; clean: SinkClass[]; steps: SerialStep[] }[];
  /** Parameter `param` is passed on to an imported function (for chains of cross-module calls). */
  forwards: { param: number; call: SerialCallTarget; clean: SinkClass[]; steps: SerialStep[] }[];
}

/** A call to a function imported from another module, by the argument the value is passed as. */
export interface SerialCallTarget {
  /** Absolute qualified name of the callee (`app.db.run_query`; relative imports resolved). */
  callee: string;
  call: Region;
  /** Positional index of the argument, or -1 when passed by keyword. */
  position: number;
  keyword?: string;
}

export interface SerialImportedCall {
  callee: string;
  call: Region;
  /** Arguments carrying outside input into the callee. */
  args: { position: number; keyword?: string; sources: SerialSource[] }[];
  /** The call's result reaches these sinks in this file (steps: from the call to the sink argument). */
  resultSinks: { sinkClass: SinkClass; sinkName: string; sink: Region; clean: SinkClass[]; steps: SerialStep[] }[];
}

export interface ModuleSummary {
  /** The file's path (relative to the analysis root, `/` separators). */
  path: string;
  /** Its module name: `app/db.py` -> `app.db`, `app/__init__.py` -> `app`. */
  module: string;
  /** True for a package's `__init__.py` (relative imports start from the module itself). */
  isPackage: boolean;
  /** Module-level functions, keyed by qualified name. */
  functions: Record<string, SerialFunctionSummary>;
  /** Calls to imported functions with tainted arguments, or whose result reaches a sink here. */
  calls: SerialImportedCall[];
}

/** A flow found by linking module summaries: source and sink in different files. */
export interface LinkedFlow {
  sinkClass: SinkClass;
  sourceKind: SourceKind;
  sinkPath: string;
  sink: Region;
  sinkName: string;
  sourcePath: string;
  source: Region;
  sourceDescription: string;
  steps: (SerialStep & { path: string })[];
}

/**
 * The key by which the pipeline confirms a deferred finding (FileResult.deferred) of a data-flow
 * rule at a sink of a module summary: the sink class, the source kind and the sink's start.
 */
export function linkKey(sinkClass: SinkClass, kind: SourceKind, sink: Region): string {
  return `${sinkClass}:${kind}@${sink.line}:${sink.column}`;
}

/** In a deferred data-flow finding's message, where the linking puts the source's description. */
export const SOURCE_PLACEHOLDER = '{source}';
