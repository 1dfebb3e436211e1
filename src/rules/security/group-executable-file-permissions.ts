/** Bandit B103 / Ruff S103 (Bandit: medium; Tendril: low): `os.chmod` with a constant mode that makes the file group-executable. */
import { securityRule } from './common';
import { CHMOD_NOT_REPORTED, CHMOD_SPEC, chmodModes, groupExecutable, worldWritable } from './file-modes';
import { SECURITY_SEVERITY } from '../severity';

export const groupExecutableFilePermissions = securityRule({
  ...CHMOD_SPEC,
  id: 'group-executable-file-permissions',
  name: 'GroupExecutableFilePermissions',
  severity: 'MEDIUM',
  grading: {
    evidence: 'pattern',
    family: 'file-permissions',
    score: SECURITY_SEVERITY.LOW,
    why: 'executing a file is not changing it, and `0o755`, the usual mode of scripts and directories, is group-executable: the mode alone rarely harms anything.',
  },
  short: 'Call to os.chmod makes a file executable by its group',
  full: "os.chmod is called with a constant mode that lets the file's group execute it, wider than most files need.",
  title: 'A group-executable file mode',
  why: 'A mode with the "group execute" bit (`0o010`) lets every member of the file\'s group run it. For data files and most scripts this is wider than needed, and it often comes with other broad bits.',
  example: 'import os\n\nos.chmod(path, 0o750)',
  fixed: 'import os\n\nos.chmod(path, 0o700)',
  notReported: [...CHMOD_NOT_REPORTED, 'Modes without the group-execute bit (world-writable modes are `world-writable-file-permissions`).'],
  // A world-writable mode is reported by the high-severity rule only.
  ...chmodModes((mode) => groupExecutable(mode) && !worldWritable(mode), 'executable by the group'),
});
