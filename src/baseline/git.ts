import { spawnSync } from 'child_process';
import { UsageError } from '../errors';

/**
 * The few git commands a baseline needs, run in the analysis root with paths relative to it
 * (`--relative`, `./path`), so a root below the work tree's top works too.
 */
function git(root: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): { ok: boolean; out: string | Buffer; err: string } {
  const r = spawnSync('git', args, { cwd: root, encoding: encoding === 'utf8' ? 'utf8' : undefined, maxBuffer: 1 << 30 });
  if (r.error) throw new UsageError(`git could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}); a baseline needs git`);
  return { ok: r.status === 0, out: r.stdout as string | Buffer, err: String(r.stderr ?? '').trim() };
}

/** The full commit id of `ref`, or a UsageError that says how to make it available. */
export function resolveCommit(root: string, ref: string, source: string): string {
  if (ref.startsWith('-')) throw new UsageError(`${source}: '${ref}' is not a valid git revision`);
  const r = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!r.ok) {
    throw new UsageError(
      `${source}: '${ref}' is not a commit in this checkout. Fetch it first: actions/checkout with ` +
        `fetch-depth: 0, or 'git fetch --depth=1 origin ${ref}'`,
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
  for (let i = 0; i + 1 < fields.length; ) {
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
export function fetchCommit(root: string, sha: string): boolean {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
  return git(root, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]).ok && hasCommit(root, sha);
}
