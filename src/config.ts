/**
 * Environment → one typed configuration object, read once at start.
 * Every setting is documented in docs/CONFIGURATION.md ("Environment variables").
 */
import { z } from 'zod';
import { resolve } from 'node:path';
import { readApiKeys, type ApiKey } from './apiKeys';

/** Query limits the API enforces (src/graphql/limits.ts applies them with graphql-armor). */
export interface QueryLimits {
  /** Deepest selection nesting. The deepest documented dashboard query nests 8 levels. */
  maxDepth: number;
  /**
   * graphql-armor's cost (objects 2, scalars 1, multiplied by 1.5 per level of depth, a list by
   * its `first`), with each list counting the `first` it will return: explicit, from a variable
   * or the field's default (src/graphql/cost.ts). The deepest documented dashboard query (50
   * actors, each with up to 50 relations and 100 stances) costs about 340,000; every quote of every
   * relation and stance of 100 actors with its document's full text (test/integration/api.test.ts)
   * about 1,580,000; the explorer's topic page about 38,000.
   */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document: bounds parsing work on huge documents. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 2_000_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
};

/**
 * Dashboards poll every 30 s: an answer younger than 15 s is reused as it is, an older one is
 * revalidated (`If-None-Match` → 304 while the graph has not changed), so a load shows at the
 * next poll at the latest.
 */
export const DEFAULT_CACHE_MAX_AGE_S = 15;

/**
 * The response cache's size in production when STANCEGRAPH_RESPONSE_CACHE_MB is unset: a
 * repeated dashboard query is answered about 100 times faster from it (docs/DASHBOARDS.md,
 * "Server-side response cache"). Off in development and test, so that there every request shows
 * its real cost in logs and timings.
 */
export const PRODUCTION_RESPONSE_CACHE_MB = 32;

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  STANCEGRAPH_NEO4J_HOME: z.string().min(1).default('.neo4j/dev'),
  STANCEGRAPH_NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  /** Neo4j Browser and the HTTP API of the local Neo4j; 0 turns them off. */
  STANCEGRAPH_NEO4J_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(7474),
  STANCEGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  STANCEGRAPH_LOAD_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
  STANCEGRAPH_DEMO_DATA: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** API keys for mutations (src/apiKeys.ts): `name:secret[:YYYY-MM-DD]`, comma-separated. */
  STANCEGRAPH_API_KEYS: z.string().optional(),
  STANCEGRAPH_API_KEYS_FILE: z.string().min(1).optional(),
  STANCEGRAPH_REQUIRE_KEY_FOR_READS: z.enum(['true', 'false']).default('false'),
  /** `true`: readers see a key's name as who retracted something when the key has no displayName. */
  STANCEGRAPH_SHOW_KEY_NAMES: z.enum(['true', 'false']).default('false'),
  /** How often the server checks for loads made by other processes; 0 turns it off. */
  STANCEGRAPH_MAX_DEPTH: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxDepth),
  STANCEGRAPH_MAX_COST: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxCost),
  STANCEGRAPH_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  STANCEGRAPH_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  STANCEGRAPH_MAX_TOKENS: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxTokens),
  STANCEGRAPH_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 512kb or 1mb')
    .default('1mb'),
  STANCEGRAPH_INTROSPECTION: z.enum(['true', 'false']).optional(),
  STANCEGRAPH_SANDBOX: z.enum(['true', 'false']).optional(),
  STANCEGRAPH_CHANGE_POLL_MS: z.coerce.number().int().min(0).default(3_000),
  STANCEGRAPH_RATE_LIMIT: z
    .string()
    .regex(/^(off|[1-9]\d*\/[1-9]\d*s)$/, 'write requests/seconds, e.g. 600/60s, or off')
    .default('600/60s'),
  STANCEGRAPH_RATE_LIMIT_LOOPBACK: z.enum(['exempt', 'limited']).optional(),
  STANCEGRAPH_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|loopback|linklocal|uniquelocal|[0-9a-fA-F.:/,\s]+)$/,
      'write true, false, a hop count, loopback, or addresses/CIDRs separated by commas',
    )
    .optional(),
  /** The shared broker for live updates across replicas (src/broker/redisBroker.ts); unset: in process. */
  STANCEGRAPH_PUBSUB: z
    .string()
    .regex(
      /^(memory|rediss?:\/\/\S+)$/,
      'write redis://host:port (rediss:// for TLS) for a shared Redis, or memory (the default) for one process',
    )
    .optional(),
  /** MiB of query answers the response cache keeps (src/graphql/responseCache.ts); 0 turns it off. */
  STANCEGRAPH_RESPONSE_CACHE_MB: z.coerce.number().min(0).optional(),
  /** `Cache-Control: max-age` of query answers without a narrower schema hint (src/graphql/plugins/cachePolicy.ts). */
  STANCEGRAPH_CACHE_MAX_AGE_S: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(DEFAULT_CACHE_MAX_AGE_S),
});

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** A per-client request limit (applied by src/graphql/rateLimit.ts). */
export interface RateLimit {
  /** Requests a client may make per window. */
  points: number;
  /** The window, in seconds. */
  durationS: number;
  /** Loopback clients (127.0.0.0/8, ::1) are not limited: the default in development. */
  exemptLoopback: boolean;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Set when NEO4J_URI is; otherwise stancegraph starts its own local Neo4j. */
  neo4j: Neo4jTarget | undefined;
  localNeo4j: { home: string; boltPort: number; httpPort: number | undefined };
  queryTimeoutMs: number;
  loadTimeoutMs: number;
  demoData: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  apiKeys: ApiKey[];
  requireKeyForReads: boolean;
  changePollMs: number;
  /** redis://… when replicas share a broker (STANCEGRAPH_PUBSUB); undefined: changes stay in process. */
  pubsubUrl: string | undefined;
  /** MiB of query answers the response cache keeps; 0: no cache. */
  responseCacheMb: number;
  /** Seconds a query answer may be reused by HTTP caches; 0: `no-store`. */
  cacheMaxAgeS: number;
  limits: QueryLimits;
  bodyLimit: string;
  /** Unset means "on in development, off in production". */
  introspection: boolean | undefined;
  sandbox: boolean | undefined;
  /** Per-client limit on /graphql and WebSocket operations; undefined when STANCEGRAPH_RATE_LIMIT=off. */
  rateLimit: RateLimit | undefined;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (rate limits, logs). */
  trustProxy: boolean | number | string;
}

/** `600/60s` → 600 requests per 60 s; `off` → no limit. */
function rateLimitOf(text: string, loopback: 'exempt' | 'limited' | undefined, env: string) {
  const m = /^(\d+)\/(\d+)s$/.exec(text);
  if (!m) return undefined;
  const exemptLoopback = (loopback ?? (env === 'production' ? 'limited' : 'exempt')) === 'exempt';
  return { points: Number(m[1]), durationS: Number(m[2]), exemptLoopback };
}

function trustProxyOf(text: string | undefined): boolean | number | string {
  if (text === undefined || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const apiKeys = readApiKeys({ list: e.STANCEGRAPH_API_KEYS, file: e.STANCEGRAPH_API_KEYS_FILE });
  if (apiKeys.problems.length > 0) {
    throw new ConfigError(`invalid API keys:\n  ${apiKeys.problems.join('\n  ')}`);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
        }
      : undefined,
    localNeo4j: {
      home: resolve(e.STANCEGRAPH_NEO4J_HOME),
      boltPort: e.STANCEGRAPH_NEO4J_BOLT_PORT,
      httpPort: e.STANCEGRAPH_NEO4J_HTTP_PORT === 0 ? undefined : e.STANCEGRAPH_NEO4J_HTTP_PORT,
    },
    queryTimeoutMs: e.STANCEGRAPH_QUERY_TIMEOUT_MS,
    loadTimeoutMs: e.STANCEGRAPH_LOAD_TIMEOUT_MS,
    demoData: resolve(e.STANCEGRAPH_DEMO_DATA),
    logLevel: e.LOG_LEVEL,
    apiKeys:
      e.STANCEGRAPH_SHOW_KEY_NAMES === 'true'
        ? apiKeys.keys.map((k) => ({ ...k, displayName: k.displayName ?? k.name }))
        : apiKeys.keys,
    requireKeyForReads: e.STANCEGRAPH_REQUIRE_KEY_FOR_READS === 'true',
    changePollMs: e.STANCEGRAPH_CHANGE_POLL_MS,
    pubsubUrl:
      e.STANCEGRAPH_PUBSUB === undefined || e.STANCEGRAPH_PUBSUB === 'memory'
        ? undefined
        : e.STANCEGRAPH_PUBSUB,
    responseCacheMb:
      e.STANCEGRAPH_RESPONSE_CACHE_MB ??
      (e.NODE_ENV === 'production' ? PRODUCTION_RESPONSE_CACHE_MB : 0),
    cacheMaxAgeS: e.STANCEGRAPH_CACHE_MAX_AGE_S,
    limits: {
      maxDepth: e.STANCEGRAPH_MAX_DEPTH,
      maxCost: e.STANCEGRAPH_MAX_COST,
      maxAliases: e.STANCEGRAPH_MAX_ALIASES,
      maxDirectives: e.STANCEGRAPH_MAX_DIRECTIVES,
      maxTokens: e.STANCEGRAPH_MAX_TOKENS,
    },
    bodyLimit: e.STANCEGRAPH_BODY_LIMIT,
    introspection:
      e.STANCEGRAPH_INTROSPECTION === undefined
        ? undefined
        : e.STANCEGRAPH_INTROSPECTION === 'true',
    sandbox: e.STANCEGRAPH_SANDBOX === undefined ? undefined : e.STANCEGRAPH_SANDBOX === 'true',
    rateLimit: rateLimitOf(e.STANCEGRAPH_RATE_LIMIT, e.STANCEGRAPH_RATE_LIMIT_LOOPBACK, e.NODE_ENV),
    trustProxy: trustProxyOf(e.STANCEGRAPH_TRUST_PROXY),
  };
}
