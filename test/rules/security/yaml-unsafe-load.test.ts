import { yamlUnsafeLoad } from '../../../src/rules/security/yaml-unsafe-load';
import { findings, hits, lines } from './helpers';

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

describe('yaml-unsafe-load: issue 19 cases', () => {
  test('a safe loader imported in try/except alternatives is safe; alternatives with an unsafe one are not', async () => {
    const src = lines(
      'import yaml',
      'try:',
      '    from yaml import CSafeLoader as SafeLoader',
      'except ImportError:',
      '    from yaml import SafeLoader',
      'yaml.load(s, Loader=SafeLoader)',
      'try:',
      '    from yaml import CLoader as Loader',
      'except ImportError:',
      '    from yaml import SafeLoader as Loader',
      'yaml.load(s, Loader=Loader)',
    );
    expect(await hits([yamlUnsafeLoad], src)).toEqual(['yaml-unsafe-load@11']);
  });
  test('unsafe_load, full_load and load_all with an unsafe or missing loader', async () => {
    const src = lines(
      'import yaml',
      'yaml.unsafe_load(s)',
      'yaml.full_load(s)',
      'yaml.full_load_all(s)',
      'yaml.unsafe_load_all(s)',
      'yaml.load_all(s)',
      'yaml.load_all(s, Loader=yaml.FullLoader)',
      'yaml.load_all(s, Loader=yaml.SafeLoader)',
      'yaml.load(s, Loader=yaml.BaseLoader)',
      'yaml.safe_load_all(s)',
    );
    expect(await hits([yamlUnsafeLoad], src)).toEqual([
      'yaml-unsafe-load@2',
      'yaml-unsafe-load@3',
      'yaml-unsafe-load@4',
      'yaml-unsafe-load@5',
      'yaml-unsafe-load@6',
      'yaml-unsafe-load@7',
    ]);
    const messages = (await findings([yamlUnsafeLoad], lines('import yaml', 'yaml.full_load(s)', 'yaml.load_all(s)'))).map((f) => f.message);
    expect(messages).toEqual([
      "`yaml.full_load` uses PyYAML's FullLoader, which can build arbitrary Python objects; use `yaml.safe_load`",
      '`yaml.load_all` without a safe loader can build arbitrary Python objects; use `yaml.safe_load`',
    ]);
  });
  test('CWE-502: deserialization of untrusted data', () => {
    expect(yamlUnsafeLoad.meta.cwe).toEqual([502]);
  });
});
