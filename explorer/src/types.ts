/**
 * The shapes the explorer reads from the API, by the names the rest of the explorer uses. Every
 * schema shape comes from generated/operations.ts, which GraphQL Code Generator writes from
 * schema.graphql and queries.ts (`npm run codegen`); only the search's own result list is written
 * here.
 */
import type {
  ExplorerActorQuery,
  ExplorerActorRefFragment,
  ExplorerEvidenceFragment,
  ExplorerGraphChangedSubscription,
  ExplorerNeighborhoodQuery,
  ExplorerRelationQuery,
  ExplorerRelationSummaryFragment,
  ExplorerSearchActorFragment,
  ExplorerSearchQuery,
  ExplorerStanceFragment,
  ExplorerStanceMatrixQuery,
  ExplorerTimelineQuery,
  ExplorerTopicQuery,
  ExplorerTopicRefFragment,
} from './generated/operations';

export type { ActorKind, Polarity, RelationType, StancePosition } from './generated/operations';

export type ActorRef = ExplorerActorRefFragment;
export type TopicRef = ExplorerTopicRefFragment;
export type Evidence = ExplorerEvidenceFragment;
export type RelationSummary = ExplorerRelationSummaryFragment;
export type RelationDetails = NonNullable<ExplorerRelationQuery['relation']>;
export type StanceDetails = ExplorerStanceFragment;
export type ActorDetails = NonNullable<ExplorerActorQuery['actor']>;
export type Subgraph = ExplorerNeighborhoodQuery['neighborhood'];
export type TopicDetails = NonNullable<ExplorerTopicQuery['topic']>;
export type StanceMatrix = ExplorerStanceMatrixQuery['stanceMatrix'];
export type TimelineEvent = ExplorerTimelineQuery['timeline'][number];
export type GraphChange = ExplorerGraphChangedSubscription['graphChanged'];
/** What a full-text search hit is: an actor, a topic or an evidence quote. */
export type SearchHit = ExplorerSearchQuery['search'][number]['item'];
type QuoteSubject = Extract<SearchHit, { __typename: 'Evidence' }>['subject'];

/** One search result, whichever query found it. */
export type SearchResult =
  | { kind: 'actor'; actor: ExplorerSearchActorFragment }
  | { kind: 'topic'; topic: TopicRef }
  | {
      kind: 'quote';
      quote: string;
      document: string;
      /** The relation's source actor and the relation, or the stance's topic. */
      relation?: Pick<Extract<QuoteSubject, { __typename: 'Relation' }>, 'id' | 'source'>;
      topicId?: string;
    };
