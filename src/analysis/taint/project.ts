/**
 * The project's own taint catalogue (`[tool.tendril.taint]`, validated by the settings in
 * src/settings/values.ts `tomlTaint`): sources, sinks and sanitizers by qualified name, turned into
 * the maps the evaluator looks names up in beside the built-in tables (catalogue.ts). A project's
 * sink is its call's first argument; a sanitizer cleans its result for the classes listed; a guard
 * returns true only for a first argument that is safe for the classes listed (`if is_safe(x):`,
 * `if not is_safe(x): return`).
 */
import type { OptionValue } from '../../engine/api';
import { projectSink, type ProjectTaint, type SinkSpec, type SourceSpec } from './catalogue';
import { ALL_CLASSES, classBit, SINK_CLASSES, type SinkClass } from './model';

const made = new WeakMap<object, ProjectTaint | undefined>();

/** The project's catalogue from the analysis options (the same object for every file of a configuration: made once). */
export function projectTaint(options: Readonly<Record<string, OptionValue>> | undefined): ProjectTaint | undefined {
  if (!options) return undefined;
  if (made.has(options)) return made.get(options);
  const list = (key: string): string[] => (Array.isArray(options[key]) ? (options[key] as string[]) : []);
  const sources = new Map<string, SourceSpec>();
  for (const name of list('sources')) sources.set(name, { kind: 'remote', description: `${name} (project source)` });
  for (const name of list('local-sources')) sources.set(name, { kind: 'local', description: `${name} (project source)` });
  const sinks = new Map<string, SinkSpec[]>();
  for (const item of list('sinks')) {
    const [sinkClass, name] = split(item);
    if (!(SINK_CLASSES as readonly string[]).includes(sinkClass)) continue;
    sinks.set(name, [...(sinks.get(name) ?? []), projectSink(sinkClass as SinkClass)]);
  }
  const byClass = (key: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const item of list(key)) {
      const [sinkClass, name] = split(item);
      const mask = sinkClass === '*' ? ALL_CLASSES : (SINK_CLASSES as readonly string[]).includes(sinkClass) ? classBit(sinkClass as SinkClass) : 0;
      out.set(name, (out.get(name) ?? 0) | mask);
    }
    return out;
  };
  const sanitizers = byClass('sanitizers');
  const guards = byClass('guards');
  const out: ProjectTaint | undefined =
    sources.size || sinks.size || sanitizers.size || guards.size
      ? { sources, sourceTails: new Set([...sources.keys()].map((n) => n.slice(n.lastIndexOf('.') + 1))), sinks, sanitizers, guards }
      : undefined;
  made.set(options, out);
  return out;
}

function split(item: string): [string, string] {
  const at = item.indexOf('=');
  return [item.slice(0, at), item.slice(at + 1)];
}
