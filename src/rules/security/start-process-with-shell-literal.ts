/**
 * Bandit B605 / Ruff S605, LOW: a function that always uses a shell given a literal command. The
 * same call with a command built at run time is `start-process-with-shell` (HIGH).
 */
import { argumentAt } from '../../analysis/arguments';
import { callName, callRule } from './common';
import { SHELL_FUNCTIONS } from './apis';
import { isLiteralCommand } from './commands';

export const startProcessWithShellLiteral = callRule({
  id: 'start-process-with-shell-literal',
  name: 'StartProcessWithShellLiteral',
  bandit: 'B605',
  ruff: 'S605',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'shell-literal' },
  category: 'injection',
  cwe: [78],
  functions: SHELL_FUNCTIONS,
  check: (call) => {
    const command = argumentAt(call.node, 0);
    return command !== undefined && isLiteralCommand(command);
  },
  runTime: { sinkClass: 'command', role: 'literal' },
  value: (call) => argumentAt(call.node, 0),
  message: (call) => {
    const command = argumentAt(call.node, 0);
    const what = command && isLiteralCommand(command) ? 'a literal command' : 'a command made only of literals';
    return `${callName(call)} runs ${what} through a shell: safe as written, but not if the command gains a variable part`;
  },
  short: 'A function that always uses a shell runs a literal command',
  full: 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell. Here the command is a fixed literal, safe today but a shell injection as soon as it gains a variable part.',
  title: 'A literal command run through a shell',
  why: 'These functions pass their string to `/bin/sh -c` (or `cmd.exe`). The shell interprets spaces, quotes, `;`, `|`, `$(...)` and wildcards in everything the string contains, so values pasted into it become shell syntax.',
  example: 'import os\n\nos.system("make clean")',
  fix: 'Use `subprocess.run([...])` with an argument list and no shell. If a shell is needed, quote every variable part with `shlex.quote()`.',
  fixed: 'import subprocess\n\nsubprocess.run(["make", "clean"])',
  notReported: [
    'Calls whose command is not the first positional argument (`os.popen(cmd=...)`, `*args`), as in Ruff.',
    'Commands built at run time: those are `start-process-with-shell`, unless the data-flow analysis proves them constant wherever the call runs (`cmd = "make clean"` then `os.system(cmd)`): those are reported here (docs/severity.md).',
  ],
  note: '## Why two rules\n\nBandit grades B605 high for a command built at run time and low for a literal one. Tendril reports the two as `start-process-with-shell` (medium: a command built at run time is not yet a command built from outside input; `command-injection` reports a proven flow) and `start-process-with-shell-literal` (low); both answer to `B605` and `S605`.',
});
