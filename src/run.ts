import { discover } from './engine/discover';
import { analyzeFiles } from './engine/pool';
import type { FileResult, Finding, Notification } from './engine/types';
import { countFindings, evaluateGates, type Counts, type GateResult } from './gate/gates';
import type { Settings } from './settings';

export interface Outcome {
  settings: Settings;
  /** Number of files analysed. */
  files: number;
  findings: Finding[];
  notifications: Notification[];
  counts: Counts;
  gate: GateResult;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** settings -> discovery -> engine -> findings -> gates. Reporters take the outcome from here. */
export async function run(settings: Settings, workerScript?: string): Promise<Outcome> {
  const discovery = discover(settings.root, settings.paths);
  const results: FileResult[] = await analyzeFiles(discovery.files, settings.rules, settings.ruleOptions, { jobs: settings.jobs, workerScript });
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  const notifications = [...discovery.notifications, ...results.flatMap((r) => r.notifications)];
  const counts = countFindings(findings);
  return {
    settings,
    files: discovery.files.length,
    findings,
    notifications,
    counts,
    gate: evaluateGates(counts, settings),
  };
}
