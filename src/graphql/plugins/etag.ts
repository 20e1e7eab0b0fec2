/**
 * `ETag` and `304 Not Modified` for queries sent by GET (issue 17, item 2).
 *
 * The tag is a digest of the graph's version as this process knows it (the same stamp the
 * response cache keys on, ../responseCache.ts), the API key that asked, and the operation:
 * document hash, operation name and variables. It is taken before the resolvers run, so a
 * write that starts meanwhile makes the next request's tag differ. A GET whose
 * `If-None-Match` names the current tag gets 304 before anything is executed: no resolver
 * runs and no statement goes to Neo4j. Only whole successful query answers are tagged.
 *
 * POST is not tagged: RFC 9110 §13.1.2 answers a matching `If-None-Match` on a POST with 412,
 * not 304, and HTTP caches do not keep POST answers; POSTed dashboard queries are served by
 * the response cache instead.
 */
import { createHash, randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context';
import { versionStamp, type CacheHint, type VersionSource } from '../responseCache';

/** Tags this process has sent, with the cache policy their answer had (a 304 repeats it). */
const TAGS_KEPT = 10_000;

/** Tags of another process (or of this one before a restart) never match. */
const BOOT = randomUUID();

/** The weak tag of a query at the graph's current version; undefined while the version is unknown. */
export function queryTag(
  source: VersionSource,
  request: GraphQLRequestContext<Context>,
): string | undefined {
  const version = versionStamp(source);
  if (version === undefined) return undefined;
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        BOOT,
        version,
        request.contextValue.principal?.name ?? null,
        request.queryHash ?? null,
        request.request.operationName ?? null,
        request.request.variables ?? {},
      ]),
    )
    .digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

/** Whether an `If-None-Match` value names `tag` (weak comparison, RFC 9110 §8.8.3.2). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((one) => one.trim().replace(/^W\//, '') === opaque);
}

function isGetQuery(request: GraphQLRequestContext<Context>): boolean {
  return (
    request.request.http?.method === 'GET' &&
    request.operation?.operation === OperationTypeNode.QUERY
  );
}

export function etagPlugin(source: VersionSource): ApolloServerPlugin<Context> {
  const sent = new LRUCache<string, CacheHint>({ max: TAGS_KEPT });
  return {
    requestDidStart() {
      let tag: string | undefined;
      return Promise.resolve({
        responseForOperation(request) {
          if (!isGetQuery(request)) return Promise.resolve(null);
          tag = queryTag(source, request);
          const policy = tag === undefined ? undefined : sent.get(tag);
          if (
            !tag ||
            !policy ||
            !matchesTag(request.request.http?.headers.get('if-none-match'), tag)
          ) {
            return Promise.resolve(null);
          }
          request.overallCachePolicy.replace(policy);
          return Promise.resolve({
            http: { status: 304, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: {} },
          });
        },
        willSendResponse({ response, errors, overallCachePolicy }) {
          if (tag === undefined || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const notModified = response.http.status === 304;
          if (!notModified && ((errors?.length ?? 0) > 0 || result.errors || !result.data)) {
            return Promise.resolve();
          }
          response.http.headers.set('etag', tag);
          const policy = overallCachePolicy.policyIfCacheable();
          sent.set(tag, policy ?? { maxAge: 0 });
          return Promise.resolve();
        },
      });
    },
  };
}
