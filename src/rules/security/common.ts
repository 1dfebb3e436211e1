/**
 * Shared pieces of the security rules: a rule's metadata from Bandit's grading, its docs with the
 * grading section, `securityRule` (defineRule for a security spec), and a table-driven "call to one
 * of these functions" rule.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel, type CallSite } from '../../analysis/calls';
import type { Rule, RuleMeta } from '../../engine/api';
import { defineRule, type RuleDefinition, type RuleDocs } from '../define';
import { PRECISION_FOR_CONFIDENCE, SECURITY_SEVERITY, type BanditLevel } from '../severity';

export interface SecuritySpec {
  id: string;
  name: string;
  /** Bandit id (`B101`). */
  bandit: string;
  /** Ruff code (`S101`), when Ruff has the check. */
  ruff?: string;
  severity: BanditLevel;
  confidence: BanditLevel;
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
}

/** The metadata of a security rule: severity and precision from Bandit's grading. */
export function securityMeta(spec: SecuritySpec): Omit<RuleMeta, 'help'> {
  return {
    id: spec.id,
    name: spec.name,
    kind: 'security',
    shortDescription: spec.short,
    fullDescription: spec.full,
    category: spec.category,
    aliases: spec.ruff ? [spec.bandit, spec.ruff] : [spec.bandit],
    precision: PRECISION_FOR_CONFIDENCE[spec.confidence],
    securitySeverity: SECURITY_SEVERITY[spec.severity],
    cwe: spec.cwe,
  };
}

/** The documentation of a security rule: the spec's sections, then how Bandit grades it. */
export function securityDocs(spec: SecuritySpec): RuleDocs {
  const grading =
    '## Grading\n\n' +
    `Bandit grades this check ${spec.severity.toLowerCase()} severity, ${spec.confidence.toLowerCase()} confidence: ` +
    `security-severity ${SECURITY_SEVERITY[spec.severity].toFixed(1)}, precision \`${PRECISION_FOR_CONFIDENCE[spec.confidence]}\` ` +
    `(see docs/severity.md). Bandit id \`${spec.bandit}\`${spec.ruff ? `, Ruff code \`${spec.ruff}\`` : ' (Ruff has no equivalent)'}.`;
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

/** The call as written, and what it resolves to when that differs: `` `sp.run` (`subprocess.run`) ``. */
export function callName(call: CallSite): string {
  const written = call.writtenName;
  const resolved = call.assumedName;
  if (!written || written === resolved) return `\`${resolved ?? call.callee.text}\``;
  return resolved ? `\`${written}\` (\`${resolved}\`)` : `\`${written}\``;
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
}

/** A rule reporting calls to a fixed set of functions, resolved through the file's imports. */
export function callRule(spec: CallRuleSpec): Rule {
  return securityRule({
    ...spec,
    uses: [calls],
    create(context) {
      return {
        end() {
          const model = context.analysis<CallModel>(calls);
          for (const call of model.callsToAssumed(spec.functions)) {
            const verdict = spec.check ? spec.check(call, model) : true;
            if (!verdict) continue;
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
