import { analyzeSource } from '../../../src/engine/analyze';
import { formatSeverityDoc } from '../../../src/report/catalogue';
import { ALL_RULES } from '../../../src/rules';
import { findings as findingsOf, lines } from './helpers';

/**
 * The configuration rules of the web (no flow): what each reports, with the message users see,
 * and what it deliberately leaves alone. The labelled corpus (test/taint/corpus/cookie,
 * secret-key, verification-off) scores them; these tests pin the details.
 */
const rule = (id: string) => [ALL_RULES.find((r) => r.meta.id === id)!];

async function report(id: string, source: string, path?: string): Promise<string[]> {
  if (path) {
    const result = await analyzeSource(path, Buffer.from(source), rule(id));
    return result.findings.map((f) => `${f.line}: ${f.message}`);
  }
  return (await findingsOf(rule(id), source)).map((f) => `${f.line}: ${f.message}`);
}

describe('insecure-cookie', () => {
  test('set_cookie without flags, with one flag off, with one missing; messages name what is missing', async () => {
    expect(
      await report(
        'insecure-cookie',
        lines(
          'from flask import make_response',
          'resp = make_response("ok")',
          'resp.set_cookie("sid", "x")',
          'resp.set_cookie("sid", "x", secure=False, httponly=True)',
          'resp.set_cookie("sid", "x", secure=True)',
          'resp.set_cookie("sid", "x", None, None, "/", None, True, True)',
          'resp.set_cookie("sid", "x", secure=True, httponly=True)',
        ),
      ),
    ).toEqual([
      '3: The cookie "sid" is set without `secure` and `httponly`: it is also sent over plain HTTP, and scripts in the page can read it',
      '4: The cookie "sid" is set without `secure`: it is also sent over plain HTTP',
      '5: The cookie "sid" is set without `httponly`: scripts in the page can read it',
    ]);
  });

  test('settings turned off, at module level and in a Flask config; defaults and run-time values are not reported', async () => {
    expect(
      await report(
        'insecure-cookie',
        lines(
          'import os',
          'from flask import Flask',
          'SESSION_COOKIE_SECURE = False',
          'CSRF_COOKIE_SECURE = os.environ.get("X") == "1"',
          'app = Flask(__name__)',
          'app.config["SESSION_COOKIE_HTTPONLY"] = False',
          'app.config.update({"REMEMBER_COOKIE_SECURE": False})',
          'app.config["SESSION_COOKIE_SECURE"] = True',
        ),
      ),
    ).toEqual([
      '3: `SESSION_COOKIE_SECURE` is turned off: the session cookie is sent over plain HTTP; leave it on',
      '6: `SESSION_COOKIE_HTTPONLY` is turned off: scripts in the page can read the session cookie; leave it on',
      '7: `REMEMBER_COOKIE_SECURE` is turned off: the remember-me cookie is sent over plain HTTP; leave it on',
    ]);
  });

  test('not reported: no web framework imported, a client, **options, flags known at run time', async () => {
    expect(await report('insecure-cookie', lines('jar.set_cookie("sid", "x")'))).toEqual([]);
    expect(
      await report(
        'insecure-cookie',
        lines(
          'from flask import Flask',
          'app = Flask(__name__)',
          'client = app.test_client()',
          'client.set_cookie("sid", "x")',
          'resp.set_cookie("a", "b", **OPTS)',
          'resp.set_cookie("a", "b", secure=S, httponly=H)',
        ),
      ),
    ).toEqual([]);
  });
});

describe('hardcoded-secret-key', () => {
  test('literal keys and constants proven by the data-flow analysis; the message never shows the key', async () => {
    const found = await report(
      'hardcoded-secret-key',
      lines(
        'import hmac, jwt',
        'from cryptography.fernet import Fernet',
        'KEY = "k3y-value-123"',
        'def a(p):',
        '    return jwt.encode(p, "s3cr3t-value", algorithm="HS256")',
        'def b(t):',
        '    return jwt.decode(t, key=KEY, algorithms=["HS256"])',
        'def c(m):',
        '    return hmac.new(b"mac-key-456", m, "sha256")',
        'f = Fernet(b"ZmRzYWZkc2FmZHNhZmRzYWZkc2FmZHNhZmRzYWZkc2E=")',
      ),
    );
    expect(found).toEqual([
      '5: `jwt.encode` is given a key written in the source (a literal): anyone who reads the code can forge or decrypt with it; load the key from the environment or a secret store',
      '7: `jwt.decode` is given a key written in the source (`KEY`, a constant of the source): anyone who reads the code can forge or decrypt with it; load the key from the environment or a secret store',
      '9: `hmac.new` is given a key written in the source (a literal): anyone who reads the code can forge or decrypt with it; load the key from the environment or a secret store',
      '10: `Fernet` (`cryptography.fernet.Fernet`) is given a key written in the source (a literal): anyone who reads the code can forge or decrypt with it; load the key from the environment or a secret store',
    ]);
    for (const secret of ['s3cr3t-value', 'k3y-value-123', 'mac-key-456', 'ZmRz']) expect(found.join('\n')).not.toContain(secret);
  });

  test('not reported: keys from the environment (with a fallback too), parameters, generated keys', async () => {
    expect(
      await report(
        'hardcoded-secret-key',
        lines(
          'import hmac, jwt, os, secrets',
          'K = os.environ.get("K", "dev")',
          'def a(p):',
          '    return jwt.encode(p, K)',
          'def b(key, m):',
          '    return hmac.new(key, m, "sha256")',
          'hmac.new(secrets.token_bytes(32), b"x", "sha256")',
        ),
      ),
    ).toEqual([]);
  });
});

describe('hardcoded-secret-key-setting', () => {
  test("Flask's secret_key and SECRET_KEY; Django's SECRET_KEY in a settings module only", async () => {
    expect(
      await report(
        'hardcoded-secret-key-setting',
        lines('from flask import Flask', 'app = Flask(__name__)', 'app.secret_key = "dev"', 'app.config.from_mapping(SECRET_KEY="x")'),
      ),
    ).toEqual([
      '3: The secret key is written in the source: anyone who reads the code can sign sessions and tokens with it; read it from the environment or a secret store',
      '4: The secret key is written in the source: anyone who reads the code can sign sessions and tokens with it; read it from the environment or a secret store',
    ]);
    expect(await report('hardcoded-secret-key-setting', lines('SECRET_KEY = "x"'), 'site/settings.py')).toHaveLength(1);
    expect(await report('hardcoded-secret-key-setting', lines('SECRET_KEY = "x"'), 'tools/report.py')).toEqual([]);
    expect(await report('hardcoded-secret-key-setting', lines('import os', 'SECRET_KEY = os.environ["K"]'), 'site/settings.py')).toEqual([]);
    // An empty key signs nothing (Django refuses to start with one).
    expect(await report('hardcoded-secret-key-setting', lines('SECRET_KEY = ""'), 'site/settings.py')).toEqual([]);
    expect(await report('hardcoded-secret-key-setting', lines('SECRET_KEY = (\'\' "")'), 'site/settings.py')).toEqual([]);
    expect(await report('hardcoded-secret-key-setting', lines('from flask import Flask', 'app = Flask(__name__)', 'app.secret_key = ""'))).toEqual([]);
    expect(await report('hardcoded-secret-key-setting', lines('SECRET_KEY = " "'), 'site/settings.py')).toHaveLength(1);
  });
});

describe('jwt-verification-disabled', () => {
  test('verify=False, verify_signature off, the none algorithm; other options are not', async () => {
    expect(
      await report(
        'jwt-verification-disabled',
        lines(
          'import jwt',
          'jwt.decode(t, verify=False)',
          'jwt.decode(t, k, options={"verify_signature": False})',
          'jwt.decode(t, k, algorithms=["HS256", "None"])',
          'jwt.decode(t, k, algorithms=["HS256"], options={"verify_exp": False})',
          'jwt.get_unverified_header(t)',
        ),
      ),
    ).toEqual([
      '2: `jwt.decode` with `verify=False` accepts any token: its claims are what the sender wrote',
      '3: `jwt.decode` with `verify_signature` off accepts any token: its claims are what the sender wrote',
      '4: `jwt.decode` accepts the `none` algorithm: an unsigned token passes as a valid one',
    ]);
  });
});

describe('tls-verification-disabled', () => {
  test('a session, an SSL context, cert_reqs, an aiohttp connector; comparisons and CA bundles are not', async () => {
    expect(
      await report(
        'tls-verification-disabled',
        lines(
          'import ssl, requests, aiohttp',
          'http = requests.Session()',
          'http.verify = False',
          'http.verify = "/etc/ca.pem"',
          'ctx = ssl.create_default_context()',
          'ctx.check_hostname = False',
          'ctx.verify_mode = ssl.CERT_NONE',
          'if ctx.verify_mode == ssl.CERT_NONE: pass',
          'conn = aiohttp.TCPConnector(ssl=False)',
          'self_check.verify = False',
          'if not hostname:',
          '    ctx.check_hostname = False',
          'class Shim:',
          '    def __init__(self):',
          '        self.check_hostname = False',
        ),
      ),
    ).toEqual([
      '3: `http.verify = False` turns certificate checks off for every request of this session: anyone on the network path can read and change the traffic',
      '6: Host names are not checked on this SSL context: a certificate for any other site is accepted',
      '7: This SSL context accepts any certificate (`CERT_NONE`): anyone on the network path can read and change the traffic',
      '9: `aiohttp.TCPConnector` with certificate checks off accepts any certificate for every connection it makes',
    ]);
  });
});

describe('debug modes and Django settings', () => {
  test('flask-debug-mode: app.debug and DEBUG in app.config, only in files importing flask', async () => {
    expect(
      await report(
        'flask-debug-mode',
        lines('from flask import Flask', 'app = Flask(__name__)', 'app.debug = True', 'app.config.update(DEBUG=True)', 'app.config["DEBUG"] = False'),
      ),
    ).toEqual([
      '3: Debug mode is on: the Werkzeug debugger lets anyone who triggers an error run code on the server',
      '4: Debug mode is on: the Werkzeug debugger lets anyone who triggers an error run code on the server',
    ]);
    expect(await report('flask-debug-mode', lines('app.debug = True'))).toEqual([]);
  });

  test('aiohttp-debug-mode', async () => {
    expect(await report('aiohttp-debug-mode', lines('from aiohttp import web', 'a = web.Application(debug=True)', 'b = web.Application(debug=False)'))).toEqual(
      ['2: `web.Application` (`aiohttp.web.Application`) is made in debug mode: leave debug checks to development'],
    );
  });

  test('django-debug-true and django-allowed-hosts-any: settings modules by path or by the settings they set', async () => {
    expect(await report('django-debug-true', lines('DEBUG = True'), 'proj/settings/dev.py')).toHaveLength(1);
    expect(await report('django-debug-true', lines('MIDDLEWARE = []', 'DEBUG = True'), 'proj/conf.py')).toHaveLength(1);
    expect(await report('django-debug-true', lines('DEBUG = True'), 'tools/report.py')).toEqual([]);
    expect(await report('django-allowed-hosts-any', lines('ALLOWED_HOSTS = ["example.com", "*"]'), 'settings.py')).toEqual([
      '1: `ALLOWED_HOSTS` accepts any host: URLs Django builds from the Host header can point to a host an attacker chose',
    ]);
    expect(await report('django-allowed-hosts-any', lines('ALLOWED_HOSTS = ["example.com"]'), 'settings.py')).toEqual([]);
  });

  test('template-autoescape-disabled: aiohttp_jinja2 off, jinja2.Template by default; Environment is another rule', async () => {
    expect(
      await report(
        'template-autoescape-disabled',
        lines(
          'import aiohttp_jinja2, jinja2',
          'aiohttp_jinja2.setup(app, autoescape=False)',
          'aiohttp_jinja2.setup(app)',
          't = jinja2.Template("x")',
          'u = jinja2.Template("x", autoescape=True)',
          'v = jinja2.Template("x", **opts)',
          'e = jinja2.Environment()',
        ),
      ),
    ).toEqual([
      '2: `aiohttp_jinja2.setup` with `autoescape=False`: values rendered into HTML are not escaped',
      '4: `jinja2.Template` is made without `autoescape=True`: it does not escape the values it renders',
    ]);
  });
});

test('docs/severity.md lists every configuration rule of the web, and each scores within its policy band', () => {
  const doc = formatSeverityDoc();
  const section = doc.slice(doc.indexOf('## Configuration rules of the web'), doc.indexOf('## Security rules'));
  const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  expect(listed).toHaveLength(10);
  for (const id of listed) {
    const meta = ALL_RULES.find((r) => r.meta.id === id)!.meta;
    // High at most (8.9) for configurations dangerous wherever they appear, Medium (6.9) for the often benign.
    expect(meta.securitySeverity).toBeLessThanOrEqual(8.9);
  }
});
