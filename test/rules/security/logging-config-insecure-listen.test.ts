import { loggingConfigInsecureListen } from '../../../src/rules/security/logging-config-insecure-listen';
import { hits, lines } from './helpers';

describe('logging-config-insecure-listen', () => {
  test('logging.config.listen', async () => {
    const src = lines('import logging.config', 'from logging.config import listen as l', 'logging.config.listen(9999)', 'l(0, verify=check)');
    expect(await hits([loggingConfigInsecureListen], src)).toEqual(['logging-config-insecure-listen@3']);
  });
});
