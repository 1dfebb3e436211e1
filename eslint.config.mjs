// ESLint (flat config): typescript-eslint's recommended rules on src/, test/ and scripts/.
// Run by `npm run lint` (with `prettier --check`, which owns the layout: no stylistic rules here).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated or not ours: the committed bundles, dependencies, caches.
    ignores: ['dist/', 'lib/', 'coverage/', 'node_modules/', '.tendril_cache/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The convention tsc's noUnusedParameters already follows: a leading underscore marks a
      // binding kept on purpose (a callback's unused parameter, a placeholder in a destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Deliberate: modules loaded lazily where they are needed (src/github/upload.ts keeps the
      // Octokit stack out of runs that never upload) and fresh copies under jest.isolateModules in
      // tests; each is typed with a cast to the module's type, so nothing is lost to `any`.
      '@typescript-eslint/no-require-imports': 'off',
      // Regular expressions over fixed-width text (YAML indentation, aligned columns) spell the
      // spaces out on purpose: `/^    default:/` reads as the line it matches, `/^ {4}default:/` does not.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Plain Node scripts (CommonJS): build and bench scripts, Jest's config, reporter and fixtures.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
);
