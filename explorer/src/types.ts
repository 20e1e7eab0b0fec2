/** The shapes the explorer reads from the API (a subset of schema.graphql). */

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GOVERNMENT' | 'GROUP' | 'MEDIA';
export type Polarity = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';
export type StancePosition = 'SUPPORTS' | 'OPPOSES' | 'WORRIES_ABOUT' | 'UNDECIDED';
export type RelationType =
  | 'CALLED'
  | 'SPOKE_WITH'
  | 'MEETS'
  | 'WILL_MEET'
  | 'AGREES_TO_NEGOTIATE'
  | 'NEGOTIATES_WITH'
  | 'SUPPORTS'
  | 'OFFERS_COOPERATION'
  | 'PRAISES'
  | 'TRUSTS'
  | 'AGREES_WITH'
  | 'OPPOSES'
  | 'CRITICIZES'
  | 'WORRIES_ABOUT'
  | 'THREATENS';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface TopicRef {
  id: string;
  name: string;
}

export interface DocumentRef {
  id: string;
  title: string;
  publishedAt: string;
}

export interface Evidence {
  id: string;
  quote: string;
  document: DocumentRef;
}

export interface RelationSummary {
  id: string;
  type: RelationType;
  polarity: Polarity;
  confidence: number;
  effectiveDate: string;
  source: ActorRef;
  target: ActorRef;
}

export interface RelationDetails extends RelationSummary {
  date: string | null;
  note: string | null;
  method: string;
  cameo: { code: string; label: string } | null;
  evidence: Evidence[];
}

export interface StanceDetails {
  id: string;
  position: StancePosition;
  polarity: Polarity;
  confidence: number;
  summary: string | null;
  effectiveDate: string;
  actor: ActorRef;
  topic: TopicRef;
  evidence: Evidence[];
}

export interface ActorDetails extends ActorRef {
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  roles: Array<{ title: string; organization: ActorRef }>;
  stances: StanceDetails[];
}

export interface Subgraph {
  center: ActorRef;
  depth: number;
  actors: ActorRef[];
  relations: RelationSummary[];
}

export interface TopicDetails extends TopicRef {
  description: string | null;
  concerns: ActorRef[];
  supporters: ActorRef[];
  opponents: ActorRef[];
  worried: ActorRef[];
  stances: StanceDetails[];
}

export interface StanceCell {
  position: StancePosition;
  polarity: Polarity;
  confidence: number;
  score: number;
  stances: StanceDetails[];
}

export interface StanceMatrix {
  topics: TopicRef[];
  rows: Array<{ actor: ActorRef; cells: Array<StanceCell | null> }>;
}

export type TimelineItem =
  | {
      __typename: 'Relation';
      id: string;
      type: RelationType;
      polarity: Polarity;
      source: { name: string };
      target: { name: string };
    }
  | { __typename: 'Stance'; id: string; position: StancePosition; topic: TopicRef }
  | { __typename: 'Document'; id: string; title: string };

export interface TimelineEvent {
  date: string;
  item: TimelineItem;
}

/** One search result, whichever query found it. */
export type SearchResult =
  | { kind: 'actor'; actor: ActorRef & { aliases: string[] } }
  | { kind: 'topic'; topic: TopicRef }
  | {
      kind: 'quote';
      quote: string;
      document: string;
      /** The relation's source actor and the relation, or the stance's topic. */
      relation?: { id: string; source: ActorRef };
      topicId?: string;
    };

export interface GraphChange {
  kind: string;
  relation: { id: string; source: { id: string }; target: { id: string } } | null;
  stance: { id: string; actor: { id: string }; topic: { id: string } } | null;
  actor: { id: string } | null;
}
