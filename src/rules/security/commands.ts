/**
 * Readers of the commands that process-starting calls are given, shared by the B602-B609 rules:
 * whether a command is a literal, and the true `shell=` argument of a call.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt, keywordValue } from '../../analysis/arguments';
import { isPlainStringLiteral, truthiness, unparenthesize } from '../../analysis/literals';
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

/** A `subprocess` call with a true `shell=`, and its command (first positional argument or `args=`). */
export interface ShellCall {
  call: CallSite;
  shell: Node;
  command: Node;
}

/** The calls to `subprocess` functions (surely resolved) with a true `shell=` and a visible command. */
export function subprocessShellCalls(model: CallModel): ShellCall[] {
  const out: ShellCall[] = [];
  for (const call of model.callsTo(SUBPROCESS_FUNCTIONS)) {
    const shell = trueShell(call);
    if (!shell) continue;
    const command = argumentAt(call.node, 0, 'args');
    if (command) out.push({ call, shell, command });
  }
  return out;
}

/** `shell=True` as written, or a generic wording when the value is long. */
export function shellText(value: Node): string {
  const text = value.text.replace(/\s+/g, ' ');
  return text.length <= 20 ? `\`shell=${text}\`` : 'a true `shell=` value';
}
