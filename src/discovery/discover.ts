import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { compilePattern, IgnoreStack, matchesAny, matchesPath, relTo, type Pattern } from './glob';
import type { Notification, SourceFile } from '../engine/types';

export type { SourceFile };

/** Directories never descended into (by name), wherever they are. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  'node_modules',
  'build',
  'dist',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.tendril_cache',
];

export interface DiscoverOptions {
  /**
   * Paths left out while walking directories (gitignore-style patterns, see src/engine/glob.ts);
   * default: DEFAULT_EXCLUDES. `exclude` in the configuration replaces it, `extend-exclude` adds.
   */
  exclude?: readonly Pattern[];
  /** Honour `.gitignore` files (nested ones too); default true. */
  gitignore?: boolean;
}

/** DEFAULT_EXCLUDES as patterns: each a directory name at any depth. */
export function defaultExcludes(root: string): Pattern[] {
  return DEFAULT_EXCLUDES.map((name) => compilePattern(name + '/', root)!);
}

/** One of DEFAULT_EXCLUDES, as `defaultExcludes` compiles it. */
function isDefaultExclude(pattern: Pattern): boolean {
  return pattern.source.endsWith('/') && DEFAULT_EXCLUDES.includes(pattern.source.slice(0, -1));
}

/** True for an extensionless file whose first line is a Python shebang (`#!/usr/bin/env python3`). */
function hasPythonShebang(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    const buffer = Buffer.alloc(128);
    const n = fs.readSync(fd, buffer, 0, 128, 0);
    const first = buffer.subarray(0, n).toString('latin1').split('\n')[0];
    return /^#!.*\bpython(?:[0-9.]*)(?:\s|$)/.test(first);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface Discovery {
  files: SourceFile[];
  notifications: Notification[];
}

function toRel(root: string, abs: string): string {
  return relTo(root, abs) ?? path.relative(root, abs).split(path.sep).join('/');
}

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The git work tree that holds `dir`, or `dir` itself: the default root for URIs. */
export function findRoot(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(dir);
    current = parent;
  }
}

/**
 * Expands the paths to analyse into Python files under `root`: directories are walked (sorted,
 * default excludes skipped, symbolic links to directories not followed, so no loop and no escape),
 * `*.py` files are taken; a file named explicitly is taken whatever its name. A file reached
 * through a link is taken only if its target is inside the root. The result is sorted and
 * deduplicated, so the same tree always gives the same list.
 */
export function discover(root: string, paths: readonly string[], options: DiscoverOptions = {}): Discovery {
  const realRoot = fs.realpathSync(root);
  const exclude = options.exclude ?? defaultExcludes(root);
  const useGitignore = options.gitignore ?? true;
  const files = new Map<string, SourceFile>();
  const notifications: Notification[] = [];

  const addFile = (abs: string, stat: fs.Stats): void => {
    const rel = toRel(root, abs);
    if (!files.has(rel)) files.set(rel, { abs, rel, size: stat.size });
  };

  const linkTargetInside = (abs: string): fs.Stats | undefined => {
    try {
      const target = fs.realpathSync(abs);
      if (!inside(realRoot, target)) return undefined;
      return fs.statSync(target);
    } catch {
      return undefined;
    }
  };

  const walkDir = (dir: string, parentIgnores: IgnoreStack): void => {
    const ignores = useGitignore ? parentIgnores.enter(dir) : parentIgnores;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const rel = toRel(root, dir) || '.';
      notifications.push({
        level: 'error',
        id: 'file-unreadable',
        path: rel,
        message: `Directory ${rel} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); files below it were not analysed.`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // The directories above were found clear on the way down: only this one's path is tested.
        if (!matchesPath(exclude, abs, true) && !ignores.ignored(abs, true)) walkDir(abs, ignores);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const python = entry.name.endsWith('.py');
        if (!python && entry.name.includes('.')) continue;
        if (matchesPath(exclude, abs, false) || ignores.ignored(abs, false)) continue;
        // A link is taken only when its target is a file inside the root; links to directories are
        // never followed (no loops, no escape).
        const stat = entry.isFile() ? fs.statSync(abs) : linkTargetInside(abs);
        if (!stat?.isFile()) continue;
        if (python || hasPythonShebang(abs)) addFile(abs, stat);
      }
    }
  };

  for (const given of paths) {
    const abs = path.resolve(given);
    if (!inside(root, abs)) {
      throw new UsageError(`${given} is outside the analysis root ${root}; pass --root with a directory that holds every path`);
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`path not found: ${given}`);
    }
    if (!inside(realRoot, fs.realpathSync(abs))) {
      throw new UsageError(`${given} is a symbolic link (or below one) that leads outside the analysis root ${root}; not followed`);
    }
    if (stat.isDirectory()) {
      // The .gitignore files of the directories above, down from the root.
      let ignores = IgnoreStack.empty();
      if (useGitignore) {
        const chain: string[] = [];
        for (let d = path.dirname(abs); inside(root, d) && d !== abs; d = path.dirname(d)) {
          chain.unshift(d);
          if (d === root || path.dirname(d) === d) break;
        }
        for (const d of chain) ignores = ignores.enter(d);
      }
      // A directory given that an exclude pattern covers (itself or a directory above it, below
      // the pattern's base) has every file below it excluded: said, not silently 0 files.
      const by = exclude.find((pattern) => matchesAny([pattern], abs, true));
      if (!by) walkDir(abs, ignores);
      else {
        const rel = toRel(root, abs) || '.';
        notifications.push({
          level: 'warning',
          id: 'path-excluded',
          path: rel,
          message:
            `${given} was not analysed: the exclude pattern '${by.source}'${isDefaultExclude(by) ? ' (a default)' : ''} covers it; ` +
            `to analyse it, replace the excludes ('exclude' in the configuration, or --exclude), or name its files.`,
        });
      }
    } else if (stat.isFile()) addFile(abs, stat);
    else throw new UsageError(`not a file or directory: ${given}`);
  }

  return {
    files: [...files.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)),
    notifications,
  };
}
