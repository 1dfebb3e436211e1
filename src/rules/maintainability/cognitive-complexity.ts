/** SonarSource's Cognitive Complexity (Sonar S3776): how hard a function is to read. No Ruff rule. */
import { thresholdRule } from './complexity-threshold';

export const cognitiveComplexity = thresholdRule({
  meta: {
    id: 'cognitive-complexity',
    name: 'CognitiveComplexity',
    shortDescription: 'A function has a cognitive complexity above the threshold',
    fullDescription:
      "A function scores above the threshold on SonarSource's Cognitive Complexity: breaks in the " +
      'linear flow (conditions, loops, exception handlers, boolean operator sequences, recursion), ' +
      'weighted by how deeply they are nested. Such functions are hard to read and to review.',
    aliases: ['S3776'],
    precision: 'high',
  },
  docs: {
    title: 'A function is hard to follow',
    why: `Cognitive complexity, as defined by SonarSource, scores how hard a function is to read rather than
how many paths it has: every break in the linear flow costs 1, and costs more the deeper it is
nested, because the reader must keep every enclosing condition in mind.

- +1, plus the current nesting level, for each \`if\`, \`for\`, \`while\`, \`except\`, \`match\`
  and conditional expression (\`a if c else b\`).
- +1 for each \`elif\` and \`else\` (of an \`if\` or a loop), without a nesting part.
- +1 for each sequence of like boolean operators: \`a and b and c\` is 1, \`a and b or c\` is 2.
- +1 for each direct recursive call.
- The nesting level rises inside those blocks, in nested functions and in lambdas. \`try\`,
  \`finally\`, \`with\` and \`else\` of a \`try\` add nothing.`,
    example: `def total(orders):
    result = 0
    for order in orders:                 # +1
        if order.paid:                   # +2 (nesting 1)
            for line in order.lines:     # +3 (nesting 2)
                if line.qty and line.price:  # +4 (nesting 3), +1 (and)
                    result += line.qty * line.price
                else:                    # +1
                    log.warning("empty line in order %s", order.id)
        elif order.refunded:             # +1
            while order.credits:         # +3 (nesting 2)
                result -= order.credits.pop()
    return result                        # 16 in all`,
    fix: `Flatten the function: return or \`continue\` early instead of nesting, extract inner loops and
conditions into named helpers, and name complex conditions with a variable or a small function.
The threshold is the \`max-complexity\` option (default 15, SonarSource's default for Python).`,
    fixed: `def total(orders):
    return sum(order_total(order) for order in orders)


def order_total(order):
    if order.refunded:                   # +1
        return -sum(order.credits)
    if not order.paid:                   # +1
        return 0
    return sum(line_total(line) for line in order.lines)


def line_total(line):
    priced = line.qty and line.price     # +1 (and)
    return line.qty * line.price if priced else 0  # +1`,
    notReported: ['Functions at or below the threshold.'],
    more: `A nested function's score counts for the function that contains it (at a deeper nesting level)
and it is also measured on its own.`,
  },
  option: 'max-complexity',
  defaultThreshold: 15,
  optionDescription: 'Report functions whose cognitive complexity is greater than this.',
  measure: (m) => m.cognitive,
  describe: (m, v) => `\`${m.name}\` has a cognitive complexity of ${v}`,
});
