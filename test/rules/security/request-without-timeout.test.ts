import { requestWithoutTimeout } from '../../../src/rules/security/request-without-timeout';
import { hits, lines } from './helpers';

describe('request-without-timeout', () => {
  test('requests without timeout, timeout=None; httpx only with None', async () => {
    const src = lines(
      'import requests as r',
      'import httpx',
      'from requests import get',
      'r.get(url)',
      'get(url, timeout=None)',
      'r.post(url, timeout=5)',
      'httpx.get(url)',
      'httpx.get(url, timeout=None)',
      'r.get(url, **kw)',
    );
    expect(await hits([requestWithoutTimeout], src)).toEqual(['request-without-timeout@4', 'request-without-timeout@5', 'request-without-timeout@8']);
  });
});
