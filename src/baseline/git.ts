import { spawnSync } from 'child_process';
import { UsageError } from '../errors';

/**
 * The few git commands a baseline needs, run in the analysis root with paths relative to it
 * (`--relative`, `./path`), so a root below the work tree's top works too.
 */
function git(root: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): { ok: boolean; out: string | Buffer; err: string } {
  const r = spawnSync('git', args, { cwd: root, encoding: encoding === 'utf8' ? 'utf8' : undefined, maxBuffer: 1 << 30 });
  if (r.error) throw new UsageError(`git could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}); a baseline needs git`);
  const err = String(r.stderr ?? '').trim();
  if (r.status !== 0) gitRefusal(root, err);
  return { ok: r.status === 0, out: r.stdout as string | Buffer, err };
}

/**
 * Failures that say nothing about the revision asked for, but about git and the checkout: they
 * get their own cause instead of "not a commit in this checkout".
 */
function gitRefusal(root: string, err: string): void {
  if (/dubious ownership/i.test(err)) {
    throw new UsageError(
      `git refuses the repository at ${root}: "detected dubious ownership" (the checkout belongs to another user, as in ` +
        `container jobs). Mark it safe before this step: git config --global --add safe.directory "${root}"`,
    );
  }
  if (/not a git repository/i.test(err)) {
    throw new UsageError(
      `${root} is not in a git repository: a baseline needs the checkout's history (actions/checkout; if the ` +
        `repository is checked out into a subdirectory, set the working-directory input to it)`,
    );
  }
}

/** The commit checked out (HEAD), full id. */
export function headCommit(root: string): string {
  const r = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!r.ok) throw new UsageError(`git: the checkout at ${root} has no commit checked out (HEAD)${r.err ? `: ${r.err}` : ''}`);
  return String(r.out).trim();
}

/**
 * The parents of `commit` as its object records them: also in a shallow clone, where git itself
 * shows the commit without parents (the first parent of a merge commit can then be fetched).
 */
export function parentsOf(root: string, commit: string): string[] {
  const r = git(root, ['cat-file', 'commit', commit]);
  if (!r.ok) throw new UsageError(`git cat-file ${commit} failed: ${r.err}`);
  const header = String(r.out).split('\n\n')[0];
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
}

/** The best common ancestor of two commits, or undefined when the history does not have one. */
export function mergeBase(root: string, a: string, b: string): string | undefined {
  const r = git(root, ['merge-base', a, b]);
  return r.ok ? String(r.out).trim() : undefined;
}

/** True when the repository is a shallow clone. */
export function isShallow(root: string): boolean {
  const r = git(root, ['rev-parse', '--is-shallow-repository']);
  return r.ok && String(r.out).trim() === 'true';
}

/** Deepens a shallow clone to its full history (for a merge base). */
export function unshallow(root: string): boolean {
  return git(root, ['fetch', '--quiet', '--no-tags', '--unshallow', 'origin']).ok;
}

/** Paths tracked by git under `dir` (relative to the root), at most one. */
export function tracksAnything(root: string, dir: string): boolean {
  const r = spawnSync('git', ['ls-files', '-z', '--', dir], { cwd: root, encoding: 'utf8' });
  return r.status === 0 && r.stdout.length > 0;
}

/** The full commit id of `ref`, or a UsageError that says how to make it available. */
export function resolveCommit(root: string, ref: string, source: string): string {
  if (ref.startsWith('-')) throw new UsageError(`${source}: '${ref}' is not a valid git revision`);
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!r.ok) {
    throw new UsageError(
      `${source}: '${ref}' is not a commit in this checkout. Fetch it first: actions/checkout with ` + `fetch-depth: 0, or 'git fetch --depth=1 origin ${ref}'`,
    );
  }
  return String(r.out).trim();
}

export interface Changes {
  /** Head path -> base path, for files changed (M, T) or renamed (R) since the base. */
  changed: Map<string, string>;
  /** Paths in the base that are gone (deleted, or the old side of a rename). */
  deleted: Set<string>;
  /** Every file path in the base tree (below the root). */
  baseFiles: Set<string>;
}

/** What changed between `commit` and the working tree (renames detected, `git diff -M`). */
export function changesSince(root: string, commit: string): Changes {
  const diff = git(root, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', commit, '--']);
  if (!diff.ok) throw new UsageError(`git diff against ${commit} failed: ${diff.err}`);
  const fields = String(diff.out).split('\0');
  const changed = new Map<string, string>();
  const deleted = new Set<string>();
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i++];
    if (!status) break;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++];
      const to = fields[i++];
      changed.set(to, from);
      if (status.startsWith('R')) deleted.add(from);
    } else {
      const file = fields[i++];
      if (status === 'D') deleted.add(file);
      else if (status !== 'A') changed.set(file, file);
    }
  }
  const tree = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '.']);
  if (!tree.ok) throw new UsageError(`git ls-tree ${commit} failed: ${tree.err}`);
  const baseFiles = new Set(String(tree.out).split('\0').filter(Boolean));
  return { changed, deleted, baseFiles };
}

/** The bytes of `file` (relative to the root) at `commit`, or undefined if it is not there. */
export function showFile(root: string, commit: string, file: string): Buffer | undefined {
  const r = git(root, ['show', `${commit}:./${file}`], 'buffer');
  return r.ok ? (r.out as Buffer) : undefined;
}

/** True when `ref` names a commit in this checkout. */
export function hasCommit(root: string, ref: string): boolean {
  return !ref.startsWith('-') && git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok;
}

/**
 * Fetches one commit from origin (shallow), for the default pull request baseline when the
 * checkout is shallow: actions/checkout keeps the credentials for origin by default.
 */
export function fetchCommit(root: string, sha: string): { ok: boolean; err: string } {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { ok: false, err: `'${sha}' is not a commit id` };
  const r = git(root, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]);
  return { ok: r.ok && hasCommit(root, sha), err: r.err };
}
