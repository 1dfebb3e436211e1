/** Pylint R1702: blocks nested deeper than the threshold (default 5) in a function. */
import { thresholdRule } from './complexity-threshold';

export const tooManyNestedBlocks = thresholdRule({
  meta: {
    id: 'too-many-nested-blocks',
    name: 'TooManyNestedBlocks',
    shortDescription: 'A function nests blocks deeper than the threshold',
    fullDescription:
      'A function nests if, for, while and try blocks deeper than the threshold allows, ' +
      'measured as Pylint measures it. Deeply nested code is hard to follow because every level ' +
      'adds a condition the reader must remember.',
    aliases: ['R1702', 'PLR1702'],
    precision: 'very-high',
  },
  docs: {
    title: 'Blocks are nested too deeply',
    why: `Deep nesting forces the reader to remember every enclosing condition and loop to understand one
line. Measured as Pylint measures it (R1702): the deepest nesting of \`if\`, \`for\`, \`while\` and
\`try\` blocks in the function; an \`elif\` or \`else\` stays at the level of its \`if\`, and a
\`try\` with its handlers, \`else\` and \`finally\` is one level. A \`with\` is no level, and Pylint
starts counting again from 1 inside a \`with\`, an \`except\` handler, a \`match\` case or an
\`async for\`, and after a nested function. Blocks of a nested function count for that function
only.`,
    example: `def scan(paths):
    for path in paths:
        if path:
            for line in read(path):
                if line:
                    try:
                        if line[0] == "#":   # depth 6
                            ...
                    except ValueError:
                        ...`,
    fix: `Return or \`continue\` early instead of wrapping the rest in a condition, and extract the inner
loops into functions. The threshold is the \`max-nested-blocks\` option (default 5, Pylint's).`,
    fixed: `def scan(paths):
    for path in paths:
        if not path:
            continue
        for line in read(path):
            scan_line(line)


def scan_line(line):
    if not line:
        return
    try:
        if line[0] == "#":   # depth 2
            ...
    except ValueError:
        ...`,
    notReported: ['Functions whose deepest nesting is at or below the threshold. One finding per function, on its name, with the deepest level reached.'],
  },
  option: 'max-nested-blocks',
  defaultThreshold: 5,
  optionDescription: 'Report functions whose blocks are nested deeper than this.',
  measure: (m) => m.nestedBlocks,
  describe: (m, v) => `\`${m.name}\` nests blocks ${v} deep`,
});
