/**
 * The peer: @neo4j/graphql serving the same Neo4j through its own Apollo
 * server, in a process of its own, on a free loopback port. Answers its URL
 * over IPC, then serves until told to stop. Used only by the benchmark.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer-typedefs';

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    { maxConnectionPoolSize: 50, userAgent: 'stancegraph-bench-peer' },
  );
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: () => Promise.resolve({ sessionConfig: { database: process.env.NEO4J_DATABASE } }),
  });
  process.send?.({ ok: true, result: { url } });
  process.on('message', (m: { stop?: boolean }) => {
    if (m.stop)
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.send?.({
    ok: false,
    error: err instanceof Error ? (err.stack ?? err.message) : String(err),
  });
  process.exit(1);
});
