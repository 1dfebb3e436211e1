/**
 * Which Python module each analysed file is, as the interpreter would import it, for the data-flow
 * analysis across files: a file's packages are the directories above it that hold an
 * `__init__.py`, and the first directory that does not is its import root (a `src/` layout, a
 * repository's top, a flat folder of scripts). `src/app/db.py` with `src/app/__init__.py` is
 * `app.db`, whichever directory the analysis starts from; `tools/cli.py` in a folder without
 * `__init__.py` is `cli`, and its project is every module of `tools/`.
 *
 * The names of an import root's top-level modules and packages are the calls a file may make into
 * the project (`from db import run_query` beside `app.py`); they are part of the cache key (with
 * the module name), so adding a module to a folder re-analyses that folder's files.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ModuleInfo } from '../engine/types';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ModuleMap {
  private readonly isPackageDir = new Map<string, boolean>();
  private readonly rootsOf = new Map<string, string[]>();

  /** `root`: the analysis root; files are named relative to it, and nothing above it is read. */
  constructor(private readonly root: string) {}

  /** The module of the file at `rel` (relative to the root, `/`-separated). */
  of(rel: string): ModuleInfo {
    const parts = rel.split('/');
    const file = parts.pop()!;
    const stem = file.replace(/\.pyi?$/, '');
    const isPackage = stem === '__init__';
    const names = isPackage ? [] : [stem];
    let dir = parts;
    while (dir.length > 0 && this.packageDir(dir.join('/'))) {
      names.unshift(dir[dir.length - 1]);
      dir = dir.slice(0, -1);
    }
    return { name: names.join('.'), isPackage, roots: this.roots(dir.join('/')) };
  }

  private packageDir(dir: string): boolean {
    let known = this.isPackageDir.get(dir);
    if (known === undefined) {
      known = fs.existsSync(path.join(this.root, dir, '__init__.py'));
      this.isPackageDir.set(dir, known);
    }
    return known;
  }

  /** Top-level modules (`name.py`) and packages (directories with `__init__.py`) of an import root. */
  private roots(dir: string): string[] {
    let names = this.rootsOf.get(dir);
    if (names) return names;
    const found = new Set<string>();
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(path.join(this.root, dir), { withFileTypes: true });
    } catch {
      // Unreadable: discovery reports it; the files in it have no project around them.
    }
    for (const entry of entries) {
      if (entry.isFile() && /\.pyi?$/.test(entry.name)) {
        const stem = entry.name.replace(/\.pyi?$/, '');
        if (IDENTIFIER.test(stem) && stem !== '__init__') found.add(stem);
      } else if (entry.isDirectory() && IDENTIFIER.test(entry.name) && this.packageDir(dir ? `${dir}/${entry.name}` : entry.name)) {
        found.add(entry.name);
      }
    }
    names = [...found].sort();
    this.rootsOf.set(dir, names);
    return names;
  }
}
