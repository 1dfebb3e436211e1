/**
 * Docstrings and pydocstyle's notion of "public", as Ruff's pydocstyle rules (D1) apply them;
 * shared by `missing-module-docstring`, `missing-class-docstring` and `missing-function-docstring`.
 *
 * - A docstring is the first statement of a module, class or function body (comments before it
 *   are fine) when it is a string literal: plain, raw or `u` strings, an implicit concatenation,
 *   parentheses allowed. f-strings and bytes are not docstrings (Python does not store them in
 *   `__doc__`).
 * - A module is private when its file name or one of its folders (relative to the analysis root)
 *   starts with `_` and is not a dunder name (`__init__`, `__main__`): `_compat.py`,
 *   `_internal/x.py`. Nothing in a private module is public.
 * - A module-level class or function is public when its name does not start with `_` and, if the
 *   module assigns `__all__`, the name is listed there.
 * - A class in a class is public when the enclosing class is public and its name does not start
 *   with `_`. A method is public when its class is public and its name is not private (`_x`,
 *   `__x`; dunder names such as `__eq__` are public magic methods).
 * - Anything defined inside a function (nested functions, classes and their methods) is not public.
 * - Functions decorated with `@overload`, `@override`, `@<name>.setter` or `@<name>.deleter` are
 *   not judged: the overloaded implementation, the base method and the property getter carry the
 *   documentation.
 */
import type { SyntaxNode as Node } from '../engine/tree';
import type { Scope, ScopeModel } from './scope-model';

/** The string literal of a docstring, unwrapping parentheses; undefined when it is not one. */
function docstringLiteral(node: Node | null): Node | undefined {
  let n = node;
  while (n?.type === 'parenthesized_expression' && n.namedChildCount === 1) n = n.firstNamedChild;
  if (!n) return undefined;
  const parts = n.type === 'concatenated_string' ? (n.namedChildren.filter((c) => c?.type === 'string') as Node[]) : n.type === 'string' ? [n] : [];
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const prefix = part.firstNamedChild?.type === 'string_start' ? part.firstNamedChild.text : '';
    if (/[bBfFtT]/.test(prefix.replace(/['"]+$/, ''))) return undefined;
  }
  return n;
}

/**
 * The docstring of a module node or of a class/function body (`block`). The scope builder asks
 * it for every scope: it makes no node for the comments it skips.
 */
export function docstringOf(body: Node | null | undefined): Node | undefined {
  if (!body) return undefined;
  const t = body.tree;
  for (let j = body.id + 1, stop = t.end[body.id]; j < stop; j = t.end[j]) {
    if (!t.isNamed(j)) continue;
    const type = t.typeName(j);
    if (type === 'comment') continue;
    if (type !== 'expression_statement') return undefined;
    const statement = t.node(j);
    if (statement.namedChildCount !== 1) return undefined;
    return docstringLiteral(statement.firstNamedChild);
  }
  return undefined;
}

/** The docstring of a `class_definition` or `function_definition`. */
export function definitionDocstring(definition: Node): Node | undefined {
  return docstringOf(definition.childForFieldName('body'));
}

const isDunder = (name: string): boolean => name.length > 4 && name.startsWith('__') && name.endsWith('__');

/** `_compat.py`, `_internal/x.py`: a path segment that starts with `_` and is not a dunder name. */
export function isPrivateModulePath(path: string): boolean {
  const segments = path.split('/').filter((s) => s && s !== '.' && s !== '..');
  return segments.some((segment) => {
    const name = segment.replace(/\.pyi?$/, '');
    return name.startsWith('_') && !isDunder(name);
  });
}

export function isPackageInit(path: string): boolean {
  return /(^|\/)__init__\.pyi?$/.test(path);
}

/** The decorators written on a definition (`@x.setter` gives `x.setter`), without arguments. */
export function decoratorNames(definition: Node): string[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  const out: string[] = [];
  for (const child of parent.namedChildren) {
    if (child?.type !== 'decorator') continue;
    let expr = child.firstNamedChild;
    if (expr?.type === 'call') expr = expr.childForFieldName('function');
    if (expr) out.push(expr.text.replace(/\s+/g, ''));
  }
  return out;
}

/** `@overload`, `@override`, `@prop.setter`, `@prop.deleter` (any module prefix). */
export function isExemptFunction(definition: Node): boolean {
  return decoratorNames(definition).some((d) => {
    const last = d.split('.').pop()!;
    if (last === 'overload' || last === 'override') return true;
    return d.includes('.') && (last === 'setter' || last === 'deleter');
  });
}

export function definitionName(scope: Scope): string {
  return scope.node.childForFieldName('name')?.text ?? '';
}

/** Public-ness of module-level names: `__all__` when the module assigns it. */
export interface ModuleVisibility {
  privateModule: boolean;
  /** The names of `__all__`, or undefined when the module does not assign `__all__`. */
  exported?: ReadonlySet<string>;
}

export function moduleVisibility(model: ScopeModel, path: string): ModuleVisibility {
  const hasAll = model.module.bindings.some((b) => b.name === '__all__');
  return {
    privateModule: isPrivateModulePath(path),
    exported: hasAll ? new Set(model.exports.map((e) => e.name)) : undefined,
  };
}

/** pydocstyle's public-ness of a class or function scope (see the file comment). */
export function isPublicDefinition(scope: Scope, visibility: ModuleVisibility): boolean {
  if (visibility.privateModule) return false;
  const name = definitionName(scope);
  const parent = scope.parent;
  if (!parent) return false;
  if (scope.kind === 'function' && isExemptFunction(scope.node)) return false;
  if (parent.kind === 'module') {
    if (name.startsWith('_')) return false;
    return visibility.exported ? visibility.exported.has(name) : true;
  }
  if (parent.kind === 'class') {
    if (!isPublicDefinition(parent, visibility)) return false;
    if (scope.kind === 'class') return !name.startsWith('_');
    return !name.startsWith('_') || isDunder(name);
  }
  return false;
}
