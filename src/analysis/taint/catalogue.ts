/**
 * The tables of the taint analysis: sources, sinks, sanitizers and propagators, by qualified name
 * (as src/analysis/calls.ts resolves them: `flask.request.args`, `subprocess.run`) or by method
 * name. The evaluator (interpret.ts) reads only these tables to know what a name means.
 */
import { ALL_CLASSES, classBit, type SinkClass, type SourceKind } from './model';

export interface SourceSpec {
  kind: SourceKind;
  description: string;
  /** The value is a list (`sys.argv`: `command.execute(sys.argv)` is no query; `sys.argv[1]` is one of its strings). */
  container?: boolean;
}

const FLASK_REQUEST_ATTRIBUTES = [
  'args',
  'form',
  'values',
  'cookies',
  'headers',
  'json',
  'data',
  'files',
  'view_args',
  'stream',
  'environ',
  // The URL and headers as the client sent them (`path` and `host` are left out: too common as
  // names of other things, `os.path`, to be looked up at every read).
  'url',
  'base_url',
  'url_root',
  'host_url',
  'full_path',
  'query_string',
  'referrer',
  'user_agent',
  'authorization',
];

/** Attribute chains (and bare names) that are input when read. */
export const SOURCE_ATTRIBUTES = new Map<string, SourceSpec>([
  ...FLASK_REQUEST_ATTRIBUTES.map((a): [string, SourceSpec] => [`flask.request.${a}`, { kind: 'remote', description: `request.${a} (Flask)` }]),
  ['sys.argv', { kind: 'local', description: 'sys.argv', container: true }],
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
  ['getpass.getpass', { kind: 'credential', description: 'a password read with getpass()' }],
]);

/**
 * Names (of variables, parameters, attributes, keys) that hold a password: a value read through
 * one is a `credential` source, for the weak-hash class. Names of other things about passwords
 * (a reset token, a hint, a length, a policy) are left out.
 */
export const PASSWORD_NAME = /pass(?:wd|word|phrase)|^pwd$|_pwd$|^pwd_/i;
export const NOT_A_PASSWORD = /token|hint|question|len|policy|prompt|field|label|url|reset|hash|digest|salt|file|path/i;

/** Words without which a file holds no password-like name. */
export const MAY_HAVE_PASSWORD = /pass(?:wd|word|phrase)|pwd|getpass/i;

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
  // A Tornado `RequestHandler` (`self` in its methods): its argument readers.
  tornado: {
    framework: 'Tornado',
    attributes: new Set(),
    methods: new Set(['get_argument', 'get_arguments', 'get_query_argument', 'get_query_arguments', 'get_body_argument', 'get_body_arguments', 'get_cookie']),
  },
  // A Tornado handler's `self.request` (`HTTPServerRequest`).
  'tornado-request': {
    framework: 'Tornado',
    attributes: new Set(['body', 'arguments', 'query_arguments', 'body_arguments', 'files', 'uri', 'path', 'query', 'headers', 'cookies']),
    methods: new Set(),
  },
  // FastAPI's and Starlette's `Request`, known by a parameter's annotation.
  starlette: {
    framework: 'Starlette',
    attributes: new Set(['query_params', 'path_params', 'headers', 'cookies', 'url', 'base_url']),
    methods: new Set(['json', 'body', 'form', 'stream']),
  },
};

/** HTTP methods of class-based views (Django `View`, DRF `APIView`, Flask `MethodView`). */
export const VIEW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
/**
 * Superclasses that make a class a Tornado request handler, in a file that imports tornado
 * (`tornado.web.RequestHandler`, and the project's own `BaseHandler` and the like).
 */
export const TORNADO_HANDLER_CLASS = /\b\w*Handler\b/;
/** Superclasses that make a class a class-based view. */
export const VIEW_CLASS = /\b(?:View|MethodView|APIView|ViewSet|ModelViewSet|GenericAPIView|\w+View)\b/;

/**
 * Evidence that a Django function taking `request` is a view, whose other parameters come from
 * the URL: it returns one of these (a response, or a shortcut that makes one), or is decorated
 * with one of the view decorators below, or its module is a views module (`views.py`, `views/`);
 * for a method, only a view decorator (DRF's `@action`, `@method_decorator(...)`).
 * A helper that takes the request among other values (`login(request, user, backend)`, a
 * middleware's `(request, response)`) has none of them: its other parameters are plain ones.
 */
export const DJANGO_RESPONSES =
  /^(?:HttpResponse\w*|JsonResponse|StreamingHttpResponse|FileResponse|TemplateResponse|SimpleTemplateResponse|render|render_to_response|redirect|Response)$/;
export const DJANGO_VIEW_DECORATORS =
  /^(?:api_view|action|method_decorator|require_http_methods|require_GET|require_POST|require_safe|login_required|permission_required|user_passes_test|staff_member_required|csrf_exempt|csrf_protect|ensure_csrf_cookie|requires_csrf_token|cache_page|never_cache|cache_control|vary_on_headers|vary_on_cookie|xframe_options_\w+|condition|etag|last_modified|gzip_page|sensitive_post_parameters)$/;
/** The path of a module of views: `views.py`, or a file of a `views` package. */
export const DJANGO_VIEWS_PATH = /(?:^|\/)views(?:\.py$|\/)/;
/**
 * The path of a module of helpers: a `utils`, `helpers`, `backends` or `lib` module or package, or a
 * module named `*_utils`, `*_helpers`, `*_backend(s)`. A function there that takes the request and
 * returns a response is a helper views call (`sendfile(request, filename)`, a sendfile backend of
 * wagtail's utils), not a view: its other parameters are its callers', not the URL's.
 */
export const HELPER_MODULE_PATH = /(?:^|\/)(?:\w+_)?(?:utils?|helpers?|backends?|lib)(?:\.py$|\/)/;

/** Annotations of route parameters that hold no text (FastAPI converts and validates them). */
export const SAFE_ANNOTATIONS =
  /^(?:Optional\[)?(?:int|float|bool|UUID|uuid\.UUID|datetime|date|time|timedelta|Decimal|PositiveInt|NegativeInt|conint\(.*\)|confloat\(.*\))\]?(?:\s*\|\s*None)?$/;
/** Annotations of FastAPI's request object. */
export const REQUEST_ANNOTATIONS = /^(?:Request|starlette\.requests\.Request|fastapi\.Request)$/;
/** Flask route converters that let only numbers and UUIDs through (`<int:id>`). */
export const SAFE_CONVERTERS = /<(?:int|float|uuid)(?:\([^)]*\))?:(\w+)>/g;

/** Django form fields whose cleaned value holds no text: numbers, dates, booleans, UUIDs, slugs, choices. */
export const SAFE_FORM_FIELDS = new Set([
  'IntegerField',
  'FloatField',
  'DecimalField',
  'BooleanField',
  'NullBooleanField',
  'DateField',
  'DateTimeField',
  'TimeField',
  'DurationField',
  'UUIDField',
  'SlugField',
  'ChoiceField',
  'TypedChoiceField',
  'ModelChoiceField',
]);

/** Decorator methods that make a function a route handler (`@app.route(...)`, `@router.get(...)`). */
export const ROUTE_DECORATORS = new Set(['route', 'get', 'post', 'put', 'delete', 'patch', 'api_route', 'websocket', 'head', 'options']);

// ---------------------------------------------------------------------------------------------
// Sinks

/**
 * Extra conditions (applySink in interpret.ts): `shell=` for subprocess, `Loader=` for yaml; every
 * argument for `extra`; an HTML content type for responses (`html`: unless another is named;
 * `html-only`: only when named); an entity-resolving parser for `xxe`; the arguments of a logging
 * call but the level (`log`); for `query`, a query string written at the call: a value known to be
 * a container (a list, tuple, set, dict: `Value.obj` CONTAINER) or a `*args` in its place means
 * the call is not this sink.
 */
export type SinkCheck = 'subprocess' | 'yaml' | 'every-argument' | 'html' | 'html-only' | 'xxe' | 'log' | 'query';

export interface SinkSpec {
  sinkClass: SinkClass;
  /** Positional indexes of the arguments that matter. */
  positions: number[];
  /** Keywords those arguments may be passed as. */
  keywords: string[];
  check?: SinkCheck;
  /** For `xxe`: where the parser is passed (positional index; keyword `parser`). For `log`: the first argument logged. */
  at?: number;
}

const sink = (sinkClass: SinkClass, positions: number[], keywords: string[], check?: SinkCheck, at?: number): SinkSpec => ({
  sinkClass,
  positions,
  keywords,
  check,
  ...(at !== undefined ? { at } : {}),
});

const COMMAND = sink('command', [0], ['command', 'cmd', 'args']);
const SUBPROCESS = sink('command', [0], ['args'], 'subprocess');
const PATH_1 = sink('path', [0], ['file', 'path', 'filename', 'src', 'name_or_buffer']);
const PATH_2 = sink('path', [0, 1], ['src', 'dst', 'path']);
const DESERIALIZE = sink('deserialization', [0], ['data', 'file', 'string', 'filename', 's', 'value']);
const URL_FIRST = sink('ssrf', [0], ['url']);
const URL_SECOND = sink('ssrf', [1], ['url']);

const SINK_ROWS: [string, SinkSpec][] = [
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
  ...WEB_SINKS(),
];

/** Sinks by qualified name; a call may be a sink of several classes (a response: its body and its headers). */
export const SINK_CALLS = new Map<string, SinkSpec[]>();
for (const [name, spec] of SINK_ROWS) {
  const list = SINK_CALLS.get(name);
  if (list) list.push(spec);
  else SINK_CALLS.set(name, [spec]);
}

/** The sinks of the web classes, by qualified name. */
function WEB_SINKS(): [string, SinkSpec][] {
  const HTML_BODY = sink('xss', [0], ['response', 'content'], 'html');
  const HEADERS = (position: number[]): SinkSpec => sink('header', position, ['headers']);
  const rows: [string, SinkSpec][] = [];
  const add = (names: string[], ...specs: SinkSpec[]): void => {
    for (const name of names) for (const spec of specs) rows.push([name, spec]);
  };
  // Responses: an HTML body (reflected XSS) and header values.
  add(['flask.make_response'], HTML_BODY, HEADERS([2]));
  add(
    ['flask.Response', 'flask.wrappers.Response', 'werkzeug.Response', 'werkzeug.wrappers.Response', 'werkzeug.wrappers.response.Response'],
    HTML_BODY,
    HEADERS([2]),
  );
  add(['django.http.HttpResponse', 'django.http.response.HttpResponse'], HTML_BODY, HEADERS([]));
  add(['aiohttp.web.Response', 'aiohttp.web_response.Response'], sink('xss', [0], ['text', 'body'], 'html-only'), HEADERS([]));
  add(['fastapi.responses.HTMLResponse', 'starlette.responses.HTMLResponse'], sink('xss', [0], ['content']), HEADERS([2]));
  add(
    [
      'fastapi.Response',
      'fastapi.responses.Response',
      'starlette.responses.Response',
      'fastapi.responses.JSONResponse',
      'starlette.responses.JSONResponse',
      'django.http.JsonResponse',
    ],
    HEADERS([2]),
  );
  // Template sources.
  add(['flask.render_template_string'], sink('template', [0], ['source']));
  add(['jinja2.Template', 'jinja2.environment.Template'], sink('template', [0], ['source']));
  add(['django.template.Template', 'django.template.base.Template'], sink('template', [0], ['template_string']));
  add(['mako.template.Template'], sink('template', [0], ['text']));
  // Redirect targets.
  add(['flask.redirect', 'werkzeug.utils.redirect', 'werkzeug.redirect'], sink('redirect', [0], ['location']));
  add(['django.shortcuts.redirect'], sink('redirect', [0], ['to']));
  add(
    [
      'django.http.HttpResponseRedirect',
      'django.http.HttpResponsePermanentRedirect',
      'django.http.response.HttpResponseRedirect',
      'django.http.response.HttpResponsePermanentRedirect',
    ],
    sink('redirect', [0], ['redirect_to']),
  );
  add(
    ['HTTPFound', 'HTTPSeeOther', 'HTTPMovedPermanently', 'HTTPTemporaryRedirect', 'HTTPPermanentRedirect'].flatMap((c) => [
      `aiohttp.web.${c}`,
      `aiohttp.web_exceptions.${c}`,
    ]),
    sink('redirect', [0], ['location']),
  );
  add(['starlette.responses.RedirectResponse', 'fastapi.responses.RedirectResponse'], sink('redirect', [0], ['url']));
  // XPath expressions.
  add(['lxml.etree.XPath', 'lxml.etree.ETXPath'], sink('xpath', [0], ['path']));
  add(['elementpath.select', 'elementpath.iter_select'], sink('xpath', [1], ['path']));
  // XML parsed by a parser that resolves external entities.
  add(
    ['lxml.etree.fromstring', 'lxml.etree.XML', 'lxml.etree.parse', 'lxml.etree.XMLID', 'lxml.etree.fromstringlist'],
    sink('xxe', [0], ['source', 'text'], 'xxe', 1),
  );
  add(['lxml.etree.iterparse'], sink('xxe', [0], ['source'], 'xxe', -1));
  add(
    ['xml.dom.minidom.parse', 'xml.dom.minidom.parseString', 'xml.dom.pulldom.parse', 'xml.dom.pulldom.parseString'],
    sink('xxe', [0], ['file', 'string', 'stream_or_string'], 'xxe', 1),
  );
  // Logging.
  add(
    ['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal'].map((f) => `logging.${f}`),
    sink('log', [], [], 'log', 0),
  );
  add(['logging.log'], sink('log', [], [], 'log', 1));
  // Regular expressions.
  add(
    ['compile', 'search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split'].flatMap((f) => [`re.${f}`, `regex.${f}`]),
    sink('regex', [0], ['pattern']),
  );
  // Fast hashes (for password-like values).
  add(
    ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'].map((h) => `hashlib.${h}`),
    sink('weak-hash', [0], ['data', 'string']),
  );
  add(['hashlib.new'], sink('weak-hash', [1], ['data', 'string']));
  return rows;
}

/** Response objects (a body and headers already checked where they were made): what views return and set headers on. */
export const RESPONSE_CONSTRUCTORS = new Set(
  WEB_SINKS()
    .filter(([, spec]) => spec.sinkClass === 'header' || spec.sinkClass === 'redirect')
    .map(([name]) => name)
    .concat(['flask.send_file', 'flask.send_from_directory', 'flask.abort']),
);

/**
 * Sources, sinks and sanitizers the project defines (`[tool.tendril.taint]`, read by the taint
 * analysis from its options): looked up by qualified name beside the tables above.
 */
export interface ProjectTaint {
  /** Calls whose result, and attributes whose value, is input. */
  sources: ReadonlyMap<string, SourceSpec>;
  /** The last part of each source's name (the cheap filter of SOURCE_ATTRIBUTE_TAILS). */
  sourceTails: ReadonlySet<string>;
  /** Calls whose first argument is a sink of the class. */
  sinks: ReadonlyMap<string, SinkSpec[]>;
  /** Calls whose result is sanitized for the classes of the mask. */
  sanitizers: ReadonlyMap<string, number>;
  /** Calls that return true only when their first argument is safe for the classes of the mask. */
  guards: ReadonlyMap<string, number>;
}

/** The first argument of a call the project names a sink of `sinkClass`. */
export function projectSink(sinkClass: SinkClass): SinkSpec {
  return sink(sinkClass, [0], []);
}

/** Methods that are sinks on any receiver: DB-API cursors and connections; template environments. */
export const SINK_METHODS = new Map<string, SinkSpec>([
  // On any receiver, so by the method's name alone: a call whose first argument is known to be a
  // list or another container runs no SQL (a DB-API query is a string), nor one that passes its
  // arguments on with `*args`; it is another API's `execute`, such as oslo.rootwrap's
  // `client.execute(["ip", "link"], stdin)` or Django's `command.execute(*args, **options)`.
  ['execute', sink('sql', [0], ['sql', 'operation', 'statement', 'query'], 'query')],
  ['executemany', sink('sql', [0], ['sql', 'operation', 'statement', 'query'], 'query')],
  ['executescript', sink('sql', [0], ['sql_script', 'sql'], 'query')],
  ['from_string', sink('template', [0], ['source', 'template_code'])],
]);

/** python-ldap's search methods (base DN, scope, filter), on any receiver of a file importing `ldap`. */
const PYTHON_LDAP_SEARCH = sink('ldap', [0, 2], ['base', 'filterstr']);
export const LDAP_METHODS = new Map<string, SinkSpec>([
  ['search_s', PYTHON_LDAP_SEARCH],
  ['search_st', PYTHON_LDAP_SEARCH],
  ['search_ext', PYTHON_LDAP_SEARCH],
  ['search_ext_s', PYTHON_LDAP_SEARCH],
]);
/** `search` of a known connection: python-ldap's (`ldap`) or ldap3's (`ldap3`: base, filter). */
export const LDAP_SEARCH = new Map<string, SinkSpec>([
  ['ldap', PYTHON_LDAP_SEARCH],
  ['ldap3', sink('ldap', [0, 1], ['search_base', 'search_filter'])],
]);

/** Path methods of XML elements (ElementTree, lxml); `xpath` on any receiver of a file importing lxml. */
export const XML_PATH_METHODS = new Map<string, SinkSpec>([
  ...['find', 'findall', 'iterfind', 'findtext'].map((m): [string, SinkSpec] => [m, sink('xpath', [0], ['path', 'match'])]),
  ['xpath', sink('xpath', [0], ['_path'])],
]);
/** Methods of a parser that resolves external entities that read a document. */
export const XXE_PARSER_METHODS = new Map<string, SinkSpec>([
  ['parse', sink('xxe', [0], ['source'])],
  ['feed', sink('xxe', [0], ['data'])],
]);
/** Logging methods, on a logger (`logging.getLogger()`) or a receiver named like one (`app.logger`, `self.log`). */
export const LOGGER_METHODS = new Map<string, SinkSpec>([
  ...['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal'].map((m): [string, SinkSpec] => [m, sink('log', [], [], 'log', 0)]),
  ['log', sink('log', [], [], 'log', 1)],
]);
export const LOGGER_NAME = /(?:^|\.)_*(?:log|logger|LOG|LOGGER|\w+_log|\w+_logger)$/;
/** Header methods on a response's `.headers` (werkzeug `Headers`, Django's and aiohttp's mappings). */
export const HEADER_METHODS = new Map<string, SinkSpec>([
  ...['add', 'set', 'setdefault', 'add_header', '__setitem__'].map((m): [string, SinkSpec] => [m, sink('header', [1], ['value', '_value'])]),
]);
/** Methods of a session that store values (`session.update(...)`, `session.setdefault(k, v)`). */
export const SESSION_METHODS = new Map<string, SinkSpec>([
  ['update', sink('trust-boundary', [0], [], 'every-argument')],
  ['setdefault', sink('trust-boundary', [1], ['default'])],
]);
/** The update method of a hash object (`hashlib.sha256()`). */
export const HASH_METHODS = new Map<string, SinkSpec>([['update', sink('weak-hash', [0], ['data'])]]);

/** Django query-set methods that are sinks when called on a chain through `.objects`. */
export const QUERYSET_SINKS = new Map<string, SinkSpec>([
  ['raw', sink('sql', [0], ['raw_query'])],
  ['extra', sink('sql', [], [], 'every-argument')],
]);

/**
 * Lookups of stored records. What they return holds what was stored: the request only chose which
 * record (its key matched a stored one), so the lookup's arguments do not pass to its result. Django's
 * shortcuts by name; the queryset methods that read, on a receiver written `<Model>.objects...`
 * (as QUERYSET_SINKS), and `KEYWORD_LOOKUPS` with keyword arguments only on any receiver (a related
 * manager, `engagement.files.filter(id=file_id)`; SQLAlchemy's `filter_by`). Not `create`,
 * `get_or_create`, `update_or_create`: the record they return holds the values they were given.
 */
export const RECORD_LOOKUPS = new Set(['django.shortcuts.get_object_or_404', 'django.shortcuts.get_list_or_404']);
export const QUERYSET_READS = new Set([
  'get',
  'filter',
  'exclude',
  'all',
  'first',
  'last',
  'earliest',
  'latest',
  'order_by',
  'distinct',
  'select_related',
  'prefetch_related',
  'only',
  'defer',
  'values',
  'values_list',
  'in_bulk',
  'count',
  'exists',
]);
export const KEYWORD_LOOKUPS = new Set(['filter', 'exclude', 'filter_by']);

/** Objects whose methods are sinks: a `pathlib.Path` built from input, an HTTP client session, ... */
export const OBJECT_CONSTRUCTORS = new Map<string, string>([
  ['ldap.initialize', 'ldap'],
  ['ldap.open', 'ldap'],
  ['ldap.ldapobject.LDAPObject', 'ldap'],
  ['ldap.ldapobject.SimpleLDAPObject', 'ldap'],
  ['ldap3.Connection', 'ldap3'],
  ...['parse', 'fromstring', 'XML', 'ElementTree', 'Element', 'SubElement'].flatMap((f): [string, string][] => [
    [`xml.etree.ElementTree.${f}`, 'xml'],
    [`xml.etree.cElementTree.${f}`, 'xml'],
    [`lxml.etree.${f}`, 'xml'],
  ]),
  ['defusedxml.ElementTree.parse', 'xml'],
  ['defusedxml.ElementTree.fromstring', 'xml'],
  ['xml.sax.make_parser', 'sax-parser'],
  ['xml.sax.expatreader.create_parser', 'sax-parser'],
  ['logging.getLogger', 'logger'],
  ['logging.Logger', 'logger'],
  ...['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'new'].map(
    (h): [string, string] => [`hashlib.${h}`, 'hash'],
  ),
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

/**
 * The classes of the web whose sinks take text that is shown, stored or matched (a page, a
 * header, a log line, the session, a redirect, a template, an LDAP or XPath query, a pattern, a
 * password hash). For them, only the input itself and what string operations make of it count:
 * what a call the analysis does not model returns (a database row looked up by the input, a file
 * opened by its name, a fetched page) is not the input, unless the call is a known pass-through
 * (`PROPAGATORS`) or a method of the input itself (`request.files["f"].read()`). The classes of
 * the first taint issue (commands, code, SQL, paths, deserialization, SSRF) keep the default: an
 * unknown call passes its arguments' input to its result.
 */
export const NOT_INPUT = (['xss', 'template', 'redirect', 'ldap', 'xpath', 'trust-boundary', 'header', 'log', 'regex', 'weak-hash'] as const).reduce(
  (mask, c) => mask | classBit(c),
  0,
);

/** Builtins whose result is a container (`Value.obj` CONTAINER), never a string. */
export const CONTAINER_BUILDERS = new Set(['dict', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'reversed'].map((f) => `builtins.${f}`));

/** Functions whose result is their input (a copy, a conversion, an encoding, a wrapper): they pass it on for every class. */
export const PROPAGATORS = new Set([
  ...['dict', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'reversed', 'bytes', 'bytearray', 'min', 'max', 'next', 'iter'].map((f) => `builtins.${f}`),
  'markupsafe.Markup',
  'flask.Markup',
  'jinja2.Markup',
  'django.utils.safestring.mark_safe',
  'django.utils.safestring.SafeString',
  'django.utils.html.mark_safe',
  ...[
    'b64encode',
    'b64decode',
    'urlsafe_b64encode',
    'urlsafe_b64decode',
    'standard_b64encode',
    'standard_b64decode',
    'b32encode',
    'b32decode',
    'b16encode',
    'b16decode',
    'b85encode',
    'b85decode',
  ].map((f) => `base64.${f}`),
  ...['hexlify', 'unhexlify', 'a2b_base64', 'b2a_base64'].map((f) => `binascii.${f}`),
  'codecs.encode',
  'codecs.decode',
  ...['unquote', 'unquote_plus', 'unquote_to_bytes', 'urljoin', 'urlunparse', 'urlunsplit', 'parse_qs', 'parse_qsl'].map((f) => `urllib.parse.${f}`),
  'json.loads',
  'html.unescape',
  ...['dedent', 'indent', 'fill', 'shorten', 'wrap'].map((f) => `textwrap.${f}`),
  'shlex.split',
  'os.path.dirname',
  'os.path.splitext',
  'posixpath.dirname',
  'unicodedata.normalize',
  'typing.cast',
  'copy.copy',
  'copy.deepcopy',
  'io.StringIO',
  'io.BytesIO',
]);

/** `pathlib.Path` methods that touch the file named by the receiver. */
export const PATH_OBJECT_SINKS = new Set(['open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'unlink', 'rmdir', 'touch', 'mkdir', 'iterdir']);
/** `pathlib.Path` methods that give another path. */
export const PATH_OBJECT_PATHS = new Set(['joinpath', 'resolve', 'absolute', 'with_name', 'with_suffix', 'with_stem', 'expanduser', 'parent']);
/**
 * Attributes of a path object that are its last component, or part of it: no separator, so (as
 * `os.path.basename`) they cannot lead out of the directory they are joined to.
 */
export const PATH_OBJECT_COMPONENTS = new Set(['name', 'suffix', 'suffixes', 'stem']);

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
  ['werkzeug.utils.secure_filename', classBit('path') | classBit('header') | classBit('log') | classBit('xss')],
  ['werkzeug.secure_filename', classBit('path') | classBit('header') | classBit('log') | classBit('xss')],
  // Joins that refuse (raise, or return None for) a result outside their base directory. They keep
  // the input's characters (newlines, markup), so they protect file paths only.
  ['django.utils._os.safe_join', classBit('path')],
  ['werkzeug.utils.safe_join', classBit('path')],
  ['werkzeug.security.safe_join', classBit('path')],
  ['flask.safe_join', classBit('path')],
  // Escaping for HTML protects an HTML page (and nothing else: it leaves newlines, braces, `..`).
  ...[
    'html.escape',
    'markupsafe.escape',
    'markupsafe.Markup.escape',
    'flask.escape',
    'cgi.escape',
    'xml.sax.saxutils.escape',
    'django.utils.html.escape',
    'django.utils.html.conditional_escape',
    'django.utils.html.format_html',
    'bleach.clean',
    // Rendered by an autoescaping template engine, or sent as JSON: not raw HTML from the input.
    'flask.render_template',
    'flask.render_template_string',
    'flask.jsonify',
    'django.shortcuts.render',
    'django.template.loader.render_to_string',
  ].map((name): [string, number] => [name, classBit('xss')]),
  // Only letters, digits, dots, dashes and underscores are left (`secure_filename` is also in the path row above).
  ['django.utils.text.slugify', classBit('path') | classBit('header') | classBit('log') | classBit('xss')],
  // No CR or LF is left: a header value or a log line cannot be split.
  ...['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode', 'builtins.repr', 'json.dumps'].map((name): [string, number] => [
    name,
    classBit('header') | classBit('log'),
  ]),
  ...['ldap.filter.escape_filter_chars', 'ldap3.utils.conv.escape_filter_chars', 'ldap.dn.escape_dn_chars', 'ldap3.utils.dn.escape_rdn'].map(
    (name): [string, number] => [name, classBit('ldap')],
  ),
  ['re.escape', classBit('regex')],
  ['regex.escape', classBit('regex')],
  // A URL of this application, built from an endpoint name (its arguments end up in the query).
  ...['flask.url_for', 'django.urls.reverse', 'django.shortcuts.reverse', 'django.shortcuts.resolve_url'].map((name): [string, number] => [
    name,
    classBit('redirect'),
  ]),
  // Key-derivation functions: what comes out is no longer the password.
  ...[
    'hashlib.pbkdf2_hmac',
    'hashlib.scrypt',
    'bcrypt.hashpw',
    'bcrypt.kdf',
    'werkzeug.security.generate_password_hash',
    'django.contrib.auth.hashers.make_password',
  ].map((name): [string, number] => [name, classBit('weak-hash')]),
]);

/** Calls that, when true, prove a URL safe to redirect to (a host of this site, or a relative path). */
export const SAFE_URL_CHECKS = new Set(['django.utils.http.url_has_allowed_host_and_scheme', 'django.utils.http.is_safe_url']);
/** Calls that build a URL of this application: a string starting with their result is a path of this site. */
export const SAME_SITE_URLS = new Set(['flask.url_for', 'django.urls.reverse', 'django.shortcuts.reverse', 'django.shortcuts.resolve_url']);

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
