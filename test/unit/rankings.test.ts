/**
 * Rankings on graphs whose answer is known by construction: a star, a chain
 * and a pair of actors whose relations differ in number and confidence.
 */
import {
  computeRanking,
  rank,
  type RankingMetric,
  type RelationEdge,
} from '../../src/analytics/rankings';

const edge = (source: string, target: string, confidence = 1): RelationEdge => ({
  source,
  target,
  type: 'SUPPORTS',
  confidence,
});

/** A star: five leaves, each supporting the centre. */
const star = ['l1', 'l2', 'l3', 'l4', 'l5'].map((leaf) => edge(leaf, 'centre'));
/** A chain a → b → c → d → e → f. */
const chain = ['a', 'b', 'c', 'd', 'e', 'f'].slice(1).map((t, i) => edge('abcdef'.charAt(i), t));

const ranked = (edges: RelationEdge[], metric: RankingMetric) =>
  computeRanking(edges, metric).map((r) => [r.actorId, r.rank, r.score]);

describe('a star', () => {
  it('ranks the centre first on DEGREE, and the leaves tie second', () => {
    expect(ranked(star, 'DEGREE')).toEqual([
      ['centre', 1, 5],
      ['l1', 2, 1],
      ['l2', 2, 1],
      ['l3', 2, 1],
      ['l4', 2, 1],
      ['l5', 2, 1],
    ]);
  });

  it('gives the centre all the betweenness (normalized: 1) and the leaves none', () => {
    expect(ranked(star, 'BETWEENNESS')).toEqual([
      ['centre', 1, 1],
      ['l1', 2, 0],
      ['l2', 2, 0],
      ['l3', 2, 0],
      ['l4', 2, 0],
      ['l5', 2, 0],
    ]);
  });

  it('ranks the centre first on PAGERANK, every leaf tied behind it, scores summing to 1', () => {
    const ranking = computeRanking(star, 'PAGERANK');
    expect(ranking[0]?.actorId).toBe('centre');
    expect(ranking.slice(1).every((r) => r.rank === 2)).toBe(true);
    expect(ranking.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 6);
  });
});

describe('a chain of six', () => {
  it('gives the middle two the highest betweenness, i·(n−1−i) normalized', () => {
    expect(ranked(chain, 'BETWEENNESS')).toEqual([
      ['c', 1, 0.6],
      ['d', 1, 0.6],
      ['b', 3, 0.4],
      ['e', 3, 0.4],
      ['a', 5, 0],
      ['f', 5, 0],
    ]);
  });

  it('raises PageRank along the direction of the chain', () => {
    expect(computeRanking(chain, 'PAGERANK').map((r) => r.actorId)).toEqual([
      'f',
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
  });
});

describe('parallel relations and confidences', () => {
  // y has two weak relations to z; x one strong relation to z.
  const edges = [edge('y', 'z', 0.3), edge('y', 'z', 0.3), edge('x', 'z', 0.9)];

  it('DEGREE counts every relation, parallel ones too', () => {
    expect(ranked(edges, 'DEGREE')).toEqual([
      ['z', 1, 3],
      ['y', 2, 2],
      ['x', 3, 1],
    ]);
  });

  it('WEIGHTED_DEGREE follows the confidences', () => {
    expect(ranked(edges, 'WEIGHTED_DEGREE')).toEqual([
      ['z', 1, 1.5],
      ['x', 2, 0.9],
      ['y', 3, 0.6],
    ]);
  });

  it('BETWEENNESS merges parallel relations into one tie', () => {
    expect(ranked(edges, 'BETWEENNESS')).toEqual([
      ['z', 1, 1],
      ['x', 2, 0],
      ['y', 2, 0],
    ]);
  });

  it('PAGERANK does not break on relations of confidence 0', () => {
    const ranking = computeRanking([edge('p', 'q', 0), edge('q', 'r', 0.5)], 'PAGERANK');
    // p → q weighs nothing, so neither p nor q is pointed at: they tie behind r.
    expect(ranking.map((r) => [r.actorId, r.rank])).toEqual([
      ['r', 1],
      ['p', 2],
      ['q', 2],
    ]);
    expect(ranking.every((r) => Number.isFinite(r.score))).toBe(true);
  });
});

describe('rank', () => {
  it('gives competition ranks (1, 1, 3), ties by id', () => {
    const scores = new Map([
      ['b', 2],
      ['a', 2],
      ['c', 1],
      ['d', 0.1 + 0.2],
      ['e', 0.3],
    ]);
    expect(rank(scores).map((r) => [r.actorId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
      ['d', 4], // 0.1 + 0.2 and 0.3 tie: equal to 12 significant digits
      ['e', 4],
    ]);
  });

  it('ranks nothing for no relations', () => {
    expect(computeRanking([], 'PAGERANK')).toEqual([]);
    expect(computeRanking([], 'BETWEENNESS')).toEqual([]);
    expect(computeRanking([], 'DEGREE')).toEqual([]);
  });
});
