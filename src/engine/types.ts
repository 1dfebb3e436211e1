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
  /**
   * Security findings only: a linter's blanket directive (`# noqa` without codes, `# ruff: noqa`,
   * ...) that covers the finding but does not suppress it (src/engine/suppress.ts), as written.
   * The pipeline moves it to `suppressed` when `bare-noqa-suppresses-security` is set.
   */
  blanketSuppression?: string;
  /**
   * Set by the pipeline when the finding is reported below its rule's severity: `test-code`, a
   * security finding in test code (`test-paths`, `test-code-severity`; docs/severity.md). Its
   * SARIF rule is then the rule's test-code descriptor (src/rules/testcode.ts).
   */
  lowered?: 'test-code';
  /**
   * Deferred findings only (`FileResult.deferred`): the key by which a phase after the workers
   * (the pipeline's cross-file linking) confirms the finding; its message is then a template.
   */
  deferred?: string;
}

/** Something the run could not do for a file (unreadable, undecodable, syntax errors). */
export interface Notification {
  level: 'error' | 'warning' | 'note';
  /** Stable id, for SARIF `descriptor.id`. */
  id:
    | 'file-unreadable'
    | 'file-undecodable'
    | 'syntax-error'
    | 'internal-error'
    | 'file-too-large'
    | 'file-timeout'
    | 'configuration'
    | 'path-excluded'
    | 'cache';
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  notifications: Notification[];
  /**
   * Findings a rule can report only once every file is analysed (a flow whose source is in another
   * file), prepared here while the file's tree and bytes are in memory: range, match key, line hash
   * and suppression are final; `deferred` is the key a later phase confirms them by, and the
   * message a template it completes. Unconfirmed, they are never reported. Omitted when empty.
   */
  deferred?: Finding[];
  /** Plain JSON data the shared analyses export for phases after the workers (`FileContext.exportData`), by analysis name. Omitted when empty. */
  exports?: Record<string, unknown>;
  /**
   * The questions the analysis asked about the project around the file (`FileContext.isProjectRoot`:
   * is this top-level name one of the project's modules?), with the answers: the result holds only
   * while they hold. Omitted when none was asked.
   */
  rootQueries?: Record<string, boolean>;
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
  /** Its place among the project's Python modules (src/pipeline/modules.ts); default: read from `rel`. */
  module?: ModuleInfo;
}

/**
 * A file's Python module, as the interpreter would import it: the directories above it that hold
 * an `__init__.py` are its packages, and the first one that does not is its import root.
 */
export interface ModuleInfo {
  /** Dotted name: `app/db.py` -> `app.db`; a package's `__init__.py` is the package (`app`). */
  name: string;
  /** True for a package's `__init__.py` (relative imports start from the module itself). */
  isPackage: boolean;
  /** Top-level modules and packages importable from the same import root (this one's included), sorted. */
  roots: string[];
}
