/** Bandit B704 / Ruff S704: MarkupSafe's `Markup` applied to a value that is neither a literal nor escaped. */
import { callName, callRule } from './common';
import { marksUnescaped } from './markup';

export const unsafeMarkupUse = callRule({
  id: 'unsafe-markup-use',
  name: 'UnsafeMarkupUse',
  bandit: 'B704',
  ruff: 'S704',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'xss' },
  category: 'xss',
  cwe: [79],
  functions: ['markupsafe.Markup', 'flask.Markup'],
  check: marksUnescaped,
  message: (call) => `${callName(call)} applied to a value that is neither a literal nor escaped: anything in it reaches the page unescaped`,
  short: 'Markup from markupsafe applied to a value that is neither a literal nor escaped',
  full: 'Markup marks a string as safe HTML; when the string is built at run time, user input in it reaches the page unescaped (XSS).',
  title: '`Markup` on a value built at run time',
  why: 'Jinja2 and Flask do not escape a `Markup` object. If a user-controlled value was formatted into it, its markup and scripts reach the page.',
  example: 'from markupsafe import Markup\n\nhtml = Markup(f"<b>{username}</b>")',
  fix: 'Escape the values: `Markup("<b>{}</b>").format(username)` or `markupsafe.escape(username)`.',
  fixed: 'from markupsafe import Markup\n\nhtml = Markup("<b>{}</b>").format(username)',
  notReported: [
    'Literal strings.',
    "Values just escaped: `Markup(escape(name))`, or a `+`, `%`, `.format()` or f-string made only of literals and escaped values (`markupsafe.escape`, `html.escape`, Django's `escape`, `conditional_escape` and `format_html`, `bleach.clean`, `nh3.clean`).",
  ],
});
