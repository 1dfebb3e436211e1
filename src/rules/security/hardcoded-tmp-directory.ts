/** Bandit B108 / Ruff S108: a string literal naming a path in a shared temporary directory. */
import { securityRule } from './common';
import { literalStrings } from './string-literals';
import { PRECISION_STEP, SECURITY_SEVERITY } from '../severity';

const TMP_PREFIXES = ['/tmp', '/var/tmp', '/dev/shm'];

export const hardcodedTmpDirectory = securityRule({
  id: 'hardcoded-tmp-directory',
  name: 'HardcodedTmpDirectory',
  bandit: 'B108',
  ruff: 'S108',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'pattern',
    family: 'temp-file',
    score: SECURITY_SEVERITY.MEDIUM - PRECISION_STEP,
    why: 'a medium-precision rule (a path literal, not a file shown to be created there), one step below `insecure-mktemp` of the same family.',
  },
  category: 'files',
  cwe: [377],
  short: 'Hardcoded path in a shared temporary directory (/tmp, /var/tmp, /dev/shm)',
  full: "A string literal naming a path under /tmp, /var/tmp or /dev/shm. Every user of the machine can create files there, so a fixed name can be taken over in advance (a symlink or a file with the attacker's content).",
  title: 'A hardcoded path in a shared temporary directory',
  why: "Shared temporary directories are writable by every local user. A program that uses a fixed, predictable name there can be tricked: another user creates that file first, or a symlink to a file the program may write, and the program reads the attacker's data or overwrites the target.",
  example: 'with open("/tmp/report.csv", "w") as f:\n    f.write(data)',
  fix: 'Use the `tempfile` module (`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`), which picks an unpredictable name and creates it atomically with private permissions.',
  fixed: 'import tempfile\n\nwith tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(data)',
  notReported: ['Paths built at run time, and paths outside `/tmp`, `/var/tmp` and `/dev/shm`.'],
  create(context) {
    return literalStrings(context, TMP_PREFIXES, (node, value) => {
      if (TMP_PREFIXES.some((p) => value.startsWith(p))) {
        context.report(node, 'hardcoded path in a shared temporary directory; use the tempfile module');
      }
    });
  },
});
