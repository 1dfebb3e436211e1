/**
 * Bandit B601, B603-B607, B609 / Ruff S601, S603-S607, S609: starting processes. (B602, a
 * `subprocess` call with `shell=True`, is in subprocess-shell-true.ts.)
 *
 * - B601: paramiko's `exec_command`, which runs a string through the remote shell.
 * - B603: a `subprocess` function without `shell=True`: no shell, but review what is run.
 * - B604: `shell=True` passed to a function outside `subprocess`.
 * - B605: a function that always uses a shell (`os.system`, `os.popen`, `subprocess.getoutput`,
 *   ...); graded HIGH for a built command, LOW for a literal one, so two rules as for B602.
 * - B606: a function that starts a process without a shell (`os.exec*`, `os.spawn*`, ...).
 * - B607: a process started with a literal program name that is not an absolute path.
 * - B609: a wildcard in a shell command for chown/chmod/tar/rsync (option injection).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { argumentAt, calls, keywordValue, stringLiteralValue, truthiness, unparenthesize, type CallModel, type CallSite } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, callRule, qualify, securityMeta } from './common';
import { isLiteralCommand, SUBPROCESS_FUNCTIONS } from './subprocess-shell-true';

export const SHELL_FUNCTIONS: readonly string[] = [
  'os.system', ...qualify('os', 'popen popen2 popen3 popen4'),
  ...qualify('popen2', 'popen2 popen3 popen4 Popen3 Popen4'),
  ...qualify('commands', 'getoutput getstatusoutput'),
  ...qualify('subprocess', 'getoutput getstatusoutput'),
];

export const NO_SHELL_FUNCTIONS: readonly string[] = [
  ...qualify('os', 'execl execle execlp execlpe execv execve execvp execvpe spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe startfile'),
];

export const paramikoExecCommand: Rule = (() => {
  const meta = securityMeta({
    id: 'paramiko-exec-command', name: 'ParamikoExecCommand', bandit: 'B601', ruff: 'S601', severity: 'MEDIUM', confidence: 'MEDIUM',
    category: 'injection', cwe: [78],
    short: 'paramiko exec_command runs a command through the remote shell',
    full: 'A paramiko exec_command call: the command string is interpreted by the remote host\'s shell, so any part built from outside input can inject commands there.',
    title: 'A command run through paramiko\'s `exec_command`',
    why: '`exec_command` sends a string to the SSH server, which runs it with the user\'s login shell. Values pasted into it are parsed by that shell: `;`, `|` and `$(...)` in them run commands on the remote host.',
    example: 'import paramiko\n\nclient.exec_command(f"ls {directory}")',
    fix: 'Quote every variable part with `shlex.quote()`, or avoid the shell (SFTP for file operations).',
    notReported: ['`exec_command` calls in files that do not import `paramiko`.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      let importsParamiko = false;
      const check = (node: Node): void => {
        if (/\bparamiko\b/.test(node.text)) importsParamiko = true;
      };
      return {
        import_statement: check,
        import_from_statement: check,
        end() {
          if (!importsParamiko) return;
          for (const call of context.analysis<CallModel>('calls').calls) {
            if (call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'exec_command') {
              context.report(meta, call.callee, 'paramiko `exec_command` runs its command through the remote shell; check that no part comes from outside input');
            }
          }
        },
      };
    },
  };
})();

/** A literal command, or a list/tuple of literals and `sys.executable` (the running interpreter). */
function isTrustedCommand(command: Node, model: CallModel): boolean {
  if (isLiteralCommand(command)) return true;
  const expr = unparenthesize(command);
  if (expr.type !== 'list' && expr.type !== 'tuple') return false;
  return expr.namedChildren.every(
    (item) => !item || item.type === 'comment' || stringLiteralValue(item, { allowBytes: true }) !== undefined || model.resolveAssumed(item) === 'sys.executable',
  );
}

export const subprocessWithoutShell: Rule = callRule({
  id: 'subprocess-without-shell', name: 'SubprocessWithoutShell', bandit: 'B603', ruff: 'S603', severity: 'LOW', confidence: 'HIGH',
  category: 'injection', cwe: [78], functions: SUBPROCESS_FUNCTIONS,
  check: (call, model) => {
    const shell = keywordValue(call.node, 'shell');
    if (shell && truthiness(shell) === true) return false;
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
  notReported: ['Calls with a true constant `shell=`: those are `subprocess-shell-true` (B602).', 'Commands that are literals (a string, or a list or tuple of strings, where `sys.executable` also counts as a literal): nothing outside the program reaches them (Ruff does the same; Bandit reports them). A literal program name that is not an absolute path is `start-process-with-partial-path`.'],
});

export const callWithShellTrue: Rule = (() => {
  const meta = securityMeta({
    id: 'call-with-shell-true', name: 'CallWithShellTrue', bandit: 'B604', ruff: 'S604', severity: 'MEDIUM', confidence: 'LOW',
    category: 'injection', cwe: [78],
    short: 'shell=True passed to a function outside subprocess',
    full: 'A function that is not one of the subprocess functions is called with shell=True; it probably runs its command through a shell, open to shell injection.',
    title: '`shell=True` passed to some other function',
    why: 'Wrappers around `subprocess` often forward `shell=True`. The command then goes through `/bin/sh`, with the same injection risk as calling `subprocess` with a shell directly.',
    example: 'run_command(f"convert {name} out.png", shell=True)',
    fix: 'Pass the command as a list and drop `shell=True`.',
    notReported: ['`subprocess` functions: those are B602/B603.', '`shell=` values that are not a true constant.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const skip = new Set(SUBPROCESS_FUNCTIONS);
          for (const call of context.analysis<CallModel>('calls').calls) {
            if (call.assumedName && skip.has(call.assumedName)) continue;
            const shell = keywordValue(call.node, 'shell');
            if (shell && truthiness(shell) === true) context.report(meta, call.callee, `${callName(call)} is called with \`shell=True\`: the command may go through a shell`);
          }
        },
      };
    },
  };
})();

function makeShellRule(literal: boolean): Rule {
  return callRule({
    id: literal ? 'start-process-with-shell-literal' : 'start-process-with-shell',
    name: literal ? 'StartProcessWithShellLiteral' : 'StartProcessWithShell',
    bandit: 'B605', ruff: 'S605', severity: literal ? 'LOW' : 'HIGH', confidence: 'HIGH', category: 'injection', cwe: [78],
    functions: SHELL_FUNCTIONS,
    check: (call) => {
      const command = argumentAt(call.node, 0);
      return command !== undefined && isLiteralCommand(command) === literal;
    },
    message: (call) =>
      literal
        ? `${callName(call)} runs a literal command through a shell: safe as written, but not if the command gains a variable part`
        : `${callName(call)} runs a command built at run time through a shell: any part from outside the program can inject shell commands`,
    short: literal ? 'a function that always uses a shell runs a literal command' : 'a function that always uses a shell runs a command built at run time',
    full: literal
      ? 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell. Here the command is a fixed literal, safe today but a shell injection as soon as it gains a variable part.'
      : 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell, and here the command is built at run time: any part of it from outside the program can inject shell commands.',
    title: literal ? 'A literal command run through a shell' : 'A command built at run time run through a shell',
    why: 'These functions pass their string to `/bin/sh -c` (or `cmd.exe`). The shell interprets spaces, quotes, `;`, `|`, `$(...)` and wildcards in everything the string contains, so values pasted into it become shell syntax.',
    example: literal ? 'import os\n\nos.system("make clean")' : 'import os\n\nos.system("rm -rf " + path)',
    fix: 'Use `subprocess.run([...])` with an argument list and no shell. If a shell is needed, quote every variable part with `shlex.quote()`.',
    notReported: ['Calls whose command is not the first positional argument (`os.popen(cmd=...)`, `*args`), as in Ruff.'],
    note: '## Why two rules\n\nBandit grades B605 high for a command built at run time and low for a literal one. Tendril reports the two as `start-process-with-shell` (high) and `start-process-with-shell-literal` (low); both answer to `B605` and `S605`.',
  });
}

export const startProcessWithShell: Rule = makeShellRule(false);
export const startProcessWithShellLiteral: Rule = makeShellRule(true);

export const startProcessWithNoShell: Rule = callRule({
  id: 'start-process-with-no-shell', name: 'StartProcessWithNoShell', bandit: 'B606', ruff: 'S606', severity: 'LOW', confidence: 'MEDIUM',
  category: 'injection', cwe: [78], functions: NO_SHELL_FUNCTIONS,
  message: (call) => `${callName(call)} starts a process: check that the program and arguments cannot come from outside input`,
  short: 'process started without a shell (os.exec*, os.spawn*, os.startfile)',
  full: 'os.exec*, os.spawn* or os.startfile start a program directly. There is no shell, but the program and arguments deserve review if any come from outside the program.',
  title: 'A process started without a shell',
  why: 'These functions run the program they are given. If its path or arguments come from outside input, that input chooses what runs; `os.startfile` opens any file with its associated application.',
  example: 'import os\n\nos.execvp(program, [program, arg])',
  fix: 'Use fixed program paths and validated arguments; prefer `subprocess.run([...])`. Dismiss once reviewed.',
  notReported: ['Functions that use a shell (`start-process-with-shell`) and `subprocess` functions (`subprocess-without-shell`).'],
});

/** True when a literal program name is not an absolute path (`/bin/ls`, `C:\\...`, `\\\\server\\...`). */
function isPartialPath(program: string): boolean {
  return !(program.startsWith('/') || program.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(program));
}

export const startProcessWithPartialPath: Rule = callRule({
  id: 'start-process-with-partial-path', name: 'StartProcessWithPartialPath', bandit: 'B607', ruff: 'S607', severity: 'LOW', confidence: 'HIGH',
  category: 'injection', cwe: [78], functions: [...SUBPROCESS_FUNCTIONS, ...SHELL_FUNCTIONS, ...NO_SHELL_FUNCTIONS],
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
  short: 'process started with a program name that is not an absolute path',
  full: 'A process is started with a literal program name that is not an absolute path, so the program is looked up through PATH; a writable directory early in PATH lets someone else\'s program run instead.',
  title: 'A process started with a partial path',
  why: 'A bare program name (`"git"`) is searched in the directories of `PATH`. If an attacker can add or write a directory that comes first there, their program runs instead of the intended one, with the program\'s privileges.',
  example: 'import subprocess\n\nsubprocess.run(["git", "status"])',
  fix: 'Use an absolute path (`/usr/bin/git`), or resolve it once with `shutil.which()` under a controlled `PATH`.',
  notReported: ['Programs given by a variable or built at run time.', 'Absolute paths (`/`, `\\\\`, or a drive letter).'],
});

const WILDCARD_COMMANDS = /^\s*(?:\S*\/)?(chown|chmod|tar|rsync)\b/;

function wildcardCommand(call: CallSite): boolean {
  const command = argumentAt(call.node, 0, 'args');
  if (!command) return false;
  const expr = unparenthesize(command);
  let text: string | undefined;
  if (expr.type === 'list' || expr.type === 'tuple') {
    const items = expr.namedChildren.filter((c) => c && c.type !== 'comment').map((c) => stringLiteralValue(c!));
    if (items.some((i) => i === undefined)) return false;
    text = items.join(' ');
  } else text = stringLiteralValue(expr);
  return text !== undefined && text.includes('*') && WILDCARD_COMMANDS.test(text);
}

export const unixCommandWildcardInjection: Rule = (() => {
  const meta = securityMeta({
    id: 'unix-command-wildcard-injection', name: 'UnixCommandWildcardInjection', bandit: 'B609', ruff: 'S609', severity: 'HIGH', confidence: 'MEDIUM',
    category: 'injection', cwe: [155],
    short: 'wildcard in a shell command for chown, chmod, tar or rsync',
    full: 'A shell command runs chown, chmod, tar or rsync with a * wildcard. The shell expands the wildcard into file names, and a file named like an option (--checkpoint-action=..., --reference=...) becomes an option of the command.',
    title: 'Wildcard injection in a shell command',
    why: 'The shell expands `*` into the names of the files present. Anyone who can create a file in that directory can name it `--checkpoint-action=exec=sh evil.sh` (tar) or `--reference=mine` (chown/chmod), and the command reads it as an option.',
    example: 'import os\n\nos.system("tar cf backup.tar *")',
    fix: 'Put `--` before the file list (`tar cf backup.tar -- *`), or build the file list in Python (`glob.glob`) and pass it as arguments without a shell.',
    notReported: ['Commands built at run time (not literals).', 'Calls without a shell (a `subprocess` call without `shell=True`).'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const call of model.callsToAssumed([...SHELL_FUNCTIONS, ...SUBPROCESS_FUNCTIONS])) {
            if (SUBPROCESS_FUNCTIONS.includes(call.assumedName!)) {
              const shell = keywordValue(call.node, 'shell');
              if (!shell || truthiness(shell) !== true) continue;
            }
            if (wildcardCommand(call)) context.report(meta, call.callee, `${callName(call)} runs a command with a wildcard that file names can turn into options`);
          }
        },
      };
    },
  };
})();
