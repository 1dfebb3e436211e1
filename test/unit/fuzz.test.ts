import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../src/engine/analyze';
import { buildSarif } from '../../src/report/sarif';
import { ALL_RULES } from '../../src/rules';
import { run } from '../../src/pipeline/run';
import { resolveSettings } from '../../src/settings/settings';
import { python, REPO, tempRepo } from '../helpers';

/**
 * Property: whatever a Python file is mutated into (cut, duplicated, truncated, sprinkled with odd
 * characters), analysing it with every rule throws nothing, reports no internal error, keeps every
 * position inside the file, and yields schema-valid SARIF.
 */
function seeds(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.py')) out.push(fs.readFileSync(abs, 'utf8'));
    }
  };
  walk(path.join(REPO, 'examples'));
  // A few real files from the machine's standard library, when there is one (else the examples are enough).
  const stdlib = python()?.stdlib;
  if (stdlib) {
    for (const name of ['argparse.py', 'json/decoder.py', 'subprocess.py', 'typing.py', 'dataclasses.py']) {
      const file = path.join(stdlib, name);
      if (fs.existsSync(file)) out.push(fs.readFileSync(file, 'utf8').slice(0, 20_000));
    }
  }
  return out;
}

const ODD = [
  '\0',
  '\t',
  '\r',
  '\r\n',
  '\u2028',
  '\ufeff',
  '😀',
  '(',
  ')',
  '[',
  ':',
  '"',
  "'",
  '"""',
  '\\',
  '#',
  'lambda',
  'import ',
  'def ',
  'class ',
  '@',
  '=',
  ' ',
  '\n',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...ODD) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = { kind: string; at: number; length?: number; text?: string };

function apply(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + (m.length ?? 0));
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + (m.length ?? 0)) + text.slice(at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    default:
      return text.slice(0, at);
  }
}

describe('mutated Python never breaks the analysis', () => {
  const sources = seeds();
  const schema = JSON.parse(
    fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'sarif-2.1.0.json'), 'utf8'),
  );
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  // The schema's `uniqueItems` on a tool's rules makes Ajv compare every pair of rule descriptors,
  // deeply: with the whole catalogue, most of this test's time. The first SARIF is checked against
  // the whole schema, the others against the schema without that keyword and for distinct rule ids
  // (distinct ids make distinct descriptors, so this checks no less).
  const lean = JSON.parse(JSON.stringify(schema));
  delete lean.definitions.toolComponent.properties.rules.uniqueItems;
  const validateLean = new Ajv2020({ strict: false }).compile(lean);
  const sameIds = (log: { runs: { tool: { driver: { rules?: { id: string }[] } } }[] }): string[] =>
    log.runs.flatMap((r) => (r.tool.driver.rules ?? []).map((rule) => rule.id)).filter((id, i, all) => all.indexOf(id) !== i);
  const root = tempRepo({});
  const settings = resolveSettings({ root, paths: [root], jobs: 1 });

  test('no exception, no internal error, positions in bounds, valid SARIF', async () => {
    let inputs = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (index, mutations) => {
        const text = mutations.reduce(apply, sources[index]);
        const result = await analyzeSource('fuzz.py', Buffer.from(text), ALL_RULES);
        expect(result.notifications.filter((n) => n.id === 'internal-error')).toEqual([]);
        const lines = text.split(/\r\n|\r|\n/).length;
        // Every position inside the file, each range in order (one expectation for all findings).
        const outOfBounds = result.findings.filter(
          (f) => !(f.line >= 1 && f.endLine <= lines && f.column >= 1 && (f.endLine > f.line || f.endColumn >= f.column)),
        );
        expect(outOfBounds).toEqual([]);
        // The whole pipeline, for the SARIF: the mutated file on disk, analysed by run(). On every
        // third input: it analyses the file a second time, and the engine's part is checked above.
        if (++inputs % 3 !== 0) return;
        fs.writeFileSync(path.join(root, 'fuzz.py'), text);
        const outcome = await run(settings);
        const sarif = buildSarif(outcome) as Parameters<typeof sameIds>[0];
        expect(inputs === 3 ? validate(sarif) : validateLean(sarif)).toBe(true);
        expect(sameIds(sarif)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
