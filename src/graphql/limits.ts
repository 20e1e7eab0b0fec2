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
import { costLimitPlugin } from './cost';

export interface QueryLimits {
  /** Deepest selection nesting. The deepest documented dashboard query nests 8 levels. */
  maxDepth: number;
  /**
   * graphql-armor's cost (objects 2, scalars 1, multiplied by 1.5 per level of depth, a list by
   * its `first`), with each list counting the `first` it will return: explicit, from a variable
   * or the field's default (./cost.ts). The deepest documented dashboard query (50 actors, each
   * with up to 50 relations and 100 stances) costs about 340,000; every quote of every relation
   * and stance of 100 actors with its document's full text (test/integration/api.test.ts) about
   * 1,580,000; the explorer's topic page about 38,000.
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
    // The cost is counted once the variables are known, with every list's default `first` (./cost.ts).
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser (parseOptions, below): armor's Apollo plugin
    // turns every syntax error into an HTTP 500 (graphql-armor#751; test/integration/fuzz.test.ts).
    maxTokens: { enabled: false },
    // "Did you mean …?" suggestions help in development and map the schema for an attacker in production.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, costLimitPlugin(limits.maxCost)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
