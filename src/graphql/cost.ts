/**
 * The cost limit: graphql-armor's formula (an object 2, a scalar 1, children
 * × 1.5 per level, a list × its `first`), computed by graphql-query-complexity
 * once the variables are known, so a list counts the `first` it will really
 * return: an explicit value, a variable's value, or the field's default
 * (schema.graphql). armor counts only a `first` written as a literal, so
 * `actor { relations { … } }` on a hub looked like one relation.
 * https://github.com/slicknode/graphql-query-complexity
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

/** armor's cost of one field, times the number of items its `first` (or `last`) asks for. */
export const listCost: ComplexityEstimator = ({ node, args, childComplexity }) => {
  if (!node.selectionSet) return SCALAR_COST;
  const items = (args.first ?? args.last) as unknown;
  const multiplier = typeof items === 'number' && items > 1 ? items : 1;
  return (OBJECT_COST + DEPTH_FACTOR * childComplexity) * multiplier;
};

export function costLimitPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [listCost],
            });
          } catch {
            return Promise.resolve(); // bad variables: execution reports them in its own words
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query Cost limit of ${maxCost} exceeded, found ${Math.round(cost)}: ask for fewer ` +
                'items with `first` on the lists you select (each list counts its `first`, or its default).',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
