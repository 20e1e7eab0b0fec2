/**
 * The HTTP edge: Apollo Server on Express, with /health and /ready beside
 * /graphql. Errors are formatted here, once (./errors.ts).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import gql from 'graphql-tag';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Graph } from '../db/graph';
import { createContext, type Context } from './context';
import { createFormatError } from './errors';
import { resolvers } from './resolvers';

/** schema.graphql sits at the project root, two levels above src/graphql and dist/graphql. */
export const SCHEMA_PATH = resolve(__dirname, '..', '..', 'schema.graphql');

export const typeDefs = gql(readFileSync(SCHEMA_PATH, 'utf8'));

export interface ServerOptions {
  graph: Graph;
  logger: Logger;
  production: boolean;
  /** Largest request body accepted, e.g. "1mb". */
  bodyLimit?: string;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

export function createApollo(options: ServerOptions, httpServer?: Server): ApolloServer<Context> {
  const { logger, production } = options;
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError({
      includeStack: !production,
      log: (error, formatted) =>
        logger.error({ err: error, path: formatted.path }, 'request failed'),
    }),
    plugins: [
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
}

export async function startServer(
  options: ServerOptions,
  host: string,
  port: number,
): Promise<RunningServer> {
  const { graph, logger } = options;
  const app = express();
  const httpServer = createHttpServer(app);
  const apollo = createApollo(options, httpServer);
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id =
          typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await graph.ping();
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ready' : 'unavailable', neo4j: ok ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(createContext(graph, typeof req.id === 'string' ? req.id : randomUUID())),
    }),
  );

  await new Promise<void>((done, fail) => {
    httpServer.once('error', fail);
    httpServer.listen(port, host, () => done());
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    httpServer,
    apollo,
    stop: () => apollo.stop(),
  };
}
