/* Generated from schema.graphql and the explorer's operations by `npm run codegen`; do not edit. */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written YYYY-MM-DD (ISO 8601), with no time of day or zone. */
  Date: { input: string; output: string; }
  /** An instant written as an ISO 8601 date-time with a zone offset, e.g. 2025-02-13T09:30:00.000Z. */
  DateTime: { input: Date; output: string; }
  /**
   * A JSON object (graphql-scalars' JSONObject): sent and received as an object,
   * never as text; anything else (a string, a list, a number) is refused.
   */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /**
   * One end of a time window, in the forms dashboard tools send: an ISO 8601 date
   * (`2025-02-13`) or date-time with a zone (`2025-02-13T09:30:00Z`), or epoch
   * milliseconds as a number or a numeric string (`1739404800000`, what Grafana
   * substitutes for `${__timeFrom}`). Relations and stances are dated by day, so a
   * bound counts as its calendar date in UTC.
   */
  TimeBound: { input: string | number; output: string; }
};

/** Which actors the `actors` connection returns; every condition given must hold (AND). */
export type ActorFilter = {
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only actors whose name or an alias contains this text, ignoring case and surrounding blanks; a blank text means no condition. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An actor to create or replace. */
export type ActorInput = {
  /** Other names the actor goes by; they replace the current ones. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A one-line description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A slug: lowercase letters, digits, '.', '_' or '-'. */
  id: Scalars['ID']['input'];
  /** What sort of actor. */
  kind: ActorKind;
  /** Canonical name. */
  name: Scalars['String']['input'];
  /** The Wikidata item id, e.g. Q22686. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of actor this is. */
export type ActorKind =
  /** A state, as a party to international relations. */
  | 'COUNTRY'
  /** A government or its executive, such as the Kremlin or the Trump administration. */
  | 'GOVERNMENT'
  /** A collective without formal structure, such as European leaders or a public. */
  | 'GROUP'
  /** A news outlet or platform. */
  | 'MEDIA'
  /** An international or non-governmental organization, such as NATO or the EU. */
  | 'ORGANIZATION'
  /** A named individual. */
  | 'PERSON';

/** A name to add to an actor (addAlias). */
export type AddAliasInput = {
  /** The actor's id. */
  actorId: Scalars['ID']['input'];
  /** The name to add; blanks around it are trimmed, and it must not be empty. */
  alias: Scalars['String']['input'];
};

/** How an assertion entered the graph. */
export type AssertionMethod =
  /** Written by an analyst. */
  | 'CURATED'
  /** Proposed by the extractor from the article text. */
  | 'EXTRACTED';

/** Who may keep a cached answer. */
export type CacheControlScope =
  /** Only the asking client's own cache. */
  | 'PRIVATE'
  /** Any cache, shared ones included. */
  | 'PUBLIC';

/** A source document to add. */
export type DocumentInput = {
  /** A slug id. */
  id: Scalars['ID']['input'];
  /** The publication date. */
  publishedAt: Scalars['Date']['input'];
  /** The outlet. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The works it cites, as written in it. */
  references?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The full text; evidence offsets point into it, so it cannot change once quoted. */
  text: Scalars['String']['input'];
  /** The headline. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A quote that supports an assertion. */
export type EvidenceInput = {
  /** The document the quote is from (already in the graph). */
  documentId: Scalars['ID']['input'];
  /** Code-point offset just past the quote; may be left out with `start`. */
  end?: InputMaybe<Scalars['Int']['input']>;
  /** The quote, verbatim. */
  quote: Scalars['String']['input'];
  /** Code-point offset of the quote in the document text; may be left out when the quote occurs exactly once. */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** The file formats `export` writes. */
export type ExportFormat =
  /** Two CSV files with a header row: nodes.csv and edges.csv. */
  | 'CSV'
  /** A Cypher script (graph.cypher) that recreates the whole database in an empty Neo4j 5. */
  | 'CYPHER'
  /** GEXF 1.3 (graph.gexf): Gephi, networkx `read_gexf`. */
  | 'GEXF'
  /** GraphML (graph.graphml): Gephi, yEd, networkx `read_graphml`. */
  | 'GRAPHML'
  /** JSON in networkx's node-link shape (graph.json): `{ nodes, edges }`. */
  | 'JSON';

/** What kind of change a GraphChange reports. */
export type GraphChangeKind =
  /** An actor was created or changed, or gained an alias. */
  | 'ACTOR_UPSERTED'
  /** A document was added or its metadata changed. */
  | 'DOCUMENT_ADDED'
  /** A dataset was loaded; refetch what you show. */
  | 'LOADED'
  /** A relation was asserted (created or re-asserted). */
  | 'RELATION_ASSERTED'
  /** A relation was retracted. */
  | 'RELATION_RETRACTED'
  /** A stance was asserted. */
  | 'STANCE_ASSERTED'
  /** A stance was retracted. */
  | 'STANCE_RETRACTED';

/** The length of a series bucket, in UTC: a day, an ISO week (Monday to Sunday) or a calendar month. */
export type Interval =
  /** One calendar day. */
  | 'DAY'
  /** The first to the last day of a month. */
  | 'MONTH'
  /** Monday to Sunday (ISO 8601 weeks). */
  | 'WEEK';

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** The sentiment a relation or stance carries. */
export type Polarity =
  /** Hostile, disapproving or worried. */
  | 'NEGATIVE'
  /** Neither, or both at once. */
  | 'NEUTRAL'
  /** Cooperative, approving or hopeful. */
  | 'POSITIVE';

/** Centrality measures for `rankings`. */
export type RankingMetric =
  /** Betweenness centrality over the undirected relation graph. */
  | 'BETWEENNESS'
  /** Number of relations at the actor (in and out). */
  | 'DEGREE'
  /** PageRank over directed relations, weighted by confidence. */
  | 'PAGERANK'
  /** Sum of the confidence of the relations at the actor. */
  | 'WEIGHTED_DEGREE';

/** Which way relations run from an actor. */
export type RelationDirection =
  /** Both. */
  | 'BOTH'
  /** Relations the actor is the target of. */
  | 'IN'
  /** Relations the actor is the source of. */
  | 'OUT';

/** Which relation filters apply; all given conditions must hold. */
export type RelationFilter = {
  /** Only relations with one of these actors at either end. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only relations quoted from one of these documents. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only relations whose effectiveDate is on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Include retracted relations (default false). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only relations entered this way. */
  methods?: InputMaybe<Array<AssertionMethod>>;
  /** Only relations at least this confident (0 to 1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only these polarities. */
  polarities?: InputMaybe<Array<Polarity>>;
  /** Only relations from one of these actors. */
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only relations to one of these actors. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only relations whose effectiveDate is on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only relations whose source or target takes a stance on one of these topics. */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these types. */
  types?: InputMaybe<Array<RelationType>>;
};

/** A relation to assert. */
export type RelationInput = {
  /** How sure you are the sources say this, 0 to 1. */
  confidence: Scalars['Float']['input'];
  /** When the event took place, where the source says. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The same details as JSON text (give this or detailsObject, not both).
   * @deprecated Use `detailsObject` instead.
   */
  details?: InputMaybe<Scalars['String']['input']>;
  /** Event details as a JSON object, e.g. {durationMinutes: 90}: values are strings, numbers or booleans. */
  detailsObject?: InputMaybe<Scalars['JSONObject']['input']>;
  /** At least one verbatim quote from a document already in the graph. */
  evidence: Array<EvidenceInput>;
  /** A slug id; one is made from the type and actors when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** CURATED for an analyst, EXTRACTED for a machine proposal. */
  method?: InputMaybe<AssertionMethod>;
  /** A remark on how the sources were read. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The sentiment it carries. */
  polarity: Polarity;
  /** The actor the relation goes from. */
  sourceId: Scalars['ID']['input'];
  /** The actor the relation goes to. */
  targetId: Scalars['ID']['input'];
  /** What the source did to or about the target. */
  type: RelationType;
  /** Start of the period the relation holds for. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** End of the period the relation holds for. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** How to sort relations; ties are broken by id. */
export type RelationOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: RelationOrderField;
};

/** What relations can be sorted by. */
export type RelationOrderField =
  /** The confidence of the relation. */
  | 'CONFIDENCE'
  /** The relation's effectiveDate. */
  | 'DATE'
  /** The relation id alone. */
  | 'ID';

/**
 * The kind of a relation from one actor to another. Each maps to a CAMEO event
 * code (see lexicon/cameo.yaml) so that relations line up with GDELT and ICEWS.
 */
export type RelationType =
  /** The source agreed to open negotiations with the target. */
  | 'AGREES_TO_NEGOTIATE'
  /** The source agreed with or echoed the target. */
  | 'AGREES_WITH'
  /** The source telephoned the target. */
  | 'CALLED'
  /** The source criticized or denounced the target. */
  | 'CRITICIZES'
  /** The two met in person. */
  | 'MEETS'
  /** The source is negotiating with the target. */
  | 'NEGOTIATES_WITH'
  /** The source offered or called for cooperation with the target. */
  | 'OFFERS_COOPERATION'
  /** The source stands against the target. */
  | 'OPPOSES'
  /** The source praised or endorsed the target. */
  | 'PRAISES'
  /** The two spoke, without the source saying who initiated it. */
  | 'SPOKE_WITH'
  /** The source backs the target (politically, materially or militarily). */
  | 'SUPPORTS'
  /** The source threatened the target. */
  | 'THREATENS'
  /** The source expressed confidence in the target. */
  | 'TRUSTS'
  /** A meeting between the two is planned. */
  | 'WILL_MEET'
  /** The source is worried or wary about the target. */
  | 'WORRIES_ABOUT';

/** An assertion to retract, and why (retractRelation, retractStance). */
export type RetractInput = {
  /** The relation's or stance's id. */
  id: Scalars['ID']['input'];
  /** Why it is retracted (blanks around it trimmed; at most 2,000 characters). */
  reason: Scalars['String']['input'];
};

/** What splits the relations of a series bucket into groups. */
export type SeriesGroup =
  /** The source and target together; A → B and B → A are different pairs. */
  | 'PAIR'
  /** The polarity (POSITIVE, NEGATIVE, NEUTRAL). */
  | 'POLARITY'
  /** The actor the relation goes from. */
  | 'SOURCE'
  /** The actor the relation goes to. */
  | 'TARGET'
  /** The relation type (CALLED, SUPPORTS, …). */
  | 'TYPE';

/** Which stance filters apply; all given conditions must hold. */
export type StanceFilter = {
  /** Only stances of these actors. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only stances quoted from one of these documents. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only stances whose effectiveDate is on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Include retracted stances (default false). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only stances entered this way. */
  methods?: InputMaybe<Array<AssertionMethod>>;
  /** Only stances at least this confident (0 to 1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only these polarities. */
  polarities?: InputMaybe<Array<Polarity>>;
  /** Only these positions. */
  positions?: InputMaybe<Array<StancePosition>>;
  /** Only stances whose effectiveDate is on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only stances on these topics. */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A stance to assert. */
export type StanceInput = {
  /** The actor taking the position. */
  actorId: Scalars['ID']['input'];
  /** How sure you are the sources say this, 0 to 1. */
  confidence: Scalars['Float']['input'];
  /** At least one verbatim quote from a document already in the graph. */
  evidence: Array<EvidenceInput>;
  /** A slug id; one is made from the actor and topic when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** CURATED for an analyst, EXTRACTED for a machine proposal. */
  method?: InputMaybe<AssertionMethod>;
  /** A remark on how the sources were read. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The sentiment it carries. */
  polarity: Polarity;
  /** For, against, worried, or undecided. */
  position: StancePosition;
  /** The position in a few words. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The topic it is about. */
  topicId: Scalars['ID']['input'];
  /** Start of the period the stance holds for. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** End of the period the stance holds for. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** How to sort stances: a field and a direction. Ties are broken by id, ascending (descending for ID DESC). */
export type StanceOrder = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: StanceOrderField;
};

/** What stances can be sorted by. */
export type StanceOrderField =
  /** The confidence of the stance. */
  | 'CONFIDENCE'
  /** The stance's effectiveDate. */
  | 'DATE'
  /** The stance id alone. */
  | 'ID';

/** What an actor does about a topic. */
export type StancePosition =
  /** The actor is against it. */
  | 'OPPOSES'
  /** The actor is for it. */
  | 'SUPPORTS'
  /** The actor has taken no side, or the source reports both. */
  | 'UNDECIDED'
  /** The actor is worried or concerned about it. */
  | 'WORRIES_ABOUT';

export type ExplorerDashRelationsQueryVariables = Exact<{
  interval: Interval;
}>;


export type ExplorerDashRelationsQuery = { relationSeries: Array<{ time: string, start: string, end: string, count: number, goldsteinSum: number, groups: Array<{ key: string, count: number }> }> };

export type ExplorerDashActivityQueryVariables = Exact<{
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
}>;


export type ExplorerDashActivityQuery = { activity: Array<{ rank: number, total: number, relations: number, stances: number, positive: number, negative: number, neutral: number, actor: { id: string, name: string, kind: ActorKind } }> };

export type ExplorerDashChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDashChoicesQuery = { topics: Array<{ id: string, name: string }>, activity: Array<{ actor: { id: string, name: string, kind: ActorKind } }> };

export type ExplorerDashStancesQueryVariables = Exact<{
  topicId: Scalars['ID']['input'];
  interval: Interval;
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
}>;


export type ExplorerDashStancesQuery = { stanceSeries: Array<{ time: string, start: string, end: string, supporters: number, opponents: number, worried: number, undecided: number }> };

export type ExplorerDashPairQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  pair: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  interval: Interval;
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
}>;


export type ExplorerDashPairQuery = { pairSummary: { count: number, goldsteinBalance: number, firstDate: string | null, lastDate: string | null, aToB: { count: number }, bToA: { count: number } }, relationSeries: Array<{ time: string, start: string, end: string, groups: Array<{ key: string, count: number }> }> };

export type ExplorerDashPairQuotesQueryVariables = Exact<{
  pair: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type ExplorerDashPairQuotesQuery = { relations: { edges: Array<{ node: { id: string, type: RelationType, polarity: Polarity, effectiveDate: string, source: { id: string, name: string, kind: ActorKind }, target: { id: string, name: string, kind: ActorKind }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }> } }> } };

export type ExplorerActorRefFragment = { id: string, name: string, kind: ActorKind };

export type ExplorerTopicRefFragment = { id: string, name: string };

export type ExplorerSearchActorFragment = { aliases: Array<string>, id: string, name: string, kind: ActorKind };

export type ExplorerEvidenceFragment = { id: string, quote: string, document: { id: string, title: string, publishedAt: string } };

export type ExplorerRelationSummaryFragment = { id: string, type: RelationType, polarity: Polarity, confidence: number, effectiveDate: string, source: { id: string, name: string, kind: ActorKind }, target: { id: string, name: string, kind: ActorKind } };

export type ExplorerStanceFragment = { id: string, position: StancePosition, polarity: Polarity, confidence: number, summary: string | null, effectiveDate: string, actor: { id: string, name: string, kind: ActorKind }, topic: { id: string, name: string }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  actorId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType> | RelationType>;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { depth: number, center: { id: string, name: string, kind: ActorKind }, actors: Array<{ id: string, name: string, kind: ActorKind }>, relations: Array<{ id: string, type: RelationType, polarity: Polarity, confidence: number, effectiveDate: string, source: { id: string, name: string, kind: ActorKind }, target: { id: string, name: string, kind: ActorKind } }> } };

export type ExplorerRelationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerRelationQuery = { relation: { date: string | null, note: string | null, method: AssertionMethod, id: string, type: RelationType, polarity: Polarity, confidence: number, effectiveDate: string, cameo: { code: string, label: string }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }>, source: { id: string, name: string, kind: ActorKind }, target: { id: string, name: string, kind: ActorKind } } | null };

export type ExplorerActorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerActorQuery = { actor: { aliases: Array<string>, description: string | null, wikidataId: string | null, id: string, name: string, kind: ActorKind, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind } }>, stances: Array<{ id: string, position: StancePosition, polarity: Polarity, confidence: number, summary: string | null, effectiveDate: string, actor: { id: string, name: string, kind: ActorKind }, topic: { id: string, name: string }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }> }> } | null };

export type ExplorerSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, item:
      | { __typename: 'Actor', aliases: Array<string>, id: string, name: string, kind: ActorKind }
      | { __typename: 'Evidence', quote: string, document: { title: string }, subject:
          | { __typename: 'Relation', id: string, source: { id: string, name: string, kind: ActorKind } }
          | { __typename: 'Stance', id: string, topic: { id: string } }
         }
      | { __typename: 'Topic', id: string, name: string }
     }> };

export type ExplorerSearchFallbackQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type ExplorerSearchFallbackQuery = { actors: { edges: Array<{ node: { aliases: Array<string>, id: string, name: string, kind: ActorKind } }> }, topics: Array<{ id: string, name: string }> };

export type ExplorerStanceMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStanceMatrixQuery = { stanceMatrix: { topics: Array<{ id: string, name: string }>, rows: Array<{ actor: { id: string, name: string, kind: ActorKind }, cells: Array<{ position: StancePosition, polarity: Polarity, confidence: number, score: number, stances: Array<{ id: string, position: StancePosition, polarity: Polarity, confidence: number, summary: string | null, effectiveDate: string, actor: { id: string, name: string, kind: ActorKind }, topic: { id: string, name: string }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }> }> } | null> }> } };

export type ExplorerTopicQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorerTopicQuery = { topic: { description: string | null, id: string, name: string, concerns: Array<{ id: string, name: string, kind: ActorKind }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, opponents: Array<{ id: string, name: string, kind: ActorKind }>, worried: Array<{ id: string, name: string, kind: ActorKind }>, stances: Array<{ id: string, position: StancePosition, polarity: Polarity, confidence: number, summary: string | null, effectiveDate: string, actor: { id: string, name: string, kind: ActorKind }, topic: { id: string, name: string }, evidence: Array<{ id: string, quote: string, document: { id: string, title: string, publishedAt: string } }> }> } | null };

export type ExplorerTimelineQueryVariables = Exact<{
  actorId: Scalars['ID']['input'];
}>;


export type ExplorerTimelineQuery = { timeline: Array<{ date: string, item:
      | { __typename: 'Document', id: string, title: string }
      | { __typename: 'Relation', id: string, type: RelationType, polarity: Polarity, source: { name: string }, target: { name: string } }
      | { __typename: 'Stance', id: string, position: StancePosition, topic: { id: string, name: string } }
     }> };

export type ExplorerSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSuggestionsQuery = { rankings: Array<{ actor: { id: string, name: string, kind: ActorKind } }> };

export type ExplorerPingQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerPingQuery = { __typename: 'Query' };

export type ExplorerGraphChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExplorerGraphChangedSubscription = { graphChanged: { kind: GraphChangeKind, relation: { id: string, source: { id: string }, target: { id: string } } | null, stance: { id: string, actor: { id: string }, topic: { id: string } } | null, actor: { id: string } | null } };
