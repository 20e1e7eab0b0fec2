/**
 * Sends GraphQL through the real request path, in process: the Apollo server
 * the app builds (schema, resolvers, error formatting) with a fresh request
 * context per operation, against the real Graph. No HTTP; for the HTTP edge
 * see test/integration/server.test.ts.
 */
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { Graph } from '../../src/db/graph';
import { createContext, type Context } from '../../src/graphql/context';
import { createApollo } from '../../src/graphql/server';

export type Variables = Record<string, unknown>;

export interface Result<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export interface TestApi {
  apollo: ApolloServer<Context>;
  /**
   * Runs one operation with its own request context (so its own DataLoaders), as one HTTP request would.
   * An operation typed with its generated result and variables (test/generated/operations.ts) gives
   * them to the call; an untyped one takes the result type as a type argument.
   */
  query<T = Record<string, unknown>, V extends Variables = Variables>(
    operation: TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<Result<T>>;
  stop(): Promise<void>;
}

export const silentLogger = () => pino({ level: 'silent' });

export async function openTestApi(
  graph: Graph,
  options: { production?: boolean } = {},
): Promise<TestApi> {
  const apollo = createApollo({
    graph,
    logger: silentLogger(),
    production: options.production ?? false,
  });
  await apollo.start();
  let requests = 0;
  return {
    apollo,
    async query<T, V extends Variables>(
      operation: TypedDocumentNode<T, V>,
      variables?: V,
    ): Promise<Result<T>> {
      const response = await apollo.executeOperation<T>(
        { query: operation, variables: variables ?? {} },
        { contextValue: createContext(graph, `test-${++requests}`) },
      );
      if (response.body.kind !== 'single') {
        throw new Error(`expected a single result, got an ${response.body.kind} response`);
      }
      const { data, errors } = response.body.singleResult;
      return { data, errors };
    },
    stop: () => apollo.stop(),
  };
}

/** The data of a result that must have succeeded; fails showing the errors when it did not. */
export function expectData<T>(result: Result<T>): T {
  if (result.errors && result.errors.length > 0) {
    throw new Error(
      `expected data, got ${result.errors.length} error(s):\n${JSON.stringify(result.errors, null, 2)}`,
    );
  }
  expect(result.data).toBeDefined();
  expect(result.data).not.toBeNull();
  return result.data as T;
}

/** The error carrying `code` in a result that must have failed with it; fails showing what came back instead. */
export function expectErrorCode<T>(result: Result<T>, code: string): GraphQLFormattedError {
  const error = result.errors?.find((e) => e.extensions?.code === code);
  if (!error) {
    throw new Error(
      `expected an error with code ${code}, got:\n${JSON.stringify({ data: result.data, errors: result.errors }, null, 2)}`,
    );
  }
  expect(error.extensions?.code).toBe(code);
  return error;
}
