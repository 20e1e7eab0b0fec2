/**
 * Query limits, enforced by graphql-armor as validation rules (and tokens by
 * graphql-js's parser), so an over-deep, over-costly or over-long document is
 * refused with a GraphQL error (GRAPHQL_VALIDATION_FAILED; GRAPHQL_PARSE_FAILED
 * for tokens) before any resolver runs and so before any Cypher is sent.
 * Each limit is configurable (README, "Configuration").
 * https://escape.tech/graphql-armor/docs/
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';

export interface QueryLimits {
  /** Deepest selection nesting. The deepest documented dashboard query nests 8 levels. */
  maxDepth: number;
  /**
   * graphql-armor's cost: objects 2, scalars 1, multiplied by 1.5 per level of depth. The README's
   * nested dashboard query costs about 6,000; every quote of every relation and stance with its
   * document's full text (test/integration/api.test.ts) about 49,000.
   */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document: bounds parsing work on huge documents. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 60000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
};

export function queryLimits(
  limits: QueryLimits,
  production: boolean,
): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    // A fragment counts as the selections it stands for, so a client's fragments (the explorer's,
    // generated clients') cost what the same document written inline costs, no more and no less.
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser (parseOptions, below): armor's Apollo plugin
    // turns every syntax error into an HTTP 500 (graphql-armor#751; test/integration/fuzz.test.ts).
    maxTokens: { enabled: false },
    // "Did you mean …?" suggestions help in development and map the schema for an attacker in production.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
