/**
 * Query limits, enforced by graphql-armor as validation rules, so an
 * over-deep, over-costly or over-long document is refused with a GraphQL
 * error (GRAPHQL_VALIDATION_FAILED) before any resolver runs and so before
 * any Cypher is sent. Each limit is configurable (README, "Configuration").
 * https://escape.tech/graphql-armor/docs/
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export interface QueryLimits {
  /** Deepest selection nesting. The deepest documented dashboard query nests 8 levels. */
  maxDepth: number;
  /** graphql-armor's cost: objects 2, scalars 1, multiplied by 1.5 per level of depth; the nested dashboard query of the README costs about 6,000. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in the document: bounds parsing work on huge documents. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 20000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
};

export function queryLimits(
  limits: QueryLimits,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    // "Did you mean …?" suggestions help in development and map the schema for an attacker in production.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
