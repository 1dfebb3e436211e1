import * as fs from 'fs';
import { UsageError } from '../errors';

/**
 * What the workflow run tells the action about itself: environment variables the runner sets and
 * the webhook payload at GITHUB_EVENT_PATH. The fields Tendril reads are checked here, so a bad
 * payload is an error that says what is wrong, not a silent "no baseline".
 */
export interface PullRequestPayload {
  number: number;
  base: { sha: string; ref: string; repo?: { full_name?: string } };
  head: { sha: string; ref?: string; repo?: { full_name?: string; fork?: boolean } | null };
}

export interface MergeGroupPayload {
  base_sha: string;
  base_ref: string;
  head_sha: string;
}

export interface EventPayload {
  pull_request?: PullRequestPayload;
  merge_group?: MergeGroupPayload;
}

export interface RunContext {
  eventName: string;
  event: EventPayload;
  /** GITHUB_SHA and GITHUB_REF: the commit and ref the workflow run is for. */
  sha: string;
  ref: string;
  repository: string;
  server: string;
  actor: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function bad(file: string, what: string): never {
  throw new UsageError(`The event payload ${file} (GITHUB_EVENT_PATH) ${what}`);
}

/** The payload of GITHUB_EVENT_PATH; none without the variable; an error when it cannot be read. */
export function readEvent(env: NodeJS.ProcessEnv, eventName: string): EventPayload {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    bad(file, code ? `cannot be read (${code})` : `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null) bad(file, 'is not a JSON object');
  const event = raw as Record<string, unknown>;
  const out: EventPayload = {};
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = event.pull_request as PullRequestPayload | undefined;
    if (!pr || typeof pr !== 'object') bad(file, `of a ${eventName} event has no pull_request object`);
    if (!Number.isInteger(pr.number)) bad(file, 'has no pull_request.number');
    if (!pr.base || typeof pr.base.sha !== 'string' || !SHA.test(pr.base.sha)) bad(file, 'has no valid pull_request.base.sha');
    if (typeof pr.base.ref !== 'string' || pr.base.ref === '') bad(file, 'has no pull_request.base.ref');
    if (!pr.head || typeof pr.head.sha !== 'string' || !SHA.test(pr.head.sha)) bad(file, 'has no valid pull_request.head.sha');
    out.pull_request = pr;
  }
  if (eventName === 'merge_group') {
    const mg = event.merge_group as MergeGroupPayload | undefined;
    if (!mg || typeof mg !== 'object') bad(file, 'of a merge_group event has no merge_group object');
    if (typeof mg.base_sha !== 'string' || !SHA.test(mg.base_sha)) bad(file, 'has no valid merge_group.base_sha');
    if (typeof mg.head_sha !== 'string' || !SHA.test(mg.head_sha)) bad(file, 'has no valid merge_group.head_sha');
    if (typeof mg.base_ref !== 'string') bad(file, 'has no merge_group.base_ref');
    out.merge_group = mg;
  }
  return out;
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    eventName,
    event: readEvent(env, eventName),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    server: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    actor: env.GITHUB_ACTOR ?? '',
  };
}

export function isPullRequest(context: RunContext): boolean {
  return context.eventName === 'pull_request' || context.eventName === 'pull_request_target';
}

/**
 * True when the job's token cannot write security events by GitHub's design: a pull request from
 * a fork, or one Dependabot opened (both run with a read-only GITHUB_TOKEN on pull_request).
 */
export function readOnlyToken(context: RunContext): boolean {
  if (context.eventName !== 'pull_request') return false;
  const pr = context.event.pull_request;
  const fromFork = !!pr?.head.repo && (pr.head.repo.fork === true || (!!pr.base.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name));
  return fromFork || context.actor === 'dependabot[bot]';
}

/** `refs/heads/main` -> `main`. */
export function branchName(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}
