/**
 * The taint analysis: outside input (sources) followed through a file to dangerous operations
 * (sinks), published as `TaintModel` (model.ts) for the data-flow rules.
 *
 * ## How it works
 *
 * Each function (and the module's top level, and class bodies as they run) is interpreted once,
 * flow-sensitively, over its statements (interpret.ts), with an environment from names to
 * abstract values (values.ts): a value may be a known constant, a container with slots at
 * constant keys, a known object (a `pathlib.Path`, an HTTP client, a request object), and carries
 * labels, one per input it may hold: the source kind (or a parameter, for summaries), the path of
 * steps from the source, shortest kept, and the sink classes it was sanitized for.
 *
 * - Branches join; a branch whose condition is a known constant contributes nothing; after
 *   `return`/`raise`/`break`/`continue` and calls that never return (`abort`, `sys.exit`) the
 *   rest of the block is dead. Loops run to a fixed point, at most LIMITS.loopIterations times.
 *   `try` handlers start from the join of the states of the body. `match` joins its cases.
 * - Guards (`if x in ALLOWED`, `if not x.isdigit(): return`, `p.startswith(BASE)` after
 *   realpath, `urlparse(u).netloc in HOSTS`, `re.fullmatch`) sanitize the name in the branch
 *   where they hold.
 * - Calls: the catalogue (catalogue.ts) says which are sources, sinks, sanitizers and known
 *   objects. **Any other call's result carries the labels of its arguments and receiver** (an
 *   unmodelled function is assumed to pass its input through), and an attribute of a tainted
 *   value is tainted.
 * - Same-module functions are summarised (parameters as labels): which parameters reach the
 *   return value (through which sanitizers), which reach which sink, and what sources it returns.
 *   A call applies the callee's summary; summaries are made bottom-up on demand, memoised, and a
 *   recursive call (or one over LIMITS.summaryDepth nested summaries) is left with no effect.
 *   Nested functions see the enclosing function's values as they are where they are defined.
 *   `self.method(...)` calls the method of the same class; input stored in `self.x` by one method
 *   is seen by the methods analysed after it. `global` names assigned in functions (analysed
 *   first) are joined into the module's value; `nonlocal` writes are not seen by the enclosing
 *   function.
 * - Module top level: run once without summaries (the module's names, which the functions read,
 *   as at the end of the module), then, once the functions are summarised, again for its flows.
 *
 * ## The classes of the web
 *
 * HTML pages, templates, redirects, LDAP, XPath, XXE, the session, headers, logs, patterns and
 * password hashes (catalogue.ts, frameworks.ts). For them an unmodelled call's result is not the
 * input (`NOT_INPUT`): only the input, string operations, known pass-throughs and the input
 * object's own methods carry it. Password-like values are a source kind of their own
 * (`credential`), taken by the weak-hash class only. The project's own sources, sinks and
 * sanitizers come from the analysis' options (`[tool.tendril.taint]`, project.ts).
 *
 * ## Across modules (`TaintModel.summary`, link.ts)
 *
 * The summary of the module-level functions (serialize.ts, plain JSON) and of the calls into
 * other modules of the project: a callee whose qualified name starts with this module's top-level
 * package (`app.db.q` from `app/views.py`), or a name bound by a relative import. Such a call's
 * result carries only a label of its own in the file (no flow of the file goes through it);
 * `linkFlows` joins the summaries of a run into cross-file flows, passing the arguments through a
 * callee whose module was not analysed.
 *
 * ## Limits
 *
 * A file with no possible source (a cheap test of the text) and no module-level function is not
 * analysed; one with no source has its functions summarised only. A function over
 * LIMITS.functionNodes syntax nodes or LIMITS.functionSteps evaluation steps (loops included) is
 * skipped and listed in `skipped`, with the flows found in it; expressions nested deeper than
 * LIMITS.expressionDepth are opaque (clean). Loop bodies run at most LIMITS.loopIterations times.
 * ERROR nodes contribute nothing.
 */
import type { Analysis, FileContext, Visitor } from '../../engine/api';
import { calls, type CallModel } from '../calls';
import { scopes, type ScopeModel } from '../scopes';
import { Interpreter, type FileFlags } from './interpret';
import { classBit, type SinkClass, type TaintModel } from './model';
import { emptySummary, summarize } from './serialize';
import { verdictOf, watchProofs } from './verdict';
import { DJANGO_VIEWS_PATH, HELPER_MODULE_PATH, MAY_HAVE_PASSWORD, NOT_INPUT, type ProjectTaint } from './catalogue';
import { projectTaint } from './project';

export type { FlowStep, LinkedFlow, ModuleSummary, SinkClass, SourceKind, TaintFlow, TaintModel, Verdict } from './model';
export { linkKey, SOURCE_PLACEHOLDER } from './model';
export { LIMITS } from './interpret';
export { linkFlows } from './link';

/** Whether an unknown call's result carries its arguments' input for this class (not for the web classes: catalogue.ts NOT_INPUT). */
export function passesUnknownCalls(sinkClass: SinkClass): boolean {
  return (NOT_INPUT & classBit(sinkClass)) === 0;
}

/** Words without which a file has no source the analysis knows. */
const MAY_HAVE_SOURCE =
  /\b(?:request|argv|environ|environb|getenv|getenvb|input|stdin|parse_args|parse_known_args|parse_intermixed_args|FieldStorage|\w*HTTPRequestHandler|rfile|flask|fastapi|django|aiohttp|tornado)\b/;

export const taint: Analysis<TaintModel> = {
  name: 'taint',
  uses: [scopes, calls],
  create(context: FileContext): Visitor {
    const functionIds: number[] = [];
    return {
      function_definition(node) {
        functionIds.push(node.id);
      },
      end() {
        const text = context.text;
        const project = projectTaint(context.analysisOptions(taint.name));
        // Without a source the file has no flow of its own; its functions are still summarised for
        // cross-file linking, unless it has no module-level function.
        const sources =
          MAY_HAVE_SOURCE.test(text) || MAY_HAVE_PASSWORD.test(text) || (project !== undefined && [...project.sourceTails].some((t) => text.includes(t)));
        let flags: FileFlags | undefined;
        const flagsOf = (): FileFlags => (flags ??= fileFlags(context, sources, project));
        const decide = decider(context, functionIds, flagsOf);
        if (!sources && !/^(?:async[ \t]+)?def[ \t]/m.test(text)) {
          context.setAnalysis(taint.name, { flows: [], skipped: [], summary: emptySummary(context.path, context.module), decide } satisfies TaintModel);
          return;
        }
        const run = new Interpreter(context.tree, context.analysis<CallModel>(calls), flagsOf()).run(functionIds);
        const model: TaintModel = {
          flows: run.flows,
          skipped: run.skipped,
          summary: summarize(context.path, context.module, context.tree.node(0), run),
          decide,
        };
        context.setAnalysis(taint.name, model);
        // For the pipeline's cross-file linking (src/pipeline/link.ts), after every file is analysed.
        if (Object.keys(model.summary.functions).length || model.summary.calls.length) context.exportData(taint.name, model.summary);
      },
    };
  },
};

/** What the interpreter knows of the file around it: the frameworks it imports, its relative imports. */
function fileFlags(context: FileContext, sources: boolean, project: ProjectTaint | undefined): FileFlags {
  const scopeModel = context.analysis(scopes);
  const roots = importedRoots(scopeModel);
  const imports = (modules: string): boolean => modules.split('|').some((m) => roots.has(m));
  const { name: module, isPackage } = context.module;
  return {
    web: imports('flask|fastapi|starlette|quart|sanic'),
    django: imports('django|rest_framework'),
    aiohttp: imports('aiohttp'),
    tornado: imports('tornado'),
    argparse: imports('argparse|optparse'),
    relative: relativeImports(scopeModel, module, isPackage),
    viewsModule: DJANGO_VIEWS_PATH.test(context.path),
    helperModule: HELPER_MODULE_PATH.test(context.path),
    isProjectRoot: (name: string) => context.isProjectRoot(name),
    sources,
    flask: imports('flask|quart'),
    fastapi: imports('fastapi|starlette'),
    ldap: imports('ldap'),
    lxml: imports('lxml'),
    httpClient: imports('requests|httpx|urllib3'),
    credentials: MAY_HAVE_PASSWORD.test(context.text),
    ...(project ? { project } : {}),
  };
}

/** TaintModel.decide for the file: verdicts memoised by node, one more interpretation for each batch of new nodes. */
function decider(context: FileContext, functionIds: readonly number[], flagsOf: () => FileFlags): TaintModel['decide'] {
  const proofs = new Map<number, number | undefined>();
  return (nodes, sinkClass) => {
    const fresh = nodes.filter((n) => !proofs.has(n.id));
    if (fresh.length) {
      const found = watchProofs(context.tree, context.analysis<CallModel>(calls), flagsOf(), functionIds, fresh);
      for (const n of fresh) proofs.set(n.id, found.get(n.id));
    }
    return nodes.map((n) => verdictOf(proofs.get(n.id), sinkClass));
  };
}

/** Names bound at module level by relative from-imports, with their absolute names. */
function relativeImports(model: ScopeModel, module: string, isPackage: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, bindings] of model.module.byName) {
    if (bindings.length !== 1 || bindings[0].kind !== 'from-import') continue;
    const info = bindings[0].import;
    if (!info || !info.module.startsWith('.') || info.member === undefined) continue;
    const dots = /^\.+/.exec(info.module)![0].length;
    const parts = module ? module.split('.') : [];
    const keep = parts.length - (isPackage ? dots - 1 : dots);
    if (keep < 0) continue;
    const base = parts.slice(0, keep);
    const rest = info.module.slice(dots);
    out.set(name, [...base, ...(rest ? [rest] : []), info.member].join('.'));
  }
  return out;
}

/** The top-level packages the file imports anywhere (`import a.b`, `from a.b import c`: `a`). */
function importedRoots(model: ScopeModel): Set<string> {
  const roots = new Set<string>();
  for (const scope of model.scopes) {
    for (const bindings of scope.byName.values()) {
      for (const binding of bindings) {
        const module = binding.import?.module;
        if (module && !module.startsWith('.')) roots.add(module.split('.')[0]);
      }
    }
  }
  return roots;
}
