/**
 * Bandit B605 / Ruff S605 (Bandit: high; Tendril: medium, a pattern): a function that always uses a shell (`os.system`, `os.popen`,
 * `subprocess.getoutput`, ...) given a command built at run time. The same call with a literal
 * command is `start-process-with-shell-literal` (LOW), as Bandit grades the two.
 */
import { argumentAt } from '../../analysis/arguments';
import { callName, callRule } from './common';
import { SHELL_FUNCTIONS } from './apis';
import { isLiteralCommand } from './commands';
import { PATTERN_HIGH } from '../severity';

export const startProcessWithShell = callRule({
  id: 'start-process-with-shell',
  name: 'StartProcessWithShell',
  bandit: 'B605',
  ruff: 'S605',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: {
    evidence: 'pattern',
    family: 'shell-command',
    score: PATTERN_HIGH,
    why: "a command built at run time is not a command built from outside input: most such commands are made from the program's own settings and paths. Where the data-flow analysis proves outside input, `command-injection` reports the call instead (critical).",
  },
  category: 'injection',
  cwe: [78],
  functions: SHELL_FUNCTIONS,
  check: (call) => {
    const command = argumentAt(call.node, 0);
    return command !== undefined && !isLiteralCommand(command);
  },
  runTime: { sinkClass: 'command', role: 'built', literal: 'start-process-with-shell-literal' },
  value: (call) => argumentAt(call.node, 0),
  message: (call) => `${callName(call)} runs a command built at run time through a shell: any part from outside the program can inject shell commands`,
  short: 'A function that always uses a shell runs a command built at run time',
  full: 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell, and here the command is built at run time: any part of it from outside the program can inject shell commands.',
  title: 'A command built at run time run through a shell',
  why: 'These functions pass their string to `/bin/sh -c` (or `cmd.exe`). The shell interprets spaces, quotes, `;`, `|`, `$(...)` and wildcards in everything the string contains, so values pasted into it become shell syntax.',
  example: 'import os\n\nos.system("rm -rf " + path)',
  fix: 'Use `subprocess.run([...])` with an argument list and no shell. If a shell is needed, quote every variable part with `shlex.quote()`.',
  fixed: 'import subprocess\n\nsubprocess.run(["rm", "-rf", "--", path])',
  notReported: [
    'Calls whose command is not the first positional argument (`os.popen(cmd=...)`, `*args`), as in Ruff.',
    'Commands the data-flow analysis proves constant wherever the call runs (`cmd = "make clean"`, a constant branch, a value overwritten with a literal): those are `start-process-with-shell-literal`; and commands it proves quoted for the shell (`shlex.quote`) or made of numbers (`int()`) (docs/severity.md).',
  ],
  note: '## Why two rules\n\nBandit grades B605 high for a command built at run time and low for a literal one. Tendril reports the two as `start-process-with-shell` (medium: a command built at run time is not yet a command built from outside input; `command-injection` reports a proven flow) and `start-process-with-shell-literal` (low); both answer to `B605` and `S605`.',
});
