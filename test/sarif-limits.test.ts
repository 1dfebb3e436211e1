import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Finding } from '../src/engine/types';
import { countFindings, evaluateGates } from '../src/gate/gates';
import {
  applySarifLimits,
  capTags,
  GITHUB_LIMITS,
  LIMIT_NOTIFICATION_ID,
  MAX_GZIPPED_BYTES,
  MAX_LOCATIONS_PER_RESULT,
  MAX_RESULTS_PER_RUN,
  MAX_TAGS_PER_RULE,
  rankResults,
  serialiseSarif,
  type SarifLimits,
} from '../src/report/limits';
import { buildSarif, formatSarif, ruleDescriptor, sarifLimitDrops, writeSarif } from '../src/report/sarif';
import { formatSummary } from '../src/report/summary';
import { ALL_RULES } from '../src/rules';
import type { Outcome } from '../src/pipeline/run';
import { resolveSettings } from '../src/settings/settings';
import { tempRepo } from './helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NO_LIMITS: SarifLimits = { resultsPerRun: Infinity, gzippedBytes: Infinity, locationsPerResult: Infinity, tagsPerRule: Infinity };
const ROOT = tempRepo({});

function finding(ruleId: string, file: string, line = 1, message = 'm'): Finding {
  return { ruleId, path: file, line, column: 1, endLine: line, endColumn: 5, message };
}

/** An outcome as run() returns it, with the given findings, without analysing anything. */
function outcomeOf(findings: Finding[], select: string[]): Outcome {
  const settings = resolveSettings({ root: ROOT, paths: [ROOT], jobs: 1 }, { select });
  const counts = countFindings(findings);
  const gate = evaluateGates(counts, settings);
  return { settings, rules: settings.rules, files: 1, cached: 0, findings, notifications: [], counts, newCounts: counts, gate } as Outcome;
}

/** `n` findings of one rule in files that sort in order: f00000.py, f00001.py, ... */
function many(ruleId: string, n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => finding(ruleId, `f${String(i).padStart(5, '0')}.py`));
}

function limitNotes(run: Json): Json[] {
  return (run.invocations?.[0]?.toolExecutionNotifications ?? []).filter((n: Json) => n.descriptor?.id === LIMIT_NOTIFICATION_ID);
}

function uris(run: Json): string[] {
  return run.results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri);
}

describe("GitHub's SARIF limits", () => {
  test("the constants are GitHub's documented limits", () => {
    expect(MAX_RESULTS_PER_RUN).toBe(25_000);
    expect(MAX_GZIPPED_BYTES).toBe(10_000_000);
    expect(MAX_LOCATIONS_PER_RESULT).toBe(1_000);
    expect(MAX_TAGS_PER_RULE).toBe(20);
    expect(GITHUB_LIMITS).toEqual({ resultsPerRun: 25_000, gzippedBytes: 10_000_000, locationsPerResult: 1_000, tagsPerRule: 20 });
  });

  describe('25,000 results per run', () => {
    // Security run: 25,000 eval-used (5.5) findings and one assert-used (3.0), which sorts first by path.
    const over = outcomeOf([finding('assert-used', 'a.py'), ...many('eval-used', 25_000)], ['eval-used', 'assert-used']);
    const overWritten = writeSarif(over);

    test('25,001 findings: the 25,000 highest-ranked are kept, the lowest-ranked is dropped, with a notification', () => {
      const [run] = overWritten.log.runs as Json[];
      expect(run.automationDetails.id).toBe('tendril/security/');
      expect(run.results).toHaveLength(25_000);
      expect(run.results.some((r: Json) => r.ruleId === 'assert-used')).toBe(false);
      // The kept results stay in the writer's order, with their rule index.
      expect(uris(run)[0]).toBe('f00000.py');
      expect(uris(run)[24_999]).toBe('f24999.py');
      const notes = limitNotes(run);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ level: 'warning', descriptor: { id: 'sarif-limit' } });
      expect(notes[0].message.text).toContain('at most 25,000 results per run');
      expect(notes[0].message.text).toContain('of 25,001 results and dropped 1 (warning: 1)');
      expect(overWritten.drops).toEqual([expect.objectContaining({ category: 'tendril/security/', limit: 'results', dropped: 1, of: 25_001 })]);
      // The written text is that log (compared as canonical JSON: Jest's deep equality is slow on 25,000 results).
      expect(JSON.stringify(JSON.parse(overWritten.text))).toBe(JSON.stringify(overWritten.log));
    });

    test('among equals, the last by path and line is the one dropped', () => {
      // The limit is a parameter of the same code (the 25,000 of GitHub's is the test above's).
      const log = writeSarif(outcomeOf(many('eval-used', 101), ['eval-used']), { ...GITHUB_LIMITS, resultsPerRun: 100 }).log as Json;
      const run = log.runs[0];
      expect(run.results).toHaveLength(100);
      expect(uris(run)).not.toContain('f00100.py');
      expect(uris(run)[99]).toBe('f00099.py');
      expect(limitNotes(run)).toHaveLength(1);
    });

    test('the writer builds only the results the limit keeps, with the same bytes as cutting the whole log', () => {
      // Mixed kinds, levels, suppressed ones and ties, out of order: what the ranking reads.
      const mixed: Finding[] = [];
      const rules = ['eval-used', 'assert-used', 'subprocess-shell-true', 'unused-import', 'missing-function-docstring'];
      for (let i = 0; i < 700; i++) {
        const f = finding(rules[(i * 7) % rules.length], `d${i % 13}/m ${(i * 31) % 97}.py`, 1 + ((i * 17) % 50), `message ${i % 11}`);
        if (i % 9 === 0) f.suppressed = 'noqa';
        mixed.push(f);
      }
      const outcome = outcomeOf(mixed, rules);
      const limits: SarifLimits = { ...NO_LIMITS, resultsPerRun: 150 };
      const written = writeSarif(outcome, limits);
      const cutAfter = applySarifLimits(writeSarif(outcome, NO_LIMITS).log, limits);
      expect(written.text).toBe(cutAfter.text);
      expect(written.drops).toEqual(cutAfter.drops);
      expect((written.log.runs as Json[]).map((r) => r.results.length)).toEqual([150, 150]);
    });

    test('exactly 25,000 findings: the SARIF is untouched', () => {
      const outcome = outcomeOf(many('eval-used', 25_000), ['eval-used']);
      const written = writeSarif(outcome);
      expect(written.drops).toEqual([]);
      expect(written.text).toBe(writeSarif(outcome, NO_LIMITS).text);
      expect(formatSarif(outcome)).toBe(written.text);
      const run = (written.log.runs as Json[])[0];
      expect(run.results).toHaveLength(25_000);
      expect(limitNotes(run)).toEqual([]);
    });

    test('the job summary says what was dropped, with counts; nothing when nothing was', () => {
      const summary = formatSummary(over, 'tendril.sarif');
      expect(summary).toContain('**SARIF limits:** 1 result left out of the SARIF file, lowest-ranked first');
      expect(summary).toContain('<code>tendril\\/security\\/</code>: 1 of 25,001 results dropped (at most 25,000 per run)');
      expect(sarifLimitDrops(over)).toEqual(overWritten.drops);
      const small = outcomeOf([finding('eval-used', 'a.py')], ['eval-used']);
      expect(formatSummary(small, 'tendril.sarif')).not.toContain('SARIF limits');
      // Given explicitly, the drops are used as they are.
      expect(formatSummary(small, 'tendril.sarif', { sarifLimits: overWritten.drops })).toContain('**SARIF limits:**');
    });
  });

  test('serialisation: the outline indented, one result, rule and notification per line, the JSON of JSON.stringify', () => {
    const result = (line: number): Json => ({
      ruleId: 'eval-used',
      message: { text: `a "quoted" \u2028 line\n${line}` },
      locations: [{ physicalLocation: { region: { startLine: line } } }],
    });
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Tendril', rules: [{ id: 'eval-used', properties: { tags: ['security'] } }], notes: undefined } },
          invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }],
          results: [result(1), result(2), result(3)],
          artifacts: [],
          properties: { empty: {}, list: [1, 'two', null], skipped: () => 1 },
        },
      ],
    };
    const text = serialiseSarif(log);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(log)));
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(log));
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.split('\n');
    // Each result is one line of its own, compact, after the outline's indentation.
    for (const line of [1, 2, 3]) expect(lines.filter((l) => l.trim().replace(/,$/, '') === JSON.stringify(result(line)))).toHaveLength(1);
    expect(lines).toContain('            {"id":"eval-used","properties":{"tags":["security"]}}');
    expect(lines.slice(0, 4)).toEqual(['{', '  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",', '  "version": "2.1.0",', '  "runs": [']);
    // What JSON.stringify leaves out is left out here too; an empty object or list stays on its line.
    expect(text).not.toContain('notes');
    expect(text).not.toContain('skipped');
    expect(lines).toContain('      "artifacts": [],');
    expect(lines).toContain('        "empty": {},');
  });

  test('ranking: security by security-severity then precision, maintainability notes after; then path and line', () => {
    const outcome = outcomeOf(
      [
        finding('unused-import', 'a.py', 1),
        finding('cognitive-complexity', 'a.py', 2),
        finding('assert-used', 'a.py', 3),
        finding('call-with-shell-true', 'a.py', 4),
        finding('django-extra', 'a.py', 5),
        finding('eval-used', 'b.py', 6),
        finding('eval-used', 'a.py', 7),
        finding('subprocess-shell-true', 'z.py', 8),
      ],
      ['unused-import', 'cognitive-complexity', 'assert-used', 'call-with-shell-true', 'django-extra', 'eval-used', 'subprocess-shell-true'],
    );
    const [security, maintainability] = (buildSarif(outcome) as Json).runs;
    const order = (run: Json): string[] => rankResults(run).map((r) => `${r.ruleId}@${r.locations[0].physicalLocation.region.startLine}`);
    expect(order(security)).toEqual([
      'subprocess-shell-true@8', // 6.5
      'eval-used@7', // 5.5 high, a.py
      'eval-used@6', // 5.5 high, b.py
      'django-extra@5', // 5.5 medium
      'call-with-shell-true@4', // 4.5 low
      'assert-used@3', // 3.0
    ]);
    expect(order(maintainability)).toEqual(['unused-import@1', 'cognitive-complexity@2']); // very-high precision first
  });

  test('tags: at most 20 per rule, security/quality/maintainability and CWE tags kept first, a notification per run', () => {
    const cwes = Array.from({ length: 25 }, (_, i) => `external/cwe/cwe-${String(i + 1).padStart(3, '0')}`);
    expect(capTags(['security', ...cwes, 'family'], 20)).toEqual(['security', ...cwes.slice(0, 19)]);
    expect(capTags(['x', 'y', ...cwes, 'security'], 20)).toEqual([...cwes.slice(0, 19), 'security']);
    const others = Array.from({ length: 25 }, (_, i) => `t${i}`);
    expect(capTags([...others, 'quality', 'maintainability'], 20)).toEqual([...others.slice(0, 18), 'quality', 'maintainability']);

    const meta = ALL_RULES.find((r) => r.meta.id === 'eval-used')!.meta;
    const wide = ruleDescriptor({ ...meta, cwe: Array.from({ length: 30 }, (_, i) => i + 1) }) as Json;
    const fine = ruleDescriptor(meta) as Json;
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'Tendril', rules: [fine, wide] } }, automationDetails: { id: 'tendril/security/' }, results: [] }],
    };
    const before = serialiseSarif(log);
    const limited = applySarifLimits(log);
    expect(serialiseSarif(log)).toBe(before); // the input is not modified
    const [keptFine, keptWide] = limited.log.runs[0].tool.driver.rules;
    expect(keptFine).toEqual(fine);
    expect(keptWide.properties.tags).toHaveLength(20);
    expect(keptWide.properties.tags[0]).toBe('security');
    expect(keptWide.properties.tags.slice(1)).toEqual(wide.properties.tags.slice(1, 20));
    expect(limited.drops).toEqual([expect.objectContaining({ limit: 'tags', dropped: 12, of: 1 })]); // 32 tags -> 20
    expect(limitNotes(limited.log.runs[0])[0].message.text).toContain('dropped 12 tags from 1 rule');
  });

  test('locations: at most 1,000 per result, locations and relatedLocations alike', () => {
    const loc = (line: number): Json => ({ physicalLocation: { artifactLocation: { uri: 'a.py' }, region: { startLine: line } } });
    const lots = (n: number): Json[] => Array.from({ length: n }, (_, i) => loc(i + 1));
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Tendril', rules: [{ id: 'r' }] } },
          results: [
            { ruleId: 'r', message: { text: 'x' }, locations: lots(1_001), relatedLocations: lots(2_000) },
            { ruleId: 'r', message: { text: 'y' }, locations: lots(1_000), relatedLocations: lots(1_000) },
          ],
        },
      ],
    };
    const limited = applySarifLimits(log);
    const [a, b] = limited.log.runs[0].results;
    expect(a.locations).toHaveLength(1_000);
    expect(a.relatedLocations).toHaveLength(1_000);
    expect(a.locations[999].physicalLocation.region.startLine).toBe(1_000);
    expect(b).toBe(log.runs[0].results[1]);
    expect(limited.drops).toEqual([expect.objectContaining({ limit: 'locations', dropped: 1_001, of: 1 })]);
    // A run without invocations gets one, to carry the notification.
    expect(limitNotes(limited.log.runs[0])).toHaveLength(1);
  });

  describe('gzipped size', () => {
    // Messages that do not compress away: a few hundred bytes of distinct hex each.
    const noisy = (i: number): string =>
      gzipSync(Buffer.from(`finding ${i}`))
        .toString('hex')
        .repeat(4);
    const findings: Finding[] = [];
    for (let i = 0; i < 600; i++) {
      const file = `m${String(i).padStart(4, '0')}.py`;
      findings.push(finding(i % 3 === 0 ? 'subprocess-shell-true' : 'assert-used', file, 1, noisy(i)));
      findings.push(finding('unused-import', file, 2, noisy(i + 1_000)));
    }
    const outcome = outcomeOf(findings, ['subprocess-shell-true', 'assert-used', 'unused-import']);
    const full = writeSarif(outcome, NO_LIMITS);
    // Room for about 60% of it.
    const limits: SarifLimits = { ...GITHUB_LIMITS, gzippedBytes: Math.floor(gzipSync(full.text).length * 0.6) };
    const shown = limits.gzippedBytes.toLocaleString('en-US');
    const limited = writeSarif(outcome, limits);

    test('over the limit, the lowest-ranked results go until the gzipped file fits; the notifications say so', () => {
      expect(gzipSync(full.text).length).toBeGreaterThan(limits.gzippedBytes);
      expect(gzipSync(limited.text).length).toBeLessThanOrEqual(limits.gzippedBytes);
      const [security, maintainability] = limited.log.runs as Json[];
      // Notes (maintainability) go before any security result; then assert-used (3.0) before subprocess-shell-true (6.5).
      const keptSecurity = security.results.length;
      const keptNotes = maintainability.results.length;
      expect(keptSecurity + keptNotes).toBeLessThan(1_200);
      expect(keptSecurity + keptNotes).toBeGreaterThan(0);
      if (keptNotes > 0) expect(keptSecurity).toBe(600);
      if (keptSecurity < 600) expect(keptNotes).toBe(0);
      expect(security.results.filter((r: Json) => r.ruleId === 'subprocess-shell-true')).toHaveLength(200);
      // The dropped notes are the last by path: the kept ones are a prefix of the full run.
      expect(uris(maintainability)).toEqual(uris((full.log.runs as Json[])[1]).slice(0, keptNotes));
      const sizeDrops = limited.drops.filter((d) => d.limit === 'size');
      expect(sizeDrops.reduce((n, d) => n + d.dropped, 0)).toBe(1_200 - keptSecurity - keptNotes);
      expect(sizeDrops.find((d) => d.category === 'tendril/maintainability/')).toMatchObject({ of: 600, dropped: 600 - keptNotes });
      const note = limitNotes(maintainability)[0];
      expect(note.message.text).toContain(`at most ${shown} bytes gzipped`);
      expect(note.message.text).toContain(
        `dropped the ${(600 - keptNotes).toLocaleString('en-US')} lowest-ranked of the 600 results of this run (note: ${600 - keptNotes})`,
      );
      expect(formatSummary(outcome, 'tendril.sarif', { sarifLimits: limited.drops })).toMatch(
        /\*\*SARIF limits:\*\* [\d,]+ results left out of the SARIF file, lowest-ranked first, to stay within GitHub's upload limits: .*<code>tendril\\\/maintainability\\\/<\/code>: [\d,]+ of 600 results dropped \(gzipped file at most [\d,]+ bytes\)/,
      );
      expect(formatSummary(outcome, 'tendril.sarif', { sarifLimits: limited.drops })).toContain(`(gzipped file at most ${shown} bytes)`);
    });

    test('deterministic, and drops no more than a small chunk beyond what the limit needs', () => {
      expect(writeSarif(outcome, limits).text).toBe(limited.text);
      const kept = (limited.log.runs as Json[]).reduce((n, run) => n + run.results.length, 0);
      // With 5% more room than the file it wrote, the limit would have kept at least as many results.
      const roomier = writeSarif(outcome, { ...limits, gzippedBytes: Math.floor(limits.gzippedBytes * 1.05) });
      const keptRoomier = (roomier.log.runs as Json[]).reduce((n, run) => n + run.results.length, 0);
      expect(keptRoomier).toBeGreaterThanOrEqual(kept);
      // Not far below the limit: under 15% of the room left unused.
      expect(gzipSync(limited.text).length).toBeGreaterThan(limits.gzippedBytes * 0.85);
    });

    test('under the size limit nothing changes', () => {
      const roomy = writeSarif(outcome, { ...GITHUB_LIMITS, gzippedBytes: gzipSync(full.text).length });
      expect(roomy.drops).toEqual([]);
      expect(roomy.text).toBe(full.text);
    });

    test('a SARIF file cut down by the limits passes the SARIF 2.1.0 JSON schema', () => {
      const schema = JSON.parse(
        fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'sarif-2.1.0.json'), 'utf8'),
      );
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      const ok = validate(JSON.parse(limited.text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  });
});
