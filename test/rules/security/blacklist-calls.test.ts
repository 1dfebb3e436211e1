import { BLACKLIST_CALL_RULES } from '../../../src/rules/security/blacklist-calls';
import { hits, lines } from './helpers';

describe('B3xx call blacklist', () => {
  test('one rule per Bandit id; B309 and B322 withdrawn, B324 a rule of its own', () => {
    const bandit = BLACKLIST_CALL_RULES.map((r) => r.meta.aliases[0]);
    expect(new Set(bandit).size).toBe(bandit.length);
    expect(bandit.sort()).toEqual(
      [
        'B301',
        'B302',
        'B303',
        'B304',
        'B305',
        'B306',
        'B307',
        'B308',
        'B310',
        'B311',
        'B312',
        'B313',
        'B314',
        'B315',
        'B316',
        'B317',
        'B318',
        'B319',
        'B320',
        'B321',
        'B323',
      ].sort(),
    );
  });

  test('deserialization, eval, mktemp, random, telnet, ftp, through aliases', async () => {
    const src = lines(
      'import pickle as p',
      'from marshal import loads as ml',
      'import tempfile, random, telnetlib, ftplib',
      'p.loads(b)',
      'ml(b)',
      'eval(s)',
      'tempfile.mktemp()',
      'random.choice(xs)',
      'telnetlib.Telnet(h)',
      'ftplib.FTP(h)',
      'p.dumps(x)',
      'tempfile.mkstemp()',
      'model.eval()',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual([
      'pickle-deserialization@4',
      'marshal-deserialization@5',
      'eval-used@6',
      'insecure-mktemp@7',
      'non-cryptographic-random@8',
      'telnet-usage@9',
      'ftp-usage@10',
    ]);
  });

  test('xml parsers, crypto, urlopen, unverified context', async () => {
    const src = lines(
      'import xml.etree.ElementTree as ET',
      'from xml.dom import minidom',
      'from Crypto.Cipher import DES',
      'from cryptography.hazmat.primitives.ciphers import modes',
      'import urllib.request, ssl',
      'ET.parse(f)',
      'minidom.parseString(s)',
      'DES.new(k)',
      'modes.ECB()',
      'urllib.request.urlopen(url)',
      'urllib.request.urlopen("https://example.org")',
      'ssl._create_unverified_context()',
      'def f():',
      '    u = "http://example.org/x"',
      '    return urllib.request.urlopen(u)',
      'urllib.request.urlopen(f"https://{host}/x")',
      'urllib.request.urlopen(f"{scheme}://{host}/x")',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual([
      'xml-etree-elementtree-parse@6',
      'xml-dom-minidom-parse@7',
      'insecure-cipher@8',
      'insecure-cipher-mode@9',
      'url-open-any-scheme@10',
      'ssl-unverified-context@12',
      'url-open-any-scheme@17',
    ]);
  });
});
