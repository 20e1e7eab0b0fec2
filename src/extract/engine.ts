/**
 * The rules engine (winkNLP and the data of lexicon/extract/), a pipeline of stages in
 * ./rules/, run in one linear walk through the article (./rules/pass.ts):
 *   sentences, mentions  ./rules/layout.ts   with ./document.ts, ./furniture.ts, ./actors.ts,
 *                                           ./descriptions.ts, ./speech.ts, ./topics.ts
 *   resolution           ./rules/resolution.ts, ./rules/memory.ts, ./rules/subjects.ts, ./resolve.ts
 *   events               ./rules/matching.ts (./anchors.ts, ./topic-slot.ts), ./rules/acts.ts
 *                        (./modality.ts), ./rules/events.ts (./delegations.ts)
 *   stances              ./rules/stances.ts
 *   draft                ./draft.ts, from the Analysis returned here
 */
import type { ActorIndex } from './actors';
import { type KnownActor } from './actors';
import type { Lexicon } from './lexicon';
import type { Registry } from './registry';
import type { FoundRelation, FoundStance } from './rules/findings';
import type { Layout } from './rules/layout';
import { runPass } from './rules/pass';
import type { TopicIndex } from './topics';

export type { FoundRelation, FoundStance, Quote } from './rules/findings';
export { relationId } from './rules/findings';

export interface Analysis {
  relations: FoundRelation[];
  stances: FoundStance[];
  actors: ActorIndex;
  topics: TopicIndex;
  /** Actors named with a title ("Foreign Minister Gábor Szentesi"): clearly named even without an edge. */
  titled: Set<string>;
  /** Where each actor is first mentioned (UTF-16 offset), for ordering the draft. */
  firstSeen: Map<string, number>;
}

export function analyze(text: string, registry: Registry, lexicon: Lexicon): Analysis {
  const { doc, memory, findings } = runPass(text, registry, lexicon);
  return {
    relations: findings.relationList(),
    stances: findings.stanceList(),
    actors: doc.actors,
    topics: doc.topics,
    titled: titledActors(doc),
    firstSeen: memory.firstSeen,
  };
}

/** New persons named by name with a role from their title, not through a pronoun. */
function titledActors(doc: Layout): Set<string> {
  const titled = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind === 'actor' && m.actorId && !m.anaphoric) {
      const a = doc.actors.actors.get(m.actorId);
      if (a && !a.registry && a.kind === 'PERSON' && a.roles.length > 0) titled.add(a.id);
    }
  }
  return titled;
}

export type { KnownActor };
