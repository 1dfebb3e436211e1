/**
 * What the two `os.chmod` rules share (Bandit B103 / Ruff S103, split by Bandit's two severities:
 * world-writable-file-permissions and group-executable-file-permissions): the value of a constant
 * mode, the check itself, and the common documentation. It defines no rule. The mode must be a
 * constant: an integer literal, `stat.S_I*` constants, or `|`, `+`, `&` combinations of them.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { integerValue, unparenthesize } from '../../analysis/literals';
import type { Analysis, RuleContext, Visitor } from '../../engine/api';
import { callName } from './common';

const STAT: Record<string, number> = {
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ISVTX: 0o1000,
  S_ENFMT: 0o2000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
};

/** Bandit matches any function with `chmod` in its name; Ruff only `os.chmod`. Tendril follows Ruff. */
const FUNCTIONS = ['os.chmod'];

/** The integer value of a constant mode expression, or undefined. */
export function modeValue(node: Node, model: CallModel): number | undefined {
  const expr = unparenthesize(node);
  switch (expr.type) {
    case 'integer':
      return integerValue(expr);
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

/** True when a mode lets every user write the file (the "others write" bit). */
export const worldWritable = (mode: number): boolean => (mode & 0o2) !== 0;

/** True when a mode lets the file's group execute it (the "group execute" bit). */
export const groupExecutable = (mode: number): boolean => (mode & 0o10) !== 0;

/**
 * `uses` and `create` of a rule reporting `os.chmod` calls whose constant mode `selects`, on the
 * mode, with the message "<call> sets mode `0o...`, <says>".
 */
export function chmodModes(selects: (mode: number) => boolean, says: string): { uses: Analysis<unknown>[]; create(context: RuleContext): Visitor } {
  return {
    uses: [calls],
    create(context) {
      return {
        end() {
          const model = context.analysis<CallModel>(calls);
          for (const call of model.callsToAssumed(FUNCTIONS)) {
            const modeNode = argumentAt(call.node, 1, 'mode');
            if (!modeNode || modeNode.type === 'list_splat') continue;
            const mode = modeValue(modeNode, model);
            if (mode === undefined || !selects(mode)) continue;
            context.report(modeNode, `${callName(call)} sets mode \`0o${mode.toString(8)}\`, ${says}`);
          }
        },
      };
    },
  };
}

/** The aliases, grading and documentation the two rules share. */
export const CHMOD_SPEC = {
  bandit: 'B103',
  ruff: 'S103',
  confidence: 'HIGH' as const,
  category: 'files',
  cwe: [732],
  fix: 'Grant the least access needed: `0o600` for private data, `0o644` for readable files, `0o700`/`0o755` for executables owned by the program.',
  note: '## Why two rules\n\nBandit grades B103 high when the mode is world-writable and medium when it is only group-executable. A code scanning rule has one severity, so Tendril reports the two cases as `world-writable-file-permissions` (high) and `group-executable-file-permissions` (low: executing a file is not changing it); both answer to `B103` and `S103`.',
};

/** The first "not reported" lines of both rules. */
export const CHMOD_NOT_REPORTED = [
  'Modes that are not constants (a variable, a value read from configuration).',
  '`os.lchmod`, `os.fchmod` and `pathlib.Path.chmod` (only `os.chmod` is checked, as Ruff does).',
];
