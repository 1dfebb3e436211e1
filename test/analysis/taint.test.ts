import { LIMITS, linkFlows, taint, type TaintModel } from '../../src/analysis/taint';
import type { ModuleSummary } from '../../src/analysis/taint/model';
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule, RuleOptions } from '../../src/engine/api';

/** Runs the taint analysis on `source` and reads the model while the tree is alive. */
async function probe<T>(source: string, inspect: (model: TaintModel) => T, path = 'probe.py', options: RuleOptions = {}): Promise<T> {
  let result: { value: T } | undefined;
  const rule: Rule = {
    meta: {
      id: 'probe',
      name: 'Probe',
      kind: 'security',
      shortDescription: 'probe',
      fullDescription: 'probe',
      help: 'probe',
      category: 'test',
      aliases: [],
      precision: 'high',
    },
    uses: [taint],
    create: (context) => ({
      end: () => {
        result = { value: inspect(context.analysis<TaintModel>(taint)) };
      },
    }),
  };
  const file = await analyzeSource(path, Buffer.from(source), [rule], options);
  const internal = file.notifications.find((n) => n.id === 'internal-error');
  if (internal) throw new Error(internal.message);
  if (!result) throw new Error('probe did not run');
  return result.value;
}

/** Each flow as `line class kind`, with the 1-based sink line. */
async function flows(source: string, options: RuleOptions = {}): Promise<string[]> {
  return probe(source, (m) => m.flows.map((f) => `${f.sink.startPosition.row + 1} ${f.sinkClass} ${f.sourceKind}`), 'probe.py', options);
}

/** Each flow as `line class kind [step lines]: source description`. */
async function detailed(source: string): Promise<string[]> {
  return probe(source, (m) =>
    m.flows.map(
      (f) =>
        `${f.sink.startPosition.row + 1} ${f.sinkClass} ${f.sourceKind} [${f.steps.map((s) => s.node.startPosition.row + 1).join(',')}]: ${f.sourceDescription}`,
    ),
  );
}

/** The steps' messages of the only flow. */
async function messages(source: string): Promise<string[]> {
  return probe(source, (m) => {
    expect(m.flows).toHaveLength(1);
    return m.flows[0].steps.map((s) => s.message);
  });
}

const FLASK = 'from flask import Flask, request\nimport os, subprocess\napp = Flask(__name__)\n';

describe('taint: sources', () => {
  test('flask request attributes and methods', async () => {
    expect(
      await detailed(`${FLASK}
@app.route('/a')
def a():
    cmd = request.args.get('c')
    os.system(cmd)
    os.system(request.form['x'])
    os.system(request.get_json()['y'])
`),
    ).toEqual([
      '8 command remote [7,7,8]: request.args (Flask)',
      '9 command remote [9,9]: request.form (Flask)',
      '10 command remote [10,10]: request.get_json() (Flask)',
    ]);
  });

  test('flask route parameters are remote, with the parameter as source', async () => {
    expect(
      await detailed(`${FLASK}
@app.route('/u/<name>')
def user(name):
    os.system('echo ' + name)
`),
    ).toEqual(['7 command remote [6,7]: route parameter "name"']);
  });

  test('fastapi route parameters', async () => {
    expect(
      await flows(`from fastapi import FastAPI
import subprocess
api = FastAPI()
@api.get('/x')
async def x(cmd: str):
    subprocess.run(cmd, shell=True)
`),
    ).toEqual(['6 command remote']);
  });

  test('django views: request attributes and other parameters', async () => {
    const source = `from django.http import HttpResponse
import os
def view(request, slug):
    q = request.GET['q']
    os.system(q)
    eval(slug)
    return HttpResponse("done")
class V:
    def get(self, request):
        open(request.META['HOME'])
`;
    expect(await detailed(source)).toEqual([
      '5 command remote [4,4,5]: request.GET (Django)',
      '6 code remote [3,6]: route parameter "slug"',
      '10 path remote [10,10]: request.META (Django)',
    ]);
    // Without a response returned (nor a view decorator, nor a views module), a function taking the
    // request is a helper: its request is input, its other parameters are not the URL's.
    expect(await detailed(source.replace('    return HttpResponse("done")\n', ''))).toEqual([
      '5 command remote [4,4,5]: request.GET (Django)',
      '9 path remote [9,9]: request.META (Django)',
    ]);
  });

  test('django: a record looked up by the request holds what was stored, not the request value', async () => {
    expect(
      await detailed(`from django.http import HttpResponse
from django.shortcuts import get_object_or_404
def download(request, raid):
    ra = get_object_or_404(RiskAcceptance, pk=raid)
    open(ra.path.name)
    tok = FileAccessToken.objects.get(token=request.GET["t"])
    open(tok.file.name)
    first = Report.objects.filter(owner=request.GET["o"]).order_by("-id").first()
    open(first.path)
    made = Upload.objects.create(path=request.GET["p"])
    open(made.path)
    open(raid)
    files = engagement.files.filter(id=request.GET["f"])
    open(files.first().file.name)
    open(filter(None, request.GET["f"]))
    return HttpResponse("done")
`),
    ).toEqual([
      '11 path remote [10,10,11]: request.GET (Django)',
      '12 path remote [3,12]: route parameter "raid"',
      '15 path remote [15,15]: request.GET (Django)',
    ]);
  });

  test('django: a lookup through a model of another analysed module is a lookup too', async () => {
    // `app.models.FileAccessToken.objects.get` names no function of the analysed `app.models`: not a call to link.
    const views = `from django.http import HttpResponse
from app.models import FileAccessToken
def protected_file(request, token):
    access_token = FileAccessToken.objects.get(token=token)
    open(access_token.file.name)
    return HttpResponse("done")
`;
    const seen = await probe(views, (m) => ({ flows: m.flows.length, calls: m.summary.calls.map((c) => c.callee) }), 'app/views.py');
    expect(seen).toEqual({ flows: 0, calls: [] });
  });

  test('django: in a helpers module, a function that takes the request and returns a response is a helper, not a view', async () => {
    const source = `import os
from django.http import FileResponse, HttpResponseNotModified
def sendfile(request, filename, **kwargs):
    if request.headers.get("if-modified-since") == "never":
        return HttpResponseNotModified()
    os.system(request.headers["x-command"])
    return FileResponse(open(filename, "rb"))
`;
    const at = (path: string): Promise<string[]> =>
      probe(source, (m) => m.flows.map((f) => `${f.sink.startPosition.row + 1} ${f.sinkClass} ${f.sourceDescription}`), path);
    // The request it takes is input wherever it is; its other parameters are the URL's only in a view.
    expect(await at('wagtail/utils/sendfile_streaming_backend.py')).toEqual(['6 command request.headers (Django)']);
    expect(await at('app/download_helpers.py')).toEqual(['6 command request.headers (Django)']);
    expect(await at('app/files.py')).toEqual(['6 command request.headers (Django)', '7 path route parameter "filename"']);
    expect(await at('app/utils/views.py')).toEqual(['6 command request.headers (Django)', '7 path route parameter "filename"']);
  });

  test('tornado handlers: argument readers, self.request, the URL groups of the HTTP methods', async () => {
    const source = `import os, pickle, subprocess
import tornado.web
class BaseHandler(tornado.web.RequestHandler):
    pass
class PingHandler(BaseHandler):
    def get(self, host):
        os.system("ping " + self.get_argument("count", "1"))
        subprocess.run("ping " + host, shell=True)
    def post(self, host):
        pickle.loads(self.request.body)
        os.system(self.request.headers["X-Cmd"])
        self.helper(host)
    def helper(self, value):
        os.system(value)
class Store:
    def get(self, key):
        os.system(key)
`;
    expect(await flows(source)).toEqual(['7 command remote', '8 command remote', '10 deserialization remote', '11 command remote', '14 command remote']);
    // Without tornado imported, a class named ...Handler is nothing of the kind.
    expect(await flows(source.replace('import tornado.web\n', '').replace('(tornado.web.RequestHandler)', '(object)'))).toEqual([]);
  });

  test('http.server handlers: self.path, self.headers, self.rfile', async () => {
    expect(
      await flows(`import pickle, os
from http.server import BaseHTTPRequestHandler
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        os.system(self.path)
        pickle.loads(self.rfile.read(10))
        open(self.headers['X'])
    def helper(self):
        pass
`),
    ).toEqual(['5 command remote', '6 deserialization remote', '7 path remote']);
  });

  test('aiohttp handlers and cgi.FieldStorage', async () => {
    expect(
      await flows(`from aiohttp import web
import os, cgi
async def handle(request):
    os.system(request.query['c'])
    data = await request.post()
    eval(data['x'])
    form = cgi.FieldStorage()
    exec(form.getvalue('y'))
`),
    ).toEqual(['4 command remote', '6 code remote', '8 code remote']);
  });

  test('local sources: argv, argparse, environ, getenv, input, stdin', async () => {
    expect(
      await detailed(`import os, sys, argparse
os.system(sys.argv[1])
p = argparse.ArgumentParser()
args = p.parse_args()
eval(args.expr)
os.system(os.environ['CMD'])
os.system(os.environ.get('CMD2'))
os.system(os.getenv('CMD3'))
exec(input())
exec(sys.stdin.read())
`),
    ).toEqual([
      '2 command local [2,2]: sys.argv',
      '5 code local [4,4,5]: parse_args() (argparse)',
      '6 command local [6,6]: os.environ',
      '7 command local [7,7]: os.environ',
      '8 command local [8,8]: os.getenv()',
      '9 code local [9,9]: input()',
      '10 code local [10,10]: sys.stdin',
    ]);
  });

  test('a file with no possible source is not analysed', async () => {
    expect(await probe('import os\nx = 1\nos.system(x)\n', (m) => m)).toEqual({
      flows: [],
      skipped: [],
      summary: expect.anything(),
      decide: expect.any(Function),
    });
  });
});

describe('taint: propagation', () => {
  test('operators, format, f-strings, join, slicing, str methods, conversions, encodings', async () => {
    expect(
      await flows(`import os, sys, base64
from urllib.parse import quote, unquote
a = sys.argv[1]
os.system('x' + a)
os.system('x %s' % a)
os.system('x %s %s' % ('y', a))
os.system('x {}'.format(a))
os.system(f'x {a}')
os.system(' '.join(['ls', a]))
os.system(a[1:5])
os.system(a.strip().lower())
os.system(str(a))
os.system(base64.b64decode(a).decode())
os.system(unquote(quote(a)))
os.system(a.split(',')[0])
os.system('constant')
`),
    ).toEqual(['4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'].map((l) => `${l} command local`));
  });

  test('assignment forms: chained, unpacking, star, augmented, walrus, for, with', async () => {
    expect(
      await flows(`import os, sys
a = b = sys.argv[1]
os.system(b)
x, y = 'ls', sys.argv[1]
os.system(x)
os.system(y)
first, *rest = sys.argv
os.system(rest[0])
c = 'ls '
c += sys.argv[1]
os.system(c)
if (w := sys.argv[2]):
    os.system(w)
for arg in sys.argv:
    os.system(arg)
with open(sys.argv[1]) as f:
    exec(f.read())
`),
    ).toEqual([
      '3 command local',
      '6 command local',
      '8 command local',
      '11 command local',
      '13 command local',
      '15 command local',
      '16 path local',
      '17 code local',
    ]);
  });

  test('comprehensions, lambdas and closures', async () => {
    expect(
      await flows(`import os, sys
parts = [p.upper() for p in sys.argv]
os.system(parts[0])
run = lambda: os.system(sys.argv[1])
def outer():
    cmd = sys.argv[1]
    def inner():
        os.system(cmd)
    return inner
`),
    ).toEqual(['3 command local', '4 command local', '8 command local']);
  });

  test('the path of steps: source, assignments, sink argument', async () => {
    expect(
      await messages(`import os, sys
arg = sys.argv[1]
cmd = 'ls ' + arg
os.system(cmd)
`),
    ).toEqual(['sys.argv', 'arg = ...', 'cmd = ...', 'argument of os.system']);
  });

  test('an unmodelled call passes taint from its arguments and receiver', async () => {
    expect(
      await flows(`import os, sys, mylib
os.system(mylib.wrap(sys.argv[1]))
os.system(sys.argv[1].anything())
os.system(mylib.wrap('ls'))
`),
    ).toEqual(['2 command local', '3 command local']);
  });

  test('attributes of tainted objects are tainted', async () => {
    expect(await flows(`import os, argparse\nns = argparse.ArgumentParser().parse_args()\nos.system(ns.command.name)\n`)).toEqual(['3 command local']);
  });
});

describe('taint: containers', () => {
  test('constant keys and indexes are separate slots; an unknown key reads everything', async () => {
    expect(
      await flows(`import os, sys
d = {'a': 'ls', 'b': sys.argv[1]}
os.system(d['a'])
os.system(d['b'])
k = sys.argv[2]
os.system(d[k])
t = ('ls', sys.argv[1])
os.system(t[0])
os.system(t[1])
os.system(t[-1])
`),
    ).toEqual(['4 command local', '6 command local', '9 command local', '10 command local']);
  });

  test('append, extend, insert, add, update, setdefault, get, pop', async () => {
    expect(
      await flows(`import os, sys
l = ['ls']
l.append(sys.argv[1])
os.system(' '.join(l))
s = set()
s.add(sys.argv[1])
os.system(s.pop())
d = {}
d.update({'x': sys.argv[1]})
os.system(d.get('x'))
e = {}
e.setdefault('y', sys.argv[1])
os.system(e['y'])
f = {'z': 'ls'}
os.system(f.get('z'))
g = {}
g['k'] = sys.argv[1]
os.system(g['k'])
g['j'] = 'ok'
os.system(g['j'])
`),
    ).toEqual(['4 command local', '7 command local', '10 command local', '13 command local', '18 command local']);
  });
});

describe('taint: constants and dead code', () => {
  test('a conditional expression on a known condition takes one side', async () => {
    expect(
      await flows(`import os, sys
param = sys.argv[1]
bar = "x" if 7 * 18 + 106 > 200 else param
os.system(bar)
baz = "x" if 7 * 18 + 106 < 200 else param
os.system(baz)
`),
    ).toEqual(['6 command local']);
  });

  test('a branch that cannot run contributes nothing', async () => {
    expect(
      await flows(`import os, sys
param = sys.argv[1]
cmd = 'ls'
if 1 > 2:
    cmd = param
os.system(cmd)
n = 3
if n == 3 and 'a' in 'abc':
    safe = 'ls'
else:
    safe = param
os.system(safe)
while False:
    cmd = param
os.system(cmd)
`),
    ).toEqual([]);
  });

  test('code after return, raise, break and continue is dead', async () => {
    expect(
      await flows(`import os, sys
def f():
    return
    os.system(sys.argv[1])
def g():
    raise ValueError()
    os.system(sys.argv[1])
for x in range(3):
    break
    os.system(sys.argv[1])
for x in range(3):
    continue
    os.system(sys.argv[1])
`),
    ).toEqual([]);
  });

  test('branches join; loops reach a fixed point', async () => {
    expect(
      await flows(`import os, sys
def f(flag):
    cmd = 'ls'
    if flag:
        cmd = sys.argv[1]
    os.system(cmd)
def g():
    a = 'ls'
    b = 'ls'
    for _ in range(3):
        os.system(b)
        b = a
        a = sys.argv[1]
`),
    ).toEqual(['6 command local', '11 command local']);
  });

  test('try handlers see every state of the body; match joins its cases', async () => {
    expect(
      await flows(`import os, sys
def f():
    cmd = 'ls'
    try:
        cmd = sys.argv[1]
        cmd = 'ls'
    except Exception:
        os.system(cmd)
def g(x):
    match x:
        case 1:
            cmd = sys.argv[1]
        case _:
            cmd = 'ls'
    os.system(cmd)
def h():
    match 2:
        case 1:
            cmd = sys.argv[1]
        case _:
            cmd = 'ls'
    os.system(cmd)
`),
    ).toEqual(['8 command local', '15 command local']);
  });
});

describe('taint: sinks', () => {
  test('subprocess needs a shell: shell=True, a non-constant shell, or [sh, -c, ...]', async () => {
    expect(
      await flows(`import subprocess, sys, asyncio, pty
a = sys.argv[1]
subprocess.run(a)
subprocess.run(a, shell=True)
subprocess.run(a, shell=False)
subprocess.call(a, shell=sys.argv[2])
subprocess.Popen(['sh', '-c', a])
subprocess.Popen(['ls', a])
subprocess.getoutput(a)
asyncio.create_subprocess_shell(a)
pty.spawn(a)
`),
    ).toEqual(['4 command local', '6 command local', '7 command local', '9 command local', '10 command local', '11 command local']);
  });

  test('sql: execute first argument only, sqlalchemy.text, raw, extra, RawSQL', async () => {
    expect(
      await flows(`import sys, sqlalchemy
from django.db.models.expressions import RawSQL
a = sys.argv[1]
cur.execute('select ' + a)
cur.execute('select ?', (a,))
cur.executemany(a, [])
sqlalchemy.text(a)
User.objects.raw(a)
User.objects.filter().extra(where=[a])
RawSQL(a, [])
`),
    ).toEqual(['4 sql local', '6 sql local', '7 sql local', '8 sql local', '9 sql local', '10 sql local']);
  });

  test('code: eval(compile(source)) is one sink, at eval; compile alone is a sink', async () => {
    const source = `import sys
src = sys.argv[1]
eval(compile(src, "<input>", "eval"))
exec((compile(open(src).read(), src, "exec")), {})
code = compile(src, "<input>", "exec")
eval(compile("1 + 1", "<c>", "eval"))
`;
    expect(await flows(source)).toEqual(['3 code local', '4 code local', '4 path local', '5 code local']);
    const sinks = await probe(source, (m) => m.flows.filter((f) => f.sinkClass === 'code').map((f) => f.sink.text.slice(0, 12)));
    expect(sinks).toEqual(['eval(compile', 'exec((compil', 'compile(src,']);
  });

  test('sql: an execute whose query is a container or *args is not a database call (oslo.rootwrap, management commands)', async () => {
    expect(
      await flows(`import sys
a = sys.argv[1]
cmd = list(map(str, [a, "link"]))
client.execute(cmd, None)
client.execute(["ip", a])
client.execute((a,))
client.executemany([a for _ in range(2)], [])
runner.executescript(sorted({a}))
cur.execute(" ".join(cmd))
cur.execute(cmd[0])
cur.execute(cmd if a else "select " + a)
command.execute(*sys.argv[1:], **vars(parser.parse_args()))
command.execute(sys.argv)
cur.execute(*[a])
cur.execute(sql=a)
`),
    ).toEqual(['9 sql local', '10 sql local', '11 sql local', '15 sql local']);
  });

  test("paths: a path object's last component (name, suffix, stem) cannot leave the directory it is joined to", async () => {
    expect(
      await flows(`import sys, os
from pathlib import Path
a = sys.argv[1]
base = Path("/srv/uploads")
open(base / Path(a).name)
open(base / f"12{Path(a).suffix}")
open(base / Path(a).stem)
open(base / Path(a).parent)
os.system("cat " + Path(a).name)
`),
    ).toEqual(['8 path local', '9 command local']);
  });

  test('paths: open, os, shutil, pathlib objects, send_file', async () => {
    expect(
      await flows(`import sys, os, shutil, io
from pathlib import Path
from flask import send_file, send_from_directory
a = sys.argv[1]
open(a)
io.open(a)
os.remove(a)
shutil.copy('x', a)
p = Path('/base') / a
p.read_text()
Path(a).unlink()
Path('/base').read_text()
send_file(a)
send_from_directory('/static', a)
`),
    ).toEqual(['5 path local', '6 path local', '7 path local', '8 path local', '10 path local', '11 path local', '13 path local']);
  });

  test('deserialization: pickle, marshal, yaml unless a safe loader', async () => {
    expect(
      await flows(`import sys, pickle, marshal, yaml, jsonpickle
a = sys.argv[1]
pickle.loads(a)
marshal.loads(a)
jsonpickle.decode(a)
yaml.load(a)
yaml.load(a, Loader=yaml.SafeLoader)
yaml.load(a, Loader=yaml.FullLoader)
yaml.unsafe_load(a)
yaml.safe_load(a)
`),
    ).toEqual([
      '3 deserialization local',
      '4 deserialization local',
      '5 deserialization local',
      '6 deserialization local',
      '8 deserialization local',
      '9 deserialization local',
    ]);
  });

  test('ssrf: requests, httpx, urlopen, client sessions', async () => {
    expect(
      await flows(`import sys, requests, httpx, aiohttp
from urllib.request import urlopen
a = sys.argv[1]
requests.get(a)
requests.post('http://x', data=a)
requests.get(url=a)
requests.request('GET', a)
httpx.get(a)
urlopen(a)
async def f():
    async with aiohttp.ClientSession() as session:
        await session.get(a)
`),
    ).toEqual(['4 ssrf local', '6 ssrf local', '7 ssrf local', '8 ssrf local', '9 ssrf local', '12 ssrf local']);
  });

  test('eval, exec, compile', async () => {
    expect(await flows(`import sys\na = sys.argv[1]\neval(a)\nexec(a)\ncompile(a, 'f', 'exec')\neval('1 + 1')\n`)).toEqual([
      '3 code local',
      '4 code local',
      '5 code local',
    ]);
  });

  test('one flow per sink and class: remote wins over local, the shortest path is kept', async () => {
    expect(
      await detailed(`${FLASK}
@app.route('/')
def f():
    local = os.environ['X']
    remote = request.args['y']
    longer = remote
    os.system(local + longer + remote)
`),
    ).toEqual(['10 command remote [8,8,10]: request.args (Flask)']);
  });
});

describe('taint: sanitizers', () => {
  test('shlex.quote protects a command, not a query', async () => {
    expect(
      await flows(`import os, sys, shlex
q = shlex.quote(sys.argv[1])
os.system('ls ' + q)
cur.execute('select ' + q)
`),
    ).toEqual(['4 sql local']);
  });

  test('int, float, bool, len, uuid.UUID protect everything', async () => {
    expect(
      await flows(`import os, sys, uuid
os.system('kill ' + str(int(sys.argv[1])))
eval(float(sys.argv[1]))
open(str(uuid.UUID(sys.argv[1])))
cur.execute('x' * len(sys.argv[1]))
`),
    ).toEqual([]);
  });

  test('basename and secure_filename protect paths only', async () => {
    expect(
      await flows(`import os, sys
from werkzeug.utils import secure_filename
name = secure_filename(sys.argv[1])
open(os.path.join('/up', name))
os.system(name)
open(os.path.basename(sys.argv[1]))
`),
    ).toEqual(['5 command local']);
  });

  test('html.escape protects none of the classes', async () => {
    expect(
      await flows(`import os, sys, html
e = html.escape(sys.argv[1])
os.system(e)
open(e)
`),
    ).toEqual(['3 command local', '4 path local']);
  });
});

describe('taint: guards', () => {
  test('membership in an allow-list: in the branch, and after a return otherwise', async () => {
    expect(
      await flows(`import os, sys
ALLOWED = ('ls', 'df')
def f():
    c = sys.argv[1]
    if c in ALLOWED:
        os.system(c)
    os.system(c)
def g():
    c = sys.argv[1]
    if c not in ALLOWED:
        return
    os.system(c)
def h():
    c = sys.argv[1]
    if c not in {'a', 'b'}:
        sys.exit(1)
    os.system(c)
`),
    ).toEqual(['7 command local']);
  });

  test('guards on an attribute of a name: argparse options checked against choices', async () => {
    expect(
      await flows(`import os, sys, argparse
MODES = ['fast', 'slow']
args = argparse.ArgumentParser().parse_args()
if args.mode not in MODES:
    sys.exit(2)
os.system('run --' + args.mode)
os.system('run ' + args.target)
`),
    ).toEqual(['7 command local']);
  });

  test('a guard on an attribute holds in its branch only; the other branch and a rebinding read the object', async () => {
    expect(
      await flows(`import os, argparse
args = argparse.ArgumentParser().parse_args()
if args.mode in ('fast', 'slow'):
    os.system('run ' + args.mode)
os.system('run ' + args.mode)
def f(parser):
    a = parser.parse_args()
    if a.mode in ('fast', 'slow'):
        a = parser.parse_args()
        os.system('run ' + a.mode)
`),
    ).toEqual(['5 command local', '10 command local']);
  });

  test('guards on a slot at a constant key: an allow-list, and a write after it', async () => {
    expect(
      await flows(`${FLASK}
@app.route('/a')
def a():
    data = request.get_json()
    if data['mode'] not in ('fast', 'slow'):
        return 'no'
    os.system('run ' + data['mode'])
    os.system('run ' + data['other'])
    data['mode'] = request.args['m']
    os.system('run ' + data['mode'])
`),
    ).toEqual(['11 command remote', '13 command remote']);
  });

  test('isinstance with number types is a guard; with str it is not', async () => {
    expect(
      await flows(`${FLASK}
@app.route('/a')
def a():
    n = request.json['n']
    if not isinstance(n, (int, float)):
        return 'no'
    os.system('kill %s' % n)
    s = request.json['s']
    if isinstance(s, str):
        os.system('echo ' + s)
`),
    ).toEqual(['13 command remote']);
  });

  test('character checks and full regular expression matches', async () => {
    expect(
      await flows(`import os, sys, re
def f():
    n = sys.argv[1]
    if not n.isdigit():
        return
    os.system('kill ' + n)
def g():
    n = sys.argv[1]
    if not re.fullmatch(r'[a-z]+', n):
        raise ValueError(n)
    os.system(n)
def h():
    n = sys.argv[1]
    if re.match(r'^[a-z]+$', n):
        os.system(n)
    if re.match(r'[a-z]+', n):
        os.system(n)
`),
    ).toEqual(['17 command local']);
  });

  test('paths normalised then checked with startswith are clean for path only', async () => {
    expect(
      await flows(`import os, sys
from flask import abort
BASE = '/srv/files'
def f():
    p = os.path.realpath(os.path.join(BASE, sys.argv[1]))
    if not p.startswith(BASE):
        abort(403)
    open(p)
    os.system(p)
def g():
    p = os.path.abspath(sys.argv[1])
    if p.startswith(BASE):
        open(p)
    open(p)
def h():
    p = os.path.join(BASE, sys.argv[1])
    if p.startswith(BASE):
        open(p)
def k():
    p = os.path.abspath(os.path.join(BASE, sys.argv[1]))
    if not (p + os.path.sep).startswith(BASE + os.sep):
        abort(403)
    open(p)
    q = os.path.join(BASE, sys.argv[1])
    if (q + "/").startswith(BASE):
        open(q)
`),
    ).toEqual(['9 command local', '14 path local', '18 path local', '26 path local']);
  });

  test('a path a helper of the module normalizes, checked by the caller, is clean for path', async () => {
    expect(
      await flows(`import os, sys
BASE = '/srv/files'
def resolve(name):
    return os.path.realpath(os.path.join(BASE, name))
def join_only(name):
    return os.path.join(BASE, name)
def f():
    p = resolve(sys.argv[1])
    if not p.startswith(BASE + os.sep):
        raise PermissionError(p)
    open(p)
    q = join_only(sys.argv[1])
    if not q.startswith(BASE + os.sep):
        raise PermissionError(q)
    open(q)
`),
    ).toEqual(['15 path local']);
  });

  test('a parameter checked with startswith in the callee is clean for path where the caller passes a normalized path', async () => {
    expect(
      await flows(`import os, sys
BASE = '/srv/files/'
def checked(root, path):
    if not (path + os.sep).startswith(root):
        raise PermissionError(path)
    return path
def read_checked(root, path):
    if not path.startswith(root):
        raise PermissionError(path)
    return open(path).read()
def f():
    p = checked(BASE, os.path.abspath(os.path.join(BASE, sys.argv[1])))
    open(p)
    q = checked(BASE, os.path.join(BASE, sys.argv[1]))
    open(q)
    read_checked(BASE, os.path.realpath(sys.argv[1]))
    read_checked(BASE, sys.argv[1])
    os.system("cat " + checked(BASE, os.path.abspath(sys.argv[1])))
`),
    ).toEqual(['10 path local', '15 path local', '18 command local']);
  });

  test('URL hosts checked against an allow-list are clean for ssrf', async () => {
    expect(
      await flows(`import sys, requests
from urllib.parse import urlparse
HOSTS = {'api.example.com'}
def f():
    url = sys.argv[1]
    if urlparse(url).netloc not in HOSTS:
        return None
    return requests.get(url)
def g():
    url = sys.argv[1]
    parsed = urlparse(url)
    if parsed.hostname in HOSTS:
        requests.get(url)
    requests.get(url)
`),
    ).toEqual(['14 ssrf local']);
  });
});

describe('taint: same-module summaries', () => {
  test('a helper returning its parameter carries the input, with a step at the call', async () => {
    expect(
      await detailed(`import os, sys
def build(x):
    return 'ls ' + x
def clean(x):
    return 'ls'
os.system(build(sys.argv[1]))
os.system(clean(sys.argv[1]))
`),
    ).toEqual(['6 command local [6,6,2,3,6]: sys.argv']);
  });

  test('a helper with the sink inside: the flow is reported at the sink in the helper', async () => {
    expect(
      await detailed(`import os, sys
def run(cmd, safe):
    os.system(cmd)
    os.system(safe)
def main():
    run(sys.argv[1], 'ls')
`),
    ).toEqual(['3 command local [6,6,2,3]: sys.argv']);
  });

  test('sanitizers inside helpers count, per class', async () => {
    expect(
      await flows(`import os, sys, shlex
def q(x):
    return shlex.quote(x)
def run(c):
    os.system(q(c))
    cur.execute(q(c))
run(sys.argv[1])
`),
    ).toEqual(['6 sql local']);
  });

  test('a function that returns a source; summaries chain through several helpers', async () => {
    expect(
      await flows(`${FLASK}
def name():
    return request.args['n']
def inner(v):
    subprocess.call(v, shell=True)
def outer(v):
    inner(v)
@app.route('/')
def index():
    outer(name())
`),
    ).toEqual(['8 command remote']);
  });

  test('methods called through self', async () => {
    expect(
      await flows(`import os, sys
class Runner:
    def run(self, c):
        os.system(c)
    def main(self):
        self.run(sys.argv[1])
`),
    ).toEqual(['4 command local']);
  });

  test('input stored on self in one method is seen by the methods analysed after it', async () => {
    expect(
      await detailed(`import os
from django.views import View
class Run(View):
    def setup(self, request):
        self.cmd = request.GET['c']
    def get(self, request):
        os.system(self.cmd)
`),
    ).toEqual(['7 command remote [5,5,7]: request.GET (Django)']);
  });

  test('recursion terminates', async () => {
    expect(
      await flows(`import os, sys
def f(x, n):
    if n:
        return f(x, n - 1)
    os.system(x)
    return g(x)
def g(y):
    return f(y, 1)
f(sys.argv[1], 3)
`),
    ).toEqual(['5 command local']);
  });
});

describe('taint: scopes', () => {
  test('global assignments in one function reach reads in another, whatever their order', async () => {
    expect(
      await flows(`import os, sys
CMD = 'ls'
def run():
    os.system(CMD)
def configure():
    global CMD
    CMD = sys.argv[1]
`),
    ).toEqual(['4 command local']);
  });

  test('a module-level name without global writes keeps its constant value in functions', async () => {
    expect(
      await flows(`import os, sys
CMD = 'ls'
def run():
    os.system(CMD)
`),
    ).toEqual([]);
  });

  test('a default value that carries input is a value the parameter may have', async () => {
    expect(
      await flows(`import os, sys
def run(cmd=sys.argv[1], flags='-l'):
    os.system(cmd)
    os.system('ls ' + flags)
run()
`),
    ).toEqual(['3 command local']);
  });

  test('class bodies run; methods see module names, not class names', async () => {
    expect(
      await flows(`import os, sys
class C:
    cmd = sys.argv[1]
    os.system(cmd)
    def m(self):
        os.system(cmd)
`),
    ).toEqual(['4 command local']);
  });

  test('a nested function sees the enclosing values where it is defined; its own bindings shadow them', async () => {
    expect(
      await flows(`import os, sys
def outer():
    a = sys.argv[1]
    b = sys.argv[2]
    def inner():
        b = 'ls'
        os.system(a)
        os.system(b)
    inner()
`),
    ).toEqual(['7 command local']);
  });

  test('nonlocal assignments in a nested function reach the enclosing function', async () => {
    expect(
      await flows(`import os, sys
def outer():
    cmd = 'ls'
    def configure():
        nonlocal cmd
        cmd = sys.argv[1]
    os.system(cmd)
    configure()
    os.system(cmd)
`),
    ).toEqual(['7 command local', '9 command local']);
  });

  test('lambdas called with input, through their summaries', async () => {
    expect(
      await flows(`import os, sys
run = lambda c: os.system(c)
wrap = lambda c: 'ls ' + c
run(sys.argv[1])
os.system(wrap(sys.argv[2]))
os.system(wrap('x'))
`),
    ).toEqual(['2 command local', '5 command local']);
  });

  test('finally runs after the body and the handlers', async () => {
    expect(
      await flows(`import os, sys
def f():
    cmd = 'ls'
    try:
        cmd = sys.argv[1]
    finally:
        os.system(cmd)
def g():
    try:
        cmd = 'ls'
    except OSError:
        return
    else:
        cmd = sys.argv[1]
    os.system(cmd)
`),
    ).toEqual(['7 command local', '15 command local']);
  });
});

describe('taint: module summaries and cross-module linking', () => {
  async function summaryOf(path: string, source: string): Promise<ModuleSummary> {
    const summary = await probe(source, (m) => m.summary, path);
    return JSON.parse(JSON.stringify(summary)) as ModuleSummary;
  }

  test('functions are summarised as plain data: parameters to returns and sinks, sources returned', async () => {
    const summary = await summaryOf(
      'app/helpers.py',
      `import os, shlex
from flask import request
def build(prefix, arg, *, flag=False):
    return prefix + shlex.quote(arg)
def run(cmd):
    os.system(cmd)
def name():
    return request.args['n']
`,
    );
    expect(summary.module).toBe('app.helpers');
    expect(summary.isPackage).toBe(false);
    expect(Object.keys(summary.functions)).toEqual(['app.helpers.build', 'app.helpers.run', 'app.helpers.name']);
    const build = summary.functions['app.helpers.build'];
    expect(build.params).toEqual([
      { name: 'prefix', index: 0 },
      { name: 'arg', index: 1 },
      { name: 'flag', index: -1 },
    ]);
    expect(build.returns.map((r) => [r.param, r.clean])).toEqual([
      [0, []],
      [1, ['command']],
    ]);
    const run = summary.functions['app.helpers.run'];
    expect(run.sinks.map((s) => [s.param, s.sinkClass, s.sinkName, s.sink.line, s.steps.map((x) => x.line)])).toEqual([[0, 'command', 'os.system', 6, [5, 6]]]);
    const name = summary.functions['app.helpers.name'];
    expect(name.returnsSources.map((s) => [s.kind, s.description, s.source.line])).toEqual([['remote', 'request.args (Flask)', 8]]);
  });

  test('a package __init__ is the package module', async () => {
    expect(
      (
        await summaryOf(
          'app/__init__.py',
          `def f(x):
    return x
`,
        )
      ).module,
    ).toBe('app');
    expect(
      (
        await summaryOf(
          'app/__init__.py',
          `def f(x):
    return x
`,
        )
      ).isPackage,
    ).toBe(true);
  });

  test('input passed to a helper of another module reaches its sink; relative imports are resolved', async () => {
    const views = await summaryOf(
      'app/views.py',
      `from flask import Flask, request
from .shell import restart
from app import shell
app = Flask(__name__)
@app.route('/r')
def r():
    restart(request.form['s'])
    shell.restart(request.args['t'])
`,
    );
    const shell = await summaryOf(
      'app/shell.py',
      `import os
def restart(name):
    cmd = 'systemctl restart ' + name
    os.system(cmd)
`,
    );
    expect(views.calls.map((c) => c.callee)).toEqual(['app.shell.restart', 'app.shell.restart']);
    const linked = linkFlows([views, shell]);
    expect(linked.map((f) => `${f.sinkPath}:${f.sink.line} ${f.sinkClass} ${f.sourceKind} ${f.sourcePath}:${f.source.line}`)).toEqual([
      'app/shell.py:4 command remote app/views.py:7',
    ]);
    // The path crosses the files: the source and the call in the view, then the helper.
    expect(linked[0].steps.map((s) => `${s.path}:${s.line}`)).toEqual([
      'app/views.py:7',
      'app/views.py:7',
      'app/shell.py:2',
      'app/shell.py:3',
      'app/shell.py:4',
    ]);
  });

  test('a helper of another module returning its parameter: the flow is at the sink of the caller, through its sanitizers', async () => {
    const views = await summaryOf(
      'app/views.py',
      `import os
from flask import request
from app.util import wrap, to_int
def v():
    os.system(wrap(request.args['a']))
    os.system(to_int(request.args['b']))
`,
    );
    const util = await summaryOf(
      'app/util.py',
      `def wrap(x):
    return 'ls ' + x
def to_int(x):
    return int(x)
`,
    );
    // Alone, the view has no flow: what the helpers do is for linking to say.
    expect(
      await probe(
        `import os
from flask import request
from app.util import wrap
os.system(wrap(request.args['a']))
`,
        (m) => m.flows.length,
        'app/v.py',
      ),
    ).toBe(0);
    expect(linkFlows([views, util]).map((f) => `${f.sinkPath}:${f.sink.line} ${f.sinkClass}`)).toEqual(['app/views.py:5 command']);
    // A helper whose module was not analysed passes its input through.
    expect(linkFlows([views]).map((f) => `${f.sinkPath}:${f.sink.line}`)).toEqual(['app/views.py:5', 'app/views.py:6']);
  });

  test('parameters passed on to another module are followed', async () => {
    const a = await summaryOf(
      'pkg/a.py',
      `from flask import request
from pkg.b import step
def view():
    step(request.args['x'])
`,
    );
    const b = await summaryOf(
      'pkg/b.py',
      `from pkg.c import run
def step(v):
    run(v)
`,
    );
    const c = await summaryOf(
      'pkg/c.py',
      `import subprocess
def run(cmd):
    subprocess.call(cmd, shell=True)
`,
    );
    expect(linkFlows([a, b, c]).map((f) => `${f.sinkPath}:${f.sink.line} ${f.sourcePath}:${f.source.line} ${f.steps.length}`)).toEqual([
      'pkg/c.py:3 pkg/a.py:4 6',
    ]);
  });
});

describe('taint: limits', () => {
  test('a function over the step limit is skipped and listed', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `        v${i} = x + '${i}'`).join('\n');
    const source = `import os, sys\ndef big():\n    for x in sys.argv:\n        os.system(x)\n${lines}\ndef small():\n    os.system(sys.argv[1])\n`;
    const saved = LIMITS.functionSteps;
    LIMITS.functionSteps = 100;
    let model: { flows: number[]; skipped: string[] };
    try {
      model = await probe(source, (m) => ({
        flows: m.flows.map((f) => f.sink.startPosition.row + 1),
        skipped: m.skipped.map((s) => `${s.node.startPosition.row + 1} ${s.reason}`),
      }));
    } finally {
      LIMITS.functionSteps = saved;
    }
    expect(model.skipped).toEqual([expect.stringMatching(/^2 function over \d+ evaluation steps/)]);
    // The flow found in `big` before the limit is dropped with it.
    expect(model.flows).toEqual([46]);
  });

  test('a function over the size limit is skipped and listed', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `    v${i} = [a, b, c, d, e, f]`).join('\n');
    const source = `import os, sys\ndef big(a, b, c, d, e, f):\n${lines}\n    os.system(sys.argv[1])\nos.system(sys.argv[2])\n`;
    const model = await probe(source, (m) => ({
      flows: m.flows.map((f) => f.sink.startPosition.row + 1),
      skipped: m.skipped.map((s) => `${s.node.startPosition.row + 1} ${s.reason}`),
    }));
    expect(model.skipped).toEqual([expect.stringMatching(/^2 function over 30000 syntax nodes/)]);
    expect(model.flows).toEqual([4004]);
  });

  test('deeply nested expressions are opaque, not a stack overflow', async () => {
    const terms = Array.from({ length: 3000 }, (_, i) => `'t${i}'`).join(' + ');
    const source = `import os, sys\ndef f():\n    x = sys.argv[1] + ${terms}\n    os.system(x)\ndef g():\n    os.system(sys.argv[1])\n`;
    const model = await probe(source, (m) => ({ flows: m.flows.map((f) => f.sink.startPosition.row + 1), skipped: m.skipped.length }));
    // The input is at the bottom of the left-nested chain, out of reach: no flow, no crash.
    expect(model).toEqual({ flows: [6], skipped: 0 });
  });

  test('syntax errors contribute nothing and do not throw', async () => {
    expect(
      await flows(`import os, sys
def f():
    x = = sys.argv[1]
    os.system(x)
def g():
    os.system(sys.argv[2])
`),
    ).toEqual(['4 command local', '6 command local']);
  });
});

/**
 * The classes of the web: their sinks, sanitizers and guards, the frameworks' sources (class-based
 * views, forms, DRF, FastAPI annotations, Flask converters and MethodView), what unknown calls pass
 * on for them, and the project's own catalogue. The labelled corpus scores the classes; these
 * tests pin the semantics one by one.
 */
const WEB_FLASK = 'from flask import Flask, request, redirect, make_response, session\napp = Flask(__name__)\n';

describe('taint: sinks of the web', () => {
  test('a Flask view returns HTML: strings and tuples, not dicts, lists or response objects', async () => {
    expect(
      await flows(`${WEB_FLASK}
@app.route('/a')
def a():
    q = request.args['q']
    mode = request.args['mode']
    if mode:
        return '<p>' + q
    if mode.isdigit():
        return q, 404
    if mode.isalpha():
        return {'q': q}
    if mode.isspace():
        return [q]
    return redirect('/')
`),
    ).toEqual(['9 xss remote', '11 xss remote']);
  });

  test('response bodies: HTML unless a literal content type says otherwise; aiohttp only with an HTML type', async () => {
    expect(
      await flows(`from django.http import HttpResponse
def v(request):
    x = request.GET['x']
    HttpResponse(x)
    HttpResponse(x, content_type='text/plain')
    HttpResponse(x, content_type='text/html; charset=utf-8')
`),
    ).toEqual(['4 xss remote', '6 xss remote']);
    expect(
      await flows(`from aiohttp import web
async def h(request):
    y = request.query['y']
    web.Response(text=y)
    web.Response(text=y, content_type='text/html')
`),
    ).toEqual(['5 xss remote']);
  });

  test('headers: subscripts of .headers and of a response, header methods, headers= arguments', async () => {
    expect(
      await flows(`${WEB_FLASK}
@app.route('/h')
def h():
    v = request.args['v']
    r = make_response('ok', 200, {'X-A': v})
    r.headers['X-B'] = v
    r.headers.add('X-C', v)
    r.headers['X-D'] = v.replace('\\n', '').replace('\\r', '')
    return r
`),
    ).toEqual(['7 header remote', '8 header remote', '9 header remote']);
  });

  test('the session: flask.session and Django request.session, stores and methods; reads are not', async () => {
    expect(
      await flows(`${WEB_FLASK}
@app.route('/s')
def s():
    v = request.args['v']
    session['a'] = v
    session.update({'b': v})
    name = session.get('name')
    return 'ok'
`),
    ).toEqual(['7 trust-boundary remote', '8 trust-boundary remote']);
    expect(
      await flows(`import django
def dj(request):
    request.session['c'] = request.GET['c']
`),
    ).toEqual(['3 trust-boundary remote']);
  });

  test('logging: functions and logger methods, every argument but those a literal message formats with %r', async () => {
    expect(
      await flows(`import logging, sys
log = logging.getLogger(__name__)
a = sys.argv[1]
logging.info(a)
log.warning('x %s', a)
log.warning('x %r', a)
log.warning('x %r %s', a, a)
logging.log(logging.INFO, a)
print(a)
`),
    ).toEqual(['4 log local', '5 log local', '7 log local', '8 log local']);
  });

  test('XXE: only with a parser that resolves external entities', async () => {
    expect(
      await flows(`import sys, xml.sax
from lxml import etree
data = sys.stdin.read()
etree.fromstring(data)
etree.fromstring(data, etree.XMLParser())
etree.fromstring(data, etree.XMLParser(resolve_entities=True))
p = xml.sax.make_parser()
p.parse(data)
p.setFeature(xml.sax.handler.feature_external_ges, True)
p.parse(data)
`),
    ).toEqual(['6 xxe local', '10 xxe local']);
  });

  test('LDAP and XPath: known connections and documents; str.find is not an XML path', async () => {
    expect(
      await flows(`import sys, ldap3
import xml.etree.ElementTree as ET
x = sys.argv[1]
conn = ldap3.Connection('ldap://h')
conn.search('dc=x', '(uid=' + x + ')')
root = ET.parse('a.xml').getroot()
root.findall('.//u[@n="' + x + '"]')
'text'.find(x)
`),
    ).toEqual(['5 ldap local', '7 xpath local']);
  });
});

describe('taint: guards and sanitizers of the web', () => {
  test('redirect: a relative path needs one slash, not two, not slash-backslash', async () => {
    expect(
      await flows(`${WEB_FLASK}
@app.route('/r')
def r():
    t = request.args['t']
    if t.startswith('/') and not t.startswith('//'):
        redirect(t)
    if t.startswith('/') and not t.startswith(('//', '/\\\\')):
        redirect(t)
    redirect('/u/' + t)
    redirect('//' + t)
    redirect(f'https://example.com/?q={t}')
    return 'ok'
`),
    ).toEqual(['8 redirect remote', '12 redirect remote']);
  });

  test('XPath: rejecting quotes is a guard', async () => {
    expect(
      await flows(`import sys
from lxml import etree
t = etree.parse('a.xml')
n = sys.argv[1]
if "'" in n:
    sys.exit(1)
t.xpath("//u[@n='" + n + "']")
m = sys.argv[2]
t.xpath("//u[@n='" + m + "']")
`),
    ).toEqual(['9 xpath local']);
  });

  test("for the web classes an unknown call's result is not the input; known pass-throughs and the input's own methods are", async () => {
    expect(
      await flows(`${WEB_FLASK}
import base64
from markupsafe import Markup
@app.route('/u')
def u():
    x = request.args['x']
    m = request.args['m']
    if m:
        return lookup(x)
    if m.isdigit():
        return Markup(x)
    if m.isalpha():
        return base64.b64decode(x)
    if m.isspace():
        return request.files['f'].read()
    return open(x).read()
`),
    ).toEqual(['13 xss remote', '15 xss remote', '17 xss remote', '18 path remote']);
  });

  test('weak hashes: password-like names and getpass are sources; tokens and hints are not; a KDF first is safe', async () => {
    expect(
      await flows(`import hashlib, getpass
def a(password, password_reset_token, username):
    hashlib.md5(password.encode())
    hashlib.md5(password_reset_token.encode())
    hashlib.md5(username.encode())
    hashlib.sha256(hashlib.pbkdf2_hmac('sha256', password.encode(), b's', 1000))
    h = hashlib.sha1()
    h.update(getpass.getpass().encode())
`),
    ).toEqual(['3 weak-hash credential', '8 weak-hash credential']);
  });
});

describe('taint: framework sources', () => {
  test('Django class-based views: the request parameter, self.request, self.kwargs', async () => {
    expect(
      await flows(`import os
from django.views import View
class V(View):
    def get(self, request, pk):
        os.system(request.GET['a'])
        os.system(self.request.GET['b'])
        os.system(self.kwargs['c'])
        os.system(pk)
`),
    ).toEqual(['5 command remote', '6 command remote', '7 command remote', '8 command remote']);
  });

  test("Django forms: a typed field's cleaned value is safe, a text field's is not", async () => {
    expect(
      await flows(`import os
from django import forms
class F(forms.Form):
    age = forms.IntegerField()
    name = forms.CharField()
def v(request):
    form = F(request.POST)
    os.system('x ' + str(form.cleaned_data['age']))
    os.system('x ' + form.cleaned_data['name'])
    os.system('x ' + form.cleaned_data.get('age'))
`),
    ).toEqual(['9 command remote']);
  });

  test('DRF: request.data and query_params', async () => {
    expect(
      await flows(`import os
from rest_framework.decorators import api_view
@api_view(['POST'])
def v(request):
    os.system(request.data['a'])
    os.system(request.query_params['b'])
`),
    ).toEqual(['5 command remote', '6 command remote']);
  });

  test('FastAPI: parameters typed as numbers hold no text; Request is the request', async () => {
    expect(
      await flows(`import os
from fastapi import FastAPI, Request
app = FastAPI()
@app.get('/a/{n}')
async def a(n: int, m: Optional[float], s: str, request: Request):
    os.system('x %s' % n)
    os.system('x %s' % m)
    os.system('x ' + s)
    os.system(request.query_params['q'])
    os.system(await request.body())
`),
    ).toEqual(['8 command remote', '9 command remote', '10 command remote']);
  });

  test('Flask: route converters, blueprints and MethodView', async () => {
    expect(
      await flows(`import os
from flask import Blueprint
from flask.views import MethodView
bp = Blueprint('b', __name__)
@bp.route('/u/<int:uid>/<name>')
def u(uid, name):
    os.system('x %s' % uid)
    os.system('x ' + name)
class Item(MethodView):
    def post(self, item_id):
        os.system('x ' + item_id)
`),
    ).toEqual(['8 command remote', '11 command remote']);
  });
});

describe("taint: the project's own catalogue ([tool.tendril.taint])", () => {
  const options: RuleOptions = {
    taint: {
      sources: ['myapp.http.payload', 'myapp.http.current_query'],
      'local-sources': ['myapp.cli.token'],
      sinks: ['sql=myapp.db.run_raw', 'command=myapp.ops.shell'],
      sanitizers: ['*=myapp.auth.clean_name', 'sql=myapp.db.quote'],
      guards: ['redirect=myapp.urls.safe_for_redirect', '*=myapp.checks.is_plain'],
    },
  };

  test('sources (calls and attributes), sinks by class, sanitizers for every class or one', async () => {
    expect(
      await flows(
        `from myapp import http, db, ops, auth, cli
from myapp.db import run_raw
def f():
    p = http.payload()
    run_raw('select ' + p)
    ops.shell(p)
    run_raw('select ' + auth.clean_name(p))
    run_raw('select ' + db.quote(p))
    ops.shell(db.quote(p))
    run_raw(http.current_query)
    ops.shell(cli.token())
`,
        options,
      ),
    ).toEqual(['5 sql remote', '6 command remote', '9 command remote', '10 sql remote', '11 command local']);
  });

  test('without the settings, the same code has no flow', async () => {
    expect(await flows(`from myapp import http, db\ndef f():\n    db.run_raw(http.payload())\n`)).toEqual([]);
  });

  test('guards: true, their first argument is safe for their classes; false then return, the same after the check', async () => {
    const source = `from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from myapp.urls import safe_for_redirect
from myapp.checks import is_plain
from myapp.ops import shell
def login(request):
    target = request.POST.get("next", "/")
    if target and safe_for_redirect(target):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(target)
def back(request):
    target = request.GET["next"]
    if not safe_for_redirect(target):
        return redirect("/")
    shell("echo " + target)
    return redirect(target)
def run(request):
    name = request.GET["n"]
    if is_plain(name):
        shell("echo " + name)
`;
    const lines = (found: string[]): string[] => found.map((f) => f.split(' ').slice(0, 2).join(' '));
    expect(lines(await flows(source, options))).toEqual(['10 redirect', '15 command']);
    // Without the settings, each check is an unknown call: every use is a flow.
    expect(lines(await flows(source))).toEqual(['9 redirect', '10 redirect', '16 redirect']);
  });
});
