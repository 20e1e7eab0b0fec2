/** Aggregates for dashboards, one statement each: cypher/aggregate/. */
import type { RelationType } from '../dataset/vocabulary';
import { RELATIONS_FILTER, type RelationsFilterParams } from './relations';
import type { ActorModel, EvidenceModel, StanceModel } from './rows';
import { declare } from './statement';
import type { CypherDate, Int } from './values';

/** A date.truncate unit: the length of a series bucket. */
export type BucketUnit = 'day' | 'week' | 'month';
/** What splits a bucket into groups (the schema's SeriesGroup). */
export type GroupBy = 'TYPE' | 'POLARITY' | 'SOURCE' | 'TARGET' | 'PAIR';
/** Each relation type's Goldstein score (lexicon/cameo.yaml). */
export type GoldsteinScores = Partial<Record<RelationType, number>>;

export interface RelationSeriesParams extends RelationsFilterParams {
  /** Always given: an open window is widened to the whole calendar. */
  from: CypherDate;
  to: CypherDate;
  unit: BucketUnit;
  groupBy: GroupBy | null;
  topGroups: Int;
  goldstein: GoldsteinScores;
}
export interface GroupRow {
  key: string;
  label: string;
  count: number;
  goldsteinSum: number;
}
export interface RelationBucketRow {
  /** The bucket's first day, YYYY-MM-DD. */
  bucket: string;
  count: number;
  goldsteinSum: number;
  /** Largest first, at most topGroups; empty without groupBy. */
  groups: GroupRow[];
}
/** Relations counted per bucket, with their Goldstein sums and largest groups; non-empty buckets only. */
export const relationSeries = declare<RelationSeriesParams, RelationBucketRow>(
  'aggregate/relation-series',
  [...RELATIONS_FILTER, 'unit', 'groupBy', 'topGroups', 'goldstein'],
  ['bucket', 'count', 'goldsteinSum', 'groups'],
);

export interface StanceSeriesParams {
  topicId: string;
  from: CypherDate | null;
  to: CypherDate | null;
  unit: BucketUnit;
  maxBuckets: Int;
  /** False: the buckets' positions are left empty (only the counts are wanted). */
  withPositions: boolean;
}
export interface HeldPosition {
  actor: ActorModel;
  stance: StanceModel;
}
export interface StanceBucketRow {
  start: string;
  end: string;
  newStances: number;
  positions: HeldPosition[];
  supporters: number;
  opponents: number;
  worried: number;
  undecided: number;
}
/** Each bucket's positions on a topic at its end (at most maxBuckets + 1 buckets); found is false for an unknown topic. */
export const stanceSeries = declare<
  StanceSeriesParams,
  { found: boolean; buckets: StanceBucketRow[] }
>(
  'aggregate/stance-series',
  ['topicId', 'from', 'to', 'unit', 'maxBuckets', 'withPositions'],
  ['found', 'buckets'],
);

export interface ActivityParams {
  /** Always given: an open window is widened to the whole calendar. */
  from: CypherDate;
  to: CypherDate;
  first: Int;
}
export interface ActivityRow {
  actor: ActorModel;
  total: number;
  relations: number;
  stances: number;
  positive: number;
  negative: number;
  neutral: number;
}
/** Actors by relations plus stances in a window, most active first. */
export const actorActivity = declare<ActivityParams, ActivityRow>(
  'aggregate/activity',
  ['from', 'to', 'first'],
  ['actor', 'total', 'relations', 'stances', 'positive', 'negative', 'neutral'],
);

export interface PairParams {
  a: string;
  b: string;
  goldstein: GoldsteinScores;
}
export interface PairDirectionRow {
  direction: 'aToB' | 'bToA';
  byType: Array<{ type: RelationType; count: number }>;
  count: number;
  positive: number;
  negative: number;
  neutral: number;
  goldsteinSum: number;
  firstDate: string;
  lastDate: string;
}
export interface PairRow {
  /** Null when there is no such actor. */
  a: ActorModel | null;
  b: ActorModel | null;
  /** One entry per direction that has relations. */
  directions: PairDirectionRow[];
  latestEvidence: EvidenceModel[];
}
/** The relations between two actors both ways, summed up, and the quotes behind the latest. */
export const pairSummary = declare<PairParams, PairRow>(
  'aggregate/pair-summary',
  ['a', 'b', 'goldstein'],
  ['a', 'b', 'directions', 'latestEvidence'],
);
