/**
 * What the curation service takes: plain TypeScript, in the names the API
 * uses (`sourceId`, `documentId`, …), so a problem's path names the caller's
 * field. Optional fields may be left out or null. Adapters (the GraphQL
 * resolvers) map their own arguments to these.
 */
import type {
  ActorKind,
  AssertionMethod,
  Polarity,
  RelationType,
  StancePosition,
} from '../dataset/vocabulary';

type Maybe<T> = T | null | undefined;

export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: Maybe<readonly string[]>;
  wikidataId?: Maybe<string>;
  description?: Maybe<string>;
}

export interface AliasInput {
  actorId: string;
  alias: string;
}

export interface DocumentInput {
  id: string;
  title: string;
  publishedAt: string;
  text: string;
  url?: Maybe<string>;
  publisher?: Maybe<string>;
  references?: Maybe<readonly string[]>;
}

/** A quote; `start` and `end` (code points) may both be left out to have the quote found. */
export interface EvidenceInput {
  documentId: string;
  quote: string;
  start?: Maybe<number>;
  end?: Maybe<number>;
}

/** What relations and stances both carry. */
export interface AssertionInput {
  /** Left out, an id is made from what is asserted and its evidence. */
  id?: Maybe<string>;
  polarity: Polarity;
  confidence: number;
  method?: Maybe<AssertionMethod>;
  validFrom?: Maybe<string>;
  validTo?: Maybe<string>;
  note?: Maybe<string>;
  evidence: readonly EvidenceInput[];
}

export interface RelationInput extends AssertionInput {
  type: RelationType;
  sourceId: string;
  targetId: string;
  date?: Maybe<string>;
  /** A JSON object, as text. */
  details?: Maybe<string>;
}

export interface StanceInput extends AssertionInput {
  actorId: string;
  topicId: string;
  position: StancePosition;
  summary?: Maybe<string>;
}

export interface RetractInput {
  id: string;
  /** Why, in the curator's words: 1 to MAX_REASON_LENGTH characters. */
  reason: string;
}

/** Who makes a change: what readers see (`displayName`) and the key's name, kept for the audit. */
export interface Curator {
  name: string;
  displayName: string;
}
