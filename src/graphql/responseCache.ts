/**
 * A response cache for dashboards (issue 13, item 6; STANCEGRAPH_RESPONSE_CACHE_MB,
 * off by default). A query's answer is kept under its text, operation name,
 * variables, the API key that asked (answers are never shared across keys)
 * and the graph's version as this process knows it: the epoch of its own
 * writes (`Graph.writeEpoch`, moved by every mutation and load it runs) and
 * `GraphMeta.version` as the change watcher last read it (loads by other
 * processes, seen within STANCEGRAPH_CHANGE_POLL_MS). A write therefore makes
 * every earlier answer unreachable; the least recently used go when the cache
 * is over its size. Only whole successful query answers are kept.
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

export interface ResponseCacheOptions {
  graph: Graph;
  events: GraphEvents;
  /** Most the cached answers may weigh, as JSON. */
  maxBytes: number;
}

export const RESPONSE_CACHE_HEADER = 'x-stancegraph-cache';

function cacheKey(options: ResponseCacheOptions, request: GraphQLRequestContext<Context>): string {
  const { graph, events } = options;
  return JSON.stringify([
    graph.writeEpoch,
    events.knownVersion ?? null,
    events.changeCount,
    request.contextValue.principal?.name ?? null,
    request.request.query ?? request.queryHash ?? null,
    request.request.operationName ?? null,
    request.request.variables ?? {},
  ]);
}

export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<Context> {
  const cache = new LRUCache<string, { json: string }>({
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
          const hit = bypass ? undefined : cache.get(key);
          if (!hit) return Promise.resolve(null);
          key = undefined;
          const headers = new HeaderMap([[RESPONSE_CACHE_HEADER, 'hit']]);
          return Promise.resolve({
            http: { status: undefined, headers },
            body: { kind: 'single', singleResult: JSON.parse(hit.json) as SingleResult },
          });
        },
        willSendResponse({ response, errors }) {
          if (key === undefined || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if ((errors?.length ?? 0) > 0 || result.errors || !result.data) return Promise.resolve();
          const json = JSON.stringify({ data: result.data });
          if (json.length <= options.maxBytes) cache.set(key, { json });
          return Promise.resolve();
        },
      });
    },
  };
}
