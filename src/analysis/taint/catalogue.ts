/**
 * The tables of the taint analysis: sources, sinks, sanitizers and propagators, by qualified name
 * (as src/analysis/calls.ts resolves them: `flask.request.args`, `subprocess.run`) or by method
 * name. The evaluator (interpret.ts) reads only these tables to know what a name means.
 */
import { ALL_CLASSES, classBit, type SinkClass, type SourceKind } from './model';

export interface SourceSpec {
  kind: SourceKind;
  description: string;
}

const FLASK_REQUEST_ATTRIBUTES = ['args', 'form', 'values', 'cookies', 'headers', 'json', 'data', 'files', 'view_args', 'stream', 'environ'];

/** Attribute chains (and bare names) that are input when read. */
export const SOURCE_ATTRIBUTES = new Map<string, SourceSpec>([
  ...FLASK_REQUEST_ATTRIBUTES.map((a): [string, SourceSpec] => [`flask.request.${a}`, { kind: 'remote', description: `request.${a} (Flask)` }]),
  ['sys.argv', { kind: 'local', description: 'sys.argv' }],
  ['sys.stdin', { kind: 'local', description: 'sys.stdin' }],
  ['os.environ', { kind: 'local', description: 'os.environ' }],
  ['os.environb', { kind: 'local', description: 'os.environb' }],
]);

/** The last part of every SOURCE_ATTRIBUTES name: only such attributes and names are resolved (cheap filter). */
export const SOURCE_ATTRIBUTE_TAILS = new Set([...SOURCE_ATTRIBUTES.keys()].map((name) => name.slice(name.lastIndexOf('.') + 1)));

/** Calls whose result is input. */
export const SOURCE_CALLS = new Map<string, SourceSpec>([
  ['flask.request.get_json', { kind: 'remote', description: 'request.get_json() (Flask)' }],
  ['flask.request.get_data', { kind: 'remote', description: 'request.get_data() (Flask)' }],
  ['cgi.FieldStorage', { kind: 'remote', description: 'cgi.FieldStorage()' }],
  ['os.getenv', { kind: 'local', description: 'os.getenv()' }],
  ['os.getenvb', { kind: 'local', description: 'os.getenvb()' }],
  ['builtins.input', { kind: 'local', description: 'input()' }],
]);

/** Methods that read the command line in a module importing argparse or optparse (any receiver). */
export const ARGPARSE_METHODS = new Set(['parse_args', 'parse_known_args', 'parse_intermixed_args']);

/**
 * Request objects known by their role rather than their name (a Django view's `request`, an aiohttp
 * handler's `request`, a `BaseHTTPRequestHandler`'s `self`): the attributes and methods that are input.
 */
export interface RequestObject {
  framework: string;
  attributes: Set<string>;
  methods: Set<string>;
}

export const REQUEST_OBJECTS: Record<string, RequestObject> = {
  django: {
    framework: 'Django',
    attributes: new Set(['GET', 'POST', 'COOKIES', 'META', 'headers', 'body', 'FILES', 'path', 'path_info', 'data', 'query_params']),
    methods: new Set(['read', 'readline', 'readlines', 'get_full_path', 'build_absolute_uri']),
  },
  aiohttp: {
    framework: 'aiohttp',
    attributes: new Set(['query', 'match_info', 'headers', 'cookies', 'rel_url', 'path', 'path_qs', 'raw_path', 'url', 'content', 'query_string']),
    methods: new Set(['post', 'json', 'text', 'read', 'multipart']),
  },
  http: {
    framework: 'http.server',
    attributes: new Set(['path', 'headers', 'rfile', 'requestline']),
    methods: new Set(),
  },
};

/** Decorator methods that make a function a route handler (`@app.route(...)`, `@router.get(...)`). */
export const ROUTE_DECORATORS = new Set(['route', 'get', 'post', 'put', 'delete', 'patch', 'api_route', 'websocket', 'head', 'options']);

// ---------------------------------------------------------------------------------------------
// Sinks

export type SinkCheck = 'subprocess' | 'yaml' | 'every-argument';

export interface SinkSpec {
  sinkClass: SinkClass;
  /** Positional indexes of the arguments that matter. */
  positions: number[];
  /** Keywords those arguments may be passed as. */
  keywords: string[];
  /** Extra condition: `shell=` for subprocess, `Loader=` for yaml; every argument matters for `extra`. */
  check?: SinkCheck;
}

const sink = (sinkClass: SinkClass, positions: number[], keywords: string[], check?: SinkCheck): SinkSpec => ({ sinkClass, positions, keywords, check });

const COMMAND = sink('command', [0], ['command', 'cmd', 'args']);
const SUBPROCESS = sink('command', [0], ['args'], 'subprocess');
const PATH_1 = sink('path', [0], ['file', 'path', 'filename', 'src', 'name_or_buffer']);
const PATH_2 = sink('path', [0, 1], ['src', 'dst', 'path']);
const DESERIALIZE = sink('deserialization', [0], ['data', 'file', 'string', 'filename', 's', 'value']);
const URL_FIRST = sink('ssrf', [0], ['url']);
const URL_SECOND = sink('ssrf', [1], ['url']);

export const SINK_CALLS = new Map<string, SinkSpec>([
  ['os.system', COMMAND],
  ['os.popen', COMMAND],
  ['subprocess.getoutput', COMMAND],
  ['subprocess.getstatusoutput', COMMAND],
  ['asyncio.create_subprocess_shell', COMMAND],
  ['pty.spawn', COMMAND],
  ...['run', 'call', 'check_call', 'check_output', 'Popen'].map((f): [string, SinkSpec] => [`subprocess.${f}`, SUBPROCESS]),
  ['builtins.eval', sink('code', [0], ['source', 'expression'])],
  ['builtins.exec', sink('code', [0], ['source', 'object'])],
  ['builtins.compile', sink('code', [0], ['source'])],
  ['sqlalchemy.text', sink('sql', [0], ['text'])],
  ['sqlalchemy.sql.text', sink('sql', [0], ['text'])],
  ['sqlalchemy.sql.expression.text', sink('sql', [0], ['text'])],
  ['django.db.models.expressions.RawSQL', sink('sql', [0], ['sql'])],
  ['django.db.models.RawSQL', sink('sql', [0], ['sql'])],
  ['builtins.open', PATH_1],
  ['io.open', PATH_1],
  ['codecs.open', PATH_1],
  ...['remove', 'unlink', 'rmdir', 'removedirs', 'listdir', 'makedirs', 'mkdir', 'chmod', 'scandir'].map((f): [string, SinkSpec] => [`os.${f}`, PATH_1]),
  ['os.rename', PATH_2],
  ['os.replace', PATH_2],
  ...['copy', 'copyfile', 'copy2', 'copytree', 'move'].map((f): [string, SinkSpec] => [`shutil.${f}`, PATH_2]),
  ['shutil.rmtree', PATH_1],
  ['flask.send_file', sink('path', [0], ['path_or_file', 'filename_or_fp'])],
  ['flask.send_from_directory', sink('path', [0], ['directory'])],
  ...['pickle', '_pickle', 'cPickle', 'dill'].flatMap((m): [string, SinkSpec][] => [
    [`${m}.loads`, DESERIALIZE],
    [`${m}.load`, DESERIALIZE],
    [`${m}.Unpickler`, DESERIALIZE],
  ]),
  ['jsonpickle.decode', DESERIALIZE],
  ['shelve.open', DESERIALIZE],
  ['marshal.loads', DESERIALIZE],
  ['marshal.load', DESERIALIZE],
  ['yaml.load', sink('deserialization', [0], ['stream'], 'yaml')],
  ['yaml.load_all', sink('deserialization', [0], ['stream'], 'yaml')],
  ['yaml.unsafe_load', sink('deserialization', [0], ['stream'])],
  ['yaml.unsafe_load_all', sink('deserialization', [0], ['stream'])],
  ['yaml.full_load', sink('deserialization', [0], ['stream'])],
  ['yaml.full_load_all', sink('deserialization', [0], ['stream'])],
  ...['requests', 'httpx'].flatMap((m): [string, SinkSpec][] => [
    ...['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'stream'].map((f): [string, SinkSpec] => [
      `${m}.${f}`,
      f === 'stream' ? URL_SECOND : URL_FIRST,
    ]),
    [`${m}.request`, URL_SECOND],
  ]),
  ['urllib.request.urlopen', URL_FIRST],
  ['urllib.request.Request', URL_FIRST],
  ['urllib2.urlopen', URL_FIRST],
]);

/** Methods that are sinks on any receiver: DB-API cursors and connections. */
export const SINK_METHODS = new Map<string, SinkSpec>([
  ['execute', sink('sql', [0], ['sql', 'operation', 'statement', 'query'])],
  ['executemany', sink('sql', [0], ['sql', 'operation', 'statement', 'query'])],
  ['executescript', sink('sql', [0], ['sql_script', 'sql'])],
]);

/** Django query-set methods that are sinks when called on a chain through `.objects`. */
export const QUERYSET_SINKS = new Map<string, SinkSpec>([
  ['raw', sink('sql', [0], ['raw_query'])],
  ['extra', sink('sql', [], [], 'every-argument')],
]);

/** Objects whose methods are sinks: a `pathlib.Path` built from input, an HTTP client session. */
export const OBJECT_CONSTRUCTORS = new Map<string, string>([
  ['pathlib.Path', 'path'],
  ['pathlib.PurePath', 'path'],
  ['pathlib.PosixPath', 'path'],
  ['pathlib.WindowsPath', 'path'],
  ['aiohttp.ClientSession', 'http-client'],
  ['requests.Session', 'http-client'],
  ['requests.session', 'http-client'],
  ['httpx.Client', 'http-client'],
  ['httpx.AsyncClient', 'http-client'],
]);

/** `pathlib.Path` methods that touch the file named by the receiver. */
export const PATH_OBJECT_SINKS = new Set(['open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'unlink', 'rmdir', 'touch', 'mkdir', 'iterdir']);
/** `pathlib.Path` methods that give another path. */
export const PATH_OBJECT_PATHS = new Set(['joinpath', 'resolve', 'absolute', 'with_name', 'with_suffix', 'with_stem', 'expanduser', 'parent']);

/** HTTP client methods: the URL argument's position. */
export const CLIENT_METHODS = new Map<string, SinkSpec>([
  ...['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'ws_connect'].map((f): [string, SinkSpec] => [f, URL_FIRST]),
  ['request', URL_SECOND],
  ['stream', URL_SECOND],
]);

export const SHELLS = new Set([
  'sh',
  'bash',
  '/bin/sh',
  '/bin/bash',
  'zsh',
  '/bin/zsh',
  '/usr/bin/zsh',
  'dash',
  'ksh',
  'cmd',
  'cmd.exe',
  'powershell',
  'powershell.exe',
  'pwsh',
]);
export const SHELL_FLAGS = new Set(['-c', '/c', '/C', '-Command', '-command']);

export const SAFE_YAML_LOADERS = /(^|\.)(SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$/;

// ---------------------------------------------------------------------------------------------
// Sanitizers and other calls with a known effect

/** Calls whose result is sanitized for the classes of the mask (ALL_CLASSES: the result is clean). */
export const SANITIZERS = new Map<string, number>([
  ['shlex.quote', classBit('command')],
  ['pipes.quote', classBit('command')],
  // Each argument quoted for the shell.
  ['shlex.join', classBit('command')],
  ['builtins.int', ALL_CLASSES],
  ['builtins.float', ALL_CLASSES],
  ['builtins.bool', ALL_CLASSES],
  ['builtins.len', ALL_CLASSES],
  ['builtins.hash', ALL_CLASSES],
  ['builtins.ord', ALL_CLASSES],
  ['builtins.isinstance', ALL_CLASSES],
  ['builtins.callable', ALL_CLASSES],
  ['uuid.UUID', ALL_CLASSES],
  ['os.path.basename', classBit('path')],
  ['werkzeug.utils.secure_filename', classBit('path')],
  ['werkzeug.secure_filename', classBit('path')],
  // Escaping for HTML protects none of the six classes: listed so that the result stays tainted as is.
  ['html.escape', 0],
  ['markupsafe.escape', 0],
  ['flask.escape', 0],
]);

/**
 * Functions and string methods whose result is made only of their arguments (and receiver): what
 * is proven of those (`Value.safe`: constants, sanitized values) is proven of the result. Other
 * calls prove nothing of their result, whatever they are given.
 */
export const PURE_FUNCTIONS = new Set(['builtins.str', 'builtins.format', 'os.path.join', 'posixpath.join', 'ntpath.join', 'os.fspath']);
export const PURE_METHODS = new Set([
  'format',
  'format_map',
  'join',
  'replace',
  'lower',
  'upper',
  'casefold',
  'title',
  'capitalize',
  'swapcase',
  'strip',
  'lstrip',
  'rstrip',
  'removeprefix',
  'removesuffix',
  'ljust',
  'rjust',
  'center',
  'zfill',
  'expandtabs',
  'encode',
  'decode',
  'split',
  'rsplit',
  'splitlines',
]);

/** Path normalisers: a result checked with `.startswith(BASE)` is clean for path. */
export const PATH_NORMALIZERS = new Set([
  'os.path.realpath',
  'os.path.abspath',
  'os.path.normpath',
  'posixpath.realpath',
  'posixpath.abspath',
  'posixpath.normpath',
]);

/** URL parsers: `urlparse(x).netloc` checked against an allow-list makes x clean for ssrf. */
export const URL_PARSERS = new Set(['urllib.parse.urlparse', 'urllib.parse.urlsplit', 'urlparse.urlparse', 'urlparse.urlsplit']);
export const URL_PARTS = new Set(['netloc', 'hostname', 'scheme', 'host']);

/** Types an `isinstance` guard proves a value is, safe for every class: numbers and UUIDs. */
export const SAFE_TYPES = new Set([
  'builtins.int',
  'builtins.float',
  'builtins.bool',
  'builtins.complex',
  'uuid.UUID',
  'decimal.Decimal',
  'fractions.Fraction',
  'numbers.Number',
  'numbers.Integral',
  'numbers.Real',
]);

/** Calls that never return: the rest of the block is dead after them. */
export const NO_RETURN = new Set([
  'flask.abort',
  'werkzeug.exceptions.abort',
  'sys.exit',
  'os._exit',
  'builtins.exit',
  'builtins.quit',
  'fastapi.HTTPException',
]);

/** String methods that, when true, prove a value has only safe characters. */
export const CHARACTER_CHECKS = new Set(['isdigit', 'isalnum', 'isnumeric', 'isdecimal', 'isalpha', 'isidentifier']);

/** Container methods that add their arguments to the receiver. */
export const ADDERS = new Set(['append', 'extend', 'insert', 'add', 'update', 'appendleft', 'extendleft']);

/** Regular expression matchers: a full match of input proves its characters for every class. */
export const REGEX_FULL = new Set(['re.fullmatch']);
export const REGEX_MATCH = new Set(['re.match', 're.search']);
