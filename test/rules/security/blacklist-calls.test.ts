import { BLACKLIST_CALL_RULES } from '../../../src/rules/security/blacklist-calls';
import { checkMeta, hits, lines } from './helpers';

const byId = (id: string) => BLACKLIST_CALL_RULES.find((r) => r.meta.id === id)!;

describe('B3xx call blacklist', () => {
  test('one rule per Bandit id with its Ruff code; B309 and B322 withdrawn', () => {
    const bandit = BLACKLIST_CALL_RULES.map((r) => r.meta.aliases[0]);
    expect(new Set(bandit).size).toBe(bandit.length);
    expect(bandit.sort()).toEqual(
      ['B301', 'B302', 'B303', 'B304', 'B305', 'B306', 'B307', 'B308', 'B310', 'B311', 'B312', 'B313', 'B314', 'B315', 'B316', 'B317', 'B318', 'B319', 'B320', 'B321', 'B323', 'B324'].sort(),
    );
    checkMeta(byId('pickle-deserialization'), ['B301', 'S301'], 'MEDIUM', 'HIGH');
    checkMeta(byId('insecure-cipher'), ['B304', 'S304'], 'HIGH', 'HIGH');
    checkMeta(byId('non-cryptographic-random'), ['B311', 'S311'], 'LOW', 'HIGH');
    checkMeta(byId('telnet-usage'), ['B312', 'S312'], 'HIGH', 'HIGH');
    checkMeta(byId('lxml-etree-parse'), ['B320'], 'MEDIUM', 'HIGH');
    checkMeta(byId('insecure-hashlib-function'), ['B324', 'S324'], 'HIGH', 'HIGH');
    for (const rule of BLACKLIST_CALL_RULES) checkMeta(rule, rule.meta.aliases, rule.meta.securitySeverity === 8 ? 'HIGH' : rule.meta.securitySeverity === 5.5 ? 'MEDIUM' : 'LOW', 'HIGH');
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

  test('hashlib: usedforsecurity=False and strong hashes are not alerts', async () => {
    const src = lines(
      'import hashlib',
      'from hashlib import md5 as m',
      'hashlib.md5(data)',
      'm(data)',
      'hashlib.new("SHA1")',
      'hashlib.md5(data, usedforsecurity=False)',
      'hashlib.new("md5", usedforsecurity=False)',
      'hashlib.sha256(data)',
      'hashlib.new("sha256")',
      'hashlib.new(name)',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual(['insecure-hashlib-function@3', 'insecure-hashlib-function@4', 'insecure-hashlib-function@5']);
  });
});
