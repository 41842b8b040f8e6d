// The linter: JavaScript's and typescript-eslint's recommended rules, the Astro plugin's for
// .astro files, and one width for every line of code (the formatter's, .prettierrc.json).
// Formatting itself is Prettier's (`npm run format`); this file only wires the shared configs.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // What .gitignore leaves out (builds, their leftovers, snapshots, screenshots) and the fixtures, kept as they are.
    ignores: [
      'dist/',
      'dist.*/',
      'dist-*/',
      '.astro/',
      'tmp/',
      'screenshots/',
      '.*.content/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: false }],
      // `_` names a value a destructuring must skip over; a rest sibling drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
