/** Bandit B202 / Ruff S202: `extractall()` without a safe filter, in a file that imports tarfile. */
import { calls, type CallModel } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { stringLiteralValue } from '../../analysis/literals';
import { importsModule, securityRule } from './common';

export const tarfileUnsafeMembers = securityRule({
  id: 'tarfile-unsafe-members',
  name: 'TarfileUnsafeMembers',
  bandit: 'B202',
  ruff: 'S202',
  severity: 'HIGH',
  confidence: 'HIGH',
  category: 'files',
  cwe: [22],
  short: 'tarfile extractall() without a safe filter (path traversal)',
  full: 'An extractall() call without filter="data" (or "tar"). Archive members named ../x or /etc/x, or symlinks, can write files anywhere the process can.',
  title: '`tarfile` `extractall()` without a safe filter',
  why: 'Tar members can have absolute names, `..` components, or be links pointing outside the target directory. Extracting an untrusted archive without a filter writes where the archive says (path traversal).',
  example: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out")',
  fix: 'Pass `filter="data"` (Python 3.12+, backported to security releases), or check each member before extracting it.',
  fixed: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out", filter="data")',
  notReported: [
    'Files that do not import `tarfile` (as in Bandit and Ruff).',
    'Calls with `filter="data"` or `filter="tar"`.',
    'Bandit lowers the severity when `members=` is given by a function; this rule keeps the higher severity (high) for every case it reports.',
  ],
  uses: [calls],
  create(context) {
    const imports = importsModule('tarfile');
    return {
      ...imports.visitor,
      end() {
        if (!imports.seen()) return;
        for (const call of context.analysis<CallModel>(calls).calls) {
          if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extractall') continue;
          const filter = keywordValue(call.node, 'filter');
          const value = filter ? stringLiteralValue(filter) : undefined;
          if (value === 'data' || value === 'tar') continue;
          context.report(call.callee, '`extractall()` without `filter="data"` can write outside the target directory');
        }
      },
    };
  },
});
