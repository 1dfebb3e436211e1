import { analyzeSource, DEFAULT_BUDGET } from '../../src/engine/analyze';
import type { Finding } from '../../src/engine/types';
import { unusedImport } from '../../src/rules/maintainability/unused-import';
import { unusedSuppression } from '../../src/rules/maintainability/unused-suppression';
import { subprocessShellTrue } from '../../src/rules/security/subprocess-shell-true';
import { subprocessShellTrueLiteral } from '../../src/rules/security/subprocess-shell-true-literal';
import type { Rule } from '../../src/engine/api';

const ALL: Rule[] = [subprocessShellTrue, subprocessShellTrueLiteral, unusedImport, unusedSuppression];
/** The catalogue these tests read comments against, whichever of its rules a test enables. */
const CATALOGUE_IDS = new Set(ALL.map((rule) => rule.meta.id));
const lines = (...l: string[]): string => l.join('\n') + '\n';

async function run(source: string, rules: Rule[] = ALL): Promise<Finding[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), rules, {}, DEFAULT_BUDGET, CATALOGUE_IDS);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings;
}

/** `line rule` of open findings, and `line rule (directive)` of suppressed ones. */
async function summary(source: string, rules?: Rule[]): Promise<string[]> {
  return (await run(source, rules)).map((f) => `${f.line} ${f.ruleId}${f.suppressed !== undefined ? ` (${f.suppressed})` : ''}`);
}

describe('suppression comments', () => {
  test('# noqa: bare, with matching codes (aliases, ids, case), with other codes', async () => {
    expect(
      await summary(
        lines(
          'import a  # noqa',
          'import b  # noqa: F401',
          'import c  # NOQA:f401',
          'import d  # noqa: unused-import',
          'import e  # noqa: E501',
          'import f  # noqa:F401,E501 explained here',
          'import g  # not a noqa',
        ),
      ),
    ).toEqual([
      '1 unused-import (# noqa)',
      '2 unused-import (# noqa: F401)',
      '3 unused-import (# NOQA:f401)',
      '4 unused-import (# noqa: unused-import)',
      '5 unused-import',
      '6 unused-import (# noqa:F401,E501 explained here)',
      '7 unused-import',
    ]);
  });

  test('a "# noqa" inside a string is not a comment', async () => {
    expect(await summary(lines('x = "# noqa"; import a', "y = '''", '# noqa', "'''; import b"))).toEqual(['1 unused-import', '4 unused-import']);
  });

  test('# nosec: bare, with Bandit ids (space, comma, colon), other ids do not suppress', async () => {
    expect(
      await summary(
        lines(
          'import subprocess',
          'subprocess.call(x, shell=True)  # nosec',
          'subprocess.call(x, shell=True)  # nosec B602',
          'subprocess.call(x, shell=True)  # nosec B607,B602',
          'subprocess.call(x, shell=True)  # nosec: subprocess-shell-true',
          'subprocess.call(x, shell=True)  # nosec B101',
        ),
        [subprocessShellTrue],
      ),
    ).toEqual([
      '2 subprocess-shell-true (# nosec)',
      '3 subprocess-shell-true (# nosec B602)',
      '4 subprocess-shell-true (# nosec B607,B602)',
      '5 subprocess-shell-true (# nosec: subprocess-shell-true)',
      '6 subprocess-shell-true',
    ]);
  });

  test('multi-line statement: a comment after its last line covers it; # nosec on any of its lines too', async () => {
    expect(
      await summary(
        lines(
          'import subprocess',
          'subprocess.call(',
          '    x,',
          '    shell=True,',
          ')  # nosec B602',
          'subprocess.call(',
          '    x,  # nosec B602',
          '    shell=True,',
          ')',
          'result = subprocess.call(',
          '    # nosec',
          '    x, shell=True)',
          'subprocess.call(',
          '    x,  # noqa: B602',
          '    shell=True,',
          ')',
        ),
        [subprocessShellTrue],
      ),
    ).toEqual([
      '2 subprocess-shell-true (# nosec B602)',
      '6 subprocess-shell-true (# nosec B602)',
      '10 subprocess-shell-true (# nosec)',
      // Other comments on an inner line cover that line only.
      '13 subprocess-shell-true',
    ]);
  });

  test('# nosec inside a compound statement covers its header, not its body; a decorator on its own', async () => {
    expect(
      await summary(
        lines(
          'import subprocess',
          'if subprocess.call(x,',
          '                   shell=True):  # nosec',
          '    subprocess.call(y, shell=True)',
          'with open(',
          '    f,  # nosec',
          '):',
          '    subprocess.call(z, shell=True)',
          '@register(',
          '    subprocess.call(w, shell=True),',
          '    1,  # nosec',
          ')',
          'def g():',
          '    subprocess.call(v, shell=True)',
          'if True:',
          '    pass',
          '# nosec',
          'else:',
          '    subprocess.call(u, shell=True)',
        ),
        [subprocessShellTrue],
      ),
    ).toEqual([
      '2 subprocess-shell-true (# nosec)',
      '4 subprocess-shell-true',
      '8 subprocess-shell-true',
      '10 subprocess-shell-true (# nosec)',
      '14 subprocess-shell-true',
      '19 subprocess-shell-true',
    ]);
  });

  test('# tendril: ignore[...] with ids or aliases; other ids do not suppress', async () => {
    expect(
      await summary(
        lines('import a  # tendril: ignore[unused-import]', 'import b  # tendril: ignore[F401, B602]', 'import c  # tendril: ignore[subprocess-shell-true]'),
        [unusedImport],
      ),
    ).toEqual(['1 unused-import (# tendril: ignore[unused-import])', '2 unused-import (# tendril: ignore[F401, B602])', '3 unused-import']);
  });

  test('# pylint: disable on the line, as a block comment to the end of the block, disable-next and enable', async () => {
    expect(
      await summary(
        lines(
          'import a  # pylint: disable=unused-import',
          'import b  # pylint: disable=W0611',
          'import c  # pylint: disable=missing-docstring',
          'def f():',
          '    # pylint: disable=unused-import',
          '    import d',
          '    import e',
          'import g',
          '# pylint: disable-next=unused-import',
          'import h',
          'import i',
          '# pylint: disable=unused-import',
          'import j',
          '# pylint: enable=unused-import',
          'import k',
        ),
        [unusedImport],
      ),
    ).toEqual([
      '1 unused-import (# pylint: disable=unused-import)',
      '2 unused-import (# pylint: disable=W0611)',
      '3 unused-import',
      '6 unused-import (# pylint: disable=unused-import)',
      '7 unused-import (# pylint: disable=unused-import)',
      '8 unused-import',
      '10 unused-import (# pylint: disable-next=unused-import)',
      '11 unused-import',
      '13 unused-import (# pylint: disable=unused-import)',
      '15 unused-import',
    ]);
  });

  test("file level: tendril skip-file hides every finding; the linters' blanket forms only maintainability ones", async () => {
    const source = lines('import a', 'import subprocess', 'subprocess.call(x, shell=True)');
    expect((await summary(lines('# tendril: skip-file', source))).sort()).toEqual([
      '2 unused-import (# tendril: skip-file)',
      '4 subprocess-shell-true (# tendril: skip-file)',
    ]);
    for (const directive of ['# ruff: noqa', '# flake8: noqa', '# pylint: skip-file']) {
      const found = await run(lines(directive, source));
      expect(found.map((f) => `${f.line} ${f.ruleId} ${f.suppressed ?? 'open'} ${f.blanketSuppression ?? ''}`.trim()).sort()).toEqual([
        `2 unused-import ${directive}`,
        `4 subprocess-shell-true open ${directive}`,
      ]);
    }
    expect(
      await summary(lines('# ruff: noqa: F401', 'import a', 'import subprocess', 'subprocess.call(x, shell=True)'), [unusedImport, subprocessShellTrue]),
    ).toEqual(['2 unused-import (# ruff: noqa: F401)', '4 subprocess-shell-true']);
    expect(await summary(lines('# ruff: noqa: S602', 'import subprocess', 'subprocess.call(x, shell=True)'), [subprocessShellTrue])).toEqual([
      '3 subprocess-shell-true (# ruff: noqa: S602)',
    ]);
    // Not at the start of a comment: not a directive.
    expect(await summary(lines('# see tendril skip-file docs', 'import a'), [unusedImport])).toEqual(['2 unused-import']);
    // Ruff's and flake8's file-level forms after code are no directive at all, as in those tools.
    expect(await summary(lines('import a  # ruff: noqa', 'import b  # flake8: noqa'), [unusedImport])).toEqual(['1 unused-import', '2 unused-import']);
    // `# flake8: noqa: F401` as Ruff reads it: those codes only.
    expect((await summary(lines('# flake8: noqa: F401', 'import a', 'import subprocess', 'subprocess.call(x, shell=True)'))).sort()).toEqual([
      '2 unused-import (# flake8: noqa: F401)',
      '4 subprocess-shell-true',
    ]);
  });

  test('the first line of a multi-line import covers its names, and is not an unused suppression (issue 21)', async () => {
    // Django's style (django/template/__init__.py): the comment after the opening parenthesis.
    expect(
      await summary(
        lines('from .base import (  # NOQA isort:skip', '    Node,', '    NodeList,', ')', 'from .fields import (  # noqa: F401', '    Field,', ')'),
        [unusedImport, unusedSuppression],
      ),
    ).toEqual(['2 unused-import (# NOQA)', '3 unused-import (# NOQA)', '6 unused-import (# noqa: F401)']);
    // The first line of any multi-line statement (of a def or class, its header), as Pylint reads it.
    expect(
      await summary(lines('import subprocess', 'subprocess.call(  # pylint: disable=subprocess-shell-true', '    x,', '    shell=True)'), [
        subprocessShellTrue,
      ]),
    ).toEqual(['2 subprocess-shell-true (# pylint: disable=subprocess-shell-true)']);
  });

  test("a multi-line string or a backslash continuation is one line with the line it ends on (Ruff's logical lines)", async () => {
    const source = lines(
      'import subprocess',
      'f(subprocess.call(x, shell=True), """',
      'text',
      '""",  # noqa: S602',
      '  y)',
      'import a, \\',
      '    b  # noqa: F401',
    );
    expect(await summary(source, [subprocessShellTrue, unusedImport])).toEqual([
      '2 subprocess-shell-true (# noqa: S602)',
      '6 unused-import (# noqa: F401)',
      '7 unused-import (# noqa: F401)',
    ]);
  });

  test('security findings: a bare # noqa does not hide them, a code, # nosec or # tendril: ignore does', async () => {
    const found = await run(
      lines(
        'import subprocess',
        'subprocess.call(x, shell=True)  # noqa',
        'subprocess.call(x, shell=True)  # noqa: S602',
        'subprocess.call(x, shell=True)  # noqa: subprocess-shell-true',
        'subprocess.call(x, shell=True)  # noqa: E501',
        'subprocess.call(x, shell=True)  # noqa  # nosec',
        'subprocess.call(x, shell=True)  # tendril: ignore',
        'subprocess.call(x, shell=True)  # pylint: disable=all',
        'import os  # noqa',
      ),
      [subprocessShellTrue, unusedImport],
    );
    found.sort((a, b) => a.line - b.line);
    expect(found.map((f) => `${f.line} ${f.ruleId} ${f.suppressed ?? 'open'}${f.blanketSuppression ? ` [blanket ${f.blanketSuppression}]` : ''}`)).toEqual([
      '2 subprocess-shell-true open [blanket # noqa]',
      '3 subprocess-shell-true # noqa: S602',
      '4 subprocess-shell-true # noqa: subprocess-shell-true',
      '5 subprocess-shell-true open',
      '6 subprocess-shell-true # nosec [blanket # noqa]',
      '7 subprocess-shell-true # tendril: ignore',
      '8 subprocess-shell-true open [blanket # pylint: disable=all]',
      '9 unused-import # noqa',
    ]);
  });
});

describe('unused-suppression (RUF100)', () => {
  test('a code naming an enabled Tendril rule that suppressed nothing', async () => {
    const found = await run(lines('import os  # noqa: F401', 'print(os)'));
    expect(found.map((f) => [f.line, f.column, f.ruleId])).toEqual([[1, 12, 'unused-suppression']]);
    expect(found[0].message).toBe("Unused suppression: '# noqa: F401' suppresses no finding of F401 on this line; remove this code.");
  });

  test('only the unused codes of a comment are named', async () => {
    const found = await run(lines('import os  # noqa: F401, B602', 'print(os)', 'import sys  # noqa: F401,B602'));
    found.sort((a, b) => a.line - b.line);
    expect(found.map((f) => `${f.line} ${f.ruleId} ${f.suppressed ?? ''}`.trim())).toEqual([
      '1 unused-suppression',
      '3 unused-import # noqa: F401,B602',
      '3 unused-suppression',
    ]);
    expect(found[2].message).toContain('no finding of B602');
    expect(found[2].message).toMatch(/no finding of B602 on this line/);
  });

  test('not reported: bare comments, codes Tendril does not implement, disabled rules', async () => {
    expect(await run(lines('x = 1  # noqa', 'y = 1  # nosec', 'z = 1  # noqa: E501', 'w = 1  # pylint: disable=line-too-long'))).toEqual([]);
    expect(await run(lines('x = 1  # noqa: B602'), [unusedImport, unusedSuppression])).toEqual([]);
    // The rule itself off: nothing.
    expect(await run(lines('import os  # noqa: F401', 'print(os)'), [unusedImport])).toEqual([]);
  });

  test('pylint, nosec, tendril: ignore and ruff: noqa codes are judged too', async () => {
    const found = await run(
      lines('# ruff: noqa: F401', 'x = 1  # nosec B602', 'y = 1  # tendril: ignore[unused-import]', 'z = 1  # pylint: disable=unused-import'),
    );
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4]);
    expect(found.every((f) => f.ruleId === 'unused-suppression')).toBe(true);
  });

  test('suppressed itself with # noqa: RUF100', async () => {
    const found = await run(lines('import os  # noqa: F401, RUF100', 'print(os)'));
    expect(found.map((f) => `${f.ruleId} ${f.suppressed}`)).toEqual(['unused-suppression # noqa: F401, RUF100']);
  });
});
