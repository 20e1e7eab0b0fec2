/**
 * CAMEO event codes of relation types (lexicon/cameo.yaml, read once by
 * src/dataset/cameo.ts): `Relation.cameo` and `Query.relationTypes`.
 */
import { cameoMapping, cameoOf } from '../../dataset/cameo';
import type { QueryResolvers, RelationResolvers } from '../generated/resolvers';

/** Spread into the `Relation` resolvers. */
export const RelationCameo: RelationResolvers = {
  cameo: (r) => cameoOf(r.type),
};

export const cameoQueries: QueryResolvers = {
  /** Every relation type, in the order of the RelationType enum. */
  relationTypes: () => [...cameoMapping().values()],
};
