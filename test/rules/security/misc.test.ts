import { huggingfaceUnsafeDownload, loggingConfigInsecureListen, pytorchLoad, trojanSource } from '../../../src/rules/security/misc';
import { checkMeta, hits, lines } from './helpers';

describe('B612-B615', () => {
  test('metadata', () => {
    checkMeta(loggingConfigInsecureListen, ['B612', 'S612'], 'MEDIUM', 'HIGH');
    checkMeta(trojanSource, ['B613'], 'HIGH', 'MEDIUM');
    checkMeta(pytorchLoad, ['B614'], 'MEDIUM', 'HIGH');
    checkMeta(huggingfaceUnsafeDownload, ['B615'], 'MEDIUM', 'HIGH');
  });
  test('logging.config.listen', async () => {
    const src = lines('import logging.config', 'from logging.config import listen as l', 'logging.config.listen(9999)', 'l(0, verify=check)');
    expect(await hits([loggingConfigInsecureListen], src)).toEqual(['logging-config-insecure-listen@3']);
  });
  test('trojan source characters', async () => {
    const src = lines('x = 1', 's = "abc\u202edef"', 't = "\\u202e"');
    expect(await hits([trojanSource], src)).toEqual(['trojan-source@2']);
  });
  test('torch.load', async () => {
    const src = lines('import torch', 'torch.load(p)', 'torch.load(p, weights_only=False)', 'torch.load(p, weights_only=True)');
    expect(await hits([pytorchLoad], src)).toEqual(['pytorch-unsafe-load@2', 'pytorch-unsafe-load@3']);
  });
  test('hugging face downloads', async () => {
    const src = lines(
      'from transformers import AutoModel',
      'from huggingface_hub import hf_hub_download',
      'AutoModel.from_pretrained("org/m")',
      'AutoModel.from_pretrained("org/m", revision="main")',
      'AutoModel.from_pretrained("org/m", revision="0123456789abcdef0123456789abcdef01234567")',
      'hf_hub_download("org/m", "f.bin")',
    );
    expect(await hits([huggingfaceUnsafeDownload], src)).toEqual(['huggingface-unpinned-download@3', 'huggingface-unpinned-download@4', 'huggingface-unpinned-download@6']);
  });
});
