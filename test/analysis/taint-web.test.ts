import { taint, type TaintModel } from '../../src/analysis/taint';
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule, RuleOptions } from '../../src/engine/api';

/**
 * The classes of the web in the taint analysis: their sinks, sanitizers and guards, the
 * frameworks' sources (class-based views, forms, DRF, FastAPI annotations, Flask converters and
 * MethodView), what unknown calls pass on for them, and the project's own catalogue. The labelled
 * corpus scores the classes; these tests pin the semantics one by one.
 */
async function flows(source: string, options: RuleOptions = {}, path = 'app.py'): Promise<string[]> {
  let result: string[] = [];
  const rule: Rule = {
    meta: {
      id: 'probe',
      name: 'Probe',
      kind: 'security',
      shortDescription: 'p',
      fullDescription: 'p',
      help: 'p',
      category: 'test',
      aliases: [],
      precision: 'high',
    },
    uses: [taint],
    create: (context) => ({
      end: () => {
        result = context.analysis<TaintModel>(taint).flows.map((f) => `${f.sink.startPosition.row + 1} ${f.sinkClass} ${f.sourceKind}`);
      },
    }),
  };
  const file = await analyzeSource(path, Buffer.from(source), [rule], options);
  const internal = file.notifications.find((n) => n.id === 'internal-error');
  if (internal) throw new Error(internal.message);
  return result;
}

const FLASK = 'from flask import Flask, request, redirect, make_response, session\napp = Flask(__name__)\n';

describe('sinks of the web', () => {
  test('a Flask view returns HTML: strings and tuples, not dicts, lists or response objects', async () => {
    expect(
      await flows(`${FLASK}
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
      await flows(`${FLASK}
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
      await flows(`${FLASK}
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

describe('guards and sanitizers of the web', () => {
  test('redirect: a relative path needs one slash, not two, not slash-backslash', async () => {
    expect(
      await flows(`${FLASK}
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
      await flows(`${FLASK}
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

describe('framework sources', () => {
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

describe("the project's own catalogue ([tool.tendril.taint])", () => {
  const options: RuleOptions = {
    taint: {
      sources: ['myapp.http.payload', 'myapp.http.current_query'],
      'local-sources': ['myapp.cli.token'],
      sinks: ['sql=myapp.db.run_raw', 'command=myapp.ops.shell'],
      sanitizers: ['*=myapp.auth.clean_name', 'sql=myapp.db.quote'],
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
});
