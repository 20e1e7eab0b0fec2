/**
 * The HTTP floors (issue 13, item 1), served in the benchmark's process beside
 * stancegraph's server:
 * - Apollo's standalone server answering `{ __typename }`: what Apollo costs
 *   without stancegraph's stack (Express, pino-http, armor, the plugins);
 * - stancegraph's own stack (`startServer`) with a one-resolver schema that
 *   runs a floor statement and returns its rows as JSON: the GraphQL-over-HTTP
 *   floor, which differs from the raw-driver floor only by HTTP and GraphQL.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { JSONResolver } from 'graphql-scalars';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import type { Graph } from '../../src/db/graph';
import { toPlain } from '../../src/db/values';
import { startServer } from '../../src/graphql/server';
import type { Request } from './client-child';
import { boltParams } from './params';

export const TYPENAME = JSON.stringify({ query: '{ __typename }' });

const FLOOR_QUERY =
  'query Floor($cypher: String!, $params: JSON!) { floor(cypher: $cypher, params: $params) }';

/** The GraphQL-over-HTTP floor's request for one raw-driver floor request. */
export function floorBody(request: Request): Request {
  const { cypher, params } = request as { cypher: string; params: Record<string, unknown> };
  return { body: JSON.stringify({ query: FLOOR_QUERY, variables: { cypher, params } }) };
}

export interface HttpFloors {
  standaloneUrl: string;
  graphqlFloorUrl: string;
  stop(): Promise<void>;
}

/** Starts both floors on loopback ports of the system's choosing; `statements` are the only Cypher the floor runs. */
export async function startHttpFloors(
  graph: Graph,
  database: string | undefined,
  statements: ReadonlySet<string>,
): Promise<HttpFloors> {
  const standalone = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
  const { url: standaloneUrl } = await startStandaloneServer(standalone, {
    listen: { host: '127.0.0.1', port: 0 },
  });
  const schema = makeExecutableSchema({
    typeDefs: 'scalar JSON\ntype Query { floor(cypher: String!, params: JSON!): JSON }',
    resolvers: {
      JSON: JSONResolver,
      Query: {
        floor: async (_: unknown, args: { cypher: string; params: Record<string, unknown> }) => {
          if (!statements.has(args.cypher))
            throw new Error('not one of the benchmark floor statements');
          const result = await graph.driver.executeQuery(args.cypher, boltParams(args.params), {
            routing: neo4j.routing.READ,
            database,
          });
          return result.records.map((r) => toPlain(r.toObject()));
        },
      },
    },
  });
  const floor = await startServer(
    { graph, logger: pino({ level: 'silent' }), production: true, schema, changePollMs: 0 },
    '127.0.0.1',
    0,
  );
  return {
    standaloneUrl,
    graphqlFloorUrl: floor.url,
    stop: async () => {
      await floor.stop();
      await standalone.stop();
    },
  };
}
