/**
 * Templates rendered without HTML escaping: `aiohttp_jinja2.setup(..., autoescape=False)`, and a
 * `jinja2.Template` made without `autoescape=True` (its default is off). (`jinja2.Environment`
 * without autoescape is `jinja2-autoescape-false`, Bandit's B701.) CodeQL's
 * py/jinja2/autoescape-false (6.1).
 */
import { calls } from '../../analysis/calls';
import { hasArgumentSplat, keywordValue } from '../../analysis/arguments';
import { truthiness } from '../../analysis/literals';
import { defineRule } from '../define';
import { PRECISION_STEP, SECURITY_SEVERITY } from '../severity';
import { callName } from './common';
import { webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'configuration',
  family: 'xss',
  reference: { name: "CodeQL's `py/jinja2/autoescape-false`", score: 6.1 },
  score: SECURITY_SEVERITY.MEDIUM - PRECISION_STEP,
  why: 'templates that render plain text (emails, configuration files) need no escaping, so precision is medium, and a medium-precision rule scores one step below the high-precision rules of its family (`jinja2-autoescape-false`, `django-mark-safe`, `unsafe-markup-use`, 5.5 and above)',
});

export const templateAutoescapeDisabled = defineRule({
  meta: {
    id: 'template-autoescape-disabled',
    name: 'TemplateAutoescapeDisabled',
    kind: 'security',
    shortDescription: 'Templates are rendered without HTML escaping (aiohttp_jinja2 autoescape off, jinja2.Template)',
    fullDescription:
      'aiohttp_jinja2 is set up with autoescape=False, or a jinja2.Template is made without autoescape=True (it does not escape by default). Values rendered into HTML through it are not escaped: any of them that holds markup injects script (XSS).',
    category: 'web-configuration',
    aliases: ['py/jinja2/autoescape-false'],
    precision: 'medium',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [79],
  },
  docs: {
    title: 'Templates rendered without HTML escaping',
    why:
      'With autoescaping off, `{{ value }}` writes the value into the page as it is: a name such as `<script>...</script>` runs in the browser of whoever sees the page. ' +
      '`jinja2.Template` never escapes unless told to, and aiohttp_jinja2 turns it off when asked; templates that render plain text (emails, configuration files) do not need it, which is why precision is medium.',
    example: 'import jinja2\n\nGREETING = jinja2.Template("<p>Hello {{ name }}</p>")\n',
    fix: 'Turn autoescaping on (`autoescape=True`, or `jinja2.select_autoescape()`), and mark the few values that are trusted HTML with `Markup` or the `|safe` filter.',
    fixed: 'import jinja2\n\nGREETING = jinja2.Template("<p>Hello {{ name }}</p>", autoescape=True)\n',
    notReported: [
      '`aiohttp_jinja2.setup` without `autoescape` (it escapes by default), and values known only at run time.',
      'Calls with `**options`: nothing shows escaping is off.',
      '`jinja2.Environment`: that is `jinja2-autoescape-false` (Bandit B701).',
    ],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    return {
      end() {
        const model = context.analysis(calls);
        for (const call of model.callsAmongAssumed(['aiohttp_jinja2.setup'])) {
          const autoescape = keywordValue(call.node, 'autoescape');
          if (autoescape && truthiness(autoescape) === false)
            context.report(autoescape, `${callName(call)} with \`autoescape=False\`: values rendered into HTML are not escaped`);
        }
        for (const call of model.callsAmongAssumed(['jinja2.Template', 'jinja2.environment.Template'])) {
          if (hasArgumentSplat(call.node)) continue;
          const autoescape = keywordValue(call.node, 'autoescape');
          if (!autoescape) context.report(call.callee, `${callName(call)} is made without \`autoescape=True\`: it does not escape the values it renders`);
          else if (truthiness(autoescape) === false)
            context.report(autoescape, `${callName(call)} with \`autoescape=False\`: values rendered into HTML are not escaped`);
        }
      },
    };
  },
});
