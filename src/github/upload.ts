import * as http from 'http';
import * as https from 'https';
import { pathToFileURL } from 'url';
import { gzipSync } from 'zlib';
import { UsageError } from '../errors';

/**
 * Uploads a SARIF file to code scanning: POST /repos/{owner}/{repo}/code-scanning/sarifs with
 * the file gzipped and base64-encoded, then polls GET .../sarifs/{id} until processing is
 * complete or failed. Node's http/https and zlib only, not @actions/github (Octokit): the REST
 * call is two requests, and one dependency less in the committed bundle is one less to audit and
 * update. GITHUB_API_URL points it at GitHub Enterprise Server (or, in tests, at a loopback server).
 * The token goes in the Authorization header and nowhere else: never in a message or a log line.
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
  log?: (line: string) => void;
}

export interface UploadResult {
  id: string;
  status: string;
}

interface Response {
  status: number;
  body: string;
}

function request(method: string, url: URL, token: string, body?: string): Promise<Response> {
  const client = url.protocol === 'http:' ? http : https;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'user-agent': 'tendril-action',
          'x-github-api-version': '2022-11-28',
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function apiMessage(res: Response): string {
  try {
    const parsed = JSON.parse(res.body) as { message?: string };
    if (parsed.message) return parsed.message;
  } catch {
    // not JSON
  }
  return res.body.slice(0, 200);
}

export function encodeSarif(sarif: string): string {
  return gzipSync(Buffer.from(sarif, 'utf8')).toString('base64');
}

export function checkoutUri(root: string): string {
  return pathToFileURL(root).href;
}

export async function uploadSarif(sarif: string, options: UploadOptions): Promise<UploadResult> {
  const log = options.log ?? (() => undefined);
  if (!options.token) throw new UsageError("Input 'token' is empty: direct upload needs a token with security-events: write");
  if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) throw new UsageError('direct upload needs GITHUB_REPOSITORY (owner/name)');
  if (!options.commitSha || !options.ref) throw new UsageError('direct upload needs GITHUB_SHA and GITHUB_REF');
  const base = options.apiUrl.replace(/\/$/, '');
  const url = new URL(`${base}/repos/${options.repository}/code-scanning/sarifs`);
  const payload = JSON.stringify({
    commit_sha: options.commitSha,
    ref: options.ref,
    sarif: encodeSarif(sarif),
    checkout_uri: options.checkoutUri,
    tool_name: 'Tendril',
  });
  const res = await request('POST', url, options.token, payload);
  if (res.status !== 202 && res.status !== 200 && res.status !== 201) {
    const hint =
      res.status === 403 || res.status === 404
        ? ' (the workflow needs permissions: security-events: write, and code scanning enabled for the repository)'
        : '';
    throw new UsageError(`SARIF upload rejected: HTTP ${res.status}: ${apiMessage(res)}${hint}`);
  }
  const id = (JSON.parse(res.body || '{}') as { id?: string }).id;
  if (!id) throw new UsageError('SARIF upload: the API answered without an upload id');
  log(`SARIF uploaded (id ${id}); waiting for processing`);

  const deadline = Date.now() + (options.pollTimeout ?? 120_000);
  const statusUrl = new URL(`${base}/repos/${options.repository}/code-scanning/sarifs/${encodeURIComponent(id)}`);
  for (;;) {
    const poll = await request('GET', statusUrl, options.token);
    if (poll.status === 200) {
      const body = JSON.parse(poll.body) as { processing_status?: string; errors?: string[] | null };
      if (body.processing_status === 'complete') return { id, status: 'complete' };
      if (body.processing_status === 'failed') {
        throw new UsageError(`SARIF upload ${id} was rejected by code scanning: ${(body.errors ?? ['no reason given']).join('; ')}`);
      }
    } else if (poll.status !== 404) {
      throw new UsageError(`SARIF upload ${id}: status check failed: HTTP ${poll.status}: ${apiMessage(poll)}`);
    }
    if (Date.now() > deadline) {
      log(`SARIF upload ${id}: still processing; not waiting longer`);
      return { id, status: 'pending' };
    }
    await new Promise((r) => setTimeout(r, options.pollInterval ?? 3000));
  }
}
