/** Bandit B702 / Ruff S702: Mako templates, which render values without HTML escaping. */
import { keywordArgument } from '../../analysis/arguments';
import { callName, callRule } from './common';

export const makoTemplates = callRule({
  id: 'mako-templates',
  name: 'MakoTemplates',
  bandit: 'B702',
  ruff: 'S702',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'xss' },
  category: 'xss',
  cwe: [80],
  functions: ['mako.template.Template', 'mako.lookup.TemplateLookup'],
  check: (call) => call.assumedName === 'mako.template.Template' || !keywordArgument(call.node, 'default_filters'),
  message: (call) => `${callName(call)}: Mako does not escape HTML by default: cross-site scripting`,
  short: 'Mako templates render values without HTML escaping',
  full: 'Mako templates do not escape expressions by default, so values rendered into HTML can inject script (XSS).',
  title: 'Mako templates without escaping',
  why: 'Mako renders `${value}` as is unless a filter is applied. In an HTML template, a user-supplied value containing markup reaches the page as markup.',
  example: 'from mako.template import Template\n\nhtml = Template("<p>${name}</p>").render(name=name)',
  fix: 'Pass `default_filters=["h"]` (HTML escaping) to `Template`/`TemplateLookup`, or escape each expression with `${value | h}`; review the alert after that.',
  fixed:
    'from mako.lookup import TemplateLookup\n\nlookup = TemplateLookup(directories=["templates"], default_filters=["h"])\nhtml = lookup.get_template("name.html").render(name=name)',
  notReported: ['`TemplateLookup` calls that set `default_filters=`.'],
});
