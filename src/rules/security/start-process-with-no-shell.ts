/** Bandit B606 / Ruff S606: a function that starts a process without a shell (`os.exec*`, `os.spawn*`, `os.startfile`). */
import { callName, callRule } from './common';
import { NO_SHELL_FUNCTIONS } from './apis';
import { PRECISION_STEP, SECURITY_SEVERITY } from '../severity';

export const startProcessWithNoShell = callRule({
  id: 'start-process-with-no-shell',
  name: 'StartProcessWithNoShell',
  bandit: 'B606',
  ruff: 'S606',
  severity: 'LOW',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'pattern',
    family: 'process-start',
    score: SECURITY_SEVERITY.LOW - PRECISION_STEP,
    why: 'a medium-precision rule, one step below `subprocess-without-shell`, which makes the same claim with high precision.',
  },
  category: 'injection',
  cwe: [78],
  functions: NO_SHELL_FUNCTIONS,
  message: (call) => `${callName(call)} starts a process: check that the program and arguments cannot come from outside input`,
  short: 'Process started without a shell (os.exec*, os.spawn*, os.startfile)',
  full: 'os.exec*, os.spawn* or os.startfile start a program directly. There is no shell, but the program and arguments deserve review if any come from outside the program.',
  title: 'A process started without a shell',
  why: 'These functions run the program they are given. If its path or arguments come from outside input, that input chooses what runs; `os.startfile` opens any file with its associated application.',
  example: 'import os\n\nos.execvp(program, [program, arg])',
  fix: 'Use fixed program paths and validated arguments; prefer `subprocess.run([...])`. Dismiss once reviewed.',
  fixed: 'import subprocess\n\nsubprocess.run([program, arg], check=True)',
  notReported: ['Functions that use a shell (`start-process-with-shell`) and `subprocess` functions (`subprocess-without-shell`).'],
});
