import { UsageError } from '../errors';
import { ALL_RULES } from '../rules';
import { bandOf } from '../rules/severity';
import type { Settings } from '../settings';

/** `tendril explain RULE`: one rule's metadata and help, found by id or alias. */
export function formatExplain(name: string): string {
  const upper = name.toUpperCase();
  const matches = ALL_RULES.filter((r) => r.meta.id === name || r.meta.aliases.some((a) => a.toUpperCase() === upper));
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

/** `tendril config`: the resolved settings, as TOML-like lines a person can read and copy. */
export function formatResolvedSettings(settings: Settings): string {
  const q = (s: string): string => JSON.stringify(s);
  const list = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`;
  const lines = [
    `# configuration file: ${settings.configFile ?? '(none: defaults)'}`,
    `# root: ${settings.root}`,
    `paths = ${list(settings.paths)}`,
    `rules = ${list(settings.rules.map((r) => r.meta.id))}`,
    `exclude = ${list(settings.exclude.map((p) => p.source))}`,
    `per-file-ignores = {${settings.perFileIgnores.map((p) => ` ${q(p.pattern.source)} = ${list([...p.ruleIds])}`).join(',')} }`,
    `include-suppressed = ${settings.includeSuppressed}`,
    `fail-on-security-severity = ${q(settings.failOnSecuritySeverity)}`,
    `max-maintainability-findings = ${settings.maxMaintainabilityFindings}`,
    `jobs = ${settings.jobs}`,
  ];
  for (const [ruleId, options] of Object.entries(settings.ruleOptions)) {
    lines.push('', `[rules.${ruleId}]`);
    for (const [key, value] of Object.entries(options)) lines.push(`${key} = ${JSON.stringify(value)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A progress indicator on `stream` (stderr) for runs longer than two seconds, only on a terminal:
 * elapsed time on one line rewritten in place, erased when the run ends.
 */
export function startProgress(stream: NodeJS.WriteStream, delayMs = 2000): { stop(): void } {
  if (!stream.isTTY) return { stop() {} };
  const started = Date.now();
  let shown = false;
  let ticker: NodeJS.Timeout | undefined;
  const draw = (): void => {
    shown = true;
    stream.write(`\rtendril: analysing... ${Math.round((Date.now() - started) / 1000)}s`);
  };
  const timer = setTimeout(() => {
    draw();
    ticker = setInterval(draw, 500);
    ticker.unref();
  }, delayMs);
  timer.unref();
  return {
    stop() {
      clearTimeout(timer);
      if (ticker) clearInterval(ticker);
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
