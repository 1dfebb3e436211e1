/**
 * How the catalogue is put together: a rule is found by its id (a file named after it, or the
 * file of a family of rules that differ only in data), and a new rule needs only its file, since
 * the catalogue's module list is generated from the rule folders.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../src/rules';

const RULES_DIR = path.join(__dirname, '..', '..', 'src', 'rules');

/**
 * Files that hold a table of rules differing only in data (as Bandit's blacklists and Ruff's
 * `suspicious_function_call`), named after the family. Every other rule has a file of its own.
 */
const FAMILIES: Record<string, string> = {
  'security/blacklist-calls.ts': "Bandit's call blacklist (B301-B324): one table row per rule",
  'security/blacklist-imports.ts': "Bandit's import blacklist (B401-B415): one table row per rule",
  'security/taint-flows.ts':
    'the data-flow rules: one table row per sink class, a rule for network input and, where it can reach the sink, one for local input',
};

/** Every rule file's text, by `kind/file`, read once (each rule's id is looked for in all of them). */
const RULE_FILES = ['security', 'maintainability'].flatMap((kind) =>
  fs.readdirSync(path.join(RULES_DIR, kind)).map((file) => ({ name: `${kind}/${file}`, text: fs.readFileSync(path.join(RULES_DIR, kind, file), 'utf8') })),
);

function definingFile(id: string): string[] {
  const pattern = new RegExp(`\\bid: '${id}'`);
  return RULE_FILES.filter((f) => pattern.test(f.text)).map((f) => f.name);
}

test('the generated module list is current (node scripts/gen-catalogue.js)', () => {
  expect(() => execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'gen-catalogue.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
});

test("each rule is defined in the file named after its id, or in its family's file", () => {
  const misplaced = ALL_RULES.map((rule) => ({ id: rule.meta.id, files: definingFile(rule.meta.id) })).filter(
    ({ id, files }) => !(files.length === 1 && (files[0].endsWith(`/${id}.ts`) || files[0] in FAMILIES)),
  );
  expect(misplaced).toEqual([]);
});

test('each family file holds a table of several rules', () => {
  for (const file of Object.keys(FAMILIES)) {
    const rules = ALL_RULES.filter((rule) => definingFile(rule.meta.id).includes(file));
    expect({ file, several: rules.length > 1 }).toEqual({ file, several: true });
  }
});

test('rule ids are unique and kebab-case, names PascalCase', () => {
  const ids = ALL_RULES.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of ALL_RULES) {
    expect(rule.meta.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(rule.meta.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  }
});

test('every short description starts with a capital letter (GitHub code scanning lists alerts by it)', () => {
  const lowercase = ALL_RULES.filter((rule) => !/^[A-Z]/.test(rule.meta.shortDescription)).map((rule) => `${rule.meta.id}: ${rule.meta.shortDescription}`);
  expect(lowercase).toEqual([]);
});
