/** HTML produced without escaping: Bandit B701-B704. */
import { djangoMarkSafe } from '../../../src/rules/security/django-mark-safe';
import { jinja2AutoescapeFalse } from '../../../src/rules/security/jinja2-autoescape-false';
import { makoTemplates } from '../../../src/rules/security/mako-templates';
import { unsafeMarkupUse } from '../../../src/rules/security/unsafe-markup-use';
import { hits, lines } from './helpers';

describe('templates and XSS', () => {
  test('jinja2 autoescape', async () => {
    const src = lines(
      'import jinja2',
      'from jinja2 import Environment, select_autoescape',
      'jinja2.Environment()',
      'Environment(autoescape=False)',
      'Environment(autoescape=True)',
      'Environment(autoescape=select_autoescape())',
      'Environment(autoescape=flag)',
      'Environment(autoescape=choose_by_extension)',
      'Environment(autoescape=0)',
    );
    // A value known only at run time is not escaping turned off at this line (Bandit: medium confidence).
    expect(await hits([jinja2AutoescapeFalse], src)).toEqual(['jinja2-autoescape-false@3', 'jinja2-autoescape-false@4', 'jinja2-autoescape-false@9']);
  });
  test('mako, mark_safe and Markup', async () => {
    const src = lines(
      'from mako.template import Template',
      'from django.utils.safestring import mark_safe',
      'from markupsafe import Markup',
      'Template(text)',
      'mark_safe(html)',
      'mark_safe("<b>fixed</b>")',
      'Markup(f"<b>{name}</b>")',
      'Markup("<br>")',
    );
    expect(await hits([makoTemplates, djangoMarkSafe, unsafeMarkupUse], src)).toEqual(['mako-templates@4', 'django-mark-safe@5', 'unsafe-markup-use@7']);
  });
});
