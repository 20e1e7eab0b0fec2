/**
 * Centrality rankings of actors over the relation graph, computed with
 * graphology and graphology-metrics, and cached until the graph changes.
 *
 * The graph: one node per actor with at least one (non-retracted, type-
 * filtered) relation; actors without one are not ranked. Which graphology
 * graph each metric runs on:
 *
 * - DEGREE, WEIGHTED_DEGREE, PAGERANK: a MultiDirectedGraph with one edge per
 *   relation, so two relations between the same actors (Trump SPOKE_WITH and
 *   TRUSTS Putin) count twice: DEGREE is the number of relations at an actor
 *   (`graph.degree`), WEIGHTED_DEGREE the sum of their confidences
 *   (`weightedDegree`), and PageRank's transition weight from one actor to
 *   another is the sum of the confidences of the relations between them.
 *   Relations of confidence 0 weigh nothing, so PageRank leaves them out
 *   (graphology would divide by a zero out-weight).
 * - BETWEENNESS: a simple UndirectedGraph, parallel and opposite relations
 *   merged into one edge, unweighted. Betweenness counts shortest paths
 *   between actors; a second relation between the same two actors is not a
 *   second path (and graphology's unweighted Brandes index expects a simple
 *   graph). Scores are normalized to [0, 1].
 *
 * Ranks are competition ranks ("1224"): actors whose scores are equal to 12
 * significant digits share a rank; among them, order is by id.
 */
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { Graph as Neo4jGraph } from '../db/graph';
import type { RelationType } from '../dataset/vocabulary';
import { graphVersion, rankingEdges, read } from '../store';

export const RANKING_METRICS = ['DEGREE', 'WEIGHTED_DEGREE', 'PAGERANK', 'BETWEENNESS'] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

export interface RelationEdge {
  source: string;
  target: string;
  type: RelationType;
  confidence: number;
}

export interface RankedActor {
  rank: number;
  actorId: string;
  score: number;
}

function multiDirected(edges: readonly RelationEdge[], keep: (e: RelationEdge) => boolean) {
  const graph = new MultiDirectedGraph<Record<string, never>, { confidence: number }>({
    allowSelfLoops: false,
  });
  for (const e of edges) {
    if (e.source === e.target) continue; // the loader refuses them; a self-relation is no tie to others
    graph.mergeNode(e.source);
    graph.mergeNode(e.target);
    if (keep(e)) graph.addEdge(e.source, e.target, { confidence: e.confidence });
  }
  return graph;
}

function simpleUndirected(edges: readonly RelationEdge[]) {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const e of edges) {
    if (e.source === e.target) continue;
    graph.mergeEdge(e.source, e.target);
  }
  return graph;
}

/** Each ranked actor's score under `metric`, unordered. */
export function scores(edges: readonly RelationEdge[], metric: RankingMetric): Map<string, number> {
  switch (metric) {
    case 'DEGREE': {
      const graph = multiDirected(edges, () => true);
      return new Map(graph.mapNodes((node) => [node, graph.degree(node)]));
    }
    case 'WEIGHTED_DEGREE': {
      const graph = multiDirected(edges, () => true);
      return new Map(graph.mapNodes((node) => [node, weightedDegree(graph, node, 'confidence')]));
    }
    case 'PAGERANK': {
      const graph = multiDirected(edges, (e) => e.confidence > 0);
      if (graph.order === 0) return new Map();
      return new Map(
        Object.entries(pagerank(graph, { getEdgeWeight: 'confidence', maxIterations: 1000 })),
      );
    }
    case 'BETWEENNESS': {
      const graph = simpleUndirected(edges);
      if (graph.order === 0) return new Map();
      return new Map(
        Object.entries(betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })),
      );
    }
  }
}

/** Scores equal to this many significant digits are ties (PageRank and betweenness are floating point). */
const SIGNIFICANT_DIGITS = 12;

/** Best first, ties by id, with competition ranks (1, 1, 3). */
export function rank(scored: Map<string, number>): RankedActor[] {
  const sorted = [...scored]
    .map(([actorId, score]) => ({ actorId, score: Number(score.toPrecision(SIGNIFICANT_DIGITS)) }))
    .sort(
      (a, b) => b.score - a.score || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0),
    );
  const ranked: RankedActor[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && previous.score === entry.score;
    ranked.push({ ...entry, rank: tied ? previous.rank : i + 1 });
  });
  return ranked;
}

export function computeRanking(
  edges: readonly RelationEdge[],
  metric: RankingMetric,
): RankedActor[] {
  return rank(scores(edges, metric));
}

/**
 * The cache: per Neo4j graph, per (metric, types), the full ranking and the
 * graph version (cypher/meta/version.cypher) it was computed at. The version
 * is bumped by every write, on whichever replica made it, so one cheap read
 * per request tells whether the ranking still holds. Module-level, so shared
 * by all requests; bounded to MAX_ENTRIES rankings, least recently used out.
 */
interface Entry {
  version: unknown;
  ranking: Promise<RankedActor[]>;
}

const MAX_ENTRIES = 64;
/** Keyed by the graph's driver: a request's view of the graph (`Graph.forRequest`) shares its cache. */
const caches = new WeakMap<Neo4jGraph['driver'], Map<string, Entry>>();

function cacheKey(metric: RankingMetric, types: readonly RelationType[] | null): string {
  return JSON.stringify([metric, types ? [...new Set(types)].sort() : null]);
}

async function fetchEdges(
  graph: Neo4jGraph,
  types: readonly RelationType[] | null,
): Promise<RelationEdge[]> {
  const rows = await read(graph, rankingEdges, { types: types ? [...new Set(types)] : null });
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    type: r.type,
    confidence: typeof r.confidence === 'number' ? r.confidence : 0,
  }));
}

/** The full ranking of every actor with a relation, from the cache while the graph has not changed. */
export async function rankings(
  graph: Neo4jGraph,
  metric: RankingMetric,
  types: readonly RelationType[] | null,
): Promise<RankedActor[]> {
  const [row] = await read(graph, graphVersion, {});
  const version = row?.version ?? 0;
  let cache = caches.get(graph.driver);
  if (!cache) {
    cache = new Map();
    caches.set(graph.driver, cache);
  }
  const key = cacheKey(metric, types);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key); // re-insert: most recently used last
    cache.set(key, hit);
    return hit.ranking;
  }
  const ranking = fetchEdges(graph, types).then((edges) => computeRanking(edges, metric));
  const entry = { version, ranking };
  cache.delete(key);
  cache.set(key, entry);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  // A failed computation is not cached: the next request tries again.
  const owner = cache;
  void ranking.catch(() => {
    if (owner.get(key) === entry) owner.delete(key);
  });
  return ranking;
}
