import * as http from 'http';
import type { AddressInfo } from 'net';
import * as net from 'net';
import { gunzipSync } from 'zlib';
import { UsageError } from '../../src/errors';
import { isUploadForbidden, UploadForbidden, uploadSarif, type UploadOptions } from '../../src/github/upload';

/**
 * The direct upload client (src/github/upload.ts) against loopback servers: 127.0.0.1, port 0,
 * every server and socket closed after each test. A host that only the test proxy knows
 * (api.tendril.test: `.test` never resolves) shows that a request went through the proxy; loopback
 * hosts are never proxied by @actions/http-client, whatever no_proxy says.
 */

const TOKEN = 'ghs_SeCrEtToKeN0123456789';
const SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Tendril' } }, results: [] }] });
const PROXY_VARS = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY', 'GITHUB_API_URL'];

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Handler = (req: Seen, res: http.ServerResponse) => void;

interface Server {
  url: string;
  port: number;
  seen: Seen[];
}

const cleanups: (() => Promise<void>)[] = [];
let savedEnv: Record<string, string | undefined> = {};

beforeEach(() => {
  savedEnv = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  for (const k of PROXY_VARS) delete process.env[k];
});

afterEach(async () => {
  for (const k of PROXY_VARS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  while (cleanups.length) await cleanups.pop()!();
});

/** Closes `server` and destroys every socket it accepted (keep-alive, hung, tunnelled). */
function track(server: net.Server): void {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
}

async function serve(handler: Handler): Promise<Server> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(entry);
      handler(entry, res);
    });
  });
  track(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, seen };
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The usual API: POST answers 202 with an id, GET answers complete. */
const api: Handler = (req, res) => (req.method === 'POST' ? json(res, 202, { id: 'up-1', url: 'x' }) : json(res, 200, { processing_status: 'complete' }));

/** A port nothing listens on (a server is opened on it and closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const logs: string[] = [];
function options(apiUrl: string, extra: Partial<UploadOptions> = {}): UploadOptions {
  return {
    apiUrl,
    repository: 'octo/app',
    token: TOKEN,
    commitSha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    checkoutUri: 'file:///work/app',
    pollInterval: 5,
    pollTimeout: 5000,
    timeoutMs: 5000,
    retries: 3,
    retryBaseMs: 5,
    log: (line) => logs.push(line),
    ...extra,
  };
}

/** The error an upload fails with; no text reachable from it contains the token. */
async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  const e = err as Error;
  const texts = [
    e.message,
    String(e),
    e.stack ?? '',
    JSON.stringify(e),
    JSON.stringify(Object.getOwnPropertyNames(e).map((k) => String((e as unknown as Record<string, unknown>)[k]))),
  ];
  for (const t of texts) expect(t).not.toContain(TOKEN);
  expect((e as { cause?: unknown }).cause).toBeUndefined();
  return e;
}

beforeEach(() => {
  logs.length = 0;
});
afterEach(() => {
  for (const line of logs) expect(line).not.toContain(TOKEN);
});

describe('uploadSarif', () => {
  test('posts the SARIF gzipped and base64-encoded, then polls until processing is complete', async () => {
    let polls = 0;
    const server = await serve((req, res) => {
      if (req.method === 'POST') return json(res, 202, { id: 'up-1', url: 'x' });
      polls++;
      json(res, 200, { processing_status: polls < 3 ? 'pending' : 'complete' });
    });
    const result = await uploadSarif(SARIF, options(server.url));
    expect(result).toEqual({ id: 'up-1', status: 'complete' });
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /repos/octo/app/code-scanning/sarifs',
      'GET /repos/octo/app/code-scanning/sarifs/up-1',
      'GET /repos/octo/app/code-scanning/sarifs/up-1',
      'GET /repos/octo/app/code-scanning/sarifs/up-1',
    ]);
    for (const s of server.seen) {
      expect(s.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(s.headers['x-github-api-version']).toBe('2022-11-28');
      expect(s.headers['user-agent']).toMatch(/^tendril-action/);
    }
    const payload = JSON.parse(server.seen[0].body);
    expect(payload).toMatchObject({ commit_sha: 'a'.repeat(40), ref: 'refs/heads/main', checkout_uri: 'file:///work/app', tool_name: 'Tendril' });
    expect(gunzipSync(Buffer.from(payload.sarif, 'base64')).toString('utf8')).toBe(SARIF);
    expect(logs).toContain('SARIF uploaded (id up-1); waiting for processing');
  });

  test('an API URL with a path (GitHub Enterprise Server) and a trailing slash', async () => {
    const server = await serve(api);
    await uploadSarif(SARIF, options(`${server.url}/api/v3/`));
    expect(server.seen.map((s) => s.url)).toEqual(['/api/v3/repos/octo/app/code-scanning/sarifs', '/api/v3/repos/octo/app/code-scanning/sarifs/up-1']);
  });

  test('a 404 while polling means "not yet"; failed processing is reported with its errors', async () => {
    let polls = 0;
    const server = await serve((req, res) => {
      if (req.method === 'POST') return json(res, 202, { id: 'up-2' });
      polls++;
      if (polls === 1) return json(res, 404, { message: 'Not Found' });
      json(res, 200, { processing_status: 'failed', errors: ['invalid SARIF: bad run', 'second'] });
    });
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe('SARIF upload up-2 was rejected by code scanning: invalid SARIF: bad run; second');
    expect(polls).toBe(2);
  });

  test('processing that outlasts the poll timeout returns pending', async () => {
    // The upload's clock (Date.now) moves only when the API answers a status check, 40 ms each: the
    // third check is the first past the 100 ms deadline, however slow the machine is.
    let now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const server = await serve((req, res) => {
        if (req.method === 'POST') return json(res, 202, { id: 'up-3' });
        now += 40;
        json(res, 200, { processing_status: 'pending' });
      });
      const result = await uploadSarif(SARIF, options(server.url, { pollTimeout: 100, pollInterval: 1 }));
      expect(result).toEqual({ id: 'up-3', status: 'pending' });
      expect(server.seen.filter((s) => s.method === 'GET').length).toBe(3);
      expect(logs).toContain('SARIF upload up-3: still processing; not waiting longer');
    } finally {
      clock.mockRestore();
    }
  });

  test('a 502 is retried: the third attempt succeeds', async () => {
    let posts = 0;
    const server = await serve((req, res) => {
      if (req.method === 'POST') {
        posts++;
        return posts < 3 ? json(res, 502, { message: 'Bad Gateway' }) : json(res, 202, { id: 'up-4' });
      }
      json(res, 200, { processing_status: 'complete' });
    });
    const result = await uploadSarif(SARIF, options(server.url));
    expect(result.id).toBe('up-4');
    expect(posts).toBe(3);
    // Every attempt carries the same body.
    const bodies = server.seen.filter((s) => s.method === 'POST').map((s) => s.body);
    expect(new Set(bodies).size).toBe(1);
    expect(logs).toContain('SARIF upload: HTTP 502 from the API; retrying (attempt 2 of 4)');
  });

  test('5xx on every attempt: the last status and message, after retries+1 attempts', async () => {
    const server = await serve((_req, res) => json(res, 500, { message: 'Internal trouble' }));
    const err = await failure(uploadSarif(SARIF, options(server.url, { retries: 2 })));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe('SARIF upload rejected: HTTP 500: Internal trouble (after 3 attempts)');
    expect(server.seen.length).toBe(3);
  });

  test('the backoff waits retryBaseMs × n² between attempts', async () => {
    const times: number[] = [];
    const server = await serve((_req, res) => {
      times.push(Date.now());
      json(res, 503, { message: 'busy' });
    });
    await failure(uploadSarif(SARIF, options(server.url, { retries: 2, retryBaseMs: 25 })));
    expect(times.length).toBe(3);
    // 1 × 25 ms, then 4 × 25 ms (timers may fire a little early or late; 2 × 25 would be under 85).
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(20);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(85);
  });

  test('connection refused: retried, then a clear message naming the request', async () => {
    const port = await closedPort();
    const started = Date.now();
    const err = await failure(uploadSarif(SARIF, options(`http://127.0.0.1:${port}`, { retries: 2, retryBaseMs: 5 })));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe(
      `SARIF upload: POST http://127.0.0.1:${port}/repos/octo/app/code-scanning/sarifs failed: connect ECONNREFUSED 127.0.0.1:${port} (after 3 attempts)`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(logs.filter((l) => l.includes('retrying')).length).toBe(2);
  });

  test('a connection reset is retried', async () => {
    let posts = 0;
    const server = await serve((req, res) => {
      if (req.method === 'POST' && ++posts === 1) return req.headers && res.socket?.destroy();
      api(req, res);
    });
    const result = await uploadSarif(SARIF, options(server.url));
    expect(result.id).toBe('up-1');
    expect(posts).toBe(2);
  });

  test.each([400, 401, 404, 422])('HTTP %i is not retried', async (status) => {
    const server = await serve((_req, res) => json(res, status, { message: `answer ${status}` }));
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(err).toBeInstanceOf(UsageError);
    expect(err).not.toBeInstanceOf(UploadForbidden);
    expect(server.seen.length).toBe(1);
    expect(err.message.startsWith(`SARIF upload rejected: HTTP ${status}: answer ${status}`)).toBe(true);
    expect(err.message.includes('permissions: security-events: write')).toBe(status === 404);
  });

  test('HTTP 403 is not retried and keeps the permissions hint; "Resource not accessible by integration" is an UploadForbidden', async () => {
    const server = await serve((_req, res) =>
      json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }),
    );
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(server.seen.length).toBe(1);
    expect(err).toBeInstanceOf(UploadForbidden);
    expect(err).toBeInstanceOf(UsageError);
    expect(isUploadForbidden(err)).toBe(true);
    expect(err.message).toBe(
      'SARIF upload rejected: HTTP 403: Resource not accessible by integration (the workflow needs permissions: security-events: write, and code scanning enabled for the repository)',
    );

    const other = await serve((_req, res) => json(res, 403, { message: 'Advanced Security must be enabled for this repository' }));
    const plain = await failure(uploadSarif(SARIF, options(other.url)));
    expect(plain).toBeInstanceOf(UsageError);
    expect(plain).not.toBeInstanceOf(UploadForbidden);
    expect(isUploadForbidden(plain)).toBe(false);
    expect(plain.message).toContain('HTTP 403: Advanced Security must be enabled for this repository (the workflow needs permissions: security-events: write');
  });

  test('a 307 on the POST is followed to another server, with the body', async () => {
    const target = await serve(api);
    const origin = await serve((req, res) => {
      if (req.method === 'POST') {
        res.writeHead(307, { location: `${target.url}/upload-here` });
        return res.end();
      }
      api(req, res);
    });
    const result = await uploadSarif(SARIF, options(origin.url));
    expect(result).toEqual({ id: 'up-1', status: 'complete' });
    expect(target.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /upload-here']);
    expect(target.seen[0].body).toBe(origin.seen[0].body);
    expect(gunzipSync(Buffer.from(JSON.parse(target.seen[0].body).sarif, 'base64')).toString('utf8')).toBe(SARIF);
    // Another origin: fetch does not send it the token.
    expect(target.seen[0].headers.authorization).toBeUndefined();
  });

  test('invalid JSON in a 202 is an API error naming the status, not a SyntaxError', async () => {
    const server = await serve((_req, res) => json(res, 202, 'not json {'));
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe('SARIF upload: the API answered with invalid JSON (HTTP 202): "not json {"');

    const plain = await serve((_req, res) => {
      res.writeHead(202, { 'content-type': 'text/html' });
      res.end('<html>proxy login</html>');
    });
    expect((await failure(uploadSarif(SARIF, options(plain.url)))).message).toBe(
      'SARIF upload: the API answered with invalid JSON (HTTP 202): "<html>proxy login</html>"',
    );

    const empty = await serve((_req, res) => {
      res.writeHead(202);
      res.end();
    });
    expect((await failure(uploadSarif(SARIF, options(empty.url)))).message).toBe('SARIF upload: the API answered with invalid JSON (HTTP 202) (empty body)');

    const noId = await serve((_req, res) => json(res, 202, { url: 'x' }));
    expect((await failure(uploadSarif(SARIF, options(noId.url)))).message).toBe('SARIF upload: the API answered without an upload id (HTTP 202)');
  });

  test('invalid JSON from the status check is an API error too', async () => {
    const server = await serve((req, res) => (req.method === 'POST' ? json(res, 202, { id: 'up-5' }) : json(res, 200, '<oops')));
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe('SARIF upload up-5: status check: the API answered with invalid JSON (HTTP 200): "<oops"');
  });

  test('a server that never answers: timed out after N s, retried, bounded', async () => {
    const server = await serve(() => undefined); // never answers
    const started = Date.now();
    const err = await failure(uploadSarif(SARIF, options(server.url, { timeoutMs: 200, retries: 1, retryBaseMs: 5 })));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toBe(`SARIF upload: POST ${server.url}/repos/octo/app/code-scanning/sarifs failed: timed out after 0.2 s (after 2 attempts)`);
    expect(server.seen.length).toBe(2);
    expect(Date.now() - started).toBeLessThan(4000);
  }, 15_000);

  test('a server that sends its headers and then stalls the body times out too', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":');
    });
    const err = await failure(uploadSarif(SARIF, options(server.url, { timeoutMs: 200, retries: 0 })));
    expect(err.message).toBe(`SARIF upload: POST ${server.url}/repos/octo/app/code-scanning/sarifs failed: timed out after 0.2 s`);
  }, 15_000);

  test('a status check that hangs times out with the GET named', async () => {
    const server = await serve((req, res) => (req.method === 'POST' ? json(res, 202, { id: 'up-6' }) : undefined));
    const err = await failure(uploadSarif(SARIF, options(server.url, { timeoutMs: 200, retries: 0 })));
    expect(err.message).toBe(`SARIF upload: GET ${server.url}/repos/octo/app/code-scanning/sarifs/up-6 failed: timed out after 0.2 s`);
  }, 15_000);

  test('the token is never in a message, even when the server echoes it', async () => {
    const server = await serve((req, res) => json(res, 422, { message: `bad credentials: ${req.headers.authorization}` }));
    const err = await failure(uploadSarif(SARIF, options(server.url)));
    expect(err.message).toBe('SARIF upload rejected: HTTP 422: bad credentials: Bearer ***');

    const failed = await serve((req, res) =>
      req.method === 'POST' ? json(res, 202, { id: 'up-7' }) : json(res, 200, { processing_status: 'failed', errors: [`token ${TOKEN} leaked`] }),
    );
    expect((await failure(uploadSarif(SARIF, options(failed.url)))).message).toBe('SARIF upload up-7 was rejected by code scanning: token *** leaked');
  });

  test('missing inputs are usage errors before any request', async () => {
    const server = await serve(api);
    await expect(uploadSarif(SARIF, options(server.url, { token: '' }))).rejects.toThrow(/Input 'token' is empty/);
    await expect(uploadSarif(SARIF, options(server.url, { repository: 'nope' }))).rejects.toThrow(/GITHUB_REPOSITORY/);
    await expect(uploadSarif(SARIF, options(server.url, { ref: '' }))).rejects.toThrow(/GITHUB_SHA and GITHUB_REF/);
    await expect(uploadSarif(SARIF, options('not a url'))).rejects.toThrow(/is not a URL/);
    expect(server.seen).toEqual([]);
  });
});

describe('proxies (https_proxy, http_proxy, no_proxy, as @actions/http-client reads them)', () => {
  /** A forward proxy: absolute-URI requests and CONNECT tunnels, every host sent to `upstream`. */
  async function proxyTo(upstreamPort: number): Promise<{ url: string; seen: string[] }> {
    const seen: string[] = [];
    const proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '/');
      const out = http.request(
        { host: '127.0.0.1', port: upstreamPort, method: req.method, path: target.pathname + target.search, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.on('error', () => res.destroy());
      req.pipe(out);
    });
    proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      seen.push(`CONNECT ${req.url}`);
      const up = net.connect(upstreamPort, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(socket);
        socket.pipe(up);
      });
      up.on('error', () => socket.destroy());
      socket.on('error', () => up.destroy());
      socket.on('close', () => up.destroy());
    });
    track(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, seen };
  }

  test('http_proxy: a request to an http:// API goes through the proxy', async () => {
    const upstream = await serve(api);
    const proxy = await proxyTo(upstream.port);
    process.env.http_proxy = proxy.url;
    process.env.no_proxy = 'example.com,.internal';
    // GITHUB_API_URL is not what decides: the upload's apiUrl is.
    process.env.GITHUB_API_URL = 'https://api.github.com';
    const result = await uploadSarif(SARIF, options('http://api.tendril.test'));
    expect(result).toEqual({ id: 'up-1', status: 'complete' });
    // undici's ProxyAgent tunnels (CONNECT) even to http:// hosts; the proxy takes both forms.
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(
      proxy.seen.every(
        (l) => l === 'CONNECT api.tendril.test:80' || l.startsWith('POST http://api.tendril.test/') || l.startsWith('GET http://api.tendril.test/'),
      ),
    ).toBe(true);
    expect(upstream.seen.map((s) => s.headers.host)).toEqual(['api.tendril.test', 'api.tendril.test']);
    expect(upstream.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('HTTP_PROXY (upper case) is read too', async () => {
    const upstream = await serve(api);
    const proxy = await proxyTo(upstream.port);
    process.env.HTTP_PROXY = proxy.url;
    await uploadSarif(SARIF, options('http://api.tendril.test:8080'));
    expect(proxy.seen[0]).toBe('CONNECT api.tendril.test:8080');
  });

  test('https_proxy: an https:// API is reached through a CONNECT tunnel of the proxy', async () => {
    // The proxy opens the tunnel and closes it at once: no TLS server is needed to see that the
    // proxy was asked. (A proxy that refuses the tunnel with a 403 fails the upload the same way,
    // but undici 5 then keeps a 10 s connect timer alive.)
    const seen: string[] = [];
    const proxy = http.createServer((_req, res) => {
      res.writeHead(400);
      res.end();
    });
    proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
      seen.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
    });
    track(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    process.env.https_proxy = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.http_proxy = 'http://127.0.0.1:9'; // not the one for https
    const err = await failure(uploadSarif(SARIF, options('https://api.tendril.test', { retries: 1 })));
    expect(seen).toEqual(['CONNECT api.tendril.test:443', 'CONNECT api.tendril.test:443']);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(/^SARIF upload: POST https:\/\/api\.tendril\.test\/repos\/octo\/app\/code-scanning\/sarifs failed: .+ \(after 2 attempts\)$/);
  });

  test('no_proxy naming the API host bypasses the proxy', async () => {
    const upstream = await serve(api);
    const proxy = await proxyTo(upstream.port);
    process.env.http_proxy = proxy.url;
    process.env.no_proxy = 'example.com, api.tendril.test';
    // Direct, api.tendril.test does not resolve: the proxy is what would have reached the server.
    const err = await failure(uploadSarif(SARIF, options('http://api.tendril.test', { retries: 0 })));
    expect(proxy.seen).toEqual([]);
    expect(upstream.seen).toEqual([]);
    expect(err.message).toMatch(/failed: getaddrinfo (ENOTFOUND|EAI_AGAIN) api\.tendril\.test/);

    process.env.no_proxy = '.tendril.test';
    await failure(uploadSarif(SARIF, options('http://api.tendril.test', { retries: 0 })));
    expect(proxy.seen).toEqual([]);
  });

  test('loopback API: no_proxy covering 127.0.0.1 (and loopback in any case) goes direct', async () => {
    const upstream = await serve(api);
    const proxy = await proxyTo(upstream.port);
    process.env.http_proxy = proxy.url;
    process.env.no_proxy = '127.0.0.1';
    await uploadSarif(SARIF, options(upstream.url));
    delete process.env.no_proxy;
    await uploadSarif(SARIF, options(upstream.url));
    expect(proxy.seen).toEqual([]);
    expect(upstream.seen.map((s) => s.headers.host)).toEqual(Array(4).fill(`127.0.0.1:${upstream.port}`));
  });
});

describe('loading', () => {
  test('the module does not load Octokit until an upload starts', async () => {
    const loaded: string[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@actions/github', () => {
        loaded.push('@actions/github');
        return jest.requireActual('@actions/github');
      });
      jest.doMock('@octokit/plugin-retry', () => {
        loaded.push('@octokit/plugin-retry');
        return jest.requireActual('@octokit/plugin-retry');
      });
      const upload = require('../../src/github/upload') as typeof import('../../src/github/upload');
      expect(upload.encodeSarif('x')).toBeTruthy();
      expect(loaded).toEqual([]);
      const server = await serve(api);
      await upload.uploadSarif(SARIF, options(server.url));
      expect(loaded.sort()).toEqual(['@actions/github', '@octokit/plugin-retry']);
    });
  });
});
