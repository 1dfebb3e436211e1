import { assertUsed } from '../../../src/rules/security/assert-used';
import { hits, lines } from './helpers';

describe('assert-used', () => {
  test('assert statements', async () => {
    const src = lines('assert x', 'exec("1")', 'import builtins', 'builtins.exec(code)', 'from builtins import exec as run', 'run(code)');
    expect(await hits([assertUsed], src)).toEqual(['assert-used@1']);
  });
});
