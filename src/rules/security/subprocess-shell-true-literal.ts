/**
 * Bandit B602 / Ruff S602, LOW: a `subprocess` function run with `shell=True` and a literal
 * command (commands.ts says what is literal). The same call with a command built at run time is
 * `subprocess-shell-true`, whose file gives the semantics both rules share.
 */
import { calls } from '../../analysis/calls';
import { taint } from '../../analysis/taint';
import { callName, securityRule } from './common';
import { describeShell, isLiteralCommand, subprocessShellCalls } from './commands';
import { decideGroups } from './run-time';

/** B602, LOW: `shell=True` with a literal command. */
export const subprocessShellTrueLiteral = securityRule({
  id: 'subprocess-shell-true-literal',
  name: 'SubprocessShellTrueLiteral',
  bandit: 'B602',
  ruff: 'S602',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'shell-literal' },
  category: 'injection',
  cwe: [78],
  short: 'A subprocess call runs a literal command through a shell (shell=True, or a shell known only at run time)',
  full:
    'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True ' +
    '(or a shell= value known only at run time) and a fixed literal command. It is safe as written, but the shell stays in place if the command ' +
    'later gains a variable part, which would turn the call into a shell injection. Passing an argument ' +
    'list without a shell removes the risk.',
  title: 'A `subprocess` call runs a literal command through a shell',
  why: `\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is a fixed string, so nothing outside the program
can change it today, and the call is not exploitable as written.

It is still reported, with a low severity, because the shell stays in place when the code
changes: the day someone adds a file name, a branch name or a user's input to that string, every
space, quote, \`;\`, \`|\`, \`$(...)\` and \`*\` in the value is interpreted by the shell, and the
call becomes a shell injection (CWE-78) without anything else in the line changing. The shell
also costs an extra process and makes the command depend on the platform's shell.

A \`shell=\` whose value is known only at run time (\`shell=use_shell\`, or \`shell\` passed in
\`**kwargs\`) is reported the same way: the command may go through a shell.`,
  example: `import subprocess

subprocess.run("git status --porcelain", shell=True)`,
  fix: `Pass the command as a list of arguments and drop \`shell=True\` (\`shell=False\` is the default).
The program is then started directly: each list item reaches it as one argument, exactly as
given, and no shell ever interprets it.`,
  fixed: `import subprocess

subprocess.run(["git", "status", "--porcelain"])`,
  notReported: [
    '`shell=False`, `shell=None`, `shell=0`, an empty literal such as `shell=[]`, or no `shell` argument ' +
      'and no `**kwargs` that may hold one (`**{"check": True}` holds none).',
    'Calls whose function is not surely one of `subprocess.Popen`, `call`, `check_call`, ' +
      "`check_output` and `run`: the name is resolved through the file's imports (`import subprocess " +
      'as sp`, `from subprocess import Popen as P` are followed, and a name imported in alternatives ' +
      'counts when every alternative is one of them), and a call through a name that was rebound to something else is left alone.',
    'Commands built at run time, or passed only inside `**kwargs`: those are `subprocess-shell-true`, unless the data-flow analysis proves them constant wherever the call runs (`cmd = "git status"` then `subprocess.run(cmd, shell=True)`): those are reported here (docs/severity.md).',
    'Functions that always use a shell (`os.system`, `subprocess.getoutput`) and `shell=True` on ' +
      'functions outside `subprocess`: those are other checks (Bandit B605, B604).',
  ],
  note: `## Replacing shell features

Shell features have plain-Python replacements: a pipe is two \`subprocess\` calls (or
\`input=\`/\`stdout=\` arguments), a redirection is \`stdout=open(path, "wb")\`, a wildcard is
\`glob.glob()\`, \`~\` and \`$HOME\` are \`os.path.expanduser()\`/\`os.environ\`, \`cd dir &&\` is
\`cwd="dir"\`. Where a shell is really needed, quote every value that is not fixed with
\`shlex.quote()\` (POSIX shells only; it does not protect \`cmd.exe\`):

\`\`\`python
import shlex
import subprocess

subprocess.run(f"du -sh -- {shlex.quote(path)} | sort -h", shell=True, check=True)
\`\`\`

## Why two rules

Bandit grades this check by the command: high severity when it is built at run time, low when it
is a fixed literal. A code scanning rule carries a single severity, so Tendril reports the two
cases as \`subprocess-shell-true\` (built at run time, medium: a command built at run time is not
yet a command built from outside input; \`command-injection\` reports a proven flow) and
\`subprocess-shell-true-literal\` (literal, low). A command is literal when it is a string (or bytes) literal without
interpolation, a concatenation of such literals, or a list or tuple made only of them. Both answer to Bandit's \`B602\` and Ruff's \`S602\`, so selecting or ignoring
either code covers both.`,
  runTime: { sinkClass: 'command', role: 'literal' },
  uses: [calls, taint],
  create(context) {
    return {
      end() {
        const found = subprocessShellCalls(context.analysis(calls)).filter(({ command }) => command !== undefined);
        // Commands not written as literals: reported here when the data-flow analysis proves them constant.
        const built = found.filter(({ command }) => !isLiteralCommand(command!));
        const verdicts = decideGroups(
          context,
          built.map(({ command }) => [command!]),
          'command',
        );
        const constant = new Set(built.filter((_, i) => verdicts[i] === 'constant').map(({ call }) => call.node.id));
        for (const { call, shell, command } of found) {
          const literal = isLiteralCommand(command!);
          if (!literal && !constant.has(call.node.id)) continue;
          context.report(
            call.callee,
            `${callName(call)} ${shell.kind === 'true' ? 'runs' : 'may run'} ${literal ? 'a literal command' : 'a command made only of literals'} through a shell (${describeShell(shell)}): safe as written, ` +
              'but it becomes a shell injection if the command ever includes outside input; pass an argument list instead',
          );
        }
      },
    };
  },
});
