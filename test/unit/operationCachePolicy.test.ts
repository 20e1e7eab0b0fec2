/**
 * The cache policy read once per operation (src/graphql/plugins/operationCachePolicy.ts)
 * against Apollo's own per-field plugin: two in-process Apollo servers over one
 * schema with hints on types, fields, interfaces and unions, every field
 * resolving, must write the same `Cache-Control` for every query; where the
 * answer stops short of a selection (a null), ours may only be stricter.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import gql from 'graphql-tag';
import { cacheControlPlugins } from '../../src/graphql/plugins/cachePolicy';

const typeDefs = gql`
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    a: A
    list: [A!]!
    hinted: B @cacheControl(maxAge: 30)
    short: A @cacheControl(maxAge: 2)
    count: Int
    fixed: Int @cacheControl(maxAge: 100)
    secret: String @cacheControl(scope: PRIVATE)
    nodes: [Node!]!
    either: [U!]!
    empty: A
  }
  type A {
    id: ID!
    n: Int
    b: B
    c: C @cacheControl(inheritMaxAge: true)
    personal: C @cacheControl(inheritMaxAge: true, scope: PRIVATE)
    later: A @cacheControl(maxAge: 500)
  }
  type B @cacheControl(maxAge: 60) {
    id: ID!
    a: A
  }
  type C {
    x: Int
  }
  interface Node {
    id: ID!
  }
  type D implements Node @cacheControl(maxAge: 5) {
    id: ID!
  }
  type E implements Node {
    id: ID!
    b: B
  }
  union U = B | C
`;

const c = () => ({ x: 1 });
const b = (): Record<string, unknown> => ({ id: 'b', a: a(1) });
function a(depth = 0): Record<string, unknown> {
  return {
    id: 'a',
    n: 1,
    b: depth > 1 ? null : b,
    c,
    personal: c,
    later: depth > 1 ? null : () => a(depth + 1),
  };
}

const resolvers = {
  Query: {
    a: () => a(),
    list: () => [a(), a()],
    hinted: b,
    short: () => a(),
    count: () => 3,
    fixed: () => 4,
    secret: () => 's',
    nodes: () => [
      { __kind: 'D', id: 'd' },
      { __kind: 'E', id: 'e', b: b() },
    ],
    either: () => [
      { __kind: 'B', ...b() },
      { __kind: 'C', x: 2 },
    ],
    empty: () => null,
  },
  Node: { __resolveType: (o: { __kind: string }) => o.__kind },
  U: { __resolveType: (o: { __kind: string }) => o.__kind },
};

const serve = (plugins: ApolloServerPlugin[]) => new ApolloServer({ typeDefs, resolvers, plugins });

async function header(server: ApolloServer, query: string): Promise<string | undefined> {
  const response = await server.executeOperation({ query });
  return response.http.headers.get('cache-control');
}

const QUERIES = [
  '{ count }',
  '{ fixed }',
  '{ fixed secret }',
  '{ a { id n } }',
  '{ hinted { id } }',
  '{ hinted { id a { id } } }',
  '{ hinted { a { c { x } } } }',
  '{ hinted { a { personal { x } } } }',
  '{ hinted { a { later { id } } } }',
  '{ short { b { id } c { x } } }',
  '{ list { id c { x } } }',
  '{ nodes { id } }',
  '{ nodes { ... on D { id } } }',
  '{ nodes { ... on E { b { id } } } }',
  '{ either { ... on B { id } ... on C { x } } }',
  '{ either { __typename } }',
  '{ __typename }',
  'query { ...Q } fragment Q on Query { hinted { ...Bf } } fragment Bf on B { id a { id } }',
  '{ ... on Query { fixed } }',
  '{ count @skip(if: false) fixed }',
  '{ nope }',
];

describe.each([0, 20])('with a default age of %i s', (defaultMaxAge) => {
  let apollo: ApolloServer;
  let ours: ApolloServer;

  beforeAll(async () => {
    apollo = serve([ApolloServerPluginCacheControl({ defaultMaxAge })]);
    ours = serve(cacheControlPlugins({ defaultMaxAgeS: defaultMaxAge }));
    await Promise.all([apollo.start(), ours.start()]);
  });
  afterAll(() => Promise.all([apollo.stop(), ours.stop()]));

  it.each(QUERIES)('writes what Apollo writes for %s', async (query) => {
    const expected = await header(apollo, query);
    expect(expected).toBeDefined();
    expect(await header(ours, query)).toBe(expected);
  });

  it('agrees on the same query asked twice (the policy kept on the parsed operation)', async () => {
    const query = '{ hinted { a { id } } }';
    await header(ours, query);
    expect(await header(ours, query)).toBe(await header(apollo, query));
  });
});

it('is stricter, never looser, where the answer stops short of a selection', async () => {
  const apollo = serve([ApolloServerPluginCacheControl({ defaultMaxAge: 20 })]);
  const ours = serve(cacheControlPlugins({ defaultMaxAgeS: 20 }));
  await Promise.all([apollo.start(), ours.start()]);
  try {
    // `empty` is null: Apollo never reaches `b` (B, 60 s) nor `c`; both count here. Under `fixed`
    // (100 s) alone, the null root `empty` (A, default 20 s) sets the age either way.
    const query = '{ fixed empty { b { id } } }';
    expect(await header(apollo, query)).toBe('max-age=20, public');
    expect(await header(ours, query)).toBe('max-age=20, public');
    // A field only the null would have reached that is stricter than the rest: ours keeps it.
    const deeper = '{ hinted { id } short { later { later { later { b { a { id } } } } } } }';
    const theirs = await header(apollo, deeper);
    const mine = await header(ours, deeper);
    const age = (h: string | undefined) => Number(/max-age=(\d+)/.exec(h ?? '')?.[1] ?? 0);
    expect(age(mine)).toBeLessThanOrEqual(age(theirs));
  } finally {
    await Promise.all([apollo.stop(), ours.stop()]);
  }
});
