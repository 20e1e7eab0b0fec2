/**
 * The shapes the read queries in cypher/ return (after db/values.ts has made
 * them plain), which resolvers pass to their children: codegen.ts maps each
 * schema type whose parent differs from it to one of these, so the generated
 * resolver types (./generated/resolvers.ts) check resolvers against them.
 * Everything else a resolver sees or returns is a generated schema type.
 */
import type {
  ActorKind,
  AssertionMethod,
  Polarity,
  RelationType,
  StancePosition,
} from '../dataset/vocabulary';
import type { RankedActor, RankingMetric } from '../analytics/rankings';
import type * as Schema from './generated/resolvers';
import type { GraphChangeKind, PageInfo } from './generated/resolvers';

import type { ActorModel, RelationModel, StanceModel, DocumentModel } from '../store/rows';

export type {
  ActorModel,
  RelationModel,
  StanceModel,
  TopicModel,
  DocumentModel,
  EvidenceModel,
  RoleModel,
} from '../store/rows';

/** `Ranking`: the actor by id (src/analytics/rankings.ts). */
export type RankingModel = RankedActor;

/** `GraphChange` as published by mutations (./pubsub.ts): its subject as a model. */
export interface GraphChangeModel {
  kind: GraphChangeKind;
  /** ISO 8601 instant. */
  at: string;
  relation: RelationModel | null;
  stance: StanceModel | null;
  actor: ActorModel | null;
  document: DocumentModel | null;
}

/**
 * A cursor connection as the `actors`, `relations` and `stances` queries build
 * it: `count` runs the count statement, and only when `totalCount` is selected.
 */
export interface ConnectionModel<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

export type ActorConnectionModel = ConnectionModel<ActorModel>;
export type RelationConnectionModel = ConnectionModel<RelationModel>;
export type StanceConnectionModel = ConnectionModel<StanceModel>;
export type DocumentConnectionModel = ConnectionModel<DocumentModel>;

/** True when A and B are the same union. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends readonly true[]> = T;

/**
 * The models carry the dataset's vocabulary (src/dataset/vocabulary.ts) and
 * rankings their own metric names; this fails to compile when those and the
 * schema's enums stop naming the same values.
 */
export type VocabularyMatchesSchema = Holds<
  [
    Same<ActorKind, Schema.ActorKind>,
    Same<RelationType, Schema.RelationType>,
    Same<Polarity, Schema.Polarity>,
    Same<StancePosition, Schema.StancePosition>,
    Same<AssertionMethod, Schema.AssertionMethod>,
    Same<RankingMetric, Schema.RankingMetric>,
  ]
>;
