import { groupExecutableFilePermissions } from '../../../src/rules/security/group-executable-file-permissions';
import { worldWritableFilePermissions } from '../../../src/rules/security/world-writable-file-permissions';
import { hits, lines } from './helpers';

const RULES = [worldWritableFilePermissions, groupExecutableFilePermissions];

describe('file permissions (B103 split)', () => {
  test('integer literals and stat constants through aliases', async () => {
    const src = lines(
      'import os, stat',
      'from os import chmod as ch',
      'os.chmod(p, 0o777)',
      'ch(p, 0o750)',
      'os.chmod(p, stat.S_IRWXU | stat.S_IWOTH)',
      'os.chmod(p, mode=stat.S_IXGRP)',
      'os.chmod(p, 0o644)',
      'os.chmod(p, 0o600)',
      'os.chmod(p, mode)',
      'os.chmod(p, 511)',
    );
    expect(await hits(RULES, src)).toEqual([
      'world-writable-file-permissions@3',
      'group-executable-file-permissions@4',
      'world-writable-file-permissions@5',
      'group-executable-file-permissions@6',
      'world-writable-file-permissions@10',
    ]);
  });
});
