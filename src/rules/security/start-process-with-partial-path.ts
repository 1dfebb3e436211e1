/** Bandit B607 / Ruff S607: a process started with a literal program name that is not an absolute path. */
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { callName, callRule } from './common';
import { NO_SHELL_FUNCTIONS, SHELL_FUNCTIONS, SUBPROCESS_FUNCTIONS } from './apis';

/** True when a literal program name is not an absolute path (`/bin/ls`, `C:\\...`, `\\\\server\\...`). */
function isPartialPath(program: string): boolean {
  return !(program.startsWith('/') || program.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(program));
}

export const startProcessWithPartialPath = callRule({
  id: 'start-process-with-partial-path',
  name: 'StartProcessWithPartialPath',
  bandit: 'B607',
  ruff: 'S607',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'partial-path' },
  category: 'injection',
  // Untrusted search path: the program is looked up through PATH.
  cwe: [426],
  functions: [...SUBPROCESS_FUNCTIONS, ...SHELL_FUNCTIONS, ...NO_SHELL_FUNCTIONS],
  check: (call) => {
    const command = argumentAt(call.node, 0, 'args');
    if (!command) return false;
    const expr = unparenthesize(command);
    const first = expr.type === 'list' || expr.type === 'tuple' ? expr.namedChildren.find((c) => c && c.type !== 'comment') : expr;
    if (!first) return false;
    const value = stringLiteralValue(first);
    return value !== undefined && value.trim() !== '' && isPartialPath(value.trim()) ? command : false;
  },
  message: (call) => `${callName(call)} starts a program by a partial path, found through PATH: whoever controls PATH chooses what runs`,
  short: 'Process started with a program name that is not an absolute path',
  full: "A process is started with a literal program name that is not an absolute path, so the program is looked up through PATH; a writable directory early in PATH lets someone else's program run instead.",
  title: 'A process started with a partial path',
  why: 'A bare program name (`"git"`) is searched in the directories of `PATH`. If an attacker can add or write a directory that comes first there, their program runs instead of the intended one, with the program\'s privileges.',
  example: 'import subprocess\n\nsubprocess.run(["git", "status"])',
  fix: 'Use an absolute path (`/usr/bin/git`), or resolve it once with `shutil.which()` under a controlled `PATH`.',
  fixed: 'import subprocess\n\nsubprocess.run(["/usr/bin/git", "status"])',
  notReported: ['Programs given by a variable or built at run time.', 'Absolute paths (`/`, `\\\\`, or a drive letter).'],
});
