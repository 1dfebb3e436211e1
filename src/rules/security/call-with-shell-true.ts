/** Bandit B604 / Ruff S604: `shell=True` passed to a function outside `subprocess`. */
import { calls } from '../../analysis/calls';
import { callName, securityRule } from './common';
import { SUBPROCESS_FUNCTIONS } from './apis';
import { trueShell } from './commands';

export const callWithShellTrue = securityRule({
  id: 'call-with-shell-true',
  name: 'CallWithShellTrue',
  bandit: 'B604',
  ruff: 'S604',
  severity: 'MEDIUM',
  confidence: 'LOW',
  category: 'injection',
  cwe: [78],
  short: 'shell=True passed to a function outside subprocess',
  full: 'A function that is not one of the subprocess functions is called with shell=True; it probably runs its command through a shell, open to shell injection.',
  title: '`shell=True` passed to some other function',
  why: 'Wrappers around `subprocess` often forward `shell=True`. The command then goes through `/bin/sh`, with the same injection risk as calling `subprocess` with a shell directly.',
  example: 'run_command(f"convert {name} out.png", shell=True)',
  fix: 'Pass the command as a list and drop `shell=True`.',
  fixed: 'run_command(["convert", name, "out.png"])',
  notReported: ['`subprocess` functions: those are B602/B603.', '`shell=` values that are not a true constant.'],
  uses: [calls],
  create(context) {
    return {
      end() {
        const skip = new Set(SUBPROCESS_FUNCTIONS);
        for (const call of context.analysis(calls).calls) {
          if (call.assumedName && skip.has(call.assumedName)) continue;
          if (trueShell(call)) context.report(call.callee, `${callName(call)} is called with \`shell=True\`: the command may go through a shell`);
        }
      },
    };
  },
});
