import { pytorchUnsafeLoad } from '../../../src/rules/security/pytorch-unsafe-load';
import { hits, lines } from './helpers';

describe('pytorch-unsafe-load', () => {
  test('torch.load', async () => {
    const src = lines('import torch', 'torch.load(p)', 'torch.load(p, weights_only=False)', 'torch.load(p, weights_only=True)');
    expect(await hits([pytorchUnsafeLoad], src)).toEqual(['pytorch-unsafe-load@2', 'pytorch-unsafe-load@3']);
  });
});
