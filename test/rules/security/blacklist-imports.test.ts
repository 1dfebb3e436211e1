import { BLACKLIST_IMPORT_RULES } from '../../../src/rules/security/blacklist-imports';
import { hits, lines } from './helpers';

describe('B4xx import blacklist', () => {
  test('one rule per Bandit id; B414 withdrawn', () => {
    expect(BLACKLIST_IMPORT_RULES.map((r) => r.meta.aliases[0])).toEqual([
      'B401',
      'B402',
      'B403',
      'B404',
      'B405',
      'B406',
      'B407',
      'B408',
      'B409',
      'B410',
      'B411',
      'B412',
      'B413',
      'B415',
    ]);
  });

  test('import forms', async () => {
    const src = lines(
      'import subprocess',
      'import subprocess as sp',
      'from subprocess import run',
      'import xml.etree.ElementTree as ET',
      'from xml.etree import ElementTree',
      'from xml import sax',
      'import pickle, os',
      'from wsgiref.handlers import CGIHandler',
      'from . import subprocess',
      'import subprocess32',
      'from xml.etree import something_else',
    );
    expect(await hits(BLACKLIST_IMPORT_RULES, src)).toEqual([
      'subprocess-import@1',
      'subprocess-import@2',
      'subprocess-import@3',
      'xml-etree-import@4',
      'xml-etree-import@5',
      'xml-sax-import@6',
      'pickle-import@7',
      'httpoxy-import@8',
    ]);
  });
});

test('CWE tags follow the class of flaw: XML entity attacks, an unmaintained library', () => {
  const cwe = (id: string) => BLACKLIST_IMPORT_RULES.find((r) => r.meta.id === id)!.meta.cwe;
  expect(cwe('xml-etree-import')).toEqual([776, 611]);
  expect(cwe('lxml-import')).toEqual([776, 611]);
  expect(cwe('xmlrpc-import')).toEqual([776]);
  expect(cwe('pycrypto-import')).toEqual([1104]);
  expect(cwe('pickle-import')).toEqual([502]);
});
