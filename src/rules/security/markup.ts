/**
 * Reads the string that `mark_safe`/`Markup`-style calls mark as safe HTML (B703, B704): whether
 * it is given, a literal, or made only of literals and values that were just escaped.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import type { CallModel, CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { namedChildrenOf, stringLiteralValue, unparenthesize } from '../../analysis/literals';

/**
 * Functions whose result is escaped (or sanitised) HTML: marking it safe again changes nothing.
 * `format_html` and `format_html_join` escape their arguments; `conditional_escape` leaves only
 * what is already safe unescaped.
 */
const ESCAPED = new Set([
  'django.utils.html.escape',
  'django.utils.html.conditional_escape',
  'django.utils.html.format_html',
  'django.utils.html.format_html_join',
  'django.utils.html.escapejs',
  'django.utils.html.json_script',
  'django.template.defaultfilters.escape',
  'django.template.defaultfilters.force_escape',
  'markupsafe.escape',
  'markupsafe.Markup.escape',
  'flask.escape',
  'jinja2.escape',
  'html.escape',
  'bleach.clean',
  'nh3.clean',
]);

/** How deep an expression is taken apart (`"<b>" + escape(a) + "</b>"`, `"%s" % (escape(a),)`). */
const MAX_DEPTH = 8;

/**
 * True when the value is HTML that holds nothing unescaped from outside the program: a literal, a
 * call to an escaping function (`escape(x)`, `format_html(...)`), or a `+`, `%`, `.format()` or
 * f-string made only of such parts.
 */
export function isEscapedHtml(node: Node, model: CallModel, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const expr = unparenthesize(node);
  if (stringLiteralValue(expr) !== undefined) return true;
  const parts = (nodes: readonly Node[]): boolean => nodes.every((part) => isEscapedHtml(part, model, depth + 1));
  switch (expr.type) {
    case 'call': {
      const name = model.callAt(expr)?.assumedName;
      if (name !== undefined && ESCAPED.has(name)) return true;
      // `"<b>{}</b>".format(escape(x))`
      const callee = expr.childForFieldName('function');
      if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'format') return false;
      const object = callee.childForFieldName('object');
      const args = expr.childForFieldName('arguments');
      if (!object || stringLiteralValue(object) === undefined || args?.type !== 'argument_list') return false;
      const values = namedChildrenOf(args).map((arg) => (arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg));
      return values.every(
        (value) => value !== null && value.type !== 'list_splat' && value.type !== 'dictionary_splat' && isEscapedHtml(value, model, depth + 1),
      );
    }
    case 'binary_operator': {
      const operator = expr.childForFieldName('operator')?.type;
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (!left || !right) return false;
      if (operator === '+') return parts([left, right]);
      if (operator !== '%' || stringLiteralValue(left) === undefined) return false;
      const values = unparenthesize(right);
      return values.type === 'tuple' ? parts(namedChildrenOf(values)) : isEscapedHtml(values, model, depth + 1);
    }
    case 'string':
    case 'concatenated_string': {
      // An f-string: every field an escaped value, without a conversion (`!r` quotes the text).
      const strings = expr.type === 'string' ? [expr] : namedChildrenOf(expr);
      for (const string of strings) {
        if (string.type !== 'string') return false;
        const start = string.namedChildren.find((c) => c?.type === 'string_start');
        if (start && /[bt]/i.test(start.text.replace(/['"]+$/, ''))) return false;
        for (const field of string.namedChildren) {
          if (field?.type !== 'interpolation') continue;
          const value = field.childForFieldName('expression');
          if (!value || field.childForFieldName('type_conversion') || !isEscapedHtml(value, model, depth + 1)) return false;
        }
      }
      return true;
    }
    default:
      return false;
  }
}

/** The string a `mark_safe(s)`/`SafeString(s)`/`Markup(object)` call marks safe, when written at the call. */
function markedValue(call: CallSite): Node | undefined {
  const value = argumentAt(call.node, 0, 's') ?? argumentAt(call.node, 0, 'object');
  return value === undefined || value.type === 'list_splat' ? undefined : value;
}

/**
 * True when the call's first argument is given and is neither a literal nor HTML just escaped
 * (`mark_safe(escape(x))`, `Markup(format_html(...))`, `mark_safe("<b>" + escape(x) + "</b>")`).
 */
export function marksUnescaped(call: CallSite, model: CallModel): boolean {
  const value = markedValue(call);
  return value !== undefined && !isEscapedHtml(value, model);
}
