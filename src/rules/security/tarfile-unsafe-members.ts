/** Bandit B202 / Ruff S202: `extractall()` without a safe filter, in a file that imports tarfile. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { lookup, rebindingGroup, scopeAt, scopes, type ScopeModel } from '../../analysis/scopes';
import { importsModule, securityRule } from './common';
import { PATTERN_HIGH } from '../severity';

/**
 * The classes of zipfile: their `extractall()` drops `..` components and leading slashes from
 * member names itself, and takes no `filter`.
 */
const ZIP_ARCHIVES = new Set(['zipfile.ZipFile', 'zipfile.PyZipFile']);

/** The value a binding's identifier is given, for `x = value`, `with value as x` and `(x := value)`. */
function boundValue(identifier: Node): Node | undefined {
  const parent = identifier.parent;
  if (!parent) return undefined;
  if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === identifier.id) return parent.childForFieldName('right') ?? undefined;
  if (parent.type === 'named_expression' && parent.childForFieldName('name')?.id === identifier.id) return parent.childForFieldName('value') ?? undefined;
  // `with value as x`: with_item > as_pattern(value, as_pattern_target(x)).
  const pattern = parent.type === 'as_pattern_target' ? parent.parent : null;
  if (pattern?.type === 'as_pattern' && pattern.parent?.type === 'with_item') return pattern.namedChildren[0] ?? undefined;
  return undefined;
}

/**
 * True when the object `extractall()` is called on is surely a zip archive: a `zipfile.ZipFile(...)`
 * call, or a name whose every binding that can reach the call gives one.
 */
function isZipArchive(receiver: Node, model: CallModel, names: ScopeModel): boolean {
  const isZipCall = (node: Node | undefined): boolean => {
    const expr = node && unparenthesize(node);
    if (expr?.type !== 'call') return false;
    const name = model.callAt(expr)?.assumedName;
    return name !== undefined && ZIP_ARCHIVES.has(name);
  };
  const expr = unparenthesize(receiver);
  if (expr.type === 'call') return isZipCall(expr);
  if (expr.type !== 'identifier') return false;
  const binding = lookup(scopeAt(names, expr.startIndex), expr.text, expr.startIndex);
  if (!binding) return false;
  return rebindingGroup(binding).every((member) => member.kind !== 'del' && isZipCall(boundValue(member.node)));
}

export const tarfileUnsafeMembers = securityRule({
  id: 'tarfile-unsafe-members',
  name: 'TarfileUnsafeMembers',
  bandit: 'B202',
  ruff: 'S202',
  severity: 'HIGH',
  confidence: 'HIGH',
  grading: {
    evidence: 'pattern',
    family: 'archive-extraction',
    score: PATTERN_HIGH,
    why: 'the danger depends on where the archive comes from, which the rule does not see; most archives a program extracts are its own (build artefacts, bundled data).',
  },
  category: 'files',
  cwe: [22],
  short: 'Call to tarfile extractall() without a safe filter (path traversal)',
  full: 'An extractall() call without filter="data" (or "tar"). Archive members named ../x or /etc/x, or symlinks, can write files anywhere the process can.',
  title: '`tarfile` `extractall()` without a safe filter',
  why: 'Tar members can have absolute names, `..` components, or be links pointing outside the target directory. Extracting an untrusted archive without a filter writes where the archive says (path traversal).',
  example: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out")',
  fix: 'Pass `filter="data"` (Python 3.12+, backported to security releases), or check each member before extracting it.',
  fixed: 'import tarfile\n\nwith tarfile.open(upload) as tar:\n    tar.extractall("out", filter="data")',
  notReported: [
    'Files that do not import `tarfile` (as in Bandit and Ruff).',
    '`extractall()` on a `zipfile.ZipFile` (the call itself, or a name assigned or bound by `with` to one): `zipfile` drops `..` components and leading slashes from member names itself, and has no `filter` parameter.',
    'Calls with `filter="data"` or `filter="tar"`.',
    'Bandit lowers the severity when `members=` is given by a function; this rule keeps one severity (medium) for every case it reports.',
  ],
  uses: [scopes, calls],
  create(context) {
    const imports = importsModule('tarfile');
    return {
      ...imports.visitor,
      end() {
        if (!imports.seen()) return;
        const model = context.analysis<CallModel>(calls);
        const names = context.analysis<ScopeModel>(scopes);
        for (const call of model.calls) {
          if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'extractall') continue;
          const receiver = call.callee.childForFieldName('object');
          if (receiver && isZipArchive(receiver, model, names)) continue;
          const filter = keywordValue(call.node, 'filter');
          const value = filter ? stringLiteralValue(filter) : undefined;
          if (value === 'data' || value === 'tar') continue;
          context.report(call.callee, '`extractall()` without `filter="data"` can write outside the target directory');
        }
      },
    };
  },
});
