/**
 * String annotations: names that Python (or a type checker) reads inside strings used as types,
 * `"List[Node]"`, `Optional["Node"]`, `cast("Node", x)`, `TypeVar("T", bound="Base")`.
 *
 * The scope builder (src/analysis/scope-builder.ts) asks two questions of each string literal it
 * meets in an annotation or in a typing construct:
 *
 * - `isTypeString(node)`: is this literal used as a type (a forward reference)? Decided from the
 *   literal's place: an annotation or `type` alias value, an argument of a typing form
 *   (`Optional[...]`, `list[...]`, but not `Literal[...]` nor the metadata of `Annotated[...]`),
 *   the type argument of `cast`, `TypeVar`, `NewType`, `TypeAliasType`, the fields of functional
 *   `TypedDict` and `NamedTuple`, the value of an `X: TypeAlias = ...`.
 * - `forwardReferenceNames(value, language)`: the names the type expression written in the string
 *   reads, found by parsing it with the file's grammar (strings in it are followed, three levels
 *   deep); undefined when it is not an expression. Answers are cached by string value: the same
 *   few annotations recur throughout a code base.
 *
 * String values are read by `stringLiteralValue(node, { allowFStrings: false })` (src/analysis/
 * literals.ts): f-strings and bytes are never types.
 */
import { Parser, type Language } from 'web-tree-sitter';
import { SyntaxTree, type SyntaxNode as Node } from '../engine/tree';
import { stringLiteralValue } from './literals';

/** Parents of a `type` node that make it an annotation. */
const ANNOTATION_OWNERS = new Set(['typed_parameter', 'typed_default_parameter', 'function_definition', 'assignment']);

/**
 * Subscripted names whose arguments are type expressions even outside annotations (so strings in
 * them are forward references): `Optional["Node"]`, `list["Node"]`. Over-approximating only makes
 * more names count as read, never fewer.
 */
export const TYPE_FORMS = new Set([
  'Optional',
  'Union',
  'List',
  'Dict',
  'Set',
  'FrozenSet',
  'Tuple',
  'Type',
  'Callable',
  'Iterable',
  'Iterator',
  'Sequence',
  'MutableSequence',
  'Mapping',
  'MutableMapping',
  'AbstractSet',
  'MutableSet',
  'Collection',
  'Container',
  'Reversible',
  'Generator',
  'AsyncGenerator',
  'AsyncIterable',
  'AsyncIterator',
  'Awaitable',
  'Coroutine',
  'ClassVar',
  'Final',
  'DefaultDict',
  'OrderedDict',
  'Counter',
  'Deque',
  'ChainMap',
  'ContextManager',
  'AsyncContextManager',
  'Generic',
  'Protocol',
  'TypeGuard',
  'TypeIs',
  'Required',
  'NotRequired',
  'ReadOnly',
  'Unpack',
  'Concatenate',
  'IO',
  'Pattern',
  'Match',
  'KeysView',
  'ValuesView',
  'ItemsView',
  'MappingView',
  'TypeAlias',
  'list',
  'dict',
  'set',
  'frozenset',
  'tuple',
  'type',
]);

/** Calls whose string arguments can be types: `cast("T", x)`, `TypeVar("T", bound="B")`, ... */
export const TYPE_CALLS = new Set(['cast', 'TypeVar', 'NewType', 'TypeAliasType', 'TypedDict', 'NamedTuple']);

/** `X: TypeAlias = ...` (or `typing.TypeAlias`): the annotation text says the value is a type. */
export function isTypeAliasAnnotation(annotation: string): boolean {
  return /(^|\.)TypeAlias$/.test(annotation.trim());
}

/** The value of a string literal that can be a type: no f-strings, no bytes. */
export function typeStringValue(node: Node): string | undefined {
  return stringLiteralValue(node, { allowFStrings: false });
}

/** Last component of a dotted callee or subscript base: `Literal` for `typing.Literal`. */
function lastName(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  return undefined;
}

let snippetParser: { language: Language; parser: Parser } | undefined;

/** A parser for string annotations, sharing the language of the file's tree. */
function parserFor(language: Language): Parser {
  if (!snippetParser || snippetParser.language !== language) {
    snippetParser?.parser.delete();
    const parser = new Parser();
    parser.setLanguage(language);
    snippetParser = { language, parser };
  }
  return snippetParser.parser;
}

/** Names of recently seen string annotations (the same few recur throughout a code base). */
const forwardReferenceCache = new Map<string, string[] | undefined>();

/**
 * Names read by a type expression written in a string, or undefined when the string is not a
 * valid expression (Python would reject it as an annotation too).
 */
export function forwardReferenceNames(value: string, language: Language, depth = 0): string[] | undefined {
  if (depth === 0 && forwardReferenceCache.has(value)) return forwardReferenceCache.get(value);
  const names = parseForwardReference(value, language, depth);
  if (depth === 0) {
    if (forwardReferenceCache.size >= 2000) forwardReferenceCache.clear();
    forwardReferenceCache.set(value, names);
  }
  return names;
}

function parseForwardReference(value: string, language: Language, depth: number): string[] | undefined {
  const expression = value.trim();
  if (expression === '' || depth > 3) return undefined;
  // Parenthesised, like the implicit parentheses of an annotation, so that line breaks are fine.
  const source = `(${expression}\n)`;
  const parsed = parserFor(language).parse(source);
  if (!parsed) return undefined;
  let tree: SyntaxTree;
  try {
    tree = SyntaxTree.from(parsed, source);
  } finally {
    parsed.delete();
  }
  const root = tree.rootNode;
  if (root.hasError || root.namedChildCount !== 1) return undefined;
  const statement = root.namedChild(0);
  if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1) return undefined;
  const names: string[] = [];
  collectTypeExpressionNames(statement.namedChild(0)!, true, names, { language, depth });
  return names;
}

/** A parsed string annotation: its language and nesting depth. */
interface Snippet {
  language: Language;
  depth: number;
}

/**
 * Names read by an expression parsed from a string annotation. `typeContext` is false inside
 * `Literal[...]` and the metadata of `Annotated[...]`, where strings are values, not types.
 */
function collectTypeExpressionNames(node: Node, typeContext: boolean, out: string[], snippet: Snippet): void {
  switch (node.type) {
    case 'identifier':
      out.push(node.text);
      return;
    case 'attribute': {
      const object = node.childForFieldName('object');
      if (object) collectTypeExpressionNames(object, typeContext, out, snippet);
      return;
    }
    case 'keyword_argument': {
      const value = node.childForFieldName('value');
      if (value) collectTypeExpressionNames(value, typeContext, out, snippet);
      return;
    }
    case 'string':
    case 'concatenated_string': {
      const value = typeContext ? typeStringValue(node) : undefined;
      if (value !== undefined) {
        out.push(...(forwardReferenceNames(value, snippet.language, snippet.depth + 1) ?? []));
        return;
      }
      break; // f-strings: their interpolations are ordinary expressions
    }
    case 'subscript': {
      const base = node.childForFieldName('value');
      if (base) collectTypeExpressionNames(base, typeContext, out, snippet);
      const name = lastName(base);
      let index = 0;
      for (const slice of node.childrenForFieldName('subscript')) {
        if (!slice) continue;
        const inner = typeContext && name !== 'Literal' && !(name === 'Annotated' && index > 0);
        collectTypeExpressionNames(slice, inner, out, snippet);
        index++;
      }
      return;
    }
  }
  for (const child of node.namedChildren) {
    if (child) collectTypeExpressionNames(child, typeContext, out, snippet);
  }
}

/** True when the string literal `node` is used as a type (a forward reference). */
export function isTypeString(node: Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case 'concatenated_string':
      case 'tuple':
      case 'list':
      case 'dictionary':
      case 'parenthesized_expression':
      case 'binary_operator':
      case 'expression_list':
      case 'union_type':
      case 'constrained_type':
      case 'member_type':
        current = parent;
        continue;
      case 'pair':
        // The field types of `TypedDict("T", {"name": "Type"})`; keys are never types.
        if (parent.childForFieldName('value')?.id !== current.id) return false;
        current = parent;
        continue;
      case 'type': {
        const owner = parent.parent;
        if (owner && (ANNOTATION_OWNERS.has(owner.type) || owner.type === 'type_alias_statement')) return true;
        current = parent;
        continue;
      }
      case 'type_parameter': {
        const owner = parent.parent;
        if (owner?.type !== 'generic_type') return true; // a PEP 695 bound
        const name = owner.firstNamedChild?.text;
        if (name === 'Literal') return false;
        if (name === 'Annotated' && parent.firstNamedChild?.id !== current.id) return false;
        if (name === 'Annotated' || TYPE_FORMS.has(name ?? '')) return true;
        current = owner;
        continue;
      }
      case 'subscript': {
        const base = parent.childForFieldName('value');
        if (!base || base.id === current.id) return false;
        const name = lastName(base);
        if (name === 'Literal') return false;
        if (name === 'Annotated') return parent.childForFieldName('subscript')?.id === current.id;
        if (TYPE_FORMS.has(name ?? '')) return true;
        current = parent;
        continue;
      }
      case 'argument_list': {
        const call = parent.parent;
        const callee = lastName(call?.childForFieldName('function') ?? null);
        const positional = parent.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment');
        const position = positional.findIndex((c) => c?.id === current.id);
        if (callee === 'cast') return position === 0;
        if (callee === 'TypeVar') return position > 0;
        if (callee === 'NewType' || callee === 'TypeAliasType') return position === 1;
        // Functional `TypedDict("T", {...})` and `NamedTuple("T", [("name", "Type")])`.
        if (callee === 'TypedDict' || callee === 'NamedTuple') return position === 1;
        return false;
      }
      case 'assignment': {
        // `X: TypeAlias = "Node | None"`: the value is a type expression.
        const annotation = parent.childForFieldName('type');
        if (!annotation || parent.childForFieldName('right')?.id !== current.id) return false;
        return isTypeAliasAnnotation(annotation.text);
      }
      case 'keyword_argument': {
        // `TypeVar("T", bound="Node")`, `NamedTuple("T", name="Type")`, `TypedDict("T", name="Type")`.
        const callee = lastName(parent.parent?.parent?.childForFieldName('function') ?? null);
        if (callee === 'TypedDict' || callee === 'NamedTuple') return true;
        return callee === 'TypeVar' && parent.childForFieldName('name')?.text === 'bound';
      }
      default:
        return false;
    }
  }
}
