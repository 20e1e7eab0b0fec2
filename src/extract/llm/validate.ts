/**
 * The model's answer → an Analysis of ../engine.ts, so that ../draft.ts writes
 * it as it writes the rules engine's. The answer is parsed with the zod schema
 * of ./answer.ts (./parse.ts); each relation (./relations.ts) and stance
 * (./stances.ts) must quote the article (./quotes.ts) and name actors and
 * topics that resolve (./resolve.ts), or it is dropped with its reason.
 */
import type { Analysis, FoundRelation, FoundStance } from '../engine';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';
import { AnswerActor } from './answer';
import { CheckContext, type Dropped } from './context';
import { parseAnswer, schemaReason } from './parse';
import { collectRelations } from './relations';
import { Resolver } from './resolve';
import { collectStances } from './stances';

export type { Dropped, DropCause } from './context';

export interface Checked {
  analysis: Analysis;
  dropped: Dropped[];
  /** Quotes found only once quotation marks, dashes and spaces were read alike. */
  reanchored: number;
}

export function checkAnswer(
  text: string,
  content: string,
  registry: Registry,
  lexicon: Lexicon,
  model: string,
): Checked {
  const answer = parseAnswer(content);
  const resolver = new Resolver(text, registry, lexicon);
  const ctx = new CheckContext(text, resolver, model);
  for (const [k, item] of answer.newActors.entries()) {
    const a = AnswerActor.safeParse(item);
    if (a.success) resolver.addDeclared(a.data);
    else ctx.drop('newActor', k, 'schema', schemaReason(a.error));
  }
  const relations = [...collectRelations(answer.relations, ctx).values()];
  const stances = collectStances(answer.stances, ctx);
  resolver.proposeTitled();
  const analysis: Analysis = {
    relations,
    stances,
    actors: resolver.actors,
    topics: resolver.topics,
    titled: resolver.titled,
    firstSeen: firstSeen(text, resolver, relations, stances),
  };
  return { analysis, dropped: ctx.dropped, reanchored: ctx.reanchored };
}

/** Where each actor is first named (its name or an alias), else its first evidence. */
function firstSeen(
  text: string,
  resolver: Resolver,
  relations: readonly FoundRelation[],
  stances: readonly FoundStance[],
): Map<string, number> {
  const seen = new Map<string, number>();
  const note = (id: string, at: number) => seen.set(id, Math.min(seen.get(id) ?? at, at));
  for (const r of relations) {
    note(r.source, r.evidence[0]?.start ?? 0);
    note(r.target, r.evidence[0]?.start ?? 0);
  }
  for (const s of stances) note(s.actor, s.evidence[0]?.start ?? 0);
  for (const id of resolver.titled) note(id, text.length);
  for (const id of [...seen.keys()]) {
    const a = resolver.actors.actors.get(id);
    for (const name of a ? [a.name, ...a.aliases] : []) {
      const at = text.indexOf(name);
      if (at !== -1) note(id, at);
    }
  }
  return seen;
}
