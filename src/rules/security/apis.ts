/**
 * Lists of APIs that several security rules share, by qualified name as the call model resolves
 * them (src/analysis/calls.ts). A list used by one rule stays in that rule's file.
 */
import { qualify } from './common';

/** The HTTP verbs of requests' and httpx's module-level functions. */
export const HTTP_METHODS = 'get options head post put patch delete request';
/** `requests.get`, `requests.post`, ...: the module-level functions that send a request. */
export const REQUESTS_FUNCTIONS = qualify('requests', HTTP_METHODS);
/** httpx's module-level request functions, its streaming call and its client classes. */
export const HTTPX_FUNCTIONS = [...qualify('httpx', `${HTTP_METHODS} stream Client AsyncClient`)];

/** The `subprocess` functions that take `shell=` (Bandit's `shell_injection.subprocess` list). */
export const SUBPROCESS_FUNCTIONS: readonly string[] = [
  'subprocess.Popen',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.run',
];

/** Functions that always run their command through a shell (Bandit's `shell_injection.shell` list). */
export const SHELL_FUNCTIONS: readonly string[] = [
  'os.system',
  ...qualify('os', 'popen popen2 popen3 popen4'),
  ...qualify('popen2', 'popen2 popen3 popen4 Popen3 Popen4'),
  ...qualify('commands', 'getoutput getstatusoutput'),
  ...qualify('subprocess', 'getoutput getstatusoutput'),
];

/** Functions that start a program without a shell (Bandit's `shell_injection.no_shell` list). */
export const NO_SHELL_FUNCTIONS: readonly string[] = [
  ...qualify('os', 'execl execle execlp execlpe execv execve execvp execvpe spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe startfile'),
];
