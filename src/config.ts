import * as fs from 'fs';
import * as path from 'path';

/**
 * The configuration file used when none is named: in the root, `tendril.toml`, then
 * `.tendril.toml`, then `pyproject.toml` (whose `[tool.tendril]` table is read; without one it
 * sets nothing, but it must still be valid TOML, as other Python tools also require).
 */
export function findConfig(root: string): string | undefined {
  for (const name of ['tendril.toml', '.tendril.toml', 'pyproject.toml']) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}
