/** Bandit B615 (no Ruff code): a Hugging Face Hub download not pinned to a commit revision. */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { stringLiteralValue } from '../../analysis/literals';
import { callName, securityRule } from './common';

const HF_FUNCTIONS = ['huggingface_hub.hf_hub_download', 'huggingface_hub.snapshot_download', 'datasets.load_dataset'];

/** True for a revision that names a fixed commit (7 to 64 hex digits). */
function pinned(node: Node | undefined): boolean {
  if (!node) return false;
  const value = stringLiteralValue(node);
  return value !== undefined && /^[0-9a-f]{7,64}$/i.test(value);
}

export const huggingfaceUnpinnedDownload = securityRule({
  id: 'huggingface-unpinned-download',
  name: 'HuggingfaceUnpinnedDownload',
  bandit: 'B615',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'supply-chain' },
  category: 'supply-chain',
  cwe: [494],
  short: 'Hugging Face download not pinned to a commit revision',
  full: 'A model or dataset is downloaded from the Hugging Face Hub (from_pretrained, hf_hub_download, snapshot_download, load_dataset) without revision= set to a commit hash, so whatever the repository holds at run time is used.',
  title: 'An unpinned Hugging Face download',
  why: "Without a pinned `revision`, every run downloads the repository's current state. If the repository is changed or taken over, the program loads the new files, which for pickle-based models means running their code.",
  example: 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("org/model")',
  fix: 'Pin a commit: `AutoModel.from_pretrained("org/model", revision="<commit sha>")`, and prefer safetensors weights.',
  fixed: 'from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained("org/model", revision="3f2a9c1d5e7b8a6f4c2d0e9b1a3c5e7f9d2b4a6c")',
  notReported: [
    '`revision=` set to a literal commit hash (7 to 64 hexadecimal digits).',
    'Files that import none of `transformers`, `huggingface_hub` and `datasets`.',
    'Local paths are not told apart from Hub names: a `from_pretrained("./dir")` is reported.',
  ],
  uses: [calls],
  create(context) {
    let imports = false;
    const imported = (node: Node): void => {
      if (/\b(transformers|huggingface_hub|datasets)\b/.test(node.text)) imports = true;
    };
    return {
      import_statement: imported,
      import_from_statement: imported,
      end() {
        if (!imports) return;
        for (const call of context.analysis<CallModel>(calls).calls) {
          const isHub = call.assumedName !== undefined && HF_FUNCTIONS.includes(call.assumedName);
          const isPretrained = call.callee.type === 'attribute' && call.callee.childForFieldName('attribute')?.text === 'from_pretrained';
          if (!isHub && !isPretrained) continue;
          if (pinned(keywordValue(call.node, 'revision'))) continue;
          context.report(call.callee, `${callName(call)} is not pinned to a commit with \`revision=\`: the files used can change under the program`);
        }
      },
    };
  },
});
