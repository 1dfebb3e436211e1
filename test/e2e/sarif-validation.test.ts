import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../helpers';
import { cli } from './inprocess';

const MULTITOOL_DIR = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));

/**
 * Two runs are validated: examples/ (a default run), and the web classes of the labelled taint
 * corpus with their rules (every data-flow rule of the web with its codeFlows, and the
 * configuration rules of the web), so each of those rules' descriptors and results is checked.
 */
const CONFORMANCE = require('../../scripts/conformance/taint.js') as { classes: { name: string; rules: string[] }[] };
// The classes of the web issue: all but the six of the first taint issue.
const FIRST_ISSUE = new Set(['command', 'code', 'sql', 'path', 'deserialization', 'ssrf']);
const WEB_CLASSES = CONFORMANCE.classes.filter((c) => !FIRST_ISSUE.has(c.name)).map((c) => c.name);
const WEB_RULES = CONFORMANCE.classes.filter((c) => WEB_CLASSES.includes(c.name)).flatMap((c) => c.rules);
/** One vulnerable case of the corpus for each of those rules (the validator's time grows with the file). */
function oneCasePerRule(): string[] {
  const corpus = path.join(REPO, 'test', 'taint', 'corpus');
  const chosen = new Map<string, string>();
  for (const cls of WEB_CLASSES) {
    for (const entry of fs.readdirSync(path.join(corpus, cls)).sort()) {
      if (!entry.endsWith('.py')) continue;
      const rule = /#\s*expect:\s*(\S+)/.exec(fs.readFileSync(path.join(corpus, cls, entry), 'utf8'))?.[1];
      if (rule && !chosen.has(rule)) chosen.set(rule, `test/taint/corpus/${cls}/${entry}`);
    }
  }
  return [...chosen.values()];
}

const TARGETS: { name: string; args: string[]; status: number }[] = [
  { name: 'examples/', args: ['examples'], status: 1 }, // the examples hold a critical alert
  {
    name: 'the web classes of the taint corpus',
    args: [...oneCasePerRule(), '--select', WEB_RULES.join(','), '--fail-on-security-severity', 'none', '--no-cache'],
    status: 0,
  },
];

describe('SARIF written on examples/ and on the web classes of the taint corpus', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tendril-sarif-'));
  const files = TARGETS.map((_, i) => path.join(dir, `out-${i}.sarif`));

  beforeAll(async () => {
    for (const [i, { args, status }] of TARGETS.entries()) {
      const r = await cli(['check', ...args, '--format', 'sarif', '--output', files[i]], REPO);
      expect(r.status).toBe(status);
    }
  });

  test('the corpus run holds a result of every rule selected, data-flow ones with their codeFlows', () => {
    const results = JSON.parse(fs.readFileSync(files[1], 'utf8')).runs[0].results as { ruleId: string; codeFlows?: unknown[] }[];
    const reported = new Set(results.map((r) => r.ruleId.replace(/\/test-code$/, '')));
    // The pattern rules scored with the verification-off class have no case of their own there.
    const patterns = ['flask-debug-true', 'jinja2-autoescape-false', 'request-without-cert-validation', 'ssl-unverified-context'];
    expect(WEB_RULES.filter((id) => !reported.has(id) && !patterns.includes(id))).toEqual([]);
    expect(results.filter((r) => r.ruleId === 'reflected-xss').every((r) => (r.codeFlows ?? []).length === 1)).toBe(true);
  });

  test.each(TARGETS.map((t, i) => [t.name, i] as const))('%s passes the SARIF 2.1.0 JSON schema', (_name, i) => {
    const schema = JSON.parse(fs.readFileSync(path.join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(fs.readFileSync(files[i], 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const multitool = path.join(MULTITOOL_DIR, 'Sarif.Multitool');
  const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
  // SARIF2005 asks for the tool's informationUri: the action sets it from GITHUB_ACTION_REPOSITORY
  // (where the action is published); a CLI run has no such address to give, so it may warn about that.
  const ALLOWED_WARNINGS = ['SARIF2005'];
  (linuxX64 ? test : test.skip)('both pass the SARIF Multitool validator (rule kinds Sarif;Gh): no error, no other warning', () => {
    const log = path.join(dir, 'validation.sarif');
    // One validator run for both files (it costs seconds to start), on one thread: the suite's
    // other processes have the cores (three pairs alone: 3.1-4.2 s of CPU against 4.4-4.7 s, and
    // half the page faults).
    const r = spawnSync(multitool, ['validate', ...files, '--rule-kind', 'Sarif;Gh', '--threads', '1', '--output', log], {
      encoding: 'utf8',
      // Without tiered PGO (the runtime's profiling of its own JIT code): a run this short never
      // uses the profiles; measured about 0.2 s of the validator's 2 s of CPU.
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_TieredPGO: '0' },
    });
    expect(r.error).toBeUndefined();
    // The validator exits 0 even when it finds problems: its own SARIF log is the verdict.
    const runs = JSON.parse(fs.readFileSync(log, 'utf8')).runs as { results?: unknown[]; artifacts?: unknown[] }[];
    const results = runs.flatMap((run) => (run.results ?? []) as { level?: string; ruleId: string; message: { arguments?: string[] } }[]);
    const problems = results
      .filter((x) => {
        const level = x.level ?? 'warning';
        return level === 'error' || (level === 'warning' && !ALLOWED_WARNINGS.includes(x.ruleId));
      })
      .map((x) => `${x.ruleId} ${x.message.arguments?.join(' ')}`);
    expect(problems).toEqual([]);
    // Both files were read.
    expect(JSON.stringify(runs)).toContain('out-1.sarif');
  });
});
