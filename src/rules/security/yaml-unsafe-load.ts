/**
 * Bandit B506 / Ruff S506: `yaml.load` without a safe loader. `Loader=` (or the second positional
 * argument) resolving to `yaml.SafeLoader` or `yaml.CSafeLoader` makes the call safe.
 */
import { type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { callName, callRule } from './common';

const SAFE = new Set(['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.loader.SafeLoader', 'yaml.cyaml.CSafeLoader']);

function unsafe(call: CallSite, model: CallModel): boolean {
  const loader = argumentAt(call.node, 1, 'Loader');
  if (!loader) return true;
  if (loader.type === 'list_splat') return false;
  const q = model.resolveAssumed(loader);
  return !(q && SAFE.has(q));
}

export const yamlUnsafeLoad = callRule({
  id: 'yaml-unsafe-load',
  name: 'YamlUnsafeLoad',
  bandit: 'B506',
  ruff: 'S506',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  category: 'deserialization',
  cwe: [20],
  functions: ['yaml.load'],
  check: (call, model) => unsafe(call, model),
  message: (call) => `${callName(call)} without a safe loader can build arbitrary Python objects; use \`yaml.safe_load\``,
  short: 'yaml.load without SafeLoader can construct arbitrary objects',
  full: "yaml.load is called without Loader=SafeLoader (or CSafeLoader). PyYAML's full and unsafe loaders can instantiate Python objects named in the document, which lets a crafted YAML file run code.",
  title: '`yaml.load` without a safe loader',
  why: 'YAML tags such as `!!python/object/apply:os.system` ask PyYAML to build Python objects and call functions. With any loader other than the safe ones, a YAML document from outside the program can run code.',
  example: 'import yaml\n\nconfig = yaml.load(stream, Loader=yaml.Loader)',
  fix: 'Use `yaml.safe_load(stream)` or `yaml.load(stream, Loader=yaml.SafeLoader)` (`CSafeLoader` for speed).',
  fixed: 'import yaml\n\nconfig = yaml.safe_load(stream)',
  notReported: ['`Loader=` resolving to `yaml.SafeLoader` or `yaml.CSafeLoader`.', '`yaml.safe_load` and `yaml.load` with `*args`.'],
});
