/**
 * Stages 1 and 2, sentences and mentions: the article as tokens, sentences with their
 * clauses, the actor mentions and which token each covers, the quotations with their
 * speakers, and the topic spans. Everything later stages read and nothing they change,
 * apart from each mention's resolution.
 */
import { ActorIndex, findMentions, type Mention } from '../actors';
import type { ActorKind } from '../../dataset/vocabulary';
import { addClauses, segment, type Sentence } from '../document';
import type { Lexicon } from '../lexicon';
import { tokenize, type Token } from '../nlp';
import type { Registry } from '../registry';
import { findQuotations, type Quotation } from '../speech';
import { TopicIndex, type TopicSpan } from '../topics';

export interface Layout {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lexicon: Lexicon;
  actors: ActorIndex;
  topics: TopicIndex;
  /** In text order. */
  mentions: Mention[];
  /** The mention covering each token, if any. */
  owner: Array<Mention | undefined>;
  startsAt: Map<number, Mention>;
  quotations: Quotation[];
  /** The topic span starting at / covering each token, if any. */
  topicAt: Map<number, TopicSpan>;
  topicOwner: Array<TopicSpan | undefined>;
}

export function layout(text: string, registry: Registry, lexicon: Lexicon): Layout {
  const tokens = tokenize(text);
  const sentences = segment(text, tokens, lexicon);
  const actors = new ActorIndex(registry, lexicon);
  const topics = new TopicIndex(registry, lexicon);
  const sentenceStarts = new Set(sentences.map((s) => s.t0));
  const mentions = findMentions(tokens, actors, lexicon, sentenceStarts);
  const { owner, startsAt } = coverage(mentions, tokens.length);
  const quotations = findQuotations(
    tokens,
    {
      startingAt: (i) => startsAt.get(i),
      endingBefore: (i) => (owner[i - 1]?.t1 === i ? owner[i - 1] : undefined),
    },
    lexicon,
  );
  addClauses(sentences, tokens, lexicon.conditionals, (i) => owner[i] !== undefined);
  const spans = coverage(topics.spans(tokens), tokens.length);
  return {
    text,
    tokens,
    sentences,
    lexicon,
    actors,
    topics,
    mentions,
    owner,
    startsAt,
    quotations,
    topicAt: spans.startsAt,
    topicOwner: spans.owner,
  };
}

/** Which span covers each token, and which starts at it. */
export function coverage<S extends { t0: number; t1: number }>(
  spans: readonly S[],
  length: number,
): { owner: Array<S | undefined>; startsAt: Map<number, S> } {
  const owner = new Array<S | undefined>(length);
  const startsAt = new Map<number, S>();
  for (const s of spans) {
    startsAt.set(s.t0, s);
    for (let k = s.t0; k < s.t1; k++) owner[k] = s;
  }
  return { owner, startsAt };
}

/** The kind of a known actor ('PERSON', 'COUNTRY', …), if the index knows it. */
export function kindIn(doc: Pick<Layout, 'actors'>, id: string): ActorKind | undefined {
  return doc.actors.actors.get(id)?.kind;
}
