/**
 * GraphQL Code Generator: TypeScript types from schema.graphql, so the compiler
 * checks every resolver against the schema, and every test operation and every
 * operation of the explorer (explorer/src/queries.ts, explorer/src/dashboard/queries.ts) against it.
 *
 *   npm run codegen            regenerate the generated files
 *   npm run codegen:check      fail when any is stale (part of `npm run lint`)
 *
 * The generated files are committed and left as the generator writes them
 * (.prettierignore and eslint.config.mjs skip them), so `--check` can compare
 * them byte for byte.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Enums as string unions, so they are the same types as src/dataset/vocabulary.ts's. */
const shared = {
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: {
    // graphql-scalars' LocalDate: a YYYY-MM-DD string both ways.
    Date: 'string',
    // graphql-scalars' DateTime parses to a JavaScript Date; resolvers return ISO strings.
    DateTime: { input: 'Date', output: 'string' },
    // A client sends ISO 8601 text or epoch milliseconds (src/graphql/resolvers/TimeBound.ts); input only.
    TimeBound: { input: 'string | number', output: 'string' },
    // graphql-scalars' JSONObject: a plain object both ways.
    JSONObject: 'Record<string, unknown>',
  },
};

const model = '../model';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  overwrite: true,
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: [
        {
          add: {
            content: '/* Generated from schema.graphql by `npm run codegen`; do not edit. */',
          },
        },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        ...shared,
        // Resolvers receive a TimeBound already parsed to its UTC calendar date, YYYY-MM-DD.
        scalars: { ...shared.scalars, TimeBound: { input: 'string', output: 'string' } },
        contextType: '../context#Context',
        // What the resolvers of each type receive as their parent: rows from cypher/ (../model.ts).
        mappers: {
          Actor: `${model}#ActorModel`,
          Topic: `${model}#TopicModel`,
          Document: `${model}#DocumentModel`,
          Relation: `${model}#RelationModel`,
          Stance: `${model}#StanceModel`,
          Evidence: `${model}#EvidenceModel`,
          Role: `${model}#RoleModel`,
          Ranking: `${model}#RankingModel`,
          GraphChange: `${model}#GraphChangeModel`,
          ActorConnection: `${model}#ActorConnectionModel`,
          RelationConnection: `${model}#RelationConnectionModel`,
          StanceConnection: `${model}#StanceConnectionModel`,
          DocumentConnection: `${model}#DocumentConnectionModel`,
        },
        // Resolvers may return a model tagged with its GraphQL type name (unions).
        resolversNonOptionalTypename: false,
      },
    },
    'test/generated/operations.ts': {
      documents: [
        'test/integration/api.test.ts',
        'test/integration/queries.test.ts',
        'test/integration/analytics.test.ts',
        'test/integration/mutations.test.ts',
        'test/integration/injection.test.ts',
        'test/integration/extract.test.ts',
        'test/integration/roundtrips.test.ts',
        'test/integration/aggregates.test.ts',
      ],
      plugins: [
        {
          add: {
            content:
              "/* Generated from schema.graphql and the tests' operations by `npm run codegen`; do not edit. */",
          },
        },
        'typescript',
        'typescript-operations',
        'typed-document-node',
      ],
      config: { ...shared, onlyOperationTypes: true, avoidOptionals: false },
    },
    // Types only: the explorer sends its documents as strings, so its bundle has no graphql at run time.
    'explorer/src/generated/operations.ts': {
      documents: ['explorer/src/queries.ts', 'explorer/src/dashboard/queries.ts'],
      plugins: [
        {
          add: {
            content:
              "/* Generated from schema.graphql and the explorer's operations by `npm run codegen`; do not edit. */",
          },
        },
        'typescript',
        'typescript-operations',
      ],
      config: {
        ...shared,
        onlyOperationTypes: true,
        // `__typename` only where an operation asks for it; a nullable field is `T | null`, never missing.
        skipTypename: true,
        avoidOptionals: { field: true },
      },
    },
  },
};

export default config;
