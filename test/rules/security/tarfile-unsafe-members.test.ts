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

describe('tarfile-unsafe-members and zipfile', () => {
  test('zipfile archives are not reported (zipfile sanitises member names itself)', async () => {
    const src = lines(
      'import tarfile',
      'import zipfile',
      'zipfile.ZipFile(p).extractall(d)',
      'with zipfile.ZipFile(p) as z:',
      '    z.extractall(d)',
      'archive = zipfile.ZipFile(p)',
      'archive.extractall()',
      '(zipfile.PyZipFile(p)).extractall()',
      'if (zz := zipfile.ZipFile(p)):',
      '    zz.extractall()',
    );
    expect(await hits([tarfileUnsafeMembers], src)).toEqual([]);
  });

  test('through an alias of the class', async () => {
    const src = lines('import tarfile', 'from zipfile import ZipFile as Z', 'def f(p):', '    with Z(p) as z:', '        z.extractall()');
    expect(await hits([tarfileUnsafeMembers], src)).toEqual([]);
  });

  test('tar archives, and names that may hold one, are still reported', async () => {
    const src = lines(
      'import tarfile',
      'import zipfile',
      'with tarfile.open(p) as t:',
      '    t.extractall(d)',
      'a = zipfile.ZipFile(p) if zip_ else tarfile.open(p)',
      'a.extractall()',
      'b = zipfile.ZipFile(p)',
      'b = tarfile.open(p)',
      'b.extractall()',
      'def f(archive):',
      '    archive.extractall()',
      'zipfile.ZipFile(p).open(n).extractall()',
    );
    expect(await hits([tarfileUnsafeMembers], src)).toEqual([
      'tarfile-unsafe-members@4',
      'tarfile-unsafe-members@6',
      'tarfile-unsafe-members@9',
      'tarfile-unsafe-members@11',
      'tarfile-unsafe-members@12',
    ]);
  });
});
