import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../src/engine/analyze';
import { buildSarif } from '../../src/report/sarif';
import { ALL_RULES } from '../../src/rules';
import { run } from '../../src/pipeline/run';
import { resolveSettings } from '../../src/settings/settings';
import { REPO, tempRepo } from '../helpers';

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
  try {
    // A few real files from the machine's standard library, when there is one.
    const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
    for (const name of ['argparse.py', 'json/decoder.py', 'subprocess.py', 'typing.py', 'dataclasses.py']) {
      const file = path.join(stdlib, name);
      if (fs.existsSync(file)) out.push(fs.readFileSync(file, 'utf8').slice(0, 20_000));
    }
  } catch {
    // no python3: the examples are enough
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
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.endLine).toBeLessThanOrEqual(lines);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.endLine > f.line || f.endColumn >= f.column).toBe(true);
        }
        // The whole pipeline, for the SARIF: the mutated file on disk, analysed by run(). On every
        // third input: it analyses the file a second time, and the engine's part is checked above.
        if (++inputs % 3 !== 0) return;
        fs.writeFileSync(path.join(root, 'fuzz.py'), text);
        const outcome = await run(settings);
        expect(validate(buildSarif(outcome))).toBe(true);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
