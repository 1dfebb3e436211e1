import { djangoMarkSafe, jinja2AutoescapeFalse, makoTemplates, markupsafeMarkupXss } from '../../../src/rules/security/templates-xss';
import { checkMeta, hits, lines } from './helpers';

describe('templates and XSS', () => {
  test('metadata', () => {
    checkMeta(jinja2AutoescapeFalse, ['B701', 'S701'], 'HIGH', 'HIGH');
    checkMeta(makoTemplates, ['B702', 'S702'], 'MEDIUM', 'HIGH');
    checkMeta(djangoMarkSafe, ['B703'], 'MEDIUM', 'HIGH');
    checkMeta(markupsafeMarkupXss, ['B704', 'S704'], 'MEDIUM', 'HIGH');
  });
  test('jinja2 autoescape', async () => {
    const src = lines(
      'import jinja2',
      'from jinja2 import Environment, select_autoescape',
      'jinja2.Environment()',
      'Environment(autoescape=False)',
      'Environment(autoescape=True)',
      'Environment(autoescape=select_autoescape())',
      'Environment(autoescape=flag)',
    );
    expect(await hits([jinja2AutoescapeFalse], src)).toEqual(['jinja2-autoescape-false@3', 'jinja2-autoescape-false@4', 'jinja2-autoescape-false@7']);
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
    expect(await hits([makoTemplates, djangoMarkSafe, markupsafeMarkupXss], src)).toEqual(['mako-templates@4', 'django-mark-safe@5', 'unsafe-markup-use@7']);
  });
});
