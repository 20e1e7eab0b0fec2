// Which folder may import which (docs/ARCHITECTURE.md, "Layers"): each layer imports only from
// the layers listed before it, checked on resolved paths by eslint-plugin-import-x's
// no-restricted-paths; import cycles fail by its no-cycle.
// https://github.com/un-ts/eslint-plugin-import-x/blob/master/docs/rules/no-restricted-paths.md
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The server's layers, lowest first: a layer may import its own files and those of earlier layers. */
export const LAYERS = [
  // Plain data shared with the explorer; it imports nothing (rule below).
  { name: 'vocabulary', files: ['src/vocabulary/**'] },
  // Read by every layer: the environment, API keys, logging, progress and summary lines, Maven.
  {
    name: 'foundation',
    files: [
      'src/config.ts',
      'src/apiKeys.ts',
      'src/log.ts',
      'src/progress.ts',
      'src/summary.ts',
      'src/javaTool/**',
      'src/types/**',
    ],
  },
  // The dataset format, its parsing and validation.
  { name: 'dataset', files: ['src/dataset/**'] },
  // The driver's lifecycle, the local Neo4j, values and database errors, under the store.
  { name: 'db', files: ['src/db/**'] },
  // The shared broker for live updates across replicas (Redis), and the local Redis launcher.
  { name: 'broker', files: ['src/broker/**'] },
  // One typed function per Cypher file.
  { name: 'store', files: ['src/store/**'] },
  // The loader: plan, then batched writes through the store.
  { name: 'load', files: ['src/load/**'] },
  // What the product does; the CLI commands kept beside a service belong to the CLI.
  {
    name: 'services',
    files: ['src/{services,analytics,export,extract,gen,curation}/**/!(command*|bench).ts'],
  },
  // Adapters: the GraphQL API, then the CLI (which starts the API).
  { name: 'graphql', files: ['src/graphql/**'] },
  {
    name: 'cli',
    files: ['src/cli*.ts', 'src/**/command*.ts', 'src/extract/bench.ts', 'src/bench/**'],
  },
];

/** Outside the server: clients and tools import the server; the server imports none of them. */
const OUTSIDE = ['explorer/**', 'notebooks/**', 'bench/**', 'scripts/**', 'test/**', 'tools/**'];

/** Whether a path is a glob: the rule takes a zone's `from` either all globs or all plain paths. */
const isGlob = (path) => /[*?[\]{}()!]/.test(path);

function zones(root) {
  const at = (glob) => join(root, glob);
  const layered = LAYERS.slice(0, -1).flatMap((layer, i) => {
    const higher = LAYERS.slice(i + 1);
    const from = higher.flatMap((h) => h.files);
    const message = `${layer.name} may import only from ${['itself', ...LAYERS.slice(0, i).map((l) => l.name)].join(', ')}; it may not import ${higher.map((h) => h.name).join(', ')} (eslint/layers.mjs)`;
    return [from.filter(isGlob), from.filter((f) => !isGlob(f))]
      .filter((paths) => paths.length > 0)
      .map((paths) => ({ target: layer.files.map(at), from: paths.map(at), message }));
  });
  return [
    ...layered,
    {
      target: at('src/**'),
      from: OUTSIDE.map(at),
      message: 'src/ may not import clients, tools or tests (eslint/layers.mjs)',
    },
    {
      // The CLI starts the API through its entry point and shares none of its internals.
      target: LAYERS.at(-1).files.map(at),
      from: [at('src/graphql')],
      except: ['server.ts'],
      message:
        'the CLI may import the GraphQL adapter only through src/graphql/server.ts (eslint/layers.mjs)',
    },
    {
      target: at('explorer/**'),
      from: ['src/**', 'bench/**', 'scripts/**', 'test/**', 'tools/**'].map(at),
      except: [at('src/vocabulary/**')],
      message:
        'the explorer shares only src/vocabulary with the server; ask the API for anything else (eslint/layers.mjs)',
    },
  ];
}

/** Flat-config blocks that enforce the layers and forbid import cycles, for a project at `root`. */
export function layers(root) {
  return [
    {
      files: ['**/*.ts', '**/*.mts'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.mts', '.js', '.mjs', '.cjs'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
        'import-x/resolver-next': [
          createNodeResolver({ extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.json'] }),
        ],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { basePath: root, zones: zones(root) }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    {
      files: ['src/vocabulary/**'],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector: 'ImportDeclaration, ExportAllDeclaration, ExportNamedDeclaration[source]',
            message:
              'src/vocabulary is shared with the explorer: plain data only, it imports nothing (eslint/layers.mjs)',
          },
        ],
      },
    },
  ];
}
