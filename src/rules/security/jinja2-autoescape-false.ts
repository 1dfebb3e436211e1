/**
 * Bandit B701 / Ruff S701: a Jinja2 environment without autoescaping. A pattern, not a
 * configuration dangerous wherever it appears: Jinja2 is a text engine, and environments for
 * plain text (documentation, release notes, configuration files, code) need no HTML escaping.
 */
import { type CallSite } from '../../analysis/calls';
import { keywordArgument, keywordValue } from '../../analysis/arguments';
import { truthiness, unparenthesize } from '../../analysis/literals';
import { PATTERN_HIGH } from '../severity';
import { callName, callRule } from './common';

export const jinja2AutoescapeFalse = callRule({
  id: 'jinja2-autoescape-false',
  name: 'Jinja2AutoescapeFalse',
  bandit: 'B701',
  ruff: 'S701',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: {
    evidence: 'pattern',
    family: 'xss',
    score: PATTERN_HIGH,
    why: "Jinja2 renders any text, and its environments for plain text (documentation, release notes, configuration files, generated code: Ansible's packaging scripts) need no HTML escaping, so the setting is dangerous only for the HTML templates, which the rule does not see. CodeQL's `py/jinja2/autoescape-false`: 6.1, precision medium. Where the data-flow analysis proves input reaching a page, `reflected-xss` reports it.",
  },
  category: 'xss',
  cwe: [94, 79],
  functions: ['jinja2.Environment', 'jinja2.environment.Environment'],
  check: (call: CallSite) => {
    const value = keywordValue(call.node, 'autoescape');
    if (!value) return !call.args?.namedChildren.some((c) => c?.type === 'dictionary_splat');
    // A constant false turns escaping off; a value known only at run time (a setting, a function
    // choosing by template name, `select_autoescape()`) is not reported, as `verify=` and `debug=`.
    return truthiness(unparenthesize(value)) === false ? keywordArgument(call.node, 'autoescape') : false;
  },
  message: (call) =>
    `${callName(call)} without \`autoescape=True\` (or \`select_autoescape()\`) renders values unescaped: cross-site scripting if it renders HTML`,
  short: 'Jinja2 environment without autoescaping',
  full: 'A jinja2.Environment is created with autoescape missing or false, so values rendered into HTML templates are not escaped and can inject script (XSS). Environments that render plain text need no escaping.',
  title: 'Jinja2 autoescaping turned off',
  why: "Jinja2 does not escape by default. Every `{{ value }}` in an HTML template then reaches the page as markup, so a user-supplied value containing `<script>` runs in other users' browsers.",
  example: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))',
  fix: 'Create the environment with `autoescape=jinja2.select_autoescape()` (escapes HTML and XML templates) or `autoescape=True`.',
  fixed: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=jinja2.select_autoescape())',
  notReported: [
    '`autoescape=True` or another true constant, and `autoescape=select_autoescape(...)`.',
    'Calls passing `**kwargs` without `autoescape=`.',
    '`autoescape=` with a value known only at run time (a setting, a function that decides by template name): Bandit reports it with medium confidence; it is not a setting turned off at this line.',
  ],
});
