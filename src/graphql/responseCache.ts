/**
 * A response cache for dashboards (issue 13, item 6; issue 17, item 4):
 * STANCEGRAPH_RESPONSE_CACHE_MB, 32 MiB in production unless set, off otherwise. It serves
 * GET and POST alike. A query's answer is kept under its text, operation name,
 * variables, the API key that asked (answers are never shared across keys)
 * and the graph's version as this process knows it: the epoch of its own
 * writes (`Graph.writeEpoch`, moved by every mutation and load it runs) and
 * `GraphMeta.version` as the change watcher last read it (loads by other
 * processes, seen within STANCEGRAPH_CHANGE_POLL_MS). A write therefore makes
 * every earlier answer unreachable; the least recently used go when the cache
 * is over its size. Only whole successful query answers are kept, with the cache policy
 * they had (a hit repeats their `Cache-Control`), and none while the version is unknown
 * (before the watcher's first reading, or with STANCEGRAPH_CHANGE_POLL_MS=0): a load by
 * another process would go unseen.
 *
 * With a shared broker (STANCEGRAPH_PUBSUB) the key also holds the count of
 * changes delivered to this replica, so a write on any replica invalidates
 * every replica's answers as its event arrives. While the broker is away
 * (other replicas' writes would go unheard) and for a request that carries a
 * bookmark (X-Stancegraph-Bookmark: it must see that write), the cache is
 * not consulted.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Graph } from '../db/graph';
import type { Context } from './context';
import type { GraphEvents } from './pubsub';

type SingleResult = { data?: Record<string, unknown> | null };

/** A cache policy as Apollo's cache control plugin reads it (`Cache-Control` of the answer). */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** What tells this process that the graph changed. */
export interface VersionSource {
  graph: Graph;
  events: GraphEvents;
}

/**
 * The graph's version as this process knows it: the epoch of its own writes and the
 * `GraphMeta.version` the change watcher last read; undefined before the watcher's first
 * reading (or without a watcher), when a load by another process could go unseen.
 */
export function versionStamp({ graph, events }: VersionSource): string | undefined {
  const known = events.knownVersion;
  // changeCount: the changes delivered to this replica, through the broker too.
  return known === undefined ? undefined : `${graph.writeEpoch}:${known}:${events.changeCount}`;
}

export interface ResponseCacheOptions extends VersionSource {
  /** Most the cached answers may weigh, as JSON. */
  maxBytes: number;
}

export const RESPONSE_CACHE_HEADER = 'x-stancegraph-cache';

/** The answer's key; undefined while the graph's version is unknown (nothing is kept then). */
function cacheKey(
  options: ResponseCacheOptions,
  request: GraphQLRequestContext<Context>,
): string | undefined {
  const version = versionStamp(options);
  if (version === undefined) return undefined;
  return JSON.stringify([
    version,
    request.contextValue.principal?.name ?? null,
    request.request.query ?? request.queryHash ?? null,
    request.request.operationName ?? null,
    request.request.variables ?? {},
  ]);
}

export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<Context> {
  const cache = new LRUCache<string, { json: string; policy: CacheHint }>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => Math.max(1, entry.json.length),
  });
  return {
    requestDidStart() {
      let key: string | undefined;
      return Promise.resolve({
        responseForOperation(request) {
          if (request.operation.operation !== OperationTypeNode.QUERY) return Promise.resolve(null);
          // The key is taken before the resolvers run: a write that starts meanwhile moves the epoch.
          key = cacheKey(options, request);
          const bypass =
            options.events.liveUpdates === 'degraded' ||
            request.contextValue.graph.requestBookmarks.length > 0;
          const hit = key === undefined || bypass ? undefined : cache.get(key);
          if (!hit) return Promise.resolve(null);
          key = undefined;
          // No resolver runs, so the answer's cache policy is the one it had when it was kept.
          request.overallCachePolicy.replace(hit.policy);
          const headers = new HeaderMap([[RESPONSE_CACHE_HEADER, 'hit']]);
          return Promise.resolve({
            http: { status: undefined, headers },
            body: { kind: 'single', singleResult: JSON.parse(hit.json) as SingleResult },
          });
        },
        willSendResponse({ response, errors, overallCachePolicy }) {
          if (key === undefined || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if ((errors?.length ?? 0) > 0 || result.errors || !result.data) return Promise.resolve();
          const json = JSON.stringify({ data: result.data });
          const policy = overallCachePolicy.policyIfCacheable() ?? { maxAge: 0 };
          if (json.length <= options.maxBytes) cache.set(key, { json, policy });
          return Promise.resolve();
        },
      });
    },
  };
}
