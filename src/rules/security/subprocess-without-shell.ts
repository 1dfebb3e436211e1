/** Bandit B603 / Ruff S603: a `subprocess` function without `shell=True`: no shell, but review what is run. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { type CallModel } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { callName, callRule } from './common';
import { SUBPROCESS_FUNCTIONS } from './apis';
import { isLiteralCommand, trueShell } from './commands';

/** A literal command, or a list/tuple of literals and `sys.executable` (the running interpreter). */
function isTrustedCommand(command: Node, model: CallModel): boolean {
  if (isLiteralCommand(command)) return true;
  const expr = unparenthesize(command);
  if (expr.type !== 'list' && expr.type !== 'tuple') return false;
  return expr.namedChildren.every(
    (item) =>
      !item || item.type === 'comment' || stringLiteralValue(item, { allowBytes: true }) !== undefined || model.resolveAssumed(item) === 'sys.executable',
  );
}

export const subprocessWithoutShell = callRule({
  id: 'subprocess-without-shell',
  name: 'SubprocessWithoutShell',
  bandit: 'B603',
  ruff: 'S603',
  severity: 'LOW',
  confidence: 'HIGH',
  category: 'injection',
  cwe: [78],
  functions: SUBPROCESS_FUNCTIONS,
  check: (call, model) => {
    if (trueShell(call)) return false;
    const command = argumentAt(call.node, 0, 'args');
    return !command || !isTrustedCommand(command, model);
  },
  message: (call) => `${callName(call)} starts a process: check that what it runs cannot come from outside input`,
  short: 'subprocess call without a shell: check the program and arguments',
  full: 'A subprocess function is called without shell=True. No shell interprets the command, but the program and its arguments still deserve review if any come from outside the program.',
  title: 'A `subprocess` call (no shell)',
  why: 'Without a shell there is no shell injection, but a program name or an argument that comes from outside the program can still pick which program runs, or add options to it (`--output=/etc/...`).',
  example: 'import subprocess\n\nsubprocess.run([tool, user_arg])',
  fix: 'Use fixed program paths, validate arguments, and put `--` before arguments that must not be read as options. Dismiss the alert once reviewed.',
  fixed: 'import subprocess\n\nsubprocess.run(["/usr/bin/git", "status", "--porcelain"])',
  notReported: [
    'Calls with a true constant `shell=`: those are `subprocess-shell-true` (B602).',
    'Commands that are literals (a string, or a list or tuple of strings, where `sys.executable` also counts as a literal): nothing outside the program reaches them (Ruff does the same; Bandit reports them). A literal program name that is not an absolute path is `start-process-with-partial-path`.',
  ],
});
