/**
 * From a token of the parse to the actors it stands for. Names come from the
 * rules engine's mention finder (registry names and aliases, the gazetteer,
 * role descriptions such as "the Russian president", new titled people),
 * matched to the parse by character offsets; the argument's head word picks
 * the mention, so "Ukrainian President Volodymyr Zelenskyy" is the person its
 * head names, not the country its adjective does. Pronouns and descriptions
 * follow CoreNLP's coreference chains to a named mention; first-person words
 * inside a quote are its speaker.
 */
import type { ActorIndex, Mention } from '../actors';
import type { Token } from '../nlp';
import type { CoreNlpCorefMention, CoreNlpDocument, CoreNlpQuote } from './annotation';
import type { SentenceGraph } from './graph';

export interface Resolved {
  ids: string[];
  /** Reached through a pronoun, a description or a quote's speaker rather than named. */
  anaphoric: boolean;
}

const TITLE_HEADS = new Set([
  'leader',
  'president',
  'minister',
  'chancellor',
  'secretary',
  'premier',
]);
const LEADER_TITLES = ['president', 'prime minister', 'chancellor', 'premier'];
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ourselves']);
const NONE: Resolved = { ids: [], anaphoric: false };

interface DocToken {
  sentence: number;
  token: number;
}

export class Resolver {
  private readonly doc: CoreNlpDocument;
  private readonly words: readonly Token[];
  private readonly mentions: readonly Mention[];
  private readonly actors: ActorIndex;
  /** Coref mentions by "sentence:token" of every token they cover. */
  private readonly corefAt = new Map<
    string,
    { mention: CoreNlpCorefMention; chain: CoreNlpCorefMention[] }
  >();
  /** Document token number (0-based, as quotes count) → sentence and token. */
  private readonly docTokens: DocToken[] = [];
  private readonly speakers = new Map<CoreNlpQuote, Resolved>();

  private readonly graphs: readonly SentenceGraph[];
  private readonly representatives: ReadonlySet<string>;

  constructor(
    doc: CoreNlpDocument,
    graphs: readonly SentenceGraph[],
    words: readonly Token[],
    mentions: readonly Mention[],
    actors: ActorIndex,
    representatives: ReadonlySet<string> = new Set(),
  ) {
    this.representatives = representatives;
    this.doc = doc;
    this.graphs = graphs;
    this.words = words;
    this.mentions = mentions;
    this.actors = actors;
    doc.sentences.forEach((s, k) => {
      for (const t of s.tokens) this.docTokens.push({ sentence: k, token: t.index });
    });
    for (const chain of Object.values(doc.corefs)) {
      for (const m of chain) {
        // The head's key first, so a nested mention's own head wins over the mention around it.
        const key = `${m.sentNum - 1}:${m.headIndex}`;
        if (!this.corefAt.has(key)) this.corefAt.set(key, { mention: m, chain });
      }
    }
  }

  /** Character span of a parse token. */
  charSpan(sentence: number, token: number): [number, number] {
    const t = this.doc.sentences[sentence]?.tokens[token - 1];
    return t ? [t.characterOffsetBegin, t.characterOffsetEnd] : [0, 0];
  }

  /** The named mention (kind actor, not a bare demonym) covering these characters. */
  private namedAt(begin: number, end: number): string[] {
    for (const m of this.mentions) {
      const start = this.words[m.t0]?.start ?? -1;
      const stop = this.words[m.t1 - 1]?.end ?? -1;
      if (start > begin || stop < end) continue;
      if (m.kind === 'list') {
        for (const member of m.members ?? []) {
          const a = this.words[member.t0]?.start ?? -1;
          const b = this.words[member.t1 - 1]?.end ?? -1;
          if (
            a <= begin &&
            end <= b &&
            member.kind === 'actor' &&
            member.actorId &&
            !member.demonym
          )
            return [member.actorId];
        }
        return [];
      }
      if (m.kind === 'actor' && m.actorId && !m.demonym) return [m.actorId];
      return [];
    }
    return [];
  }

  /** Every named actor mentioned within these characters ("Rubio and Lavrov"). */
  namedIn(begin: number, end: number): string[] {
    const ids = new Set<string>();
    for (const m of this.mentions) {
      const parts = m.kind === 'list' ? (m.members ?? []) : [m];
      for (const x of parts) {
        const a = this.words[x.t0]?.start ?? -1;
        const b = this.words[x.t1 - 1]?.end ?? -1;
        if (a >= begin && b <= end && x.kind === 'actor' && x.actorId && !x.demonym)
          ids.add(x.actorId);
      }
    }
    return [...ids];
  }

  /** The named actor a coref mention's head (or, failing that, its whole span) points at. */
  private namedCoref(m: CoreNlpCorefMention): string[] {
    const s = m.sentNum - 1;
    if (m.type === 'LIST') {
      const [b0] = this.charSpan(s, m.startIndex);
      const [, e1] = this.charSpan(s, m.endIndex - 1);
      return this.namedIn(b0, e1);
    }
    const [b, e] = this.charSpan(s, m.headIndex);
    const byHead = this.namedAt(b, e);
    if (byHead.length > 0) return byHead;
    if (m.type === 'PROPER' || m.type === 'NOMINAL') {
      const [b0] = this.charSpan(s, m.startIndex);
      const [, e1] = this.charSpan(s, m.endIndex - 1);
      return this.namedAt(b0, e1);
    }
    return [];
  }

  quoteAt(sentence: number, token: number): CoreNlpQuote | undefined {
    const [b] = this.charSpan(sentence, token);
    return this.doc.quotes.find((q) => q.beginIndex <= b && b < q.endIndex);
  }

  /** Who said the quote: its canonical speaker when named, else the speaker mention. */
  speaker(q: CoreNlpQuote): Resolved {
    const known = this.speakers.get(q);
    if (known) return known;
    this.speakers.set(q, NONE);
    let found = NONE;
    for (const at of [q.canonicalMentionEnd, q.mentionEnd]) {
      if (at === undefined) continue;
      const ref = this.docTokens[at];
      if (!ref) continue;
      const r = this.resolve(ref.sentence, ref.token);
      if (r.ids.length > 0) {
        found = { ids: r.ids, anaphoric: true };
        break;
      }
    }
    // A quote with no speaker of its own that follows another goes on in the same voice.
    const previous = this.doc.quotes[this.doc.quotes.indexOf(q) - 1];
    if (found.ids.length === 0 && previous && q.beginSentence - previous.endSentence <= 1)
      found = this.speaker(previous);
    this.speakers.set(q, found);
    return found;
  }

  /** The actors a token stands for. */
  resolve(sentence: number, token: number): Resolved {
    const [b, e] = this.charSpan(sentence, token);
    const titled = this.titleHolder(sentence, token);
    if (titled.length > 0) return { ids: titled, anaphoric: true };
    const named = this.namedAt(b, e);
    if (named.length > 0) return { ids: named, anaphoric: false };
    const word = (this.doc.sentences[sentence]?.tokens[token - 1]?.word ?? '').toLowerCase();
    if (FIRST_SINGULAR.has(word) || FIRST_PLURAL.has(word)) {
      const q = this.quoteAt(sentence, token);
      return q ? this.speaker(q) : NONE;
    }
    const represented = this.represented(sentence, token);
    if (represented.ids.length > 0) return represented;
    const described = this.described(b, e);
    if (described.length > 0) return { ids: described, anaphoric: true };
    const entry = this.corefAt.get(`${sentence}:${token}`);
    const chained = entry ? this.fromChain(entry.mention, entry.chain) : NONE;
    if (chained.ids.length > 0) return chained;
    return this.recentSubject(sentence, token, word);
  }

  /**
   * "the U.S. leader", "the Ukrainian president", "Russia's foreign minister": the one registry
   * person whose role in that country carries the title ("leader": a head of state or government).
   */
  private titleHolder(sentence: number, token: number): string[] {
    const g = this.graphs[sentence];
    const head = g?.word(token) ?? '';
    if (!g || !TITLE_HEADS.has(head)) return [];
    const countries = new Set<string>();
    const words: string[] = [];
    for (const x of g.children(token)) {
      if (!['amod', 'compound', 'nmod:poss', 'nmod:of'].includes(x.dep)) continue;
      const [b, e] = this.charSpan(sentence, x.dependent);
      const country = this.countryAt(b, e);
      if (country) countries.add(country);
      else if (x.dep !== 'nmod:poss') words.push(g.word(x.dependent));
    }
    if (countries.size !== 1) return [];
    const [country] = [...countries];
    const wanted = head === 'leader' ? LEADER_TITLES : [[...words, head].join(' ')];
    const holders = [...this.actors.actors.values()].filter(
      (a) =>
        a.registry &&
        a.kind === 'PERSON' &&
        a.roles.some((r) => {
          const title = r.title.toLowerCase();
          const org = this.actors.actors.get(r.organization);
          const inCountry = r.organization === country || org?.country === country;
          const vice = /\bvice\b/.test(title) && !words.includes('vice');
          return inCountry && !vice && wanted.some((w) => title.includes(w));
        }),
    );
    return holders.length === 1 ? [holders[0].id] : [];
  }

  /** The country a word names, demonyms included ("Ukrainian", "U.S.", "Russia's"). */
  private countryAt(begin: number, end: number): string | undefined {
    for (const m of this.mentions) {
      const a = this.words[m.t0]?.start ?? -1;
      const b = this.words[m.t1 - 1]?.end ?? -1;
      if (a > begin || b < end || m.kind !== 'actor' || !m.actorId) continue;
      return this.kindOf(m.actorId) === 'COUNTRY' ? m.actorId : undefined;
    }
    return undefined;
  }

  /** "Putin's spokesman", "the Kremlin's envoy": speaks for the possessor. */
  private represented(sentence: number, token: number): Resolved {
    const g = this.graphs[sentence];
    if (!g || !this.representatives.has(g.word(token))) return NONE;
    for (const p of g.dependents(token, ['nmod:poss'])) {
      const [b, e] = this.charSpan(sentence, p);
      const ids = this.namedAt(b, e);
      if (ids.length > 0) return { ids, anaphoric: true };
    }
    return NONE;
  }

  /** The mention (of any kind) covering these characters. */
  private mentionAt(begin: number, end: number): Mention | undefined {
    return this.mentions.find(
      (m) => (this.words[m.t0]?.start ?? -1) <= begin && end <= (this.words[m.t1 - 1]?.end ?? -1),
    );
  }

  /** Named actors before this offset, nearest first. */
  private namedBefore(offset: number): Array<{ id: string; at: number }> {
    const out: Array<{ id: string; at: number }> = [];
    for (const m of this.mentions) {
      const at = this.words[m.t0]?.start ?? -1;
      if (at >= offset) continue;
      for (const x of m.kind === 'list' ? (m.members ?? []) : [m]) {
        if (x.kind === 'actor' && x.actorId && !x.demonym) out.push({ id: x.actorId, at });
      }
    }
    return out.sort((p, q) => q.at - p.at);
  }

  /** "the bloc", "the country", "both leaders": the last actors of that kind named before. */
  private described(begin: number, end: number): string[] {
    const m = this.mentionAt(begin, end);
    if (!m) return [];
    const before = this.namedBefore(begin);
    const ofKind = (kinds: readonly string[]) =>
      before.filter((x) => kinds.includes(this.kindOf(x.id) ?? ''));
    if (m.kind === 'org-description')
      return ofKind(['ORGANIZATION'])
        .slice(0, 1)
        .map((x) => x.id);
    if (m.kind === 'country-description')
      return ofKind(['COUNTRY'])
        .slice(0, 1)
        .map((x) => x.id);
    if (m.kind === 'pair') {
      const kinds =
        m.pairKind === 'COUNTRY'
          ? ['COUNTRY']
          : m.pairKind === 'PERSON'
            ? ['PERSON']
            : ['PERSON', 'COUNTRY'];
      const ids = [...new Set(ofKind(kinds).map((x) => x.id))];
      return ids.length >= 2 ? ids.slice(0, 2).reverse() : [];
    }
    return [];
  }

  /**
   * A pronoun coreference left unresolved: the nearest subject before it, in this sentence or
   * the two before, that names an actor of the fitting kind (a person for "he", not one for "it").
   */
  private recentSubject(sentence: number, token: number, word: string): Resolved {
    const fits = PERSON_PRONOUNS.has(word)
      ? (ids: string[]) => ids.length === 1 && this.kindOf(ids[0] ?? '') === 'PERSON'
      : THING_PRONOUNS.has(word)
        ? (ids: string[]) => ids.length === 1 && this.kindOf(ids[0] ?? '') !== 'PERSON'
        : PLURAL_PRONOUNS.has(word)
          ? (ids: string[]) => ids.length > 1 || this.kindOf(ids[0] ?? '') === 'GROUP'
          : undefined;
    if (!fits) return NONE;
    for (let s = sentence; s >= 0 && s >= sentence - 2; s--) {
      const g = this.graphs[s];
      if (!g) continue;
      const subjects = g.sentence.enhancedPlusPlusDependencies
        .filter((d) => d.dep === 'nsubj' && (s < sentence || d.dependent < token))
        .map((d) => d.dependent)
        .sort((p, q) => q - p);
      for (const t of subjects) {
        const [b, e] = this.charSpan(s, t);
        const ids = this.namedAt(b, e);
        if (ids.length === 0) {
          const [lo] = this.charSpan(s, g.span(t, new Set(['acl', 'punct', 'appos']))[0]);
          const [, hi] = this.charSpan(s, g.span(t, new Set(['acl', 'punct', 'appos']))[1]);
          const listed = this.namedIn(lo, hi);
          if (listed.length > 1 && fits(listed)) return { ids: listed, anaphoric: true };
          continue;
        }
        if (fits(ids)) return { ids, anaphoric: true };
      }
    }
    return NONE;
  }

  /** The nearest named mention before this one in its chain, else the representative, else any. */
  private fromChain(m: CoreNlpCorefMention, chain: readonly CoreNlpCorefMention[]): Resolved {
    const before = (x: CoreNlpCorefMention) =>
      x.sentNum < m.sentNum || (x.sentNum === m.sentNum && x.startIndex < m.startIndex);
    const ordered = [
      ...chain.filter((x) => x !== m && before(x)).reverse(),
      ...chain.filter((x) => x.isRepresentativeMention && x !== m),
      ...chain.filter((x) => x !== m && !before(x)),
    ];
    for (const x of ordered) {
      const ids = this.namedCoref(x);
      if (ids.length > 0) return { ids, anaphoric: true };
    }
    return NONE;
  }

  kindOf(id: string): string | undefined {
    return this.actors.actors.get(id)?.kind;
  }
}
