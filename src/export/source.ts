/**
 * Reads what an analyst export holds, a page at a time: the whole graph
 * (keyset pages in id order) or the subgraph around some actors (breadth-first
 * over relations, then pages of the actors found). Nothing is held but one
 * page and, for a subgraph, the ids in it.
 */
import type { Graph } from '../db/graph';
import { int } from '../db/values';
import {
  ASSERTION_KINDS,
  exportActors,
  exportAssertions,
  exportAssertionsFrom,
  exportActorsById,
  exportCount,
  exportNeighbours,
  exportTopics,
  exportTopicsOfActors,
  read,
  STORED_KINDS,
  type ExportEdgeRow,
  type ExportNodeRow,
  type ExportPageParams,
  type Statement,
} from '../store';
import { ExportArgumentError, type ExportEdge, type ExportNode } from './model';

/** Rows per statement. */
export const PAGE_SIZE = 1000;
/**
 * Source actors per statement when reading a subgraph's edges: a statement returns every
 * relation of its sources (those leaving the subgraph are dropped here), and in a Zipf-shaped
 * graph a thousand actors can hold a hundred thousand relations.
 */
export const EDGE_SOURCES_PER_PAGE = 100;
export const MAX_DEPTH = 3;

export interface GraphSource {
  /** Actors and topics. */
  nodeCount: number;
  /** Work units for progress: nodes, then edges (whole graph) or source actors (subgraph). */
  progressTotal: number;
  nodes(): AsyncGenerator<ExportNode[]>;
  /** Edges, each once; `advance` is told how many progress units each page covers. */
  edges(advance: (n: number) => void): AsyncGenerator<ExportEdge[]>;
}

export interface WholeGraphCounts {
  actors: number;
  topics: number;
  relations: number;
  stances: number;
  allNodes: number;
  allRelationships: number;
}

export async function countWholeGraph(graph: Graph): Promise<WholeGraphCounts> {
  const [row] = await read(graph, exportCount, {});
  const n = (key: keyof WholeGraphCounts) => Number(row?.[key] ?? 0);
  return {
    actors: n('actors'),
    topics: n('topics'),
    relations: n('relations'),
    stances: n('stances'),
    allNodes: n('allNodes'),
    allRelationships: n('allRelationships'),
  };
}

/** A scalar column as text: strings as they are, numbers in decimal, anything else empty. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function toNode(row: ExportNodeRow): ExportNode {
  return {
    id: text(row.id),
    label: text(row.label),
    nodeType: row.nodeType === 'TOPIC' ? 'TOPIC' : 'ACTOR',
    kind: text(row.kind),
  };
}

function toEdge(row: ExportEdgeRow): ExportEdge {
  const [first] = row.evidence ?? [];
  return {
    id: text(row.id),
    source: text(row.source),
    target: text(row.target),
    edgeType: row.edgeType === 'STANCE' ? 'STANCE' : 'RELATION',
    type: text(row.type),
    polarity: text(row.polarity),
    confidence: Number(row.confidence ?? 0),
    quote: first?.quote ?? '',
    documentId: first?.documentId ?? '',
    effectiveDate: typeof row.effectiveDate === 'string' ? row.effectiveDate : '',
  };
}

/** Pages of a keyset-paged statement, until a short page. */
async function* keysetPages<R extends { id: string }>(
  graph: Graph,
  statement: Statement<ExportPageParams, R>,
): AsyncGenerator<R[]> {
  let after = '';
  for (;;) {
    const rows = await read(graph, statement, { after, limit: int(PAGE_SIZE) });
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE_SIZE) return;
    after = text(rows[rows.length - 1]?.id);
  }
}

function slices<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every actor and topic, every relation and stance not retracted. */
export function wholeGraph(graph: Graph, counts: WholeGraphCounts): GraphSource {
  const nodeCount = counts.actors + counts.topics;
  return {
    nodeCount,
    progressTotal: nodeCount + counts.relations + counts.stances,
    async *nodes() {
      for await (const rows of keysetPages(graph, exportActors)) yield rows.map(toNode);
      for await (const rows of keysetPages(graph, exportTopics)) yield rows.map(toNode);
    },
    async *edges(advance) {
      for (const kind of ASSERTION_KINDS) {
        for await (const rows of keysetPages(graph, exportAssertions[kind])) {
          advance(rows.length);
          yield rows.map(toEdge);
        }
      }
    },
  };
}

/** Checks `depth` (1 to MAX_DEPTH); throws ExportArgumentError naming it. */
export function checkDepth(depth: number): void {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
    throw new ExportArgumentError('depth', `must be 1, 2 or ${MAX_DEPTH}; got ${depth}`);
}

/** Checks the subgraph arguments; throws ExportArgumentError naming the one to change. */
export function checkSubgraphArguments(actorIds: readonly string[], depth: number): void {
  if (actorIds.length === 0)
    throw new ExportArgumentError(
      'actorIds',
      'give at least one actor id, or none for the whole graph',
    );
  checkDepth(depth);
}

/**
 * The actors within `depth` relation hops (either direction, retracted relations left out) of
 * `actorIds`, the relations among them, their stances and those stances' topics: what the
 * `neighborhood` query returns for one actor, without its cap on actors.
 */
export async function subgraph(
  graph: Graph,
  actorIds: readonly string[],
  depth: number,
): Promise<GraphSource> {
  checkSubgraphArguments(actorIds, depth);
  const seeds = [...new Set(actorIds)].sort();
  const found = new Set<string>();
  for (const ids of slices(seeds)) {
    for (const row of await read(graph, exportActorsById, { ids })) found.add(text(row.id));
  }
  const missing = seeds.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new ExportArgumentError(
      'actorIds',
      `no actor has id ${missing.map((id) => JSON.stringify(id)).join(', ')}; give ids of actors in the graph (the actors query lists them)`,
    );
  const members = new Set(seeds);
  let frontier = seeds;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const ids of slices(frontier)) {
      for (const row of await read(graph, exportNeighbours, { ids })) {
        const id = text(row.id);
        if (!members.has(id)) {
          members.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  const actors = [...members].sort();
  // Topics are far fewer than actors (one per hundred in the synthetic corpora): kept in memory.
  const topics = new Map<string, ExportNode>();
  for (const ids of slices(actors)) {
    for (const row of await read(graph, exportTopicsOfActors, { ids }))
      topics.set(text(row.id), toNode(row));
  }
  const byId = (a: ExportNode, b: ExportNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodeCount = actors.length + topics.size;
  return {
    nodeCount,
    progressTotal: nodeCount + actors.length,
    async *nodes() {
      for (const ids of slices(actors))
        yield (await read(graph, exportActorsById, { ids })).map(toNode);
      for (const page of slices([...topics.values()].sort(byId))) yield page;
    },
    async *edges(advance) {
      for (const ids of slices(actors, EDGE_SOURCES_PER_PAGE)) {
        const edges: ExportEdge[] = [];
        for (const kind of ASSERTION_KINDS) {
          const rows = await read(graph, exportAssertionsFrom[kind], { ids });
          // An edge to an actor outside the subgraph is left out; the topics of its actors' stances are in it.
          const toActor = STORED_KINDS[kind].targetLabel === 'Actor';
          for (const e of rows.map(toEdge)) if (!toActor || members.has(e.target)) edges.push(e);
        }
        advance(ids.length);
        yield edges;
      }
    },
  };
}
