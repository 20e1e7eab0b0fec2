// Lint rules for stancegraph: typescript-eslint's type-aware recommended set,
// with the rules that catch a missed `await` (which leaves a driver session open), and the
// layers: which folder may import which, and no import cycles (eslint/layers.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { layers } from './eslint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'tools/neo4j-local/target/',
      '.neo4j/',
      'bin/',
      // The notebook's Python virtualenv (scripts/notebook-env.sh); JupyterLab ships JavaScript.
      '.venv-notebook/',
      '*.config.js',
      '*.config.mjs',
      // Written by `npm run codegen` (codegen.ts) and checked by `npm run codegen:check`.
      'src/graphql/generated/',
      'test/generated/',
      'explorer/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Plain JavaScript modules (eslint/, test/harness/*.mjs): no tsconfig covers them.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layers(import.meta.dirname),
  prettier,
);
