/**
 * The answer's stances, each checked: its shape, its quote, its actor and its
 * topic. The polarity follows from the position; ids are made as the rules
 * engine makes them (the position joins the id only where a pair has several).
 */
import type { Polarity, StancePosition } from '../../dataset/vocabulary';
import type { FoundStance } from '../engine';
import { AnswerStance } from './answer';
import { addEvidence, DEFAULT_CONFIDENCE, type CheckContext } from './context';
import { schemaReason } from './parse';

const POLARITY: Record<StancePosition, Polarity> = {
  SUPPORTS: 'POSITIVE',
  OPPOSES: 'NEGATIVE',
  WORRIES_ABOUT: 'NEGATIVE',
  UNDECIDED: 'NEUTRAL',
};

export function collectStances(raw: readonly unknown[], ctx: CheckContext): FoundStance[] {
  const stances = new Map<string, FoundStance>();
  for (const [k, item] of raw.entries()) {
    const parsed = AnswerStance.safeParse(item);
    if (!parsed.success) {
      ctx.drop('stance', k, 'schema', schemaReason(parsed.error));
      continue;
    }
    const s = parsed.data;
    const found = ctx.quote('stance', k, s.quote);
    if (!found) continue;
    const actor = ctx.resolver.actor(s.actor);
    if ('reason' in actor) {
      ctx.drop('stance', k, 'actor', actor.reason);
      continue;
    }
    const topic = ctx.resolver.topic(s.topic);
    if ('reason' in topic) {
      ctx.drop('stance', k, 'topic', topic.reason);
      continue;
    }
    const id = `stance-${actor.id}-${topic.id}-${s.position.toLowerCase().replace(/_/g, '-')}`;
    const stance: FoundStance = stances.get(id) ?? {
      id,
      actor: actor.id,
      topic: topic.id,
      position: s.position,
      polarity: POLARITY[s.position],
      confidence: DEFAULT_CONFIDENCE,
      pattern: `LLM ${ctx.model}, quote checked`,
      evidence: [],
    };
    addEvidence(stance.evidence, found);
    stances.set(id, stance);
  }
  return shortIds([...stances.values()]);
}

function shortIds(stances: FoundStance[]): FoundStance[] {
  const pair = (s: FoundStance) => `${s.actor}\0${s.topic}`;
  const count = new Map<string, number>();
  for (const s of stances) count.set(pair(s), (count.get(pair(s)) ?? 0) + 1);
  return stances.map((s) =>
    (count.get(pair(s)) ?? 0) > 1 ? s : { ...s, id: `stance-${s.actor}-${s.topic}` },
  );
}
