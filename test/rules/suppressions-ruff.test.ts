/**
 * The suppression comments Ruff also reads (`# noqa`, `# noqa: CODE`, `# ruff: noqa`,
 * `# ruff: noqa: CODE`, `# flake8: noqa`), compared with Ruff's WebAssembly build on multi-line
 * imports, calls, strings and definitions. Each case runs one rule and `unused-suppression` in
 * Tendril, the rule's code and RUF100 in Ruff, and compares the lines of the open findings and of
 * the comments called unused. A case that differs names its documented difference
 * (docs/conformance.md, "Suppression comments") and pins both sides.
 */
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { analyzeSource, DEFAULT_BUDGET } from '../../src/engine/analyze';
import type { RuleOptions } from '../../src/engine/api';
import { ALL_RULES } from '../../src/rules';

interface Case {
  name: string;
  /** Ruff's code; the Tendril rule is the one with this alias. */
  code: string;
  source: string[];
  ruffLint?: Record<string, unknown>;
  options?: RuleOptions;
  /** A documented difference: both sides as they are. */
  differs?: { id: string; tendril: string[]; ruff: string[] };
}

const CASES: Case[] = [
  // Multi-line imports.
  { name: 'import: codes on the first line', code: 'F401', source: ['from m import (  # noqa: F401', '    a,', '    b,', ')'] },
  { name: 'import: bare on the first line', code: 'F401', source: ['from m import (  # noqa', '    a,', ')'] },
  { name: 'import: first line holding a name', code: 'F401', source: ['from m import (a,  # noqa: F401', '    b)'] },
  { name: 'import: on an inner line', code: 'F401', source: ['from m import (', '    a,  # noqa: F401', '    b,', ')'] },
  {
    name: 'import: after the closing line',
    code: 'F401',
    source: ['from m import (', '    a,', ')  # noqa: F401'],
    differs: { id: 'last-line', tendril: [], ruff: ['2 F401', '3 unused'] },
  },
  { name: 'import: backslash continuation', code: 'F401', source: ['import a, \\', '    b  # noqa: F401'] },
  { name: 'import: from, continuation', code: 'F401', source: ['from m import a, \\', '    b  # noqa: F401'] },
  { name: 'import: other code on the first line', code: 'F401', source: ['from m import (  # noqa: E501', '    a,', ')'] },
  { name: 'import: wrong code on the first line', code: 'F401', source: ['from m import (  # noqa: F841', '    a,', ')'] },
  { name: 'file: # ruff: noqa: F401', code: 'F401', source: ['# ruff: noqa: F401', 'from m import (', '    a,', ')'] },
  { name: 'file: # ruff: noqa', code: 'F401', source: ['import os', '# ruff: noqa', 'import sys'] },
  { name: 'file: # flake8: noqa', code: 'F401', source: ['import os', '# flake8: noqa', 'import sys'] },
  { name: 'file: # flake8: noqa: F401 (codes, as Ruff)', code: 'F841', source: ['# flake8: noqa: F401', 'def f():', '    x = 1'] },
  { name: 'file: # ruff: noqa after code is no directive', code: 'F401', source: ['import os  # ruff: noqa', 'import sys'] },
  { name: 'file: # flake8: noqa after code is no directive', code: 'F401', source: ['import os  # flake8: noqa', 'import sys'] },
  { name: 'file: unused file-level code', code: 'F401', source: ['# ruff: noqa: F401', 'import os', 'os.x'] },

  // Multi-line calls.
  { name: 'call: codes on the first line', code: 'S602', source: ['import subprocess', 'subprocess.call(  # noqa: S602', '    x,', '    shell=True,', ')'] },
  {
    name: 'call: on the inner line of the argument',
    code: 'S602',
    source: ['import subprocess', 'subprocess.call(', '    x,', '    shell=True,  # noqa: S602', ')'],
  },
  {
    name: 'call: after the closing line',
    code: 'S602',
    source: ['import subprocess', 'subprocess.call(', '    x,', '    shell=True,', ')  # noqa: S602'],
    differs: { id: 'last-line', tendril: [], ruff: ['2 S602', '5 unused'] },
  },
  { name: 'call: backslash continuation', code: 'S602', source: ['import subprocess', 'subprocess.call(x, \\', '    shell=True)  # noqa: S602'] },
  { name: 'call: nested call on an inner line', code: 'S307', source: ['foo(', '    eval(x),  # noqa: S307', '    y,', ')'] },
  { name: 'call: eval, first line', code: 'S307', source: ['y = eval(  # noqa: S307', '    x,', ')'] },
  { name: 'call: requests without timeout, first line', code: 'S113', source: ['import requests', 'requests.get(  # noqa: S113', '    url,', ')'] },
  {
    name: 'call: bare # noqa on a security finding',
    code: 'S602',
    source: ['import subprocess', 'subprocess.call(x, shell=True)  # noqa'],
    differs: { id: 'bare-noqa-security', tendril: ['2 S602'], ruff: [] },
  },

  // Strings.
  { name: 'string: password in parentheses, comment on the string', code: 'S105', source: ['password = (', '    "secret"  # noqa: S105', ')'] },
  {
    name: 'string: password in parentheses, comment on the first line',
    code: 'S105',
    source: ['password = (  # noqa: S105', '    "secret"', ')'],
    differs: { id: 'first-line', tendril: [], ruff: ['1 unused', '2 S105'] },
  },
  { name: 'string: triple-quoted SQL, comment after it', code: 'S608', source: ['query = """SELECT * FROM t', "WHERE a = '%s'", '""" % x  # noqa: S608'] },
  {
    name: 'string: SQL in parentheses, comment on the string',
    code: 'S608',
    source: ['query = (', '    "SELECT * FROM t WHERE a = \'%s\'"  # noqa: S608', '    % x', ')'],
  },
  {
    name: 'string: a multi-line string ending on the comment line',
    code: 'F841',
    source: ['def f():', '    w = """', '    text', '    """  # noqa: F841'],
  },
  { name: 'string: the string starts after code on its first line', code: 'F841', source: ['def f():', '    q = 1; r = """', '    """  # noqa: F841'] },
  {
    name: 'string: a multi-line string inside a call, comment where it ends',
    code: 'S307',
    source: ['foo(eval(x), """', '    text', '""",  # noqa: S307', '    y)'],
  },
  { name: 'string: temporary path continued with a backslash', code: 'S108', source: ['path = "/tmp/" \\', '    "x"  # noqa: S108'] },
  { name: 'string: "# noqa" inside a string is not a comment', code: 'F401', source: ['x = "# noqa"; import a'] },

  // Definitions.
  { name: 'def: name, comment on the first line', code: 'N802', source: ['def badName(  # noqa: N802', '    a,', '):', '    pass'] },
  {
    name: 'def: name, comment after the header',
    code: 'N802',
    source: ['def badName(', '    a,', '):  # noqa: N802', '    pass'],
    differs: { id: 'last-line', tendril: [], ruff: ['1 N802', '3 unused'] },
  },
  { name: 'def: comment on the decorator', code: 'N802', source: ['@decorator  # noqa: N802', 'def badName(a):', '    pass'] },
  { name: 'def: parameter, comment on its line', code: 'N803', source: ['def f(', '    badArg,  # noqa: N803', '    other,', '):', '    pass'] },
  {
    name: 'def: parameter, comment on the first line',
    code: 'N803',
    source: ['def f(  # noqa: N803', '    badArg,', '):', '    pass'],
    differs: { id: 'first-line', tendril: [], ruff: ['1 unused', '2 N803'] },
  },
  { name: 'def: docstring, comment on the first line', code: 'D103', source: ['def undocumented(  # noqa: D103', '    a,', '):', '    pass'] },
  {
    name: 'def: docstring, comment after the header',
    code: 'D103',
    source: ['def undocumented(', '    a,', '):  # noqa: D103', '    pass'],
    differs: { id: 'last-line', tendril: [], ruff: ['1 D103', '3 unused'] },
  },
  { name: 'def: body not covered by the header', code: 'N806', source: ['def f():  # noqa: N806', '    aB = 1', '    return aB'] },
  { name: 'class: comment on the first line', code: 'N801', source: ['class bad_class(  # noqa: N801', '    Base,', '):', '    pass'] },
  {
    name: 'def: complexity, comment on the first line',
    code: 'C901',
    source: ['def f(  # noqa: C901', '    a,', '):', '    if a:', '        return 1', '    return 2'],
    ruffLint: { mccabe: { 'max-complexity': 1 } },
    options: { 'cyclomatic-complexity': { 'max-complexity': 1 } },
  },
  {
    name: 'def: password default on its line',
    code: 'S107',
    source: ['def connect(', '    host,', '    password="secret",  # noqa: S107', '):', '    pass'],
  },
  {
    name: 'assignment: a local, comment on the first line',
    code: 'N806',
    source: ['def f():', '    x, yZ = (  # noqa: N806', '        1,', '        2,', '    )', '    return x, yZ'],
  },
  {
    name: 'assignment: a local, comment after the closing line',
    code: 'N806',
    source: ['def f():', '    Cd = (', '        1', '    )  # noqa: N806', '    return Cd'],
    differs: { id: 'last-line', tendril: [], ruff: ['2 N806', '4 unused'] },
  },
];

/** One Ruff workspace per code and options: making one costs more than checking a snippet. */
const workspaces = new Map<string, Workspace>();
function workspace(code: string, lint: Record<string, unknown> = {}): Workspace {
  const key = JSON.stringify([code, lint]);
  let ws = workspaces.get(key);
  if (!ws) workspaces.set(key, (ws = new Workspace({ lint: { ...lint, select: [code, 'RUF100'], preview: false } }, PositionEncoding.Utf16)));
  return ws;
}

interface RuffDiagnostic {
  code: string | null;
  message: string;
  start_location: { row: number };
}

/** Ruff's open findings of the code (`line code`) and the comments RUF100 calls unused for it (`line unused`). */
function ruffLines(c: Case, source: string): string[] {
  const out: string[] = [];
  for (const d of workspace(c.code, c.ruffLint).check(source) as RuffDiagnostic[]) {
    if (d.code === 'RUF100') {
      // Only what RUF100 says of codes Ruff runs here (not "non-enabled" codes, which Tendril never judges).
      if (/unused: |blanket/.test(d.message)) out.push(`${d.start_location.row} unused`);
    } else if (d.code === c.code) out.push(`${d.start_location.row} ${c.code}`);
  }
  return out.sort();
}

async function tendrilLines(c: Case, source: string): Promise<string[]> {
  const rule = ALL_RULES.find((r) => r.meta.aliases.includes(c.code) && r.meta.id !== 'subprocess-shell-true-literal');
  const unused = ALL_RULES.find((r) => r.meta.id === 'unused-suppression')!;
  if (!rule) throw new Error(`no rule has the alias ${c.code}`);
  const ids = new Set(ALL_RULES.map((r) => r.meta.id));
  const result = await analyzeSource('app.py', Buffer.from(source), [rule, unused], c.options ?? {}, DEFAULT_BUDGET, ids);
  expect(result.notifications.filter((n) => n.level === 'error')).toEqual([]);
  return result.findings
    .filter((f) => f.suppressed === undefined)
    .map((f) => `${f.line} ${f.ruleId === 'unused-suppression' ? 'unused' : c.code}`)
    .sort();
}

describe("suppression comments on multi-line statements, against Ruff's WebAssembly build", () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const source = c.source.join('\n') + '\n';
    const ruff = ruffLines(c, source);
    const tendril = await tendrilLines(c, source);
    if (c.differs) {
      expect({ ruff, tendril }).toEqual({ ruff: [...c.differs.ruff].sort(), tendril: [...c.differs.tendril].sort() });
    } else {
      expect(tendril).toEqual(ruff);
    }
  });
});
