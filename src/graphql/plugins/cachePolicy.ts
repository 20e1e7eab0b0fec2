/**
 * HTTP caching hints (issue 17, item 2): Apollo's cache control plugin turns the schema's
 * `@cacheControl` hints into `Cache-Control: max-age=N, public|private`, with
 * STANCEGRAPH_CACHE_MAX_AGE_S for every root field and object field without a hint
 * (https://www.apollographql.com/docs/apollo-server/performance/caching). Two rules of
 * ours narrow what it computes, before it writes the header:
 * - a mutation (or anything but a query) is never cacheable: `no-store`;
 * - an answer to a request that carried an API key, or to any request while reads need a key,
 *   is `private`: a shared cache must not hand it to someone else.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { OperationTypeNode } from 'graphql';
import { operationCachePolicyPlugin } from './operationCachePolicy';

export interface CachePolicyOptions {
  /** Seconds an answer without a narrower hint may be reused; 0 makes every answer `no-store`. */
  defaultMaxAgeS: number;
  /** STANCEGRAPH_REQUIRE_KEY_FOR_READS: every answer is then someone's own. */
  requireKeyForReads: boolean;
}

/** Narrows the request's cache policy; must come before `cacheControlPlugin` in the plugin list. */
export function cachePolicyPlugin<T extends object>(
  options: Pick<CachePolicyOptions, 'requireKeyForReads'>,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ operation, request, overallCachePolicy }) {
          if (operation?.operation !== OperationTypeNode.QUERY) {
            overallCachePolicy.restrict({ maxAge: 0 });
          }
          if (options.requireKeyForReads || request.http?.headers.has('authorization')) {
            overallCachePolicy.restrict({ scope: 'PRIVATE' });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The schema's hints turned into the answer's policy and `Cache-Control`, read once per
 * operation (./operationCachePolicy.ts) in place of Apollo's per-field plugin, which is turned
 * off here so Apollo does not add it; the last of the caching plugins.
 */
export function cacheControlPlugins<T extends object>(
  options: Pick<CachePolicyOptions, 'defaultMaxAgeS'>,
): ApolloServerPlugin<T>[] {
  return [
    operationCachePolicyPlugin<T>({ defaultMaxAge: options.defaultMaxAgeS }),
    ApolloServerPluginCacheControlDisabled(),
  ];
}
