/**
 * Bandit B103 / Ruff S103: `os.chmod` with a permissive mode. Bandit grades it HIGH when the mode
 * makes the file world-writable and MEDIUM when it only makes it group-executable, so there are two
 * rules. The mode must be a constant: an integer literal, `stat.S_I*` constants, or `|`, `+`, `&`
 * combinations of them.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { argumentAt, calls, unparenthesize, type CallModel } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, securityMeta } from './common';

const STAT: Record<string, number> = {
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ISVTX: 0o1000, S_ENFMT: 0o2000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
};

/** Bandit matches any function with `chmod` in its name; Ruff only `os.chmod`. Tendril follows Ruff. */
const FUNCTIONS = ['os.chmod'];

/** The integer value of a constant mode expression, or undefined. */
export function modeValue(node: Node, model: CallModel): number | undefined {
  const expr = unparenthesize(node);
  switch (expr.type) {
    case 'integer': {
      const t = expr.text.replace(/_/g, '').toLowerCase();
      if (t.endsWith('j') || t.endsWith('l')) return undefined;
      const v = t.startsWith('0o') ? parseInt(t.slice(2), 8) : t.startsWith('0x') ? parseInt(t.slice(2), 16) : t.startsWith('0b') ? parseInt(t.slice(2), 2) : Number(t);
      return Number.isFinite(v) ? v : undefined;
    }
    case 'identifier':
    case 'attribute': {
      const q = model.resolveAssumed(expr);
      if (q && q.startsWith('stat.') && q.slice(5) in STAT) return STAT[q.slice(5)];
      return undefined;
    }
    case 'binary_operator': {
      const op = expr.childForFieldName('operator')?.type;
      const l = expr.childForFieldName('left');
      const r = expr.childForFieldName('right');
      const a = l ? modeValue(l, model) : undefined;
      const b = r ? modeValue(r, model) : undefined;
      if (a === undefined || b === undefined) return undefined;
      if (op === '|') return a | b;
      if (op === '&') return a & b;
      if (op === '+') return a + b;
      if (op === '^') return a ^ b;
      return undefined;
    }
    default:
      return undefined;
  }
}

function makeRule(world: boolean): Rule {
  const meta = securityMeta({
    id: world ? 'world-writable-file-permissions' : 'group-executable-file-permissions',
    name: world ? 'WorldWritableFilePermissions' : 'GroupExecutableFilePermissions',
    bandit: 'B103', ruff: 'S103', severity: world ? 'HIGH' : 'MEDIUM', confidence: 'HIGH',
    category: 'files', cwe: [732],
    short: world ? 'os.chmod makes a file world-writable' : 'os.chmod makes a file executable by its group',
    full: world
      ? 'os.chmod is called with a constant mode that lets every user of the machine write the file: anyone can replace its contents.'
      : 'os.chmod is called with a constant mode that lets the file\'s group execute it, wider than most files need.',
    title: world ? 'A world-writable file mode' : 'A group-executable file mode',
    why: world
      ? 'A mode with the "others write" bit (`0o002`, as in `0o777` or `0o666`) lets every local user modify the file. If the program later reads, imports or executes it, another user controls what it does.'
      : 'A mode with the "group execute" bit (`0o010`) lets every member of the file\'s group run it. For data files and most scripts this is wider than needed, and it often comes with other broad bits.',
    example: world ? 'import os\n\nos.chmod("deploy.sh", 0o777)' : 'import os\n\nos.chmod(path, 0o750)',
    fix: 'Grant the least access needed: `0o600` for private data, `0o644` for readable files, `0o700`/`0o755` for executables owned by the program.',
    notReported: [
      'Modes that are not constants (a variable, a value read from configuration).',
      '`os.lchmod`, `os.fchmod` and `pathlib.Path.chmod` (only `os.chmod` is checked, as Ruff does).',
      `Modes without the ${world ? 'others-write bit' : 'group-execute bit (world-writable modes are `world-writable-file-permissions`)'}.`,
    ],
    note: '## Why two rules\n\nBandit grades B103 high when the mode is world-writable and medium when it is only group-executable. A code scanning rule has one severity, so Tendril reports the two cases as `world-writable-file-permissions` (high) and `group-executable-file-permissions` (medium); both answer to `B103` and `S103`.',
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const call of model.callsToAssumed(FUNCTIONS)) {
            const modeNode = argumentAt(call.node, 1, 'mode');
            if (!modeNode || modeNode.type === 'list_splat') continue;
            const mode = modeValue(modeNode, model);
            if (mode === undefined) continue;
            const worldWritable = (mode & 0o2) !== 0;
            const groupExec = (mode & 0o10) !== 0;
            if (world ? !worldWritable : worldWritable || !groupExec) continue;
            context.report(meta, modeNode, `${callName(call)} sets mode \`0o${mode.toString(8)}\`, ${world ? 'writable by every user' : 'executable by the group'}`);
          }
        },
      };
    },
  };
}

export const worldWritableFilePermissions: Rule = makeRule(true);
export const groupExecutableFilePermissions: Rule = makeRule(false);
