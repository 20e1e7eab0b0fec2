/**
 * Query limits, enforced by graphql-armor as validation rules (and tokens by
 * graphql-js's parser; the cost by ./cost.ts once the variables are known), so
 * an over-deep, over-costly or over-long document is refused with a GraphQL
 * error (GRAPHQL_VALIDATION_FAILED; GRAPHQL_PARSE_FAILED for tokens) before any
 * resolver runs and so before any Cypher is sent. Each limit is configurable
 * (docs/CONFIGURATION.md, "Environment variables"; docs/API.md, "Query
 * limits"); the limits and their defaults are part of the configuration
 * (src/config.ts).
 * https://escape.tech/graphql-armor/docs/
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';
import { costLimitPlugin } from './cost';

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
