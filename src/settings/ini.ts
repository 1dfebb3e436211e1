/**
 * A reader of INI files as Python's configparser reads them for flake8 (`.flake8`, `setup.cfg`,
 * `tox.ini`), Bandit (`.bandit`) and Pylint (`.pylintrc`): `[section]` headers, `key = value` or
 * `key: value` (keys lower-cased), values continued on more-indented lines, full-line comments
 * starting with `#` or `;`. No interpolation and no inline comments (flake8 reads with neither).
 *
 * The text is untrusted (a pull request writes it): the reader is linear, keeps no more than it
 * reads, and a line configparser would refuse makes the whole file unreadable, as for the tool.
 */

export interface IniFile {
  /** Sections by name as written; keys lower-cased; the last of a repeated key wins. */
  sections: Map<string, Map<string, string>>;
}

export type IniResult = { ok: true; ini: IniFile } | { ok: false; line: number; reason: string };

export function parseIni(text: string): IniResult {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  let keyIndent = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const indent = line.length - line.trimStart().length;
    // A continuation: more indented than the key it continues.
    if (current && lastKey !== undefined && indent > keyIndent) {
      if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
      current.set(lastKey, `${current.get(lastKey)}\n${trimmed}`);
      continue;
    }
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]*)\]\s*$/.exec(trimmed);
    if (header) {
      const name = header[1].trim();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      lastKey = undefined;
      continue;
    }
    if (!current) return { ok: false, line: i + 1, reason: 'a key before any [section]' };
    const eq = trimmed.search(/[=:]/);
    if (eq <= 0) return { ok: false, line: i + 1, reason: 'neither a [section], a key = value nor a comment' };
    lastKey = trimmed.slice(0, eq).trim().toLowerCase();
    keyIndent = indent;
    current.set(lastKey, trimmed.slice(eq + 1).trim());
  }
  return { ok: true, ini: { sections } };
}

/** A list value: items separated by commas or new lines (flake8's and Pylint's lists), trimmed, empty ones dropped. */
export function iniList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
