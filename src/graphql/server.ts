/**
 * The HTTP edge: /graphql on Node's http server straight into Apollo Server
 * (./http/handler.ts), and Express for /health, /ready and /explorer beside it.
 * Errors are formatted here, once (./errors.ts).
 */
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import proxyAddr from 'proxy-addr';
import { ClientLimiter, type RateLimit } from './rateLimit';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Logger } from 'pino';
import type { Graph } from '../db/graph';
import { ping } from '../store';
import type { Context } from './context';
import { createFormatError } from './errors';
import { resolvers } from './resolvers';
import type { ApiKey } from '../apiKeys';
import { authPlugin, KeyRing } from './auth';
import {
  startGraphEvents,
  watchGraphVersion,
  type GraphEvents,
  type VersionWatcher,
} from './pubsub';
import { startSubscriptionServer } from './subscriptions';
import { legacyJsonStatusPlugin } from './plugins/legacyJsonStatus';
import { httpSubscriptionsPlugin } from './plugins/httpSubscriptions';
import { errorLogPlugin } from './plugins/errorLog';
import { DEFAULT_LIMITS, type QueryLimits } from '../config';
import { queryLimits } from './limits';
import { explorerRouter } from './explorer';
import { requestLog } from './requestLog';
import { responseCachePlugin } from './responseCache';
import { bookmarkPlugin } from './bookmarks';
import { graphqlHttp, isGraphqlPath } from './http/handler';
import { cacheControlPlugins, cachePolicyPlugin } from './plugins/cachePolicy';
import { etagPlugin } from './plugins/etag';

/** schema.graphql sits at the project root, two levels above src/graphql and dist/graphql. */
export const SCHEMA_PATH = resolve(__dirname, '..', '..', 'schema.graphql');

export const typeDefs = gql(readFileSync(SCHEMA_PATH, 'utf8'));

/** Built once, shared by Apollo (HTTP) and graphql-ws (WebSocket). */
export const schema = makeExecutableSchema({ typeDefs, resolvers });

export interface ServerOptions {
  /** Per-client request limit (src/graphql/rateLimit.ts); none when left out. */
  rateLimit?: RateLimit;
  /** Express's `trust proxy` setting (false when left out). */
  trustProxy?: boolean | number | string;
  graph: Graph;
  logger: Logger;
  production: boolean;
  /** Largest request body accepted, e.g. "1mb". */
  bodyLimit?: string;
  /** Keys that may send mutations (src/apiKeys.ts); none means every mutation is refused. */
  apiKeys?: readonly ApiKey[];
  /** Queries and subscriptions need a key too (STANCEGRAPH_REQUIRE_KEY_FOR_READS). */
  requireKeyForReads?: boolean;
  /** How often to look for loads by other processes, to tell subscribers; 0 turns it off. */
  changePollMs?: number;
  /** Depth, cost, alias, directive and token limits (./limits.ts). */
  limits?: QueryLimits;
  /** Schema introspection; defaults to on in development, off in production. */
  introspection?: boolean;
  /** Apollo Sandbox as the landing page; defaults to on in development, off in production. */
  sandbox?: boolean;
  /**
   * What the stack serves; defaults to the API's schema. The benchmark serves a one-resolver schema
   * through the same stack to measure its GraphQL-over-HTTP floor (bench/lib/floors.ts).
   */
  schema?: GraphQLSchema;
  /** redis://… : live updates and cache invalidation shared with other replicas (STANCEGRAPH_PUBSUB). */
  pubsubUrl?: string | undefined;
  /** MiB of query answers kept by the response cache (./responseCache.ts); 0 or absent: no cache. */
  responseCacheMb?: number;
  /** `Cache-Control: max-age` of a query answer without a narrower schema hint; 0: `no-store`. */
  cacheMaxAgeS?: number;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Where mutations publish and subscriptions listen. */
  events: GraphEvents;
  stop(): Promise<void>;
}

export function createApollo(
  options: ServerOptions,
  httpServer?: Server,
  extraPlugins: ApolloServerPlugin<Context>[] = [],
): ApolloServer<Context> {
  const { logger, production } = options;
  const limits = queryLimits(options.limits ?? DEFAULT_LIMITS, production);
  const sandbox = options.sandbox ?? !production;
  return new ApolloServer<Context>({
    schema: options.schema ?? schema,
    introspection: options.introspection ?? !production,
    includeStacktraceInErrorResponses: !production,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createFormatError({ includeStack: !production }),
    // The CLI stops the server on SIGINT/SIGTERM itself, then the Neo4j it started; Apollo's own
    // handler would re-raise the signal and end the process before that (and a second stop()
    // made while Apollo's is draining never returns).
    stopOnTerminationSignals: false,
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      errorLogPlugin<Context>(logger),
      legacyJsonStatusPlugin<Context>(),
      httpSubscriptionsPlugin<Context>(),
      authPlugin<Context>({ requireKeyForReads: options.requireKeyForReads ?? false }),
      bookmarkPlugin(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      // HTTP caching (./plugins/cachePolicy.ts): our narrowing first, then the extra plugins
      // (ETag, response cache) see the final policy, and Apollo's plugin writes the header last.
      cachePolicyPlugin<Context>({ requireKeyForReads: options.requireKeyForReads ?? false }),
      ...extraPlugins,
      ...cacheControlPlugins<Context>({ defaultMaxAgeS: options.cacheMaxAgeS ?? 0 }),
      sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageDisabled(),
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
  // Requests are routed once Apollo has started, before listening (below).
  const httpServer = createHttpServer();
  const { events, close: closeEvents } = await startGraphEvents(options.pubsubUrl, logger);
  const keyRing = new KeyRing(options.apiKeys ?? []);
  const limiter = options.rateLimit
    ? new ClientLimiter(options.rateLimit, options.pubsubUrl)
    : undefined;
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema: options.schema ?? schema,
    graph,
    events,
    keyRing,
    requireKeyForReads: options.requireKeyForReads ?? false,
    logger,
    production: options.production,
    limiter,
  });
  let watcher: VersionWatcher | undefined;
  const cacheMb = options.responseCacheMb ?? 0;
  const apollo = createApollo(options, httpServer, [
    // Before the response cache: a 304 beats a cached answer.
    etagPlugin({ graph, events }),
    ...(cacheMb > 0
      ? [responseCachePlugin({ graph, events, maxBytes: Math.round(cacheMb * 1_048_576) })]
      : []),
    {
      serverWillStart: () =>
        Promise.resolve({
          async drainServer() {
            watcher?.stop();
            await subscriptions.dispose();
            await closeEvents();
            limiter?.close();
          },
        }),
    },
  ]);
  await apollo.start();

  app.disable('x-powered-by');
  // Express would tag every GET answer from its body; /graphql (not on Express) tags queries
  // itself, from the graph version, before running them (./plugins/etag.ts).
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);
  const log = requestLog(logger);
  app.use(log);
  // Express's own reading of `trust proxy`, so the rate limit sees the address req.ip would.
  const trust = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const graphql = graphqlHttp({
    apollo,
    graph,
    events,
    keyRing,
    logger,
    log,
    limiter,
    addressOf: (req) => proxyAddr(req, trust),
    bodyLimit: options.bodyLimit ?? '1mb',
  });
  // /graphql skips Express (./http/handler.ts); every other path is Express's.
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The graph explorer page (explorer/, built into dist/explorer).
  app.use('/explorer', explorerRouter());
  app.get('/ready', async (_req, res) => {
    const ok = await ping(graph);
    // A lost broker leaves reads served: the replica stays ready, and says its live updates are degraded.
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ready' : 'unavailable',
      neo4j: ok ? 'up' : 'down',
      liveUpdates: events.liveUpdates,
    });
  });

  await new Promise<void>((done, fail) => {
    httpServer.once('error', fail);
    httpServer.listen(port, host, () => done());
  });
  // Loads by other processes (the CLI) reach subscribers as LOADED changes.
  const pollMs = options.changePollMs ?? 3_000;
  if (pollMs > 0) {
    watcher = watchGraphVersion(graph, events, { intervalMs: pollMs, logger });
    // The starting version, read before serving; a slow or absent Neo4j does not hold the start up.
    await Promise.race([watcher.ready, new Promise((done) => setTimeout(done, 2_000).unref())]);
  }
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    httpServer,
    apollo,
    events,
    stop: () => apollo.stop(),
  };
}
