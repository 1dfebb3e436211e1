import { tarfileUnsafeMembers } from '../../../src/rules/security/tarfile-unsafe-members';
import { hits, lines } from './helpers';

describe('tarfile-unsafe-members', () => {
  test('extractall without a safe filter, in a file that imports tarfile', async () => {
    const src = lines(
      'import tarfile',
      't = tarfile.open(p)',
      't.extractall()',
      't.extractall(path, filter="data")',
      't.extractall(filter="tar")',
      't.extractall(filter="fully_trusted")',
    );
    expect(await hits([tarfileUnsafeMembers], src)).toEqual(['tarfile-unsafe-members@3', 'tarfile-unsafe-members@6']);
    expect(await hits([tarfileUnsafeMembers], lines('import zipfile', 'z.extractall()'))).toEqual([]);
  });
});
