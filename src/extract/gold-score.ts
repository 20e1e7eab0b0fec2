/**
 * Scoring one article: the relations and stances an engine found against the
 * gold, per relation class and per stance polarity. Pure logic, no files.
 *
 * - A relation matches on class and both ends; for a pair class (CALL, MEET,
 *   NEGOTIATE) in either direction, so "one edge" and "one each way" score
 *   the same. Several found relations with the same key count once.
 * - A stance matches on actor and polarity, with a topic the gold's pattern
 *   accepts; each gold stance takes at most one found stance and the other
 *   way round (a maximum matching, so the order of either list does not matter).
 * - Actors on both sides are keys: see gold.ts for how names become keys.
 */
import {
  RELATION_CLASSES,
  STANCE_POLARITIES,
  type RelationClass,
  type StancePolarity,
} from './gold-classes';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1; a side with nothing to find and nothing found scores 1. */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface KeyedRelation {
  cls: RelationClass;
  source: string;
  target: string;
}

export interface TopicMatcher {
  /** How the gold wrote it, for reports. */
  label: string;
  accepts(topicId: string, topicName: string): boolean;
}

export interface GoldStanceKey {
  actor: string;
  polarity: StancePolarity;
  topic: TopicMatcher;
}

export interface FoundStanceKey {
  actor: string;
  polarity: StancePolarity;
  topicId: string;
  topicName: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  relations: Record<RelationClass, Tally>;
  stances: Record<StancePolarity, Tally>;
  /** In the gold, not found. */
  misses: { relations: string[]; stances: string[] };
  /** Found, not in the gold. */
  falseHits: { relations: string[]; stances: string[] };
}

const tallies = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<K, Tally>;

/** `MEET putin ~ trump` for a pair class (ends sorted), `NEGATIVE vance -> zelensky` otherwise. */
export function relationKey(r: KeyedRelation, isPair: (cls: RelationClass) => boolean): string {
  if (!isPair(r.cls)) return `${r.cls} ${r.source} -> ${r.target}`;
  const [a, b] = [r.source, r.target].sort();
  return `${r.cls} ${a} ~ ${b}`;
}

export function scoreArticle(
  gold: { relations: readonly KeyedRelation[]; stances: readonly GoldStanceKey[] },
  found: { relations: readonly KeyedRelation[]; stances: readonly FoundStanceKey[] },
  isPair: (cls: RelationClass) => boolean,
): ArticleScore {
  const out: ArticleScore = {
    relations: tallies(RELATION_CLASSES),
    stances: tallies(STANCE_POLARITIES),
    misses: { relations: [], stances: [] },
    falseHits: { relations: [], stances: [] },
  };
  scoreRelations(gold.relations, found.relations, isPair, out);
  scoreStances(gold.stances, found.stances, out);
  return out;
}

function scoreRelations(
  gold: readonly KeyedRelation[],
  found: readonly KeyedRelation[],
  isPair: (cls: RelationClass) => boolean,
  out: ArticleScore,
): void {
  const keyed = (rs: readonly KeyedRelation[]) =>
    new Map(rs.filter((r) => r.source !== r.target).map((r) => [relationKey(r, isPair), r.cls]));
  const g = keyed(gold);
  const f = keyed(found);
  for (const [key, cls] of g) {
    if (f.has(key)) out.relations[cls].tp++;
    else {
      out.relations[cls].fn++;
      out.misses.relations.push(key);
    }
  }
  for (const [key, cls] of f) {
    if (g.has(key)) continue;
    out.relations[cls].fp++;
    out.falseHits.relations.push(key);
  }
  out.misses.relations.sort();
  out.falseHits.relations.sort();
}

const stanceFits = (g: GoldStanceKey, f: FoundStanceKey) =>
  g.actor === f.actor && g.polarity === f.polarity && g.topic.accepts(f.topicId, f.topicName);

function scoreStances(
  gold: readonly GoldStanceKey[],
  foundAll: readonly FoundStanceKey[],
  out: ArticleScore,
): void {
  const seen = new Set<string>();
  const found = foundAll.filter((f) => {
    const key = `${f.actor} ${f.polarity} ${f.topicId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const matchOf = maximumMatching(gold.length, found.length, (gi, fi) =>
    stanceFits(gold[gi], found[fi]),
  );
  const taken = new Set<number>();
  gold.forEach((g, gi) => {
    const fi = matchOf[gi];
    if (fi !== undefined && fi >= 0) {
      taken.add(fi);
      out.stances[g.polarity].tp++;
    } else {
      out.stances[g.polarity].fn++;
      out.misses.stances.push(`${g.actor} ${g.polarity} /${g.topic.label}/`);
    }
  });
  found.forEach((f, fi) => {
    if (taken.has(fi)) return;
    out.stances[f.polarity].fp++;
    out.falseHits.stances.push(`${f.actor} ${f.polarity} ${f.topicId}`);
  });
  out.misses.stances.sort();
  out.falseHits.stances.sort();
}

/**
 * A maximum bipartite matching (Kuhn's augmenting paths): for each left item,
 * the index of its right item, or -1. Sizes here are a few dozen at most.
 */
export function maximumMatching(
  left: number,
  right: number,
  fits: (l: number, r: number) => boolean,
): number[] {
  const rightOwner = new Array<number>(right).fill(-1);
  const augment = (l: number, visited: boolean[]): boolean => {
    for (let r = 0; r < right; r++) {
      if (visited[r] || !fits(l, r)) continue;
      visited[r] = true;
      const owner = rightOwner[r];
      if (owner < 0 || augment(owner, visited)) {
        rightOwner[r] = l;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < left; l++) augment(l, new Array<boolean>(right).fill(false));
  const leftMatch = new Array<number>(left).fill(-1);
  rightOwner.forEach((l, r) => {
    if (l >= 0) leftMatch[l] = r;
  });
  return leftMatch;
}
