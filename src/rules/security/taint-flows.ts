/**
 * The data-flow rules: outside input that reaches a dangerous operation, proven by the taint
 * analysis (src/analysis/taint/) and reported at the sink with the path from the source, as
 * CodeQL's path-problem queries are. One table row per sink class, each with a rule for input
 * from the network (a web request: Flask, Django, FastAPI, aiohttp, Tornado, http.server, WSGI, CGI) and,
 * where local input can reach the operation, one for local input (command-line arguments,
 * environment variables, standard input), Medium at most because whoever controls it usually runs
 * the program already. The weak-hash class has one rule, for password-like values.
 *
 * Scores: CodeQL's `security-severity` for the same class (each row names the query), at most
 * the cap of the severity policy where a row sets one (a flow whose harm the path alone does not
 * show); local input 3.0 lower, and at most 6.9 (Medium), so that a flow from the command line
 * never fails the default gate (docs/severity.md).
 */
import { linkKey, passesUnknownCalls, SOURCE_PLACEHOLDER, taint, type SinkClass, type SourceKind, type TaintModel } from '../../analysis/taint';
import type { Span as Region } from '../../engine/types';
import type { Rule } from '../../engine/api';
import { defineRule } from '../define';

interface Variant {
  id: string;
  name: string;
  /** What the sink does with the value, for the message: `This command depends on ...`. */
  example: string;
  fixed: string;
}

interface Row {
  sinkClass: SinkClass;
  cwe: number[];
  /** CodeQL's score for the class (remote input). */
  severity: number;
  /** The CodeQL query of the same class, cited in the help. */
  codeql: string;
  /** Where CodeQL's score is not kept: the policy's cap and why (docs/severity.md). */
  cap?: { score: number; why: string };
  /** The operation, as the message names it: `This command`, `This SQL query`. */
  subject: string;
  title: string;
  short: string;
  why: string;
  fix: string;
  sinks: string;
  sanitizers: string;
  /** The pattern rules for the same calls: quiet where this flow is proven (RuleMeta.supersedes). */
  supersedes: string[];
  remote?: Variant;
  local?: Variant;
  /** For the weak-hash class: password-like values are its source. */
  credential?: Variant;
}

const FLASK = 'from flask import Flask, request\n\napp = Flask(__name__)\n';

const ROWS: Row[] = [
  {
    sinkClass: 'command',
    cwe: [78, 88],
    severity: 9.8,
    codeql: 'py/command-line-injection',
    supersedes: ['subprocess-shell-true', 'call-with-shell-true', 'start-process-with-shell', 'subprocess-without-shell', 'start-process-with-no-shell'],
    subject: 'This command',
    title: 'Command built from outside input',
    short: 'A shell command is built from outside input',
    why:
      'A value from outside the program reaches a command that a shell runs. Whoever controls the value can end the ' +
      'intended command and run their own (`; rm -rf ~`, `$(curl ...)`), with the rights of the program.',
    fix: 'Pass the command as a list of arguments without a shell, so that the value is one argument and nothing else; where a shell is unavoidable, quote the value with `shlex.quote`.',
    sinks:
      '`os.system`, `os.popen`, `subprocess` functions with `shell=True` (or a `shell=` that is not a constant), argument lists that start a shell with `-c`, `asyncio.create_subprocess_shell`, `pty.spawn`',
    sanitizers: '`shlex.quote`; conversion to a number (`int`, `float`) or `uuid.UUID`; an allow-list check (`if host not in ALLOWED: return`)',
    remote: {
      id: 'command-injection',
      name: 'CommandInjection',
      example: `import subprocess\n${FLASK}\n\n@app.route("/ping")\ndef ping():\n    host = request.args["host"]\n    subprocess.run("ping -c 1 " + host, shell=True)\n    return "sent"\n`,
      fixed: `import subprocess\n${FLASK}\n\n@app.route("/ping")\ndef ping():\n    host = request.args["host"]\n    subprocess.run(["ping", "-c", "1", host])\n    return "sent"\n`,
    },
    local: {
      id: 'command-injection-local',
      name: 'CommandInjectionLocal',
      example: 'import os\nimport sys\n\nos.system("convert " + sys.argv[1] + " out.png")\n',
      fixed: 'import subprocess\nimport sys\n\nsubprocess.run(["convert", sys.argv[1], "out.png"])\n',
    },
  },
  {
    sinkClass: 'code',
    cwe: [94, 95],
    severity: 9.3,
    codeql: 'py/code-injection',
    supersedes: ['eval-used', 'exec-used', 'pil-imagemath-eval'],
    subject: 'This code',
    title: 'Code evaluated from outside input',
    short: 'Outside input is evaluated as Python code',
    why: 'A value from outside the program is run as Python code by `eval`, `exec` or `compile`. Whoever controls the value runs any code they like inside the program.',
    fix: 'Do not evaluate input. To read a literal (a number, a list), use `ast.literal_eval`; to choose an operation, look it up in a dictionary of allowed ones.',
    sinks: '`eval`, `exec` and `compile` (the source argument; `eval(compile(source, ...))` is one alert, at `eval`)',
    sanitizers: 'conversion to a number (`int`, `float`); an allow-list check',
    remote: {
      id: 'code-injection',
      name: 'CodeInjection',
      example: `${FLASK}\n\n@app.route("/calc")\ndef calc():\n    return str(eval(request.args["expr"]))\n`,
      fixed: `import ast\n${FLASK}\n\n@app.route("/calc")\ndef calc():\n    return str(ast.literal_eval(request.args["expr"]))\n`,
    },
    local: {
      id: 'code-injection-local',
      name: 'CodeInjectionLocal',
      example: 'import sys\n\nsettings = eval(sys.argv[1])\n',
      fixed: 'import ast\nimport sys\n\nsettings = ast.literal_eval(sys.argv[1])\n',
    },
  },
  {
    sinkClass: 'sql',
    cwe: [89],
    severity: 8.8,
    codeql: 'py/sql-injection',
    supersedes: ['hardcoded-sql-expression', 'django-raw-sql', 'django-raw-sql-unknown', 'django-extra'],
    subject: 'This SQL query',
    title: 'SQL query built from outside input',
    short: 'An SQL query is built from outside input',
    why:
      'A value from outside the program is pasted into the text of an SQL query. Whoever controls the value can change ' +
      "the query itself (`' OR '1'='1`, `; DROP TABLE ...`): read, change or delete what the database account can.",
    fix: 'Keep the query text constant and pass the values as parameters (`cursor.execute("... WHERE name = %s", (name,))`): the driver sends them apart from the query.',
    sinks:
      'the query argument of DB-API `execute`, `executemany` and `executescript` (the parameters argument is safe; a call whose query is a list, tuple, set or dict, or `*args`, is another API, as oslo.rootwrap\'s `client.execute(["ip", "link"])` and Django\'s `command.execute(*args, **options)`), SQLAlchemy `text()`, Django `raw()`, `extra()` and `RawSQL`',
    sanitizers: 'conversion to a number (`int`, `float`) or `uuid.UUID`; an allow-list check',
    remote: {
      id: 'sql-injection',
      name: 'SqlInjection',
      example: `import sqlite3\n${FLASK}\n\n@app.route("/user")\ndef user():\n    db = sqlite3.connect("app.db")\n    name = request.args["name"]\n    rows = db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()\n    return str(rows)\n`,
      fixed: `import sqlite3\n${FLASK}\n\n@app.route("/user")\ndef user():\n    db = sqlite3.connect("app.db")\n    name = request.args["name"]\n    rows = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()\n    return str(rows)\n`,
    },
    local: {
      id: 'sql-injection-local',
      name: 'SqlInjectionLocal',
      example: 'import sqlite3\nimport sys\n\ndb = sqlite3.connect("jobs.db")\ndb.execute("DELETE FROM jobs WHERE owner = \'%s\'" % sys.argv[1])\n',
      fixed: 'import sqlite3\nimport sys\n\ndb = sqlite3.connect("jobs.db")\ndb.execute("DELETE FROM jobs WHERE owner = ?", (sys.argv[1],))\n',
    },
  },
  {
    sinkClass: 'path',
    cwe: [22],
    severity: 7.5,
    codeql: 'py/path-injection',
    supersedes: [],
    subject: 'This file path',
    title: 'File path built from outside input',
    short: 'A file is opened or changed at a path built from outside input',
    why:
      'A value from outside the program becomes part of a file path that is opened, read, written or deleted. With ' +
      '`../` or an absolute path, whoever controls the value reaches files outside the intended folder (path traversal).',
    fix: "Keep only the file name (`os.path.basename`, `werkzeug.utils.secure_filename`, a path object's `.name`), or resolve the path (`os.path.realpath`) and refuse it unless it starts with the intended folder.",
    sinks:
      '`open`, `io.open`, `codecs.open`, file operations of `os` and `shutil` (remove, rename, list, copy, move, ...), `pathlib.Path` reads and writes, Flask `send_file`',
    sanitizers:
      "`os.path.basename`, `werkzeug.utils.secure_filename`, a path object's last component (`.name`, `.suffix`, `.stem`), a `realpath`/`abspath` then `startswith(folder)` check, conversion to a number, an allow-list check",
    remote: {
      id: 'path-injection',
      name: 'PathInjection',
      example: `import os\n${FLASK}\nUPLOADS = "/srv/uploads"\n\n\n@app.route("/file")\ndef download():\n    with open(os.path.join(UPLOADS, request.args["name"])) as f:\n        return f.read()\n`,
      fixed: `import os\n${FLASK}\nUPLOADS = "/srv/uploads"\n\n\n@app.route("/file")\ndef download():\n    with open(os.path.join(UPLOADS, os.path.basename(request.args["name"]))) as f:\n        return f.read()\n`,
    },
    local: {
      id: 'path-injection-local',
      name: 'PathInjectionLocal',
      example: 'import os\nimport sys\n\nos.remove(os.path.join("/var/cache/app", sys.argv[1]))\n',
      fixed: 'import os\nimport sys\n\nos.remove(os.path.join("/var/cache/app", os.path.basename(sys.argv[1])))\n',
    },
  },
  {
    sinkClass: 'deserialization',
    cwe: [502],
    severity: 9.8,
    codeql: 'py/unsafe-deserialization',
    supersedes: ['pickle-deserialization', 'marshal-deserialization', 'yaml-unsafe-load'],
    subject: 'This deserialized data',
    title: 'Outside input deserialized unsafely',
    short: 'Outside input is read by a deserializer that can run code',
    why:
      'A value from outside the program is read by `pickle`, `marshal`, `dill`, `jsonpickle`, `shelve` or a YAML loader that ' +
      'builds arbitrary objects. Such data can name any callable to run while it is loaded: whoever controls it runs code.',
    fix: 'Read outside data as JSON (`json.loads`) or with `yaml.safe_load`; if objects must round-trip, sign them (`hmac`) and check the signature before loading.',
    sinks:
      '`pickle`/`dill` `load(s)`, `jsonpickle.decode`, `shelve.open`, `marshal.load(s)`, `yaml.load`/`load_all` without a safe loader, `yaml.unsafe_load`, `yaml.full_load`',
    sanitizers: 'none: a safe loader (`yaml.safe_load`, `Loader=yaml.SafeLoader`) or a safe format is the fix',
    remote: {
      id: 'unsafe-deserialization',
      name: 'UnsafeDeserialization',
      example: `import base64\nimport pickle\n${FLASK}\n\n@app.route("/cart")\ndef cart():\n    items = pickle.loads(base64.b64decode(request.cookies["cart"]))\n    return str(len(items))\n`,
      fixed: `import base64\nimport json\n${FLASK}\n\n@app.route("/cart")\ndef cart():\n    items = json.loads(base64.b64decode(request.cookies["cart"]))\n    return str(len(items))\n`,
    },
    local: {
      id: 'unsafe-deserialization-local',
      name: 'UnsafeDeserializationLocal',
      example: 'import sys\n\nimport yaml\n\nconfig = yaml.load(sys.stdin.read(), Loader=yaml.Loader)\n',
      fixed: 'import sys\n\nimport yaml\n\nconfig = yaml.safe_load(sys.stdin.read())\n',
    },
  },
  {
    sinkClass: 'ssrf',
    cwe: [918],
    severity: 9.1,
    codeql: 'py/full-ssrf',
    supersedes: ['url-open-any-scheme'],
    subject: 'This request URL',
    title: 'Request sent to a URL from outside input',
    short: 'A server-side request goes to a URL built from outside input',
    why:
      'A value from outside the program decides where the program sends a network request. Whoever controls it makes ' +
      'the server call hosts only it can reach: internal services, cloud metadata endpoints (`169.254.169.254`), admin ports.',
    fix: 'Build the URL from a fixed base and check the host (`urllib.parse.urlparse(url).hostname`) against an allow-list before sending.',
    sinks: 'the URL of `requests` and `httpx` calls, `urllib.request.urlopen` and `Request`, `urllib3` and `aiohttp` client requests',
    sanitizers: 'a `urlparse(...).hostname`/`netloc`/`scheme` allow-list check that returns otherwise; conversion to a number',
    remote: {
      id: 'ssrf',
      name: 'ServerSideRequestForgery',
      example: `import requests\n${FLASK}\n\n@app.route("/preview")\ndef preview():\n    return requests.get(request.args["url"], timeout=5).text\n`,
      fixed: `from urllib.parse import urlparse\n\nimport requests\n${FLASK}\nALLOWED = {"images.example.com"}\n\n\n@app.route("/preview")\ndef preview():\n    url = request.args["url"]\n    if urlparse(url).hostname not in ALLOWED:\n        return "refused", 400\n    return requests.get(url, timeout=5).text\n`,
    },
    local: {
      id: 'ssrf-local',
      name: 'ServerSideRequestForgeryLocal',
      example: 'import os\nimport urllib.request\n\nurllib.request.urlopen(os.environ["HOOK_URL"])\n',
      fixed:
        'import os\nimport urllib.request\nfrom urllib.parse import urlparse\n\nurl = os.environ["HOOK_URL"]\nif urlparse(url).hostname not in {"hooks.example.com"}:\n    raise SystemExit("refused")\nurllib.request.urlopen(url)\n',
    },
  },
];

const FLASK_VIEW = (imports: string): string => `from flask import Flask, ${imports}\n\napp = Flask(__name__)\n`;

/**
 * The classes of the web issue. CodeQL's scores: py/reflective-xss 6.1, py/template-injection
 * 9.3, py/url-redirection 6.1, py/ldap-injection 9.8, py/xpath-injection 9.8, py/xxe 9.1,
 * py/http-response-splitting 6.1, py/log-injection 7.8, py/regex-injection 7.5,
 * py/weak-sensitive-data-hashing 7.5; CodeQL has no Python query for a trust boundary, its Java
 * one (java/trust-boundary-violation) scores 8.8.
 */
const WEB_ROWS: Row[] = [
  {
    sinkClass: 'xss',
    cwe: [79, 116],
    severity: 6.1,
    codeql: 'py/reflective-xss',
    supersedes: [],
    subject: 'This HTML page',
    title: 'HTML page built from outside input (reflected XSS)',
    short: 'An HTML response is built from outside input (reflected cross-site scripting)',
    why:
      'A value from the request is written into an HTML page the server sends back without being escaped. Whoever crafts the ' +
      "link or form makes the victim's browser run their script in the page (`<script>`, `onerror=`): it can read the session, act as the user, or change the page.",
    fix: 'Render HTML with a template engine that escapes (Flask `render_template`, Django templates), or escape each value (`markupsafe.escape`, `html.escape`, `django.utils.html.escape`, `format_html`); answer with JSON (`jsonify`) or `text/plain` where no HTML is meant.',
    sinks:
      'the string a Flask view (a route or a `MethodView` method) returns, the body of `make_response`, Flask/werkzeug `Response`, Django `HttpResponse`, FastAPI `HTMLResponse`, and aiohttp `web.Response` with an HTML content type (a `content_type` or `mimetype` other than HTML is not a page)',
    sanitizers:
      '`html.escape`, `markupsafe.escape`, `django.utils.html.escape`/`format_html`/`conditional_escape`, `bleach.clean`, rendering through `render_template`, `jsonify`, conversion to a number (`int`, `float`), an allow-list check',
    remote: {
      id: 'reflected-xss',
      name: 'ReflectedXss',
      example: `${FLASK_VIEW('request')}\n\n@app.route("/hello")\ndef hello():\n    return "<h1>Hello " + request.args.get("name", "") + "</h1>"\n`,
      fixed: `from markupsafe import escape\n\n${FLASK_VIEW('request')}\n\n@app.route("/hello")\ndef hello():\n    return "<h1>Hello " + escape(request.args.get("name", "")) + "</h1>"\n`,
    },
  },
  {
    sinkClass: 'template',
    cwe: [1336, 94],
    severity: 9.3,
    codeql: 'py/template-injection',
    supersedes: [],
    subject: 'This template',
    title: 'Template built from outside input (server-side template injection)',
    short: 'A template is compiled from outside input (server-side template injection)',
    why:
      'A value from outside the program becomes part of the source of a template that the server compiles. Template syntax in it runs on the server: ' +
      "`{{ ''.__class__.__mro__[1].__subclasses__() }}` in Jinja2 reaches Python's objects and runs commands.",
    fix: 'Keep template sources constant (files or literals) and pass values as variables: `render_template_string("<h1>{{ title }}</h1>", title=value)`.',
    sinks:
      'the source of `render_template_string`, `jinja2.Template`, `Environment.from_string`, Django `Template` and Mako `Template` (the variables passed to `render` are safe)',
    sanitizers: 'conversion to a number (`int`, `float`), an allow-list check (HTML escaping does not protect: it leaves `{{ }}` in place)',
    remote: {
      id: 'template-injection',
      name: 'TemplateInjection',
      example: `${FLASK_VIEW('render_template_string, request')}\n\n@app.route("/title")\ndef title():\n    return render_template_string("<h1>%s</h1>" % request.args["title"])\n`,
      fixed: `${FLASK_VIEW('render_template_string, request')}\n\n@app.route("/title")\ndef title():\n    return render_template_string("<h1>{{ title }}</h1>", title=request.args["title"])\n`,
    },
    local: {
      id: 'template-injection-local',
      name: 'TemplateInjectionLocal',
      example: 'import sys\n\nimport jinja2\n\nprint(jinja2.Template(sys.argv[1], autoescape=True).render())\n',
      fixed: 'import sys\n\nimport jinja2\n\nprint(jinja2.Template("Hello {{ name }}", autoescape=True).render(name=sys.argv[1]))\n',
    },
  },
  {
    sinkClass: 'redirect',
    cwe: [601],
    severity: 6.1,
    codeql: 'py/url-redirection',
    supersedes: [],
    subject: 'This redirect',
    title: 'Redirect to a URL from outside input (open redirect)',
    short: 'A redirect goes to a URL taken from outside input (open redirect)',
    why: 'The server redirects the browser to a URL the request chose. A link to this trusted site then lands on any other one: phishing pages that look like the login form, or token theft through OAuth redirects.',
    fix: 'Redirect only to paths of this site or to allowed hosts: check the target with `url_has_allowed_host_and_scheme` (Django), `urlparse(url).netloc` against an allow-list, or require a path (`url.startswith("/")` and not `//` or `/\\`); build targets with `url_for`/`reverse`.',
    sinks:
      'the target of Flask/werkzeug `redirect`, Django `redirect`, `HttpResponseRedirect`, `HttpResponsePermanentRedirect`, aiohttp `HTTPFound` and the other redirect exceptions, Starlette/FastAPI `RedirectResponse`',
    sanitizers:
      '`url_has_allowed_host_and_scheme`, a `urlparse(...).netloc`/`hostname`/`scheme` allow-list check, a path check (starts with `/`, not with `//` or `/\\`), a constant start that fixes the site (`"/users/" + name`, `f"https://example.com/?q={q}"`, `url_for(...)`), `url_for`/`reverse` themselves, an allow-list check, conversion to a number',
    remote: {
      id: 'open-redirect',
      name: 'OpenRedirect',
      example: `${FLASK_VIEW('redirect, request')}\n\n@app.route("/login", methods=["POST"])\ndef login():\n    return redirect(request.args.get("next", "/"))\n`,
      fixed: `${FLASK_VIEW('redirect, request')}\n\n@app.route("/login", methods=["POST"])\ndef login():\n    target = request.args.get("next", "/")\n    if not target.startswith("/") or target.startswith(("//", "/\\\\")):\n        target = "/"\n    return redirect(target)\n`,
    },
  },
  {
    sinkClass: 'ldap',
    cwe: [90],
    severity: 9.8,
    codeql: 'py/ldap-injection',
    supersedes: [],
    subject: 'This LDAP query',
    title: 'LDAP query built from outside input',
    short: 'An LDAP search filter or DN is built from outside input',
    why: 'A value from outside the program is pasted into an LDAP search filter or distinguished name. Filter syntax in it (`*`, `)(`, `|`) changes the query: `*)(uid=*` lists every entry, and a filter used to check a login can be made true for anyone.',
    fix: 'Escape values with `ldap.filter.escape_filter_chars` / `ldap3.utils.conv.escape_filter_chars` in filters and `ldap.dn.escape_dn_chars` / `ldap3.utils.dn.escape_rdn` in DNs.',
    sinks: 'the base DN and the filter of python-ldap `search`, `search_s`, `search_st`, `search_ext`, `search_ext_s` and ldap3 `Connection.search`',
    sanitizers:
      '`escape_filter_chars`, `escape_dn_chars`, `escape_rdn`, conversion to a number, an allow-list check, a character check (`isalnum()`, `re.fullmatch`)',
    remote: {
      id: 'ldap-injection',
      name: 'LdapInjection',
      example: `from ldap3 import Connection, Server\n\n${FLASK_VIEW('request')}\n\n@app.route("/user")\ndef user():\n    conn = Connection(Server("ldap.example.com"), auto_bind=True)\n    conn.search("dc=example,dc=com", f"(uid={request.args['uid']})")\n    return str(conn.entries)\n`,
      fixed: `from ldap3 import Connection, Server\nfrom ldap3.utils.conv import escape_filter_chars\n\n${FLASK_VIEW('request')}\n\n@app.route("/user")\ndef user():\n    conn = Connection(Server("ldap.example.com"), auto_bind=True)\n    conn.search("dc=example,dc=com", f"(uid={escape_filter_chars(request.args['uid'])})")\n    return str(conn.entries)\n`,
    },
    local: {
      id: 'ldap-injection-local',
      name: 'LdapInjectionLocal',
      example:
        'import sys\n\nimport ldap\n\nconn = ldap.initialize("ldap://ldap.example.com")\nprint(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + sys.argv[1] + ")"))\n',
      fixed:
        'import sys\n\nimport ldap\nfrom ldap.filter import escape_filter_chars\n\nconn = ldap.initialize("ldap://ldap.example.com")\nprint(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(sys.argv[1]) + ")"))\n',
    },
  },
  {
    sinkClass: 'xpath',
    cwe: [643],
    severity: 9.8,
    codeql: 'py/xpath-injection',
    supersedes: [],
    subject: 'This XPath expression',
    title: 'XPath expression built from outside input',
    short: 'An XPath expression or ElementTree path is built from outside input',
    why: "A value from outside the program is pasted into an XPath expression. A quote in it closes the string literal and the rest becomes XPath: `' or '1'='1` selects every node, which reads data the query was meant to hide or bypasses a check made with it.",
    fix: 'Pass values as XPath variables (`tree.xpath("//user[@name=$name]", name=value)`, `etree.XPath("...$n...")(tree, n=value)`), or refuse values with quotes.',
    sinks:
      'lxml `xpath()`, `etree.XPath`, `etree.ETXPath`, `elementpath.select`, and the paths of ElementTree `find`, `findall`, `iterfind`, `findtext` on parsed documents',
    sanitizers:
      'XPath variables (the value is not in the expression), a check that rejects quotes (`if "\'" in value: return`), conversion to a number, an allow-list check, a character check',
    remote: {
      id: 'xpath-injection',
      name: 'XpathInjection',
      example: `from lxml import etree\n\n${FLASK_VIEW('request')}\ntree = etree.parse("users.xml")\n\n\n@app.route("/user")\ndef user():\n    return str(tree.xpath("//user[@name='" + request.args["name"] + "']/email/text()"))\n`,
      fixed: `from lxml import etree\n\n${FLASK_VIEW('request')}\ntree = etree.parse("users.xml")\n\n\n@app.route("/user")\ndef user():\n    return str(tree.xpath("//user[@name=$name]/email/text()", name=request.args["name"]))\n`,
    },
    local: {
      id: 'xpath-injection-local',
      name: 'XpathInjectionLocal',
      example: 'import sys\n\nfrom lxml import etree\n\ndoc = etree.parse("inventory.xml")\nprint(doc.xpath("//part[@sku=\'%s\']/qty/text()" % sys.argv[1]))\n',
      fixed: 'import sys\n\nfrom lxml import etree\n\ndoc = etree.parse("inventory.xml")\nprint(doc.xpath("//part[@sku=$sku]/qty/text()", sku=sys.argv[1]))\n',
    },
  },
  {
    sinkClass: 'xxe',
    cwe: [611, 827],
    severity: 9.1,
    codeql: 'py/xxe',
    supersedes: ['lxml-etree-parse', 'xml-dom-minidom-parse', 'xml-dom-pulldom-parse', 'xml-sax-parse'],
    subject: 'This XML document',
    title: 'XML from outside input parsed with external entities (XXE)',
    short: 'Outside input is parsed as XML by a parser that resolves external entities (XXE)',
    why: 'A document from outside the program is parsed by a parser that resolves external entities. An entity such as `<!ENTITY x SYSTEM "file:///etc/passwd">` makes the parser read local files into the document or fetch URLs from inside the network.',
    fix: 'Leave external entities off: `etree.XMLParser(resolve_entities=False)` (the default since lxml 5), no `feature_external_ges` on SAX parsers; or parse with `defusedxml`.',
    sinks:
      "lxml `fromstring`, `XML`, `parse`, `XMLID` with a parser made with `resolve_entities=True`, `iterparse(..., resolve_entities=True)`, such a parser's `feed`, and SAX, `minidom` and `pulldom` parsing with a parser whose `feature_external_ges` is switched on (the default parsers of lxml 5 and of the standard library do not load external entities: the pattern rules for XML parsers report those, at their lower severity)",
    sanitizers: 'none: a parser that does not resolve external entities is the fix',
    remote: {
      id: 'xxe',
      name: 'XmlExternalEntities',
      example: `from lxml import etree\n\n${FLASK_VIEW('request')}\n\n@app.route("/import", methods=["POST"])\ndef import_xml():\n    parser = etree.XMLParser(resolve_entities=True)\n    return etree.fromstring(request.data, parser).tag\n`,
      fixed: `from lxml import etree\n\n${FLASK_VIEW('request')}\n\n@app.route("/import", methods=["POST"])\ndef import_xml():\n    parser = etree.XMLParser(resolve_entities=False)\n    return etree.fromstring(request.data, parser).tag\n`,
    },
    local: {
      id: 'xxe-local',
      name: 'XmlExternalEntitiesLocal',
      example:
        'import sys\n\nfrom lxml import etree\n\nparser = etree.XMLParser(resolve_entities=True)\nprint(etree.parse(sys.argv[1], parser).getroot().tag)\n',
      fixed:
        'import sys\n\nfrom lxml import etree\n\nparser = etree.XMLParser(resolve_entities=False)\nprint(etree.parse(sys.argv[1], parser).getroot().tag)\n',
    },
  },
  {
    sinkClass: 'trust-boundary',
    cwe: [501],
    severity: 8.8,
    codeql: 'Java (`java/trust-boundary-violation`; CodeQL has no Python query for it)',
    cap: {
      score: 6.9,
      why: "a value stored in the session is harmful only where later code trusts it as the server's own, which the path does not show (login code often stores a checked user name), so the policy keeps it Medium",
    },
    supersedes: [],
    subject: 'This session value',
    title: 'Outside input stored in the session (trust boundary)',
    short: 'A value from the request is stored in the session (trust boundary violation)',
    why: "A value from the request is stored in the session, where the rest of the application treats data as the server's own: a role, a user id or a redirect target kept there is then trusted without the checks a request value gets.",
    fix: 'Store in the session only values the server computed or checked (a user id looked up after a password check, a value from an allow-list); keep request values in the request.',
    sinks: 'values stored in the Flask `session` and Django `request.session` (`session[key] = value`, `update`, `setdefault`)',
    sanitizers: 'conversion to a number or `uuid.UUID`, an allow-list check, a character check',
    remote: {
      id: 'trust-boundary-violation',
      name: 'TrustBoundaryViolation',
      example: `${FLASK_VIEW('request, session')}\n\n@app.route("/as")\ndef act_as():\n    session["user"] = request.args["user"]\n    return "ok"\n`,
      fixed: `${FLASK_VIEW('request, session')}\n\n@app.route("/pick")\ndef pick():\n    session["item_id"] = int(request.args["id"])\n    return "ok"\n`,
    },
  },
  {
    sinkClass: 'header',
    cwe: [113],
    severity: 6.1,
    codeql: 'py/http-response-splitting',
    supersedes: [],
    subject: 'This response header',
    title: 'Response header built from outside input (header injection)',
    short: 'A response header is set from outside input (HTTP header injection)',
    why: 'A value from the request is written into a response header. With a CR LF in it, it ends the header and starts another one, or the body (response splitting): cookies set by the attacker, a changed `Location`, cache poisoning. Frameworks that refuse newlines in headers turn this into an error page instead.',
    fix: 'Remove CR and LF from the value (`value.replace("\\r", "").replace("\\n", "")`), or encode it (`urllib.parse.quote`), or choose the header value from an allow-list.',
    sinks:
      'header values set on responses (`resp.headers[name] = value`, `headers.add`/`set`/`setdefault`, Django `response[name] = value`) and the `headers` given to `make_response`, Flask/werkzeug `Response`, Django `HttpResponse`, aiohttp `web.Response` and Starlette/FastAPI responses',
    sanitizers:
      'removing CR and LF (`replace("\\n", ...)`), `urllib.parse.quote`, `repr`, `json.dumps`, `secure_filename`, `slugify`, conversion to a number or `uuid.UUID`, an allow-list check, a character check',
    remote: {
      id: 'header-injection',
      name: 'HeaderInjection',
      example: `${FLASK_VIEW('make_response, request')}\n\n@app.route("/download")\ndef download():\n    resp = make_response("data")\n    resp.headers["Content-Disposition"] = "attachment; filename=" + request.args["name"]\n    return resp\n`,
      fixed: `from urllib.parse import quote\n\n${FLASK_VIEW('make_response, request')}\n\n@app.route("/download")\ndef download():\n    resp = make_response("data")\n    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(request.args["name"])\n    return resp\n`,
    },
  },
  {
    sinkClass: 'log',
    cwe: [117],
    severity: 7.8,
    codeql: 'py/log-injection',
    cap: {
      score: 6.9,
      why: 'logging request values is everywhere, and a forged log line deceives only a reader (or a tool) that trusts plain-text lines; log formats that escape newlines (JSON) are not affected, so the policy keeps it Medium',
    },
    supersedes: [],
    subject: 'This log entry',
    title: 'Outside input logged without neutralising newlines (log injection)',
    short: 'Outside input is written to a log without its newlines neutralised (log injection)',
    why: "A value from outside the program is written to a log as it is. A newline in it starts a line of its own: the attacker adds entries that look like the application's (a fake successful login, a cleared alarm) or breaks the parsing of the log.",
    fix: 'Neutralise newlines before logging (`value.replace("\\n", "_").replace("\\r", "_")`), log the `repr` (`%r`), or use a log format that escapes them (JSON).',
    sinks:
      'the message and arguments of `logging` functions and of logger methods (`debug`, `info`, `warning`, `error`, `exception`, `critical`, `log`) on `logging.getLogger()` loggers and receivers named like loggers (`logger`, `log`, `app.logger`, `self.log`)',
    sanitizers:
      'removing or replacing CR and LF (`replace("\\n", ...)`), `%r` in a literal message, `repr`, `json.dumps`, `urllib.parse.quote`, conversion to a number or `uuid.UUID`, an allow-list check, a character check',
    remote: {
      id: 'log-injection',
      name: 'LogInjection',
      example: `import logging\n\n${FLASK_VIEW('request')}\nlogger = logging.getLogger(__name__)\n\n\n@app.route("/login", methods=["POST"])\ndef login():\n    logger.info("login attempt for %s", request.form["user"])\n    return "ok"\n`,
      fixed: `import logging\n\n${FLASK_VIEW('request')}\nlogger = logging.getLogger(__name__)\n\n\n@app.route("/login", methods=["POST"])\ndef login():\n    logger.info("login attempt for %r", request.form["user"])\n    return "ok"\n`,
    },
    local: {
      id: 'log-injection-local',
      name: 'LogInjectionLocal',
      example: 'import logging\nimport sys\n\nlogging.info("processing %s", sys.argv[1])\n',
      fixed: 'import logging\nimport sys\n\nlogging.info("processing %r", sys.argv[1])\n',
    },
  },
  {
    sinkClass: 'regex',
    cwe: [730, 400],
    severity: 7.5,
    codeql: 'py/regex-injection',
    supersedes: [],
    subject: 'This regular expression',
    title: 'Regular expression built from outside input',
    short: 'A regular expression is compiled from outside input (regex injection)',
    why: 'A value from outside the program is used as a regular expression. A pattern such as `(a+)+$` takes exponential time on a short input (ReDoS): one request ties up a worker for minutes. Pattern syntax also changes what the match accepts.',
    fix: 'Escape the value with `re.escape` to match it literally, or choose the pattern from an allow-list.',
    sinks: 'the pattern of `re` and `regex` functions: `compile`, `search`, `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn`, `split`',
    sanitizers: '`re.escape`, conversion to a number, an allow-list check, a character check (`isalnum()`)',
    remote: {
      id: 'regex-injection',
      name: 'RegexInjection',
      example: `import re\n\n${FLASK_VIEW('request')}\n\n@app.route("/filter")\ndef filter_names():\n    rx = re.compile(request.args["pattern"])\n    return str([n for n in ["ana", "bo"] if rx.search(n)])\n`,
      fixed: `import re\n\n${FLASK_VIEW('request')}\n\n@app.route("/filter")\ndef filter_names():\n    rx = re.compile(re.escape(request.args["pattern"]))\n    return str([n for n in ["ana", "bo"] if rx.search(n)])\n`,
    },
    local: {
      id: 'regex-injection-local',
      name: 'RegexInjectionLocal',
      example: 'import re\nimport sys\n\nprint(re.findall(sys.argv[1], open("app.log").read()))\n',
      fixed: 'import re\nimport sys\n\nprint(re.findall(re.escape(sys.argv[1]), open("app.log").read()))\n',
    },
  },
  {
    sinkClass: 'weak-hash',
    cwe: [916, 327, 328],
    severity: 7.5,
    codeql: 'py/weak-sensitive-data-hashing',
    // insecure-hashlib-function says the same of MD5 and SHA-1 without knowing what is hashed: one alert per call.
    supersedes: ['insecure-hashlib-function'],
    subject: 'This fast hash',
    title: 'Password hashed with a fast hash',
    short: 'A password is hashed with a fast hash (MD5, SHA-1, SHA-2, SHA-3, BLAKE2) instead of a key-derivation function',
    why: 'A password-like value is hashed with a general-purpose hash. These are built to be fast: a stolen table of such hashes is cracked at billions of guesses a second, salted or not, and MD5 and SHA-1 are broken besides.',
    fix: "Use a password hash (a key-derivation function with a work factor): `hashlib.scrypt`, `hashlib.pbkdf2_hmac` with many iterations, `bcrypt`, Argon2 (`argon2-cffi`), or the framework's (`werkzeug.security.generate_password_hash`, Django `make_password`).",
    sinks: "the data of `hashlib` constructors for MD5, SHA-1, SHA-2, SHA-3 and BLAKE2, `hashlib.new(...)`, and such a hash object's `update`",
    sanitizers:
      'a key-derivation function first (`pbkdf2_hmac`, `scrypt`, `bcrypt.hashpw`, `generate_password_hash`, `make_password`); conversion to a number (`len(password)`)',
    credential: {
      id: 'weak-password-hash',
      name: 'WeakPasswordHash',
      example: 'import hashlib\n\n\ndef hash_password(password):\n    return hashlib.sha256(password.encode()).hexdigest()\n',
      fixed:
        'import hashlib\nimport os\n\n\ndef hash_password(password):\n    salt = os.urandom(16)\n    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)\n',
    },
  },
];

/** The message at the sink; `[...](1)` links the source (SARIF related location 1). */
function messageOf(row: Row, kind: SourceKind, sourceDescription: string, sinkName: string): string {
  const what = kind === 'remote' ? 'a [user-provided value](1)' : kind === 'local' ? 'a [local input](1)' : 'a [password-like value](1)';
  return `${row.subject} depends on ${what} (${sourceDescription}), through \`${sinkName}\`.`;
}

/**
 * Local input's score: 3.0 below the class's, and Medium at most. Whoever sets the arguments or
 * the environment of a program usually runs it already (pydoc running `$PAGER`, runpy running the
 * script it is given), so a flow from there is worth a look but not a failed default gate.
 */
function localSeverity(remote: number): number {
  return Math.min(Math.round((remote - 3) * 10) / 10, 6.9);
}

/** The severity policy's family of each class: the pattern rules that make the same claim without a proven flow. */
const FAMILY: Record<SinkClass, string> = {
  command: 'shell-command',
  code: 'code-execution',
  sql: 'sql',
  path: 'path',
  deserialization: 'deserialization',
  ssrf: 'ssrf',
  xss: 'xss',
  template: 'template-injection',
  redirect: 'open-redirect',
  ldap: 'ldap-injection',
  xpath: 'xpath-injection',
  // The XML parser rules make the same claim (entities resolved) without seeing what is parsed.
  xxe: 'xml',
  'trust-boundary': 'trust-boundary',
  header: 'header-injection',
  log: 'log-injection',
  regex: 'regex-injection',
  // insecure-hashlib-function makes the same claim without knowing that a password is hashed.
  'weak-hash': 'weak-hash',
};

/** The class's score for network input (and password-like values): CodeQL's, at most the row's cap. */
function classSeverity(row: Row): number {
  return row.cap ? Math.min(row.severity, row.cap.score) : row.severity;
}

const FROM: Record<SourceKind, string> = {
  remote: 'input from the network: a web request read through Flask, Django, FastAPI, aiohttp, Tornado, `http.server`, WSGI or CGI',
  local: 'local input: command-line arguments, `argparse` results, environment variables, standard input or `input()`',
  credential:
    'a password-like value: a variable, parameter, attribute or key named like a password (`password`, `passwd`, `passphrase`, `pwd`), or what `getpass()` reads',
};

/**
 * How a class's rule is graded, in its help (`more`) and in docs/severity.md's table (`basis`):
 * CodeQL's score for the class, the row's cap and why, and for local input 3.0 less, Medium at most.
 */
function gradingOf(row: Row, kind: SourceKind, severity: number): { basis: string; more: string } {
  const py = row.codeql.startsWith('py/');
  const reference = `${row.severity.toFixed(1)}${row.cap ? `; Tendril keeps it at ${row.cap.score.toFixed(1)} at most: ${row.cap.why}` : ''}${kind === 'local' ? '; local input takes 3.0 less, Medium at most' : ''}`;
  const query = py ? `CodeQL's score for the same class (\`${row.codeql}\`)` : `CodeQL's score for the same class in ${row.codeql}`;
  const why = kind === 'local' ? ' (whoever controls local input usually runs the program already)' : '';
  return {
    basis: `${py ? `CodeQL \`${row.codeql}\`` : `CodeQL for ${row.codeql}`}: ${reference}.`,
    more: `## Grading\n\nsecurity-severity ${severity.toFixed(1)}: ${query} is ${reference}${why}. Precision \`high\`: each result is a path the analysis followed step by step (see docs/severity.md).`,
  };
}

function ruleFor(row: Row, kind: SourceKind): Rule {
  const variant = row[kind]!;
  const severity = kind === 'local' ? localSeverity(classSeverity(row)) : classSeverity(row);
  const from = FROM[kind];
  const other = kind === 'remote' ? row.local : kind === 'local' ? row.remote : undefined;
  const grading = gradingOf(row, kind, severity);
  return defineRule({
    meta: {
      id: variant.id,
      name: variant.name,
      kind: 'security',
      shortDescription: `${row.short}${kind === 'local' ? ' (local input)' : ''}`,
      fullDescription: `${row.why} Reported where ${from} reaches the operation, with the path it takes.`,
      category: 'taint',
      // CodeQL's query for the same class; it has no query of its own for local input.
      aliases: kind !== 'local' && row.codeql.startsWith('py/') ? [row.codeql] : [],
      precision: 'high',
      securitySeverity: severity,
      cwe: row.cwe,
      grading: {
        evidence: 'flow',
        family: FAMILY[row.sinkClass],
        basis: grading.basis,
      },
      supersedes: row.supersedes,
    },
    docs: {
      title: `${row.title}${kind === 'local' ? ' (local input)' : ''}`,
      why: `${row.why}\n\nThe source here is ${from}. The alert is at the operation; code scanning's "Show paths" shows each step from the source to it.`,
      example: variant.example,
      fix: row.fix,
      fixed: variant.fixed,
      notReported: [
        ...(other
          ? [`Values that do not come from ${kind === 'remote' ? 'a request' : 'local input'} (\`${other.id}\` reports the other kind of input).`]
          : []),
        `Values passed through a sanitizer for this operation: ${row.sanitizers}.`,
        'Constants, values overwritten with a constant before use, branches that cannot run (`if 1 > 2:`), code after `return` or `raise`, and the slots of a container that hold only constants.',
        passesUnknownCalls(row.sinkClass)
          ? 'What happens inside functions of modules outside the analysed paths: a call into one counts as an unknown call, whose result carries the input of its arguments (a sanitizer or a sink inside it is not seen).'
          : "The results of calls the analysis does not model (a database row looked up by the input, a file opened by its name, a page fetched from it): for this class only the input itself, string operations on it, known pass-throughs (`Markup`, `base64`, `urljoin`, ...) and the input object's own methods (`request.files['f'].read()`) carry it.",
      ],
      more: `## Sinks\n\n${row.sinks}.\n\n` + grading.more,
    },
    uses: [taint],
    create(context) {
      return {
        end() {
          const model = context.analysis<TaintModel>(taint);
          for (const flow of model.flows) {
            if (flow.sinkClass !== row.sinkClass || flow.sourceKind !== kind) continue;
            context.reportFlow(flow.sink, messageOf(row, kind, flow.sourceDescription, flow.sinkName), flow.steps);
          }
          // Sinks that input from another module may reach (a parameter of a module-level function,
          // the result of a call into another module): prepared here, confirmed or not by the
          // pipeline's linking once every file's summary is known (src/pipeline/link.ts).
          const candidate = (sink: Region, sinkName: string): void =>
            context.reportDeferred(sink, linkKey(row.sinkClass, kind, sink), messageOf(row, kind, SOURCE_PLACEHOLDER, sinkName));
          for (const fn of Object.values(model.summary.functions)) for (const s of fn.sinks) if (s.sinkClass === row.sinkClass) candidate(s.sink, s.sinkName);
          for (const call of model.summary.calls) for (const r of call.resultSinks) if (r.sinkClass === row.sinkClass) candidate(r.sink, r.sinkName);
        },
      };
    },
  });
}

export const TAINT_RULES: readonly Rule[] = [...ROWS, ...WEB_ROWS].flatMap((row) =>
  (['remote', 'local', 'credential'] as const).filter((kind) => row[kind]).map((kind) => ruleFor(row, kind)),
);
