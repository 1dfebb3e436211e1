import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { UsageError } from '../errors';

/** True when a pyproject.toml has a `[tool.tendril]` table; invalid TOML is an error naming the file. */
function hasTendrilTable(file: string): boolean {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new UsageError(`${file} is not valid TOML: ${first}`);
  }
  const tool = doc.tool as Record<string, unknown> | undefined;
  return typeof tool === 'object' && tool !== null && 'tendril' in tool;
}

/** The configuration file of one directory, if it has one (see findConfig). */
export function configIn(dir: string): string | undefined {
  for (const name of ['tendril.toml', '.tendril.toml']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  const pyproject = path.join(dir, 'pyproject.toml');
  if (fs.existsSync(pyproject) && hasTendrilTable(pyproject)) return pyproject;
  return undefined;
}

/**
 * The configuration file used when none is named, found as Ruff finds its own: from `start` (the
 * directory of the analysed paths) upward, the nearest directory with `tendril.toml`, then
 * `.tendril.toml`, then a `pyproject.toml` that has a `[tool.tendril]` table (one without it is
 * passed over, but must still be valid TOML, as other Python tools also require).
 */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    const file = configIn(dir);
    if (file) return file;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The deepest directory holding every path: where the upward search for configuration starts. */
export function commonDirectory(paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const abs = path.resolve(p);
    return fs.existsSync(abs) && !fs.statSync(abs).isDirectory() ? path.dirname(abs) : abs;
  });
  let common = dirs[0] ?? process.cwd();
  for (const dir of dirs.slice(1)) {
    while (common !== path.dirname(common) && path.relative(common, dir).startsWith('..')) common = path.dirname(common);
  }
  return common;
}
