/**
 * Bandit B604 / Ruff S604: `shell=True` passed to a function outside `subprocess`. Python's
 * builtins (`dict(shell=True)`, `print(..., shell=True)` would fail) never run a command and
 * are left alone, as are the `subprocess` functions, which are B602/B603.
 */
import { calls, type CallSite } from '../../analysis/calls';
import { callName, securityRule } from './common';
import { SUBPROCESS_FUNCTIONS } from './apis';
import { shellText, trueShell } from './commands';
import { PRECISION_STEP, SECURITY_SEVERITY } from '../severity';

const SUBPROCESS = new Set(SUBPROCESS_FUNCTIONS);

/** The callee is surely a `subprocess` function or a builtin (every name it may have is one). */
function neverThisRule(call: CallSite): boolean {
  const names = call.assumedNames;
  return names !== undefined && names.every((name) => SUBPROCESS.has(name) || name.startsWith('builtins.'));
}

export const callWithShellTrue = securityRule({
  id: 'call-with-shell-true',
  name: 'CallWithShellTrue',
  bandit: 'B604',
  ruff: 'S604',
  severity: 'MEDIUM',
  confidence: 'LOW',
  grading: {
    evidence: 'pattern',
    family: 'shell-command',
    score: SECURITY_SEVERITY.MEDIUM - PRECISION_STEP,
    why: 'a low-precision rule (the function is only assumed to run its argument), one step below `paramiko-exec-command` and two below `subprocess-shell-true`, which make the same claim with more certainty.',
  },
  category: 'injection',
  cwe: [78],
  short: 'Function outside subprocess called with shell=True',
  full: 'A function that is not one of the subprocess functions is called with shell=True; it probably runs its command through a shell, open to shell injection.',
  title: '`shell=True` passed to some other function',
  why: 'Wrappers around `subprocess` often forward `shell=True`. The command then goes through `/bin/sh`, with the same injection risk as calling `subprocess` with a shell directly.',
  example: 'run_command(f"convert {name} out.png", shell=True)',
  fix: 'Pass the command as a list and drop `shell=True`.',
  fixed: 'run_command(["convert", name, "out.png"])',
  notReported: [
    '`subprocess` functions: those are B602/B603.',
    "Python's builtins (`dict(shell=True)`, `print(..., shell=True)`): they never run a command.",
    '`shell=` values that are not a true constant.',
  ],
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of context.analysis(calls).calls) {
          const shell = trueShell(call);
          if (!shell || neverThisRule(call)) continue;
          context.report(call.callee, `${callName(call)} is called with ${shellText(shell)}: the command may go through a shell`);
        }
      },
    };
  },
});
