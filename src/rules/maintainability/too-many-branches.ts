/** Pylint R0912: a function with more branches than the threshold (default 12). */
import { counted, thresholdRule } from './complexity-threshold';

export const tooManyBranches = thresholdRule({
  meta: {
    id: 'too-many-branches',
    name: 'TooManyBranches',
    shortDescription: 'A function has more branches than the threshold',
    fullDescription:
      'A function has more branches (if, elif and else arms, loops and their else, except handlers, ' +
      'try-else and finally) than the threshold allows, counted as Pylint counts them. Every branch is a ' +
      'case to read and to test.',
    aliases: ['R0912', 'PLR0912'],
    precision: 'very-high',
  },
  docs: {
    title: 'A function has too many branches',
    why: `Each branch is a separate case the reader must follow and a test must cover. Counted as Pylint 3
counts them (R0912): an \`if\`, each \`elif\` and an \`else\` count 1 each, except that an \`else\`
holding only an \`if\` counts like an \`elif\` (nothing for the \`else\` itself); a \`for\` or
\`while\` counts 1 and its \`else\` 1; each \`except\` handler, the \`else\` of a \`try\` and its
\`finally\` count 1 each. \`async for\` and \`try\` with \`except*\` count nothing, as in Pylint.
Branches of nested functions count for those functions, not for the one that contains them.`,
    example: `def handle(event):
    if event.kind == "open":
        ...
    elif event.kind == "close":
        ...
    elif event.kind == "read":
        ...
    elif event.kind == "write":
        ...
    elif event.kind == "seek":
        ...
    elif event.kind == "flush":
        ...
    elif event.kind == "lock":
        ...
    elif event.kind == "unlock":
        ...
    elif event.kind == "rename":
        ...
    elif event.kind == "delete":
        ...
    elif event.kind == "chmod":
        ...
    elif event.kind == "chown":
        ...
    else:
        ...`,
    exampleNote: 'Thirteen branches: the `if`, eleven `elif` and the `else`.',
    fix: `Dispatch through a dictionary of handlers, move groups of cases into helper functions, or use
polymorphism. The threshold is the \`max-branches\` option (default 12, Pylint's).`,
    fixed: `HANDLERS = {"open": on_open, "close": on_close, "read": on_read, "write": on_write}


def handle(event):
    handler = HANDLERS.get(event.kind, on_unknown)
    return handler(event)`,
    notReported: ['Functions at or below the threshold.'],
  },
  option: 'max-branches',
  defaultThreshold: 12,
  optionDescription: 'Report functions with more branches than this.',
  measure: (m) => m.branches,
  describe: (m, v) => `\`${m.name}\` has ${counted(v, 'branch', 'branches')}`,
});
