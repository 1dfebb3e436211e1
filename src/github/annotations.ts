import * as os from 'os';
import type { Finding } from '../engine/types';
import { plainMessage } from '../report/labels';
import { reportedMeta, reportedScore } from '../rules/testcode';
import { ruleLevel } from '../engine/api';
import { escapeControls } from './runner';

/**
 * Workflow-command annotations (`::error file=...,line=...::message`) for findings: the new ones
 * when there is a baseline, all of them otherwise. GitHub displays at most 10 annotations of each
 * level per step (and drops the rest silently), so Tendril writes at most that many per level,
 * the most severe first, and the job summary counts the remainder.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** As @actions/core escapes a command's data; control characters as `\uXXXX` (runner.ts). */
function escapeData(text: string): string {
  return escapeControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationLevel(finding: Finding): AnnotationLevel {
  const meta = reportedMeta(finding);
  const level = meta ? ruleLevel(meta) : 'note';
  return level === 'note' ? 'notice' : level;
}

export function formatAnnotation(finding: Finding): string {
  // The rule as the SARIF file names it: `subprocess-shell-true/test-code` in test code.
  const meta = reportedMeta(finding);
  const props = [
    `file=${escapeProperty(finding.path)}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
    // GitHub takes col/endColumn only on one-line ranges.
    ...(finding.line === finding.endLine ? [`col=${finding.column}`, `endColumn=${finding.endColumn}`] : []),
    `title=${escapeProperty(`Tendril ${meta?.id ?? finding.ruleId}${meta ? ` (${meta.name})` : ''}`)}`,
  ];
  // An annotation is plain text: a data-flow message's `[user-provided value](1)` link to its
  // related location reads as the words alone.
  return `::${annotationLevel(finding)} ${props.join(',')}::${escapeData(plainMessage(finding.message))}`;
}

export interface AnnotationPlan {
  /** Workflow command lines to print. */
  lines: string[];
  /** Findings eligible for an annotation. */
  total: number;
  shown: number;
}

/**
 * Chooses the annotations: eligible findings, most severe first (then by path and line), capped
 * per level; `reserved` slots are kept for Tendril's own lines of that level (a number: error
 * slots, for the gate's `::error` lines).
 */
export function planAnnotations(findings: readonly Finding[], reserved: number | Partial<Record<AnnotationLevel, number>> = 0): AnnotationPlan {
  const keep = typeof reserved === 'number' ? { error: reserved } : reserved;
  const eligible = findings.filter((f) => f.baselineState !== 'unchanged');
  const ordered = [...eligible].sort((a, b) => reportedScore(b) - reportedScore(a));
  const room: Record<AnnotationLevel, number> = {
    error: Math.max(0, ANNOTATIONS_PER_LEVEL - (keep.error ?? 0)),
    warning: Math.max(0, ANNOTATIONS_PER_LEVEL - (keep.warning ?? 0)),
    notice: Math.max(0, ANNOTATIONS_PER_LEVEL - (keep.notice ?? 0)),
  };
  const lines: string[] = [];
  for (const finding of ordered) {
    const level = annotationLevel(finding);
    if (room[level] > 0) {
      room[level]--;
      lines.push(formatAnnotation(finding));
    }
  }
  return { lines, total: eligible.length, shown: lines.length };
}

export function writeAnnotations(plan: AnnotationPlan): void {
  for (const line of plan.lines) process.stdout.write(line + os.EOL);
}
