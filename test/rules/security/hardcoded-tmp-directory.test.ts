import { hardcodedTmpDirectory } from '../../../src/rules/security/hardcoded-tmp-directory';
import { hits, lines } from './helpers';

describe('hardcoded-tmp-directory', () => {
  test('literals', async () => {
    const src = lines(
      's.bind(("0.0.0.0", 80))',
      'host = "0.0.0." "0"',
      'x = "0.0.0.1"',
      'open("/tmp/x")',
      'p = "/var/tmp/y"',
      'q = "/dev/shm/z"',
      'r = "/tmpfoo"',
      's = "/home/tmp"',
    );
    expect(await hits([hardcodedTmpDirectory], src)).toEqual([
      'hardcoded-tmp-directory@4',
      'hardcoded-tmp-directory@5',
      'hardcoded-tmp-directory@6',
      'hardcoded-tmp-directory@7',
    ]);
  });
});
