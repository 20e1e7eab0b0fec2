/**
 * Per-request DataLoaders: every nested field asks a loader, and each loader
 * sends one statement for all the keys asked in the same tick, so a request
 * costs a small, fixed number of Cypher round trips however many parents it has.
 */
import DataLoader from 'dataloader';
import type { Graph } from '../db/graph';
import {
  actorById,
  actorRelations,
  actorRoles,
  actorStances,
  documentById,
  evidenceBySubject,
  evidenceSubjects,
  read,
  relationById,
  stanceById,
  topicById,
  topicConcerns,
  topicStances,
  treeDocuments,
  type ByIdsParams,
  type PositionModel,
  type Statement,
} from '../store';
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
import { HoldingLoader } from './holdingLoader';

/** One value per key, in key order, null where the graph has none. */
function byKey<R extends object, T extends { id: string }>(
  graph: Graph,
  statement: Statement<ByIdsParams, R>,
  pick: (row: R) => T,
) {
  return new HoldingLoader<T | null>(async (ids) => {
    const rows = await read(graph, statement, { ids: [...ids] });
    const found = new Map(rows.map((r) => [pick(r).id, pick(r)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A list per key, in key order, from rows carrying the key (`keyOf`); `params` adds the keys to the rest. */
function listByKey<P extends ByIdsParams, R extends object, T>(
  graph: Graph,
  statement: Statement<P, R>,
  keyOf: (row: R) => string,
  pick: (row: R) => T,
  params: (ids: string[]) => P,
) {
  return async (ids: readonly string[]): Promise<T[][]> => {
    const rows = await read(graph, statement, params([...ids]));
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(keyOf(row))?.push(pick(row));
    return ids.map((id) => grouped.get(id) ?? []);
  };
}

const idsOnly = (ids: string[]): ByIdsParams => ({ ids });

export interface RelationsKey {
  actorId: string;
  direction: RelationDirection;
  types: RelationType[] | null;
  /** How many the field returns (`Actor.relations(first:)`): lists primed by a tree are that long. */
  first: number;
}

export function createLoaders(graph: Graph) {
  const relationLoaders = new Map<string, HoldingLoader<RelationModel[]>>();
  const actor = byKey(graph, actorById, (r): ActorModel => r.actor);
  /** Rows that carry an actor alongside (`other`, `holder`) fill the actor loader: no second statement for it. */
  const withActor = (a: ActorModel | null | undefined) => {
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
        actorRelations,
        (r) => r.actorId,
        (r) => {
          withActor(r.other);
          return r.relation;
        },
        (ids) => ({ ids, direction: key.direction, types }),
      );
      loader = new HoldingLoader<RelationModel[]>(async (ids) =>
        (await all(ids)).map((list) => list.slice(0, key.first)),
      );
      relationLoaders.set(shape, loader);
    }
    return loader;
  };
  const stancesOnTopic = new HoldingLoader<StanceModel[]>(
    listByKey(
      graph,
      topicStances,
      (r) => r.topicId,
      (r) => {
        withActor(r.holder);
        return r.stance;
      },
      idsOnly,
    ),
  );
  return {
    actor,
    topic: byKey(graph, topicById, (r): TopicModel => r.topic),
    document: byKey(graph, documentById, (r): DocumentModel => r.document),
    /** Documents without their text, for selections that do not ask for it (`text` is then null). */
    documentLean: new HoldingLoader<DocumentModel | null>(async (ids) => {
      const rows = await read(graph, treeDocuments, { ids: [...ids] });
      const found = new Map(rows.map((r) => [r.document.id, { ...r.document, text: null }]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Relations and stances by id, retracted ones included (they are looked up by id on purpose). */
    relation: byKey(graph, relationById, (r): RelationModel => r.relation),
    stance: byKey(graph, stanceById, (r): StanceModel => r.stance),
    /** What evidence quotes support (`Evidence.subject`): relations and stances by id, retracted or not. */
    evidenceSubject: byKey(graph, evidenceSubjects, (r): RelationModel | StanceModel => r.subject),
    roles: new DataLoader<string, RoleModel[]>(
      listByKey(
        graph,
        actorRoles,
        (r) => r.actorId,
        (r) => ({ title: r.title, organizationId: r.organizationId }),
        idsOnly,
      ),
    ),
    stancesOfActor: new HoldingLoader<StanceModel[]>(
      listByKey(
        graph,
        actorStances,
        (r) => r.actorId,
        (r) => r.stance,
        idsOnly,
      ),
    ),
    stancesOnTopic,
    /**
     * Each stance on a topic as its position and holder, what supporters, opponents, worried and
     * counts need: from the whole stances, or primed with no more than that by tree/topic-positions.
     */
    positionsOnTopic: new DataLoader<string, PositionModel[]>(async (ids) =>
      (await stancesOnTopic.loadMany(ids)).map((list) => {
        if (list instanceof Error) throw list;
        return list.map((s) => ({ position: s.position, actor: s.actor }));
      }),
    ),
    concerns: new DataLoader<string, string[]>(
      listByKey(
        graph,
        topicConcerns,
        (r) => r.topicId,
        (r) => r.actorId,
        idsOnly,
      ),
    ),
    evidence: new HoldingLoader<EvidenceModel[]>(
      listByKey(
        graph,
        evidenceBySubject,
        (r) => r.subjectId,
        (r) => r.evidence,
        idsOnly,
      ),
    ),
    /** Relations of an actor; one loader (so one statement) per distinct direction and type filter. */
    relations(key: RelationsKey): RelationModel[] | Promise<RelationModel[]> {
      return relationsLoader(key).get(key.actorId);
    },
    /** What a tree statement read (src/graphql/tree/), so `relations(key)` answers from memory. */
    primeRelations(key: RelationsKey, relations: RelationModel[]): void {
      relationsLoader(key).prime(key.actorId, relations);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
