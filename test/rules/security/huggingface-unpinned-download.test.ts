import { huggingfaceUnpinnedDownload } from '../../../src/rules/security/huggingface-unpinned-download';
import { hits, lines } from './helpers';

describe('huggingface-unpinned-download', () => {
  test('hugging face downloads', async () => {
    const src = lines(
      'from transformers import AutoModel',
      'from huggingface_hub import hf_hub_download',
      'AutoModel.from_pretrained("org/m")',
      'AutoModel.from_pretrained("org/m", revision="main")',
      'AutoModel.from_pretrained("org/m", revision="0123456789abcdef0123456789abcdef01234567")',
      'hf_hub_download("org/m", "f.bin")',
    );
    expect(await hits([huggingfaceUnpinnedDownload], src)).toEqual([
      'huggingface-unpinned-download@3',
      'huggingface-unpinned-download@4',
      'huggingface-unpinned-download@6',
    ]);
  });
});
