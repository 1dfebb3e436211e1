import { fetchCommit, hasCommit, headCommit, isShallow, mergeBase, parentsOf, unshallow } from '../baseline/git';
import { UsageError } from '../errors';
import { branchName, type RunContext } from './context';

/**
 * The default baseline of an event: what the analysed commit is compared with when the
 * `baseline-ref` input is empty.
 *
 * - `pull_request`: what the pull request would merge into, not `pull_request.base.sha` (the base
 *   branch's tip when the event fired, which goes stale as the branch moves, so that findings landed
 *   on the base branch after the branch point would count as the pull request's). On the default
 *   checkout (the merge commit `refs/pull/N/merge`) that is the merge commit's first parent; on a
 *   checkout of the head, the merge base of the base branch and the head.
 * - `merge_group`: the queue's base commit (`merge_group.base_sha`).
 * - `pull_request_target`: the same as `pull_request` when the pull request's code was checked
 *   out; when the job checked out the base branch (the event's default), nothing of the pull
 *   request is analysed, and there is no baseline.
 * - other events: none.
 *
 * Commits missing from a shallow checkout are fetched from origin (actions/checkout keeps its
 * credentials); when that fails the step fails with the cause, rather than counting everything
 * as new.
 */
export interface BaseChoice {
  /** The commit to compare with (full id). */
  commit: string;
  /** The branch it stands for, for people: `main`. */
  name: string;
  /** How it was chosen, for the summary and the log. */
  how: string;
}

export interface DefaultBase {
  base?: BaseChoice;
  /** Why there is none, when the event could have had one. */
  reason?: string;
  /** The checked-out commit, when it was read. */
  head?: string;
  /** The checkout is the pull request's merge commit (`merge`) or its head (`head`). */
  checkout?: 'merge' | 'head' | 'other';
}

function need(root: string, commit: string, what: string): void {
  if (hasCommit(root, commit)) return;
  const fetched = fetchCommit(root, commit);
  if (!fetched.ok) {
    throw new UsageError(
      `The baseline, ${what} (${commit}), is not in the checkout and could not be fetched from origin` +
        `${fetched.err ? ` (${fetched.err.split('\n')[0]})` : ''}. Use actions/checkout with fetch-depth: 0, ` +
        `or set baseline-ref: none to count every finding as new`,
    );
  }
}

/** The merge base of `tip` and `head`, deepening a shallow clone once if needed. */
function mergeBaseOf(root: string, tip: string, head: string, what: string): string {
  let base = mergeBase(root, tip, head);
  if (!base && isShallow(root) && unshallow(root)) base = mergeBase(root, tip, head);
  if (!base) {
    throw new UsageError(
      `No merge base of ${what} and the checked-out commit ${head.slice(0, 12)} in the checkout's history; ` +
        'use actions/checkout with fetch-depth: 0, or set baseline-ref: none to count every finding as new',
    );
  }
  return base;
}

function pullRequestBase(root: string, context: RunContext, head: string): DefaultBase {
  const pr = context.event.pull_request!;
  const name = pr.base.ref;
  const parents = parentsOf(root, head);
  if (parents.length === 2 && parents[1] === pr.head.sha) {
    need(root, parents[0], `the first parent of the merge commit ${head.slice(0, 12)}`);
    return { head, checkout: 'merge', base: { commit: parents[0], name, how: "the merge commit's first parent: what the pull request merges into" } };
  }
  if (context.eventName === 'pull_request_target' && head === context.sha && head !== pr.head.sha) {
    return {
      head,
      checkout: 'other',
      reason: 'pull_request_target checks out the base branch unless told otherwise; the analysis is of the base branch, with no baseline',
    };
  }
  // A checkout of the head (or of a commit on the pull request's branch): the merge base with
  // the base branch, as `git diff base...head` and the pull request's "Files changed" use.
  const remote = `refs/remotes/origin/${name}`;
  const tip = hasCommit(root, remote) ? remote : pr.base.sha;
  if (tip === pr.base.sha) need(root, pr.base.sha, `the tip of ${name} when the event fired`);
  const base = mergeBaseOf(root, tip, head, tip === remote ? `origin/${name}` : `${name} @ ${pr.base.sha.slice(0, 7)}`);
  return {
    head,
    checkout: head === pr.head.sha ? 'head' : 'other',
    base: { commit: base, name, how: `the merge base of ${name} and the pull request's head` },
  };
}

export function defaultBase(root: string, context: RunContext): DefaultBase {
  if (context.eventName === 'merge_group') {
    const mg = context.event.merge_group!;
    need(root, mg.base_sha, "the merge queue's base commit");
    return { base: { commit: mg.base_sha, name: branchName(mg.base_ref), how: "the merge queue's base commit" } };
  }
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    return pullRequestBase(root, context, headCommit(root));
  }
  return {};
}
