/**
 * Readers of the commands that process-starting calls are given, shared by the B602-B609 rules:
 * whether a command is a literal, and what a call's `shell=` argument says.
 *
 * `shell=` is read in three ways (`shellArgument`):
 * - true: a constant known to be true (`True`, `1`, `"yes"`, a non-empty display);
 * - unknown: an expression whose value is only known at run time (`shell=use_shell`,
 *   `shell=isinstance(cmd, str)`), or no `shell=` but a `**kwargs` that may hold it (a dictionary
 *   display is read: `**{"shell": True}` is true, `**{"check": True}` says nothing of the shell);
 * - absent: no `shell=` argument, or a constant known to be false (`False`, `None`, `0`, `[]`).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt, keywordValue } from '../../analysis/arguments';
import { isPlainStringLiteral, namedChildrenOf, stringLiteralValue, truthiness, unparenthesize } from '../../analysis/literals';
import { SUBPROCESS_FUNCTIONS } from './apis';

/** True when the command cannot change at run time: literal strings, or a list/tuple of them. */
export function isLiteralCommand(command: Node): boolean {
  const expr = unparenthesize(command);
  if (isPlainStringLiteral(expr, { allowBytes: true })) return true;
  if (expr.type === 'list' || expr.type === 'tuple') {
    return expr.namedChildren.every((item) => !item || item.type === 'comment' || isPlainStringLiteral(item, { allowBytes: true }));
  }
  return false;
}

/** The value of the call's `shell=` argument when it is a constant known to be true. */
export function trueShell(call: CallSite): Node | undefined {
  const shell = keywordValue(call.node, 'shell');
  return shell && truthiness(shell) === true ? shell : undefined;
}

/**
 * What a call says of its shell (see the file comment): `value` is the `shell=` value (written in
 * a `**{...}` display when `splat`), or the `**kwargs` argument that may hold it.
 */
export type ShellArgument = { kind: 'true' | 'unknown'; value: Node; splat: boolean } | { kind: 'absent' };

const ABSENT: ShellArgument = { kind: 'absent' };

/** The call's `shell=` argument, read as the file comment says. */
export function shellArgument(call: CallSite): ShellArgument {
  const shell = keywordValue(call.node, 'shell');
  if (shell) return fromValue(shell, false);
  const args = call.node.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return ABSENT;
  let found: ShellArgument = ABSENT;
  for (const splat of namedChildrenOf(args)) {
    if (splat.type !== 'dictionary_splat') continue;
    const inner = splat.namedChildren.find((c) => c && c.type !== 'comment');
    const read = inner ? shellInDictionary(inner) : undefined;
    // A `**` that is not a dictionary display (or one it cannot read) may hold `shell`.
    const here = read === undefined ? ({ kind: 'unknown', value: splat, splat: true } as const) : read;
    if (here.kind === 'true') return here;
    if (here.kind === 'unknown') found = here;
  }
  return found;
}

function fromValue(value: Node, splat: boolean): ShellArgument {
  const truth = truthiness(value);
  if (truth === false) return ABSENT;
  return { kind: truth === true ? 'true' : 'unknown', value, splat };
}

/** `shell` in a dictionary display (`{"shell": True}`), or undefined when the display cannot be read (a non-literal key, `**` in it). */
function shellInDictionary(node: Node): ShellArgument | undefined {
  const expr = unparenthesize(node);
  if (expr.type !== 'dictionary') return undefined;
  let found: ShellArgument = ABSENT;
  for (const item of namedChildrenOf(expr)) {
    if (item.type === 'comment') continue;
    if (item.type !== 'pair') return undefined;
    const key = item.childForFieldName('key');
    const name = key ? stringLiteralValue(key) : undefined;
    if (name === undefined) return undefined;
    const value = item.childForFieldName('value');
    if (name === 'shell' && value) found = fromValue(value, true); // the last one wins, as in Python
  }
  return found;
}

/** A `subprocess` call with a true or unknown `shell=`, and its command (first positional argument or `args=`) when it is written. */
export interface ShellCall {
  call: CallSite;
  shell: Exclude<ShellArgument, { kind: 'absent' }>;
  /** Undefined when the command is not written (it can only be in `**kwargs`). */
  command: Node | undefined;
}

/**
 * The calls to `subprocess` functions with a true or unknown `shell=`. Calls are taken as the
 * pattern rules take them (`callsAmongAssumed`: star imports assumed not to rebind the name, and
 * a name imported in alternatives counted when every alternative is a `subprocess` function), so
 * that each such call is one of these or a `subprocess-without-shell` call.
 */
export function subprocessShellCalls(model: CallModel): ShellCall[] {
  const out: ShellCall[] = [];
  for (const call of model.callsAmongAssumed(SUBPROCESS_FUNCTIONS)) {
    const shell = shellArgument(call);
    if (shell.kind === 'absent') continue;
    out.push({ call, shell, command: argumentAt(call.node, 0, 'args') });
  }
  return out;
}

/** A true `shell=` as written (`` `shell=True` ``), or a generic wording when the value is long. */
export function shellText(value: Node): string {
  const text = value.text.replace(/\s+/g, ' ');
  return text.length <= 20 ? `\`shell=${text}\`` : 'a true `shell=` value';
}

/**
 * What a message says of the shell: the true value as written (`` `shell=True` ``), or why the
 * shell is not known: `` `shell=use_shell`, known only at run time ``, `` `shell` may be set by `**options` ``.
 */
export function describeShell(shell: ShellCall['shell']): string {
  if (shell.value.type === 'dictionary_splat') {
    const text = shell.value.text.replace(/\s+/g, ' ');
    return text.length <= 30 ? `\`shell\` may be set by \`${text}\`` : '`shell` may be set by a `**` argument';
  }
  const through = shell.splat ? ' in `**`' : '';
  if (shell.kind === 'true') return `${shellText(shell.value)}${through}`;
  const text = shell.value.text.replace(/\s+/g, ' ');
  return text.length <= 30 ? `\`shell=${text}\`${through}, known only at run time` : `a \`shell=\` value${through} known only at run time`;
}
