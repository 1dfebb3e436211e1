import * as fs from 'fs';
import * as path from 'path';
import { tracksAnything } from '../baseline/git';

/**
 * Whether a result cache may be used: a cache that the analysed commit can write is never
 * trusted. The cache maps a file's bytes to its findings, so a pull request that commits an
 * edited cache file could have its own injection reported clean. Entries are already bound to
 * the engine build (src/engine/cache.ts), but a build's identity is public (the hash of a
 * published bundle), so that binding only keeps builds apart; it is no defence. Refused:
 *
 * - a cache directory with anything in it tracked by git (the commit wrote it);
 * - in the action, a cache directory inside the workspace (the analysed tree: anything in it,
 *   tracked or not, may come from the commit, and a committed symbolic link can point anywhere,
 *   so the real path is what counts).
 *
 * Returns why the cache is refused, or undefined when it may be used.
 */
export function cacheRefusal(dir: string, root: string, workspace?: string): string | undefined {
  const abs = path.resolve(root, dir);
  if (workspace) {
    const ws = realish(workspace);
    const real = realish(abs);
    if (inside(abs, path.resolve(workspace)) || inside(real, ws)) {
      return (
        `the cache directory ${abs} is inside the workspace, which the analysed commit writes, so its results cannot be trusted; ` +
        'the cache is off for this run. Keep it outside the workspace (the default, under RUNNER_TEMP), restored and saved with actions/cache'
      );
    }
  }
  if (inside(abs, path.resolve(root)) && tracksAnything(root, path.relative(root, abs) || '.')) {
    return `the cache directory ${abs} holds files tracked by git: the analysed commit wrote them, so they cannot be trusted; the cache is off for this run`;
  }
  return undefined;
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  let dir = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(dir), ...rest.reverse());
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(p);
      rest.push(path.basename(dir));
      dir = parent;
    }
  }
}
