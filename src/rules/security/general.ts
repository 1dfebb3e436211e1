/**
 * Bandit's general checks B101, B102, B104, B108, B110, B112, B113, B201, B202 (Ruff S101,
 * S102, S104, S108, S110, S112, S113, S201, S202). B103 and B105-B107 have their own modules.
 * Bandit's B109 and B111 were withdrawn from Bandit and have no rule.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import {
  calls,
  hasArgumentSplat,
  keywordValue,
  stringLiteralValue,
  unparenthesize,
  type CallModel,
} from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule, Visitor } from '../types';
import { callName, callRule, importsModule, qualify, securityMeta } from './common';

export const assertUsed: Rule = (() => {
  const meta = securityMeta({
    id: 'assert-used', name: 'AssertUsed', bandit: 'B101', ruff: 'S101', severity: 'LOW', confidence: 'HIGH',
    category: 'reliability', cwe: [703],
    short: 'assert statement used (removed when Python runs with -O)',
    full: 'An assert statement is compiled away when Python runs with -O or PYTHONOPTIMIZE, so a check written with assert (an access check, input validation) silently disappears in optimized runs.',
    title: 'An `assert` statement',
    why: 'Python removes every `assert` when it runs with `-O` (or `PYTHONOPTIMIZE` is set). An `assert` that enforces something the program relies on (a permission, a valid input, an invariant protecting data) then no longer runs, and the code continues as if the check had passed.',
    example: 'def delete(user, item):\n    assert user.is_admin\n    item.delete()',
    fix: 'Raise an exception explicitly: `if not user.is_admin: raise PermissionError(...)`. In tests, `assert` is the norm; exclude test files from the security analysis or dismiss the alerts there.',
    notReported: ['Nothing is exempted: every `assert` statement is reported, including in tests (as Bandit and Ruff do).'],
  });
  return {
    meta,
    create(context: FileContext) {
      return {
        assert_statement(node: Node) {
          context.report(meta, node.child(0) ?? node, '`assert` is removed when Python runs with -O; raise an exception for checks the program relies on');
        },
      };
    },
  };
})();

export const execUsed: Rule = callRule({
  id: 'exec-used', name: 'ExecUsed', bandit: 'B102', ruff: 'S102', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'injection', cwe: [78], functions: ['builtins.exec'],
  short: 'exec() runs a string as Python code',
  full: 'The builtin exec runs arbitrary Python statements. If any part of its input comes from outside the program, so does the code it runs.',
  title: 'Use of `exec`',
  why: '`exec` compiles and runs any Python statements it is given, with the program\'s privileges. Data from a request, a file or a database that reaches it becomes code.',
  example: 'def apply(rule_text):\n    exec(rule_text)',
  fix: 'Replace dynamic code with data: a dictionary of functions, `getattr` on a known object with a checked name, `ast.literal_eval` for literals, or a small parser for the rule language.',
  notReported: ['Functions or methods named `exec` that are not the builtin (a local `def exec`, `cursor.exec(...)`).'],
  message: (call) => `${callName(call)} runs a string as Python code`,
});

/** Every string literal node and its value, skipping parts of implicit concatenations. */
/**
 * A visitor that calls `check` with the value of every whole string literal: a plain string, or
 * an implicit concatenation as one (its parts are not checked again). The parts are recognised
 * from the concatenation, which the walk visits first, instead of asking each string for its
 * parent: `node.parent` costs the node's depth, which is quadratic on long chains.
 */
/**
 * `needles`: every value `check` acts on contains one of them. A single string whose source has no
 * backslash has the text between its quotes as its value (an f-string's `{{` aside), so when that
 * source contains no needle either, the value is not computed.
 */
function literalStrings(context: FileContext, needles: string[], check: (node: Node, value: string) => void): Visitor {
  const parts = new Set<number>();
  return {
    concatenated_string(node: Node) {
      for (const child of node.namedChildren) if (child) parts.add(child.id);
      const value = stringLiteralValue(node);
      if (value !== undefined) check(node, value);
    },
    string(node: Node) {
      if (parts.has(node.id)) return;
      const text = context.textOf(node);
      if (!text.includes('\\') && !needles.some((needle) => text.includes(needle))) return;
      const value = stringLiteralValue(node);
      if (value !== undefined) check(node, value);
    },
  };
}

export const bindAllInterfaces: Rule = (() => {
  const meta = securityMeta({
    id: 'bind-all-interfaces', name: 'BindAllInterfaces', bandit: 'B104', ruff: 'S104', severity: 'MEDIUM', confidence: 'MEDIUM',
    category: 'network', cwe: [605],
    short: 'the address "0.0.0.0": binding to every network interface',
    full: 'A string literal "0.0.0.0", the address that makes a server listen on every interface of the machine, including public ones.',
    title: 'Binding to all network interfaces',
    why: 'A service bound to `0.0.0.0` accepts connections on every interface of the host, public ones included. A development server or an admin endpoint meant for local use becomes reachable from the network.',
    example: 'app.run(host="0.0.0.0", port=8080)',
    fix: 'Bind to `127.0.0.1` (or a specific interface) by default and make a wider address an explicit deployment setting.',
    notReported: ['Strings built at run time; only a literal exactly equal to `0.0.0.0` is reported, wherever it appears.'],
  });
  return {
    meta,
    create(context: FileContext) {
      return literalStrings(context, ['0.0.0.0'], (node, value) => {
        if (value === '0.0.0.0') context.report(meta, node, '"0.0.0.0" binds to every network interface; bind to a specific address');
      });
    },
  };
})();

const TMP_PREFIXES = ['/tmp', '/var/tmp', '/dev/shm'];

export const hardcodedTmpDirectory: Rule = (() => {
  const meta = securityMeta({
    id: 'hardcoded-tmp-directory', name: 'HardcodedTmpDirectory', bandit: 'B108', ruff: 'S108', severity: 'MEDIUM', confidence: 'MEDIUM',
    category: 'files', cwe: [377],
    short: 'hardcoded path in a shared temporary directory (/tmp, /var/tmp, /dev/shm)',
    full: 'A string literal naming a path under /tmp, /var/tmp or /dev/shm. Every user of the machine can create files there, so a fixed name can be taken over in advance (a symlink or a file with the attacker\'s content).',
    title: 'A hardcoded path in a shared temporary directory',
    why: 'Shared temporary directories are writable by every local user. A program that uses a fixed, predictable name there can be tricked: another user creates that file first, or a symlink to a file the program may write, and the program reads the attacker\'s data or overwrites the target.',
    example: 'with open("/tmp/report.csv", "w") as f:\n    f.write(data)',
    fix: 'Use the `tempfile` module (`NamedTemporaryFile`, `mkstemp`, `TemporaryDirectory`), which picks an unpredictable name and creates it atomically with private permissions.',
    notReported: ['Paths built at run time, and paths outside `/tmp`, `/var/tmp` and `/dev/shm`.'],
  });
  return {
    meta,
    create(context: FileContext) {
      return literalStrings(context, TMP_PREFIXES, (node, value) => {
        if (TMP_PREFIXES.some((p) => value.startsWith(p))) {
          context.report(meta, node, 'hardcoded path in a shared temporary directory; use the tempfile module');
        }
      });
    },
  };
})();

/** The exception types of an except clause (none for a bare `except:`). */
function exceptTypes(clause: Node): Node[] {
  const out: Node[] = [];
  for (const child of clause.namedChildren) {
    if (!child || child.type === 'block' || child.type === 'comment') continue;
    const expr = child.type === 'as_pattern' ? child.namedChildren[0] : child;
    if (!expr) continue;
    const inner = unparenthesize(expr);
    if (inner.type === 'tuple') {
      for (const item of inner.namedChildren) if (item && item.type !== 'comment') out.push(item);
    } else out.push(inner);
  }
  return out;
}

function makeTryExcept(kind: 'pass' | 'continue'): Rule {
  const pass = kind === 'pass';
  const meta = securityMeta({
    id: pass ? 'try-except-pass' : 'try-except-continue',
    name: pass ? 'TryExceptPass' : 'TryExceptContinue',
    bandit: pass ? 'B110' : 'B112',
    ruff: pass ? 'S110' : 'S112',
    severity: 'LOW', confidence: 'HIGH', category: 'reliability', cwe: [703],
    short: `\`except\` that only \`${kind}\`es: errors are silently ignored`,
    full: `A bare except (or except Exception / BaseException) whose body is only \`${kind}\`. Every error, including unexpected ones, is swallowed without a trace, which hides failures and attacks alike.`,
    title: `\`try\`/\`except\`/\`${kind}\``,
    why: `An \`except\` clause that catches everything and only does \`${kind}\` makes failures invisible: a broken configuration, a denied permission or a tampered input produce no log and no error, and the program ${pass ? 'carries on' : 'moves on to the next item'} in a state nobody checked.`,
    example: pass
      ? 'try:\n    verify_signature(payload)\nexcept Exception:\n    pass'
      : 'for item in items:\n    try:\n        process(item)\n    except:\n        continue',
    fix: 'Catch the specific exceptions you expect, and log the others (`logger.exception(...)`) or let them propagate. Where ignoring really is right, `contextlib.suppress(SpecificError)` says so explicitly.',
    notReported: [
      'Handlers for specific exception types (`except KeyError: ' + kind + '`): only bare `except:`, `except Exception` and `except BaseException` (alone or in a tuple) are reported, as in Bandit\'s and Ruff\'s default settings.',
      `Handlers whose body does anything besides \`${kind}\` (a log call, a comment and \`${kind}\` counts as only \`${kind}\`).`,
    ],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      const clauses: Node[] = [];
      const visit = (node: Node): void => {
        clauses.push(node);
      };
      return {
        except_clause: visit,
        except_group_clause: visit,
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const clause of clauses) {
            const body = clause.namedChildren.find((c) => c?.type === 'block');
            const statements = body ? body.namedChildren.filter((c) => c && c.type !== 'comment') : [];
            if (statements.length !== 1 || statements[0]!.type !== `${kind}_statement`) continue;
            const types = exceptTypes(clause);
            const broad = types.length === 0 || types.some((t) => {
              const q = model.resolveAssumed(t);
              return q === 'builtins.Exception' || q === 'builtins.BaseException' || (q === undefined && (t.text === 'Exception' || t.text === 'BaseException'));
            });
            if (!broad) continue;
            context.report(meta, clause.child(0) ?? clause, `\`except\` that only \`${kind}\`es silently ignores every error; catch specific exceptions or log them`);
          }
        },
      };
    },
  };
}

export const tryExceptPass: Rule = makeTryExcept('pass');
export const tryExceptContinue: Rule = makeTryExcept('continue');

export const HTTP_METHODS = 'get options head post put patch delete request';
export const REQUESTS_FUNCTIONS = qualify('requests', HTTP_METHODS);
export const HTTPX_FUNCTIONS = [...qualify('httpx', `${HTTP_METHODS} stream Client AsyncClient`)];

export const requestWithoutTimeout: Rule = callRule({
  id: 'request-without-timeout', name: 'RequestWithoutTimeout', bandit: 'B113', ruff: 'S113', severity: 'MEDIUM', confidence: 'LOW',
  category: 'network', cwe: [400],
  functions: [...REQUESTS_FUNCTIONS, ...HTTPX_FUNCTIONS],
  check: (call) => {
    const timeout = keywordValue(call.node, 'timeout');
    if (timeout) return unparenthesize(timeout).type === 'none' ? timeout : false;
    // httpx has a default timeout; requests waits forever unless told otherwise.
    return call.assumedName!.startsWith('requests.') && !hasArgumentSplat(call.node);
  },
  message: (call) => `${callName(call)} has no timeout: a server that stops answering blocks the caller forever`,
  short: 'HTTP request without a timeout',
  full: 'A requests call without timeout= (or an httpx/requests call with timeout=None) waits for the server indefinitely; a slow or hostile server can hang the program and exhaust its workers.',
  title: 'An HTTP request without a timeout',
  why: '`requests` has no default timeout: a call waits as long as the server keeps the connection open. One unresponsive host can block a worker forever, and enough of them take a service down. `httpx` has a default, but `timeout=None` removes it.',
  example: 'import requests\n\nresp = requests.get(url)',
  fix: 'Always pass a timeout: `requests.get(url, timeout=10)` (or a `(connect, read)` pair).',
  notReported: ['`httpx` calls without `timeout=`: httpx applies a 5-second default.', 'Calls that pass `**kwargs` (the timeout may be in them).', 'Methods of a `requests.Session` (the session object is not tracked).'],
});

export const flaskDebugTrue: Rule = (() => {
  const meta = securityMeta({
    id: 'flask-debug-true', name: 'FlaskDebugTrue', bandit: 'B201', ruff: 'S201', severity: 'HIGH', confidence: 'MEDIUM',
    category: 'configuration', cwe: [94],
    short: 'Flask app run with debug=True (interactive debugger exposed)',
    full: 'An app.run(..., debug=True) call. Flask\'s debug mode serves the Werkzeug debugger, which lets anyone who reaches an error page run Python code on the server.',
    title: 'A Flask application run in debug mode',
    why: 'With `debug=True`, an unhandled error shows the Werkzeug interactive debugger, a Python console in the browser. Anyone who can reach the server and trigger an error can run code on it.',
    example: 'app = Flask(__name__)\napp.run(host="0.0.0.0", debug=True)',
    fix: 'Leave debug off in code (`app.run()`), and turn it on only in development with `flask run --debug` or an environment variable.',
    notReported: ['Files that do not import `flask` (as in Bandit).', '`debug=` with a value that is not a constant true (a setting read at run time).', 'Calls to a method named `run` with no `debug=` keyword.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      const imports = importsModule('flask');
      return {
        ...imports.visitor,
        end() {
          if (!imports.seen()) return;
          for (const call of context.analysis<CallModel>('calls').calls) {
            if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'run') continue;
            const debug = keywordValue(call.node, 'debug');
            if (debug && unparenthesize(debug).type === 'true') context.report(meta, call.callee, '`debug=True` exposes the Werkzeug debugger, which runs code for whoever triggers an error');
          }
        },
      };
    },
  };
})();

export const tarfileUnsafeMembers: Rule = (() => {
  const meta = securityMeta({
    id: 'tarfile-unsafe-members', name: 'TarfileUnsafeMembers', bandit: 'B202', ruff: 'S202', severity: 'HIGH', confidence: 'HIGH',
    category: 'files', cwe: [22],
    short: 'tarfile extractall() without a safe filter (path traversal)',
    full: 'An extractall() call without filter="data" (or "tar"). Archive members named ../x or /etc/x, or symlinks, can write files anywhere the process can.',
    title: '`tarfile` `extractall()` without a safe filter',
    why: 'Tar members can have absolute names, `..` components, or be links pointing outside the target directory. Extracting an untrusted archive without a filter writes where the archive says (path traversal).',
    example: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out")',
    fix: 'Pass `filter="data"` (Python 3.12+, backported to security releases), or check each member before extracting it.',
    notReported: ['Files that do not import `tarfile` (as in Bandit and Ruff).', 'Calls with `filter="data"` or `filter="tar"`.', 'Bandit lowers the severity when `members=` is given by a function; this rule keeps the higher severity (high) for every case it reports.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      const imports = importsModule('tarfile');
      return {
        ...imports.visitor,
        end() {
          if (!imports.seen()) return;
          for (const call of context.analysis<CallModel>('calls').calls) {
            if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extractall') continue;
            const filter = keywordValue(call.node, 'filter');
            const value = filter ? stringLiteralValue(filter) : undefined;
            if (value === 'data' || value === 'tar') continue;
            context.report(meta, call.callee, '`extractall()` without `filter="data"` can write outside the target directory');
          }
        },
      };
    },
  };
})();
