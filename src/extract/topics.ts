/**
 * What stances are about: registry topics by name and by the keywords of
 * lexicon/extract/topics.yaml, the lexicon's own topics (proposed as new when the
 * registry lacks them), and noun phrases ("a joint air-defence fund") that a
 * stance names when no known topic fits.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';
import type { Registry } from './registry';
import { tokenizeMany } from './actors';
import { nameKey, slugify } from './slug';

export interface KnownTopic {
  id: string;
  name: string;
  registry: boolean;
}

export interface TopicSpan {
  t0: number;
  t1: number;
  topicId: string;
}

interface Node {
  next: Map<string, Node>;
  topicId?: string;
}

/** Hyphens are skipped on both sides, so "climate finance" finds "climate-finance". */
const skip = (t: Token) => t.text === '-' || t.text === '‐';

export class TopicIndex {
  readonly topics = new Map<string, KnownTopic>();
  readonly byName = new Map<string, string>();
  /** The topics proposed so far for this article, in order. */
  readonly proposed: KnownTopic[] = [];
  private readonly root: Node = { next: new Map() };

  constructor(registry: Registry, lexicon: Lexicon) {
    const phrases: Array<{ text: string; topicId: string }> = [];
    for (const t of registry.topics) {
      this.topics.set(t.id, { id: t.id, name: t.name, registry: true });
      this.byName.set(nameKey(t.name), t.id);
      phrases.push({ text: t.name, topicId: t.id });
      for (const k of lexicon.topicKeywords.get(t.id) ?? [])
        phrases.push({ text: k, topicId: t.id });
    }
    for (const t of lexicon.lexiconTopics) {
      const id = this.topics.get(t.id)?.registry
        ? t.id
        : (this.byName.get(nameKey(t.name)) ?? t.id);
      if (!this.topics.has(id)) {
        this.topics.set(id, { id, name: t.name, registry: false });
        this.byName.set(nameKey(t.name), id);
      }
      for (const k of [t.name, ...t.keywords]) phrases.push({ text: k, topicId: id });
    }
    const tokenized = tokenizeMany(phrases.map((p) => p.text));
    phrases.forEach((p, k) => {
      const toks = (tokenized[k] ?? []).filter((t) => !skip(t));
      if (toks.length === 0) return;
      let node = this.root;
      for (const t of toks) {
        let next = node.next.get(t.lemma);
        if (!next) {
          next = { next: new Map() };
          node.next.set(t.lemma, next);
        }
        node = next;
      }
      // The first topic to claim a phrase keeps it: registry topics come first.
      node.topicId ??= p.topicId;
    });
  }

  /** Every keyword match in the tokens, longest first, left to right, not overlapping. */
  spans(tokens: readonly Token[]): TopicSpan[] {
    const out: TopicSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (skip(tokens[i])) continue;
      let node: Node | undefined = this.root;
      let best: TopicSpan | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        const t = tokens[j];
        if (skip(t)) continue;
        node = node.next.get(t.lemma) ?? node.next.get(t.lower);
        if (node?.topicId) best = { t0: i, t1: j + 1, topicId: node.topicId };
      }
      if (best) {
        out.push(best);
        i = best.t1 - 1;
      }
    }
    return out;
  }

  /** A topic the extractor proposes, by name; an existing topic of that name is reused. */
  propose(name: string): KnownTopic {
    const existing = this.byName.get(nameKey(name));
    if (existing) return this.topics.get(existing) as KnownTopic;
    let id = slugify(name);
    while (this.topics.has(id)) id = `${id}-topic`;
    const topic = { id, name, registry: false };
    this.topics.set(id, topic);
    this.byName.set(nameKey(name), id);
    this.proposed.push(topic);
    return topic;
  }

  /** "the ruling": the last topic proposed for this article whose name ends in that noun. */
  proposedWithHead(head: string): KnownTopic | undefined {
    const last = (name: string) =>
      name
        .toLowerCase()
        .split(/[\s-]+/)
        .pop();
    for (let k = this.proposed.length - 1; k >= 0; k--) {
      const t = this.proposed[k];
      if (last(t.name) === head || last(t.name) === `${head}s`) return t;
    }
    return undefined;
  }
}

const NP_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'new',
]);
const NP_LINKS = new Set(['of', 'for', 'on', 'to', 'in', 'with']);
const NP_BODY = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

export interface NounPhrase {
  t0: number;
  t1: number;
  /** Where the content words start (after determiners). */
  c0: number;
  /** Lemma of the head noun (the last noun before any "of"/"for" attachment). */
  head: string;
  /** End of the phrase without its attachment ("joint fund" of "joint fund for Ukraine"). */
  headEnd: number;
  definite: boolean;
}

/** The noun phrase starting at token `i` (determiners, modifiers, a head noun, one attachment), within [i, limit). */
export function nounPhraseAt(
  tokens: readonly Token[],
  i: number,
  limit: number,
): NounPhrase | undefined {
  let k = i;
  let definite = false;
  while (k < limit && NP_DETERMINERS.has(tokens[k].lower)) {
    if (['the', 'this', 'that', 'these', 'those'].includes(tokens[k].lower)) definite = true;
    k++;
  }
  const c0 = k;
  const body = (from: number): { end: number; head: number } | undefined => {
    let q = from;
    let head = -1;
    while (q < limit && q - from < 6) {
      const t = tokens[q];
      // "a quick and simple deal": adjectives joined by "and".
      const joinsAdjectives =
        t.lower === 'and' && tokens[q - 1]?.pos === 'ADJ' && tokens[q + 1]?.pos === 'ADJ';
      if (NP_BODY.has(t.pos) || (t.text === '-' && q > from) || joinsAdjectives) {
        if (t.pos === 'NOUN' || t.pos === 'PROPN') head = q;
        q++;
      } else if (
        t.pos === 'VERB' &&
        /(ed|ing)$/.test(t.lower) &&
        tokens[q + 1] &&
        NP_BODY.has(tokens[q + 1].pos)
      ) {
        q++;
      } else break;
    }
    return head === -1 ? undefined : { end: head + 1, head };
  };
  const first = body(c0);
  if (!first) return undefined;
  let end = first.end;
  const link = tokens[end];
  if (link && end + 1 < limit && NP_LINKS.has(link.lower)) {
    let q = end + 1;
    while (q < limit && NP_DETERMINERS.has(tokens[q].lower)) q++;
    const second = body(q);
    if (second && second.end - c0 <= 9) end = second.end;
  }
  return {
    t0: i,
    t1: end,
    c0,
    head: tokens[first.head].lemma,
    headEnd: first.end,
    definite,
  };
}

/** The text of tokens [t0, t1), as written. */
export function spanText(text: string, tokens: readonly Token[], t0: number, t1: number): string {
  return text.slice(tokens[t0].start, tokens[t1 - 1].end);
}

/** A topic name from a noun phrase: as written, first letter capitalised, proper nouns kept. */
export function topicName(text: string, tokens: readonly Token[], np: NounPhrase): string {
  const raw = spanText(text, tokens, np.c0, np.t1).replace(/\s+/g, ' ').replace(/[’]/g, "'");
  const first = tokens[np.c0];
  const body = first.pos === 'PROPN' ? raw : raw.charAt(0).toLowerCase() + raw.slice(1);
  return body.charAt(0).toUpperCase() + body.slice(1);
}
