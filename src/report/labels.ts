import type { Finding } from '../engine/types';
import { ALL_RULES } from '../rules';
import { bandOf } from '../rules/severity';
import { reportedMeta } from '../rules/testcode';
import type { RuleMeta } from '../engine/api';

export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));

/** What a person reads as a finding's severity: the GitHub band for security (as reported: lower in test code), `note` otherwise. */
export function severityLabel(finding: Finding): string {
  const meta = reportedMeta(finding);
  return meta?.kind === 'security' ? bandOf(meta.securitySeverity ?? 0) : 'note';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A message as a person reads it outside code scanning: the SARIF link to a related location,
 * `[user-provided value](1)`, becomes its text. Only that form (digits as the target) is a link.
 */
export function plainMessage(message: string): string {
  return message.replace(/\[([^\]]*)\]\((\d+)\)/g, '$1');
}

/**
 * A data-flow finding's path in one line, for the text report and the job summary:
 * `views.py:15 request.args -> views.py:16 -> util.py:6 -> views.py:17 os.system`. The first step
 * says what the source is, the last what the sink is; the steps between give only their place.
 */
export function shortPath(finding: Finding): string | undefined {
  const flow = finding.flow;
  if (!flow || flow.length === 0) return undefined;
  const parts: string[] = [];
  let previous = '';
  flow.forEach((step, i) => {
    const where = `${step.path}:${step.line}`;
    const last = i === flow.length - 1;
    // Several steps on one line (the source and the assignment that holds it) read as one.
    if (where === previous && !last) return;
    // A step's message may quote the code, line breaks included: one line here.
    parts.push(i === 0 || last ? `${where} ${step.message.replace(/\s+/g, ' ')}` : where);
    previous = where;
  });
  return parts.join(' -> ');
}
