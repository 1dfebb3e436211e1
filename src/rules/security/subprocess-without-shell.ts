/**
 * Bandit B603 / Ruff S603: a `subprocess` function without a shell: no shell, but review what is
 * run. A call whose shell is true or known only at run time (`shell=use_shell`, `**kwargs`) is
 * `subprocess-shell-true`'s (commands.ts `shellArgument`), never this rule's.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { type CallModel } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { callName, callRule } from './common';
import { SUBPROCESS_FUNCTIONS } from './apis';
import { isLiteralCommand, shellArgument } from './commands';

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
  grading: { evidence: 'pattern', family: 'process-start' },
  category: 'injection',
  cwe: [78],
  functions: SUBPROCESS_FUNCTIONS,
  check: (call, model) => {
    if (shellArgument(call).kind !== 'absent') return false;
    const command = argumentAt(call.node, 0, 'args');
    return !command || !isTrustedCommand(command, model);
  },
  message: (call) => `${callName(call)} starts a process: check that what it runs cannot come from outside input`,
  short: 'A subprocess call without a shell: check the program and arguments',
  full: 'A subprocess function is called without a shell (no shell= argument, or a false constant). No shell interprets the command, but the program and its arguments still deserve review if any come from outside the program.',
  title: 'A `subprocess` call (no shell)',
  why: 'Without a shell there is no shell injection, but a program name or an argument that comes from outside the program can still pick which program runs, or add options to it (`--output=/etc/...`).',
  example: 'import subprocess\n\nsubprocess.run([tool, user_arg])',
  fix: 'Use fixed program paths, validate arguments, and put `--` before arguments that must not be read as options. Dismiss the alert once reviewed.',
  fixed: 'import subprocess\n\nsubprocess.run(["/usr/bin/git", "status", "--porcelain"])',
  notReported: [
    'Calls that may use a shell: a true constant `shell=`, a `shell=` known only at run time (`shell=use_shell`, `shell=isinstance(cmd, str)`), or a `**kwargs` that may hold `shell`: those are `subprocess-shell-true` and `subprocess-shell-true-literal` (B602).',
    'Commands that are literals (a string, or a list or tuple of strings, where `sys.executable` also counts as a literal): nothing outside the program reaches them (Ruff does the same; Bandit reports them). A literal program name that is not an absolute path is `start-process-with-partial-path`.',
  ],
});
