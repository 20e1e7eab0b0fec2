/**
 * Lint keeps the layers (eslint/layers.mjs): a file importing from a layer above
 * its own, a client reaching into the server, or two files importing each other
 * fail `npm run lint`. The test writes such files into the tree, lints them with
 * ESLint's Node API (test/harness/lintLayers.mjs) and removes them again.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');
const TMP = `layers-test-${process.pid}`;

/** Temporary files, by path from the project root, with what each imports. */
const FILES: Record<string, string> = {
  // The dataset layer reaching up into the GraphQL adapter.
  [`src/dataset/${TMP}/forbidden.ts`]: `import { ErrorCode } from '../../graphql/errors';\nexport const code = ErrorCode.NOT_FOUND;\n`,
  // Foundation code (where config lives) importing the API's limits, as config.ts once did.
  [`src/javaTool/${TMP}/limits.ts`]: `import { queryLimits } from '../../graphql/limits';\nexport const limits = queryLimits;\n`,
  // A CLI command using the API's internals, as cliExit.ts once did.
  [`src/gen/${TMP}/command.ts`]: `import { isUnavailable } from '../../graphql/errors';\nexport const unavailable = isUnavailable;\n`,
  // The curation service reaching into the GraphQL adapter for its error model, as it once lived there.
  [`src/curation/${TMP}/forbidden.ts`]: `import { badInput } from '../../graphql/errors';\nexport const refuse = badInput;\n`,
  // Allowed: the curation service using the loader, the store and the dataset's problems.
  [`src/curation/${TMP}/allowed.ts`]: `import { existingIn } from '../../load/loader';\nimport { assertionById } from '../../store';\nimport type { DatasetProblem } from '../../dataset/problems';\nexport const allowed = [existingIn, assertionById];\nexport type Problem = DatasetProblem;\n`,
  // The explorer compiling against the server's dataset module instead of the shared vocabulary.
  [`explorer/src/${TMP}/kinds.ts`]: `import { ACTOR_KINDS } from '../../../src/dataset/vocabulary';\nexport const kinds = ACTOR_KINDS;\n`,
  // The shared vocabulary importing anything at all.
  [`src/vocabulary/${TMP}.ts`]: `import { sep } from 'node:path';\nexport const separator = sep;\n`,
  // Two files importing each other.
  [`src/load/${TMP}/a.ts`]: `import { b } from './b';\nexport const a = (): string => 'a' + b();\n`,
  [`src/load/${TMP}/b.ts`]: `import { a } from './a';\nexport const b = (): string => (Math.random() > 2 ? a() : 'b');\n`,
  // Allowed: the loader using the dataset and the store; the explorer using the vocabulary.
  [`src/load/${TMP}/allowed.ts`]: `import { RELATION_TYPES } from '../../dataset/vocabulary';\nimport { actorRelations } from '../../store';\nexport const allowed = [RELATION_TYPES, actorRelations];\n`,
  [`explorer/src/${TMP}/allowed.ts`]: `import { POLARITIES } from '../../../src/vocabulary';\nexport const polarities = POLARITIES;\n`,
};

interface LintOutput {
  files: Record<string, Array<{ rule: string | null; message: string }>>;
  project: Record<string, number | undefined>;
}

let output: LintOutput;

beforeAll(async () => {
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), text);
  }
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['test/harness/lintLayers.mjs', ...Object.keys(FILES)],
    { cwd: ROOT },
  );
  output = JSON.parse(stdout) as LintOutput;
}, 180_000);

afterAll(async () => {
  for (const dir of [
    'src/dataset',
    'src/javaTool',
    'src/gen',
    'src/curation',
    'explorer/src',
    'src/load',
  ]) {
    await rm(join(ROOT, dir, TMP), { recursive: true, force: true });
  }
  await rm(join(ROOT, `src/vocabulary/${TMP}.ts`), { force: true });
});

const rulesOf = (file: string) => output.files[file]?.map((m) => m.rule);
const messagesOf = (file: string) => output.files[file]?.map((m) => m.message).join('\n');

describe('layers', () => {
  it.each([
    [
      `src/dataset/${TMP}/forbidden.ts`,
      /dataset may import only from itself, vocabulary, foundation/,
    ],
    [`src/javaTool/${TMP}/limits.ts`, /foundation may import only from itself, vocabulary;/],
    [`src/gen/${TMP}/command.ts`, /the CLI may import the GraphQL adapter only through/],
    [
      `src/curation/${TMP}/forbidden.ts`,
      /services may import only from itself, .*; it may not import graphql, cli/,
    ],
    [`explorer/src/${TMP}/kinds.ts`, /the explorer shares only src\/vocabulary/],
  ])('refuses the import in %s', (file, message) => {
    expect(rulesOf(file)).toEqual(['import-x/no-restricted-paths']);
    expect(messagesOf(file)).toMatch(message);
  });

  it('keeps the shared vocabulary free of imports', () => {
    expect(rulesOf(`src/vocabulary/${TMP}.ts`)).toEqual(['no-restricted-syntax']);
  });

  it('refuses an import cycle, in both of its files', () => {
    expect(rulesOf(`src/load/${TMP}/a.ts`)).toEqual(['import-x/no-cycle']);
    expect(rulesOf(`src/load/${TMP}/b.ts`)).toEqual(['import-x/no-cycle']);
  });

  it.each([
    `src/load/${TMP}/allowed.ts`,
    `src/curation/${TMP}/allowed.ts`,
    `explorer/src/${TMP}/allowed.ts`,
  ])('lets %s import from the layers below it', (file) => {
    expect(output.files[file]).toEqual([]);
  });

  it("is part of the project's lint configuration, as errors", () => {
    expect(output.project).toEqual({ 'import-x/no-restricted-paths': 2, 'import-x/no-cycle': 2 });
  });
});
