/**
 * Ruff RUF100: a suppression comment naming a Tendril rule that reported nothing where the comment
 * applies. The engine reports this rule (src/engine/analyze.ts) once every other rule has run on
 * the file: it needs all findings and the suppression comments collected in the walk, so the
 * rule's own visitor is empty.
 */
import { defineRule } from '../define';

export const unusedSuppression = defineRule({
  meta: {
    id: 'unused-suppression',
    name: 'UnusedSuppression',
    kind: 'maintainability',
    shortDescription: 'A suppression comment suppresses nothing',
    fullDescription:
      'A # noqa, # nosec, # pylint: disable or # tendril: ignore comment names a Tendril rule that ' +
      'reports nothing where the comment applies. The comment is stale and would hide a later finding.',
    category: 'useless-code',
    aliases: ['RUF100'],
    precision: 'high',
    problemSeverity: 'recommendation',
  },
  docs: {
    title: 'A suppression comment suppresses nothing',
    why: `A suppression comment that suppresses nothing is noise: the problem it silenced was fixed (or
never there), and the comment now hides the next real finding on that line.

## What is reported

A code in \`# noqa: ...\`, \`# nosec ...\`, \`# pylint: disable=...\`, \`# ruff: noqa: ...\` or
\`# tendril: ignore[...]\` that names a Tendril rule enabled in the run (by id or alias) and
suppressed no finding of it.`,
    example: `import os  # noqa: F401
print(os.sep)`,
    exampleNote: '`os` is used, so `# noqa: F401` suppresses nothing: remove it.',
    fix: 'Remove the codes that suppress nothing, and the comment when no code is left:',
    fixed: `import os
print(os.sep)`,
    notReported: [
      'Bare `# noqa`, `# nosec` and `# tendril: ignore`: they may be there for another tool.',
      'Codes Tendril does not implement (`# noqa: E501`): they belong to other linters.',
      'Codes of rules not enabled in the run (left out by `select`, `ignore` or `per-file-ignores`).',
    ],
    more: 'Suppress this note itself with `# noqa: RUF100` on the same line.',
  },
  create: () => ({}),
});
