/**
 * The relations and stances found so far, one per id: a second sighting adds its evidence
 * and keeps the higher confidence.
 */
import type { Polarity, RelationType, StancePosition } from '../../dataset/vocabulary';
import type { RelationPattern, StancePattern } from '../lexicon';

export interface Quote {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

export interface FoundRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  polarity: Polarity;
  confidence: number;
  /** The pattern that found it first, and its CAMEO code. */
  pattern: string;
  cameo: string;
  evidence: Quote[];
}

export interface FoundStance {
  id: string;
  actor: string;
  topic: string;
  position: StancePosition;
  polarity: Polarity;
  confidence: number;
  pattern: string;
  evidence: Quote[];
}

export function relationId(source: string, type: RelationType, target: string): string {
  return `rel-${source}-${type.toLowerCase().replace(/_/g, '-')}-${target}`;
}

export class Findings {
  private readonly relations = new Map<string, FoundRelation>();
  private readonly stances = new Map<string, FoundStance>();

  /** A symmetric pattern (pair: one) finds the same relation in either direction. */
  addRelation(
    type: RelationType,
    source: string,
    target: string,
    p: RelationPattern,
    confidence: number,
    evidence: Quote[],
  ): void {
    const id = relationId(source, type, target);
    const existing =
      this.relations.get(id) ??
      (p.pair === 'one' ? this.relations.get(relationId(target, type, source)) : undefined);
    if (existing) return seenAgain(existing, confidence, evidence);
    this.relations.set(id, {
      id,
      type,
      source,
      target,
      polarity: p.polarity,
      confidence,
      pattern: p.text,
      cameo: p.cameo,
      evidence: [...evidence],
    });
  }

  addStance(
    actor: string,
    topic: string,
    p: StancePattern,
    confidence: number,
    evidence: Quote[],
  ): void {
    // Keyed by position too: an actor may both back a measure and worry about it.
    const id = `stance-${actor}-${topic}-${p.position.toLowerCase().replace(/_/g, '-')}`;
    const existing = this.stances.get(id);
    if (existing) return seenAgain(existing, confidence, evidence);
    this.stances.set(id, {
      id,
      actor,
      topic,
      position: p.position,
      polarity: p.polarity,
      confidence,
      pattern: p.text,
      evidence: [...evidence],
    });
  }

  relationList(): FoundRelation[] {
    return [...this.relations.values()];
  }

  /** A stance's id names its actor and topic; the position joins it only where the pair has several. */
  stanceList(): FoundStance[] {
    const positions = new Map<string, number>();
    for (const st of this.stances.values()) {
      const pair = `${st.actor}\u0000${st.topic}`;
      positions.set(pair, (positions.get(pair) ?? 0) + 1);
    }
    return [...this.stances.values()].map((st) =>
      (positions.get(`${st.actor}\u0000${st.topic}`) ?? 0) > 1
        ? st
        : { ...st, id: `stance-${st.actor}-${st.topic}` },
    );
  }
}

function seenAgain(
  existing: { confidence: number; evidence: Quote[] },
  confidence: number,
  evidence: readonly Quote[],
): void {
  mergeEvidence(existing.evidence, evidence);
  existing.confidence = Math.max(existing.confidence, confidence);
}

export function mergeEvidence(into: Quote[], more: readonly Quote[]): void {
  for (const q of more) {
    if (!into.some((e) => e.start === q.start && e.end === q.end)) into.push(q);
  }
  into.sort((a, b) => a.start - b.start || a.end - b.end);
}
