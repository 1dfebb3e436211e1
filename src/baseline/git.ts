import { spawnSync } from 'child_process';
import { UsageError } from '../errors';

/**
 * The few git commands a baseline needs, run in the analysis root with paths relative to it
 * (`--relative`, `./path`), so a root below the work tree's top works too.
 */
function git(root: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8', input?: string): { ok: boolean; out: string | Buffer; err: string } {
  const r = spawnSync('git', args, { cwd: root, encoding: encoding === 'utf8' ? 'utf8' : undefined, maxBuffer: 1 << 30, input });
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
  /** The blob id of each regular file and symbolic link of the base tree (below the root), by path. */
  baseBlobs: Map<string, string>;
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
  // Entries are `<mode> <type> <id>\t<path>`, paths relative to the root (the working directory).
  const tree = git(root, ['ls-tree', '-r', '-z', commit, '.']);
  if (!tree.ok) throw new UsageError(`git ls-tree ${commit} failed: ${tree.err}`);
  const baseFiles = new Set<string>();
  const baseBlobs = new Map<string, string>();
  for (const entry of String(tree.out).split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, id] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    baseFiles.add(file);
    if (type === 'blob') baseBlobs.set(file, id);
  }
  return { changed, deleted, baseFiles, baseBlobs };
}

/**
 * The bytes of blobs by id, all from one `git cat-file --batch` (one process for a baseline's
 * files, not one per file); an id git does not have is left out of the map.
 */
export function readBlobs(root: string, ids: readonly string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (!ids.length) return blobs;
  for (const id of ids) if (!/^[0-9a-f]{40,64}$/.test(id)) throw new Error(`not an object id: ${JSON.stringify(id)}`);
  const r = git(root, ['cat-file', '--batch'], 'buffer', ids.join('\n') + '\n');
  if (!r.ok) throw new UsageError(`git cat-file failed: ${r.err}`);
  // Each answer: `<id> <type> <size>\n<content>\n`, or `<id> missing\n`.
  const out = r.out as Buffer;
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [id, type, size] = out.toString('latin1', at, eol).split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
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
