/**
 * Stage 4a, matching: the patterns of lexicon/extract/patterns.yaml tried clause by clause.
 * Each token is looked up once in the anchor index (../anchors.ts); a match fills its source,
 * target and topic slots and the longest of overlapping matches of one side wins.
 */
import type { Mention } from '../actors';
import { anchorIndex, wordMatches } from '../anchors';
import type { Clause } from '../document';
import type { CompiledPattern } from '../lexicon';
import { reportingVerbBefore } from '../speech';
import { topicAfter } from '../topic-slot';
import { nounPhraseAt, topicName, type NounPhrase } from '../topics';
import type { Layout } from './layout';
import type { Memory } from './memory';

export interface TopicFill {
  t0: number;
  t1: number;
  topicId?: string;
  /** A topic to propose by this name (a noun phrase, or the phrase a definite description points back to). */
  name?: string;
}

export interface Match {
  pattern: CompiledPattern;
  anchor: number;
  m0: number;
  m1: number;
  source?: Mention;
  target?: Mention;
  topic?: TopicFill;
}

type Fills = Partial<Match>;

const SLOT_DETERMINERS = new Set(['the', 'a', 'an']);
const CLAUSE_OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

export class Matcher {
  private readonly index: ReturnType<typeof anchorIndex>;

  constructor(
    private readonly doc: Layout,
    private readonly memory: Memory,
  ) {
    this.index = anchorIndex(doc.lexicon);
  }

  /** The matches in a clause, in text order, overlaps settled and not-event phrases dropped. */
  clauseMatches(clause: Clause): Match[] {
    return settle(this.allMatches(clause));
  }

  private allMatches(clause: Clause): Match[] {
    const { tokens, owner } = this.doc;
    const index = this.index;
    const found: Match[] = [];
    const tried = new Set<CompiledPattern>();
    for (let k = clause.t0; k < clause.t1; k++) {
      if (owner[k]) continue;
      const t = tokens[k];
      tried.clear();
      const candidates = [
        ...(index.byWord.get(t.lower) ?? []),
        ...(t.lemma !== t.lower ? (index.byWord.get(t.lemma) ?? []) : []),
        ...index.byPrefix.filter((x) => t.lower.startsWith(x.prefix)).map((x) => x.pattern),
      ];
      for (const p of candidates) {
        if (tried.has(p)) continue;
        tried.add(p);
        const m = this.matchAt(p, clause, k);
        if (m) found.push(m);
      }
    }
    return found;
  }

  private matchAt(p: CompiledPattern, clause: Clause, anchor: number): Match | undefined {
    const before = this.index.before.get(p) ?? 0;
    const from = Math.max(clause.t0, anchor - before);
    for (let s = from; s <= anchor; s++) {
      const fills: Fills = {};
      const end = this.run(p, clause, anchor, 0, s, fills);
      if (end !== undefined) return { pattern: p, anchor, m0: s, m1: end, ...fills };
    }
    return undefined;
  }

  /** Matches elements from `ei` at token `pos`; the anchor element must land on `anchor`. Returns the end. */
  private run(
    p: CompiledPattern,
    clause: Clause,
    anchor: number,
    ei: number,
    pos: number,
    fills: Fills,
  ): number | undefined {
    if (ei === p.elements.length) return pos;
    if (ei === p.anchor && pos !== anchor) return undefined;
    if (ei > p.anchor && pos < anchor) return undefined;
    const e = p.elements[ei];
    const next = (at: number) => this.run(p, clause, anchor, ei + 1, at, fills);
    switch (e.kind) {
      case 'word': {
        const t = this.doc.tokens[pos];
        if (pos < clause.t1 && t && !this.doc.owner[pos] && wordMatches(e, t)) {
          const end = next(pos + 1);
          if (end !== undefined) return end;
        }
        if (e.optional && ei !== p.anchor) return next(pos);
        return undefined;
      }
      case 'gap':
        return this.runGap(e.max, pos, clause.t1, next);
      case 'slot': {
        const end =
          e.slot === 'topic'
            ? this.runTopic(p, ei, pos, clause, fills, next)
            : this.runMention(e.slot, pos, clause.t1, fills, next);
        if (end !== undefined) return end;
        if (e.optional) return next(pos);
        return undefined;
      }
    }
  }

  private runGap(
    max: number,
    pos: number,
    limit: number,
    next: (at: number) => number | undefined,
  ): number | undefined {
    const { tokens, owner } = this.doc;
    for (let g = 0; g <= max && pos + g <= limit; g++) {
      // A gap stays within one verb phrase: it does not run over "and" or "but".
      if (g > 0 && !owner[pos + g - 1] && tokens[pos + g - 1].pos === 'CCONJ') break;
      const end = next(pos + g);
      if (end !== undefined) return end;
    }
    return undefined;
  }

  private runTopic(
    p: CompiledPattern,
    ei: number,
    pos: number,
    clause: Clause,
    fills: Fills,
    next: (at: number) => number | undefined,
  ): number | undefined {
    const prev = p.elements[ei - 1];
    const fill =
      prev?.kind === 'word'
        ? this.slotTopic(p, pos, clause.t1, true)
        : (this.slotTopic(p, pos, clause.t1, false) ?? this.clauseSubjectTopic(p, ei, pos, clause));
    if (!fill) return undefined;
    const end = next(fill.t1);
    if (end !== undefined) fills.topic = fill;
    return end;
  }

  private runMention(
    slot: 'source' | 'target',
    pos: number,
    limit: number,
    fills: Fills,
    next: (at: number) => number | undefined,
  ): number | undefined {
    const m = this.slotMention(slot, pos, limit);
    if (!m) return undefined;
    const end = next(m.t1);
    if (end !== undefined) fills[slot] = m;
    return end;
  }

  private slotMention(slot: 'source' | 'target', pos: number, limit: number): Mention | undefined {
    const { tokens, owner, startsAt, topicOwner } = this.doc;
    let p = pos;
    const t = tokens[p];
    if (t && SLOT_DETERMINERS.has(t.lower) && !owner[p]) p++;
    const m = startsAt.get(p);
    if (!m || m.t1 > limit || m.reporter) return undefined;
    if (slot === 'target') {
      // "sanctions on Russia" names a topic, not a target; "aid to Ukraine" after "resume" has one.
      const topic = topicOwner[m.t0];
      const to = tokens[m.t0 - 1]?.lower === 'to' || tokens[m.t0 - 1]?.lower === 'for';
      if (topic && (topic.t0 < m.t0 || topic.t1 > m.t1) && !to) return undefined;
    }
    return m;
  }

  private slotTopic(
    p: CompiledPattern,
    pos: number,
    limit: number,
    afterWord: boolean,
  ): TopicFill | undefined {
    const { tokens, topicAt, topicOwner, lexicon } = this.doc;
    const span = topicAfter(tokens, pos, limit, topicAt, lexicon.topicWrappers);
    if (span) return span;
    if (!afterWord) return this.definiteAntecedent(pos, limit);
    const np = nounPhraseAt(tokens, pos, limit);
    if (!np)
      return p.category === 'stance' && p.newTopic ? this.loneMistagged(pos, limit) : undefined;
    for (let k = np.c0; k < np.t1; k++) {
      const inner = topicOwner[k];
      // A topic phrase that takes in the pattern's own verb ("end the war") is not its object.
      if (inner && inner.t1 <= np.t1 && inner.t0 >= pos)
        return { t0: pos, t1: np.t1, topicId: inner.topicId };
    }
    if (np.definite && lexicon.topicAnaphora.has(np.head) && np.headEnd - np.c0 <= 2) {
      const antecedent = this.antecedentTopic(pos, np.t1, np.head);
      if (antecedent || np.headEnd - np.c0 < 2) return antecedent;
    }
    if (!(p.category === 'stance' && p.newTopic)) return undefined;
    return this.proposedTopic(np, limit);
  }

  /**
   * A new topic named by a noun phrase: "a grain agreement (with Kaldor)" without the actor it
   * is with, "the idea of a three-way meeting" by what the wrapper noun holds.
   */
  private proposedTopic(whole: NounPhrase, limit: number): TopicFill | undefined {
    const { text, tokens, owner, lexicon } = this.doc;
    let np = whole;
    const link = tokens[np.headEnd]?.lower;
    if (lexicon.topicWrappers.has(np.head) && (link === 'of' || link === 'for')) {
      const inner = nounPhraseAt(tokens, np.headEnd + 1, limit);
      if (inner) np = { ...inner, t0: whole.t0 };
    }
    if (tokens[np.t1 - 1].pos !== 'NOUN' && np.headEnd < np.t1) np = { ...np, t1: np.headEnd };
    const head = tokens[np.t1 - 1];
    if (head.pos !== 'NOUN') return undefined;
    // "the American vice-president": a person by office, not a topic; "weeks of talks": a time.
    if (isTitle(head.lower, lexicon.titleHeads)) return undefined;
    if (lexicon.notTopicHeads.has(tokens[whole.headEnd - 1].lemma)) return undefined;
    for (let k = np.c0; k < np.t1; k++) {
      const m = owner[k];
      if (m && !m.demonym && m.kind === 'actor' && m.t0 === np.c0 && m.t1 >= np.t1)
        return undefined;
      if (m && m.kind !== 'actor') return undefined;
    }
    // A lone noun ("peace") is too vague to propose as a topic, but for a few that a stance
    // takes alone ("welcomed the talks", "backed the deal").
    if (np.t1 - np.c0 < 2) {
      const name = lexicon.loneTopics.get(head.lemma) ?? lexicon.loneTopics.get(head.lower);
      return name ? { t0: whole.t0, t1: whole.t1, name } : undefined;
    }
    return { t0: whole.t0, t1: Math.max(np.t1, whole.t1), name: topicName(text, tokens, np) };
  }

  /**
   * '"A new dam is off the table," Brandt said': a pattern that opens with its topic may
   * propose one from the noun phrase that opens the clause (its subject).
   */
  private clauseSubjectTopic(
    p: CompiledPattern,
    ei: number,
    pos: number,
    clause: Clause,
  ): TopicFill | undefined {
    if (ei !== 0 || !(p.category === 'stance' && p.newTopic)) return undefined;
    const { tokens, lexicon } = this.doc;
    // Only punctuation and "but that" may stand before it, or a reporting verb ("said the visit …").
    const reported = reportingVerbBefore(tokens, pos, clause.t0, lexicon) >= 0;
    for (let k = clause.t0; k < pos && !reported; k++)
      if (!CLAUSE_OPENERS.has(tokens[k].pos)) return undefined;
    const np = nounPhraseAt(tokens, pos, clause.t1);
    // "telling reporters …": a participle opens no topic.
    if (!np || tokens[np.c0].pos === 'VERB') return undefined;
    // "The deployment of European troops was unacceptable": a known topic inside it.
    for (let k = np.c0; k < np.t1; k++) {
      const inner = this.doc.topicOwner[k];
      if (inner && inner.t1 <= np.t1) return { t0: pos, t1: np.t1, topicId: inner.topicId };
    }
    return this.proposedTopic(np, clause.t1);
  }

  /** "the limits were needed", "the new target was fair": what the description points back to. */
  private definiteAntecedent(pos: number, limit: number): TopicFill | undefined {
    const np = nounPhraseAt(this.doc.tokens, pos, limit);
    if (!np?.definite || !this.doc.lexicon.topicAnaphora.has(np.head)) return undefined;
    if (np.headEnd - np.c0 > 2) return undefined;
    return this.antecedentTopic(pos, np.headEnd, np.head);
  }

  /**
   * "open to (direct) talks with Washington": a lone topic noun the tagger read as a verb
   * ("to talks"), after at most a determiner and two adjectives.
   */
  private loneMistagged(pos: number, limit: number): TopicFill | undefined {
    const { tokens, owner, lexicon } = this.doc;
    let k = pos;
    if (SLOT_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    while (k < pos + 3 && k < limit && tokens[k].pos === 'ADJ') k++;
    const t = tokens[k];
    if (!t || k >= limit || owner[k] || t.pos !== 'VERB') return undefined;
    const name = lexicon.loneTopics.get(t.lower);
    return name ? { t0: pos, t1: k + 1, name } : undefined;
  }

  /** "the fund", "the new goal": the noun phrase with that head the article named before. */
  private antecedentTopic(t0: number, t1: number, head: string): TopicFill | undefined {
    const { text, tokens, topicOwner } = this.doc;
    const antecedent = this.memory.nounPhrases.get(head);
    if (!antecedent) {
      // "dismissed the ruling" after a stance on "the 2019 arbitration ruling".
      const earlier = this.doc.topics.proposedWithHead(head);
      return earlier ? { t0, t1, topicId: earlier.id } : undefined;
    }
    for (let k = antecedent.c0; k < antecedent.headEnd; k++) {
      const inner = topicOwner[k];
      if (inner) return { t0, t1, topicId: inner.topicId };
    }
    const name = topicName(text, tokens, { ...antecedent, t1: antecedent.headEnd });
    return { t0, t1, name };
  }
}

/** Is this word (or its last part: "vice-president") a title such as "President"? */
function isTitle(word: string, heads: ReadonlySet<string>): boolean {
  const last = word.split('-').pop() ?? word;
  for (const h of heads) if (h.toLowerCase() === last) return true;
  return false;
}

/**
 * Longest match wins where two of the same side overlap ("ready to negotiate with" over
 * "negotiate with"); a not-event phrase competes with relations ("called him a dictator"
 * outmatches "called him") and stances ("scaled back a strike" is no "back"). Two matches compete when one's anchor lies in the other ("reject
 * the ceasefire that X proposed" holds two stances, sharing only the topic).
 */
export function settle(found: Match[]): Match[] {
  found.sort(
    (a, b) => b.m1 - b.m0 - (a.m1 - a.m0) || a.pattern.order - b.pattern.order || a.m0 - b.m0,
  );
  const kept: Match[] = [];
  const side = (m: Match) => (m.pattern.category === 'stance' ? 'stance' : 'relation');
  const within = (a: Match, b: Match) => a.anchor >= b.m0 && a.anchor < b.m1;
  for (const m of found) {
    const clash = kept.some(
      (k) => side(k) === side(m) && k.m0 < m.m1 && m.m0 < k.m1 && (within(k, m) || within(m, k)),
    );
    if (!clash) kept.push(m);
  }
  // A stance whose verb a not-event phrase takes in after its own first word ("scaled back a
  // strike") backs nothing, nor one whose topic it takes in ("ended a round of talks"); one
  // that only opens with it ("called on X to accept …") stands.
  const notEvents = found.filter((m) => m.pattern.category === 'not-event');
  const topicIn = (m: Match, n: Match) => m.topic !== undefined && m.topic.t0 < n.m1;
  const taken = (m: Match) =>
    m.pattern.category === 'stance' &&
    notEvents.some((n) => within(m, n) && (m.anchor > n.m0 || topicIn(m, n)));
  return kept
    .filter((m) => m.pattern.category !== 'not-event' && !taken(m))
    .sort((a, b) => a.m0 - b.m0 || a.pattern.order - b.pattern.order);
}
