import { BLACKLIST_CALL_RULES } from '../../../src/rules/security/blacklist-calls';
import { findings, hits, lines } from './helpers';

describe('B3xx call blacklist', () => {
  test('one rule per Bandit id (B304 split into broken and legacy ciphers); B309 and B322 withdrawn, B324 a rule of its own', () => {
    const bandit = BLACKLIST_CALL_RULES.map((r) => r.meta.aliases[0]);
    expect(BLACKLIST_CALL_RULES.filter((r) => r.meta.aliases[0] === 'B304').map((r) => r.meta.id)).toEqual(['insecure-cipher', 'legacy-cipher']);
    expect([...new Set(bandit)].sort()).toEqual(
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

describe('B3xx: issue 19 cases', () => {
  const rule = (id: string) => BLACKLIST_CALL_RULES.find((r) => r.meta.id === id)!;

  test('a name imported in try/except alternatives is reported when every alternative is a sink', async () => {
    const src = lines(
      'try:',
      '    import cPickle as pickle',
      'except ImportError:',
      '    import pickle',
      'pickle.loads(x)',
      'try:',
      '    from cPickle import loads',
      'except ImportError:',
      '    from json import loads',
      'loads(x)',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual(['pickle-deserialization@5']);
    const [finding] = await findings([rule('pickle-deserialization')], src);
    expect(finding.message).toMatch(/^`pickle\.loads` \(`cPickle\.loads` or `pickle\.loads`\) deserializes with pickle/);
  });

  test('eval of a literal string and a pickle round trip are not reported', async () => {
    const src = lines(
      'import pickle, marshal, dill',
      'eval("1 + 2")',
      'eval(b"[1]")',
      'eval(f"{x} + 1")',
      'eval("1 + " + x)',
      'pickle.loads(pickle.dumps(x))',
      'pickle.loads(dill.dumps(x, protocol=4))',
      'marshal.loads(marshal.dumps(code))',
      'pickle.loads(blob.dumps(x))',
      'pickle.loads(json.dumps(x))',
      'pickle.loads(x)',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual([
      'eval-used@4',
      'eval-used@5',
      'pickle-deserialization@9',
      'pickle-deserialization@10',
      'pickle-deserialization@11',
    ]);
  });

  test('random.getrandbits, random.sample and random.randbytes are non-cryptographic random (Bandit 1.9)', async () => {
    const src = lines(
      'import random',
      'random.getrandbits(128)',
      'random.sample(xs, 3)',
      'random.randbytes(16)',
      'random.SystemRandom().getrandbits(128)',
      'random.shuffle(xs)',
    );
    expect(await hits([rule('non-cryptographic-random')], src)).toEqual([
      'non-cryptographic-random@2',
      'non-cryptographic-random@3',
      'non-cryptographic-random@4',
    ]);
  });

  test('CWE tags follow the class of flaw', () => {
    const cwe = (id: string) => rule(id).meta.cwe;
    expect(cwe('eval-used')).toEqual([94, 95]);
    expect(cwe('non-cryptographic-random')).toEqual([338]);
    expect(cwe('insecure-hash-function')).toEqual([327, 328]);
    expect(cwe('xml-etree-elementtree-parse')).toEqual([776, 611]);
    expect(cwe('pickle-deserialization')).toEqual([502]);
    // MD5 and SHA-1 from crypto libraries stay medium, as insecure-hashlib-function now is.
    expect(rule('insecure-hash-function').meta.securitySeverity).toBeLessThan(7);
  });
});

describe('B304, B321: what the rules claim, and at what score', () => {
  const rule = (id: string) => BLACKLIST_CALL_RULES.find((r) => r.meta.id === id)!;

  test('broken ciphers are insecure-cipher (high); legacy ciphers without a practical break are legacy-cipher (medium)', async () => {
    const src = lines(
      'from Crypto.Cipher import DES, ARC4, Blowfish',
      'from cryptography.hazmat.primitives.ciphers import algorithms',
      'from cryptography.hazmat.decrepit.ciphers import algorithms as old',
      'DES.new(key, DES.MODE_CBC, iv)',
      'ARC4.new(key)',
      'algorithms.ARC4(key)',
      'old.ARC4(key)',
      'Blowfish.new(key, Blowfish.MODE_CBC, iv)',
      'algorithms.TripleDES(key)',
      'old.CAST5(key)',
      'algorithms.SEED(key)',
      'algorithms.AES(key)',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual([
      'insecure-cipher@4',
      'insecure-cipher@5',
      'insecure-cipher@6',
      'insecure-cipher@7',
      'legacy-cipher@8',
      'legacy-cipher@9',
      'legacy-cipher@10',
      'legacy-cipher@11',
    ]);
    expect(rule('insecure-cipher').meta.securitySeverity).toBe(8.0);
    expect(rule('legacy-cipher').meta.securitySeverity).toBe(5.5);
  });

  test('FTP over TLS, the fix the help gives, is not plain FTP', async () => {
    const src = lines(
      'import ftplib',
      'from ftplib import FTP_TLS',
      'ftplib.FTP(host)',
      'ftps = ftplib.FTP_TLS(host)',
      'FTP_TLS(host).prot_p()',
      'ftplib.FTP_TLS.login(x)',
    );
    expect(await hits(BLACKLIST_CALL_RULES, src)).toEqual(['ftp-usage@3']);
  });

  test('clear-text protocols are patterns (medium); an unverified SSL context is verification turned off (high)', () => {
    for (const id of ['telnet-usage', 'ftp-usage']) expect(rule(id).meta).toMatchObject({ securitySeverity: 6.5, grading: { evidence: 'pattern' } });
    expect(rule('ssl-unverified-context').meta).toMatchObject({ securitySeverity: 8.0, grading: { evidence: 'configuration', family: 'peer-authentication' } });
  });
});
