/** Bandit B112 / Ruff S112: an `except` that catches everything and only does `continue`. */
import { BROAD_EXCEPT_FIX, broadExceptOnly } from './broad-except';
import { securityRule } from './common';

export const tryExceptContinue = securityRule({
  id: 'try-except-continue',
  name: 'TryExceptContinue',
  bandit: 'B112',
  ruff: 'S112',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'swallowed-exception' },
  category: 'reliability',
  cwe: [703],
  short: 'An except clause whose only statement is continue: errors are silently ignored',
  full: 'A bare except (or except Exception / BaseException) whose body is only `continue`. Every error, including unexpected ones, is swallowed without a trace, which hides failures and attacks alike.',
  title: '`try`/`except`/`continue`',
  why: 'An `except` clause that catches everything and only does `continue` makes failures invisible: a broken configuration, a denied permission or a tampered input produce no log and no error, and the program moves on to the next item in a state nobody checked.',
  example: 'for item in items:\n    try:\n        process(item)\n    except:\n        continue',
  fix: BROAD_EXCEPT_FIX,
  fixed: 'for item in items:\n    try:\n        process(item)\n    except ValueError:\n        logger.exception("skipping an invalid item")\n        continue',
  notReported: [
    "Handlers for specific exception types (`except KeyError: continue`): only bare `except:`, `except Exception` and `except BaseException` (alone or in a tuple) are reported, as in Bandit's and Ruff's default settings.",
    'Handlers whose body does anything besides `continue` (a log call, a comment and `continue` counts as only `continue`).',
  ],
  ...broadExceptOnly('continue'),
});
