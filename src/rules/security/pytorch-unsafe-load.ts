/** Bandit B614 (no Ruff code): `torch.load` without `weights_only=True`. */
import { keywordValue } from '../../analysis/arguments';
import { truthiness } from '../../analysis/literals';
import { callName, callRule } from './common';

export const pytorchUnsafeLoad = callRule({
  id: 'pytorch-unsafe-load',
  name: 'PytorchUnsafeLoad',
  bandit: 'B614',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'deserialization' },
  category: 'deserialization',
  cwe: [502],
  functions: ['torch.load'],
  check: (call) => {
    const weightsOnly = keywordValue(call.node, 'weights_only');
    return !weightsOnly || truthiness(weightsOnly) !== true;
  },
  message: (call) => `${callName(call)} without \`weights_only=True\` unpickles the file, which can run arbitrary code`,
  short: 'Call to torch.load without weights_only=True (unpickles arbitrary objects)',
  full: 'torch.load uses pickle; without weights_only=True a model file from outside the program can run code when it is loaded.',
  title: '`torch.load` without `weights_only=True`',
  why: 'PyTorch checkpoints are pickles. Unless `weights_only=True` restricts what may be built, loading a downloaded or user-supplied checkpoint runs whatever code its author put in it.',
  example: 'import torch\n\nmodel = torch.load("model.pt")',
  fix: 'Pass `weights_only=True` (the default since PyTorch 2.6), or use the `safetensors` format.',
  fixed: 'import torch\n\nmodel = torch.load("model.pt", weights_only=True)',
  notReported: ['`weights_only=` with a true constant.'],
});
