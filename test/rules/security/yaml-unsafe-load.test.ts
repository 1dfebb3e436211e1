import { yamlUnsafeLoad } from '../../../src/rules/security/yaml-unsafe-load';
import { hits, lines } from './helpers';

describe('yaml-unsafe-load', () => {
  test('unsafe and safe loaders', async () => {
    const src = lines(
      'import yaml',
      'import yaml as y',
      'from yaml import load, SafeLoader, CSafeLoader',
      'yaml.load(s)',
      'y.load(s, Loader=y.Loader)',
      'load(s, yaml.UnsafeLoader)',
      'yaml.load(s, Loader=SafeLoader)',
      'yaml.load(s, Loader=yaml.SafeLoader)',
      'y.load(s, CSafeLoader)',
      'yaml.safe_load(s)',
    );
    expect(await hits([yamlUnsafeLoad], src)).toEqual(['yaml-unsafe-load@4', 'yaml-unsafe-load@5', 'yaml-unsafe-load@6']);
  });
});
