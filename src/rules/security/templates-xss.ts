/**
 * Bandit B701-B704 / Ruff S701, S702, S704: HTML produced without escaping. Jinja2 environments
 * without autoescaping (B701), Mako templates (B702), Django's `mark_safe` (B703) and MarkupSafe's
 * `Markup` (B704) applied to values that are not literals.
 */
import { argumentAt, keywordArgument, keywordValue, stringLiteralValue, truthiness, unparenthesize, type CallModel, type CallSite } from '../../analysis/calls';
import type { Rule } from '../types';
import { callName, callRule } from './common';

export const jinja2AutoescapeFalse: Rule = callRule({
  id: 'jinja2-autoescape-false', name: 'Jinja2AutoescapeFalse', bandit: 'B701', ruff: 'S701', severity: 'HIGH', confidence: 'HIGH',
  category: 'xss', cwe: [94, 79], functions: ['jinja2.Environment', 'jinja2.environment.Environment'],
  check: (call: CallSite, model: CallModel) => {
    const value = keywordValue(call.node, 'autoescape');
    if (!value) return !call.args?.namedChildren.some((c) => c?.type === 'dictionary_splat');
    const expr = unparenthesize(value);
    if (truthiness(expr) === true) return false;
    if (truthiness(expr) === false) return keywordArgument(call.node, 'autoescape');
    if (expr.type === 'call') {
      const fn = expr.childForFieldName('function');
      const q = fn ? model.resolveAssumed(fn) : undefined;
      if (q === 'jinja2.select_autoescape' || fn?.text === 'select_autoescape' || fn?.text.endsWith('.select_autoescape')) return false;
    }
    return keywordArgument(call.node, 'autoescape');
  },
  message: (call) => `${callName(call)} without \`autoescape=True\` (or \`select_autoescape()\`) renders values unescaped: cross-site scripting`,
  short: 'Jinja2 environment without autoescaping',
  full: 'A jinja2.Environment is created with autoescape missing or false, so values rendered into HTML templates are not escaped and can inject script (XSS).',
  title: 'Jinja2 autoescaping turned off',
  why: 'Jinja2 does not escape by default. Every `{{ value }}` in an HTML template then reaches the page as markup, so a user-supplied value containing `<script>` runs in other users\' browsers.',
  example: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))',
  fix: 'Create the environment with `autoescape=jinja2.select_autoescape()` (escapes HTML and XML templates) or `autoescape=True`.',
  notReported: ['`autoescape=True` or another true constant, and `autoescape=select_autoescape(...)`.', 'Calls passing `**kwargs` without `autoescape=`.', 'Bandit gives a non-constant `autoescape=` medium confidence; this rule reports it with the same high severity and keeps one precision for the rule.'],
});

export const makoTemplates: Rule = callRule({
  id: 'mako-templates', name: 'MakoTemplates', bandit: 'B702', ruff: 'S702', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'xss', cwe: [80], functions: ['mako.template.Template', 'mako.lookup.TemplateLookup'],
  check: (call) => call.assumedName === 'mako.template.Template' || !keywordArgument(call.node, 'default_filters'),
  message: (call) => `${callName(call)}: Mako does not escape HTML by default: cross-site scripting`,
  short: 'Mako templates render values without HTML escaping',
  full: 'Mako templates do not escape expressions by default, so values rendered into HTML can inject script (XSS).',
  title: 'Mako templates without escaping',
  why: 'Mako renders `${value}` as is unless a filter is applied. In an HTML template, a user-supplied value containing markup reaches the page as markup.',
  example: 'from mako.template import Template\n\nhtml = Template("<p>${name}</p>").render(name=name)',
  fix: 'Pass `default_filters=["h"]` (HTML escaping) to `Template`/`TemplateLookup`, or escape each expression with `${value | h}`; review the alert after that.',
  notReported: ['`TemplateLookup` calls that set `default_filters=`.'],
});

function notLiteral(call: CallSite): boolean {
  const value = argumentAt(call.node, 0, 's') ?? argumentAt(call.node, 0, 'object');
  return value !== undefined && value.type !== 'list_splat' && stringLiteralValue(value) === undefined;
}

export const djangoMarkSafe: Rule = callRule({
  id: 'django-mark-safe', name: 'DjangoMarkSafe', bandit: 'B703', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'xss', cwe: [80],
  functions: ['django.utils.safestring.mark_safe', 'django.utils.safestring.SafeString', 'django.utils.safestring.SafeText', 'django.utils.html.mark_safe'],
  check: notLiteral,
  message: (call) => `${callName(call)} applied to a value that is not a literal: anything in it reaches the page unescaped`,
  short: 'Django mark_safe/SafeString applied to a value that is not a literal',
  full: 'mark_safe (or SafeString) marks its argument as safe HTML; when the argument is built at run time, user input in it reaches the page unescaped (XSS).',
  title: 'Django `mark_safe` on a value built at run time',
  why: 'Values marked safe skip Django\'s autoescaping. If any part of the string comes from a user, its markup and scripts run in the page.',
  example: 'from django.utils.safestring import mark_safe\n\nreturn mark_safe("<b>%s</b>" % comment.text)',
  fix: 'Use `django.utils.html.format_html("<b>{}</b>", comment.text)`, which escapes the arguments, and keep `mark_safe` for literals.',
  notReported: ['Literal strings: they contain nothing from outside the program.', 'Ruff has no separate code for this check: its `S308` (`django-mark-safe-call`) covers every `mark_safe` call.'],
});

export const markupsafeMarkupXss: Rule = callRule({
  id: 'unsafe-markup-use', name: 'UnsafeMarkupUse', bandit: 'B704', ruff: 'S704', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'xss', cwe: [79], functions: ['markupsafe.Markup', 'flask.Markup'],
  check: notLiteral,
  message: (call) => `${callName(call)} applied to a value that is not a literal: anything in it reaches the page unescaped`,
  short: 'markupsafe Markup applied to a value that is not a literal',
  full: 'Markup marks a string as safe HTML; when the string is built at run time, user input in it reaches the page unescaped (XSS).',
  title: '`Markup` on a value built at run time',
  why: 'Jinja2 and Flask do not escape a `Markup` object. If a user-controlled value was formatted into it, its markup and scripts reach the page.',
  example: 'from markupsafe import Markup\n\nhtml = Markup(f"<b>{username}</b>")',
  fix: 'Escape the values: `Markup("<b>{}</b>").format(username)` or `markupsafe.escape(username)`.',
  notReported: ['Literal strings.'],
});
