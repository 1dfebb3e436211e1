/** Bandit B601 / Ruff S601: paramiko's `exec_command`, which runs a string through the remote shell. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { securityRule } from './common';

export const paramikoExecCommand = securityRule({
  id: 'paramiko-exec-command',
  name: 'ParamikoExecCommand',
  bandit: 'B601',
  ruff: 'S601',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: { evidence: 'pattern', family: 'shell-command' },
  category: 'injection',
  cwe: [78],
  short: 'The paramiko method exec_command runs a command through the remote shell',
  full: "A paramiko exec_command call: the command string is interpreted by the remote host's shell, so any part built from outside input can inject commands there.",
  title: "A command run through paramiko's `exec_command`",
  why: "`exec_command` sends a string to the SSH server, which runs it with the user's login shell. Values pasted into it are parsed by that shell: `;`, `|` and `$(...)` in them run commands on the remote host.",
  example: 'import paramiko\n\nclient.exec_command(f"ls {directory}")',
  fix: 'Quote every variable part with `shlex.quote()`, or avoid the shell (SFTP for file operations).',
  fixed: 'import paramiko\n\nsftp = client.open_sftp()\nnames = sftp.listdir(directory)',
  notReported: ['`exec_command` calls in files that do not import `paramiko`.'],
  uses: [calls],
  create(context) {
    let importsParamiko = false;
    const check = (node: Node): void => {
      if (/\bparamiko\b/.test(node.text)) importsParamiko = true;
    };
    return {
      import_statement: check,
      import_from_statement: check,
      end() {
        if (!importsParamiko) return;
        for (const call of context.analysis(calls).calls) {
          if (call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'exec_command') {
            context.report(call.callee, 'paramiko `exec_command` runs its command through the remote shell; check that no part comes from outside input');
          }
        }
      },
    };
  },
});
