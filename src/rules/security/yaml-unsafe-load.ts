/**
 * Bandit B506 / Ruff S506: PyYAML loading with a loader that can build Python objects.
 * `yaml.load` and `yaml.load_all` are reported unless `Loader=` (or the second positional
 * argument) is a safe loader: every name it may resolve to (a loader imported in `try`/`except
 * ImportError` alternatives has several) is `SafeLoader`, `CSafeLoader`, `BaseLoader` or
 * `CBaseLoader`. `yaml.unsafe_load`, `yaml.full_load` and their `_all` forms always use an unsafe
 * loader. (Bandit reports `yaml.load` only.)
 */
import { type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { callName, callRule } from './common';

/** Loaders that build only plain data: the safe ones, and the base ones (every scalar a string). */
const SAFE = new Set(
  ['SafeLoader', 'CSafeLoader', 'BaseLoader', 'CBaseLoader', 'loader.SafeLoader', 'loader.BaseLoader', 'cyaml.CSafeLoader', 'cyaml.CBaseLoader'].map(
    (name) => `yaml.${name}`,
  ),
);

/** Functions that take the loader as an argument. */
const WITH_LOADER = new Set(['yaml.load', 'yaml.load_all']);

/** Functions whose loader is always an unsafe one, by the loader they use. */
const UNSAFE: Record<string, string> = {
  'yaml.unsafe_load': 'UnsafeLoader',
  'yaml.unsafe_load_all': 'UnsafeLoader',
  'yaml.full_load': 'FullLoader',
  'yaml.full_load_all': 'FullLoader',
};

function unsafe(call: CallSite, model: CallModel): boolean {
  if (!WITH_LOADER.has(call.assumedName!)) return true;
  const loader = argumentAt(call.node, 1, 'Loader');
  if (!loader) return true;
  if (loader.type === 'list_splat') return false;
  const names = model.resolveAssumedAll(loader);
  return !(names && names.every((name) => SAFE.has(name)));
}

function message(call: CallSite): string {
  const loader = call.assumedName !== undefined ? UNSAFE[call.assumedName] : undefined;
  return loader
    ? `${callName(call)} uses PyYAML's ${loader}, which can build arbitrary Python objects; use \`yaml.safe_load\``
    : `${callName(call)} without a safe loader can build arbitrary Python objects; use \`yaml.safe_load\``;
}

export const yamlUnsafeLoad = callRule({
  id: 'yaml-unsafe-load',
  name: 'YamlUnsafeLoad',
  bandit: 'B506',
  ruff: 'S506',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'deserialization' },
  category: 'deserialization',
  cwe: [502],
  functions: [...WITH_LOADER, ...Object.keys(UNSAFE)],
  check: (call, model) => unsafe(call, model),
  message,
  short: 'PyYAML loads with a loader that can construct arbitrary objects',
  full:
    'yaml.load or yaml.load_all is called without Loader=SafeLoader (or CSafeLoader, BaseLoader), or yaml.unsafe_load or yaml.full_load is called. ' +
    "PyYAML's full and unsafe loaders can instantiate Python objects named in the document, which lets a crafted YAML file run code.",
  title: 'PyYAML loading without a safe loader',
  why:
    'YAML tags such as `!!python/object/apply:os.system` ask PyYAML to build Python objects and call functions. With any loader other than the safe ones, a YAML document from outside the program can run code (deserialization of untrusted data, CWE-502).\n\n' +
    '`yaml.unsafe_load` uses `UnsafeLoader`, which builds anything. `yaml.full_load` uses `FullLoader`, which could be made to run code before PyYAML 5.4 (CVE-2020-1747, CVE-2020-14343) and still builds instances of the classes the program has imported.',
  example: 'import yaml\n\nconfig = yaml.load(stream, Loader=yaml.Loader)',
  fix: 'Use `yaml.safe_load(stream)` (`yaml.safe_load_all` for several documents) or `yaml.load(stream, Loader=yaml.SafeLoader)` (`CSafeLoader` for speed).',
  fixed: 'import yaml\n\nconfig = yaml.safe_load(stream)',
  notReported: [
    '`Loader=` resolving to `yaml.SafeLoader`, `yaml.CSafeLoader`, `yaml.BaseLoader` or `yaml.CBaseLoader`, also when it is imported in alternatives that are all of these (`try: from yaml import CSafeLoader as SafeLoader` / `except ImportError: from yaml import SafeLoader`).',
    '`yaml.safe_load`, `yaml.safe_load_all`, and `yaml.load` with `*args`.',
  ],
});
