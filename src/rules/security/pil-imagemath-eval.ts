/**
 * Pillow's `ImageMath.eval` / `ImageMath.unsafe_eval` given an expression built at run time. Both
 * hand the expression to Python's `eval`; Pillow's restrictions on its names have been bypassed
 * (CVE-2022-22817, CVE-2023-50447), and Pillow 10.3 renamed the function `unsafe_eval` to say so.
 *
 * Neither Bandit nor Ruff has this check (Bandit 1.9's catalogue was checked), so the rule has no
 * alias: answering to `B307` would let a Bandit suppression of `eval` hide it, and Bandit's own
 * B307 never reports these calls. It is graded as Bandit grades `eval` (B307): medium, high confidence.
 */
import { calls, type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { isPlainStringLiteral } from '../../analysis/literals';
import { defineRule } from '../define';
import { PRECISION_FOR_CONFIDENCE, SECURITY_SEVERITY } from '../severity';
import { taint } from '../../analysis/taint';
import { callName, decideCalls } from './common';
import { decideGroups, runTimeMeta } from './run-time';

const FUNCTIONS = ['PIL.ImageMath.eval', 'PIL.ImageMath.unsafe_eval'];

/** The expression is not a literal string (a literal is the program's own expression). */
function builtAtRunTime(call: CallSite): boolean {
  const expression = argumentAt(call.node, 0, 'expression');
  return expression !== undefined && !isPlainStringLiteral(expression);
}

export const pilImagemathEval = defineRule({
  meta: {
    id: 'pil-imagemath-eval',
    name: 'PilImageMathEval',
    kind: 'security',
    shortDescription: "Pillow's ImageMath.eval or unsafe_eval runs an expression built at run time",
    fullDescription:
      "PIL.ImageMath.eval and ImageMath.unsafe_eval evaluate their expression with Python's eval. An expression built at run time " +
      'that any outside input reaches runs as Python code in the program.',
    category: 'injection',
    aliases: [],
    precision: PRECISION_FOR_CONFIDENCE.HIGH,
    securitySeverity: SECURITY_SEVERITY.MEDIUM,
    cwe: [94, 95],
    grading: {
      evidence: 'pattern',
      family: 'code-execution',
      basis: 'No Bandit check; graded as Bandit grades `eval` (B307): medium severity, high confidence.',
    },
    ...runTimeMeta({ sinkClass: 'code', role: 'built' }),
  },
  docs: {
    title: "Pillow's `ImageMath.eval` with an expression built at run time",
    why:
      '`ImageMath.eval` (renamed `ImageMath.unsafe_eval` in Pillow 10.3) computes an image from an expression such as `"a + b"` by handing the expression to Python\'s `eval`. ' +
      'Pillow limits the names the expression may use, but those limits have been bypassed more than once (CVE-2022-22817, CVE-2023-50447), so an expression that outside input reaches can run code in the program (code injection, CWE-94/CWE-95).',
    example: 'from PIL import ImageMath\n\ndef combine(formula, a, b):\n    return ImageMath.unsafe_eval(formula, a=a, b=b)',
    fix: 'Use `ImageMath.lambda_eval` (Pillow 10.3+), which takes a Python function instead of a string, or choose among fixed expressions by name.',
    fixed: 'from PIL import ImageMath\n\ndef combine(a, b):\n    return ImageMath.lambda_eval(lambda args: args["a"] + args["b"], a=a, b=b)',
    notReported: [
      'An expression written as a literal string without interpolation (`ImageMath.eval("a + b", a=a, b=b)`): it is the program\'s own; nor one the data-flow analysis proves constant wherever the call runs, or made of literals and numbers (docs/severity.md).',
      "`ImageMath.lambda_eval`, and functions named `eval` that are not Pillow's (`model.eval()`, the builtin: that is `eval-used`).",
    ],
    more:
      '## Grading\n\n' +
      `Neither Bandit nor Ruff has this check, so the rule has no alias. It is graded as Bandit grades \`eval\` (B307): medium severity, high confidence: ` +
      `security-severity ${SECURITY_SEVERITY.MEDIUM.toFixed(1)}, precision \`${PRECISION_FOR_CONFIDENCE.HIGH}\` (see docs/severity.md).`,
  },
  uses: [calls, taint],
  create(context) {
    return {
      end() {
        const found = decideCalls(context.analysis<CallModel>(calls), FUNCTIONS, builtAtRunTime);
        const verdicts = decideGroups(
          context,
          found.map(({ call }) => [argumentAt(call.node, 0, 'expression')!]),
          'code',
        );
        for (const [i, { call }] of found.entries()) {
          if (verdicts[i] !== undefined) continue;
          context.report(call.callee, `${callName(call)} evaluates an expression built at run time with Python's eval: outside input in it runs as code`);
        }
      },
    };
  },
});
