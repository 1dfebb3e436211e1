/**
 * The check shared by try-except-pass (B110) and try-except-continue (B112): an `except` clause
 * that catches everything (bare, `Exception`, `BaseException`) and whose body is a lone `pass` or
 * `continue`. It defines no rule.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel } from '../../analysis/calls';
import { unparenthesize } from '../../analysis/literals';
import type { Analysis, RuleContext, Visitor } from '../../engine/api';

/** The fix both rules give. */
export const BROAD_EXCEPT_FIX =
  'Catch the specific exceptions you expect, and log the others (`logger.exception(...)`) or let them propagate. Where ignoring really is right, `contextlib.suppress(SpecificError)` says so explicitly.';

/** The exception types of an except clause (none for a bare `except:`). */
function exceptTypes(clause: Node): Node[] {
  const out: Node[] = [];
  for (const child of clause.namedChildren) {
    if (!child || child.type === 'block' || child.type === 'comment') continue;
    const expr = child.type === 'as_pattern' ? child.namedChildren[0] : child;
    if (!expr) continue;
    const inner = unparenthesize(expr);
    if (inner.type === 'tuple') {
      for (const item of inner.namedChildren) if (item && item.type !== 'comment') out.push(item);
    } else out.push(inner);
  }
  return out;
}

/** `uses` and `create` of the rule reporting broad handlers whose only statement is `kind`. */
export function broadExceptOnly(kind: 'pass' | 'continue'): { uses: Analysis<unknown>[]; create(context: RuleContext): Visitor } {
  return {
    uses: [calls],
    create(context) {
      const clauses: Node[] = [];
      const visit = (node: Node): void => {
        clauses.push(node);
      };
      return {
        except_clause: visit,
        except_group_clause: visit,
        end() {
          const model = context.analysis<CallModel>(calls);
          for (const clause of clauses) {
            const body = clause.namedChildren.find((c) => c?.type === 'block');
            const statements = body ? body.namedChildren.filter((c) => c && c.type !== 'comment') : [];
            if (statements.length !== 1 || statements[0]!.type !== `${kind}_statement`) continue;
            const types = exceptTypes(clause);
            const broad =
              types.length === 0 ||
              types.some((t) => {
                const q = model.resolveAssumed(t);
                return (
                  q === 'builtins.Exception' || q === 'builtins.BaseException' || (q === undefined && (t.text === 'Exception' || t.text === 'BaseException'))
                );
              });
            if (!broad) continue;
            context.report(clause.child(0) ?? clause, `\`except\` that only \`${kind}\`es silently ignores every error; catch specific exceptions or log them`);
          }
        },
      };
    },
  };
}
