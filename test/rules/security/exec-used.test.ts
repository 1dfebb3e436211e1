import { execUsed } from '../../../src/rules/security/exec-used';
import { hits, lines } from './helpers';

describe('exec-used', () => {
  test('the builtin exec, through aliases', async () => {
    const src = lines('assert x', 'exec(code)', 'import builtins', 'builtins.exec(code)', 'from builtins import exec as run', 'run(code)');
    expect(await hits([execUsed], src)).toEqual(['exec-used@2', 'exec-used@4', 'exec-used@6']);
  });
  test('a local exec or a method named exec is not the builtin; a star import does not hide it', async () => {
    expect(await hits([execUsed], lines('cursor.exec("x")', 'def exec(x): pass', 'exec(y)'))).toEqual([]);
    expect(await hits([execUsed], lines('from tkinter import *', 'exec(code)'))).toEqual(['exec-used@2']);
  });
  test('code written as a literal string is fixed code: not reported', async () => {
    const src = lines('exec("import readline")', 'exec(b"x = 1", ns)', 'exec("a" "b")', 'exec(f"x = {y}")', 'exec("x = " + y)');
    expect(await hits([execUsed], src)).toEqual(['exec-used@4', 'exec-used@5']);
  });
  test('CWE: code injection, not OS command injection', () => {
    expect(execUsed.meta.cwe).toEqual([94, 95]);
  });
});
