// Lint rules for stancegraph: typescript-eslint's type-aware recommended set,
// with the rules that catch a missed `await` (which leaves a driver session open), and the
// layers: which folder may import which, and no import cycles (eslint/layers.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { layers } from './eslint/layers.mjs';

const STATEMENT_NAME = '/^(?:[a-z-]+\\/)+[a-z-]+$/';

/** What only src/store (and src/db below it) may do. */
const STORE_ONLY = [
  {
    selector:
      'CallExpression[callee.property.name=/^(readNamed|runNamed|runAutoCommitNamed|pingNamed)$/]',
    message:
      'Run a statement through src/store (read, write, autoCommit, ping) with its declaration, not by name.',
  },
  {
    selector: "CallExpression[callee.name='cypher']",
    message: "Take a statement's text with textOf(<declaration>) of src/store.",
  },
  {
    selector: `CallExpression[callee.property.name=/^(read|run|runAutoCommit)$/] > Literal.arguments:first-child[value=${STATEMENT_NAME}]`,
    message:
      'No statement name as a string outside src/store: run its declaration with read/write of src/store.',
  },
  {
    selector: `CallExpression[callee.property.name=/^(read|run|runAutoCommit)$/] > TemplateLiteral.arguments:first-child`,
    message:
      'No statement name as a string outside src/store: run its declaration with read/write of src/store.',
  },
  {
    selector: 'TSAsExpression TSTypeReference[typeName.name=/(Model|Row)$/]',
    message:
      'No row casts outside src/store: declare the row type on the statement (src/store/<folder>.ts) and read typed rows.',
  },
];

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
    // Issue 16: Cypher statements run only through the typed store (src/store), which declares each
    // file under cypher/ with its parameter and row types; nothing else names a statement or casts a row.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/store/**', 'src/db/**'],
    rules: {
      'no-restricted-syntax': ['error', ...STORE_ONLY],
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
