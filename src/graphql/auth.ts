/**
 * API keys at the edge: `Authorization: Bearer <key>` is read once per request
 * (or once per WebSocket connection, from `connectionParams.authorization`)
 * into the context as `principal` (whose key it is) or `authError` (why the
 * key was refused). Mutations call `requirePrincipal`; reads need a key only
 * when STANCEGRAPH_REQUIRE_KEY_FOR_READS=true (`authPlugin`).
 *
 * Keys are compared in constant time: the SHA-256 digest of the presented key
 * against the digest of every configured key, with `timingSafeEqual`, without
 * stopping at a match. Keys are never logged or returned.
 */
import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { sha256, type ApiKey } from '../apiKeys';
import { ErrorCode, userError } from './errors';

export interface Principal {
  /** The name of the API key: logs and the audit property `retractedByKey`. */
  name: string;
  /** How readers see the holder (`Retraction.by`): the key's displayName, else `analyst`. */
  displayName: string;
}

/** What readers see as who retracted something when the key has no displayName. */
export const ANONYMOUS_DISPLAY_NAME = 'analyst';

export interface RequestAuth {
  /** Whose valid key the request carried; null without one. */
  principal: Principal | null;
  /** Why a key the request carried was refused; null when it carried none or a valid one. */
  authError: GraphQLError | null;
}

export const ANONYMOUS: RequestAuth = { principal: null, authError: null };

export type AuthFailure = 'MISSING' | 'MALFORMED' | 'UNKNOWN' | 'EXPIRED';

const HOW = 'send Authorization: Bearer <key>';

/** An UNAUTHENTICATED error; HTTP 401 with a `WWW-Authenticate` challenge when it is the request's only error. */
export function unauthenticated(
  reason: AuthFailure,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return userError(ErrorCode.UNAUTHENTICATED, message, {
    ...extensions,
    reason,
    http: {
      status: 401,
      headers: new Map([['www-authenticate', 'Bearer realm="stancegraph"']]),
    },
  });
}

export const missingKey = () =>
  unauthenticated('MISSING', `this operation needs an API key: ${HOW}`);

/** The key in an Authorization header value, or undefined when the value is not `Bearer <key>`. */
export function bearerToken(value: string): string | undefined {
  const m = /^Bearer +([\x21-\x7E]+) *$/i.exec(value);
  return m?.[1];
}

/** The configured key whose secret is `presented`, comparing against every key in constant time. */
export function matchKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const digest = sha256(presented);
  let found: ApiKey | undefined;
  for (const key of keys) {
    // Both digests are 32 bytes, so timingSafeEqual never throws; every key is compared.
    if (timingSafeEqual(digest, key.digest) && found === undefined) found = key;
  }
  return found;
}

export class KeyRing {
  constructor(
    private readonly keys: readonly ApiKey[],
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  /** Reads an Authorization header value (HTTP) or `connectionParams.authorization` (WebSocket). */
  authenticate(authorization: unknown): RequestAuth {
    if (authorization === undefined || authorization === null) return ANONYMOUS;
    const token = typeof authorization === 'string' ? bearerToken(authorization) : undefined;
    if (token === undefined) {
      return {
        principal: null,
        authError: unauthenticated('MALFORMED', `malformed Authorization header: ${HOW}`),
      };
    }
    const key = matchKey(this.keys, token);
    if (!key) {
      return {
        principal: null,
        authError: unauthenticated(
          'UNKNOWN',
          `API key not recognised: check the key you send as Authorization: Bearer <key>`,
        ),
      };
    }
    if (key.expiresAt !== undefined && this.now() >= key.expiresAt) {
      return {
        principal: null,
        authError: unauthenticated(
          'EXPIRED',
          `API key "${key.name}" expired at the end of ${key.expires} (UTC); ask for a new key`,
          { expires: key.expires },
        ),
      };
    }
    return {
      principal: { name: key.name, displayName: key.displayName ?? ANONYMOUS_DISPLAY_NAME },
      authError: null,
    };
  }
}

/** A fresh copy, so one request's error is never thrown twice (graphql-js attaches paths to what it catches). */
function copy(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions } });
}

/** The principal of a request that must carry a valid key; throws UNAUTHENTICATED otherwise. */
export function requirePrincipal(auth: RequestAuth): Principal {
  if (auth.principal) return auth.principal;
  throw auth.authError ? copy(auth.authError) : missingKey();
}

/**
 * Refuses an operation before it runs when the request carried a key that is
 * not valid (whatever the operation), or carried none while reads need one.
 * Mutations are checked again in their resolvers, before anything else.
 */
export function authPlugin<C extends RequestAuth>(options: {
  requireKeyForReads: boolean;
}): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue }) {
          if (contextValue.authError) throw copy(contextValue.authError);
          if (options.requireKeyForReads && !contextValue.principal) throw missingKey();
          return Promise.resolve();
        },
      });
    },
  };
}
