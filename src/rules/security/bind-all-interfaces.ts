/**
 * Bandit B104 / Ruff S104: the address "0.0.0.0", the address of every network interface, where a
 * server is bound to it.
 *
 * Bandit and Ruff report every string literal "0.0.0.0"; most of those are comparisons, allow
 * lists and client-side defaults. This rule reports the literal only where it is given as the
 * address to listen on (see `bindsHere`): a host-like keyword argument, parameter default,
 * dictionary key or setting, a positional argument of a `bind`/`listen`/server call (directly or
 * as the first item of an address tuple), the default of a host-like option or environment
 * variable, or a name bound to it that is then used in one of those places in the same file.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { positionalArguments } from '../../analysis/arguments';
import { namedChildrenOf, stringLiteralValue } from '../../analysis/literals';
import { rebindingGroup, scopes, type Binding, type ScopeModel } from '../../analysis/scopes';
import { securityRule } from './common';
import { literalStrings } from './string-literals';

const ADDRESS = '0.0.0.0';

/** Last words of a name that is the address to listen on by itself (`host`, `bind_host`, `HOSTNAME`). */
const HOST_WORDS = new Set(['host', 'hostname', 'bind', 'listen']);
/** Last words that name an address to listen on alone, or after one of `QUALIFIERS` (`ip`, `bind_address`). */
const ADDRESS_WORDS = new Set(['addr', 'address', 'ip', 'interface', 'iface']);
const QUALIFIERS = new Set(['bind', 'listen', 'server', 'serve', 'host']);

/** True for a keyword, parameter, key, option or variable name that says it holds the address to listen on. */
function isHostName(name: string): boolean {
  const words = name.replace(/^-+/, '').toLowerCase().split(/[_-]+/).filter(Boolean);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (HOST_WORDS.has(last)) return true;
  return ADDRESS_WORDS.has(last) && (words.length === 1 || words.some((word) => QUALIFIERS.has(word)));
}

/** Calls whose positional arguments include the address to listen on (`sock.bind(addr)`, `app.run("0.0.0.0")`). */
const BIND_CALLS = new Set(['bind', 'listen', 'run', 'run_simple', 'serve', 'make_server', 'create_server', 'start_server', 'start_unix_server']);

/** The callee's own name: `bind` for `sock.bind`, `TCPServer` for `socketserver.TCPServer`. */
function calleeName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}

/** `bind`, `listen`, ... and the server classes (`TCPServer`, `HTTPServer`, `WSGIServer`). */
function isBindCall(call: Node): boolean {
  const name = calleeName(call);
  return name !== undefined && (BIND_CALLS.has(name) || /Server$/.test(name));
}

/** `os.getenv("HOST", ...)`, `config.get("bind_address", ...)`: the lookup of a host setting, whose default the value is. */
function isHostLookup(call: Node): boolean {
  const name = calleeName(call);
  if (name !== 'get' && name !== 'getenv') return false;
  const key = positionalArguments(call)[0];
  const value = key ? stringLiteralValue(key) : undefined;
  return value !== undefined && isHostName(value);
}

/** `parser.add_argument("--host", default=...)`: an option for the address to listen on. */
function isHostOption(call: Node): boolean {
  const name = calleeName(call);
  if (name !== 'add_argument' && name !== 'add_option') return false;
  return positionalArguments(call).some((flag) => {
    const value = stringLiteralValue(flag);
    return value !== undefined && value.startsWith('-') && isHostName(value);
  });
}

/** How deep a name bound to the address is followed to its reads (`HOST = ...`, `ADDR = (HOST, 80)`, `bind(ADDR)`). */
const MAX_DEPTH = 3;

class Binds {
  private bindingsById: Map<number, Binding> | undefined;
  private readsByBinding: Map<Binding, Node[]> | undefined;

  constructor(private readonly model: ScopeModel) {}

  /**
   * True when the value of `value` is given where a server takes the address to listen on; `value`
   * is the literal, or an expression (a name) whose value may be the literal.
   */
  bindsHere(value: Node, depth = 0): boolean {
    let node = value;
    let inTuple = false;
    for (;;) {
      const parent = node.parent;
      if (!parent) return false;
      switch (parent.type) {
        case 'parenthesized_expression':
        case 'boolean_operator': // `os.getenv("HOST") or "0.0.0.0"`
          node = parent;
          continue;
        case 'conditional_expression':
          if (namedChildrenOf(parent)[1]?.id === node.id) return false; // the condition
          node = parent;
          continue;
        case 'tuple':
        case 'list':
          // `("0.0.0.0", 80)`: the host of an address pair.
          if (inTuple || namedChildrenOf(parent)[0]?.id !== node.id) return false;
          inTuple = true;
          node = parent;
          continue;
        case 'keyword_argument': {
          if (parent.childForFieldName('value')?.id !== node.id) return false;
          const name = parent.childForFieldName('name')?.text ?? '';
          if (isHostName(name)) return true;
          const call = parent.parent?.parent;
          return name === 'default' && call?.type === 'call' && (isHostOption(call) || isHostLookup(call));
        }
        case 'argument_list': {
          const call = parent.parent;
          if (call?.type !== 'call') return false;
          if (isBindCall(call)) return true;
          return !inTuple && positionalArguments(call)[1]?.id === node.id && isHostLookup(call);
        }
        case 'default_parameter':
        case 'typed_default_parameter': {
          if (parent.childForFieldName('value')?.id !== node.id) return false;
          const name = parent.childForFieldName('name');
          if (!name) return false;
          return isHostName(name.text) || this.readsBind(name, depth);
        }
        case 'pair': {
          if (parent.childForFieldName('value')?.id !== node.id) return false;
          const key = parent.childForFieldName('key');
          const name = key ? stringLiteralValue(key) : undefined;
          return name !== undefined && isHostName(name);
        }
        case 'assignment': {
          if (parent.childForFieldName('right')?.id !== node.id) return false;
          const left = parent.childForFieldName('left');
          if (!left) return false;
          // `config.host = ...`, `os.environ["HOST"] = ...`: a setting of the address.
          if (left.type === 'attribute') return isHostName(left.childForFieldName('attribute')?.text ?? '');
          if (left.type === 'subscript') {
            const key = left.childForFieldName('subscript');
            const name = key ? stringLiteralValue(key) : undefined;
            return name !== undefined && isHostName(name);
          }
          if (left.type !== 'identifier') return false;
          // `HOST = "0.0.0.0"` read nowhere in the file: a setting for other modules, when the name says so.
          const binding = this.bindingOf(left);
          if (binding && binding.scope.kind === 'module' && isHostName(left.text) && this.readsOf(binding).length === 0) return true;
          return this.readsBind(left, depth);
        }
        default:
          return false;
      }
    }
  }

  /** True when a read of the name `identifier` binds (its binding's rebinding group, that is). */
  private readsBind(identifier: Node, depth: number): boolean {
    if (depth >= MAX_DEPTH) return false;
    const binding = this.bindingOf(identifier);
    return binding !== undefined && this.readsOf(binding).some((read) => this.bindsHere(read, depth + 1));
  }

  private bindingOf(identifier: Node): Binding | undefined {
    this.bindingsById ??= new Map(this.model.bindings.map((binding) => [binding.node.id, binding]));
    return this.bindingsById.get(identifier.id);
  }

  /** The ordinary reads that may see the binding (those of any member of its rebinding group). */
  private readsOf(binding: Binding): Node[] {
    if (!this.readsByBinding) {
      this.readsByBinding = new Map();
      for (const reference of this.model.references) {
        if (reference.context !== 'load' || !reference.binding) continue;
        const list = this.readsByBinding.get(reference.binding);
        if (list) list.push(reference.node);
        else this.readsByBinding.set(reference.binding, [reference.node]);
      }
    }
    const reads: Node[] = [];
    for (const member of rebindingGroup(binding)) reads.push(...(this.readsByBinding.get(member) ?? []));
    return reads;
  }
}

export const bindAllInterfaces = securityRule({
  id: 'bind-all-interfaces',
  name: 'BindAllInterfaces',
  bandit: 'B104',
  ruff: 'S104',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  grading: { evidence: 'pattern', family: 'bind-all-interfaces' },
  category: 'network',
  cwe: [605],
  short: 'A server bound to "0.0.0.0", every network interface',
  full: 'The address "0.0.0.0", which makes a server listen on every interface of the machine, including public ones, given as the address to bind or listen on.',
  title: 'Binding to all network interfaces',
  why: 'A service bound to `0.0.0.0` accepts connections on every interface of the host, public ones included. A development server or an admin endpoint meant for local use becomes reachable from the network.',
  example: 'import socketserver\n\napp.run(host="0.0.0.0", port=8080)\nserver = socketserver.TCPServer(("0.0.0.0", 9000), Handler)',
  fix: 'Bind to `127.0.0.1` (or a specific interface) by default and make a wider address an explicit deployment setting.',
  fixed: 'import os\nimport socketserver\n\napp.run(host="127.0.0.1", port=8080)\nserver = socketserver.TCPServer((os.environ["BIND_ADDRESS"], 9000), Handler)',
  notReported: [
    'A literal `"0.0.0.0"` that is not given as an address to listen on: comparisons (`if host == "0.0.0.0"`), allow lists, messages, client-side values. Reported are host-like keyword arguments, parameter defaults, dictionary keys and settings (`host=`, `bind_address=`, `{"host": ...}`, `config.host = ...`), the positional arguments of `bind`, `listen`, `run`, `serve`, `make_server`, `create_server`, `start_server` and `...Server` calls (directly or as the first item of an address tuple: `socketserver.TCPServer(("0.0.0.0", 80), H)`), the default of a host-like command-line option or setting lookup (`add_argument("--host", default=...)`, `os.getenv("HOST", ...)`), and a name assigned the literal and used in one of those places in the same file.',
    'A name assigned `"0.0.0.0"` that is only used in another module, unless the name itself says it is the address to listen on (`HOST = "0.0.0.0"` at module level, read nowhere in the file).',
    'Strings built at run time; only a literal exactly equal to `0.0.0.0` counts (not `"0.0.0.0:8000"` or `"0.0.0.0/0"`).',
  ],
  uses: [scopes],
  create(context) {
    // The literals equal to the address, by node id, in source order.
    const literals: number[] = [];
    const visitor = literalStrings(context, [ADDRESS], (node, value) => {
      if (value === ADDRESS) literals.push(node.id);
    });
    return {
      ...visitor,
      end() {
        if (literals.length === 0) return;
        const binds = new Binds(context.analysis<ScopeModel>(scopes));
        for (const id of literals) {
          const node = context.tree.node(id);
          if (binds.bindsHere(node)) context.report(node, '"0.0.0.0" binds to every network interface; bind to a specific address');
        }
      },
    };
  },
});
