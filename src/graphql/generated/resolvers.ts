/* Generated from schema.graphql by `npm run codegen`; do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorModel, TopicModel, DocumentModel, RelationModel, StanceModel, EvidenceModel, RoleModel, RankingModel, GraphChangeModel, ActorConnectionModel, RelationConnectionModel, StanceConnectionModel, DocumentConnectionModel } from '../model';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  TimeBound: { input: string; output: string; }
};

/** A person, organization, country, government, group or outlet that takes part in events. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Other names the actor goes by in the sources (the canonical name excluded). */
  aliases: Array<Scalars['String']['output']>;
  /** A one-line description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug id, e.g. `trump`. */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Relations from or to this actor, strongest evidence first: the first `first` (1 to 1000). */
  relations: Array<Relation>;
  /** Offices the actor holds. */
  roles: Array<Role>;
  /** The actor's stances on topics, by topic name: the first `first` (1 to 1000). */
  stances: Array<Stance>;
  /** The Wikidata item id (e.g. `Q22686`), where the actor has one. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A person, organization, country, government, group or outlet that takes part in events. */
export type ActorRelationsArgs = {
  direction?: InputMaybe<RelationDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A person, organization, country, government, group or outlet that takes part in events. */
export type ActorStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How active an actor was in a window. */
export type ActorActivity = {
  __typename?: 'ActorActivity';
  /** The actor. */
  actor: Actor;
  /** Of those relations and stances, the negative ones. */
  negative: Scalars['Int']['output'];
  /** Of those relations and stances, the neutral ones. */
  neutral: Scalars['Int']['output'];
  /** Of those relations and stances, the positive ones. */
  positive: Scalars['Int']['output'];
  /** 1 for the most active; ties share a rank. */
  rank: Scalars['Int']['output'];
  /** Relations the actor is the source or target of. */
  relations: Scalars['Int']['output'];
  /** Stances the actor takes. */
  stances: Scalars['Int']['output'];
  /** Relations plus stances. */
  total: Scalars['Int']['output'];
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page, in order. */
  edges: Array<ActorEdge>;
  /** Where this page stands, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many actors match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An actor in a page, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque position of this actor in the ordering; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
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

/** An actor's position on a topic at a point in time: that of its latest stance up to then. */
export type ActorPosition = {
  __typename?: 'ActorPosition';
  /** The actor. */
  actor: Actor;
  /** The confidence of the deciding stance. */
  confidence: Scalars['Float']['output'];
  /** The polarity of the deciding stance. */
  polarity: Polarity;
  /** The position of the deciding stance. */
  position: StancePosition;
  /** From −1 (against) to +1 (for), as `StanceCell.score`. */
  score: Scalars['Float']['output'];
  /** The deciding stance: the latest up to then, the most confident among those of the same date. */
  stance: Stance;
};

/** A name to add to an actor (addAlias). */
export type AddAliasInput = {
  /** The actor's id. */
  actorId: Scalars['ID']['input'];
  /** The name to add; blanks around it are trimmed, and it must not be empty. */
  alias: Scalars['String']['input'];
};

/**
 * Something the graph asserts with evidence: a relation or a stance. These are
 * the fields both share; select the rest with `... on Relation` or `... on Stance`.
 */
export type Assertion = {
  /** How sure the curator or extractor is that the sources say this, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The date timelines and date filters use: a relation's event date, else the publication date of the document the assertion comes from. */
  effectiveDate: Scalars['Date']['output'];
  /** Verbatim quotes that support the assertion; never empty. */
  evidence: Array<Evidence>;
  /** Stable slug id; relations and stances share one namespace. */
  id: Scalars['ID']['output'];
  /** Whether an analyst curated the assertion or the extractor proposed it. */
  method: AssertionMethod;
  /** A curator's remark on how the sources were read. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentiment the assertion carries. */
  polarity: Polarity;
  /** Set when the assertion was retracted; retracted assertions appear only in history and by id. */
  retraction?: Maybe<Retraction>;
  /** Start of the period the assertion holds for, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** End of the period the assertion holds for, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
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

/** A CAMEO event code (the coding scheme of GDELT and ICEWS). */
export type Cameo = {
  __typename?: 'Cameo';
  /** The CAMEO code, e.g. 040 for Consult. */
  code: Scalars['String']['output'];
  /** The Goldstein conflict–cooperation score of the code, from −10 to +10. */
  goldstein: Scalars['Float']['output'];
  /** The code's label in the CAMEO codebook. */
  label: Scalars['String']['output'];
};

/** A source: a news article and what it cites. */
export type Document = Node & {
  __typename?: 'Document';
  /** Stable slug id. */
  id: Scalars['ID']['output'];
  /** The publication date. */
  publishedAt: Scalars['Date']['output'];
  /** The outlet that published it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The works the document cites, as written in it. */
  references: Array<Scalars['String']['output']>;
  /** The full text that evidence offsets point into. */
  text: Scalars['String']['output'];
  /** The headline. */
  title: Scalars['String']['output'];
  /** Where the document was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page, in order. */
  edges: Array<DocumentEdge>;
  /** Where this page stands, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many documents there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque position of this document in the ordering; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

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

/** A verbatim quote from a document, with where it stands in the document's text. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The document the quote is from. */
  document: Document;
  /** Offset just past the quote's last character, in Unicode code points. */
  end: Scalars['Int']['output'];
  /** Stable id: subject, document and offsets. */
  id: Scalars['ID']['output'];
  /** The quote, exactly as in the document text. */
  quote: Scalars['String']['output'];
  /** Offset of the quote's first character in `Document.text`, in Unicode code points (Python's `text[start:end]`). */
  start: Scalars['Int']['output'];
  /** The relation or stance this quote supports. */
  subject: Assertion;
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

/** One file of an export. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** Its whole text (UTF-8). */
  content: Scalars['String']['output'];
  /** Its media type, e.g. application/graphml+xml or text/csv. */
  mediaType: Scalars['String']['output'];
  /** The file's name, e.g. graph.graphml or nodes.csv. */
  name: Scalars['String']['output'];
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

/** A change to the graph, as sent to subscribers. */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** The actor created or changed, for actor changes. */
  actor?: Maybe<Actor>;
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** The document added, for document changes. */
  document?: Maybe<Document>;
  /** What changed. */
  kind: GraphChangeKind;
  /** The relation asserted or retracted, for relation changes. */
  relation?: Maybe<Relation>;
  /** The stance asserted or retracted, for stance changes. */
  stance?: Maybe<Stance>;
};

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

/**
 * An export of the graph: nodes are actors and topics (attributes `label`,
 * `nodeType`, `kind`), edges are relations and stances not retracted
 * (attributes `id`, `edgeType`, `type`, `polarity`, `confidence`, `quote`,
 * `documentId`, `effectiveDate`).
 */
export type GraphExport = {
  __typename?: 'GraphExport';
  /** How many relations and stances (not retracted) it holds. */
  edgeCount: Scalars['Int']['output'];
  /** Its files: one, or nodes.csv and edges.csv for CSV. */
  files: Array<ExportFile>;
  /** The format of the files. */
  format: ExportFormat;
  /** How many actors and topics the export holds. */
  nodeCount: Scalars['Int']['output'];
};

/** The length of a series bucket, in UTC: a day, an ISO week (Monday to Sunday) or a calendar month. */
export type Interval =
  /** One calendar day. */
  | 'DAY'
  /** The first to the last day of a month. */
  | 'MONTH'
  /** Monday to Sunday (ISO 8601 weeks). */
  | 'WEEK';

/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a name the actor is also known by; adding one it already has changes
   * nothing. Give `input` (the flat `actorId` and `alias` are deprecated; not both).
   */
  addAlias: Actor;
  /** Adds a source document (or replaces one with the same id whose text is unchanged). */
  addDocument: Document;
  /** Asserts a relation between two actors, with at least one verbatim quote. */
  assertRelation: Relation;
  /** Asserts an actor's stance on a topic, with at least one verbatim quote. */
  assertStance: Stance;
  /**
   * Retracts a relation: it leaves reads, but is kept with who retracted it,
   * when and why. Give `input` (the flat `id` and `reason` are deprecated; not both).
   */
  retractRelation: Relation;
  /**
   * Retracts a stance: it leaves reads, but is kept with who retracted it,
   * when and why. Give `input` (the flat `id` and `reason` are deprecated; not both).
   */
  retractStance: Stance;
  /** Creates an actor, or replaces the name, kind, aliases, Wikidata id and description of an existing one. */
  upsertActor: Actor;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationAddAliasArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  alias?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<AddAliasInput>;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationAddDocumentArgs = {
  input: DocumentInput;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationAssertRelationArgs = {
  input: RelationInput;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationAssertStanceArgs = {
  input: StanceInput;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationRetractRelationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<RetractInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationRetractStanceArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<RetractInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation for analysts. Every mutation needs `Authorization: Bearer <key>`
 * (UNAUTHENTICATED without a valid key) and is validated by the same rules as
 * the loader: a rejected write changes nothing.
 */
export type MutationUpsertActorArgs = {
  input: ActorInput;
};

/**
 * Anything with a stable id, which `Query.node(id:)` answers whatever its kind
 * (for clients that cache by id). Actor, Topic, Document, Relation, Stance and
 * Evidence implement it; the id is the type's own `id`, unchanged.
 */
export type Node = {
  /** The object's stable id, the same as its type's own `id` field. */
  id: Scalars['ID']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Where a page stands in its connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after`, so items precede it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The relations from one actor of a pair to the other. */
export type PairDirection = {
  __typename?: 'PairDirection';
  /** How many of each type, most first (then by type); types with none are left out. */
  byType: Array<RelationTypeCount>;
  /** How many. */
  count: Scalars['Int']['output'];
  /** The effectiveDate of the earliest; null when there are none. */
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** The mean of their Goldstein scores; null when there are none. */
  goldsteinMean?: Maybe<Scalars['Float']['output']>;
  /** The sum of their Goldstein scores. */
  goldsteinSum: Scalars['Float']['output'];
  /** The effectiveDate of the latest; null when there are none. */
  lastDate?: Maybe<Scalars['Date']['output']>;
  /** How many are negative. */
  negative: Scalars['Int']['output'];
  /** How many are neutral. */
  neutral: Scalars['Int']['output'];
  /** How many are positive. */
  positive: Scalars['Int']['output'];
};

/** The relations between two actors, both ways. */
export type PairSummary = {
  __typename?: 'PairSummary';
  /** The actor given as `a`. */
  a: Actor;
  /** Relations from a to b. */
  aToB: PairDirection;
  /** The actor given as `b`. */
  b: Actor;
  /** Relations from b to a. */
  bToA: PairDirection;
  /** Relations both ways. */
  count: Scalars['Int']['output'];
  /** The effectiveDate of the earliest relation either way; null when there are none. */
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** The net tone between the two: the sum of the Goldstein scores of the relations both ways (above 0 cooperative, below 0 hostile). */
  goldsteinBalance: Scalars['Float']['output'];
  /** The mean Goldstein score of the relations both ways; null when there are none. */
  goldsteinMean?: Maybe<Scalars['Float']['output']>;
  /** The effectiveDate of the latest relation either way; null when there are none. */
  lastDate?: Maybe<Scalars['Date']['output']>;
  /** The quotes behind the relations of the latest date either way (at most 10), newest relation first. */
  latestEvidence: Array<Evidence>;
};

/** A chain of relations (and, when asked for, offices) from one actor to another. */
export type Path = {
  __typename?: 'Path';
  /** The actors along the chain, from the start to the end. */
  actors: Array<Actor>;
  /** Number of hops in the chain. */
  length: Scalars['Int']['output'];
  /** The relations along the chain, in order; each may point either way when the search direction was BOTH. */
  relations: Array<Relation>;
  /** Every hop in order: a relation, or an office linking its holder and its organization. */
  steps: Array<PathStep>;
};

/** An office as a hop of a path. */
export type PathRole = {
  __typename?: 'PathRole';
  /** The office holder. */
  holder: Actor;
  /** The organization the office belongs to. */
  organization: Actor;
  /** The office. */
  title: Scalars['String']['output'];
};

/** One hop of a path: exactly one of `relation` and `role` is set. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The relation, when the hop is a relation. */
  relation?: Maybe<Relation>;
  /** The office, when the hop links an office holder and the organization. */
  role?: Maybe<PathRole>;
};

/** The sentiment a relation or stance carries. */
export type Polarity =
  /** Hostile, disapproving or worried. */
  | 'NEGATIVE'
  /** Neither, or both at once. */
  | 'NEUTRAL'
  /** Cooperative, approving or hopeful. */
  | 'POSITIVE';

/** Numbers of stances on a topic by position. */
export type PositionCounts = {
  __typename?: 'PositionCounts';
  /** Stances that oppose it. */
  opposes: Scalars['Int']['output'];
  /** Stances that support the topic. */
  supports: Scalars['Int']['output'];
  /** All stances on the topic. */
  total: Scalars['Int']['output'];
  /** Undecided stances. */
  undecided: Scalars['Int']['output'];
  /** Stances that worry about it. */
  worriesAbout: Scalars['Int']['output'];
};

/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type Query = {
  __typename?: 'Query';
  /**
   * The most active actors in a window: ranked by the relations they are the
   * source or target of plus the stances they take, dated in the window
   * (effectiveDate), with those counts by polarity. Retracted assertions are left out.
   */
  activity: Array<ActorActivity>;
  /**
   * One actor, by id or by name. `name` matches the canonical name or any alias,
   * ignoring case ("trump", "President Trump" and "Donald Trump" all find Trump).
   * Give exactly one of `id` and `name`. Null when nothing matches; when a name
   * is shared by several actors, the first by id is returned (use `actors(search:)` to see them all).
   */
  actor?: Maybe<Actor>;
  /** Actors, ordered by name then id, as a cursor connection. */
  actors: ActorConnection;
  /** Every shortest chain of relations between two actors (at most `first`); empty when none. */
  allShortestPaths: Array<Path>;
  /** One document by id; null when there is none. */
  document?: Maybe<Document>;
  /** Source documents, newest first: the first `first` (1 to 1000). For more, page with `documentsConnection`. */
  documents: Array<Document>;
  /**
   * Source documents, newest first (then by id), as a cursor connection: the
   * conventional form of `documents`, which stays a plain list.
   */
  documentsConnection: DocumentConnection;
  /**
   * The graph, or the subgraph around some actors, as files for Gephi, networkx,
   * spreadsheets or another Neo4j: actors and topics as nodes, relations and
   * stances not retracted as edges (CYPHER: the whole database, as a script).
   * At most 5,000 nodes; `stancegraph export` writes graphs of any size.
   */
  export: GraphExport;
  /**
   * The network around an actor, for a network view: the actors within `depth`
   * relation hops (either direction), every relation among them that passes the
   * filters, their stances and the topics of those stances. Each node and edge
   * appears once.
   */
  neighborhood: Subgraph;
  /**
   * Any actor, topic, document, relation, stance or evidence quote by its id
   * (the Node interface), retracted assertions included; null when nothing has
   * the id. Actors, topics and documents keep separate ids, so where one id names
   * several, the first of Actor, Topic, Document answers. An id that no kind can
   * have (not a slug, nor an evidence id `<assertion id>@<document id>:<start>-<end>`)
   * is refused with BAD_USER_INPUT.
   */
  node?: Maybe<Node>;
  /**
   * Everything between two actors at a glance: the relations each way counted by
   * type and polarity, the Goldstein balance, the first and last dates, and the
   * quotes behind the latest relations. Retracted relations are left out.
   */
  pairSummary: PairSummary;
  /**
   * Actors ranked by a centrality measure over the relation graph (retracted
   * relations excluded), computed with graphology and cached until the graph changes.
   */
  rankings: Array<Ranking>;
  /** One relation by id, retracted or not; null when there is none. */
  relation?: Maybe<Relation>;
  /**
   * Relations counted per time bucket, for charts: each bucket's count, the sum and
   * mean Goldstein score of the relations' CAMEO codes and, with `groupBy`, its
   * largest groups. Buckets run oldest first from `from` (else the bucket of the
   * first matching relation) to `to` (else that of the last), empty ones included;
   * at most 1,000 of them. Retracted relations are left out unless
   * `filter.includeRetracted` is true.
   */
  relationSeries: Array<RelationBucket>;
  /** Every relation type with its CAMEO event code and Goldstein score (fixed by the release: cached for an hour). */
  relationTypes: Array<RelationTypeInfo>;
  /**
   * Relations matching a filter, as a cursor connection. Retracted relations are
   * left out unless `filter.includeRetracted` is true.
   */
  relations: RelationConnection;
  /**
   * Full-text search over actor names and aliases, topic names and descriptions,
   * and evidence quotes, best match first. Uses Lucene syntax with the special
   * characters escaped, so any text is safe to send.
   */
  search: Array<SearchHit>;
  /**
   * A shortest chain of relations from one actor to another, or null when none
   * is within `maxHops`. Never an error for actors that are not connected.
   */
  shortestPath?: Maybe<Path>;
  /** One stance by id, retracted or not; null when there is none. */
  stance?: Maybe<Stance>;
  /**
   * Every stance an actor has taken on a topic, retracted ones included, in the
   * order of the documents they come from: how the position changed over time.
   */
  stanceHistory: Array<Stance>;
  /**
   * Actors × topics, for a heat map: one row per actor, one column per topic, each
   * cell the actor's current stance on the topic (null where it has none).
   * Defaults: every topic, and every actor holding a stance on one of them.
   */
  stanceMatrix: StanceMatrix;
  /**
   * The balance of positions on a topic over time: per bucket, how many actors
   * support, oppose, worry about or are undecided on it at the bucket's end, and
   * each actor's position then (the latest stance up to the bucket's end decides,
   * as in `stanceMatrix`). Buckets run oldest first from `from` (else the bucket of
   * the first stance on the topic) to `to` (else that of the last), at most 1,000.
   * Retracted stances are left out.
   */
  stanceSeries: Array<StanceBucket>;
  /**
   * Stances matching a filter, as a cursor connection, most confident first
   * unless `orderBy` says otherwise. Retracted stances are left out unless
   * `filter.includeRetracted` is true.
   */
  stances: StanceConnection;
  /**
   * Relations, stances and documents in date order (oldest first). With `actorId`,
   * only what involves that actor: its relations and stances and the documents
   * they are quoted from. A relation's date is its event date where the source
   * gives one, otherwise the publication date of the document it comes from.
   */
  timeline: Array<TimelineEvent>;
  /** One topic by id; null when there is none. */
  topic?: Maybe<Topic>;
  /** Every topic (issue in play), ordered by name. */
  topics: Array<Topic>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryActivityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryActorArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryAllShortestPathsArgs = {
  direction?: InputMaybe<RelationDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  includeRoles?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryExportArgs = {
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  csvSafe?: InputMaybe<Scalars['Boolean']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  format: ExportFormat;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryNeighborhoodArgs = {
  actorId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryPairSummaryArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryRankingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric: RankingMetric;
  types?: InputMaybe<Array<RelationType>>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryRelationSeriesArgs = {
  filter?: InputMaybe<RelationFilter>;
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  groupBy?: InputMaybe<SeriesGroup>;
  interval: Interval;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
  topGroups?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryShortestPathArgs = {
  direction?: InputMaybe<RelationDirection>;
  fromId: Scalars['ID']['input'];
  includeRoles?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryStanceArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryStanceHistoryArgs = {
  actorId: Scalars['ID']['input'];
  topicId: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryStanceMatrixArgs = {
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryStanceSeriesArgs = {
  from?: InputMaybe<Scalars['TimeBound']['input']>;
  interval: Interval;
  to?: InputMaybe<Scalars['TimeBound']['input']>;
  topicId: Scalars['ID']['input'];
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryStancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StanceOrder>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryTimelineArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** What can be read: actors, relations, stances, topics, documents and the analyses built on them. */
export type QueryTopicArgs = {
  id: Scalars['ID']['input'];
};

/** An actor's place in a ranking. */
export type Ranking = {
  __typename?: 'Ranking';
  /** The ranked actor. */
  actor: Actor;
  /** 1 for the top actor; ties share a rank. */
  rank: Scalars['Int']['output'];
  /** The actor’s value of the chosen metric. */
  score: Scalars['Float']['output'];
};

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

/** A typed, directed relation between two actors, with the quotes that support it. */
export type Relation = Assertion & Node & {
  __typename?: 'Relation';
  /** The CAMEO event code this relation type maps to, to line it up with GDELT and ICEWS. */
  cameo: Cameo;
  /** How sure the curator or extractor is that the sources say this, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** When the event took place, where the source says. */
  date?: Maybe<Scalars['Date']['output']>;
  /**
   * The same details as JSON text.
   * @deprecated Use `detailsObject` instead.
   */
  details?: Maybe<Scalars['String']['output']>;
  /** Event details the source gives, as a JSON object (e.g. `{"durationMinutes": 90}`). */
  detailsObject?: Maybe<Scalars['JSONObject']['output']>;
  /** The event date, or else the publication date of the document the relation comes from; what timelines and date filters use. */
  effectiveDate: Scalars['Date']['output'];
  /** Verbatim quotes that support the relation; never empty. */
  evidence: Array<Evidence>;
  /** Stable slug id, e.g. `rel-trump-called-zelensky`. */
  id: Scalars['ID']['output'];
  /** Whether an analyst curated the relation or the extractor proposed it. */
  method: AssertionMethod;
  /** A curator's remark on how the sources were read. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentiment the relation carries. */
  polarity: Polarity;
  /** Set when the relation was retracted; retracted relations appear only in history and by id. */
  retraction?: Maybe<Retraction>;
  /** The actor the relation goes from (who called, supports, worries …). */
  source: Actor;
  /** The actor the relation goes to. */
  target: Actor;
  /** What the source did to or about the target. */
  type: RelationType;
  /** Start of the period the relation holds for, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** End of the period the relation holds for, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** The relations of one time bucket. */
export type RelationBucket = {
  __typename?: 'RelationBucket';
  /** How many relations fall in the bucket. */
  count: Scalars['Int']['output'];
  /** The bucket's last day. */
  end: Scalars['Date']['output'];
  /** The mean Goldstein score; null for an empty bucket. */
  goldsteinMean?: Maybe<Scalars['Float']['output']>;
  /** The sum of the Goldstein scores of their CAMEO codes (−10 conflict to +10 cooperation each); 0 for an empty bucket. */
  goldsteinSum: Scalars['Float']['output'];
  /** With `groupBy`: the `topGroups` largest groups, largest first (ties by key); empty without `groupBy`. */
  groups: Array<RelationGroup>;
  /** How many relations of the bucket are in groups not listed (0 without `groupBy`). */
  otherCount: Scalars['Int']['output'];
  /** The bucket's first day. */
  start: Scalars['Date']['output'];
  /** Start of the bucket, as an ISO 8601 date-time (midnight UTC of `start`): the time field for Grafana and other charts. */
  time: Scalars['DateTime']['output'];
};

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page, in order. */
  edges: Array<RelationEdge>;
  /** Where this page stands, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many relations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which way relations run from an actor. */
export type RelationDirection =
  /** Both. */
  | 'BOTH'
  /** Relations the actor is the target of. */
  | 'IN'
  /** Relations the actor is the source of. */
  | 'OUT';

/** A relation in a page, with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque position of this relation in the ordering; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

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

/** The relations of one group within a bucket. */
export type RelationGroup = {
  __typename?: 'RelationGroup';
  /** How many relations of the bucket are in the group. */
  count: Scalars['Int']['output'];
  /** The mean of their Goldstein scores. */
  goldsteinMean: Scalars['Float']['output'];
  /** The sum of their Goldstein scores. */
  goldsteinSum: Scalars['Float']['output'];
  /** The group: the type or polarity name, the actor id (SOURCE, TARGET), or `sourceId>targetId` (PAIR). */
  key: Scalars['String']['output'];
  /** The group for people: the type or polarity name, the actor's name, or `Source → Target`. */
  label: Scalars['String']['output'];
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

/** How many relations of one type. */
export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  /** How many relations of the type. */
  count: Scalars['Int']['output'];
  /** The relation type. */
  type: RelationType;
};

/** A relation type and the CAMEO event code it maps to. */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  /** The CAMEO event code the type maps to. */
  cameo: Cameo;
  /** What the relation type means. */
  description: Scalars['String']['output'];
  /** The relation type. */
  type: RelationType;
};

/** An assertion to retract, and why (retractRelation, retractStance). */
export type RetractInput = {
  /** The relation's or stance's id. */
  id: Scalars['ID']['input'];
  /** Why it is retracted (blanks around it trimmed; at most 2,000 characters). */
  reason: Scalars['String']['input'];
};

/** Who retracted an assertion, when and why. */
export type Retraction = {
  __typename?: 'Retraction';
  /** When it was retracted. */
  at: Scalars['DateTime']['output'];
  /**
   * Who retracted it, as the holder of the API key chose to be shown (the key's
   * `displayName`), else `analyst`. The key's own name is never shown unless the
   * server runs with STANCEGRAPH_SHOW_KEY_NAMES=true.
   */
  by: Scalars['String']['output'];
  /** Why, in the retracting analyst’s words. */
  reason: Scalars['String']['output'];
};

/** An office held in an organization, e.g. Secretary of State in the US government. */
export type Role = {
  __typename?: 'Role';
  /** The organization, government or country the office belongs to. */
  organization: Actor;
  /** The office, e.g. "Secretary of State". */
  title: Scalars['String']['output'];
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The actor, topic or evidence quote that matched. */
  item: SearchItem;
  /** Lucene relevance; higher is better, comparable within one search. */
  score: Scalars['Float']['output'];
};

/** What a search hit is. */
export type SearchItem = Actor | Evidence | Topic;

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

/** An actor's position on a topic, with the quotes that support it. */
export type Stance = Assertion & Node & {
  __typename?: 'Stance';
  /** The actor taking the position. */
  actor: Actor;
  /** How sure the curator or extractor is that the sources say this, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The publication date of the document the stance comes from. */
  effectiveDate: Scalars['Date']['output'];
  /** Verbatim quotes that support the stance; never empty. */
  evidence: Array<Evidence>;
  /** Stable slug id, e.g. `stance-hegseth-ukraine-nato-membership`. */
  id: Scalars['ID']['output'];
  /** Whether an analyst curated the stance or the extractor proposed it. */
  method: AssertionMethod;
  /** A curator’s remark on how the sources were read. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sentiment the stance carries. */
  polarity: Polarity;
  /** For, against, worried, or undecided. */
  position: StancePosition;
  /** Set when the stance was retracted. */
  retraction?: Maybe<Retraction>;
  /** The position in a few words, where the curator gave them. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The topic the position is about. */
  topic: Topic;
  /** Start of the period the stance holds for, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** End of the period the stance holds for, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Where the actors stand on a topic at the end of one time bucket. */
export type StanceBucket = {
  __typename?: 'StanceBucket';
  /** The bucket's last day. */
  end: Scalars['Date']['output'];
  /** Stances on the topic dated within the bucket. */
  newStances: Scalars['Int']['output'];
  /** Actors whose position at the bucket's end is OPPOSES. */
  opponents: Scalars['Int']['output'];
  /** Each actor's position at the bucket's end, by actor name then id; actors with no stance yet are left out. */
  positions: Array<ActorPosition>;
  /** The bucket's first day. */
  start: Scalars['Date']['output'];
  /** Actors whose position at the bucket's end is SUPPORTS. */
  supporters: Scalars['Int']['output'];
  /** Start of the bucket, as an ISO 8601 date-time (midnight UTC of `start`): the time field for Grafana and other charts. */
  time: Scalars['DateTime']['output'];
  /** Actors whose position at the bucket's end is UNDECIDED. */
  undecided: Scalars['Int']['output'];
  /** Actors whose position at the bucket's end is WORRIES_ABOUT. */
  worried: Scalars['Int']['output'];
};

/** An actor's position on a topic, with a score for colouring a heat map. */
export type StanceCell = {
  __typename?: 'StanceCell';
  /** The confidence of the deciding stance. */
  confidence: Scalars['Float']['output'];
  /** The polarity of the deciding stance. */
  polarity: Polarity;
  /** The position of the deciding stance. */
  position: StancePosition;
  /**
   * From −1 (against) to +1 (for): confidence for SUPPORTS, −confidence for
   * OPPOSES, −confidence/2 for WORRIES_ABOUT, 0 for UNDECIDED.
   */
  score: Scalars['Float']['output'];
  /** The stances behind the cell (several when the actor took the same position in several documents; the latest decides). */
  stances: Array<Stance>;
};

/** A page of stances. */
export type StanceConnection = {
  __typename?: 'StanceConnection';
  /** The stances of this page, in order. */
  edges: Array<StanceEdge>;
  /** Where this page stands, and the cursor to continue from. */
  pageInfo: PageInfo;
  /** How many stances match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A stance in a page, with its cursor. */
export type StanceEdge = {
  __typename?: 'StanceEdge';
  /** Opaque position of this stance in the ordering; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The stance. */
  node: Stance;
};

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

/** Actors × topics; `rows[i].cells[j]` is actor i's stance on topic j. */
export type StanceMatrix = {
  __typename?: 'StanceMatrix';
  /** The rows. */
  rows: Array<StanceMatrixRow>;
  /** The columns. */
  topics: Array<Topic>;
};

/** One actor’s row of the stance matrix. */
export type StanceMatrixRow = {
  __typename?: 'StanceMatrixRow';
  /** The actor of this row. */
  actor: Actor;
  /** One cell per topic, in the order of `StanceMatrix.topics`; null where the actor has no stance. */
  cells: Array<Maybe<StanceCell>>;
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

/** A piece of the graph for drawing: nodes and edges, each once. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Every actor within `depth` hops, the center first, nearest first (at most 500). */
  actors: Array<Actor>;
  /** The actor the subgraph was taken around. */
  center: Actor;
  /** The number of hops the subgraph spans. */
  depth: Scalars['Int']['output'];
  /** Every relation among those actors that passes the filters. */
  relations: Array<Relation>;
  /** The included actors' stances. */
  stances: Array<Stance>;
  /** Topics of the stances included. */
  topics: Array<Topic>;
};

/** Live updates over graphql-ws (the same URL, ws:// instead of http://). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to the graph: assertions, retractions, actors, documents and loads. */
  graphChanged: GraphChange;
  /** Relations as they are asserted; with `actorId`, only those involving that actor. */
  relationAsserted: Relation;
  /** Stances as they are asserted; with `topicId`, only those on that topic. */
  stanceAsserted: Stance;
};


/** Live updates over graphql-ws (the same URL, ws:// instead of http://). */
export type SubscriptionRelationAssertedArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live updates over graphql-ws (the same URL, ws:// instead of http://). */
export type SubscriptionStanceAssertedArgs = {
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

/** One entry in a timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** When it happened (a relation’s effectiveDate, a stance’s effectiveDate, a document’s publication date). */
  date: Scalars['Date']['output'];
  /** What happened. */
  item: TimelineItem;
};

/** What happened on a date. */
export type TimelineItem = Document | Relation | Stance;

/** An issue in play, such as Ukraine's NATO membership. */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Actors the topic is about (not the ones taking positions on it). */
  concerns: Array<Actor>;
  /** How many stances of each position the topic has. */
  counts: PositionCounts;
  /** A sentence saying what the issue is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug id, e.g. `ukraine-nato-membership`. */
  id: Scalars['ID']['output'];
  /** The issue in a few words. */
  name: Scalars['String']['output'];
  /** Actors whose stance is OPPOSES. */
  opponents: Array<Actor>;
  /** The actors' stances on this topic, by position then actor name: the first `first` (1 to 1000); for more, page with `Query.stances(filter: {topicIds: [...]})`. */
  stances: Array<Stance>;
  /** Actors whose stance is SUPPORTS. */
  supporters: Array<Actor>;
  /** Actors whose stance is WORRIES_ABOUT. */
  worried: Array<Actor>;
};


/** An issue in play, such as Ukraine's NATO membership. */
export type TopicStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchItem:
    | ( ActorModel )
    | ( EvidenceModel )
    | ( TopicModel )
  ;
  TimelineItem:
    | ( DocumentModel )
    | ( RelationModel )
    | ( StanceModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Assertion:
    | ( RelationModel )
    | ( StanceModel )
  ;
  Node:
    | ( ActorModel )
    | ( DocumentModel )
    | ( EvidenceModel )
    | ( RelationModel )
    | ( StanceModel )
    | ( TopicModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorActivity: ResolverTypeWrapper<Omit<ActorActivity, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionModel>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  ActorPosition: ResolverTypeWrapper<Omit<ActorPosition, 'actor' | 'stance'> & { actor: ResolversTypes['Actor'], stance: ResolversTypes['Stance'] }>;
  AddAliasInput: AddAliasInput;
  Assertion: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Assertion']>;
  AssertionMethod: AssertionMethod;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  Cameo: ResolverTypeWrapper<Cameo>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentConnection: ResolverTypeWrapper<DocumentConnectionModel>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentInput: DocumentInput;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceInput: EvidenceInput;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<GraphChangeModel>;
  GraphChangeKind: GraphChangeKind;
  GraphExport: ResolverTypeWrapper<GraphExport>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interval: Interval;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PairDirection: ResolverTypeWrapper<PairDirection>;
  PairSummary: ResolverTypeWrapper<Omit<PairSummary, 'a' | 'b' | 'latestEvidence'> & { a: ResolversTypes['Actor'], b: ResolversTypes['Actor'], latestEvidence: Array<ResolversTypes['Evidence']> }>;
  Path: ResolverTypeWrapper<Omit<Path, 'actors' | 'relations' | 'steps'> & { actors: Array<ResolversTypes['Actor']>, relations: Array<ResolversTypes['Relation']>, steps: Array<ResolversTypes['PathStep']> }>;
  PathRole: ResolverTypeWrapper<Omit<PathRole, 'holder' | 'organization'> & { holder: ResolversTypes['Actor'], organization: ResolversTypes['Actor'] }>;
  PathStep: ResolverTypeWrapper<Omit<PathStep, 'relation' | 'role'> & { relation?: Maybe<ResolversTypes['Relation']>, role?: Maybe<ResolversTypes['PathRole']> }>;
  Polarity: Polarity;
  PositionCounts: ResolverTypeWrapper<PositionCounts>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ranking: ResolverTypeWrapper<RankingModel>;
  RankingMetric: RankingMetric;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationBucket: ResolverTypeWrapper<RelationBucket>;
  RelationConnection: ResolverTypeWrapper<RelationConnectionModel>;
  RelationDirection: RelationDirection;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationGroup: ResolverTypeWrapper<RelationGroup>;
  RelationInput: RelationInput;
  RelationOrder: RelationOrder;
  RelationOrderField: RelationOrderField;
  RelationType: RelationType;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  RelationTypeInfo: ResolverTypeWrapper<Omit<RelationTypeInfo, 'cameo'> & { cameo: ResolversTypes['Cameo'] }>;
  RetractInput: RetractInput;
  Retraction: ResolverTypeWrapper<Retraction>;
  Role: ResolverTypeWrapper<RoleModel>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'item'> & { item: ResolversTypes['SearchItem'] }>;
  SearchItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchItem']>;
  SeriesGroup: SeriesGroup;
  Stance: ResolverTypeWrapper<StanceModel>;
  StanceBucket: ResolverTypeWrapper<Omit<StanceBucket, 'positions'> & { positions: Array<ResolversTypes['ActorPosition']> }>;
  StanceCell: ResolverTypeWrapper<Omit<StanceCell, 'stances'> & { stances: Array<ResolversTypes['Stance']> }>;
  StanceConnection: ResolverTypeWrapper<StanceConnectionModel>;
  StanceEdge: ResolverTypeWrapper<Omit<StanceEdge, 'node'> & { node: ResolversTypes['Stance'] }>;
  StanceFilter: StanceFilter;
  StanceInput: StanceInput;
  StanceMatrix: ResolverTypeWrapper<Omit<StanceMatrix, 'rows' | 'topics'> & { rows: Array<ResolversTypes['StanceMatrixRow']>, topics: Array<ResolversTypes['Topic']> }>;
  StanceMatrixRow: ResolverTypeWrapper<Omit<StanceMatrixRow, 'actor' | 'cells'> & { actor: ResolversTypes['Actor'], cells: Array<Maybe<ResolversTypes['StanceCell']>> }>;
  StanceOrder: StanceOrder;
  StanceOrderField: StanceOrderField;
  StancePosition: StancePosition;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'actors' | 'center' | 'relations' | 'stances' | 'topics'> & { actors: Array<ResolversTypes['Actor']>, center: ResolversTypes['Actor'], relations: Array<ResolversTypes['Relation']>, stances: Array<ResolversTypes['Stance']>, topics: Array<ResolversTypes['Topic']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeBound: ResolverTypeWrapper<Scalars['TimeBound']['output']>;
  TimelineEvent: ResolverTypeWrapper<Omit<TimelineEvent, 'item'> & { item: ResolversTypes['TimelineItem'] }>;
  TimelineItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TimelineItem']>;
  Topic: ResolverTypeWrapper<TopicModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorModel;
  ActorActivity: Omit<ActorActivity, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorConnection: ActorConnectionModel;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorInput: ActorInput;
  ActorPosition: Omit<ActorPosition, 'actor' | 'stance'> & { actor: ResolversParentTypes['Actor'], stance: ResolversParentTypes['Stance'] };
  AddAliasInput: AddAliasInput;
  Assertion: ResolversInterfaceTypes<ResolversParentTypes>['Assertion'];
  Boolean: Scalars['Boolean']['output'];
  Cameo: Cameo;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentModel;
  DocumentConnection: DocumentConnectionModel;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentInput: DocumentInput;
  Evidence: EvidenceModel;
  EvidenceInput: EvidenceInput;
  ExportFile: ExportFile;
  Float: Scalars['Float']['output'];
  GraphChange: GraphChangeModel;
  GraphExport: GraphExport;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PairDirection: PairDirection;
  PairSummary: Omit<PairSummary, 'a' | 'b' | 'latestEvidence'> & { a: ResolversParentTypes['Actor'], b: ResolversParentTypes['Actor'], latestEvidence: Array<ResolversParentTypes['Evidence']> };
  Path: Omit<Path, 'actors' | 'relations' | 'steps'> & { actors: Array<ResolversParentTypes['Actor']>, relations: Array<ResolversParentTypes['Relation']>, steps: Array<ResolversParentTypes['PathStep']> };
  PathRole: Omit<PathRole, 'holder' | 'organization'> & { holder: ResolversParentTypes['Actor'], organization: ResolversParentTypes['Actor'] };
  PathStep: Omit<PathStep, 'relation' | 'role'> & { relation?: Maybe<ResolversParentTypes['Relation']>, role?: Maybe<ResolversParentTypes['PathRole']> };
  PositionCounts: PositionCounts;
  Query: Record<PropertyKey, never>;
  Ranking: RankingModel;
  Relation: RelationModel;
  RelationBucket: RelationBucket;
  RelationConnection: RelationConnectionModel;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  RelationGroup: RelationGroup;
  RelationInput: RelationInput;
  RelationOrder: RelationOrder;
  RelationTypeCount: RelationTypeCount;
  RelationTypeInfo: Omit<RelationTypeInfo, 'cameo'> & { cameo: ResolversParentTypes['Cameo'] };
  RetractInput: RetractInput;
  Retraction: Retraction;
  Role: RoleModel;
  SearchHit: Omit<SearchHit, 'item'> & { item: ResolversParentTypes['SearchItem'] };
  SearchItem: ResolversUnionTypes<ResolversParentTypes>['SearchItem'];
  Stance: StanceModel;
  StanceBucket: Omit<StanceBucket, 'positions'> & { positions: Array<ResolversParentTypes['ActorPosition']> };
  StanceCell: Omit<StanceCell, 'stances'> & { stances: Array<ResolversParentTypes['Stance']> };
  StanceConnection: StanceConnectionModel;
  StanceEdge: Omit<StanceEdge, 'node'> & { node: ResolversParentTypes['Stance'] };
  StanceFilter: StanceFilter;
  StanceInput: StanceInput;
  StanceMatrix: Omit<StanceMatrix, 'rows' | 'topics'> & { rows: Array<ResolversParentTypes['StanceMatrixRow']>, topics: Array<ResolversParentTypes['Topic']> };
  StanceMatrixRow: Omit<StanceMatrixRow, 'actor' | 'cells'> & { actor: ResolversParentTypes['Actor'], cells: Array<Maybe<ResolversParentTypes['StanceCell']>> };
  StanceOrder: StanceOrder;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'actors' | 'center' | 'relations' | 'stances' | 'topics'> & { actors: Array<ResolversParentTypes['Actor']>, center: ResolversParentTypes['Actor'], relations: Array<ResolversParentTypes['Relation']>, stances: Array<ResolversParentTypes['Stance']>, topics: Array<ResolversParentTypes['Topic']> };
  Subscription: Record<PropertyKey, never>;
  TimeBound: Scalars['TimeBound']['output'];
  TimelineEvent: Omit<TimelineEvent, 'item'> & { item: ResolversParentTypes['TimelineItem'] };
  TimelineItem: ResolversUnionTypes<ResolversParentTypes>['TimelineItem'];
  Topic: TopicModel;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ActorRelationsArgs, 'direction' | 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<ActorStancesArgs, 'first'>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorActivity'] = ResolversParentTypes['ActorActivity']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  negative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorPosition'] = ResolversParentTypes['ActorPosition']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['StancePosition'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type AssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assertion'] = ResolversParentTypes['Assertion']> = {
  __resolveType: TypeResolveFn<'Relation' | 'Stance', ParentType, ContextType>;
};

export type CameoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cameo'] = ResolversParentTypes['Cameo']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goldstein?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphChangeKind'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type GraphExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphExport'] = ResolversParentTypes['GraphExport']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ExportFile']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, Partial<MutationAddAliasArgs>>;
  addDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationAddDocumentArgs, 'input'>>;
  assertRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationAssertRelationArgs, 'input'>>;
  assertStance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType, RequireFields<MutationAssertStanceArgs, 'input'>>;
  retractRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, Partial<MutationRetractRelationArgs>>;
  retractStance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType, Partial<MutationRetractStanceArgs>>;
  upsertActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpsertActorArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Document' | 'Evidence' | 'Relation' | 'Stance' | 'Topic', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PairDirectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairDirection'] = ResolversParentTypes['PairDirection']> = {
  byType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goldsteinMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  negative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PairSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairSummary'] = ResolversParentTypes['PairSummary']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  aToB?: Resolver<ResolversTypes['PairDirection'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  bToA?: Resolver<ResolversTypes['PairDirection'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  goldsteinBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  goldsteinMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathRole'] = ResolversParentTypes['PathRole']> = {
  holder?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['PathRole']>, ParentType, ContextType>;
};

export type PositionCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionCounts'] = ResolversParentTypes['PositionCounts']> = {
  opposes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undecided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worriesAbout?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<Array<ResolversTypes['ActorActivity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'first'>>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorArgs>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  allShortestPaths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryAllShortestPathsArgs, 'direction' | 'first' | 'fromId' | 'includeRoles' | 'maxHops' | 'toId'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  documentsConnection?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsConnectionArgs, 'first'>>;
  export?: Resolver<ResolversTypes['GraphExport'], ParentType, ContextType, RequireFields<QueryExportArgs, 'csvSafe' | 'depth' | 'format'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'actorId' | 'depth'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  pairSummary?: Resolver<ResolversTypes['PairSummary'], ParentType, ContextType, RequireFields<QueryPairSummaryArgs, 'a' | 'b'>>;
  rankings?: Resolver<Array<ResolversTypes['Ranking']>, ParentType, ContextType, RequireFields<QueryRankingsArgs, 'first' | 'metric'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relationSeries?: Resolver<Array<ResolversTypes['RelationBucket']>, ParentType, ContextType, RequireFields<QueryRelationSeriesArgs, 'interval' | 'topGroups'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first' | 'orderBy'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'direction' | 'fromId' | 'includeRoles' | 'maxHops' | 'toId'>>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<QueryStanceArgs, 'id'>>;
  stanceHistory?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<QueryStanceHistoryArgs, 'actorId' | 'topicId'>>;
  stanceMatrix?: Resolver<ResolversTypes['StanceMatrix'], ParentType, ContextType, Partial<QueryStanceMatrixArgs>>;
  stanceSeries?: Resolver<Array<ResolversTypes['StanceBucket']>, ParentType, ContextType, RequireFields<QueryStanceSeriesArgs, 'interval' | 'topicId'>>;
  stances?: Resolver<ResolversTypes['StanceConnection'], ParentType, ContextType, RequireFields<QueryStancesArgs, 'first' | 'orderBy'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'id'>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type RankingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ranking'] = ResolversParentTypes['Ranking']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  cameo?: Resolver<ResolversTypes['Cameo'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detailsObject?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AssertionMethod'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationBucket'] = ResolversParentTypes['RelationBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goldsteinMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType>;
  otherCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationGroup'] = ResolversParentTypes['RelationGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goldsteinMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  goldsteinSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationTypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = {
  cameo?: Resolver<ResolversTypes['Cameo'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  item?: Resolver<ResolversTypes['SearchItem'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchItem'] = ResolversParentTypes['SearchItem']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Evidence' | 'Topic', ParentType, ContextType>;
};

export type StanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AssertionMethod'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['StancePosition'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceBucket'] = ResolversParentTypes['StanceBucket']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  newStances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opponents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['ActorPosition']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supporters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  undecided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worried?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StanceCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceCell'] = ResolversParentTypes['StanceCell']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['StancePosition'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type StanceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceConnection'] = ResolversParentTypes['StanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StanceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceEdge'] = ResolversParentTypes['StanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type StanceMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceMatrix'] = ResolversParentTypes['StanceMatrix']> = {
  rows?: Resolver<Array<ResolversTypes['StanceMatrixRow']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type StanceMatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceMatrixRow'] = ResolversParentTypes['StanceMatrixRow']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  cells?: Resolver<Array<Maybe<ResolversTypes['StanceCell']>>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  graphChanged?: SubscriptionResolver<ResolversTypes['GraphChange'], "graphChanged", ParentType, ContextType>;
  relationAsserted?: SubscriptionResolver<ResolversTypes['Relation'], "relationAsserted", ParentType, ContextType, Partial<SubscriptionRelationAssertedArgs>>;
  stanceAsserted?: SubscriptionResolver<ResolversTypes['Stance'], "stanceAsserted", ParentType, ContextType, Partial<SubscriptionStanceAssertedArgs>>;
};

export interface TimeBoundScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['TimeBound'], any> {
  name: 'TimeBound';
}

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  __resolveType: TypeResolveFn<'Document' | 'Relation' | 'Stance', ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  concerns?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['PositionCounts'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opponents?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<TopicStancesArgs, 'first'>>;
  supporters?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  worried?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorActivity?: ActorActivityResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorPosition?: ActorPositionResolvers<ContextType>;
  Assertion?: AssertionResolvers<ContextType>;
  Cameo?: CameoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  GraphExport?: GraphExportResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PairDirection?: PairDirectionResolvers<ContextType>;
  PairSummary?: PairSummaryResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathRole?: PathRoleResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PositionCounts?: PositionCountsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ranking?: RankingResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationBucket?: RelationBucketResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationGroup?: RelationGroupResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchItem?: SearchItemResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  StanceBucket?: StanceBucketResolvers<ContextType>;
  StanceCell?: StanceCellResolvers<ContextType>;
  StanceConnection?: StanceConnectionResolvers<ContextType>;
  StanceEdge?: StanceEdgeResolvers<ContextType>;
  StanceMatrix?: StanceMatrixResolvers<ContextType>;
  StanceMatrixRow?: StanceMatrixRowResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimeBound?: GraphQLScalarType;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
