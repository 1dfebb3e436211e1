/** Bandit B609 / Ruff S609: a wildcard in a shell command for chown/chmod/tar/rsync (option injection). */
import { calls, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { callName, securityRule } from './common';
import { SHELL_FUNCTIONS, SUBPROCESS_FUNCTIONS } from './apis';
import { trueShell } from './commands';
import { PATTERN_HIGH, PRECISION_STEP } from '../severity';

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

export const unixCommandWildcardInjection = securityRule({
  id: 'unix-command-wildcard-injection',
  name: 'UnixCommandWildcardInjection',
  bandit: 'B609',
  ruff: 'S609',
  severity: 'HIGH',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'pattern',
    family: 'wildcard-injection',
    score: PATTERN_HIGH - PRECISION_STEP,
    why: 'an attacker needs to create files with option-like names in the directory the command runs in, which the rule does not see; a medium-precision pattern, one step below the high-precision patterns Bandit grades high.',
  },
  category: 'injection',
  cwe: [155],
  short: 'Wildcard in a shell command for chown, chmod, tar or rsync',
  full: 'A shell command runs chown, chmod, tar or rsync with a * wildcard. The shell expands the wildcard into file names, and a file named like an option (--checkpoint-action=..., --reference=...) becomes an option of the command.',
  title: 'Wildcard injection in a shell command',
  why: 'The shell expands `*` into the names of the files present. Anyone who can create a file in that directory can name it `--checkpoint-action=exec=sh evil.sh` (tar) or `--reference=mine` (chown/chmod), and the command reads it as an option.',
  example: 'import os\n\nos.system("tar cf backup.tar *")',
  fix: 'Put `--` before the file list (`tar cf backup.tar -- *`), or build the file list in Python (`glob.glob`) and pass it as arguments without a shell.',
  fixed: 'import glob\nimport subprocess\n\nsubprocess.run(["tar", "cf", "backup.tar", "--", *glob.glob("*")])',
  notReported: ['Commands built at run time (not literals).', 'Calls without a shell (a `subprocess` call without `shell=True`).'],
  uses: [calls],
  create(context) {
    return {
      end() {
        const model = context.analysis(calls);
        for (const call of model.callsToAssumed([...SHELL_FUNCTIONS, ...SUBPROCESS_FUNCTIONS])) {
          if (SUBPROCESS_FUNCTIONS.includes(call.assumedName!) && !trueShell(call)) continue;
          if (wildcardCommand(call)) context.report(call.callee, `${callName(call)} runs a command with a wildcard that file names can turn into options`);
        }
      },
    };
  },
});
