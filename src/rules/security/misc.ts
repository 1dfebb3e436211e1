/**
 * Bandit B612-B615: `logging.config.listen` without verification (B612, Ruff S612), Trojan Source
 * bidirectional control characters (B613, no Ruff code), `torch.load` without `weights_only=True`
 * (B614, no Ruff code), and Hugging Face downloads not pinned to a revision (B615, no Ruff code).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, keywordArgument, keywordValue, stringLiteralValue, truthiness, type CallModel } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, callRule, securityMeta } from './common';

export const loggingConfigInsecureListen: Rule = callRule({
  id: 'logging-config-insecure-listen', name: 'LoggingConfigInsecureListen', bandit: 'B612', ruff: 'S612', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'injection', cwe: [94], functions: ['logging.config.listen'],
  check: (call) => !keywordArgument(call.node, 'verify'),
  message: (call) => `${callName(call)} without \`verify=\` accepts logging configurations from anyone who can connect, and configurations can run code`,
  short: 'logging.config.listen without a verify function',
  full: 'logging.config.listen opens a socket that accepts logging configurations; configurations can name classes to instantiate, so without verify= anyone who can connect can run code.',
  title: '`logging.config.listen` without verification',
  why: 'The listener applies any configuration it receives with `dictConfig`/`fileConfig`, which import and call the classes it names. Without a `verify` callable, whoever reaches the port runs code in the process.',
  example: 'import logging.config\n\nthread = logging.config.listen(9999)',
  fix: 'Pass `verify=` a function that checks a signature (or rejects everything unexpected), and bind to a trusted interface only.',
  notReported: ['Calls that pass `verify=` as a keyword. A `verify` passed positionally is still reported, as Bandit and Ruff do: write it as a keyword.'],
});

/** Bidirectional control characters used in Trojan Source attacks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200f]/g;

export const trojanSource: Rule = (() => {
  const meta = securityMeta({
    id: 'trojan-source', name: 'TrojanSource', bandit: 'B613', severity: 'HIGH', confidence: 'MEDIUM',
    category: 'injection', cwe: [838],
    short: 'bidirectional Unicode control character in source (Trojan Source)',
    full: 'The file contains a Unicode bidirectional control character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI or RLM). Such characters reorder how code is displayed, so the code a reviewer reads can differ from the code that runs.',
    title: 'A bidirectional control character (Trojan Source)',
    why: 'Bidirectional overrides make editors and review tools show text in a different order than the compiler reads it. A comment can appear to close before code that is in fact inside it, or a string can seem to end early (CVE-2021-42574).',
    example: '# the line looks like a harmless comparison, but an RLO character reverses part of it\nif access_level != "user\u202e \u2066# Check if admin\u2069 \u2066":',
    fix: 'Remove the character; if right-to-left text is needed in a string, write it with `\\u` escapes.',
    notReported: ['Characters written as escapes (`"\\u202e"`): they are not in the file\'s text.', 'Other invisible characters (zero-width spaces, homoglyphs).'],
  });
  return {
    meta,
    create(context: FileContext) {
      return {
        end() {
          const text = context.text;
          for (const match of text.matchAll(BIDI)) {
            const index = match.index!;
            const before = text.lastIndexOf('\n', index - 1);
            const row = (text.slice(0, index).match(/\n/g) ?? []).length;
            const column = index - before - 1;
            const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
            context.reportRange(meta, { row, column }, { row, column: column + 1 }, `bidirectional control character U+${code}: the code shown may differ from the code that runs`);
          }
        },
      };
    },
  };
})();

export const pytorchLoad: Rule = callRule({
  id: 'pytorch-unsafe-load', name: 'PytorchUnsafeLoad', bandit: 'B614', severity: 'MEDIUM', confidence: 'HIGH',
  category: 'deserialization', cwe: [502], functions: ['torch.load'],
  check: (call) => {
    const weightsOnly = keywordValue(call.node, 'weights_only');
    return !weightsOnly || truthiness(weightsOnly) !== true;
  },
  message: (call) => `${callName(call)} without \`weights_only=True\` unpickles the file, which can run arbitrary code`,
  short: 'torch.load without weights_only=True (unpickles arbitrary objects)',
  full: 'torch.load uses pickle; without weights_only=True a model file from outside the program can run code when it is loaded.',
  title: '`torch.load` without `weights_only=True`',
  why: 'PyTorch checkpoints are pickles. Unless `weights_only=True` restricts what may be built, loading a downloaded or user-supplied checkpoint runs whatever code its author put in it.',
  example: 'import torch\n\nmodel = torch.load("model.pt")',
  fix: 'Pass `weights_only=True` (the default since PyTorch 2.6), or use the `safetensors` format.',
  notReported: ['`weights_only=` with a true constant.'],
});

const HF_FUNCTIONS = ['huggingface_hub.hf_hub_download', 'huggingface_hub.snapshot_download', 'datasets.load_dataset'];

/** True for a revision that names a fixed commit (7 to 64 hex digits). */
function pinned(node: Node | undefined): boolean {
  if (!node) return false;
  const value = stringLiteralValue(node);
  return value !== undefined && /^[0-9a-f]{7,64}$/i.test(value);
}

export const huggingfaceUnsafeDownload: Rule = (() => {
  const meta = securityMeta({
    id: 'huggingface-unpinned-download', name: 'HuggingfaceUnpinnedDownload', bandit: 'B615', severity: 'MEDIUM', confidence: 'HIGH',
    category: 'supply-chain', cwe: [494],
    short: 'Hugging Face download not pinned to a commit revision',
    full: 'A model or dataset is downloaded from the Hugging Face Hub (from_pretrained, hf_hub_download, snapshot_download, load_dataset) without revision= set to a commit hash, so whatever the repository holds at run time is used.',
    title: 'An unpinned Hugging Face download',
    why: 'Without a pinned `revision`, every run downloads the repository\'s current state. If the repository is changed or taken over, the program loads the new files, which for pickle-based models means running their code.',
    example: 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("org/model")',
    fix: 'Pin a commit: `AutoModel.from_pretrained("org/model", revision="<commit sha>")`, and prefer safetensors weights.',
    notReported: ['`revision=` set to a literal commit hash (7 to 64 hexadecimal digits).', 'Files that import none of `transformers`, `huggingface_hub` and `datasets`.', 'Local paths are not told apart from Hub names: a `from_pretrained("./dir")` is reported.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      let imports = false;
      const imported = (node: Node): void => {
        if (/\b(transformers|huggingface_hub|datasets)\b/.test(node.text)) imports = true;
      };
      return {
        import_statement: imported,
        import_from_statement: imported,
        end() {
          if (!imports) return;
          for (const call of context.analysis<CallModel>('calls').calls) {
            const isHub = call.assumedName !== undefined && HF_FUNCTIONS.includes(call.assumedName);
            const isPretrained = call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'from_pretrained';
            if (!isHub && !isPretrained) continue;
            if (pinned(keywordValue(call.node, 'revision'))) continue;
            context.report(meta, call.callee, `${callName(call)} is not pinned to a commit with \`revision=\`: the files used can change under the program`);
          }
        },
      };
    },
  };
})();
