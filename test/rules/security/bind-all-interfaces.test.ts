import { bindAllInterfaces } from '../../../src/rules/security/bind-all-interfaces';
import { hits, lines } from './helpers';

describe('bind-all-interfaces', () => {
  test('literals, implicit concatenations included', async () => {
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
    expect(await hits([bindAllInterfaces], src)).toEqual(['bind-all-interfaces@1', 'bind-all-interfaces@2']);
  });
});
