/** The validated, normalised form of a dataset: what the loader writes. */
import type { ActorInput, RelationInput, StanceInput, TopicInput } from './schema';

export interface PlannedDocument {
  id: string;
  title: string;
  publishedAt: string;
  url?: string;
  publisher?: string;
  text: string;
  references: string[];
}

export interface PlannedEvidence {
  /** Stable id: the same quote of the same subject always gets the same id, so reloads merge. */
  id: string;
  subjectId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

export type PlannedRelation = Omit<RelationInput, 'evidence'> & {
  /** The document of the first evidence quote: the relation is written in that document's transaction. */
  homeDocumentId: string;
  evidence: PlannedEvidence[];
};

export type PlannedStance = Omit<StanceInput, 'evidence'> & {
  homeDocumentId: string;
  evidence: PlannedEvidence[];
};

export interface DatasetPlan {
  files: string[];
  actors: ActorInput[];
  topics: TopicInput[];
  documents: PlannedDocument[];
  relations: PlannedRelation[];
  stances: PlannedStance[];
}

/** What the graph already holds, for references a load makes to things it does not define. */
export interface ExistingGraph {
  actorIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
  /** Texts of documents already in the graph, by id. */
  documentTexts: ReadonlyMap<string, string>;
}

export interface ExistingGraphLookup {
  (wanted: {
    actorIds: string[];
    topicIds: string[];
    documentIds: string[];
  }): Promise<ExistingGraph>;
}

export const EMPTY_GRAPH: ExistingGraphLookup = () =>
  Promise.resolve({ actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() });

export function evidenceId(
  subjectId: string,
  documentId: string,
  start: number,
  end: number,
): string {
  return `${subjectId}@${documentId}:${start}-${end}`;
}
