/** Bandit B101 / Ruff S101: an `assert` statement, which Python removes when it runs with -O. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { securityRule } from './common';

export const assertUsed = securityRule({
  id: 'assert-used',
  name: 'AssertUsed',
  bandit: 'B101',
  ruff: 'S101',
  severity: 'LOW',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'assert' },
  category: 'reliability',
  cwe: [703],
  short: 'Use of an assert statement (removed when Python runs with -O)',
  full: 'An assert statement is compiled away when Python runs with -O or PYTHONOPTIMIZE, so a check written with assert (an access check, input validation) silently disappears in optimized runs.',
  title: 'An `assert` statement',
  why: 'Python removes every `assert` when it runs with `-O` (or `PYTHONOPTIMIZE` is set). An `assert` that enforces something the program relies on (a permission, a valid input, an invariant protecting data) then no longer runs, and the code continues as if the check had passed.',
  example: 'def delete(user, item):\n    assert user.is_admin\n    item.delete()',
  fix: 'Raise an exception explicitly: `if not user.is_admin: raise PermissionError(...)`. In tests, `assert` is the norm; exclude test files from the security analysis or dismiss the alerts there.',
  fixed: 'def delete(user, item):\n    if not user.is_admin:\n        raise PermissionError("only an administrator may delete items")\n    item.delete()',
  notReported: ['Nothing is exempted: every `assert` statement is reported, including in tests (as Bandit and Ruff do).'],
  create(context) {
    return {
      assert_statement(node: Node) {
        context.report(node.child(0) ?? node, '`assert` is removed when Python runs with -O; raise an exception for checks the program relies on');
      },
    };
  },
});
