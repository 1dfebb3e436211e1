import { analyzeSource } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/api';
import { inconsistentNaming, styleOf } from '../../src/rules/maintainability/inconsistent-naming';
import { invalidArgumentName } from '../../src/rules/maintainability/invalid-argument-name';
import { invalidFunctionName } from '../../src/rules/maintainability/invalid-function-name';

/** The notes of inconsistent-naming, run alone (as when the PEP 8 naming rules are off) or with `others`. */
async function report(source: string, others: Rule[] = []): Promise<string[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), [inconsistentNaming, ...others]);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings.filter((f) => f.ruleId === inconsistentNaming.meta.id).map((f) => `${f.line}:${f.column} ${f.message}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('inconsistent-naming', () => {
  test('styles', () => {
    expect(styleOf('load_config')).toBe('snake_case');
    expect(styleOf('_load_config')).toBe('snake_case');
    expect(styleOf('loadConfig')).toBe('camelCase');
    expect(styleOf('path')).toBeUndefined();
    expect(styleOf('__init__')).toBeUndefined();
    expect(styleOf('LoadConfig')).toBeUndefined();
    expect(styleOf('MAX_SIZE')).toBeUndefined();
  });

  test('a snake_case function in a camelCase module: one note, on the name, with the counts', async () => {
    const src = lines('def loadConfig(path): pass', 'def parseArgs(argv): pass', 'def writeOutput(data): pass', 'def save_state(state): pass');
    expect(await report(src)).toEqual(['4:5 `save_state` is snake_case, but 3 of the 4 function names in this module are camelCase']);
  });

  test('kinds are counted apart: methods, parameters, locals', async () => {
    const src = lines(
      'class C:',
      '    def getValue(self, keyName, max_len): pass',
      '    def setValue(self, keyName, newValue): pass',
      '    def clear_all(self): pass',
      'def run_main():',
      '    firstItem = 1',
      '    lastItem = 2',
      '    item_count = 3',
    );
    expect((await report(src)).map((r) => r.split(' ').slice(0, 2).join(' ')).sort()).toEqual(['2:33 `max_len`', '4:9 `clear_all`', '8:5 `item_count`']);
  });

  test('silent: consistent camelCase, consistent snake_case, ties', async () => {
    expect(await report(lines('def loadConfig(): pass', 'def parseArgs(): pass'))).toEqual([]);
    expect(await report(lines('def load_config(): pass', 'def parse_args(): pass'))).toEqual([]);
    expect(await report(lines('def loadConfig(): pass', 'def parse_args(): pass'))).toEqual([]);
    expect(await report(lines('def load(): pass', 'def parse(): pass', 'def loadConfig(): pass'))).toEqual([]);
  });

  test('a camelCase minority is reported too when the PEP 8 rule is off', async () => {
    expect(await report(lines('def load_config(): pass', 'def parse_args(): pass', 'def writeOutput(): pass'))).toEqual([
      '3:5 `writeOutput` is camelCase, but 2 of the 3 function names in this module are snake_case',
    ]);
  });

  test('a kind whose PEP 8 rule runs is left to it: no repeated note, no advice for the style it reports', async () => {
    const camelMajority = lines('def loadConfig(path): pass', 'def parseArgs(argv): pass', 'def writeOutput(data): pass', 'def save_state(state): pass');
    expect(await report(camelMajority, [invalidFunctionName])).toEqual([]);
    expect(await report(lines('def load_config(): pass', 'def parse_args(): pass', 'def writeOutput(): pass'), [invalidFunctionName])).toEqual([]);
    // Parameters have their own PEP 8 rule: with only the function rule on, they are still judged.
    const params = lines('def f(firstName, lastName, full_name): pass');
    expect(await report(params, [invalidFunctionName])).toEqual([
      '1:28 `full_name` is snake_case, but 2 of the 3 parameter names in this module are camelCase',
    ]);
    expect(await report(params, [invalidFunctionName, invalidArgumentName])).toEqual([]);
  });

  test("names the module did not choose are not counted: Twisted's protocol methods, unittest's hooks (issue 21, scrapy)", async () => {
    // scrapy/core/downloader/handlers/http11.py, reduced: the camelCase names are Twisted's.
    const src = lines(
      'from twisted.internet.protocol import Protocol',
      'from zope.interface import implementer',
      'from twisted.web.iweb import IBodyProducer',
      'import unittest',
      '',
      'class _ResponseReader(Protocol):',
      '    def dataReceived(self, bodyBytes): pass',
      '    def connectionLost(self, reason): pass',
      '    def _finish_response(self, flags, failure): pass',
      '',
      'class _Reader(_ResponseReader):',
      '    def connectionMade(self): pass',
      '',
      '@implementer(IBodyProducer)',
      'class _RequestBodyProducer:',
      '    def startProducing(self, consumer): pass',
      '    def pauseProducing(self): pass',
      '',
      'class Tests(unittest.TestCase):',
      '    def assertResponse(self, resp): pass',
      '',
      'class Handler:',
      '    def setUp(self): pass',
      '    def tearDown(self): pass',
      '    def download_request(self, request, spider_name): pass',
      '    def _cb_latency(self, result, start_time): pass',
    );
    expect(await report(src)).toEqual([]);
  });

  test("test helpers named in unittest's convention are not counted (scrapy's pytest classes, Django's skip decorators)", async () => {
    const src = lines(
      'class TestCookies:',
      '    def assertCookieValEqual(self, a, b): pass',
      '    def _setUp(self): pass',
      '    def test_basic(self): pass',
      '    def test_merge(self): pass',
      'def skipUnlessDBFeature(*features): pass',
      'def make_case(): pass',
      'def run_cases(): pass',
    );
    expect(await report(src)).toEqual([]);
  });

  test('a class deriving only from classes of its module, object or typing constructs chooses its names', async () => {
    const src = lines(
      'from typing import Generic',
      'class Base(object):',
      '    def getValue(self): pass',
      'class Child(Base, Generic[T]):',
      '    def setValue(self): pass',
      '    def clearValue(self): pass',
      '    def reset_all(self): pass',
    );
    expect(await report(src)).toEqual(['7:9 `reset_all` is snake_case, but 3 of the 4 method names in this module are camelCase']);
  });

  test('@override and @overload functions, and ignore-names, are not counted', async () => {
    const src = lines(
      'from typing import override',
      'class A:',
      '    @override',
      '    def getName(self): pass',
      '    @override',
      '    def getSize(self): pass',
      '    def read_all(self): pass',
      '    def writeAll(self): pass',
      '    def legacyName(self): pass',
    );
    expect(await report(src)).toEqual(['7:9 `read_all` is snake_case, but 2 of the 3 method names in this module are camelCase']);
    expect(await report(src, [])).toHaveLength(1);
    const ignoring = await analyzeSource('app.py', Buffer.from(src), [inconsistentNaming], { 'inconsistent-naming': { 'ignore-names': ['legacy*'] } });
    expect(ignoring.findings).toEqual([]);
  });
});
