import { trojanSource } from '../../../src/rules/security/trojan-source';
import { hits, lines } from './helpers';

describe('trojan-source', () => {
  test('trojan source characters', async () => {
    const src = lines('x = 1', 's = "abc\u202edef"', 't = "\\u202e"');
    expect(await hits([trojanSource], src)).toEqual(['trojan-source@2']);
  });
});
