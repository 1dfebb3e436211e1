/** Bandit B610 / Ruff S610: Django's `QuerySet.extra` given SQL that is not a literal. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { taint } from '../../analysis/taint';
import { securityRule } from './common';
import { decideGroups } from './run-time';

/** A literal string, or a list/tuple/dict made only of literal strings. */
function allLiteral(node: Node): boolean {
  const expr = unparenthesize(node);
  if (stringLiteralValue(expr) !== undefined) return true;
  if (expr.type === 'list' || expr.type === 'tuple' || expr.type === 'set') {
    return expr.namedChildren.every((c) => !c || c.type === 'comment' || allLiteral(c));
  }
  if (expr.type === 'dictionary') {
    return expr.namedChildren.every((c) => {
      if (!c || c.type === 'comment') return true;
      if (c.type !== 'pair') return false;
      const value = c.childForFieldName('value');
      return !!value && allLiteral(value);
    });
  }
  return false;
}

export const djangoExtra = securityRule({
  id: 'django-extra',
  name: 'DjangoExtra',
  bandit: 'B610',
  ruff: 'S610',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: { evidence: 'pattern', family: 'sql' },
  category: 'injection',
  cwe: [89],
  short: 'Django QuerySet.extra() with SQL that is not a literal',
  full: 'QuerySet.extra() inserts its select, where, tables and order_by strings into the SQL as they are. Given anything other than literals, it is open to SQL injection.',
  title: 'Django `extra()` with SQL built at run time',
  why: '`extra()` pastes its arguments into the generated SQL unescaped. A value from outside the program in `where=` or `select=` can rewrite the query.',
  example:
    'from django.db import models\n\n\nclass Entry(models.Model):\n    headline = models.CharField(max_length=200)\n\n\nentries = Entry.objects.extra(where=[f"headline = \'{headline}\'"])',
  fix: 'Use the ORM (`filter`, `annotate`, `F`, `Func` expressions); if raw SQL is needed, keep it literal and pass values through `params=`.',
  fixed:
    'from django.db import models\n\n\nclass Entry(models.Model):\n    headline = models.CharField(max_length=200)\n\n\nentries = Entry.objects.filter(headline=headline)',
  notReported: [
    '`extra()` arguments that are literal strings, or lists, tuples and dicts of literal strings.',
    '`params=` and `select_params=` (they are passed as parameters).',
    'Arguments the data-flow analysis proves constant, or made of literals and numbers (`int()`), wherever the call runs (docs/severity.md).',
    'Files that do not import from `django`.',
  ],
  runTime: { sinkClass: 'sql', role: 'built' },
  uses: [calls, taint],
  create(context) {
    let importsDjango = false;
    const imported = (node: Node): void => {
      if (/\bdjango\b/.test(node.text)) importsDjango = true;
    };
    return {
      import_statement: imported,
      import_from_statement: imported,
      end() {
        if (!importsDjango) return;
        const found: { callee: Node; risky: Node[] }[] = [];
        for (const call of context.analysis(calls).calls) {
          if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extra' || !call.args) continue;
          const args = call.args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
          // The arguments that are not literal SQL (a splat is unknown: no verdict decides it).
          const risky = args.flatMap((a): Node[] => {
            if (a.type === 'keyword_argument') {
              const name = a.childForFieldName('name')?.text;
              if (name === 'params' || name === 'select_params') return [];
              const value = a.childForFieldName('value');
              return value && !allLiteral(value) ? [value] : [];
            }
            return a.type !== 'list_splat' && a.type !== 'dictionary_splat' && !allLiteral(a) ? [a] : [];
          });
          if (risky.length) found.push({ callee: call.callee, risky });
        }
        const verdicts = decideGroups(
          context,
          found.map((f) => f.risky),
          'sql',
        );
        for (const [i, f] of found.entries())
          if (verdicts[i] === undefined) context.report(f.callee, '`extra()` with SQL that is not a literal is open to SQL injection');
      },
    };
  },
});
