import { pilImagemathEval } from '../../../src/rules/security/pil-imagemath-eval';
import { findings, hits, lines } from './helpers';

describe('pil-imagemath-eval', () => {
  test('ImageMath.eval and unsafe_eval with an expression built at run time, through the import forms', async () => {
    const src = lines(
      'from PIL import ImageMath',
      'import PIL.ImageMath',
      'from PIL.ImageMath import unsafe_eval as ue',
      'ImageMath.eval(expr, a=im)',
      'ImageMath.unsafe_eval(f"a * {k}", a=im)',
      'PIL.ImageMath.eval(expression=expr)',
      'ue(formula)',
      'ImageMath.eval("convert(a, \'L\')", a=im)',
      'ImageMath.unsafe_eval("a + b", a=im, b=im2)',
      'ImageMath.lambda_eval(lambda args: args["a"], a=im)',
      'model.eval(expr)',
      'eval(expr)',
    );
    expect(await hits([pilImagemathEval], src)).toEqual(['pil-imagemath-eval@4', 'pil-imagemath-eval@5', 'pil-imagemath-eval@6', 'pil-imagemath-eval@7']);
  });
  test('message, grading and aliases: no Bandit or Ruff code, graded as eval (B307)', async () => {
    const [finding] = await findings([pilImagemathEval], lines('from PIL import ImageMath', 'ImageMath.eval(expr)'));
    expect(finding.message).toBe(
      "`ImageMath.eval` (`PIL.ImageMath.eval`) evaluates an expression built at run time with Python's eval: outside input in it runs as code",
    );
    expect(pilImagemathEval.meta).toMatchObject({ aliases: [], securitySeverity: 5.5, precision: 'high', cwe: [94, 95], kind: 'security' });
  });
});
