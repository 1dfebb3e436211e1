import * as fs from 'fs';
import * as path from 'path';
import { REPO, runCli, tempRepo } from '../helpers';
import { cli } from './inprocess';

// Fixtures carry docstrings so that each test sees only the findings it is about.
/** Certificate verification turned off: request-without-cert-validation, high (8.0). */
const HIGH = '"""Module."""\nimport requests\n\n\ndef f(url):\n    """Fetch."""\n    return requests.get(url, verify=False, timeout=10)\n';
const LOW = '"""Module."""\nimport subprocess\nsubprocess.call("/bin/ls", shell=True)\n';
const UNUSED = '"""Module."""\nimport os\n';

// dist/cli.js under Node 24 (runCli) where the process is the point: its exit codes and streams,
// worker threads; the rest in this process (./inprocess.ts).
describe('tendril check', () => {
  test('findings on the repository examples, text report, exit 1 on the critical alert', () => {
    const r = runCli(['check', 'examples'], REPO);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('examples/webapp/deploy.py:11:5');
    expect(r.stdout).toMatch(/subprocess-shell-true\s/);
    expect(r.stdout).toContain('subprocess-shell-true-literal');
    expect(r.stdout).toContain('unused-import');
    expect(r.stdout).not.toContain('views.py');
    // The Flask app: a critical data-flow alert at the sink, with its path through the helper.
    expect(r.stdout).toMatch(/examples\/flaskapp\/app\.py:18:\d+ +critical +command-injection +This command depends on a user-provided value/);
    expect(r.stdout).toMatch(/path: examples\/flaskapp\/app\.py:17 .* -> examples\/flaskapp\/app\.py:11 -> examples\/flaskapp\/app\.py:18 /);
    // The shell command built from a helper's arguments is medium: no path from outside input is proven.
    expect(r.stdout).toMatch(/examples\/webapp\/deploy\.py:11:5 +medium +subprocess-shell-true /);
    expect(r.stdout).toMatch(/Gate failed: 1 security finding at or above high severity \(1 critical\)/);
    expect(r.stdout).not.toContain('\x1b['); // not a terminal: no colour
  });

  test('exit 0 when no gate fails; gates follow the flags', async () => {
    const dir = tempRepo({ 'low.py': LOW, 'unused.py': UNUSED });
    expect((await cli(['check'], dir)).status).toBe(0);
    expect((await cli(['check', '--fail-on-security-severity', 'low'], dir)).status).toBe(1);
    expect((await cli(['check', '--max-maintainability-findings', '0'], dir)).status).toBe(1);
    expect((await cli(['check', '--max-maintainability-findings', '1'], dir)).status).toBe(0);
  });

  test('a project named by its absolute path from inside another git tree: its own work tree is the root; a default-excluded directory named is said (issue 21)', async () => {
    const project = tempRepo({ 'pkg/app.py': UNUSED, 'venv/lib/v.py': UNUSED });
    const elsewhere = tempRepo({ 'other.py': UNUSED });
    const r = await cli(['check', path.join(project, 'pkg'), path.join(project, 'venv'), '--no-cache', '--format', 'json'], elsewhere);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`)).toEqual(['pkg/app.py unused-import']);
    expect(r.stderr).toContain(`tendril: warning: ${path.join(project, 'venv')} was not analysed: the exclude pattern 'venv/' (a default) covers it`);
  });

  test('usage errors: exit 2 with one line naming the problem, no stack trace', async () => {
    const dir = tempRepo({ 'a.py': UNUSED });
    const cases: [string[], RegExp][] = [
      [['check', '--format', 'xml'], /--format: 'xml' is not valid; accepted: text, sarif, json/],
      [['check', '--fail-on-security-severity', 'hgh'], /--fail-on-security-severity: 'hgh' is not a valid value; accepted: critical, high, medium, low, none/],
      [['check', '--jobs', '0'], /--jobs: '0' is not a valid value/],
      [['check', 'missing'], /path not found: missing/],
      [['check', '--select', 'nope'], /unknown rule in select 'nope'/],
      [['check', '--bogus'], /Unknown option '--bogus'/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, dir);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // The bundle's entry sets the exit code and prints nothing more.
    const r = runCli(['check', 'missing'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tendril: path not found: missing\n');
    expect(r.stdout).toBe('');
  });

  test('configuration file: keys apply, unknown keys and bad types fail with the file and key named', async () => {
    const dir = tempRepo({ 'low.py': LOW, 'pyproject.toml': '[tool.tendril]\nfail-on-security-severity = "low"\n' });
    expect((await cli(['check'], dir)).status).toBe(1);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\nignore = ["security"]\nfail-on-security-severity = "low"\n');
    expect((await cli(['check'], dir)).status).toBe(0);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\nfail-on = "low"\n');
    let r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pyproject\.toml: unknown key 'tool\.tendril\.fail-on'; accepted keys:/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril]\nmax-maintainability-findings = "ten"\n');
    r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pyproject\.toml: tool\.tendril\.max-maintainability-findings must be a whole number/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.tendril\n');
    r = await cli(['check'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pyproject\.toml is not valid TOML/);
  });

  test('data-flow results are the same bytes for --jobs 1 and --jobs 2, paths included', async () => {
    const corpus = path.join(REPO, 'test', 'taint', 'corpus');
    // Of the labelled corpus: the first case of each rule the corpus expects, every case across
    // modules (the flows the link phase joins after the workers) and the first three of each class.
    const seen = new Set<string>();
    const expects = (entry: string): string[] =>
      fs.statSync(entry).isDirectory()
        ? fs
            .readdirSync(entry)
            .sort()
            .flatMap((e) => expects(path.join(entry, e)))
        : entry.endsWith('.py')
          ? [...fs.readFileSync(entry, 'utf8').matchAll(/# expect: ([\w-]+)/g)].map((m) => m[1])
          : [];
    const cases = fs
      .readdirSync(corpus, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((cls) =>
        fs
          .readdirSync(path.join(corpus, cls.name))
          .sort()
          .map((e) => path.join(corpus, cls.name, e))
          .filter((e, i) => {
            const fresh = expects(e).filter((rule) => !seen.has(rule));
            fresh.forEach((rule) => seen.add(rule));
            return i < 3 || fresh.length > 0 || e.includes('cross-module');
          }),
      );
    const args = ['check', ...cases, '--root', corpus, '--select', 'security', '--format', 'sarif', '--no-cache'];
    // In this process (one thread), and the bundle with two worker threads.
    const one = await cli([...args, '--jobs', '1'], REPO);
    const two = runCli([...args, '--jobs', '2'], REPO);
    expect(two.stderr).toBe('');
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const results = JSON.parse(one.stdout).runs[0].results as { ruleId: string; codeFlows?: unknown[] }[];
    const flows = results.filter((r) => r.codeFlows);
    expect(flows.length).toBeGreaterThan(80);
    expect(flows.filter((r) => JSON.stringify(r.codeFlows).includes('cross-module')).length).toBeGreaterThan(10);
    // Every data-flow rule has a case in the corpus.
    expect(new Set(flows.map((r) => r.ruleId.replace(/\/test-code$/, ''))).size).toBe(29);
  });

  test('same bytes for any --jobs, and files that cannot be analysed are named, not lost', async () => {
    const files: Record<string, string | Buffer> = {
      'bad.py': 'def f(:\n    pass\nimport os\n',
      'binary.py': Buffer.from([0x00, 0x01, 0xff, 0xfe]),
      'latin.py': Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nimport os\ns = "'), Buffer.from([0xe9]), Buffer.from('"\n')]),
      'undecodable.py': Buffer.from([0x69, 0x6d, 0x70, 0xff, 0x0a]),
    };
    for (let i = 0; i < 12; i++) files[`pkg/m${i}.py`] = i % 3 === 0 ? HIGH : UNUSED;
    const dir = tempRepo(files);
    // In this process (one thread), and the bundle with two and four worker threads.
    const one = await cli(['check', '--format', 'sarif', '--jobs', '1'], dir);
    const two = runCli(['check', '--format', 'sarif', '--jobs', '2'], dir);
    const four = runCli(['check', '--format', 'sarif', '--jobs', '4'], dir);
    expect(two.status).toBe(1);
    expect(four.status).toBe(1);
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(four.stdout).toBe(one.stdout);
    const sarif = JSON.parse(one.stdout);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.py has a syntax error at line 1/),
        expect.stringMatching(/^binary\.py was not analysed: it contains NUL bytes/),
        expect.stringMatching(/^undecodable\.py was not analysed: it is not valid UTF-8/),
      ]),
    );
    const unused = sarif.runs[1].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(unused).toContain('latin.py'); // decoded as its coding declaration says
    expect(one.stderr).toMatch(/binary\.py was not analysed/);
  });

  test('--output writes the report and says so on stderr', async () => {
    const dir = tempRepo({ 'a.py': UNUSED });
    const r = await cli(['check', '--format', 'json', '-o', 'out/report.json'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/json report written to out\/report\.json/);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'unused-import', path: 'a.py', line: 2, column: 8, severity: 'note' })]);
  });

  test('tendril rules lists the catalogue; --version and help', async () => {
    const r = await cli(['rules'], REPO);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/unused-import\s+maintainability\s+note\s+F401, W0611/);
    expect(r.stdout).toMatch(/subprocess-shell-true\s+security\s+medium \(6\.5\)\s+B602, S602/);
    expect(r.stdout).toMatch(/request-without-cert-validation\s+security\s+high \(8\.0\)\s+B501, S501/);
    expect((await cli(['--version'], REPO)).stdout).toMatch(/^tendril \d+\.\d+\.\d+\n$/);
    expect((await cli(['help'], REPO)).stdout).toContain('Usage: tendril <command>');
  });
});
