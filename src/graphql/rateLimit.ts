/**
 * Per-client rate limits on /graphql (HTTP) and on WebSocket operations.
 * rate-limiter-flexible counts each client's requests in a fixed window; a
 * client is its API key when it sends a valid one, else its address (a wrong
 * or malformed key counts against the address, so inventing keys does not buy
 * more requests). Over the limit, HTTP answers 429 with `Retry-After` and a
 * GraphQL-shaped body whose error has `extensions.code` RATE_LIMITED; a
 * WebSocket subscription gets the same error as its result.
 *
 * With a shared broker (STANCEGRAPH_PUBSUB=redis://…) the counts live in that
 * Redis (rate-limiter-flexible's RateLimiterRedis), so a client's allowance is
 * the same whichever replica it reaches; while Redis is away each replica
 * counts in memory (the insurance limiter) rather than refuse or wait.
 */
import Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RateLimit } from '../config';
import type { RequestAuth } from './auth';
import { ErrorCode, userError } from './errors';
import type { GraphQLError } from 'graphql';

export type { RateLimit };

export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d+\.\d+\.\d+$/.test(v4);
}

/** Whom a request counts against: `key:<name>` for a valid key, else `addr:<address>`. */
export function clientOf(auth: RequestAuth, address: string | undefined): string {
  return auth.principal ? `key:${auth.principal.name}` : `addr:${address ?? 'unknown'}`;
}

export class ClientLimiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly redis: Redis | undefined;

  /** `redisUrl`: count in that Redis, shared by every replica using it. */
  constructor(
    readonly limit: RateLimit,
    redisUrl?: string,
  ) {
    const memory = new RateLimiterMemory({ points: limit.points, duration: limit.durationS });
    if (!redisUrl) {
      this.limiter = memory;
      return;
    }
    // No offline queue: while Redis is away a count fails at once and the memory limiter answers.
    this.redis = new Redis(redisUrl, {
      enableOfflineQueue: false,
      retryStrategy: (n) => Math.min(100 * n, 1_000),
    });
    this.redis.on('error', () => undefined);
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: 'stancegraph:rate',
      points: limit.points,
      duration: limit.durationS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  close(): void {
    this.redis?.disconnect();
  }

  /** Takes one request from the client's allowance: 0 when allowed, else the seconds to wait. */
  async take(client: string, address: string | undefined): Promise<number> {
    if (this.limit.exemptLoopback && isLoopback(address)) return 0;
    try {
      await this.limiter.consume(client, 1);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }
}

export function rateLimited(retryAfterS: number): GraphQLError {
  return userError(
    ErrorCode.RATE_LIMITED,
    `too many requests from this client: wait ${retryAfterS} s, or ask the operator to raise STANCEGRAPH_RATE_LIMIT`,
    { retryAfter: retryAfterS },
  );
}
