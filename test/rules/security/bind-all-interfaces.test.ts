import { bindAllInterfaces } from '../../../src/rules/security/bind-all-interfaces';
import { hits, lines } from './helpers';

describe('bind-all-interfaces', () => {
  test('literals, implicit concatenations included', async () => {
    const src = lines(
      's.bind(("0.0.0.0", 80))',
      'app.run(host="0.0.0." "0")',
      'x = "0.0.0.1"',
      'open("/tmp/x")',
      'p = "/var/tmp/y"',
      'q = "/dev/shm/z"',
      'r = "/tmpfoo"',
      's = "/home/tmp"',
    );
    expect(await hits([bindAllInterfaces], src)).toEqual(['bind-all-interfaces@1', 'bind-all-interfaces@2']);
  });

  test('where the address is bound: keywords, bind and server calls, address tuples', async () => {
    const src = lines(
      'import socketserver, uvicorn',
      'app.run(host="0.0.0.0")',
      'uvicorn.run(app, host="0.0.0.0", port=80)',
      'socketserver.TCPServer(("0.0.0.0", 80), H)',
      'sock.bind(("0.0.0.0", 80))',
      'HTTPServer(("0.0.0.0", 8000), Handler)',
      'app.run("0.0.0.0", 5000)',
      'await asyncio.start_server(cb, "0.0.0.0", 80)',
      'make_server("0.0.0.0", 8000, application)',
      'app.listen(8888, address="0.0.0.0")',
      'web.run_app(app, host="0.0.0.0" if public else "127.0.0.1")',
    );
    expect(await hits([bindAllInterfaces], src)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `bind-all-interfaces@${n}`));
  });

  test('host-like parameter defaults, keys, settings, options and environment defaults', async () => {
    const src = lines(
      'def serve(app, host="0.0.0.0", port=80): ...',
      'def serve2(app, bind_address: str = "0.0.0.0"): ...',
      'CONFIG = {"host": "0.0.0.0", "port": 80}',
      'config.host = "0.0.0.0"',
      'os.environ["LISTEN_ADDR"] = "0.0.0.0"',
      'parser.add_argument("-H", "--host", default="0.0.0.0")',
      'host = os.getenv("HOST", "0.0.0.0")',
      'host = os.environ.get("BIND_HOST", default="0.0.0.0")',
      'host = os.getenv("HOST") or "0.0.0.0"',
    );
    expect(await hits([bindAllInterfaces], src)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `bind-all-interfaces@${n}`));
  });

  test('a name bound to the address and used where it is bound', async () => {
    const src = lines(
      'ADDRESS = "0.0.0.0"',
      'PORT = 80',
      'def main():',
      '    sock.bind((ADDRESS, PORT))',
      'def other(where="0.0.0.0"):',
      '    app.run(host=where)',
      'PAIR = ("0.0.0.0", 8000)',
      'httpd = HTTPServer(PAIR, Handler)',
      'HOST = "0.0.0.0"',
    );
    expect(await hits([bindAllInterfaces], src)).toEqual(['bind-all-interfaces@1', 'bind-all-interfaces@5', 'bind-all-interfaces@7', 'bind-all-interfaces@9']);
  });

  test('not reported: the literal anywhere else', async () => {
    const src = lines(
      'if host == "0.0.0.0":',
      '    host = "localhost"',
      'ALLOWED = ["localhost", "0.0.0.0"]',
      'raise ValueError("0.0.0.0")',
      'log.info("listening on %s", "0.0.0.0")',
      'requests.get("0.0.0.0")',
      'sock.connect(("0.0.0.0", 80))',
      'subprocess.run(["ping", "0.0.0.0"])',
      'WILDCARD = "0.0.0.0"',
      'if addr == WILDCARD: pass',
      'def f(target="0.0.0.0"):',
      '    return target == "x"',
      'parser.add_argument("--target", default="0.0.0.0")',
      'x = os.getenv("REMOTE", "0.0.0.0")',
      'run_app(app, host=("0.0.0.0" == h))',
      'app.run(host="0.0.0.0:80")',
    );
    expect(await hits([bindAllInterfaces], src)).toEqual([]);
  });
});
