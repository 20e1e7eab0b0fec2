/**
 * Stage 5, stances: an act of a stance pattern gives each acting actor a position on the
 * topic its slot holds (a known topic, or one proposed by its noun phrase); under negation
 * the position the lexicon names for "not <pattern>". A stance in reported speech is the
 * speaker's.
 */
import type { StancePattern } from '../lexicon';
import type { Act } from './acts';
import { round } from './evidence';
import type { Findings } from './findings';
import type { Layout } from './layout';

export function stancesFromAct(act: Act, p: StancePattern, doc: Layout, findings: Findings): void {
  const fill = act.match.topic;
  if (!fill || act.hearsay) return;
  const topicId = fill.topicId ?? (fill.name ? doc.topics.propose(fill.name).id : undefined);
  if (!topicId) return;
  const stated: StancePattern = act.flipped
    ? { ...p, position: act.flipped, polarity: 'NEGATIVE', text: `not ${p.text}` }
    : p;
  // Reported speech states the speaker's position ("X said the UK would support …").
  const holders = act.speaker ? [act.speaker] : act.sources;
  for (const s of holders)
    findings.addStance(s, topicId, stated, round(act.confidence), act.evidence);
}
