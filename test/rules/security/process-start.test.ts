/** Starting processes: Bandit B601, B603-B607, B609 (B602 is test/rules/subprocess-shell-true.test.ts). */
import { callWithShellTrue } from '../../../src/rules/security/call-with-shell-true';
import { paramikoExecCommand } from '../../../src/rules/security/paramiko-exec-command';
import { startProcessWithNoShell } from '../../../src/rules/security/start-process-with-no-shell';
import { startProcessWithPartialPath } from '../../../src/rules/security/start-process-with-partial-path';
import { startProcessWithShell } from '../../../src/rules/security/start-process-with-shell';
import { startProcessWithShellLiteral } from '../../../src/rules/security/start-process-with-shell-literal';
import { subprocessWithoutShell } from '../../../src/rules/security/subprocess-without-shell';
import { unixCommandWildcardInjection } from '../../../src/rules/security/unix-command-wildcard-injection';
import { findings, hits, lines } from './helpers';

describe('start-process-with-shell (B605 split)', () => {
  test('built vs literal commands, through aliases', async () => {
    const src = lines(
      'import os',
      'from os import system as run',
      'import subprocess as sp',
      'os.system("ls " + d)',
      'run(cmd)',
      'os.popen("ls")',
      'sp.getoutput(f"ls {d}")',
      'sp.getstatusoutput("date")',
    );
    expect(await hits([startProcessWithShell, startProcessWithShellLiteral], src)).toEqual([
      'start-process-with-shell@4',
      'start-process-with-shell@5',
      'start-process-with-shell-literal@6',
      'start-process-with-shell@7',
      'start-process-with-shell-literal@8',
    ]);
  });
});

describe('subprocess-without-shell / call-with-shell-true', () => {
  test('run-time commands without a shell; literal commands and sys.executable lists are trusted', async () => {
    const src = lines(
      'import subprocess as sp, sys',
      'sp.run([tool, x])',
      'sp.Popen(cmd)',
      'sp.run(["ls", "-l"])',
      'sp.run([sys.executable, "-c", "pass"])',
      'sp.run([sys.executable, "-c", code])',
      'sp.run(cmd, shell=True)',
      'sp.run(cmd, shell=False)',
    );
    expect(await hits([subprocessWithoutShell], src)).toEqual([
      'subprocess-without-shell@2',
      'subprocess-without-shell@3',
      'subprocess-without-shell@6',
      'subprocess-without-shell@8',
    ]);
  });
  test('shell=True outside subprocess', async () => {
    const src = lines('import subprocess', 'run_it(cmd, shell=True)', 'subprocess.run(cmd, shell=True)', 'helper(cmd, shell=False)');
    expect(await hits([callWithShellTrue], src)).toEqual(['call-with-shell-true@2']);
  });
  test('a shell known only at run time is not a call without a shell (it is subprocess-shell-true)', async () => {
    const src = lines(
      'import subprocess',
      'subprocess.run(cmd, shell=use_shell)',
      'subprocess.run(cmd, shell=isinstance(cmd, str))',
      'subprocess.run(cmd, **kwargs)',
      'subprocess.run(cmd, **{"shell": flag})',
      'subprocess.run(cmd, **{"check": True})',
      'subprocess.run(cmd, shell=None, **kwargs)',
    );
    expect(await hits([subprocessWithoutShell], src)).toEqual(['subprocess-without-shell@6', 'subprocess-without-shell@7']);
  });
  test('builtins never run commands; the message quotes the shell value', async () => {
    const src = lines(
      'opts = dict(shell=True)',
      'print(x, shell=1)',
      'helper(cmd, shell=(1,))',
      'helper(cmd, shell="yes")',
      'dict = make_runner()',
      'dict(cmd, shell=True)',
    );
    const found = await findings([callWithShellTrue], src);
    expect(found.map((f) => `${f.line}: ${f.message}`)).toEqual([
      '3: `helper` is called with `shell=(1,)`: the command may go through a shell',
      '4: `helper` is called with `shell="yes"`: the command may go through a shell',
      '6: `dict` is called with `shell=True`: the command may go through a shell',
    ]);
  });
});

describe('no shell, partial paths, wildcards, paramiko', () => {
  test('os.exec*/spawn*/startfile', async () => {
    const src = lines('import os', 'from os import execvp as ex', 'os.execl("/bin/ls", "ls")', 'ex(prog, args)', 'os.startfile(path)', 'os.execute(x)');
    expect(await hits([startProcessWithNoShell], src)).toEqual([
      'start-process-with-no-shell@3',
      'start-process-with-no-shell@4',
      'start-process-with-no-shell@5',
    ]);
  });
  test('partial program paths', async () => {
    const src = lines(
      'import subprocess, os',
      'subprocess.run(["git", "status"])',
      'subprocess.run(["/usr/bin/git", "status"])',
      'os.system("ls -l")',
      'subprocess.run([prog])',
      'os.spawnl(os.P_WAIT, "C:\\\\x.exe")',
    );
    expect(await hits([startProcessWithPartialPath], src)).toEqual(['start-process-with-partial-path@2', 'start-process-with-partial-path@4']);
  });
  test('a partial path is an untrusted search path (CWE-426); the shell rules are OS command injection', () => {
    expect(startProcessWithPartialPath.meta.cwe).toEqual([426]);
    for (const rule of [startProcessWithShell, startProcessWithShellLiteral, startProcessWithNoShell, subprocessWithoutShell, callWithShellTrue])
      expect(rule.meta.cwe).toEqual([78]);
  });
  test('wildcard injection', async () => {
    const src = lines(
      'import os, subprocess',
      'os.system("tar cf a.tar *")',
      'subprocess.run("chown user *", shell=True)',
      'subprocess.run(["chmod", "+x", "*"])',
      'os.system("ls *")',
    );
    expect(await hits([unixCommandWildcardInjection], src)).toEqual(['unix-command-wildcard-injection@2', 'unix-command-wildcard-injection@3']);
  });
  test('paramiko exec_command only where paramiko is imported', async () => {
    expect(await hits([paramikoExecCommand], lines('import paramiko', 'client.exec_command(cmd)'))).toEqual(['paramiko-exec-command@2']);
    expect(await hits([paramikoExecCommand], lines('client.exec_command(cmd)'))).toEqual([]);
  });
});
