import {
  assertUsed,
  bindAllInterfaces,
  execUsed,
  flaskDebugTrue,
  hardcodedTmpDirectory,
  requestWithoutTimeout,
  tarfileUnsafeMembers,
  tryExceptContinue,
  tryExceptPass,
} from '../../../src/rules/security/general';
import { checkMeta, hits, lines } from './helpers';

describe('general checks: metadata', () => {
  test('aliases and grading', () => {
    checkMeta(assertUsed, ['B101', 'S101'], 'LOW', 'HIGH');
    checkMeta(execUsed, ['B102', 'S102'], 'MEDIUM', 'HIGH');
    checkMeta(bindAllInterfaces, ['B104', 'S104'], 'MEDIUM', 'MEDIUM');
    checkMeta(hardcodedTmpDirectory, ['B108', 'S108'], 'MEDIUM', 'MEDIUM');
    checkMeta(tryExceptPass, ['B110', 'S110'], 'LOW', 'HIGH');
    checkMeta(tryExceptContinue, ['B112', 'S112'], 'LOW', 'HIGH');
    checkMeta(requestWithoutTimeout, ['B113', 'S113'], 'MEDIUM', 'LOW');
    checkMeta(flaskDebugTrue, ['B201', 'S201'], 'HIGH', 'MEDIUM');
    checkMeta(tarfileUnsafeMembers, ['B202', 'S202'], 'HIGH', 'HIGH');
  });
});

describe('assert-used / exec-used', () => {
  test('assert statements and the builtin exec, through aliases', async () => {
    const src = lines('assert x', 'exec("1")', 'import builtins', 'builtins.exec(code)', 'from builtins import exec as run', 'run(code)');
    expect(await hits([assertUsed, execUsed], src)).toEqual(['assert-used@1', 'exec-used@2', 'exec-used@4', 'exec-used@6']);
  });
  test('a local exec or a method named exec is not the builtin; a star import does not hide it', async () => {
    expect(await hits([execUsed], lines('cursor.exec("x")', 'def exec(x): pass', 'exec("y")'))).toEqual([]);
    expect(await hits([execUsed], lines('from tkinter import *', 'exec(code)'))).toEqual(['exec-used@2']);
  });
});

describe('bind-all-interfaces / hardcoded-tmp-directory', () => {
  test('literals', async () => {
    const src = lines('s.bind(("0.0.0.0", 80))', 'host = "0.0.0." "0"', 'x = "0.0.0.1"', 'open("/tmp/x")', 'p = "/var/tmp/y"', 'q = "/dev/shm/z"', 'r = "/tmpfoo"', 's = "/home/tmp"');
    expect(await hits([bindAllInterfaces, hardcodedTmpDirectory], src)).toEqual([
      'bind-all-interfaces@1',
      'bind-all-interfaces@2',
      'hardcoded-tmp-directory@4',
      'hardcoded-tmp-directory@5',
      'hardcoded-tmp-directory@6',
      'hardcoded-tmp-directory@7',
    ]);
  });
});

describe('try-except-pass / try-except-continue', () => {
  test('bare, Exception and BaseException handlers with only pass/continue', async () => {
    const src = lines(
      'try: a()',
      'except: pass',
      'try: a()',
      'except Exception: pass',
      'try: a()',
      'except (ValueError, BaseException) as e:',
      '    pass',
      'for x in y:',
      '    try: a()',
      '    except Exception:',
      '        continue',
    );
    expect(await hits([tryExceptPass, tryExceptContinue], src)).toEqual(['try-except-pass@2', 'try-except-pass@4', 'try-except-pass@6', 'try-except-continue@10']);
  });
  test('specific exceptions and handlers that do something are not reported', async () => {
    const src = lines('try: a()', 'except KeyError: pass', 'try: a()', 'except Exception:', '    log()', '    pass', 'try: a()', 'except OSError as e:', '    pass');
    expect(await hits([tryExceptPass, tryExceptContinue], src)).toEqual([]);
  });
});

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

describe('flask-debug-true / tarfile-unsafe-members', () => {
  test('flask run(debug=True) in a file that imports flask', async () => {
    expect(await hits([flaskDebugTrue], lines('from flask import Flask', 'app = Flask(__name__)', 'app.run(debug=True)', 'app.run(debug=False)', 'app.run(debug=flag)'))).toEqual(['flask-debug-true@3']);
    expect(await hits([flaskDebugTrue], lines('loop.run(main(), debug=True)'))).toEqual([]);
  });
  test('extractall without a safe filter, in a file that imports tarfile', async () => {
    const src = lines('import tarfile', 't = tarfile.open(p)', 't.extractall()', 't.extractall(path, filter="data")', 't.extractall(filter="tar")', 't.extractall(filter="fully_trusted")');
    expect(await hits([tarfileUnsafeMembers], src)).toEqual(['tarfile-unsafe-members@3', 'tarfile-unsafe-members@6']);
    expect(await hits([tarfileUnsafeMembers], lines('import zipfile', 'z.extractall()'))).toEqual([]);
  });
});
