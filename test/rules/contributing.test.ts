/**
 * CONTRIBUTING.md's recipe for a new rule, followed on a copy of src/: the rule file it shows,
 * dropped into the copy's rule folder, is in the catalogue once the module list is regenerated
 * (nothing else edited), and its documented example and fixed example behave as promised.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.join(__dirname, '..', '..');

/** The first TypeScript block of CONTRIBUTING.md, its list indentation removed. */
function recipeRule(): string {
  const text = fs.readFileSync(path.join(REPO, 'CONTRIBUTING.md'), 'utf8');
  const m = /^( *)```ts\n([\s\S]*?)\n\1```$/m.exec(text);
  if (!m) throw new Error('CONTRIBUTING.md has no ```ts block');
  return m[2]
    .split('\n')
    .map((line) => line.slice(m[1].length))
    .join('\n');
}

test('a rule written as CONTRIBUTING.md says is in the catalogue with only its file added', async () => {
  const code = recipeRule();
  const id = /id: '([a-z0-9-]+)'/.exec(code)![1];
  const kind = /kind: '(security|maintainability)'/.exec(code)![1];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-recipe-'));
  try {
    fs.cpSync(path.join(REPO, 'src'), path.join(dir, 'src'), { recursive: true });
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const file = path.join(dir, 'src', 'rules', kind, `${id}.ts`);
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, code);
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'gen-catalogue.js'), '--rules', path.join(dir, 'src', 'rules')]);

    let loaded!: {
      rules: typeof import('../../src/rules');
      define: typeof import('../../src/rules/define');
      analyze: typeof import('../../src/engine/analyze');
    };
    jest.isolateModules(() => {
      loaded = {
        rules: require(path.join(dir, 'src', 'rules')),
        define: require(path.join(dir, 'src', 'rules', 'define')),
        analyze: require(path.join(dir, 'src', 'engine', 'analyze')),
      };
    });
    const rule = loaded.rules.ALL_RULES.find((r) => r.meta.id === id);
    expect(rule?.meta.kind).toBe(kind);
    const docs = loaded.define.docsOf(rule!)!;
    const count = async (source: string): Promise<number> =>
      (await loaded.analyze.analyzeSource('example.py', Buffer.from(source + '\n'), [rule!])).findings.length;
    expect(await count(docs.example)).toBeGreaterThan(0);
    expect(await count(docs.fixed)).toBe(0);
    // The real catalogue does not have it: the copy did.
    expect((require('../../src/rules') as typeof import('../../src/rules')).ALL_RULES.some((r) => r.meta.id === id)).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
