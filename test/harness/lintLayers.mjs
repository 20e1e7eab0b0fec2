// Lints the files named on the command line with the project's layer rules (eslint/layers.mjs)
// through ESLint's Node API, and prints the result as JSON: each file's messages, and the
// severity the project's own eslint.config.mjs gives those rules. A separate process because
// ESLint loads configs as ES modules, which Jest's module system does not (test/unit/layers.test.ts).
import { relative, resolve } from 'node:path';
import process from 'node:process';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { layers } from '../../eslint/layers.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const files = process.argv.slice(2);

// The layer rules alone, on the TypeScript parser: the type-aware rules would only add time.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    ...layers(root),
  ],
});
const results = await eslint.lintFiles(files);
const project = await new ESLint({ cwd: root }).calculateConfigForFile(files[0]);
const severity = (rule) => project.rules?.[rule]?.[0];

process.stdout.write(
  JSON.stringify({
    files: Object.fromEntries(
      results.map((r) => [
        relative(root, r.filePath),
        r.messages.map((m) => ({ rule: m.ruleId, message: m.message })),
      ]),
    ),
    project: {
      'import-x/no-restricted-paths': severity('import-x/no-restricted-paths'),
      'import-x/no-cycle': severity('import-x/no-cycle'),
    },
  }),
);
