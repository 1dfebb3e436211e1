import type { getOctokit as GetOctokit } from '@actions/github';
import type { getProxyFetch as GetProxyFetch } from '@actions/github/lib/internal/utils';
import type { retry as RetryPlugin } from '@octokit/plugin-retry';
import { pathToFileURL } from 'url';
import { gzipSync } from 'zlib';
import { UsageError } from '../errors';

/**
 * Uploads a SARIF file to code scanning: POST /repos/{owner}/{repo}/code-scanning/sarifs with the
 * file gzipped and base64-encoded, then polls GET .../sarifs/{id} until processing is complete or
 * failed. Both calls go through the Actions toolkit's Octokit (@actions/github's getOctokit) with
 * @octokit/plugin-retry, and a fetch of our own that adds, per request:
 *
 * - the proxy of the environment (https_proxy / http_proxy / no_proxy, as @actions/http-client
 *   reads them) for `apiUrl`, chosen when the upload starts. getOctokit's default fetch does not do
 *   this for us: @actions/github picks its proxy once, when the module is first loaded, for
 *   GITHUB_API_URL (not for the baseUrl passed in), and any `request` option given to getOctokit
 *   replaces that default fetch (Octokit merges its defaults shallowly). @actions/http-client never
 *   proxies loopback hosts (localhost, 127.*, [::1]), whatever no_proxy says. So the fetch is
 *   getProxyFetch(apiUrl) of @actions/github/lib/internal/utils: the function @actions/github
 *   builds its default with, called for the right URL at the right time;
 * - a timeout over the whole exchange, headers and body (`timeoutMs`, 30 s by default): a server
 *   that stops answering fails the request with "timed out after N s", and the request is retried.
 *
 * Retries: plugin-retry retries 5xx answers and network failures (connection refused or reset, DNS,
 * the timeout above) `retries` times (3 by default), waiting n² × `retryBaseMs` before retry n
 * (1 s, 4 s, 9 s by default: the plugin's schedule); 400, 401, 403, 404, 422 and 451 are not retried.
 * Redirects are followed (fetch's own handling: a 307 or 308 repeats the POST with its body; on a
 * redirect to another origin fetch drops the Authorization header).
 *
 * Octokit is loaded only when an upload starts (a `require` inside the function, not an import at
 * the top of the module: the bundle evaluates a module when it is first required), so a run without
 * upload does not pay for it.
 *
 * The token goes in the Authorization header and nowhere else. Octokit's errors carry the request
 * (headers included), so they are never rethrown or attached: every error is a UsageError whose
 * message is built here from the HTTP status and the API's message, and any occurrence of the token
 * in text that came from the server is replaced by `***`.
 */
export interface UploadOptions {
  apiUrl: string;
  repository: string;
  token: string;
  commitSha: string;
  ref: string;
  checkoutUri: string;
  /** Poll interval in ms (tests shorten it). */
  pollInterval?: number;
  /** How long to wait for processing, ms. */
  pollTimeout?: number;
  /** Timeout of one HTTP request (connection, answer and body), ms; 30 000 by default. */
  timeoutMs?: number;
  /** Retries of a request after a 5xx answer or a network failure; 3 by default. */
  retries?: number;
  /** Base of the backoff, ms: retry n waits n² × this; 1000 by default (tests shorten it). */
  retryBaseMs?: number;
  /** The same as retryBaseMs (the name src/github/action.ts passes); retryBaseMs wins if both are given. */
  retryDelay?: number;
  log?: (line: string) => void;
}

export interface UploadResult {
  id: string;
  status: string;
}

/**
 * Thrown (instead of a plain UsageError) when the API refuses the upload with HTTP 403 "Resource
 * not accessible by integration": what GitHub answers when the workflow's token cannot write
 * security events, in particular the read-only GITHUB_TOKEN of a pull request from a fork or from
 * Dependabot, whatever the workflow's `permissions:` say. A caller that knows the run is such a pull
 * request can report it as a notice instead of failing the step (src/github/action.ts does); any
 * other caller can treat it as the UsageError it also is. The message keeps the permissions hint.
 */
export class UploadForbidden extends UsageError {
  override name = 'UploadForbidden';
  readonly status = 403;
}

/** Whether `err` is the 403 "Resource not accessible by integration" of UploadForbidden. */
export function isUploadForbidden(err: unknown): err is UploadForbidden {
  return err instanceof UploadForbidden;
}

export function encodeSarif(sarif: string): string {
  return gzipSync(Buffer.from(sarif, 'utf8')).toString('base64');
}

export function checkoutUri(root: string): string {
  return pathToFileURL(root).href;
}

const PERMISSIONS_HINT = ' (the workflow needs permissions: security-events: write, and code scanning enabled for the repository)';
const NOT_ACCESSIBLE = /resource not accessible by integration/i;

/** The shape of the fetch Octokit calls (undici's, through @actions/github). */
type Fetch = (url: string, init?: { signal?: AbortSignal | null; [key: string]: unknown }) => Promise<FetchResponse>;
interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  headers: Iterable<[string, string]>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Octokit's request function, as an auth hook sees it. */
interface OctokitRequest {
  (endpoint: unknown): Promise<unknown>;
  endpoint: { merge(route: unknown, parameters?: unknown): { headers: Record<string, string | undefined> } };
}

/** What an Octokit RequestError holds that is used here (the request, with its headers, is not). */
interface RequestFailure {
  status?: number;
  message?: string;
  response?: { status: number; data: unknown };
}

/**
 * What a failed fetch says: the innermost message of its chain of causes (undici's "fetch failed"
 * and "Request was cancelled." say nothing), else an error code. Duck-typed: undici's errors may
 * come from another realm.
 */
function failureText(err: unknown): string {
  let text = '';
  for (let e = err, depth = 0; e && depth < 8; depth++) {
    if (typeof e === 'string') {
      text = e;
      break;
    }
    if (typeof e !== 'object') break;
    const o = e as { message?: unknown; code?: unknown; errors?: unknown; cause?: unknown };
    const inner = Array.isArray(o.errors) && o.errors.length ? (o.errors[0] as { message?: unknown }).message : undefined;
    const own = typeof o.message === 'string' && o.message ? o.message : typeof inner === 'string' && inner ? inner : typeof o.code === 'string' ? o.code : '';
    if (own) text = own;
    e = o.cause;
  }
  return text || String(err);
}

/** Whether a body parses as JSON. */
function isJson(body: ArrayBuffer): boolean {
  try {
    JSON.parse(Buffer.from(body).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 3 : 1))} s`;
}

/** The API's message of an error answer: the JSON body's `message`, else the start of the body. */
function apiMessage(data: unknown): string {
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  if (typeof data === 'string') {
    try {
      const parsed = JSON.parse(data) as { message?: unknown };
      if (parsed && typeof parsed.message === 'string') return parsed.message;
    } catch {
      // not JSON: the text itself
    }
    const text = data.replace(/\s+/g, ' ').trim();
    return text ? text.slice(0, 200) : 'no message';
  }
  return 'no message';
}

/** A 2xx answer's JSON object, or undefined when the body is not a JSON object. */
function jsonObject(data: unknown): Record<string, unknown> | undefined {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || data instanceof ArrayBuffer) return undefined;
  return data as Record<string, unknown>;
}

function bodySnippet(data: unknown): string {
  if (typeof data === 'string') return data.trim() ? `: ${JSON.stringify(data.slice(0, 80))}` : ' (empty body)';
  if (data === undefined || data === null) return ' (empty body)';
  return '';
}

export async function uploadSarif(sarif: string, options: UploadOptions): Promise<UploadResult> {
  const token = options.token;
  // (A token of under 4 characters is no secret, and would garble every message.)
  const scrub = (text: string): string => (token.length >= 4 ? text.split(token).join('***') : text);
  const log = (line: string): void => (options.log ?? (() => undefined))(scrub(line));
  if (!token) throw new UsageError("Input 'token' is empty: direct upload needs a token with security-events: write");
  if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) throw new UsageError('direct upload needs GITHUB_REPOSITORY (owner/name)');
  if (!options.commitSha || !options.ref) throw new UsageError('direct upload needs GITHUB_SHA and GITHUB_REF');
  const [owner, repo] = options.repository.split('/');
  const baseUrl = options.apiUrl.replace(/\/+$/, '');
  try {
    new URL(baseUrl);
  } catch {
    throw new UsageError(`direct upload: GITHUB_API_URL '${scrub(options.apiUrl)}' is not a URL`);
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 3));

  // Loaded here, not at the top of the module: see the comment above.
  const { getOctokit } = require('@actions/github') as { getOctokit: typeof GetOctokit };
  const { getProxyFetch } = require('@actions/github/lib/internal/utils') as { getProxyFetch: typeof GetProxyFetch };
  const { retry } = require('@octokit/plugin-retry') as { retry: typeof RetryPlugin };

  // The proxy for apiUrl, as the environment says now (no_proxy included).
  const proxyFetch = getProxyFetch(baseUrl) as unknown as Fetch;
  // Attempts of the current call (reset by call()), and what went wrong with the last one.
  let attempts = 0;
  let lastProblem = '';
  const boundedFetch: Fetch = async (url, init = {}) => {
    attempts++;
    if (attempts > 1) log(`SARIF upload: ${lastProblem}; retrying (attempt ${attempts} of ${retries + 1})`);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const outer = init.signal;
    const forward = (): void => controller.abort();
    if (outer) {
      if (outer.aborted) controller.abort();
      else outer.addEventListener('abort', forward, { once: true });
    }
    try {
      const res = await proxyFetch(url, { ...init, signal: controller.signal });
      // The body is read here, under the same timer, so a server that sends its headers and then
      // stalls is timed out too; Octokit gets the buffered answer.
      const body = await res.arrayBuffer();
      if (res.status >= 400) lastProblem = `HTTP ${res.status} from the API`;
      const headers = Array.from(res.headers);
      const nullBody = res.status === 101 || res.status === 204 || res.status === 205 || res.status === 304;
      // A body that says it is JSON and is not goes to Octokit as text: its parser would drop it
      // (it reads the body as JSON, then fails to read it again as text), and the message here
      // quotes it.
      const type = headers.find((h) => h[0].toLowerCase() === 'content-type');
      if (type && /application\/json/i.test(type[1]) && !nullBody && !isJson(body)) type[1] = 'text/plain; charset=utf-8';
      const copy = new Response(nullBody ? null : body, { status: res.status, statusText: res.statusText, headers });
      Object.defineProperty(copy, 'url', { value: res.url });
      return copy as unknown as FetchResponse;
    } catch (err) {
      if (outer?.aborted) throw err;
      // Never named AbortError: @octokit/request rethrows those as they are, and plugin-retry does
      // not retry them; any other error becomes a retried "HTTP 500" without a response.
      // The message is the cause's (undici's "fetch failed" says nothing): "connect ECONNREFUSED
      // 127.0.0.1:443", "getaddrinfo ENOTFOUND host", "other side closed".
      lastProblem = timedOut ? `timed out after ${seconds(timeoutMs)}` : failureText(err);
      throw new Error(lastProblem, { cause: err });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  };

  // "Authorization: Bearer <token>", as GitHub documents it and as this client always sent it
  // (getOctokit's own token auth sends "token <token>"); an Octokit auth strategy, so the header is
  // set on every request and retry (fetch keeps it on a redirect to the same origin, drops it on a
  // redirect to another). It ignores what Octokit passes it (getOctokit's "token <token>" string).
  const bearerAuth = (): unknown =>
    Object.assign(async () => ({ type: 'token', tokenType: 'oauth' }), {
      hook: (request: OctokitRequest, route: unknown, parameters?: unknown) => {
        const endpoint = request.endpoint.merge(route, parameters);
        endpoint.headers.authorization = `Bearer ${token}`;
        return request(endpoint);
      },
    });
  const quiet = (): void => undefined;
  const octokitLog = { debug: quiet, info: quiet, warn: (m: string) => log(`SARIF upload: ${m}`), error: (m: string) => log(`SARIF upload: ${m}`) };
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'tendril-action',
      log: octokitLog,
      authStrategy: bearerAuth,
      request: { fetch: boundedFetch, log: octokitLog },
      retry: { retries, retryAfterBaseValue: options.retryBaseMs ?? options.retryDelay ?? 1000 },
    },
    retry,
  );
  const headers = { 'x-github-api-version': '2022-11-28' };

  /**
   * One API call. An error answer becomes a UsageError (an UploadForbidden for the 403 of a
   * read-only token) with a message built here from `prefix`, the status and the API's message, or
   * undefined for a 404 when `missingOk`; no answer at all (connection refused or reset, DNS, proxy,
   * timeout) becomes a UsageError naming the request.
   */
  async function call<T>(what: string, prefix: string, send: () => Promise<T>, missingOk = false): Promise<T | undefined> {
    attempts = 0;
    lastProblem = '';
    try {
      return await send();
    } catch (err) {
      const failure = err as RequestFailure;
      const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
      const status = failure?.response?.status;
      if (typeof status === 'number') {
        if (status === 404 && missingOk) return undefined;
        const message = apiMessage(failure.response!.data);
        const hint = status === 403 || status === 404 ? PERMISSIONS_HINT : '';
        const text = scrub(`${prefix}: HTTP ${status}: ${message}${hint}${tries}`);
        throw status === 403 && NOT_ACCESSIBLE.test(message) ? new UploadForbidden(text) : new UsageError(text);
      }
      const reason = typeof failure?.message === 'string' && failure.message ? failure.message : String(err);
      throw new UsageError(scrub(`SARIF upload: ${what} failed: ${reason}${tries}`));
    }
  }

  const posted = (await call(`POST ${baseUrl}/repos/${options.repository}/code-scanning/sarifs`, 'SARIF upload rejected', () =>
    octokit.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
      owner,
      repo,
      commit_sha: options.commitSha,
      ref: options.ref,
      sarif: encodeSarif(sarif),
      checkout_uri: options.checkoutUri,
      tool_name: 'Tendril',
      headers,
    }),
  ))!;
  const answer = jsonObject(posted.data);
  if (!answer) {
    throw new UsageError(scrub(`SARIF upload: the API answered with invalid JSON (HTTP ${posted.status})${bodySnippet(posted.data)}`));
  }
  const id = typeof answer.id === 'string' || typeof answer.id === 'number' ? String(answer.id) : '';
  if (!id) throw new UsageError(`SARIF upload: the API answered without an upload id (HTTP ${posted.status})`);
  log(`SARIF uploaded (id ${id}); waiting for processing`);

  const deadline = Date.now() + (options.pollTimeout ?? 120_000);
  for (;;) {
    // A 404 (undefined here): the upload is not visible yet; ask again.
    const poll = await call(
      `GET ${baseUrl}/repos/${options.repository}/code-scanning/sarifs/${id}`,
      `SARIF upload ${id}: status check failed`,
      () => octokit.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner, repo, sarif_id: id, headers }),
      true,
    );
    if (poll) {
      const status = poll.status;
      const data: unknown = poll.data;
      const body = jsonObject(data);
      if (!body) {
        throw new UsageError(scrub(`SARIF upload ${id}: status check: the API answered with invalid JSON (HTTP ${status})${bodySnippet(data)}`));
      }
      if (body.processing_status === 'complete') return { id, status: 'complete' };
      if (body.processing_status === 'failed') {
        const errors = Array.isArray(body.errors) && body.errors.length ? body.errors.map(String) : ['no reason given'];
        throw new UsageError(scrub(`SARIF upload ${id} was rejected by code scanning: ${errors.join('; ')}`));
      }
    }
    if (Date.now() > deadline) {
      log(`SARIF upload ${id}: still processing; not waiting longer`);
      return { id, status: 'pending' };
    }
    await new Promise((r) => setTimeout(r, options.pollInterval ?? 3000));
  }
}
