/**
 * The shapes of graph records as the statements in cypher/ return them (after
 * src/db/values.ts has made them plain). The GraphQL layer passes them to its
 * resolvers as models (src/graphql/model.ts re-exports them); the loader,
 * export and services read them here.
 */
import type {
  ActorKind,
  AssertionMethod,
  Polarity,
  RelationType,
  StancePosition,
} from '../dataset/vocabulary';

export interface ActorModel {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  wikidataId: string | null;
  description: string | null;
}

interface AssertionModel {
  id: string;
  /** The event date where the source gives one, else the publication date of the home document (ISO). */
  effectiveDate: string;
  polarity: Polarity;
  confidence: number;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  method: AssertionMethod;
  /** Set by cypher/mutation/retract-*.cypher; a Neo4j DateTime made an ISO string by src/db/values.ts. */
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractionReason?: string | null;
}

export interface RelationModel extends AssertionModel {
  type: RelationType;
  date: string | null;
  details: string | null;
  source: string;
  target: string;
}

export interface StanceModel extends AssertionModel {
  position: StancePosition;
  summary: string | null;
  actor: string;
  topic: string;
}

export interface TopicModel {
  id: string;
  name: string;
  description: string | null;
}

export interface DocumentModel {
  id: string;
  title: string;
  publishedAt: string;
  url: string | null;
  publisher: string | null;
  /** Null when the statement left it out (cypher/tree/: not selected); `Document.text` then loads it. */
  text: string | null;
  references: string[];
}

export interface EvidenceModel {
  /** Stored id, `<subjectId>@<documentId>:<start>-<end>` for loaded quotes. */
  id: string;
  subjectId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

export interface RoleModel {
  title: string;
  organizationId: string;
}
