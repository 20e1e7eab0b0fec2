/**
 * A relation's details as a typed JSON object (docs/API.md, "Structured values have types"):
 * the `JSONObject` scalar (graphql-scalars), `Relation.detailsObject` read from the JSON text
 * the graph keeps (src/load/rows.ts), and `RelationInput.detailsObject` turned into that text
 * for the curation service, beside the deprecated `details: String`.
 */
import { JSONObjectResolver } from 'graphql-scalars';
import type { RelationInput, RelationResolvers } from '../generated/resolvers';
import { inputError, type Rename } from '../curationErrors';

export const JSONObjectScalar = JSONObjectResolver;

export const RelationDetails: RelationResolvers = {
  detailsObject: (r) =>
    r.details == null ? null : (JSON.parse(r.details) as Record<string, unknown>),
};

/**
 * The input with `details` as the service takes it (JSON text), from either form, not both;
 * `rename` names the service's `details` problems `detailsObject` when that is what was given.
 */
export function withDetailsText(input: RelationInput): {
  input: Omit<RelationInput, 'detailsObject'>;
  rename?: Rename;
} {
  const { detailsObject, ...rest } = input;
  if (detailsObject == null) return { input: rest };
  if (rest.details != null) {
    // An input's problems are one listed error (docs/API.md, "Mutations take one input object").
    const message =
      'is deprecated and `input.detailsObject` replaces it; give one of them, not both';
    throw inputError([{ path: 'input.details', message }]);
  }
  return {
    input: { ...rest, details: JSON.stringify(detailsObject) },
    rename: (path) => (/^details(?=$|[.[])/.test(path) ? `detailsObject${path.slice(7)}` : path),
  };
}
