/** Pylint R0915: a function with more statements than the threshold (default 50). */
import { thresholdRule } from './complexity-threshold';

const HELP = `# A function has too many statements

A long function does many things, and a reader has to hold all of them in mind. Counted as Pylint 3
counts them (R0915): the function itself counts 1, and every statement in its body at any depth
counts 1, nested function and class bodies included; an \`if\` or a \`try\` counts as its branches
(so an \`if\` with an \`else\` counts 2, a \`try\` with a \`finally\` 1), and each \`except\` handler
counts once more. Pylint does not count \`return\` statements, the \`for\`/\`while\` line or its
\`else\`, the \`def\`/\`class\` line of a nested function or class, or docstrings.

## Example

A 200-line \`main()\` that parses arguments, reads files, transforms data and writes a report.

## How to fix

Extract each step into a function with a descriptive name; the long function becomes a short
sequence of calls. The threshold is the \`max-statements\` option (default 50, Pylint's).

## What is not reported

Functions at or below the threshold. Blank lines, comments and docstring length do not matter:
statements are counted, not lines.`;

export const tooManyStatements = thresholdRule({
  meta: {
    id: 'too-many-statements',
    name: 'TooManyStatements',
    shortDescription: 'A function has more statements than the threshold',
    fullDescription:
      'A function body holds more statements than the threshold allows, counted as Pylint counts ' +
      'them. Long functions do several things at once and are hard to read, test and reuse.',
    help: HELP,
    aliases: ['R0915', 'PLR0915'],
    precision: 'very-high',
  },
  option: 'max-statements',
  defaultThreshold: 50,
  optionDescription: 'Report functions with more statements than this.',
  measure: (m) => m.statements,
  describe: (m, v) => `\`${m.name}\` has ${v} statements`,
});
