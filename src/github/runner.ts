import * as core from '@actions/core';
import { UsageError } from '../errors';

/**
 * The GitHub Actions runner protocol, through @actions/core: inputs, outputs, the job summary,
 * secrets, groups and workflow commands. What Tendril prints carries data from the scanned tree
 * (file names, messages, refs), which a pull request writes, so every line is made safe here:
 *
 * - Annotations and errors go through core's commands (`::error title=...::data`), which escape
 *   `%`, CR and LF in the data and also `:` and `,` in properties; the runner parses the line as
 *   that one command and nothing in the data can start another.
 * - A plain log line is not escaped by the runner, and it acts on two forms in it: a line that
 *   starts with `::` after leading whitespace (a workflow command), and `##[name ...]` anywhere in
 *   the line (the legacy form, also read by the log viewer: `##[group]`, `##[error]`). `plainLine`
 *   writes line breaks as `\n`/`\r`, other control characters (ANSI escapes among them) as
 *   `\u001b`-style escapes, and breaks both forms with U+200B ZERO WIDTH SPACE (`:\u200b:`,
 *   `#\u200b#[`), which the log shows as the same text and the runner does not read as a command.
 *
 * Inputs are read from the `env` given (tests pass their own); core's file commands (outputs,
 * summary) use the process environment the runner set.
 */

/** C0 and C1 controls but tab and line breaks, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

function hex4(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Control characters (but line breaks and tab) written as `\uXXXX`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, hex4);
}

/** One plain log line holding `text`, safe from the runner's command parser (see above). */
export function plainLine(text: string): string {
  return escapeControls(text)
    .replace(/\r\n|\r|\n/g, (m) => (m === '\n' ? '\\n' : m === '\r' ? '\\r' : '\\r\\n'))
    .replace(/::/g, ':\u200b:')
    .replace(/##\[/g, '#\u200b#[');
}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A boolean input as YAML 1.2's core schema spells it (as core.getBooleanInput); empty: `fallback`. */
export function getBooleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`Input '${name}': '${value}' is not a valid value; accepted: true, false (YAML 1.2: true, True, TRUE, false, False, FALSE)`);
}

export function setOutput(name: string, value: string): void {
  core.setOutput(name, value);
}

/** Masks `value` in every later log line (before any request that sends it). */
export function setSecret(value: string): void {
  if (value) core.setSecret(value);
}

export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown.endsWith('\n') ? markdown : markdown + '\n').write();
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function props(p?: string | AnnotationProperties): core.AnnotationProperties | undefined {
  if (p === undefined) return undefined;
  const q = typeof p === 'string' ? { title: p } : p;
  return { ...q, title: q.title === undefined ? undefined : escapeControls(q.title), file: q.file === undefined ? undefined : escapeControls(q.file) };
}

export function error(message: string, p?: string | AnnotationProperties): void {
  core.error(escapeControls(message), props(p));
}

export function warning(message: string, p?: string | AnnotationProperties): void {
  core.warning(escapeControls(message), props(p));
}

export function notice(message: string, p?: string | AnnotationProperties): void {
  core.notice(escapeControls(message), props(p));
}

export function debug(message: string): void {
  core.debug(escapeControls(message));
}

/** A plain log line; its text may hold data from the scanned tree. */
export function info(message: string): void {
  core.info(plainLine(message));
}

/** Lines printed between `::group::title` and `::endgroup::` (folded in the log). */
export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(escapeControls(title), fn);
}
