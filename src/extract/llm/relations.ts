/**
 * The answer's relations, each checked: its shape, its modality (a planned
 * event is kept only as WILL_MEET: nothing planned is coded as done), its
 * quote and both its actors. Repeats of one relation merge their evidence.
 */
import { cameoOf } from '../../dataset/cameo';
import type { RelationType } from '../../dataset/vocabulary';
import { relationId, type FoundRelation } from '../engine';
import { AnswerRelation } from './answer';
import { addEvidence, DEFAULT_CONFIDENCE, type CheckContext } from './context';
import { schemaReason } from './parse';

export function collectRelations(
  raw: readonly unknown[],
  ctx: CheckContext,
): Map<string, FoundRelation> {
  const relations = new Map<string, FoundRelation>();
  const drop = (k: number, cause: Parameters<CheckContext['drop']>[2], reason: string) =>
    ctx.drop('relation', k, cause, reason);
  for (const [k, item] of raw.entries()) {
    const parsed = AnswerRelation.safeParse(item);
    if (!parsed.success) {
      drop(k, 'schema', schemaReason(parsed.error));
      continue;
    }
    const r = parsed.data;
    const type = modal(r.type, r.future === true);
    if (!type) {
      drop(k, 'modality', `a planned ${r.type} is not coded as done`);
      continue;
    }
    const found = ctx.quote('relation', k, r.quote);
    if (!found) continue;
    const source = ctx.resolver.actor(r.source);
    const target = ctx.resolver.actor(r.target);
    if ('reason' in source) {
      drop(k, 'actor', source.reason);
      continue;
    }
    if ('reason' in target) {
      drop(k, 'actor', target.reason);
      continue;
    }
    if (source.id === target.id) {
      drop(k, 'self', `source and target are both ${source.id}`);
      continue;
    }
    const id = relationId(source.id, type, target.id);
    const relation: FoundRelation = relations.get(id) ?? {
      id,
      type,
      source: source.id,
      target: target.id,
      polarity: r.polarity,
      confidence: 0,
      pattern: `LLM ${ctx.model}, quote checked`,
      cameo: cameoOf(type).code,
      evidence: [],
    };
    relation.confidence = Math.max(relation.confidence, confidenceOf(r.confidence));
    addEvidence(relation.evidence, found);
    relations.set(id, relation);
  }
  return relations;
}

/** future: a planned meeting is WILL_MEET; any other planned event is left out. */
function modal(type: RelationType, future: boolean): RelationType | undefined {
  if (!future) return type;
  return type === 'MEETS' || type === 'WILL_MEET' ? 'WILL_MEET' : undefined;
}

function confidenceOf(c: number | null): number {
  const x = c ?? DEFAULT_CONFIDENCE;
  return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}
