/** Bandit B103 / Ruff S103, high severity: `os.chmod` with a constant mode that makes the file world-writable. */
import { securityRule } from './common';
import { CHMOD_NOT_REPORTED, CHMOD_SPEC, chmodModes, worldWritable } from './file-modes';

export const worldWritableFilePermissions = securityRule({
  ...CHMOD_SPEC,
  id: 'world-writable-file-permissions',
  name: 'WorldWritableFilePermissions',
  severity: 'HIGH',
  grading: { evidence: 'configuration', family: 'file-permissions' },
  short: 'Call to os.chmod makes a file world-writable',
  full: 'os.chmod is called with a constant mode that lets every user of the machine write the file: anyone can replace its contents.',
  title: 'A world-writable file mode',
  why: 'A mode with the "others write" bit (`0o002`, as in `0o777` or `0o666`) lets every local user modify the file. If the program later reads, imports or executes it, another user controls what it does.',
  example: 'import os\n\nos.chmod("deploy.sh", 0o777)',
  fixed: 'import os\n\nos.chmod("deploy.sh", 0o700)',
  notReported: [...CHMOD_NOT_REPORTED, 'Modes without the others-write bit.'],
  ...chmodModes(worldWritable, 'writable by every user'),
});
