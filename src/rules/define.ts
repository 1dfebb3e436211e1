/**
 * The one way to define a rule. A rule file holds a `defineRule({...})` call and nothing else of
 * substance: its metadata, its documentation (`docs`, the single source of its help, of
 * docs/rules.md and of the SARIF `help`), the shared analyses it reads, and its visitor.
 *
 * The documentation is structured so that it can be checked: `docs.example` is Python the rule
 * must report, `docs.fixed` the same code fixed, which it must not (test/rules/examples.test.ts
 * runs both for every rule in the catalogue).
 */
import type { Analysis, RuleContext, RuleMeta, Rule, Visitor } from '../engine/api';

/** A rule's user documentation, rendered into its Markdown help in a fixed order. */
export interface RuleDocs {
  /** The help's title (a `#` heading): what is wrong, in a few words. */
  title: string;
  /** Why it matters: one or more Markdown paragraphs. */
  why: string;
  /** Python code the rule reports (at least one finding of this rule, with the default options). */
  example: string;
  /** Markdown after the example, saying what in it is reported (`` `os` and `np` are reported``). */
  exampleNote?: string;
  /**
   * Rules (ids) the example and the fixed example run without, for a rule that speaks only where
   * another rule is off (inconsistent-naming); `exampleNote` says so.
   */
  exampleWithout?: readonly string[];
  /** How to fix, Markdown; followed by `fixed`. */
  fix: string;
  /** The example fixed: Python code in which the rule reports nothing. */
  fixed: string;
  /** What is deliberately not reported, one Markdown bullet each. */
  notReported: readonly string[];
  /** Further sections (`## Grading`, `## Options`, ...), Markdown, after the others. */
  more?: string;
}

/** Everything a rule is made of; `meta.help` is rendered from `docs`. */
export interface RuleDefinition {
  meta: Omit<RuleMeta, 'help'>;
  docs: RuleDocs;
  /** Shared analyses (src/analysis) the rule reads; they join the same walk, ahead of the rules. */
  uses?: Analysis<unknown>[];
  /** Called once per file with the rule's view of it; returns the handlers the walk dispatches to. */
  create(context: RuleContext): Visitor;
}

const DOCS = new WeakMap<Rule, RuleDocs>();

/** The Markdown help of a rule, from its docs. */
export function renderHelp(docs: RuleDocs): string {
  const python = (code: string): string => '```python\n' + code.trim() + '\n```';
  return [
    `# ${docs.title}`,
    docs.why.trim(),
    '## Example',
    python(docs.example),
    ...(docs.exampleNote ? [docs.exampleNote.trim()] : []),
    '## How to fix',
    docs.fix.trim(),
    python(docs.fixed),
    '## What is not reported',
    docs.notReported.map((line) => `- ${line}`).join('\n'),
    ...(docs.more ? [docs.more.trim()] : []),
  ].join('\n\n');
}

/** Makes a rule from its definition. */
export function defineRule(definition: RuleDefinition): Rule {
  const meta: RuleMeta = { ...definition.meta, help: renderHelp(definition.docs) };
  const rule: Rule = {
    meta,
    ...(definition.uses ? { uses: definition.uses } : {}),
    create: (context) => definition.create(context.forRule(meta)),
  };
  DOCS.set(rule, definition.docs);
  return rule;
}

/** The documentation of a rule made by `defineRule`; undefined for a rule made any other way. */
export function docsOf(rule: Rule): RuleDocs | undefined {
  return DOCS.get(rule);
}
