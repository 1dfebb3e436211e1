/**
 * The data-flow rules: outside input that reaches a dangerous operation, proven by the taint
 * analysis (src/analysis/taint/) and reported at the sink with the path from the source, as
 * CodeQL's path-problem queries are. One table row per sink class, each with two rules: input
 * from the network (a web request: Flask, Django, FastAPI, aiohttp, http.server, WSGI, CGI) and
 * local input (command-line arguments, environment variables, standard input), Medium at most
 * because whoever controls it usually runs the program already.
 *
 * Scores: CodeQL's `security-severity` for the same class (py/command-line-injection 9.8,
 * py/code-injection 9.3, py/sql-injection 8.8, py/path-injection 7.5, py/unsafe-deserialization
 * 9.8, py/full-ssrf 9.1); local input 3.0 lower, and at most 6.9 (Medium), so that a flow from
 * the command line never fails the default gate (docs/severity.md).
 */
import { linkKey, SOURCE_PLACEHOLDER, taint, type SinkClass, type SourceKind, type TaintModel } from '../../analysis/taint';
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
  remote: Variant;
  local: Variant;
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
    sinks: '`eval`, `exec` and `compile` (the source argument)',
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
      'the query argument of DB-API `execute`, `executemany` and `executescript` (the parameters argument is safe), SQLAlchemy `text()`, Django `raw()`, `extra()` and `RawSQL`',
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
    fix: 'Keep only the file name (`os.path.basename`, `werkzeug.utils.secure_filename`), or resolve the path (`os.path.realpath`) and refuse it unless it starts with the intended folder.',
    sinks:
      '`open`, `io.open`, `codecs.open`, file operations of `os` and `shutil` (remove, rename, list, copy, move, ...), `pathlib.Path` reads and writes, Flask `send_file`',
    sanitizers:
      '`os.path.basename`, `werkzeug.utils.secure_filename`, a `realpath`/`abspath` then `startswith(folder)` check, conversion to a number, an allow-list check',
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

/** The message at the sink; `[...](1)` links the source (SARIF related location 1). */
function messageOf(row: Row, kind: SourceKind, sourceDescription: string, sinkName: string): string {
  const what = kind === 'remote' ? 'a [user-provided value](1)' : 'a [local input](1)';
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
};

function ruleFor(row: Row, kind: SourceKind): Rule {
  const variant = kind === 'remote' ? row.remote : row.local;
  const severity = kind === 'remote' ? row.severity : localSeverity(row.severity);
  const from =
    kind === 'remote'
      ? 'input from the network: a web request read through Flask, Django, FastAPI, aiohttp, `http.server`, WSGI or CGI'
      : 'local input: command-line arguments, `argparse` results, environment variables, standard input or `input()`';
  return defineRule({
    meta: {
      id: variant.id,
      name: variant.name,
      kind: 'security',
      shortDescription: `${row.short}${kind === 'local' ? ' (local input)' : ''}`,
      fullDescription: `${row.why} Reported where ${from} reaches the operation, with the path it takes.`,
      category: 'taint',
      // CodeQL's query for the same class; it has no query of its own for local input.
      aliases: kind === 'remote' ? [row.codeql] : [],
      precision: 'high',
      securitySeverity: severity,
      cwe: row.cwe,
      grading: {
        evidence: 'flow',
        family: FAMILY[row.sinkClass],
        basis:
          kind === 'remote'
            ? `CodeQL \`${row.codeql}\`: ${row.severity.toFixed(1)}.`
            : `CodeQL's ${row.severity.toFixed(1)} for \`${row.codeql}\`, less 3.0 for local input, at most 6.9.`,
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
        `Values that do not come from ${kind === 'remote' ? 'a request' : 'local input'} (${kind === 'remote' ? `\`${row.local.id}\`` : `\`${row.remote.id}\``} reports the other kind of input).`,
        `Values passed through a sanitizer for this operation: ${row.sanitizers}.`,
        'Constants, values overwritten with a constant before use, branches that cannot run (`if 1 > 2:`), code after `return` or `raise`, and the slots of a container that hold only constants.',
        'Flows through functions of other modules of the analysed tree (not yet followed: calls into them count as unknown calls, whose result carries the input of their arguments).',
      ],
      more:
        `## Sinks\n\n${row.sinks}.\n\n` +
        `## Grading\n\nsecurity-severity ${severity.toFixed(1)}${kind === 'remote' ? `, CodeQL's score for the same class (\`${row.codeql}\`)` : `: CodeQL's ${row.severity.toFixed(1)} for \`${row.codeql}\`, less 3.0 for local input (Medium at most: whoever controls local input usually runs the program already)`}; precision \`high\`: ` +
        'each result is a path the analysis followed step by step (see docs/severity.md).',
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

export const TAINT_RULES: readonly Rule[] = ROWS.flatMap((row) => [ruleFor(row, 'remote'), ruleFor(row, 'local')]);
