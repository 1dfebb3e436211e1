/** Bandit B701 / Ruff S701: a Jinja2 environment without autoescaping. */
import { type CallModel, type CallSite } from '../../analysis/calls';
import { keywordArgument, keywordValue } from '../../analysis/arguments';
import { truthiness, unparenthesize } from '../../analysis/literals';
import { callName, callRule } from './common';

export const jinja2AutoescapeFalse = callRule({
  id: 'jinja2-autoescape-false',
  name: 'Jinja2AutoescapeFalse',
  bandit: 'B701',
  ruff: 'S701',
  severity: 'HIGH',
  confidence: 'HIGH',
  category: 'xss',
  cwe: [94, 79],
  functions: ['jinja2.Environment', 'jinja2.environment.Environment'],
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
  why: "Jinja2 does not escape by default. Every `{{ value }}` in an HTML template then reaches the page as markup, so a user-supplied value containing `<script>` runs in other users' browsers.",
  example: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))',
  fix: 'Create the environment with `autoescape=jinja2.select_autoescape()` (escapes HTML and XML templates) or `autoescape=True`.',
  fixed: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=jinja2.select_autoescape())',
  notReported: [
    '`autoescape=True` or another true constant, and `autoescape=select_autoescape(...)`.',
    'Calls passing `**kwargs` without `autoescape=`.',
    'Bandit gives a non-constant `autoescape=` medium confidence; this rule reports it with the same high severity and keeps one precision for the rule.',
  ],
});
