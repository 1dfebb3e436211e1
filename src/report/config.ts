import * as path from 'path';
import { UsageError } from '../errors';
import { namesRule } from '../engine/api';
import { ALL_RULES } from '../rules';
import { bandOf } from '../rules/severity';
import type { Profile } from '../pipeline/profiles';
import type { Settings } from '../settings/settings';

/** `tendril explain RULE`: one rule's metadata and help, found by id or alias. */
export function formatExplain(name: string): string {
  const matches = ALL_RULES.filter((r) => namesRule(name, r.meta));
  if (matches.length === 0) throw new UsageError(`explain: no rule has the id or alias '${name}' (see 'tendril rules')`);
  return matches
    .map(({ meta }) => {
      const severity = meta.kind === 'security' ? `${bandOf(meta.securitySeverity ?? 0)} (${(meta.securitySeverity ?? 0).toFixed(1)})` : 'note';
      const options = Object.entries(meta.options ?? {}).map(
        ([key, spec]) => `  ${key} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`,
      );
      return [
        `${meta.id}: ${meta.shortDescription}`,
        '',
        `Kind: ${meta.kind}; category: ${meta.category}; severity: ${severity}; precision: ${meta.precision}`,
        `Aliases: ${meta.aliases.join(', ') || 'none'}${meta.cwe?.length ? `; CWE: ${meta.cwe.map((c) => `CWE-${c}`).join(', ')}` : ''}`,
        ...(options.length ? ['Options ([tool.tendril.rules.' + meta.id + ']):', ...options] : []),
        '',
        meta.fullDescription,
        '',
        meta.help.trim(),
        '',
      ].join('\n');
    })
    .join('\n');
}

/**
 * `tendril config`: the resolved settings, as TOML-like lines a person can read and copy, each with
 * where it came from (a configuration file, the flags, another tool's file, or the default); what
 * other tools' configuration decided; then, for each nearer configuration that applies to some of
 * the analysed files, the settings it gives them.
 */
export function formatResolvedSettings(
  settings: Settings,
  nested: readonly { profile: Profile; files: number }[] = [],
  warnings: readonly string[] = [],
): string {
  const q = (s: string): string => JSON.stringify(s);
  const list = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`;
  // Where a setting came from, as a person reads it: a file relative to the root.
  const label = (origin: string): string => (path.isAbsolute(origin) ? path.relative(settings.root, origin) || origin : origin);
  const from = (sources: Record<string, string>, ...keys: string[]): string => {
    const found = [...new Set(keys.flatMap((k) => (sources[k] ? [`${k}: ${label(sources[k])}`] : [])))];
    return `  # ${found.length ? (keys.length === 1 ? label(sources[keys[0]]) : found.join('; ')) : 'default'}`;
  };
  const profileLines = (p: Profile): string[] => {
    const lines = [
      `rules = ${list(p.rules.map((r) => r.meta.id))}${from(p.sources, 'select', 'ignore', 'skips', 'min-security-severity')}` +
        (p.tools?.disabled.size ? `; ${p.tools.disabled.size} left out by other tools (below)` : ''),
      `exclude = ${list(p.exclude.map((x) => x.source))}${from(p.sources, 'exclude', 'extend-exclude')}`,
      `per-file-ignores = {${p.perFileIgnores.map((x) => ` ${q(x.pattern.source)} = ${list([...x.ruleIds])}`).join(',')} }` +
        `${from(p.sources, 'per-file-ignores')}${p.tools?.perFileIgnores.length ? '; and other tools (below)' : ''}`,
      `include-suppressed = ${p.includeSuppressed}${from(p.sources, 'include-suppressed')}`,
      // The default test patterns first, then the configuration's (test-paths adds to them).
      `test-paths = ${list(p.testPaths.map((x) => x.source))}${from(p.sources, 'test-paths')}`,
      `test-code-severity = ${q(p.testCodeSeverity)}${from(p.sources, 'test-code-severity')}`,
      `bare-noqa-suppresses-security = ${p.bareNoqaSuppressesSecurity}${from(p.sources, 'bare-noqa-suppresses-security')}`,
      `respect-tool-configs = ${p.respectToolConfigs}${from(p.sources, 'respect-tool-configs')}`,
    ];
    if (p.tools) {
      const t = p.tools;
      lines.push(
        t.files.length
          ? `# other tools' configuration: ${t.files.map((f) => `${f.tool} ${label(f.file)} ${f.table}`).join('; ')}`
          : "# other tools' configuration: none found",
      );
      for (const [rule, why] of t.disabled) lines.push(`#   ${rule} left out: ${why}`);
      for (const x of t.perFileIgnores)
        lines.push(`#   per-file-ignores ${q(x.pattern.source)} = ${x.ruleIds.size > 8 ? `${x.ruleIds.size} rules` : list([...x.ruleIds])}: ${x.source}`);
    } else if (!p.respectToolConfigs) lines.push("# other tools' configuration: not applied (respect-tool-configs = false)");
    for (const [ruleId, options] of Object.entries(p.ruleOptions)) {
      lines.push('', `[rules.${ruleId}]`);
      for (const [key, value] of Object.entries(options)) lines.push(`${key} = ${JSON.stringify(value)}${from(p.sources, `rules.${ruleId}.${key}`)}`);
    }
    if (p.taint) {
      // As written in the configuration: names, sinks by class, sanitizers and guards by class (`all`: every class).
      const byClass = (items: readonly string[]): Map<string, string[]> => {
        const out = new Map<string, string[]>();
        for (const item of items) {
          const [sinkClass, name] = [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)];
          const key = sinkClass === '*' ? 'all' : sinkClass;
          out.set(key, [...(out.get(key) ?? []), name]);
        }
        return out;
      };
      lines.push('', '[taint]', `sources = ${list(p.taint.sources)}`, `local-sources = ${list(p.taint['local-sources'])}`);
      for (const [table, items] of [
        ['sinks', p.taint.sinks],
        ['sanitizers', p.taint.sanitizers],
        ['guards', p.taint.guards],
      ] as const) {
        lines.push('', `[taint.${table}]`);
        for (const [key, names] of byClass(items)) lines.push(`${key} = ${list(names)}`);
      }
    }
    return lines;
  };
  const [first, ...rest] = profileLines(settings);
  const run = settings.runSources;
  const lines = [
    `# configuration file: ${settings.configFile ?? '(none: defaults)'}`,
    `# root: ${settings.root}`,
    `paths = ${list(settings.paths)}`,
    `fail-on-security-severity = ${q(settings.failOnSecuritySeverity)}${from(run, 'fail-on-security-severity')}`,
    `max-maintainability-findings = ${settings.maxMaintainabilityFindings}${from(run, 'max-maintainability-findings')}`,
    `max-file-size = ${settings.maxFileSize}${from(run, 'max-file-size')}`,
    `file-timeout = ${settings.fileTimeout}${from(run, 'file-timeout')}`,
    `cache-dir = ${settings.cacheDir ? q(settings.cacheDir) : 'false'}${from(run, 'cache-dir')}`,
    `jobs = ${settings.jobs}`,
    first,
    ...rest,
  ];
  for (const { profile, files } of nested) {
    lines.push(
      '',
      `# nearer configuration file: ${[profile.configFile ?? '(no Tendril file)', ...(profile.tools?.files ?? []).map((f) => f.file)].join(', ')} (${files} of the analysed files; nearest wins, nothing inherited)`,
      ...profileLines(profile),
    );
  }
  for (const warning of warnings) lines.push(`# warning: ${warning}`);
  return lines.join('\n') + '\n';
}

/**
 * A progress indicator on `stream` (stderr) for runs longer than two seconds, only on a terminal:
 * files done out of the total and the elapsed time, on one line rewritten in place, erased when
 * the run ends.
 */
export function startProgress(stream: NodeJS.WriteStream, delayMs = 2000): { total(n: number): void; done(n: number): void; stop(): void } {
  let total: number | undefined;
  let done = 0;
  if (!stream.isTTY) return { total() {}, done() {}, stop() {} };
  const started = Date.now();
  let shown = false;
  let ticker: NodeJS.Timeout | undefined;
  const draw = (): void => {
    shown = true;
    const count = total === undefined ? '' : ` ${done}/${total} files,`;
    stream.write(`\r\x1b[2Ktendril: analysing...${count} ${Math.round((Date.now() - started) / 1000)}s`);
  };
  const timer = setTimeout(() => {
    draw();
    ticker = setInterval(draw, 500);
    ticker.unref();
  }, delayMs);
  timer.unref();
  return {
    total(n) {
      total = n;
    },
    done(n) {
      done = n;
    },
    stop() {
      clearTimeout(timer);
      if (ticker) clearInterval(ticker);
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
