/** A range of a file: 1-based lines, 1-based columns in UTF-16 code units, end exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One step of a data-flow result's path (SARIF `threadFlowLocation`), with what happens there. */
export interface FlowStep extends Span {
  path: string;
  message: string;
}

/** One finding of one rule, positions 1-based, columns in UTF-16 code units, end exclusive. */
export interface Finding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /**
   * Data-flow results only (the taint rules): the path from the source (first step) to the sink
   * (last), written as SARIF `codeFlows`, and the source, `relatedLocations` id 1, which the
   * message links as `[text](1)`.
   */
  flow?: FlowStep[];
  /** codeql-action's `primaryLocationLineHash` of `line`, filled in by the engine. */
  lineHash?: string;
  /**
   * Line-independent identity for baselines (src/baseline/matchkey.ts): a hash of the rule, the
   * enclosing symbol and the whitespace-free source of the flagged construct, filled in by the engine.
   */
  matchKey?: string;
  /** Against a baseline: `new` or `unchanged` (SARIF `baselineState`); undefined without one. */
  baselineState?: 'new' | 'unchanged';
  /** Set when an in-source comment suppresses the finding: the directive as written (`# noqa: F401`). */
  suppressed?: string;
}

/** Something the run could not do for a file (unreadable, undecodable, syntax errors). */
export interface Notification {
  level: 'error' | 'warning' | 'note';
  /** Stable id, for SARIF `descriptor.id`. */
  id: 'file-unreadable' | 'file-undecodable' | 'syntax-error' | 'internal-error' | 'file-too-large' | 'file-timeout' | 'configuration' | 'cache';
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  notifications: Notification[];
}

/** A file to analyse, as discovery lists it. */
export interface SourceFile {
  /** Absolute path on disk. */
  abs: string;
  /** Path relative to the root, `/`-separated: what SARIF and the reports show. */
  rel: string;
  size: number;
  /** Which configuration applies (an index into the run's profiles, src/pipeline/profiles.ts); default 0. */
  profile?: number;
}
