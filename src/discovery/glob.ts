import * as fs from 'fs';
import * as path from 'path';

/**
 * Glob patterns with gitignore's rules, used for `.gitignore` files, `exclude`/`extend-exclude`
 * and `per-file-ignores`: a pattern without a `/` (other than a trailing one) matches a name at
 * any depth; one with a `/` is anchored to its base directory; `*` and `?` stay within a path
 * segment, `**` crosses segments, `[...]` is a class; a trailing `/` matches directories only; a
 * leading `!` (in `.gitignore`) re-includes.
 */
export interface Pattern {
  regex: RegExp;
  dirOnly: boolean;
  negated: boolean;
  /** Absolute directory the pattern is relative to. */
  base: string;
  source: string;
}

function segmentToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` any leading directories, `/**` anything below, `**` alone anything.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let cls = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out += `[${cls}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) out += '\\' + glob[++i];
    else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

export function compilePattern(raw: string, base: string): Pattern | undefined {
  let p = raw.replace(/(?<!\\)\s+$/, '');
  if (p === '' || p.startsWith('#')) return undefined;
  let negated = false;
  if (p.startsWith('!')) {
    negated = true;
    p = p.slice(1);
  }
  if (p.startsWith('./')) p = p.slice(2);
  let dirOnly = false;
  if (p.endsWith('/')) {
    dirOnly = true;
    p = p.slice(0, -1);
  }
  if (p === '') return undefined;
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const body = segmentToRegex(p);
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`);
  return { regex, dirOnly, negated, base, source: raw };
}

/** `rel`: the path relative to the pattern's base, `/`-separated. */
function matchesRel(pattern: Pattern, rel: string, isDir: boolean): boolean {
  if (pattern.dirOnly && !isDir) return false;
  return pattern.regex.test(rel);
}

/** `abs` relative to `base`, `/`-separated; undefined unless `abs` is below `base`. */
export function relTo(base: string, abs: string): string | undefined {
  // Both paths come absolute and normalised (path.resolve, path.join), so a plain prefix is the
  // common case; path.relative, ten times slower, is left for the rest (a case difference on Windows).
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  let rel: string;
  if (abs.length > prefix.length && abs.startsWith(prefix)) rel = abs.slice(prefix.length);
  else {
    rel = path.relative(base, abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  }
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/**
 * True when `abs` or one of its parent directories (below the pattern's base) matches a pattern:
 * `tests/` or `tests` covers every file under tests. Used for exclude and per-file-ignores.
 */
export function matchesAny(patterns: readonly Pattern[], abs: string, isDir: boolean): boolean {
  for (const pattern of patterns) {
    const rel = relTo(pattern.base, abs);
    if (rel === undefined) continue;
    for (let end = rel.indexOf('/'); end >= 0; end = rel.indexOf('/', end + 1)) {
      if (matchesRel(pattern, rel.slice(0, end), true)) return true;
    }
    if (matchesRel(pattern, rel, isDir)) return true;
  }
  return false;
}

/**
 * True when `abs` itself matches a pattern: what a directory walk asks of each entry once it has
 * found the directories above it clear (with matchesAny for the walk's starting directory).
 */
export function matchesPath(patterns: readonly Pattern[], abs: string, isDir: boolean): boolean {
  let base: string | undefined;
  let rel: string | undefined;
  for (const pattern of patterns) {
    // Patterns from one configuration share their base: the relative path is worked out once.
    if (pattern.base !== base) {
      base = pattern.base;
      rel = relTo(base, abs);
    }
    if (rel !== undefined && matchesRel(pattern, rel, isDir)) return true;
  }
  return false;
}

/**
 * The `.gitignore` files in force in one directory: its parent's patterns then its own, last match
 * wins (so a nested `!keep.py` re-includes). Directories are tested as they are walked, so a file
 * below an ignored directory is never reached (git does not re-include it either).
 */
export class IgnoreStack {
  private constructor(private readonly patterns: readonly Pattern[]) {}

  static empty(): IgnoreStack {
    return new IgnoreStack([]);
  }

  /** This directory's `.gitignore` added to the inherited patterns. */
  enter(dir: string): IgnoreStack {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    } catch {
      return this;
    }
    const own = text
      .split(/\r?\n/)
      .map((line) => compilePattern(line, dir))
      .filter((p): p is Pattern => p !== undefined);
    return own.length ? new IgnoreStack([...this.patterns, ...own]) : this;
  }

  ignored(abs: string, isDir: boolean): boolean {
    let result = false;
    for (const pattern of this.patterns) {
      const rel = relTo(pattern.base, abs);
      if (rel === undefined) continue;
      if (matchesRel(pattern, rel, isDir)) result = !pattern.negated;
    }
    return result;
  }
}
