/**
 * Shared pieces of the security rules: a rule's metadata from Bandit's grading and its place in the
 * severity policy, its docs with the grading section, `securityRule` (defineRule for a security
 * spec), and a table-driven "call to one of these functions" rule.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel, type CallSite } from '../../analysis/calls';
import type { Evidence, Grading, Precision, Rule, RuleMeta } from '../../engine/api';
import { taint } from '../../analysis/taint';
import { defineRule, type RuleDefinition, type RuleDocs } from '../define';
import { bandOf, PRECISION_FOR_CONFIDENCE, SECURITY_SEVERITY, type BanditLevel } from '../severity';
import { decideGroups, runTimeMeta, type RunTimeSpec } from './run-time';

/**
 * A security rule's place under the severity policy (src/rules/severity.ts): the evidence its
 * results carry and its family, and Tendril's score or precision where they depart from Bandit's
 * grade, with the reason.
 */
export interface SpecGrading {
  evidence: Evidence;
  /** Rules that make the same claim with different certainty (docs/severity.md). */
  family: string;
  /** Tendril's security-severity, when it is not Bandit's severity on the scale. */
  score?: number;
  /** Tendril's precision, when it is not Bandit's confidence. */
  precision?: Precision;
  /** Why the score or precision departs from Bandit's: one sentence, required with either. */
  why?: string;
}

export interface SecuritySpec {
  id: string;
  name: string;
  /** Bandit id (`B101`). */
  bandit: string;
  /** Ruff code (`S101`), when Ruff has the check. */
  ruff?: string;
  /** Bandit's severity for the check. */
  severity: BanditLevel;
  /** Bandit's confidence for the check. */
  confidence: BanditLevel;
  /** Where the rule stands in the severity policy, and any departure from Bandit's grade. */
  grading: SpecGrading;
  category: string;
  cwe: number[];
  short: string;
  full: string;
  /** Help: the title line (without `# `). */
  title: string;
  /** Help: why it matters, one or more paragraphs. */
  why: string;
  /** Help: a Python example that is reported. */
  example: string;
  /** Help: the example fixed, which is not reported. */
  fixed: string;
  /** Help: how to fix, Markdown (may hold code). */
  fix: string;
  /** Help: bullet points of what is not reported. */
  notReported: string[];
  /** Help: an optional extra section (for example, why a check is split in two rules). */
  note?: string;
  /** Rules whose finding this one replaces at the same call (RuleMeta.supersedes): one alert per call. */
  supersedes?: string[];
  /** A rule about a value built at run time, decided by the data-flow analysis where it can (run-time.ts). */
  runTime?: RunTimeSpec;
}

/** The score and precision a spec gives its rule: Bandit's grade unless the grading departs from it, with a reason. */
export function specScore(spec: Pick<SecuritySpec, 'id' | 'severity' | 'confidence' | 'grading'>): { score: number; precision: Precision; departs: boolean } {
  const { score, precision, why } = spec.grading;
  const departs = score !== undefined || precision !== undefined;
  if (departs && !why) throw new Error(`${spec.id}: a score or precision that departs from Bandit's grade needs its reason (grading.why)`);
  return { score: score ?? SECURITY_SEVERITY[spec.severity], precision: precision ?? PRECISION_FOR_CONFIDENCE[spec.confidence], departs };
}

/** The grading line docs/severity.md shows for a rule graded from Bandit's check. */
function gradingOf(spec: SecuritySpec): Grading {
  const { departs } = specScore(spec);
  const bandit = `Bandit ${spec.severity.toLowerCase()} severity, ${spec.confidence.toLowerCase()} confidence`;
  return { evidence: spec.grading.evidence, family: spec.grading.family, basis: departs ? `${bandit}; ${spec.grading.why}` : `${bandit}.` };
}

/** The metadata of a security rule: severity and precision from Bandit's grading, or the policy's where it departs. */
export function securityMeta(spec: SecuritySpec): Omit<RuleMeta, 'help'> {
  const { score, precision } = specScore(spec);
  return {
    id: spec.id,
    name: spec.name,
    kind: 'security',
    shortDescription: spec.short,
    fullDescription: spec.full,
    category: spec.category,
    aliases: spec.ruff ? [spec.bandit, spec.ruff] : [spec.bandit],
    precision,
    securitySeverity: score,
    cwe: spec.cwe,
    grading: gradingOf(spec),
    ...(spec.supersedes ? { supersedes: spec.supersedes } : {}),
    ...runTimeMeta(spec.runTime),
  };
}

/** The documentation of a security rule: the spec's sections, then how Bandit and Tendril grade it. */
export function securityDocs(spec: SecuritySpec): RuleDocs {
  const { score, precision, departs } = specScore(spec);
  const scored = `security-severity ${score.toFixed(1)}, precision \`${precision}\``;
  const bandit = `Bandit grades this check ${spec.severity.toLowerCase()} severity, ${spec.confidence.toLowerCase()} confidence`;
  const grade = departs
    ? `${bandit}; Tendril grades it ${bandOf(score)} severity (${scored}): ${spec.grading.why!.replace(/\.$/, '')} (see docs/severity.md).`
    : `${bandit}: ${scored} (see docs/severity.md).`;
  const grading = '## Grading\n\n' + `${grade} Bandit id \`${spec.bandit}\`${spec.ruff ? `, Ruff code \`${spec.ruff}\`` : ' (Ruff has no equivalent)'}.`;
  return {
    title: spec.title,
    why: spec.why,
    example: spec.example,
    fix: spec.fix,
    fixed: spec.fixed,
    notReported: spec.notReported,
    more: [spec.note, grading].filter(Boolean).join('\n\n'),
  };
}

/** A security rule with its own visitor: the spec's metadata and docs, `defineRule` for the rest. */
export function securityRule(spec: SecuritySpec & Pick<RuleDefinition, 'uses' | 'create'>): Rule {
  return defineRule({ meta: securityMeta(spec), docs: securityDocs(spec), uses: spec.uses, create: spec.create });
}

/**
 * The call as written, and what it resolves to when that differs: `` `sp.run` (`subprocess.run`) ``;
 * for a name imported in alternatives, each of them: `` `pickle.loads` (`cPickle.loads` or `pickle.loads`) ``.
 */
export function callName(call: CallSite): string {
  const written = call.writtenName;
  const resolved = call.assumedName;
  if (resolved === undefined && call.assumedNames && call.assumedNames.length > 1) {
    return `\`${written ?? call.callee.text}\` (${call.assumedNames.map((name) => `\`${name}\``).join(' or ')})`;
  }
  if (!written || written === resolved) return `\`${resolved ?? call.callee.text}\``;
  return resolved ? `\`${written}\` (\`${resolved}\`)` : `\`${written}\``;
}

/** The call as if its callee surely were `name` (one of its `assumedNames`). */
function callAs(call: CallSite, name: string): CallSite {
  return { node: call.node, callee: call.callee, args: call.args, qualifiedName: name, writtenName: call.writtenName, assumedName: name, assumedNames: [name] };
}

/**
 * The calls to `functions` a rule decides on, each with the rule's verdict (see `CallRuleSpec.check`):
 * the calls surely to one of them, and the calls whose callee may be any of several of them
 * (alternative imports), reported only when every alternative would be.
 */
export function decideCalls(
  model: CallModel,
  functions: readonly string[],
  check: ((call: CallSite, model: CallModel) => boolean | Node | undefined) | undefined,
): { call: CallSite; verdict: true | Node }[] {
  const out: { call: CallSite; verdict: true | Node }[] = [];
  for (const call of model.callsAmongAssumed(functions)) {
    const readings = call.assumedName !== undefined ? [call] : call.assumedNames!.map((name) => callAs(call, name));
    let verdict: true | Node | undefined;
    for (const reading of readings) {
      const one = check ? check(reading, model) : true;
      if (!one) {
        verdict = undefined;
        break;
      }
      verdict ??= one;
    }
    if (verdict) out.push({ call, verdict });
  }
  return out;
}

export interface CallRuleSpec extends SecuritySpec {
  /** Qualified names of the functions. */
  functions: readonly string[];
  /**
   * Decides on one call: false or undefined skips it; true reports on the callee with `message`;
   * a node reports on that node instead.
   */
  check?: (call: CallSite, model: CallModel) => boolean | Node | undefined;
  message: (call: CallSite) => string;
  /** With `runTime`: the value built at run time the rule is about (a call without one has no verdict). */
  value?: (call: CallSite) => Node | undefined;
}

/**
 * A rule reporting calls to a fixed set of functions, resolved through the file's imports. A name
 * imported in alternatives (`try: import cPickle as pickle` / `except ImportError: import pickle`)
 * is reported when every alternative is one of the functions and `check` reports each of them.
 */
export function callRule(spec: CallRuleSpec): Rule {
  const { runTime, value } = spec;
  return securityRule({
    ...spec,
    uses: runTime ? [calls, taint] : [calls],
    create(context) {
      return {
        end() {
          const model = context.analysis<CallModel>(calls);
          let check = spec.check;
          if (runTime && value) {
            // Asked only about the values the rule would decide otherwise without the analysis:
            // those it would report (`built`) or pass over (`literal`) as written.
            const base = spec.check ?? ((): boolean => true);
            const asked = model.callsAmongAssumed(spec.functions).filter((call) => !base(call, model) === (runTime.role === 'literal'));
            const verdicts = decideGroups(
              context,
              asked.map((call) => [value(call)].filter((v): v is Node => v !== undefined)),
              runTime.sinkClass,
            );
            const verdictAt = new Map(asked.map((call, i) => [call.node.id, verdicts[i]]));
            check = (call, m) => {
              const verdict = verdictAt.get(call.node.id);
              if (runTime.role === 'literal') return base(call, m) || verdict === 'constant';
              return verdict === undefined ? base(call, m) : false;
            };
          }
          for (const { call, verdict } of decideCalls(model, spec.functions, check)) {
            context.report(verdict === true ? call.callee : verdict, spec.message(call));
          }
        },
      };
    },
  });
}

/** Every qualified name `prefix.name` for the given names. */
export function qualify(prefix: string, names: string): string[] {
  return names
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => `${prefix}.${n}`);
}

/** Tracks whether a file imports `module` (or a submodule, or a name from it), as Bandit's "module imported" tests. */
export function importsModule(module: string): { visitor: Record<string, (node: Node) => void>; seen(): boolean } {
  let seen = false;
  const pattern = new RegExp(`^${module.replace(/\./g, '\\.')}(\\.|$)`);
  const check = (node: Node): void => {
    if (node.type === 'import_statement') {
      for (const child of node.childrenForFieldName('name')) {
        const name = child?.type === 'aliased_import' ? child.childForFieldName('name') : child;
        if (name && pattern.test(name.text)) seen = true;
      }
    } else {
      const from = node.childForFieldName('module_name');
      if (from && from.type === 'dotted_name' && pattern.test(from.text)) seen = true;
    }
  };
  return { visitor: { import_statement: check, import_from_statement: check }, seen: () => seen };
}
