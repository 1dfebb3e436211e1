import * as fs from 'fs';

/**
 * What the workflow run tells the action about itself: environment variables the runner sets and
 * the webhook payload at GITHUB_EVENT_PATH.
 */
export interface EventPayload {
  pull_request?: { number?: number; base?: { sha?: string; ref?: string }; head?: { sha?: string } };
}

export function readEvent(): EventPayload {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

export function isPullRequest(): boolean {
  return ['pull_request', 'pull_request_target'].includes(process.env.GITHUB_EVENT_NAME ?? '');
}

/** The default baseline: the pull request's base commit on pull_request events, else none. */
export function defaultBaselineRef(event: EventPayload = readEvent()): string {
  return isPullRequest() ? (event.pull_request?.base?.sha ?? '') : '';
}

/** The commit whose files the summary links to: the PR head (not the merge commit), else GITHUB_SHA. */
export function headSha(event: EventPayload = readEvent()): string | undefined {
  return (isPullRequest() ? event.pull_request?.head?.sha : undefined) || process.env.GITHUB_SHA || undefined;
}

export function links(event: EventPayload = readEvent()): { server: string; repository: string; sha: string } | undefined {
  const repository = process.env.GITHUB_REPOSITORY;
  const sha = headSha(event);
  if (!repository || !sha) return undefined;
  return { server: (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''), repository, sha };
}
