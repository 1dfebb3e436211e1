/**
 * The module summary (model.ts `ModuleSummary`): what the evaluation of one file learnt about its
 * module-level functions and its calls into other modules of the project, as plain JSON data
 * (positions 1-based, UTF-16 columns) for cross-file linking (link.ts).
 */
import { spanOf } from '../../engine/api';
import type { SyntaxNode as Node } from '../../engine/tree';
import type { ModuleInfo } from '../../engine/types';
import type { RunResult } from './interpret';
import { parameterNodes } from './interpret';
import { SINK_CLASSES, type ModuleSummary, type SerialFunctionSummary, type SerialSource, type SerialStep, type SinkClass } from './model';
import { allLabels, chainSteps, type Chain, type Label } from './values';

function serialSteps(chain: Chain | null): SerialStep[] {
  return chainSteps(chain).map((s) => ({ ...spanOf(s.node), message: s.message }));
}

export function cleanClasses(mask: number): SinkClass[] {
  return SINK_CLASSES.filter((_, i) => mask & (1 << i));
}

function serialSource(label: Label): SerialSource {
  return {
    kind: label.kind!,
    description: label.description,
    source: spanOf(label.source),
    clean: cleanClasses(label.sanitized),
    steps: serialSteps(label.chain),
  };
}

export function emptySummary(path: string, module: ModuleInfo): ModuleSummary {
  return { path, module: module.name, isPackage: module.isPackage, functions: {}, calls: [] };
}

/** The module-level functions of the file (`def` directly in the module, decorated or not). */
export function moduleFunctions(root: Node): Node[] {
  const out: Node[] = [];
  for (const stmt of root.namedChildren) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition') out.push(def);
  }
  return out;
}

export function summarize(path: string, module: ModuleInfo, root: Node, run: RunResult): ModuleSummary {
  const summary = emptySummary(path, module);
  for (const fn of moduleFunctions(root)) {
    const name = fn.childForFieldName('name')?.text;
    const s = run.summaries.get(fn.id);
    if (!name || !s) continue;
    const qualified = summary.module ? `${summary.module}.${name}` : name;
    const keywordOnly = keywordOnlyFrom(fn);
    const out: SerialFunctionSummary = {
      name: qualified,
      location: spanOf(fn.childForFieldName('name') ?? fn),
      params: parameterNodes(fn).map((p, i) => ({ name: p.name, index: i >= keywordOnly ? -1 : i })),
      returns: [],
      returnsSources: [],
      sinks: [],
      forwards: [],
    };
    for (const label of s.ret ? allLabels(s.ret) : []) {
      if (label.fn === fn.id && label.index !== undefined)
        out.returns.push({ param: label.index, clean: cleanClasses(label.sanitized), steps: serialSteps(label.chain) });
      else if (label.kind) out.returnsSources.push(serialSource(label));
    }
    for (const entry of s.sinks) {
      out.sinks.push({
        param: entry.index,
        sinkClass: entry.sinkClass,
        sinkName: entry.sinkName,
        sink: spanOf(entry.sink),
        clean: cleanClasses(entry.sanitized),
        steps: serialSteps(entry.chain),
      });
    }
    for (const f of run.forwards.get(fn.id) ?? []) {
      out.forwards.push({
        param: f.param,
        call: { callee: f.callee, call: spanOf(f.call), position: f.position, ...(f.keyword !== undefined ? { keyword: f.keyword } : {}) },
        clean: cleanClasses(f.sanitized),
        steps: serialSteps(f.chain),
      });
    }
    summary.functions[qualified] = out;
  }
  for (const call of run.imported) {
    if (!call.args.size && !call.resultSinks.length) continue;
    summary.calls.push({
      callee: call.callee,
      call: spanOf(call.call),
      args: [...call.args.values()].map((a) => ({
        position: a.position,
        ...(a.keyword !== undefined ? { keyword: a.keyword } : {}),
        sources: a.labels.map(serialSource),
      })),
      resultSinks: call.resultSinks.map((r) => ({
        sinkClass: r.sinkClass,
        sinkName: r.sinkName,
        sink: spanOf(r.sink),
        clean: cleanClasses(r.sanitized),
        steps: serialSteps(r.chain),
      })),
    });
  }
  return summary;
}

/** Index (among parameterNodes) of the first keyword-only parameter, or Infinity. */
function keywordOnlyFrom(fn: Node): number {
  const params = fn.childForFieldName('parameters');
  if (!params) return Infinity;
  let i = 0;
  for (const p of params.namedChildren) {
    if (
      p.type === 'keyword_separator' ||
      p.type === 'list_splat_pattern' ||
      (p.type === 'typed_parameter' && p.firstNamedChild?.type === 'list_splat_pattern')
    ) {
      return p.type === 'keyword_separator' ? i : i + 1;
    }
    if (['identifier', 'default_parameter', 'typed_default_parameter', 'typed_parameter', 'dictionary_splat_pattern'].includes(p.type)) i++;
  }
  return Infinity;
}
