/**
 * The lean /graphql path (src/graphql/http/): which URLs it takes from Express,
 * and the HTTP details Express's `res.send` used to supply, through a running
 * server without Neo4j (none of these requests reaches the graph).
 */
import { isGraphqlPath } from '../../src/graphql/http/handler';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { offlineGraph } from '../harness/offline';

describe('isGraphqlPath', () => {
  it.each([
    ['/graphql', true],
    ['/graphql?query=%7B__typename%7D', true],
    ['/graphql/', true],
    ['/GraphQL', true],
    ['/graphqlx', false],
    ['/graph', false],
    ['/explorer/', false],
    ['/health', false],
    [undefined, false],
  ])('%s → %s, as Express matched app.use("/graphql")', (url, expected) => {
    expect(isGraphqlPath(url)).toBe(expected);
  });
});

describe('the lean /graphql path', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startServer(
      { graph: offlineGraph(), logger: silentLogger(), production: true, changePollMs: 0 },
      '127.0.0.1',
      0,
    );
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server.stop());

  it('answers a POST with JSON, its length and the request id it was given', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(res.headers.get('x-request-id')).toBe('req-42');
  });

  it('answers a GET on /graphql/ and on /GraphQL like /graphql', async () => {
    for (const path of ['/graphql/', '/GraphQL']) {
      const res = await fetch(`${base}${path}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect([path, res.status, await res.json()]).toEqual([
        path,
        200,
        { data: { __typename: 'Query' } },
      ]);
    }
  });

  it('refuses a body that is not JSON with BAD_REQUEST and a one-line message', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        { message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('leaves other paths to Express', async () => {
    const res = await fetch(`${base}/health`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok' }]);
  });
});
