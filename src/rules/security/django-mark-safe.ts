/** Bandit B703: Django's `mark_safe` (or `SafeString`) applied to a value that is neither a literal nor escaped. */
import { callName, callRule } from './common';
import { marksUnescaped } from './markup';

export const djangoMarkSafe = callRule({
  id: 'django-mark-safe',
  name: 'DjangoMarkSafe',
  bandit: 'B703',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'xss' },
  category: 'xss',
  cwe: [80],
  functions: ['django.utils.safestring.mark_safe', 'django.utils.safestring.SafeString', 'django.utils.safestring.SafeText', 'django.utils.html.mark_safe'],
  check: marksUnescaped,
  // The general mark_safe check (B308) at the same call says less: one alert per call.
  supersedes: ['django-mark-safe-call'],
  message: (call) => `${callName(call)} applied to a value that is neither a literal nor escaped: anything in it reaches the page unescaped`,
  short: 'Django mark_safe/SafeString applied to a value that is neither a literal nor escaped',
  full: 'mark_safe (or SafeString) marks its argument as safe HTML; when the argument is built at run time, user input in it reaches the page unescaped (XSS).',
  title: 'Django `mark_safe` on a value built at run time',
  why: "Values marked safe skip Django's autoescaping. If any part of the string comes from a user, its markup and scripts run in the page.",
  example: 'from django.utils.safestring import mark_safe\n\nreturn mark_safe("<b>%s</b>" % comment.text)',
  fix: 'Use `django.utils.html.format_html("<b>{}</b>", comment.text)`, which escapes the arguments, and keep `mark_safe` for literals.',
  fixed: 'from django.utils.html import format_html\n\nreturn format_html("<b>{}</b>", comment.text)',
  notReported: [
    'Literal strings: they contain nothing from outside the program.',
    'Values just escaped: `mark_safe(escape(x))`, `mark_safe(format_html(...))`, and a `+`, `%`, `.format()` or f-string made only of literals and escaped values (`mark_safe("<b>" + escape(name) + "</b>")`); the escaping functions are Django\'s `escape`, `conditional_escape`, `format_html`, `format_html_join`, `escapejs` and `json_script`, `html.escape`, `markupsafe.escape`, `bleach.clean` and `nh3.clean`.',
    'Ruff has no separate code for this check: its `S308` (`django-mark-safe-call`) covers every `mark_safe` call.',
  ],
});
