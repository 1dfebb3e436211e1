import * as fs from 'fs';
import * as path from 'path';
import { linkFlows, taint, type TaintModel } from '../../src/analysis/taint';
import type { ModuleSummary } from '../../src/analysis/taint/model';
import { analyzeSource } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/api';

/**
 * The labelled corpus (test/taint/corpus/<class>/*.py, single-file cases): every `# expect:
 * <rule-id>` line is a flow's sink line with that class and kind, and there is no other flow of
 * the case's class (flows of other classes are scored with those classes' cases, as
 * `npm run conformance -- taint` does: an SSRF case may also return the fetched page as HTML).
 * Cross-module cases (directories) are run file by file and linked.
 */
const ROOTS = ['corpus', 'corpus-alt'].map((name) => path.join(__dirname, '..', 'taint', name));

const CLASS_OF: Record<string, string> = {
  'command-injection': 'command',
  'code-injection': 'code',
  'sql-injection': 'sql',
  'path-injection': 'path',
  ssrf: 'ssrf',
  'unsafe-deserialization': 'deserialization',
  'reflected-xss': 'xss',
  'template-injection': 'template',
  'open-redirect': 'redirect',
  'ldap-injection': 'ldap',
  'xpath-injection': 'xpath',
  xxe: 'xxe',
  'trust-boundary-violation': 'trust-boundary',
  'header-injection': 'header',
  'log-injection': 'log',
  'regex-injection': 'regex',
  'weak-password-hash': 'weak-hash',
};

/** The classes of configuration rules (no flow): test/rules/web-config-corpus.test.ts runs their cases. */
const CONFIG_CLASSES = new Set(['cookie', 'secret-key', 'verification-off']);

function expected(source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*([a-z-]+)/.exec(line);
    if (!m) return;
    const local = m[1].endsWith('-local');
    const id = local ? m[1].slice(0, -'-local'.length) : m[1];
    const kind = local ? 'local' : id === 'weak-password-hash' ? 'credential' : 'remote';
    out.push(`${i + 1} ${CLASS_OF[id] ?? id} ${kind}`);
  });
  return out.sort();
}

/** The corpus class of a case (its folder), whose flows are compared. */
function classOf(name: string): string {
  const parts = name.split('/');
  return parts[1];
}

async function found(file: string, source: string, summaries?: ModuleSummary[]): Promise<string[]> {
  let result: string[] | undefined;
  const rule: Rule = {
    meta: {
      id: 'probe',
      name: 'Probe',
      kind: 'security',
      shortDescription: 'p',
      fullDescription: 'p',
      help: 'p',
      category: 'test',
      aliases: [],
      precision: 'high',
    },
    uses: [taint],
    create: (context) => ({
      end: () => {
        const model = context.analysis<TaintModel>(taint);
        result = model.flows.map((f) => `${f.sink.startPosition.row + 1} ${f.sinkClass} ${f.sourceKind}`);
        // Through JSON: the summary must be plain data.
        summaries?.push(JSON.parse(JSON.stringify(model.summary)) as ModuleSummary);
      },
    }),
  };
  const r = await analyzeSource(file, Buffer.from(source), [rule]);
  const internal = r.notifications.find((n) => n.id === 'internal-error');
  if (internal) throw new Error(internal.message);
  return (result ?? []).sort();
}

const cases = ROOTS.filter((root) => fs.existsSync(root)).flatMap((root) =>
  fs
    .readdirSync(root)
    .flatMap((dir) =>
      fs.statSync(path.join(root, dir)).isDirectory() && !CONFIG_CLASSES.has(dir)
        ? fs
            .readdirSync(path.join(root, dir))
            .filter((f) => f.endsWith('.py'))
            .map((f) => path.relative(path.join(__dirname, '..', 'taint'), path.join(root, dir, f)))
        : [],
    )
    .sort(),
);

describe('taint: the labelled corpus', () => {
  test.each(cases)('%s', async (name) => {
    const source = fs.readFileSync(path.join(__dirname, '..', 'taint', name), 'utf8');
    const own = (flows: string[]): string[] => flows.filter((f) => f.split(' ')[1] === classOf(name));
    expect(own(await found(name, source))).toEqual(expected(source));
  });
});

/** Cross-module cases: directories of a package; every file analysed, then the summaries linked. */
const projects = ROOTS.filter((root) => fs.existsSync(root)).flatMap((root) =>
  fs
    .readdirSync(root)
    .flatMap((dir) =>
      fs.statSync(path.join(root, dir)).isDirectory() && !CONFIG_CLASSES.has(dir)
        ? fs
            .readdirSync(path.join(root, dir))
            .filter((f) => fs.statSync(path.join(root, dir, f)).isDirectory())
            .map((f) => path.relative(path.join(__dirname, '..', 'taint'), path.join(root, dir, f)))
        : [],
    )
    .sort(),
);

function pythonFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) return pythonFiles(full, `${prefix}${name}/`);
    return name.endsWith('.py') ? [`${prefix}${name}`] : [];
  });
}

describe('taint: the labelled corpus, across modules', () => {
  test.each(projects)('%s', async (name) => {
    const dir = path.join(__dirname, '..', 'taint', name);
    const summaries: ModuleSummary[] = [];
    const want: string[] = [];
    const got: string[] = [];
    for (const file of pythonFiles(dir).sort()) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      want.push(...expected(source).map((e) => `${file}:${e}`));
      got.push(...(await found(file, source, summaries)).map((e) => `${file}:${e}`));
    }
    for (const flow of linkFlows(summaries)) got.push(`${flow.sinkPath}:${flow.sink.line} ${flow.sinkClass} ${flow.sourceKind}`);
    expect(got.filter((f) => f.split(' ')[1] === classOf(name)).sort()).toEqual(want.sort());
  });
});
