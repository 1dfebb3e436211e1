/**
 * What the configuration rules of web applications share (cookies, debug modes, secret keys,
 * Django settings): module-level settings, Django settings modules, the writes to a Flask app's
 * `config`, and their grading under the severity policy (CodeQL's score for the same class, kept
 * under the ceiling of the evidence, src/rules/severity.ts).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import type { Evidence, Grading } from '../../engine/api';
import type { CallModel } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { namedChildrenOf, stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { bandOf, policyScore } from '../severity';

/** A configuration rule's place under the severity policy. */
export interface WebGrading {
  evidence: Evidence;
  /** Rules that make the same claim with different certainty (docs/severity.md). */
  family: string;
  /** The score the grade starts from: CodeQL's for the same class, as the help names it. */
  reference: { name: string; score: number };
  /** Tendril's score where it is not the reference's kept under the evidence's ceiling. */
  score?: number;
  /** Why the score is what it is; where it departs from the reference, the reason (one sentence). */
  why: string;
}

/**
 * The score, the grading line of docs/severity.md and the help's grading section of a rule graded
 * from CodeQL's score: `policyScore` of the reference, unless the grading gives its own score.
 */
export function webGrading(g: WebGrading): { securitySeverity: number; grading: Grading; more: string } {
  const score = g.score ?? policyScore(g.reference.score, g.evidence);
  const reference = `${g.reference.name}: ${g.reference.score.toFixed(1)}`;
  const why = g.why.replace(/\.$/, '');
  const departs = score !== g.reference.score;
  return {
    securitySeverity: score,
    grading: { evidence: g.evidence, family: g.family, basis: departs ? `No Bandit check; ${reference}; ${why}.` : `No Bandit check; ${reference}.` },
    more:
      '## Grading\n\n' +
      (departs
        ? `Bandit has no such check; ${g.reference.name} scores the class ${g.reference.score.toFixed(1)}. Tendril grades it ${bandOf(score)} severity (security-severity ${score.toFixed(1)}): ${why} (see docs/severity.md).`
        : `security-severity ${score.toFixed(1)}, the score of ${g.reference.name}. ${why} (see docs/severity.md).`),
  };
}

/** A module-level assignment `NAME = value`. */
export interface Setting {
  name: string;
  value: Node;
  /** The assignment statement (where a finding is reported). */
  statement: Node;
}

/** The module-level `NAME = value` assignments of the file, in order. */
export function moduleSettings(root: Node): Setting[] {
  const out: Setting[] = [];
  for (const stmt of root.namedChildren) {
    if (stmt.type !== 'expression_statement') continue;
    const assignment = stmt.firstNamedChild;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type === 'identifier' && right) out.push({ name: left.text, value: right, statement: assignment });
  }
  return out;
}

/** Settings only a Django settings module sets. */
const DJANGO_SETTINGS = new Set([
  'INSTALLED_APPS',
  'ROOT_URLCONF',
  'MIDDLEWARE',
  'WSGI_APPLICATION',
  'ASGI_APPLICATION',
  'DATABASES',
  'AUTH_PASSWORD_VALIDATORS',
]);

/**
 * A Django settings module: its path names settings (`settings.py`, `settings/prod.py`,
 * `dev_settings.py`), or it sets what only Django's settings set (`INSTALLED_APPS`, `ROOT_URLCONF`, ...).
 */
export function isSettingsModule(path: string, settings: readonly Setting[]): boolean {
  return /(^|\/)[^/]*settings[^/]*(\/|\.pyi?$)/i.test(path) || settings.some((s) => DJANGO_SETTINGS.has(s.name));
}

/** A write to a Flask app's configuration: `app.config["KEY"] = value`, `app.config.update(KEY=value)`, `app.config.from_mapping(...)`. */
export interface ConfigWrite {
  key: string;
  value: Node;
  at: Node;
}

/** `X.config["KEY"] = value` (an assignment node), or undefined. */
export function configItemWrite(assignment: Node): ConfigWrite | undefined {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'subscript' || !right) return undefined;
  const object = left.childForFieldName('value');
  if (object?.type !== 'attribute' || object.childForFieldName('attribute')?.text !== 'config') return undefined;
  const subs = left.childrenForFieldName('subscript');
  const key = subs.length === 1 ? stringLiteralValue(subs[0]) : undefined;
  return key === undefined ? undefined : { key, value: right, at: assignment };
}

/** `X.config.update(KEY=value)`, `.update({"KEY": value})`, `.from_mapping(KEY=value)` in the file. */
export function configCallWrites(model: CallModel): ConfigWrite[] {
  const out: ConfigWrite[] = [];
  for (const call of model.calls) {
    const callee = call.callee;
    if (callee.type !== 'attribute') continue;
    const method = callee.childForFieldName('attribute')?.text;
    if (method !== 'update' && method !== 'from_mapping') continue;
    const object = callee.childForFieldName('object');
    if (object?.type !== 'attribute' || object.childForFieldName('attribute')?.text !== 'config' || !call.args) continue;
    for (const arg of namedChildrenOf(call.args)) {
      if (arg.type === 'keyword_argument') {
        const name = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (name && value) out.push({ key: name, value, at: call.node });
      } else if (unparenthesize(arg).type === 'dictionary') {
        for (const pair of namedChildrenOf(unparenthesize(arg))) {
          if (pair.type !== 'pair') continue;
          const key = pair.childForFieldName('key');
          const value = pair.childForFieldName('value');
          const name = key ? stringLiteralValue(key) : undefined;
          if (name !== undefined && value) out.push({ key: name, value, at: call.node });
        }
      }
    }
  }
  return out;
}

/** A keyword argument whose value is the constant `False` (or `None`, `0`): switched off as written. */
export function keywordIsFalse(call: Node, name: string): boolean {
  const value = keywordValue(call, name);
  const v = value && unparenthesize(value);
  return v?.type === 'false' || v?.type === 'none' || (v?.type === 'integer' && v.text === '0');
}

/** Whether the file imports a module matching `modules` (`flask`, `django.http`, ...), anywhere in it: a visitor and the answer at the end. */
export function importTracker(modules: RegExp): { visitor: Record<string, (node: Node) => void>; seen(): boolean } {
  let seen = false;
  const check = (node: Node): void => {
    if (seen) return;
    const names = node.type === 'import_from_statement' ? [node.childForFieldName('module_name')] : node.childrenForFieldName('name');
    for (const n of names) {
      const text = n?.type === 'aliased_import' ? n.childForFieldName('name')?.text : n?.text;
      if (text && modules.test(text)) seen = true;
    }
  };
  return { visitor: { import_statement: check, import_from_statement: check }, seen: () => seen };
}

/** The module-level settings of a Django settings module; none for any other module. */
export function djangoSettings(path: string, root: Node): Setting[] {
  const settings = moduleSettings(root);
  return isSettingsModule(path, settings) ? settings : [];
}

/**
 * The writes of one Flask setting in a file that imports flask: `app.<attribute> = value` (on an
 * object named like an application: `app`, `application`, `self.app`; any object when `anyObject`),
 * `app.config[KEY] = value`, and `app.config.update(KEY=...)` or `.from_mapping(KEY=...)`. The
 * visitor collects the assignments in the walk; `writes` answers at the end.
 */
export function flaskSettingWrites(
  attribute: string,
  key: string,
  anyObject: boolean,
): { visitor: Record<string, (node: Node) => void>; writes(model: CallModel): ConfigWrite[] } {
  const flask = importTracker(/^(flask|quart)(\.|$)/);
  const found: ConfigWrite[] = [];
  return {
    visitor: {
      ...flask.visitor,
      assignment(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!right) return;
        const object = left?.type === 'attribute' ? left.childForFieldName('object')?.text : undefined;
        if (object !== undefined && left!.childForFieldName('attribute')?.text === attribute && (anyObject || /^(app|application)$|\.app$/.test(object)))
          found.push({ key, value: right, at: node });
        else if (configItemWrite(node)?.key === key) found.push({ key, value: right, at: node });
      },
    },
    writes: (model) => (flask.seen() ? [...found, ...configCallWrites(model).filter((write) => write.key === key)] : []),
  };
}

/** A string or bytes literal (f-strings included: their fixed text is in the source). */
export function isStringLiteral(node: Node): boolean {
  const n = unparenthesize(node);
  return n.type === 'string' || n.type === 'concatenated_string';
}

/** Statements that run only on some paths: a setting inside one depends on the code's own options. */
const BRANCHES = new Set(['if_statement', 'elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'case_clause', 'conditional_expression']);

/** Whether `node` runs only in a branch of its function (or module): under an `if`, an `except`, a `case`. */
export function inBranch(node: Node): boolean {
  for (let p = node.parent; p && p.type !== 'function_definition' && p.type !== 'class_definition'; p = p.parent) if (BRANCHES.has(p.type)) return true;
  return false;
}
