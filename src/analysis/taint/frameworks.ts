/**
 * What the taint evaluator (interpret.ts) reads from the syntax of web frameworks' code, as plain
 * functions of syntax nodes: route converters, parameter annotations, form fields, the literal
 * start of a redirect target, logging format strings, password-like names. The tables they
 * consult are in catalogue.ts.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { namedChildrenOf, stringLiteralValue, unparenthesize } from '../literals';
import * as C from './catalogue';

/** The parameters a Flask route's converters give numbers or UUIDs only (`@app.route("/u/<int:id>")`). */
export function safeConverterParams(fn: Node): Set<string> | undefined {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  if (!decorated) return undefined;
  let out: Set<string> | undefined;
  for (const d of decorated.namedChildren) {
    if (d.type !== 'decorator') continue;
    const call = d.firstNamedChild;
    if (call?.type !== 'call') continue;
    const first = call.childForFieldName('arguments')?.firstNamedChild;
    const rule = first ? stringLiteralValue(first) : undefined;
    if (!rule || !rule.includes('<')) continue;
    for (const m of rule.matchAll(C.SAFE_CONVERTERS)) (out ??= new Set()).add(m[1]);
  }
  return out;
}

/** A parameter's annotation as written (`int`, `Optional[int]`, `Request`), or undefined. */
export function annotationOf(name: Node): string | undefined {
  const param = name.parent;
  if (param?.type !== 'typed_parameter' && param?.type !== 'typed_default_parameter') return undefined;
  return param.childForFieldName('type')?.text.replace(/\s+/g, ' ');
}

/** Is this a password's name (and not the name of a token, hint or length about passwords)? */
export function isPasswordName(name: string): boolean {
  return C.PASSWORD_NAME.test(name) && !C.NOT_A_PASSWORD.test(name);
}

/**
 * The fields of a Django form class whose cleaned value holds no text (`age = forms.IntegerField()`),
 * and those that may (`name = forms.CharField()`): by field name, true for the safe ones. Only for a
 * form whose fields are all written in its class (`forms.Form` directly, no `Meta`): a model form or
 * a subclass of another form has fields from elsewhere (undefined: its cleaned data is all input).
 */
export function formFields(classNode: Node): Map<string, boolean> | undefined {
  const supers = classNode.childForFieldName('superclasses')?.text ?? '';
  if (!/^\(\s*(?:forms\.)?Form\s*\)$/.test(supers)) return undefined;
  const body = classNode.childForFieldName('body');
  const out = new Map<string, boolean>();
  for (const stmt of body?.namedChildren ?? []) {
    if (stmt.type === 'class_definition' && stmt.childForFieldName('name')?.text === 'Meta') return undefined;
    const assignment = stmt.type === 'expression_statement' ? stmt.firstNamedChild : null;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'call') continue;
    const callee = right.childForFieldName('function')?.text ?? '';
    out.set(left.text, C.SAFE_FORM_FIELDS.has(callee.slice(callee.lastIndexOf('.') + 1)));
  }
  return out;
}

/**
 * The leftmost operand of a string built with `+` or `%` (or the literal start of an f-string):
 * the text the result starts with, when it is written there.
 */
function leftmost(node: Node): Node {
  let n = unparenthesize(node);
  for (let i = 0; i < 64 && n.type === 'binary_operator'; i++) {
    const left = n.childForFieldName('left');
    if (!left) break;
    n = unparenthesize(left);
  }
  return n;
}

/** The literal text an f-string starts with, before its first field. */
function fStringStart(node: Node): string | undefined {
  let text = '';
  for (const child of node.namedChildren) {
    if (child.type === 'interpolation') return text;
    if (child.type === 'string_content') text += child.text;
  }
  return text;
}

/**
 * Does the string built at `node` start with a path of this site (`/users/`, not `//` or `/\`) or
 * with a fixed host (`https://example.com/`), or with a URL the application builds (`url_for(...)`,
 * `reverse(...)`)? Then what follows cannot send a redirect to another site.
 */
export function startsSameSite(node: Node, resolve: (call: Node) => string | undefined): boolean {
  const first = leftmost(node);
  let start: string | undefined;
  if (first.type === 'string') start = first.namedChildren.some((c) => c.type === 'interpolation') ? fStringStart(first) : stringLiteralValue(first);
  else if (first.type === 'call') {
    const q = resolve(first);
    if (q !== undefined && C.SAME_SITE_URLS.has(q)) return true;
    // `"/users/{}".format(name)`
    const callee = first.childForFieldName('function');
    if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format') {
      const receiver = callee.childForFieldName('object');
      start = receiver ? stringLiteralValue(unparenthesize(receiver)) : undefined;
    }
  }
  return start !== undefined && (/^\/(?![/\\])/.test(start) || /^https?:\/\/[^/?#\\]+[/?#]/i.test(start));
}

/**
 * The positional arguments of a logging call (from `at`, the message) that a `%r` conversion of a
 * literal message logs with their newlines escaped: their indexes.
 */
export function reprArguments(args: readonly Node[], at: number): Set<number> | undefined {
  const message = args[at] ? stringLiteralValue(unparenthesize(args[at])) : undefined;
  if (message === undefined || !message.includes('%')) return undefined;
  let out: Set<number> | undefined;
  let index = at + 1;
  for (const m of message.matchAll(/%(\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g)) {
    if (m[2] === '%') continue;
    if (m[1]) return undefined; // a mapping: not positional
    if (m[2] === 'r') (out ??= new Set()).add(index);
    index++;
  }
  return out;
}

/** A string literal's quote characters: an `in` test of one is a guard against closing a quoted XPath literal. */
export function isQuoteLiteral(node: Node): boolean {
  const v = stringLiteralValue(unparenthesize(node));
  return v === "'" || v === '"';
}

/** The elements of a tuple written as `("//", "/\\")`, or the node alone. */
export function alternatives(node: Node): Node[] {
  const n = unparenthesize(node);
  return n.type === 'tuple' ? namedChildrenOf(n) : [n];
}
