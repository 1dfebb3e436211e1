/** Bandit B113 / Ruff S113: a `requests` call without a timeout, or a `requests`/`httpx` call with `timeout=None`. */
import { hasArgumentSplat, keywordValue } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { HTTPX_FUNCTIONS, REQUESTS_FUNCTIONS } from './apis';
import { callName, callRule } from './common';

export const requestWithoutTimeout = callRule({
  id: 'request-without-timeout',
  name: 'RequestWithoutTimeout',
  bandit: 'B113',
  ruff: 'S113',
  severity: 'MEDIUM',
  confidence: 'LOW',
  grading: { evidence: 'pattern', family: 'request-without-timeout' },
  category: 'network',
  cwe: [400],
  functions: [...REQUESTS_FUNCTIONS, ...HTTPX_FUNCTIONS],
  check: (call) => {
    const timeout = keywordValue(call.node, 'timeout');
    if (timeout) return unparenthesize(timeout).type === 'none' ? timeout : false;
    // httpx has a default timeout; requests waits forever unless told otherwise.
    return call.assumedName!.startsWith('requests.') && !hasArgumentSplat(call.node);
  },
  message: (call) => `${callName(call)} has no timeout: a server that stops answering blocks the caller forever`,
  short: 'HTTP request without a timeout',
  full: 'A requests call without timeout= (or an httpx/requests call with timeout=None) waits for the server indefinitely; a slow or hostile server can hang the program and exhaust its workers.',
  title: 'An HTTP request without a timeout',
  why: '`requests` has no default timeout: a call waits as long as the server keeps the connection open. One unresponsive host can block a worker forever, and enough of them take a service down. `httpx` has a default, but `timeout=None` removes it.',
  example: 'import requests\n\nresp = requests.get(url)',
  fix: 'Always pass a timeout: `requests.get(url, timeout=10)` (or a `(connect, read)` pair).',
  fixed: 'import requests\n\nresp = requests.get(url, timeout=10)',
  notReported: [
    '`httpx` calls without `timeout=`: httpx applies a 5-second default.',
    'Calls that pass `**kwargs` (the timeout may be in them).',
    'Methods of a `requests.Session` (the session object is not tracked).',
  ],
});
