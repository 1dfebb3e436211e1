/** SonarSource's Cognitive Complexity (Sonar S3776): how hard a function is to read. No Ruff rule. */
import { thresholdRule } from './complexity-threshold';

const HELP = `# A function is hard to follow

Cognitive complexity, as defined by SonarSource, scores how hard a function is to read rather than
how many paths it has: every break in the linear flow costs 1, and costs more the deeper it is
nested, because the reader must keep every enclosing condition in mind.

- +1, plus the current nesting level, for each \`if\`, \`for\`, \`while\`, \`except\`, \`match\`
  and conditional expression (\`a if c else b\`).
- +1 for each \`elif\` and \`else\` (of an \`if\` or a loop), without a nesting part.
- +1 for each sequence of like boolean operators: \`a and b and c\` is 1, \`a and b or c\` is 2.
- +1 for each direct recursive call.
- The nesting level rises inside those blocks, in nested functions and in lambdas. \`try\`,
  \`finally\`, \`with\` and \`else\` of a \`try\` add nothing.

## Example

\`\`\`python
def total(orders):
    result = 0
    for order in orders:                 # +1
        if order.paid:                   # +2 (nesting 1)
            for line in order.lines:     # +3 (nesting 2)
                if line.qty and line.price:  # +4 (nesting 3), +1 (and)
                    result += line.qty * line.price
    return result
\`\`\`

## How to fix

Flatten the function: return or \`continue\` early instead of nesting, extract inner loops and
conditions into named helpers, and name complex conditions with a variable or a small function.
The threshold is the \`max-complexity\` option (default 15, SonarSource's default for Python).

## What is not reported

Functions at or below the threshold. A nested function's score counts for the function that
contains it (at a deeper nesting level) and it is also measured on its own.`;

export const cognitiveComplexity = thresholdRule({
  meta: {
    id: 'cognitive-complexity',
    name: 'CognitiveComplexity',
    shortDescription: 'A function has a cognitive complexity above the threshold',
    fullDescription:
      'A function scores above the threshold on SonarSource\'s Cognitive Complexity: breaks in the ' +
      'linear flow (conditions, loops, exception handlers, boolean operator sequences, recursion), ' +
      'weighted by how deeply they are nested. Such functions are hard to read and to review.',
    help: HELP,
    aliases: ['S3776'],
    precision: 'high',
  },
  option: 'max-complexity',
  defaultThreshold: 15,
  optionDescription: 'Report functions whose cognitive complexity is greater than this.',
  measure: (m) => m.cognitive,
  describe: (m, v) => `\`${m.name}\` has a cognitive complexity of ${v}`,
});
