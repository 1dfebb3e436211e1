/** Bandit B110 / Ruff S110: an `except` that catches everything and only does `pass`. */
import { BROAD_EXCEPT_FIX, broadExceptOnly } from './broad-except';
import { securityRule } from './common';

export const tryExceptPass = securityRule({
  id: 'try-except-pass',
  name: 'TryExceptPass',
  bandit: 'B110',
  ruff: 'S110',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'swallowed-exception' },
  category: 'reliability',
  cwe: [703],
  short: 'An except clause whose only statement is pass: errors are silently ignored',
  full: 'A bare except (or except Exception / BaseException) whose body is only `pass`. Every error, including unexpected ones, is swallowed without a trace, which hides failures and attacks alike.',
  title: '`try`/`except`/`pass`',
  why: 'An `except` clause that catches everything and only does `pass` makes failures invisible: a broken configuration, a denied permission or a tampered input produce no log and no error, and the program carries on in a state nobody checked.',
  example: 'try:\n    verify_signature(payload)\nexcept Exception:\n    pass',
  fix: BROAD_EXCEPT_FIX,
  fixed: 'try:\n    verify_signature(payload)\nexcept InvalidSignature:\n    logger.warning("rejected a payload with a bad signature")\n    raise',
  notReported: [
    "Handlers for specific exception types (`except KeyError: pass`): only bare `except:`, `except Exception` and `except BaseException` (alone or in a tuple) are reported, as in Bandit's and Ruff's default settings.",
    'Handlers whose body does anything besides `pass` (a log call, a comment and `pass` counts as only `pass`).',
  ],
  ...broadExceptOnly('pass'),
});
