/** Ruff / mccabe C901: a function whose McCabe complexity is greater than the threshold (default 10). */
import { thresholdRule } from './complexity-threshold';

export const cyclomaticComplexity = thresholdRule({
  meta: {
    id: 'cyclomatic-complexity',
    name: 'CyclomaticComplexity',
    shortDescription: 'A function has a cyclomatic complexity above the threshold',
    fullDescription:
      'A function has more decision points (if, elif, loops, except handlers, match cases, nested ' +
      'functions) than the threshold allows, counted as Ruff and mccabe count them (C901). Such ' +
      'functions have many independent paths, which are hard to test and to change safely.',
    aliases: ['C901'],
    precision: 'very-high',
  },
  docs: {
    title: 'A function has too many independent paths',
    why: `McCabe's cyclomatic complexity counts the decision points of a function: the number of paths a
test suite must take to run every branch. Past about ten, a function is hard to test completely
and hard to change without breaking one of its paths.

The count is Ruff's (rule C901, from the mccabe plugin): 1, plus 1 for each \`if\`, \`elif\`,
\`for\`, \`while\`, \`except\` handler, \`else\` of a \`try\`, and \`case\` of a \`match\` (a final
catch-all \`case _:\` adds nothing), and 1 for each nested \`def\` together with its own decision
points. \`else\` of an \`if\` or a loop, \`with\`, \`finally\`, boolean operators, conditional
expressions, comprehensions and lambdas add nothing.`,
    example: `def shipping(order):  # complexity 11
    if order.express:
        ...
    elif order.country == "FR":
        ...
    elif order.country == "DE":
        ...
    for item in order.items:
        if item.fragile:
            ...
        elif item.heavy:
            ...
        if item.oversized:
            ...
    while order.pending:
        ...
    try:
        ...
    except LookupError:
        ...
    except ValueError:
        ...`,
    fix: `Split the function: move each independent decision into a helper with a name that says what it
decides, replace long \`if\`/\`elif\` chains on one value with a dictionary lookup, and return early
instead of nesting. Raise the threshold with the \`max-complexity\` option if your team agrees on
another limit.`,
    fixed: `RATES = {"FR": ..., "DE": ...}


def shipping(order):
    rate = EXPRESS if order.express else RATES.get(order.country, DEFAULT)
    return rate + sum(handling(item) for item in order.items)


def handling(item):
    if item.fragile:
        ...
    elif item.heavy:
        ...
    if item.oversized:
        ...`,
    notReported: ['Functions at or below the threshold, lambdas, and module or class bodies outside functions.'],
    more: `A nested function is reported on its own when it is over the threshold, and its decision points
also count for the function that contains it, as Ruff counts them.`,
  },
  option: 'max-complexity',
  defaultThreshold: 10,
  optionDescription: 'Report functions whose cyclomatic complexity is greater than this.',
  measure: (m) => m.cyclomatic,
  describe: (m, v) => `\`${m.name}\` has a cyclomatic complexity of ${v}`,
});
