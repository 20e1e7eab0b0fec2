/**
 * Per-request DataLoaders: every nested field asks a loader, and each loader
 * sends one statement for all the keys asked in the same tick, so a request
 * costs a small, fixed number of Cypher round trips however many parents it has.
 */
import DataLoader from 'dataloader';
import type { Graph, Row } from '../db/graph';
import type {
  ActorModel,
  DocumentModel,
  EvidenceModel,
  RelationModel,
  RoleModel,
  StanceModel,
  TopicModel,
} from './model';
import type { RelationDirection, RelationType } from './generated/resolvers';
import { read, treeDocuments } from '../store';

/** One value per key, in key order, null where the graph has none. */
function byKey<T>(graph: Graph, query: string, field: string, idOf: (value: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await graph.read(query, { ids: [...ids] });
    const found = new Map(rows.map((r) => [idOf(r[field] as T), r[field] as T]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A list per key, in key order, from rows carrying the key in `keyField`. */
function listByKey<T>(
  graph: Graph,
  query: string,
  keyField: string,
  pick: (row: Row) => T,
  params: Record<string, unknown> = {},
) {
  return async (ids: readonly string[]): Promise<T[][]> => {
    const rows = await graph.read(query, { ...params, ids: [...ids] });
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(row[keyField] as string)?.push(pick(row));
    return ids.map((id) => grouped.get(id) ?? []);
  };
}

export interface RelationsKey {
  actorId: string;
  direction: RelationDirection;
  types: RelationType[] | null;
  /** How many the field returns (`Actor.relations(first:)`): lists primed by a tree are that long. */
  first: number;
}

export function createLoaders(graph: Graph) {
  const relationLoaders = new Map<string, DataLoader<string, RelationModel[]>>();
  const actor = byKey<ActorModel>(graph, 'actor/by-id', 'actor', (a) => a.id);
  /** Rows that carry an actor alongside (`other`, `holder`) fill the actor loader: no second statement for it. */
  const withActor = (field: string) => (row: Row) => {
    const a = row[field] as ActorModel | null | undefined;
    if (a) actor.prime(a.id, a);
  };
  /** The loader of one direction, type filter and length; it reads them all and keeps the first `first`. */
  const relationsLoader = (key: RelationsKey) => {
    const types = key.types ? [...key.types].sort() : null;
    const shape = JSON.stringify([key.direction, types, key.first]);
    let loader = relationLoaders.get(shape);
    if (!loader) {
      const all = listByKey(
        graph,
        'actor/relations',
        'actorId',
        (r) => {
          withActor('other')(r);
          return r.relation as RelationModel;
        },
        { direction: key.direction, types },
      );
      loader = new DataLoader<string, RelationModel[]>(async (ids) =>
        (await all(ids)).map((list) => list.slice(0, key.first)),
      );
      relationLoaders.set(shape, loader);
    }
    return loader;
  };
  return {
    actor,
    topic: byKey<TopicModel>(graph, 'topic/by-id', 'topic', (t) => t.id),
    document: byKey<DocumentModel>(graph, 'document/by-id', 'document', (d) => d.id),
    /** Documents without their text, for selections that do not ask for it (`text` is then null). */
    documentLean: new DataLoader<string, DocumentModel | null>(async (ids) => {
      const rows = await read(graph, treeDocuments, { ids: [...ids] });
      const found = new Map(rows.map((r) => [r.document.id, { ...r.document, text: null }]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Relations and stances by id, retracted ones included (they are looked up by id on purpose). */
    relation: byKey<RelationModel>(graph, 'relation/by-id', 'relation', (r) => r.id),
    stance: byKey<StanceModel>(graph, 'stance/by-id', 'stance', (s) => s.id),
    /** What evidence quotes support (`Evidence.subject`): relations and stances by id, retracted or not. */
    evidenceSubject: byKey<RelationModel | StanceModel>(
      graph,
      'evidence/subjects',
      'subject',
      (s) => s.id,
    ),
    roles: new DataLoader<string, RoleModel[]>(
      listByKey(graph, 'actor/roles', 'actorId', (r) => ({
        title: r.title as string,
        organizationId: r.organizationId as string,
      })),
    ),
    stancesOfActor: new DataLoader<string, StanceModel[]>(
      listByKey(graph, 'actor/stances', 'actorId', (r) => r.stance as StanceModel),
    ),
    stancesOnTopic: new DataLoader<string, StanceModel[]>(
      listByKey(graph, 'topic/stances', 'topicId', (r) => {
        withActor('holder')(r);
        return r.stance as StanceModel;
      }),
    ),
    concerns: new DataLoader<string, string[]>(
      listByKey(graph, 'topic/concerns', 'topicId', (r) => r.actorId as string),
    ),
    evidence: new DataLoader<string, EvidenceModel[]>(
      listByKey(graph, 'evidence/by-subject', 'subjectId', (r) => r.evidence as EvidenceModel),
    ),
    /** Relations of an actor; one loader (so one statement) per distinct direction and type filter. */
    relations(key: RelationsKey): Promise<RelationModel[]> {
      return relationsLoader(key).load(key.actorId);
    },
    /** What a tree statement read (src/graphql/tree/), so `relations(key)` answers from memory. */
    primeRelations(key: RelationsKey, relations: RelationModel[]): void {
      relationsLoader(key).prime(key.actorId, relations);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
