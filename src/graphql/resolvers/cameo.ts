/**
 * CAMEO event codes of relation types (lexicon/cameo.yaml, read once by
 * src/dataset/cameo.ts): `Relation.cameo` and `Query.relationTypes`.
 */
import { cameoMapping, cameoOf, type Cameo, type RelationTypeInfo } from '../../dataset/cameo';
import type { RelationModel } from '../model';

/** Spread into the `Relation` resolvers. */
export const RelationCameo = {
  cameo: (r: RelationModel): Cameo => cameoOf(r.type),
};

export const cameoQueries = {
  /** Every relation type, in the order of the RelationType enum. */
  relationTypes: (): RelationTypeInfo[] => [...cameoMapping().values()],
};
