/** Pylint R0913: a function with more parameters than the threshold (default 5). */
import { counted, thresholdRule } from './complexity-threshold';

export const tooManyArguments = thresholdRule({
  meta: {
    id: 'too-many-arguments',
    name: 'TooManyArguments',
    shortDescription: 'A function has more parameters than the threshold',
    fullDescription:
      'A function declares more parameters than the threshold allows (positional-only, ordinary and ' +
      'keyword-only, self and cls included, as Pylint counts them). Long parameter lists are hard to ' +
      'call correctly and usually mean the function does too much.',
    aliases: ['R0913', 'PLR0913'],
    precision: 'very-high',
  },
  docs: {
    title: 'A function takes too many arguments',
    why: `A function with many parameters is hard to call correctly (which argument goes where?), hard to
test in all combinations, and often does several jobs at once.

Counted as Pylint counts them (R0913): positional-only, ordinary and keyword-only parameters,
\`self\` and \`cls\` included. \`*args\` and \`**kwargs\` are not counted, and neither are names
Pylint ignores by default: those starting with \`_\`, \`ignored_\` or \`unused_\`.`,
    example: `def connect(host, port, user, password, timeout, retries):
    ...`,
    fix: `Group parameters that travel together into an object (a dataclass such as \`Credentials\` or
\`Options\`), give rarely used parameters defaults behind a \`*\` so callers name them, or split the
function. The threshold is the \`max-args\` option (default 5, Pylint's).`,
    fixed: `def connect(address, credentials, *, timeout=10, retries=3):
    ...`,
    notReported: ['Functions at or below the threshold, and lambdas.'],
  },
  option: 'max-args',
  defaultThreshold: 5,
  optionDescription: 'Report functions with more parameters than this.',
  measure: (m) => m.arguments,
  describe: (m, v) => `\`${m.name}\` has ${counted(v, 'argument')}`,
});
