import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../src/engine/analyze';
import { ALL_RULES } from '../../src/rules';

/**
 * The configuration classes of the labelled corpus (test/taint/corpus/cookie, secret-key,
 * verification-off; README there): each vulnerable case is reported by its expected rule on its
 * `# expect:` line and by no rule of its class elsewhere; a safe case by none of them.
 */
const CORPUS = path.join(__dirname, '..', 'taint', 'corpus');
// The classes and their rules, as `npm run conformance -- taint` scores them.
const CLASSES = (require('../../scripts/conformance/taint.js') as { classes: { name: string; rules: string[] }[] }).classes.filter((c) =>
  ['cookie', 'secret-key', 'verification-off'].includes(c.name),
);

const cases = CLASSES.flatMap((cls) =>
  fs
    .readdirSync(path.join(CORPUS, cls.name))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((file) => [`${cls.name}/${file}`, cls] as const),
);

test.each(cases)('%s', async (name, cls) => {
  const source = fs.readFileSync(path.join(CORPUS, name), 'utf8');
  const rules = ALL_RULES.filter((r) => cls.rules.includes(r.meta.id));
  // The file's own name, as the run sees it (a Django settings module is known by its name or contents).
  const result = await analyzeSource(name, Buffer.from(source), rules);
  expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
  const want = source
    .split('\n')
    .flatMap((line, i) => {
      const m = /#\s*expect:\s*(\S+)/.exec(line);
      return m ? [`${m[1]}@${i + 1}`] : [];
    })
    .sort();
  expect(result.findings.map((f) => `${f.ruleId}@${f.line}`).sort()).toEqual(want);
});
