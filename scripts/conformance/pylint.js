// Pylint design checks: too-many-arguments (R0913), too-many-branches (R0912), too-many-statements
// (R0915) and too-many-nested-blocks (R1702) against Pylint itself, at Pylint's default thresholds
// (5, 12, 50, 5), on the corpus of the maintainability mode. Ruff has these only in preview, so the
// reference here is Pylint, run as a command.
//
// Pylint is a reference tool for this measurement, not a dependency of Tendril. Install it with the
// system's package manager (Debian/Ubuntu: `sudo apt-get install pylint`) or `pipx install pylint`;
// without `pylint` on PATH the mode is skipped with a message (see scripts/conformance.js for the
// exit status). TENDRIL_PYLINT names another command.
//
// Where the line is: Pylint reports R0913, R0912 and R0915 on the function node, whose line is the
// `def` line (the decorators' lines are not used); Tendril reports on the function's name, on that
// same line. Pylint reports R1702 on the outermost block of each too-deep group of nested blocks (an
// `if`/`for`/`while`/`try` inside the function), possibly more than once per function; Tendril
// reports once per function, on its name. R1702 findings are therefore mapped to the `def` line of
// the innermost function whose body holds the reported block (by Python's own `ast`), and compared
// there; the message keeps the block's line.
'use strict';
const { spawnSync } = require('child_process');
const os = require('os');
const maintainability = require('./maintainability.js');
const { pythonJson } = require('./lib/python.js');

const PYLINT = process.env.TENDRIL_PYLINT || 'pylint';
const CODES = ['R0913', 'R0912', 'R0915', 'R1702'];
// Pylint only calls a checker's visit/leave method when one of the messages it is declared for is
// enabled, and two of those methods change how the four checks count. So that the counts are those
// of Pylint's default configuration (every message enabled), a few more messages are enabled here
// and their findings dropped:
// - R0901-R0904 (class checks): without the design checker's class visitor, a `class` statement
//   nested in a function counts as one more statement of that function (R0915).
// - R1732 (consider-using-with): the refactoring checker resets its per-module state in
//   leave_module only when R1732 is enabled; without the reset, the `elif` positions of the files
//   analysed before leak into the next file, where an `if` at the same (line, column) as an earlier
//   file's `elif` is taken for an `elif` and does not count as a nesting level (R1702).
const ENABLE = [...CODES, 'R0901', 'R0902', 'R0903', 'R0904', 'R1732'];

function pylintVersion() {
  const r = spawnSync(PYLINT, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n')[0].trim();
}

/** The `def` line of the innermost function holding a statement at each given line, per file. */
const MAP_TO_DEF = `
import ast, json, os, sys
root = sys.argv[1]
request = json.load(sys.stdin)
out = {}
for rel, lines in request.items():
    want = set(lines)
    found = {}
    with open(os.path.join(root, rel), 'rb') as f:
        tree = ast.parse(f.read())
    def walk(node, fn):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                walk(child, child)
                continue
            if fn is not None and isinstance(child, (ast.If, ast.For, ast.While, ast.Try, ast.AsyncFor)) and child.lineno in want:
                found.setdefault(child.lineno, fn.lineno)
            walk(child, fn)
    walk(tree, None)
    out[rel] = found
json.dump(out, sys.stdout)
`;

function mapToDef(corpus, blocks) {
  if (blocks.size === 0) return {};
  const request = Object.fromEntries([...blocks].map(([p, lines]) => [p, [...lines]]));
  const r = spawnSync('python3', ['-c', MAP_TO_DEF, corpus], { input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`conformance pylint: mapping R1702 blocks to functions failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * Parameter counts of each function of a file, by `def` line: { ordinary, all, extra }. `ordinary`
 * counts the ordinary parameters (what Pylint 2.16 counts for R0913), `all` adds the keyword-only
 * and positional-only ones (Pylint >= 3.0, Tendril), `extra` is how many of those there are; names
 * Pylint ignores by default (ignored-argument-names: `_x`, `ignored_*`, `unused_*`) are left out of
 * both counts, `*args` and `**kwargs` are in neither.
 */
const PARAMETER_COUNTS = `
import ast, json, re, sys
ignored = re.compile(r'_.*|^ignored_|^unused_')
tree = ast.parse(sys.stdin.buffer.read())
out = {}
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        count = lambda xs: sum(1 for x in xs if not ignored.match(x.arg))
        a = node.args
        out[node.lineno] = {'ordinary': count(a.args), 'all': count(a.args + a.posonlyargs + a.kwonlyargs), 'extra': len(a.posonlyargs) + len(a.kwonlyargs)}
json.dump(out, sys.stdout)
`;

/** The parameter counts of a corpus file's functions ({} when Python cannot parse it). */
const parameterCounts = (file) => pythonJson(['-c', PARAMETER_COUNTS], file, {});

/** Pylint's default max-args. */
const MAX_ARGS = 5;

// Documented differences (docs/conformance.md, under `heading`), as in scripts/conformance/maintainability.js.
const documentedDifferences = [
  {
    id: 'R0913-keyword-only',
    family: 'R0913',
    side: 'tendril',
    heading: 'R0913: keyword-only and positional-only parameters (87 Tendril-only)',
    // The function defined at the finding's line has keyword-only or positional-only parameters;
    // without them it has at most 5 (Pylint 2.16's count: not reported), with them more than 5
    // (Pylint >= 3.0's and Tendril's count).
    explains(f, file) {
      const c = parameterCounts(file)[f.line];
      return f.rule === 'too-many-arguments' && c !== undefined && c.extra > 0 && c.ordinary <= MAX_ARGS && c.all > MAX_ARGS;
    },
  },
];

const reference = {
  name: 'Pylint',
  unavailable() {
    if (pylintVersion()) return undefined;
    return `'${PYLINT}' is not on PATH. Pylint is the reference of this mode only, not a dependency: install it with the system's package manager (Debian/Ubuntu: sudo apt-get install pylint) or pipx install pylint, then run npm run conformance -- pylint.`;
  },
  run({ corpus, files, rel, skipped }) {
    const paths = files.map(rel).filter((r) => !skipped.has(r));
    const args = [
      '--rcfile=/dev/null', // no configuration file: Pylint's defaults
      '--disable=all',
      `--enable=${ENABLE.join(',')}`,
      '--output-format=json',
      `--jobs=${os.availableParallelism ? os.availableParallelism() : os.cpus().length}`,
      '--persistent=n',
      '--score=n',
      ...paths,
    ];
    const r = spawnSync(PYLINT, args, { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, PYLINTHOME: os.tmpdir() } });
    // Pylint's exit status is a bit mask; 1 (fatal) and 32 (usage error) mean no usable run.
    if (r.error || r.status === null || r.status & 32) throw new Error(`conformance pylint: ${PYLINT} failed: ${r.error?.message ?? r.stderr}`);
    const messages = JSON.parse(r.stdout || '[]');
    const fatal = new Set(messages.filter((m) => m.type === 'fatal' || m['message-id'] === 'E0001').map((m) => m.path));
    const kept = messages.filter((m) => CODES.includes(m['message-id']) && !fatal.has(m.path));
    const blocks = new Map();
    for (const m of kept) if (m['message-id'] === 'R1702') blocks.set(m.path, (blocks.get(m.path) ?? new Set()).add(m.line));
    const defs = mapToDef(corpus, blocks);
    const findings = [];
    let errors = fatal.size;
    for (const m of kept) {
      let line = m.line;
      let message;
      if (m['message-id'] === 'R1702') {
        line = defs[m.path]?.[m.line];
        message = `${m.obj}: ${m.message} (outermost block at line ${m.line})`;
        if (line === undefined) {
          errors++;
          continue;
        }
      } else message = `${m.obj}: ${m.message}`;
      findings.push({ path: m.path, line, code: m['message-id'], message });
    }
    return { findings, errors };
  },
};

module.exports = {
  // A getter: asking Pylint its version costs a second of CPU, which only a run that prints it pays.
  get description() {
    return `standard library without site-packages and test folders; reference: ${pylintVersion() ?? 'Pylint'}, default thresholds`;
  },
  // The corpus of the maintainability mode.
  skipDir: maintainability.skipDir,
  goal: { precision: 0.95, recall: 0.95 },
  skipSyntaxErrors: true,
  reference,
  documentation: 'docs/conformance.md',
  documentedDifferences,
  families: [
    { name: 'R0913', tendril: ['too-many-arguments'], codes: ['R0913'] },
    { name: 'R0912', tendril: ['too-many-branches'], codes: ['R0912'] },
    { name: 'R0915', tendril: ['too-many-statements'], codes: ['R0915'] },
    { name: 'R1702', tendril: ['too-many-nested-blocks'], codes: ['R1702'] },
  ],
};
