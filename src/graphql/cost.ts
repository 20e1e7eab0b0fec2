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
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
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

/** Costs kept per document: enough for a dashboard's variants, bounded against a client cycling variables. */
const KEPT_PER_DOCUMENT = 64;

/**
 * The cost, counted once per document, operation and variables (issue 13, item 4: counting
 * took about as long as the rest of a `{ __typename }` request). Apollo hands back the same
 * parsed document for the same text (its document store), so the document is the key; the
 * cost depends on nothing else. Throws as getComplexity does (variables that do not coerce).
 */
function costCounter(): (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) => number {
  const counted = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, operationName, variables) => {
    const key = JSON.stringify([operationName ?? null, variables]);
    let byOperation = counted.get(document);
    const known = byOperation?.get(key);
    if (known !== undefined) return known;
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [listCost],
    });
    if (!byOperation) counted.set(document, (byOperation = new Map<string, number>()));
    if (byOperation.size >= KEPT_PER_DOCUMENT) byOperation.clear();
    byOperation.set(key, cost);
    return cost;
  };
}

export function costLimitPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  const costOf = costCounter();
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = costOf(schema, document, operationName ?? undefined, request.variables ?? {});
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
