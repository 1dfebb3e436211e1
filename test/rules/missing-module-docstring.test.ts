import { missingModuleDocstring } from '../../src/rules/maintainability/missing-module-docstring';
import { lines, ruleFindings } from './complexity-helpers';

describe('missing-module-docstring', () => {
  test('a module without docstring: D100 at line 1 column 1, 0-length', async () => {
    const [f, ...rest] = await ruleFindings(missingModuleDocstring, lines('import os', 'x = 1'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'missing-module-docstring', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Public module has no docstring' });
  });
  test('a package __init__.py without docstring: D104', async () => {
    const [f] = await ruleFindings(missingModuleDocstring, lines('from .a import b'), {}, 'pkg/__init__.py');
    expect(f.message).toBe('Public package has no docstring in its `__init__.py`');
  });
  test("include-modules and include-packages (D100, D104 ignored in another tool's configuration)", async () => {
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), { 'include-modules': false })).toEqual([]);
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), { 'include-modules': false }, 'pkg/__init__.py')).toHaveLength(1);
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), { 'include-packages': false }, 'pkg/__init__.py')).toEqual([]);
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), { 'include-packages': false })).toHaveLength(1);
  });
  test('empty files and comment-only files are reported, as Ruff does', async () => {
    expect(await ruleFindings(missingModuleDocstring, '')).toHaveLength(1);
    expect(await ruleFindings(missingModuleDocstring, '# just a comment\n')).toHaveLength(1);
  });
  test('not a docstring: an f-string, a string after code', async () => {
    expect(await ruleFindings(missingModuleDocstring, lines('f"""x"""'))).toHaveLength(1);
    expect(await ruleFindings(missingModuleDocstring, lines('import os', '"""late."""'))).toHaveLength(1);
  });
  test('not reported: a docstring after comments and a shebang, a private module', async () => {
    expect(await ruleFindings(missingModuleDocstring, lines('#!/usr/bin/env python', '# -*- coding: utf-8 -*-', '"""Mod."""', 'import os'))).toEqual([]);
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), {}, '_compat.py')).toEqual([]);
    expect(await ruleFindings(missingModuleDocstring, lines('x = 1'), {}, 'pkg/_impl/__init__.py')).toEqual([]);
  });
});
