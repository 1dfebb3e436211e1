"""Facts about one Python file, for the documented differences of the security conformance mode.

Reads a file's source on standard input and prints JSON: {"facts": {line: [tag, ...]}}, or
{"error": ...} when Python's own parser cannot read it. Each tag states one fact about a
statement at that line, checked with Python's `ast` module (independently of Tendril's
analysis); the predicates in scripts/conformance/security.js match tags to findings.

Tags:
  constant-arg:exec, constant-arg:eval   a call to the builtin exec/eval whose code is built of
                                          literals only (see `Constants`)
  constant-sql                            a `+`, `%`, `.format()` or f-string expression made of
                                          literals only, whose text reads as SQL
  round-trip:pickle, round-trip:marshal   `<m>.loads(<m>.dumps(...))` (or the names imported from m)
  address-not-bound                       every "0.0.0.0" literal at the line is compared, an
                                          argument of a call that does not listen, returned, or an
                                          item of a display of several address strings
  random:<name>                           a call to random.<name>
  ftp-tls                                 a call to ftplib.FTP_TLS
  shell-unknown                           a subprocess call whose `shell` is not a literal: a
                                          `shell=<expression>`, or no `shell=` and a `**` argument
  sql-values-paren                        a string built at run time (f-string with fields, `%`,
                                          `+`, `.format()`) holding `INSERT ... VALUES(` with no
                                          space before the parenthesis
  optional-import-call:<module>           a call to <module>.<attr> where <module> is bound only by
                                          `import <module>` in a `try` and `<module> = None` in its
                                          `except ImportError` handler
Conservative by design: when in doubt, no tag.
"""

import ast
import json
import re
import sys

SUBPROCESS = {"Popen", "call", "check_call", "check_output", "run"}
STR_METHODS = {
    "replace", "join", "format", "encode", "decode", "strip", "lstrip", "rstrip", "upper",
    "lower", "title", "capitalize", "center", "ljust", "rjust", "zfill", "expandtabs",
    "splitlines", "split", "rsplit", "casefold", "swapcase",
}
PURE_BUILTINS = {"repr", "str", "int", "float", "complex", "bool", "chr", "ord", "len", "hex", "oct", "bin", "bytes", "tuple", "abs"}
BIND_CALLS = {"bind", "listen", "run", "run_simple", "serve", "make_server", "create_server", "start_server", "start_unix_server"}
SQL = re.compile(r"\b(select\s+\S[\s\S]*?\sfrom\s|delete\s+from\s|(insert|replace)\s[\s\S]*?\svalues\s*[(\s]|update\s+(?:[\s\S]*?\s)?set\s)", re.I)
VALUES_PAREN = re.compile(r"\binsert\s[\s\S]*?\svalues\(", re.I)
RUFF_VALUES = re.compile(r"\b(insert|replace)\s.*\svalues\s", re.I)


def parents(tree):
    out = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            out[child] = node
    return out


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.Module,
          ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


class Constants:
    """Is an expression built of literals only, wherever it is evaluated?

    Literals (strings, bytes, numbers, True/False/None), f-strings, operators, conditional
    expressions, displays, subscripts, a few pure builtins (`repr`, `str`, `int`, ...) and string
    methods over such values, and names every binding of which in their scope is such a value (a
    loop variable over such a display counts). A name that is a parameter, declared global or
    nonlocal, bound by anything else (an import, a `with`, a call's result) or, for a list, dict
    or set, used in any way that could change it, is not constant.
    """

    def __init__(self, tree, parent):
        self.tree = tree
        self.parent = parent
        self.globals_declared = {n for node in ast.walk(tree) if isinstance(node, (ast.Global, ast.Nonlocal)) for n in node.names}
        self.busy = set()

    def scope_of(self, node):
        p = self.parent.get(node)
        while p is not None and not isinstance(p, SCOPES):
            p = self.parent.get(p)
        return p

    def own_nodes(self, scope):
        """The nodes of a scope, not descending into nested scopes (comprehensions' first iterables excepted)."""
        stack = list(ast.iter_child_nodes(scope))
        while stack:
            node = stack.pop()
            yield node
            if isinstance(node, SCOPES):
                if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                    stack.append(node.generators[0].iter)
                continue
            stack.extend(ast.iter_child_nodes(node))

    def is_param(self, scope, name):
        if not isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return False
        a = scope.args
        names = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
        names += [x.arg for x in (a.vararg, a.kwarg) if x]
        return name in names

    def bindings(self, scope, name):
        """(kind, node) for every binding of name in scope; kind 'other' for one not understood."""
        out = []
        if isinstance(scope, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for gen in scope.generators:
                if name in {n.id for n in ast.walk(gen.target) if isinstance(n, ast.Name)}:
                    out.append(("for", gen))
            return out
        for node in self.own_nodes(scope):
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, (ast.Store, ast.Del)):
                p = self.parent[node]
                if isinstance(node.ctx, ast.Del):
                    # `del name`: afterwards the name holds nothing (a read fails), so no other value.
                    continue
                if isinstance(p, ast.Assign) and node in p.targets:
                    out.append(("assign", p))
                elif isinstance(p, ast.AnnAssign) and p.target is node and p.value is not None:
                    out.append(("assign", p))
                elif isinstance(p, ast.AugAssign) and p.target is node:
                    out.append(("augassign", p))
                elif isinstance(p, ast.For) and p.target is node:
                    out.append(("for", p))
                elif isinstance(p, ast.Tuple) and isinstance(self.parent.get(p), ast.For) and self.parent[p].target is p:
                    out.append(("for", self.parent[p]))
                else:
                    out.append(("other", p))
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    if (alias.asname or alias.name.split(".")[0]) == name:
                        out.append(("other", node))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
                out.append(("other", node))
            elif isinstance(node, ast.ExceptHandler) and node.name == name:
                out.append(("other", node))
            elif isinstance(node, ast.NamedExpr) and node.target.id == name:
                out.append(("other", node))
            elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name == name:
                out.append(("other", node))
        return out

    def mutable_use(self, scope, name):
        """True when a list/dict/set bound to name may be changed in scope: any use other than reading it."""
        for node in self.own_nodes(scope):
            if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
                continue
            p = self.parent[node]
            if isinstance(p, (ast.For, ast.comprehension)) and p.iter is node:
                continue
            if isinstance(p, ast.Subscript) and p.value is node and isinstance(p.ctx, ast.Load):
                continue
            if isinstance(p, (ast.Compare, ast.FormattedValue, ast.BinOp)):
                continue
            if isinstance(p, ast.Call) and node in p.args and isinstance(p.func, ast.Attribute) and p.func.attr == "join":
                continue
            return True
        return False

    def narrowed(self, node, name, depth):
        """True when node is in the body of an `if name in <display of literals>:` or `if name == <literal>:` (or `elif`) that does not rebind name."""
        child, p = node, self.parent.get(node)
        while p is not None and not isinstance(p, SCOPES):
            if isinstance(p, ast.If) and any(child is s for s in p.body):
                t = p.test
                if (isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], (ast.In, ast.Eq))
                        and isinstance(t.left, ast.Name) and t.left.id == name
                        and isinstance(t.comparators[0], (ast.Constant, ast.Tuple, ast.List, ast.Set))
                        and self.const(t.comparators[0], depth + 1)):
                    # Not rebound before the use: in the statements before the one holding it, nor
                    # in that one, unless it is an assignment whose value holds the use (`value = eval(value)`).
                    at = next(i for i, s in enumerate(p.body) if s is child)
                    before = p.body[:at] if isinstance(child, ast.Assign) and self.inside(node, child.value) else p.body[: at + 1]
                    if not any(isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load) for s in before for n in ast.walk(s)):
                        return True
            child, p = p, self.parent.get(p)
        return False

    def inside(self, node, ancestor):
        while node is not None:
            if node is ancestor:
                return True
            node = self.parent.get(node)
        return False

    def name(self, node, name, depth):
        if self.narrowed(node, name, depth):
            return True
        scope = self.scope_of(node)
        while scope is not None:
            if name in self.globals_declared or self.is_param(scope, name):
                return False
            found = self.bindings(scope, name)
            if found:
                key = (id(scope), name)
                if key in self.busy:
                    # A binding that reads the name itself (`s = s.replace(...)`): constant if every
                    # binding is, given that the name is (by induction over the assignments run).
                    return True
                self.busy.add(key)
                try:
                    for kind, b in found:
                        if kind == "assign":
                            if not isinstance(b, ast.AnnAssign) and any(not isinstance(t, ast.Name) for t in b.targets):
                                return False
                            if not self.const(b.value, depth + 1):
                                return False
                            if isinstance(b.value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)) and self.mutable_use(scope, name):
                                return False
                        elif kind == "augassign":
                            if not self.const(b.value, depth + 1):
                                return False
                        elif kind == "for":
                            if not self.const(b.iter, depth + 1):
                                return False
                        else:
                            return False
                    return True
                finally:
                    self.busy.discard(key)
            # Not bound here: the enclosing scope (a class body is not seen from its methods).
            outer = self.scope_of(scope)
            while isinstance(outer, ast.ClassDef) and isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                outer = self.scope_of(outer)
            scope = outer
        return False

    def const(self, node, depth=0):
        if depth > 12 or node is None:
            return node is None
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.JoinedStr):
            return all(self.const(v, depth) for v in node.values)
        if isinstance(node, ast.FormattedValue):
            return self.const(node.value, depth) and (node.format_spec is None or self.const(node.format_spec, depth))
        if isinstance(node, ast.BinOp):
            return self.const(node.left, depth) and self.const(node.right, depth)
        if isinstance(node, ast.UnaryOp):
            return self.const(node.operand, depth)
        if isinstance(node, ast.BoolOp):
            return all(self.const(v, depth) for v in node.values)
        if isinstance(node, ast.Compare):
            return self.const(node.left, depth) and all(self.const(c, depth) for c in node.comparators)
        if isinstance(node, ast.IfExp):
            return self.const(node.body, depth) and self.const(node.orelse, depth)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return all(self.const(e, depth) for e in node.elts)
        if isinstance(node, ast.Starred):
            return self.const(node.value, depth)
        if isinstance(node, ast.Dict):
            return all(k is None or self.const(k, depth) for k in node.keys) and all(self.const(v, depth) for v in node.values)
        if isinstance(node, ast.Subscript):
            return self.const(node.value, depth) and self.const(node.slice, depth)
        if isinstance(node, ast.Slice):
            return all(self.const(x, depth) for x in (node.lower, node.upper, node.step) if x is not None)
        if isinstance(node, ast.Call):
            if node.keywords or not all(self.const(a, depth) for a in node.args):
                return False
            f = node.func
            if isinstance(f, ast.Name) and f.id in PURE_BUILTINS:
                # The builtin, not a name of the file's own.
                return not self.shadowed(f, f.id)
            if isinstance(f, ast.Attribute) and f.attr in STR_METHODS:
                return self.const(f.value, depth)
            return False
        if isinstance(node, ast.Name):
            return self.name(node, node.id, depth)
        return False

    def shadowed(self, node, name):
        """True when name, read at node, may not be the builtin: a binding or parameter of that name in a scope around it."""
        return any(self.bindings(s, name) or self.is_param(s, name) for s in self.scopes_up(node))

    def scopes_up(self, node):
        s = self.scope_of(node)
        while s is not None:
            yield s
            s = self.scope_of(s)


def module_imports(tree, parent):
    """Name bound at module level -> what it names ('pickle', 'pickle.loads'), when every binding of the name in the file is that import.

    Bindings directly in a class body (methods, class attributes) are left out: they are not seen
    from the functions of the module, nor from the class's own methods.
    """
    seen = {}
    for node in ast.walk(tree):
        if isinstance(parent.get(node), ast.ClassDef) or (isinstance(node, ast.Name) and isinstance(parent.get(parent.get(node)), ast.ClassDef) and isinstance(parent.get(node), (ast.Assign, ast.AnnAssign))):
            continue
        if isinstance(node, ast.Import):
            for a in node.names:
                bound = a.asname or a.name.split(".")[0]
                seen.setdefault(bound, set()).add(a.name if a.asname else a.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for a in node.names:
                seen.setdefault(a.asname or a.name, set()).add(f"{node.module}.{a.name}")
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            seen.setdefault(node.id, set()).add(None)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen.setdefault(node.name, set()).add(None)
        elif isinstance(node, ast.arg):
            seen.setdefault(node.arg, set()).add(None)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and None not in v}


def qualified(node, imports):
    """The dotted name a call's function resolves to through the file's imports, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in imports:
        return None
    return ".".join([imports[node.id]] + parts[::-1])


def string_text(node):
    """The literal text of a string-building expression (fields left out), for matching SQL."""
    return " ".join(n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))


def optional_modules(tree):
    """Modules bound only by `import m` in a try and `m = None` in its `except ImportError`."""
    out = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        imported = {a.asname or a.name for s in node.body if isinstance(s, ast.Import) for a in s.names if "." not in a.name}
        for h in node.handlers:
            names = {h.type.id} if isinstance(h.type, ast.Name) else {e.id for e in getattr(h.type, "elts", []) if isinstance(e, ast.Name)}
            if not names & {"ImportError", "ModuleNotFoundError"}:
                continue
            for s in h.body:
                if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) and isinstance(s.value, ast.Constant) and s.value.value is None and s.targets[0].id in imported:
                    out.add(s.targets[0].id)
    # No other binding of the name anywhere in the file.
    for m in list(out):
        count = sum(1 for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == m and isinstance(n.ctx, ast.Store))
        count += sum(1 for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names if (a.asname or a.name.split(".")[0]) == m)
        if count != 2:
            out.discard(m)
    return out


def address_not_bound(lit, parent):
    node = lit
    while True:
        p = parent.get(node)
        if p is None:
            return False
        if isinstance(p, ast.Compare):
            return True
        if isinstance(p, ast.Return):
            return True
        if isinstance(p, (ast.Tuple, ast.List, ast.Set)):
            # A display of several addresses (no port): an allow list, not (host, port).
            if len(p.elts) >= 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in p.elts):
                q = parent.get(p)
                if isinstance(q, (ast.Assign, ast.Compare)) or (isinstance(q, ast.Call) and p in q.args and not listens(q)):
                    return True
                if isinstance(q, (ast.Tuple, ast.List)):
                    node = p
                    continue
                return False
            node = p
            continue
        if isinstance(p, ast.Call):
            return node in p.args and not listens(p)
        return False


def listens(call):
    f = call.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
    return name is None or name in BIND_CALLS or name.endswith("Server") or name in {"get", "getenv", "add_argument", "add_option"}


def facts(source):
    tree = ast.parse(source)
    parent = parents(tree)
    consts = Constants(tree, parent)
    imports = module_imports(tree, parent)
    optional = optional_modules(tree)
    out = {}

    def tag(line, t):
        out.setdefault(line, set()).add(t)

    def builtin_name(func, name):
        return isinstance(func, ast.Name) and func.id == name and name not in imports and not consts.shadowed(func, name)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            q = qualified(f, imports)
            for name in ("exec", "eval"):
                if builtin_name(f, name) and node.args and not isinstance(node.args[0], ast.Starred) and consts.const(node.args[0]):
                    tag(node.lineno, f"constant-arg:{name}")
            for m in ("pickle", "marshal"):
                if q == f"{m}.loads" and node.args and isinstance(node.args[0], ast.Call) and qualified(node.args[0].func, imports) == f"{m}.dumps":
                    tag(node.lineno, f"round-trip:{m}")
            if q and q.startswith("random.") and q.count(".") == 1:
                tag(node.lineno, f"random:{q.split('.')[1]}")
            if q == "ftplib.FTP_TLS":
                tag(node.lineno, "ftp-tls")
            if q and q.startswith("subprocess.") and q.split(".")[1] in SUBPROCESS and q.count(".") == 1:
                shell = [k for k in node.keywords if k.arg == "shell"]
                splat = any(k.arg is None for k in node.keywords)
                if (shell and not isinstance(shell[0].value, ast.Constant)) or (not shell and splat):
                    tag(node.lineno, "shell-unknown")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in optional:
                tag(node.lineno, f"optional-import-call:{f.value.id}")
        if isinstance(node, ast.Constant) and node.value == "0.0.0.0":
            if address_not_bound(node, parent):
                tag(node.lineno, "address-ok")
            else:
                tag(node.lineno, "address-other")
        built = (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod))) or (isinstance(node, ast.JoinedStr) and any(isinstance(v, ast.FormattedValue) for v in node.values)) or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format")
        if built and not isinstance(parent.get(node), ast.BinOp):
            text = string_text(node)
            if SQL.search(text) and consts.const(node):
                tag(node.lineno, "constant-sql")
            if isinstance(node, ast.JoinedStr) and VALUES_PAREN.search(text) and not RUFF_VALUES.search(text):
                tag(node.lineno, "sql-values-paren")
    for line, tags in out.items():
        if "address-ok" in tags and "address-other" not in tags:
            tags.add("address-not-bound")
        tags.discard("address-ok")
        tags.discard("address-other")
    return {str(k): sorted(v) for k, v in out.items()}


def main():
    source = sys.stdin.buffer.read()
    try:
        result = {"facts": facts(source)}
    except (SyntaxError, ValueError, RecursionError) as e:
        result = {"error": str(e)}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
