/** One finding of one rule, positions 1-based, columns in UTF-16 code units, end exclusive. */
export interface Finding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** codeql-action's `primaryLocationLineHash` of `line`, filled in by the engine. */
  lineHash?: string;
}

/** Something the run could not do for a file (unreadable, undecodable, syntax errors). */
export interface Notification {
  level: 'error' | 'warning' | 'note';
  /** Stable id, for SARIF `descriptor.id`. */
  id: 'file-unreadable' | 'file-undecodable' | 'syntax-error' | 'internal-error';
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
