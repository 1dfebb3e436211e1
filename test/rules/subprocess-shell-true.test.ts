import { analyzeSource } from '../../src/engine/analyze';
import type { Finding } from '../../src/engine/types';
import { subprocessShellTrue } from '../../src/rules/security/subprocess-shell-true';
import { subprocessShellTrueLiteral } from '../../src/rules/security/subprocess-shell-true-literal';

const RULES = [subprocessShellTrue, subprocessShellTrueLiteral];

async function findings(source: string): Promise<Finding[]> {
  const result = await analyzeSource('app.py', Buffer.from(source), RULES);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  return result.findings;
}

/** `rule@line` for every finding, sorted by line. */
async function summary(source: string): Promise<string[]> {
  return (await findings(source))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((f) => `${f.ruleId === 'subprocess-shell-true' ? 'high' : 'literal'}@${f.line}`);
}

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('subprocess-shell-true: which calls', () => {
  test('every subprocess function with shell=True', async () => {
    const src = lines(
      'import subprocess',
      'subprocess.Popen(cmd, shell=True)',
      'subprocess.call(cmd, shell=True)',
      'subprocess.check_call(cmd, shell=True)',
      'subprocess.check_output(cmd, shell=True)',
      'subprocess.run(cmd, shell=True)',
      'subprocess.getoutput(cmd)',
      'subprocess.foo(cmd, shell=True)',
    );
    expect(await summary(src)).toEqual(['high@2', 'high@3', 'high@4', 'high@5', 'high@6']);
  });

  test('all import and alias forms', async () => {
    const src = lines(
      'import subprocess as sp',
      'from subprocess import Popen',
      'from subprocess import check_output as co',
      'import subprocess',
      'sp.Popen(cmd, shell=True)',
      'Popen(cmd, shell=True)',
      'co(cmd, shell=True)',
      'runner = subprocess.run',
      'runner(cmd, shell=True)',
    );
    expect(await summary(src)).toEqual(['high@5', 'high@6', 'high@7', 'high@9']);
  });

  test('calls in functions, methods, nested functions, before the module import', async () => {
    const src = lines(
      'def top(cmd):',
      '    subprocess.run(cmd, shell=True)',
      'class Runner:',
      '    def go(self, cmd):',
      '        def inner():',
      '            return subprocess.check_output(cmd, shell=True)',
      '        return inner()',
      '    @staticmethod',
      '    async def later(cmd):',
      '        from subprocess import call',
      '        call(cmd, shell=True)',
      'import subprocess',
    );
    expect(await summary(src)).toEqual(['high@2', 'high@6', 'high@11']);
  });

  test('lookalikes are not reported', async () => {
    const src = lines(
      'from os import popen',
      'import mysubprocess as subprocess2',
      'from .subprocess import Popen',
      'popen(cmd)',
      'subprocess2.Popen(cmd, shell=True)',
      'Popen(cmd, shell=True)',
      'def f(subprocess):',
      '    subprocess.Popen(cmd, shell=True)',
      'obj.subprocess.Popen(cmd, shell=True)',
      'subprocess.Popen(cmd, shell=True)',
    );
    expect(await summary(src)).toEqual([]);
  });

  test('a rebinding that shadows subprocess stops the reports after it', async () => {
    const src = lines(
      'import subprocess',
      'subprocess.call(cmd, shell=True)',
      'subprocess = FakeSubprocess()',
      'subprocess.call(cmd, shell=True)',
      'def f():',
      '    subprocess.call(cmd, shell=True)',
    );
    expect(await summary(src)).toEqual(['high@2']);
  });

  test('an import local to another function does not count', async () => {
    const src = lines('def a():', '    import subprocess', '    subprocess.call("ls", shell=True)', 'def b():', '    subprocess.call("ls", shell=True)');
    expect(await summary(src)).toEqual(['literal@3']);
  });
});

describe('subprocess-shell-true: the shell argument', () => {
  test.each([
    ['shell=True', true],
    ['shell=1', true],
    ['shell=-1', true],
    ['shell="yes"', true],
    ['shell=[1]', true],
    ['shell=(True)', true],
    ['shell=not False', true],
    ['shell=False', false],
    ['shell=0', false],
    ['shell=None', false],
    ['shell=[]', false],
    ['shell={}', false],
    ['shell=""', false],
    // Known only at run time: the shell may be used, so the call is this rule's (not subprocess-without-shell's).
    ['shell=use_shell', true],
    ['shell=os.name == "nt"', true],
    ['shell=bool(x)', true],
    ['shell=isinstance(cmd, str)', true],
    ['**{"shell": True}', true],
    ['**{"shell": flag}', true],
    ['**options', true],
    ['**{"shell": False}', false],
    ['**{"check": True}', false],
    ['shell=False, **options', false],
  ])('%s reported: %s', async (shell, reported) => {
    const src = lines('import subprocess', `subprocess.run(cmd, ${shell})`);
    expect(await summary(src)).toEqual(reported ? ['high@2'] : []);
  });

  test('no shell argument at all', async () => {
    expect(await summary(lines('import subprocess', 'subprocess.run(cmd)', 'subprocess.run(["ls", x])'))).toEqual([]);
  });
});

describe('subprocess-shell-true: the command decides the rule', () => {
  test.each([
    ['"ls -l"', 'literal'],
    ["'ls' ' -l'", 'literal'],
    ['"ls" + " -l"', 'literal'],
    ['("ls -l")', 'literal'],
    ['r"dir C:\\\\"', 'literal'],
    ['b"ls"', 'literal'],
    ['f"ls -l"', 'literal'],
    ['["ls", "-l"]', 'literal'],
    ['("ls", "-l")', 'literal'],
    ['cmd', 'high'],
    ['f"ls {path}"', 'high'],
    ['"ls " + path', 'high'],
    ['"ls %s" % path', 'high'],
    ['"ls {}".format(path)', 'high'],
    ['" ".join(parts)', 'high'],
    ['["ls", path]', 'high'],
    ['*argv', 'high'],
    ['self.command', 'high'],
    ['get_command()', 'high'],
    ['"ls " f"{path}"', 'high'],
  ])('command %s -> %s', async (command, expected) => {
    const src = lines('import subprocess', `subprocess.call(${command}, shell=True)`);
    expect(await summary(src)).toEqual([`${expected}@2`]);
  });

  test('the command may be passed as args=', async () => {
    const src = lines('import subprocess', 'subprocess.Popen(args=cmd, shell=True)', 'subprocess.Popen(shell=True, args="ls")');
    expect(await summary(src)).toEqual(['high@2', 'literal@3']);
  });

  test('a command only in **kwargs is built at run time; no command at all is not reported', async () => {
    expect(await summary(lines('import subprocess', 'subprocess.run(shell=True, **kwargs)', 'subprocess.run(**kwargs)', 'subprocess.run(shell=True)'))).toEqual(
      ['high@2', 'high@3'],
    );
  });

  test('a shell known only at run time with a literal command is the literal variant', async () => {
    expect(await summary(lines('import subprocess', 'subprocess.run(["ls", "-l"], shell=use_shell)', 'subprocess.run("ls", **opts)'))).toEqual([
      'literal@2',
      'literal@3',
    ]);
  });
});

describe('subprocess-shell-true: location and message', () => {
  test('reported on the callee, on the call line', async () => {
    const src = lines('import subprocess as sp', 'def f(name):', '    out = sp.check_output(', '        f"du -sh {name}",', '        shell=True,', '    )');
    const [finding] = await findings(src);
    expect(finding).toMatchObject({ ruleId: 'subprocess-shell-true', line: 3, column: 11, endLine: 3, endColumn: 26 });
    expect(finding.message).toBe(
      '`sp.check_output` (`subprocess.check_output`) runs a command built at run time (an f-string) through a shell (`shell=True`): ' +
        'any part of it that comes from outside the program can inject shell commands',
    );
    expect(finding.lineHash).toBeDefined();
  });

  test('literal message', async () => {
    const [finding] = await findings(lines('from subprocess import call', 'call("make clean", shell=1)'));
    expect(finding).toMatchObject({ ruleId: 'subprocess-shell-true-literal', line: 2, column: 1, endColumn: 5 });
    expect(finding.message).toBe(
      '`call` (`subprocess.call`) runs a literal command through a shell (`shell=1`): safe as written, but it becomes a shell ' +
        'injection if the command ever includes outside input; pass an argument list instead',
    );
  });

  test('messages describe how the command is built', async () => {
    const src = lines(
      'import subprocess',
      'subprocess.run(cmd, shell=True)',
      'subprocess.run("a %s" % x, shell=True)',
      'subprocess.run("a {}".format(x), shell=True)',
      'subprocess.run("a " + x, shell=True)',
    );
    const messages = (await findings(src)).map((f) => f.message.match(/built at run time \((.*?)\) through a shell/)?.[1]);
    expect(messages).toEqual(['the variable `cmd`', '`%`-formatting', '`str.format()`', 'a concatenation']);
  });

  test('a shell known only at run time: the message says so, never shell=True', async () => {
    const src = lines(
      'import subprocess',
      'subprocess.run(cmd, shell=use_shell)',
      'subprocess.run(cmd, shell=isinstance(cmd, str))',
      'subprocess.run(cmd, **kwargs)',
      'subprocess.run("ls", **{"shell": flag})',
    );
    expect((await findings(src)).sort((a, b) => a.line - b.line).map((f) => f.message)).toEqual([
      '`subprocess.run` may run a command built at run time (the variable `cmd`) through a shell (`shell=use_shell`, known only at run time): ' +
        'whenever it does, any part of the command that comes from outside the program can inject shell commands',
      '`subprocess.run` may run a command built at run time (the variable `cmd`) through a shell (`shell=isinstance(cmd, str)`, known only at run time): ' +
        'whenever it does, any part of the command that comes from outside the program can inject shell commands',
      '`subprocess.run` may run a command built at run time (the variable `cmd`) through a shell (`shell` may be set by `**kwargs`): ' +
        'whenever it does, any part of the command that comes from outside the program can inject shell commands',
      '`subprocess.run` may run a literal command through a shell (`shell=flag` in `**`, known only at run time): safe as written, ' +
        'but it becomes a shell injection if the command ever includes outside input; pass an argument list instead',
    ]);
  });

  test('a name imported in alternatives counts when every alternative is a subprocess function', async () => {
    const src = lines(
      'try:',
      '    from subprocess32 import run',
      'except ImportError:',
      '    from subprocess import run',
      'try:',
      '    from subprocess import call',
      'except ImportError:',
      '    from subprocess import check_call as call',
      'run(cmd, shell=True)',
      'call(cmd, shell=True)',
    );
    expect(await summary(src)).toEqual(['high@10']);
  });

  test('each call is reported by exactly one of the two rules', async () => {
    const src = lines('import subprocess', 'subprocess.run("ls", shell=True); subprocess.run(x, shell=True)');
    const out = await findings(src);
    expect(out.map((f) => [f.ruleId, f.column])).toEqual([
      ['subprocess-shell-true', 35],
      ['subprocess-shell-true-literal', 1],
    ]);
  });

  test('files with a syntax error elsewhere are still checked', async () => {
    const src = lines('import subprocess', 'subprocess.run(cmd, shell=True)', 'def broken(:');
    expect(await summary(src)).toEqual(['high@2']);
  });
});
