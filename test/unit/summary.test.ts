import type { Finding, Notification } from '../../src/engine/types';
import { countFindings, evaluateGates, type GateResult } from '../../src/gate/gates';
import { WORD_JOINER } from '../../src/report/markdown';
import { formatSummary, RESULTS_KEPT_PER_RUN, sarifRunSizes, type SummaryOptions } from '../../src/report/summary';
import { writeSarif } from '../../src/report/sarif';
import type { Outcome } from '../../src/pipeline/run';
import { resolveSettings } from '../../src/settings/settings';
import { tempRepo } from '../helpers';

const ROOT = tempRepo({});
const SELECT = ['eval-used', 'subprocess-shell-true', 'assert-used', 'unused-import'];

function finding(ruleId: string, path: string, line = 1, message = 'm', baselineState?: Finding['baselineState']): Finding {
  return { ruleId, path, line, column: 1, endLine: line, endColumn: 5, message, ...(baselineState ? { baselineState } : {}) };
}

interface Extra {
  notifications?: Notification[];
  gate?: GateResult;
  baseline?: { ref: string; commit: string; fixed?: number };
}

/** An outcome as run() returns it, without analysing anything. */
function outcomeOf(findings: Finding[], extra: Extra = {}): Outcome {
  const settings = resolveSettings({ root: ROOT, paths: [ROOT], jobs: 1 }, { select: SELECT });
  const counts = countFindings(findings);
  const fresh = findings.filter((f) => f.baselineState === 'new');
  const newCounts = extra.baseline ? countFindings(fresh) : counts;
  const baseline = extra.baseline && {
    ref: extra.baseline.ref,
    commit: extra.baseline.commit,
    new: fresh.length,
    unchanged: findings.length - fresh.length,
    fixed: extra.baseline.fixed ?? 0,
  };
  return {
    settings,
    rules: settings.rules,
    files: 3,
    cached: 0,
    findings,
    notifications: extra.notifications ?? [],
    counts,
    newCounts,
    baseline,
    gate: extra.gate ?? evaluateGates(counts, settings, newCounts),
  } as Outcome;
}

const EVIL =
  '<img src=x onerror=alert(1)>![pwned](https://evil.example/p.png)\r\n# Gate passed `x` *b* <h1>big</h1> &amp; <!-- www.evil.example me@evil.example |';
const EVIL_PATH = `src/${EVIL.replace(/\//g, '_')}.py`;

/** Our own headings: anything else starting a line with `#` would be injected. */
const HEADINGS = /^(## Tendril|### (New findings|Findings|Top rules( \(new findings\))?|Top files( \(new findings\))?|\d+ file problems?))$/;

/** cmark-gfm's cell split: a `|` right after a backslash belongs to the cell. */
function cellCount(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') n++;
  return n - 1;
}

/** What must hold of any summary, whatever the data in it. */
function expectInert(summary: string): void {
  expect(summary).not.toMatch(/[\r\u2028\u2029\u0085]/);
  // The only HTML is the summary's own <code> elements.
  expect(summary.replace(/<\/?code>/g, '')).not.toMatch(/[<>]/);
  // Outside link destinations (made by safeUrl) and backslash escapes: no backtick, no image, no
  // bracket but those of the summary's links, nothing an autolink could start from.
  const destinations = summary.match(/\]\([^)\s]*\)/g) ?? [];
  for (const d of destinations) expect(d).toMatch(/^\]\((?:[A-Za-z0-9\-._~:/?#@!$*+,;=]|%[0-9A-F]{2}|\\&)*\)$/);
  const text = summary.replace(/\]\([^)\s]*\)/g, ']').replace(/\\[!-/:-@[-`{-~]/g, '');
  expect(text).not.toMatch(/[`!]/);
  expect(text.split('[').length - 1).toBe(destinations.length);
  expect(text).not.toMatch(/www\.|:\/\/|@[A-Za-z0-9]/i);
  for (const line of summary.split('\n')) {
    if (line.startsWith('#')) expect(line).toMatch(HEADINGS);
  }
  // Every table row has as many cells as its header.
  const lines = summary.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || (i > 0 && lines[i - 1].startsWith('|'))) continue;
    const width = cellCount(lines[i]);
    for (let j = i; j < lines.length && lines[j].startsWith('|'); j++) expect([lines[j], cellCount(lines[j])]).toEqual([lines[j], width]);
  }
}

const LINKS: SummaryOptions['links'] = { server: 'https://github.com', repository: 'octo/app', sha: 'abc123' };

test('the checks catch markup', () => {
  for (const bad of [
    '## Tendril\n\n# Gate passed\n',
    'a <img src=x>',
    'a ![x](u)',
    'a `x`',
    'see www.x.org',
    'a https://x',
    'a@b.c',
    '| a | b |\n| c | d | e |',
    'a\rb',
    '[x](a b)',
  ]) {
    expect(() => expectInert(bad)).toThrow();
  }
  expect(() => expectInert('## Tendril\n\n[<code>a\\.py</code>](https://x/a.py#L1) \\` \\!\n')).not.toThrow();
});

describe('untrusted data in the summary', () => {
  const findings = [
    finding('subprocess-shell-true', EVIL_PATH, 3, `call with ${EVIL}`, 'new'),
    finding('eval-used', 'ok.py', 9, 'eval of www.evil.example/x?a=1&b=2', 'unchanged'),
  ];
  const outcome = outcomeOf(findings, {
    baseline: { ref: `refs/heads/${EVIL}`, commit: '0123456789abcdef0123456789abcdef01234567', fixed: 1 },
    notifications: [{ level: 'error', id: 'syntax-error', path: EVIL_PATH, message: `Syntax error: ${EVIL}` }],
    gate: { failed: true, reasons: [`reason ${EVIL}`] },
  });
  const evilDrop = {
    category: `tendril/${EVIL}/`,
    limit: 'tags' as const,
    dropped: 1,
    of: 1,
    message: 'm',
    short: '1 tag dropped from 1 rule (at most 20 per rule)',
  };

  test('file names, messages, notifications, gate reasons, refs, categories, the SARIF name: no markup, one line each', () => {
    const summary = formatSummary(outcome, `out/${EVIL}.sarif`, {
      links: LINKS,
      annotations: { shown: 0, total: 1 },
      sarifLimits: [evilDrop],
      ruleDocs: (id) => `https://docs.example/rules (v1).md#${id}`,
    });
    expectInert(summary);
    expect(summary).toContain('**Gate failed:** reason &lt;img src\\=x');
    expect(summary).toContain(`**SARIF limits:** the SARIF file was trimmed to stay within GitHub's upload limits: <code>tendril\\/&lt;img`);
    expect(summary).toContain('SARIF: <code>out\\/&lt;img');
    expect(summary).toContain('Compared with <code>refs\\/heads\\/&lt;img');
    expect(summary).toContain('- error: Syntax error\\: &lt;img src\\=x');
    // The line link: the path percent-encoded, nothing of it able to end the destination.
    const row = summary.split('\n').find((l) => l.includes('blob/abc123/'))!;
    const url = /\]\((https:\/\/github\.com\/octo\/app\/blob\/abc123\/[^)\s]*#L3)\)/.exec(row)![1];
    expect(decodeURIComponent(url.slice('https://github.com/octo/app/blob/abc123/'.length, -'#L3'.length))).toBe(EVIL_PATH);
    // Rule docs: spaces and parentheses of the URL encoded.
    expect(summary).toContain('[<code>subprocess\\-shell\\-true</code>](https://docs.example/rules%20%28v1%29.md#subprocess-shell-true)');
  });

  test('the e-mail address and the www link in a message stay text', () => {
    const summary = formatSummary(outcome, undefined, { listed: 10 });
    expect(summary).toContain(`me\\@${WORD_JOINER}evil\\.example`);
    expect(summary).toContain('www\\.evil\\.example');
  });

  test('a hostile rule id and base are escaped too', () => {
    const odd = outcomeOf([finding('x`|<b>', 'a.py', 1, 'm', 'new')], { baseline: { ref: 'main', commit: 'f'.repeat(40) } });
    const summary = formatSummary(odd, undefined, { base: { name: `main${EVIL}`, commit: 'f'.repeat(40), how: EVIL }, ruleDocs: () => 'javascript:alert(1)' });
    expectInert(summary);
    expect(summary).toContain('<code>x\\`\\|&lt;b&gt;</code>');
    expect(summary).not.toContain('javascript');
    expect(summary).toContain('Compared with <code>main&lt;img');
  });
});

describe('with a baseline the summary leads with what the pull request introduced', () => {
  const findings = [
    finding('assert-used', 'old.py', 1, 'old', 'unchanged'),
    finding('assert-used', 'old.py', 2, 'old', 'unchanged'),
    finding('assert-used', 'old.py', 3, 'old', 'unchanged'),
    finding('eval-used', 'new.py', 4, 'new eval', 'new'),
    finding('subprocess-shell-true', 'new.py', 5, 'new shell', 'new'),
    finding('unused-import', 'other.py', 6, 'new import', 'new'),
  ];
  const outcome = outcomeOf(findings, { baseline: { ref: 'origin/main', commit: '3bc532e9d1f0aa55aa55aa55aa55aa55aa55aa55', fixed: 1 } });
  const base = { name: 'main', commit: '3bc532e9d1f0aa55aa55aa55aa55aa55aa55aa55', how: "the merge commit's first parent" };

  test('verdict, comparison, new findings, then the counts and the tops of the new findings', () => {
    const summary = formatSummary(outcome, 'tendril.sarif', { base, annotations: { shown: 1, total: 3 } });
    expectInert(summary);
    expect(summary).toContain("Compared with <code>main @ 3bc532e</code> (the merge commit\\'s first parent): **3 new**, 3 existing, 1 fixed.");
    const at = (s: string): number => {
      const i = summary.indexOf(s);
      expect([s, i >= 0]).toEqual([s, true]);
      return i;
    };
    const order = [
      '**Gate',
      'Compared with',
      '### New findings',
      'Analysed 3 files.',
      '| Kind | Severity | New | Existing |',
      'annotation shown',
      '### Top rules (new findings)',
      '### Top files (new findings)',
    ].map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(summary).toContain('listed above and in the SARIF file');
    // The tops count the new findings only: assert-used (3, all existing) is not among them.
    const rules = summary.slice(at('### Top rules'), at('### Top files'));
    expect(rules).not.toContain('assert');
    expect(rules).toContain('| <code>eval\\-used</code> | security | 1 |');
    const files = summary.slice(at('### Top files'));
    expect(files).toContain('| <code>new\\.py</code> | 2 |');
    expect(files).not.toContain('old');
    // The list: new findings only, most severe first.
    const list = summary.slice(at('### New findings'), at('Analysed'));
    expect(list).not.toContain('old.py');
    expect(list.indexOf('shell')).toBeLessThan(list.indexOf('new eval'));
    expect(list.indexOf('new eval')).toBeLessThan(list.indexOf('new import'));
  });

  test('without base: the ref and the commit', () => {
    const summary = formatSummary(outcome);
    expect(summary).toContain('Compared with <code>origin\\/main</code> (3bc532e9d1f0): **3 new**, 3 existing, 1 fixed.');
  });

  test('no new findings: no list, no tops', () => {
    const quiet = outcomeOf(findings.slice(0, 3), { baseline: { ref: 'main', commit: 'a'.repeat(40) } });
    const summary = formatSummary(quiet, undefined, { base });
    expect(summary).toContain('**0 new**, 3 existing, 0 fixed.');
    expect(summary).not.toContain('### New findings');
    expect(summary).not.toContain('### Top');
  });
});

describe('without a baseline', () => {
  const outcome = outcomeOf([finding('assert-used', 'a.py', 1), finding('assert-used', 'a.py', 2), finding('eval-used', 'b.py', 3)]);

  test('the order of before: verdict, counts, tops of all findings, the findings', () => {
    const summary = formatSummary(outcome, 'tendril.sarif', { annotations: { shown: 1, total: 3 } });
    expectInert(summary);
    const order = [
      '**Gate',
      'Analysed 3 files. SARIF: <code>tendril\\.sarif</code>.',
      '| Kind | Severity | Findings |',
      'listed below',
      '### Top rules\n',
      '### Top files\n',
      '### Findings\n',
    ].map((s) => summary.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(summary).toContain('| <code>assert\\-used</code> | security | 2 |');
    expect(summary).not.toContain('Compared with');
  });

  test('rule ids link to their documentation when ruleDocs says where', () => {
    const summary = formatSummary(outcome, undefined, { ruleDocs: (id) => (id === 'eval-used' ? `https://docs.example/rules.md#${id}` : undefined) });
    expect(summary).toContain('| [<code>eval\\-used</code>](https://docs.example/rules.md#eval-used) | security | 1 |');
    expect(summary).toContain('| <code>assert\\-used</code> | security | 2 |');
  });
});

describe("code scanning's 5,000 results per category", () => {
  const many = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding('assert-used', `f${String(i).padStart(5, '0')}.py`));

  test('said when a category has more, with its count', () => {
    expect(RESULTS_KEPT_PER_RUN).toBe(5_000);
    const outcome = outcomeOf(many(5_001));
    const summary = formatSummary(outcome, undefined, { sarifLimits: [] });
    expect(summary).toContain('**Code scanning limit:** GitHub code scanning keeps at most 5,000 results per category (SARIF run) of an upload');
    expect(summary).toContain('<code>tendril\\/security\\/</code>: 5,001 results');
    expect(summary).not.toContain('maintainability\\/</code>: ');
  });

  test('not said at 5,000', () => {
    expect(formatSummary(outcomeOf(many(5_000)))).not.toContain('Code scanning limit');
  });

  test('the runs as written win: their categories and sizes', () => {
    const outcome = outcomeOf(many(10));
    const written = writeSarif(outcome, undefined, { categorySuffix: 'changed/' });
    expect(sarifRunSizes(written.log)).toEqual([
      { category: 'tendril/security/changed/', results: 10 },
      { category: 'tendril/maintainability/changed/', results: 0 },
    ]);
    const summary = formatSummary(outcome, undefined, { sarifRuns: [{ category: 'tendril/security/changed/', results: 7_500 }] });
    expect(summary).toContain('<code>tendril\\/security\\/changed\\/</code>: 7,500 results');
  });
});

describe('size', () => {
  test('a large summary with a baseline stays within the limit, its tables whole', () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding('eval-used', `dir/file ${i}.py`, i + 1, `message ${'x'.repeat(50)} ${i}`, i % 2 ? 'new' : 'unchanged'),
    );
    const notifications: Notification[] = Array.from({ length: 30 }, (_, i) => ({
      level: 'warning',
      id: 'syntax-error',
      path: `n${i}.py`,
      message: `problem ${i}`,
    }));
    const outcome = outcomeOf(findings, { baseline: { ref: 'main', commit: 'b'.repeat(40) }, notifications });
    for (const limit of [3_000, 8_000, 50_000]) {
      const summary = formatSummary(outcome, 'tendril.sarif', { limit, links: LINKS });
      expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(limit);
      expect(summary.split('\n').every((line) => !line.startsWith('|') || line.endsWith('|'))).toBe(true);
      expectInert(summary);
    }
    const roomy = formatSummary(outcome, 'tendril.sarif', { limit: 50_000, links: LINKS });
    expect(roomy).toMatch(/\n\.\.\. and 100 more in the SARIF file\.\n/);
    expect(roomy).toContain('### 30 file problems');
    expect(roomy).toContain('- ... and 10 more (see the SARIF file)');
  });
});
