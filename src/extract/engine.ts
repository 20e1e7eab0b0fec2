/**
 * The extraction pass: one walk through the sentences in order, resolving
 * pronouns and descriptions as it goes, matching the patterns of
 * lexicon/extract/patterns.yaml clause by clause, and turning each match into
 * relations or stances with their evidence sentence and a confidence lowered
 * by hedges. Everything is linear in the length of the article: each token is
 * looked up once in the pattern index, and each match tries a bounded window.
 *
 * The stages, and the modules that hold their rules:
 *   sentences   ./document.ts (clauses), ./furniture.ts (page lines that are not text)
 *   mentions    ./actors.ts (names, groups, pronouns), ./descriptions.ts (offices, "I", "we")
 *   speech      ./speech.ts (quotations and their speakers)
 *   resolution  here, clause by clause, with ./resolve.ts (offices by the registry's roles)
 *   events      here (patterns via ./anchors.ts), ./modality.ts (negated, possible, planned),
 *               ./delegations.ts (two sides led by named people)
 *   stances     here, with ./topic-slot.ts (where a {topic} lands)
 *   draft       ./draft.ts
 */
import type { Polarity, RelationType, StancePosition } from '../dataset/vocabulary';
import { ActorIndex, findMentions, type KnownActor, type Mention } from './actors';
import { addClauses, segment, type Clause, type Sentence } from './document';
import { anchorIndex, wordMatches } from './anchors';
import type { CompiledPattern, Lexicon, RelationPattern, StancePattern } from './lexicon';
import { tokenize, type Token } from './nlp';
import type { Registry } from './registry';
import { isConditional, isNonAct, modalityOf, positionUnderNegation, typeFor } from './modality';
import { counterpartOf, holderOf } from './resolve';
import { delegationSides } from './delegations';
import { findQuotations, firstPersonIds, quotationAt } from './speech';
import { topicAfter } from './topic-slot';
import { nounPhraseAt, TopicIndex, topicName, type NounPhrase, type TopicSpan } from './topics';

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

interface TopicFill {
  t0: number;
  t1: number;
  topicId?: string;
  /** A topic to propose by this name (a noun phrase, or the phrase a definite description points back to). */
  name?: string;
}

interface Match {
  pattern: CompiledPattern;
  anchor: number;
  m0: number;
  m1: number;
  source?: Mention;
  target?: Mention;
  topic?: TopicFill;
}

const SLOT_DETERMINERS = new Set(['the', 'a', 'an']);
const ANAPHORIC_PENALTY = 0.9;
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);

export function analyze(text: string, registry: Registry, lexicon: Lexicon): Analysis {
  const tokens = tokenize(text);
  const sentences = segment(text, tokens, lexicon);
  const sentenceStarts = new Set(sentences.map((s) => s.t0));
  const actors = new ActorIndex(registry, lexicon);
  const topics = new TopicIndex(registry, lexicon);
  const mentions = findMentions(tokens, actors, lexicon, sentenceStarts);

  const owner: Array<Mention | undefined> = new Array<Mention | undefined>(tokens.length);
  const startsAt = new Map<number, Mention>();
  for (const m of mentions) {
    startsAt.set(m.t0, m);
    for (let k = m.t0; k < m.t1; k++) owner[k] = m;
  }
  const quotations = findQuotations(
    tokens,
    {
      startingAt: (i) => startsAt.get(i),
      endingBefore: (i) => (owner[i - 1]?.t1 === i ? owner[i - 1] : undefined),
    },
    lexicon,
  );
  addClauses(sentences, tokens, lexicon.conditionals, (i) => owner[i] !== undefined);

  const topicSpans = topics.spans(tokens);
  const topicAt = new Map<number, TopicSpan>();
  const topicOwner: Array<TopicSpan | undefined> = new Array<TopicSpan | undefined>(tokens.length);
  for (const s of topicSpans) {
    topicAt.set(s.t0, s);
    for (let k = s.t0; k < s.t1; k++) topicOwner[k] = s;
  }

  const index = anchorIndex(lexicon);
  const kindOf = (id: string) => actors.actors.get(id)?.kind;
  const analysis: Analysis = {
    relations: [],
    stances: [],
    actors,
    topics,
    titled: new Set(),
    firstSeen: new Map(),
  };
  const relations = new Map<string, FoundRelation>();
  const stances = new Map<string, FoundStance>();

  // Resolution state: what pronouns and descriptions can point back to.
  const recentPersons: Array<{ id: string; sentence: number }> = [];
  let lastThing: string | undefined;
  let lastOrg: string | undefined;
  let lastCountry: string | undefined;
  let lastPlural: string[] | undefined;
  const lastPair: Record<'PERSON' | 'COUNTRY' | 'ANY', string[] | undefined> = {
    PERSON: undefined,
    COUNTRY: undefined,
    ANY: undefined,
  };
  const rememberPair = (ids: readonly string[]) => {
    if (ids.length !== 2) return;
    lastPair.ANY = [...ids];
    const kinds = ids.map(kindOf);
    if (kinds.every((k) => k === 'PERSON')) lastPair.PERSON = [...ids];
    if (kinds.every((k) => k === 'COUNTRY')) lastPair.COUNTRY = [...ids];
  };
  const npMemory = new Map<string, NounPhrase>();
  /** How often each actor has been named so far: "the president" is the one named most. */
  const named = new Map<string, number>();

  const isFiller = (t: Token) =>
    t.pos === 'AUX' ||
    t.pos === 'PART' ||
    t.pos === 'ADV' ||
    lexicon.fillers.has(t.lower) ||
    lexicon.negationWords.has(t.lower) ||
    lexicon.negationWords.has(t.lemma) ||
    lexicon.hedges.has(t.lower) ||
    lexicon.futureVerbs.has(t.lemma) ||
    lexicon.negationVerbs.has(t.lemma) ||
    lexicon.futureWords.has(t.lower);

  const nonMedia = (ids: readonly string[]) => ids.filter((id) => kindOf(id) !== 'MEDIA');

  /** Could this mention be the subject (the actor) of a clause? */
  const subjectLike = (
    m: Mention,
    clause: Clause,
    allowPossessive: boolean,
    exclude: (m: Mention) => boolean,
  ) => {
    if (m.reporter || exclude(m) || m.demonym) return false;
    if (m.possessive && !allowPossessive) return false;
    const prev = tokens[m.t0 - 1];
    // After a preposition a mention is an object ("with Putin"), unless a verb follows it: then
    // the preposition is a conjunction the tagger misread ("after Trump called …").
    const next = tokens[m.t1];
    const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (prev && m.t0 > clause.t0 && prev.pos === 'ADP' && !verbNext) return false;
    return nonMedia(m.resolved ?? []).length > 0;
  };

  const clauseSubjectCache = new Map<Clause, Mention | null>();
  const clauseSubject = (clause: Clause): Mention | undefined => {
    const cached = clauseSubjectCache.get(clause);
    if (cached !== undefined) return cached ?? undefined;
    // A relative clause ("which ships steel to the United States") has no subject of its own.
    if (RELATIVES.has(tokens[clause.t0].lower)) {
      clauseSubjectCache.set(clause, null);
      return undefined;
    }
    let firstVerb = clause.t1;
    for (let k = clause.t0; k < clause.t1; k++) {
      const t = tokens[k];
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !owner[k]) {
        firstVerb = k;
        break;
      }
    }
    let found: Mention | undefined;
    for (let k = clause.t0; k < firstVerb; k++) {
      const m = owner[k];
      if (!m || m.t0 !== k) continue;
      if (subjectLike(m, clause, false, () => false)) {
        found = m;
        break;
      }
      k = m.t1 - 1;
    }
    // Only cache once the clause's mentions are resolved (clauses are visited in order).
    clauseSubjectCache.set(clause, found ?? null);
    return found;
  };

  const inherited = (clause: Clause, chain: Clause[]): Mention | undefined => {
    let c: Clause | undefined = clause;
    for (let guard = 0; guard < 50 && c; guard++) {
      const s: Sentence = c.sentence;
      const prev: Clause | undefined =
        c.index > 0 ? s.clauses[c.index - 1] : s.parent?.clauses[s.parent.clauses.length - 1];
      if (!prev) return undefined;
      chain.push(prev);
      const subject = clauseSubject(prev);
      if (subject) return subject;
      c = prev;
    }
    return undefined;
  };

  /** The actor of a verb at `anchor`: right before it, else the clause's, else the one it continues. */
  const subjectFor = (
    clause: Clause,
    anchor: number,
    exclude: (m: Mention) => boolean,
    chain: Clause[],
  ): Mention | undefined => {
    for (let k = anchor - 1; k >= clause.t0; k--) {
      const m = owner[k];
      if (m) {
        // A possessive right before the verb makes it a noun with an agent: "Trump's push for".
        if (m.t1 === k + 1 && subjectLike(m, clause, k === anchor - 1, exclude)) return m;
        break;
      }
      const t = tokens[k];
      if (t.lower === 'and' || t.lower === 'but' || t.lower === 'then') {
        return clauseSubject(clause) ?? inherited(clause, chain);
      }
      if (!isFiller(t)) break;
    }
    const own = clauseSubject(clause);
    if (own && !exclude(own) && own.t0 < anchor) return own;
    return inherited(clause, chain);
  };

  /** Tokens of the verb group before the anchor ("did not", "is expected to"). */
  const verbGroup = (clause: Clause, anchor: number): Token[] => {
    const out: Token[] = [];
    for (let k = anchor - 1; k >= clause.t0; k--) {
      const t = tokens[k];
      if (owner[k] || !isFiller(t)) break;
      out.push(t);
    }
    return out;
  };

  /** The subject of this clause (for a possessive) or of the clauses before, if one person. */
  const lastPersonSubject = (
    sentence: Sentence,
    clause: Clause,
    m: Mention,
  ): string | undefined => {
    const candidates: Clause[] = [];
    if (m.possessive) candidates.push(clause);
    for (let k = clause.index - 1; k >= 0; k--) candidates.push(sentence.clauses[k]);
    for (let back = 1; back <= 2; back++) {
      const prev = sentences[sentence.index - back];
      if (!prev) break;
      for (let k = prev.clauses.length - 1; k >= 0; k--) candidates.push(prev.clauses[k]);
    }
    for (const c of candidates) {
      const subject = clauseSubject(c);
      if (!subject || subject === m || subject.t0 > m.t0) continue;
      const ids = subject.resolved ?? [];
      if (ids.length === 1 && kindOf(ids[0]) === 'PERSON') return ids[0];
    }
    return undefined;
  };

  const resolve = (m: Mention, sentence: Sentence): string[] => {
    if (m.resolved) return m.resolved;
    let ids: string[] = [];
    const clause = sentence.clauses.find((c) => c.t0 <= m.t0 && m.t0 < c.t1);
    const speaker = (): string[] | undefined => {
      let k = m.t0 - 1;
      if (tokens[k]?.lower === 'that') k--;
      const verb = tokens[k];
      // Only a subject pronoun is the speaker: "said he would", not "assured him".
      const subjectPronoun = SUBJECT_PRONOUNS.has(tokens[m.t0].lower);
      if (
        !verb ||
        !clause ||
        k < clause.t0 ||
        !lexicon.reportingVerbs.has(verb.lemma) ||
        !subjectPronoun
      )
        return undefined;
      const s = subjectFor(clause, k, (x) => x === m, []);
      return s ? resolve(s, sentence) : undefined;
    };
    switch (m.kind) {
      case 'actor':
        ids = m.actorId ? [m.actorId] : [];
        break;
      case 'list':
        ids = [...new Set((m.members ?? []).flatMap((x) => resolve(x, sentence)))];
        m.anaphoric = (m.members ?? []).some((x) => x.anaphoric);
        break;
      case 'person-pronoun': {
        const s = speaker()?.filter((id) => kindOf(id) === 'PERSON');
        if (s && s.length > 0) {
          ids = s;
          break;
        }
        const word = tokens[m.t0].lower;
        if (word === 'him' || (word === 'her' && !m.possessive)) {
          // An object is someone other than the clause's subject: "Rubio … assured him".
          const own = clause ? (clauseSubject(clause) ?? inherited(clause, [])) : undefined;
          const exclude = new Set(own && own !== m ? (own.resolved ?? []) : []);
          let other: string | undefined;
          for (let k = recentPersons.length - 1; k >= 0 && !other; k--) {
            const id = (recentPersons[k] as { id: string }).id;
            if (!exclude.has(id)) other = id;
          }
          ids = other ? [other] : [];
        } else {
          // "he", "his": the last person who was a subject, else the last person named.
          const last = recentPersons[recentPersons.length - 1];
          const subject = clause ? lastPersonSubject(sentence, clause, m) : undefined;
          ids = subject ? [subject] : last ? [last.id] : [];
        }
        break;
      }
      case 'thing-pronoun': {
        const s = speaker()?.filter((id) => kindOf(id) !== 'PERSON');
        ids = s && s.length > 0 ? s : lastThing ? [lastThing] : [];
        break;
      }
      case 'plural-pronoun': {
        const s = speaker();
        ids = s && (s.length > 1 || kindOf(s[0] ?? '') === 'GROUP') ? s : (lastPlural ?? []);
        break;
      }
      case 'pair':
        ids = lastPair[m.pairKind ?? 'ANY'] ?? [];
        break;
      case 'quantifier':
        ids = lastPlural?.length === 1 && kindOf(lastPlural[0] ?? '') === 'GROUP' ? lastPlural : [];
        break;
      case 'org-description':
        ids = lastOrg ? [lastOrg] : [];
        break;
      case 'country-description':
        ids = lastCountry ? [lastCountry] : [];
        break;
      case 'officials': {
        const country = m.country;
        const governs = (org: string) =>
          org === country || actors.actors.get(org)?.country === country;
        const seen = new Set<string>();
        for (let k = recentPersons.length - 1; k >= 0; k--) {
          const p = recentPersons[k];
          if (sentence.index - p.sentence > 3) break;
          const person = actors.actors.get(p.id);
          if (person?.roles.some((r) => governs(r.organization))) seen.add(p.id);
        }
        ids = [...seen].reverse();
        break;
      }
      case 'counterpart': {
        const owners = m.possessor ? resolve(m.possessor, sentence) : [];
        const found =
          owners.length === 1
            ? counterpartOf(actors.actors, owners[0], m.country, lexicon)
            : undefined;
        ids = found ? [found] : [];
        break;
      }
      case 'office': {
        const found = holderOf(actors.actors, m.office ?? '', named, analysis.firstSeen, lexicon);
        ids = found ? [found] : [];
        break;
      }
      case 'first-person': {
        const q = quotationAt(quotations, m.t0);
        if (!q?.speaker || q.speaker === m) break;
        const speaker = resolve(q.speaker, sentence).filter((id) => kindOf(id) !== 'MEDIA');
        const pair = lastPair.PERSON?.some((id) => speaker.includes(id))
          ? lastPair.PERSON
          : lastPair.ANY;
        ids = firstPersonIds(tokens, m, speaker, pair, lexicon);
        break;
      }
      case 'possessed-group': {
        const owners = m.possessor ? resolve(m.possessor, sentence) : [];
        for (const id of owners) {
          const a = actors.actors.get(id);
          if (!a) continue;
          const found = [a.name, ...a.aliases]
            .flatMap((n) => [`${n} ${m.noun ?? ''}`, `${m.noun ?? ''} of ${n}`])
            .map((n) =>
              actors.byName.get(
                n
                  .toLowerCase()
                  .replace(/[^a-z0-9]+/g, '-')
                  .replace(/^-|-$/g, ''),
              ),
            )
            .find((x) => x !== undefined);
          if (found) {
            ids = [found];
            break;
          }
        }
        break;
      }
    }
    if (m.kind !== 'actor' && m.kind !== 'list') m.anaphoric = true;
    m.resolved = ids;
    return ids;
  };

  const remember = (m: Mention, sentence: Sentence) => {
    if (m.reporter) return;
    const ids = m.resolved ?? [];
    for (const id of ids) {
      if (!analysis.firstSeen.has(id)) analysis.firstSeen.set(id, tokens[m.t0].start);
      named.set(id, (named.get(id) ?? 0) + 1);
    }
    if (ids.length >= 2) {
      lastPlural = ids;
      rememberPair(ids);
      for (const id of ids)
        if (kindOf(id) === 'PERSON') recentPersons.push({ id, sentence: sentence.index });
      return;
    }
    const id = ids[0];
    if (!id || m.demonym) return;
    switch (kindOf(id)) {
      case 'PERSON':
        recentPersons.push({ id, sentence: sentence.index });
        // Pronouns reach back a few sentences at most; keep the list short.
        if (recentPersons.length > 64) recentPersons.splice(0, 32);
        break;
      case 'GROUP':
        lastPlural = [id];
        break;
      case 'ORGANIZATION':
        lastOrg = id;
        lastThing = id;
        break;
      case 'COUNTRY':
        lastCountry = id;
        lastThing = id;
        break;
      case 'GOVERNMENT':
        lastThing = id;
        break;
      default:
        break;
    }
  };

  // --- matching ---------------------------------------------------------------------------

  const matchAt = (p: CompiledPattern, clause: Clause, anchor: number): Match | undefined => {
    const before = index.before.get(p) ?? 0;
    const from = Math.max(clause.t0, anchor - before);
    for (let s = from; s <= anchor; s++) {
      const fills: Partial<Match> = {};
      const end = run(p, clause, anchor, 0, s, fills);
      if (end !== undefined) return { pattern: p, anchor, m0: s, m1: end, ...fills };
    }
    return undefined;
  };

  const slotMention = (
    slot: 'source' | 'target',
    pos: number,
    limit: number,
  ): Mention | undefined => {
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
  };

  const slotTopic = (
    p: CompiledPattern,
    pos: number,
    limit: number,
    afterWord: boolean,
  ): TopicFill | undefined => {
    const span = topicAfter(tokens, pos, limit, topicAt, lexicon.topicWrappers);
    if (span) return span;
    if (!afterWord) return undefined;
    const np = nounPhraseAt(tokens, pos, limit);
    if (!np) return undefined;
    for (let k = np.c0; k < np.t1; k++) {
      const inner = topicOwner[k];
      if (inner && inner.t1 <= np.t1) return { t0: pos, t1: np.t1, topicId: inner.topicId };
    }
    if (np.definite && lexicon.topicAnaphora.has(np.head) && np.headEnd - np.c0 <= 2) {
      // "the fund", "the new goal": the noun phrase with that head the article named before.
      const antecedent = npMemory.get(np.head);
      if (antecedent) {
        for (let k = antecedent.c0; k < antecedent.headEnd; k++) {
          const inner = topicOwner[k];
          if (inner) return { t0: pos, t1: np.t1, topicId: inner.topicId };
        }
        return {
          t0: pos,
          t1: np.t1,
          name: topicName(text, tokens, { ...antecedent, t1: antecedent.headEnd }),
        };
      }
      return undefined;
    }
    if (!(p.category === 'stance' && p.newTopic)) return undefined;
    const head = tokens[np.t1 - 1];
    if (head.pos !== 'NOUN') return undefined;
    for (let k = np.c0; k < np.t1; k++) {
      const m = owner[k];
      if (m && !m.demonym && m.kind === 'actor' && m.t0 === np.c0 && m.t1 >= np.t1)
        return undefined;
      if (m && m.kind !== 'actor') return undefined;
    }
    // A lone noun ("peace", "the deal") is too vague to propose as a topic.
    if (np.t1 - np.c0 < 2) return undefined;
    return { t0: pos, t1: np.t1, name: topicName(text, tokens, np) };
  };

  /** Matches elements from `ei` at token `pos`; the anchor element must land on `anchor`. Returns the end. */
  const run = (
    p: CompiledPattern,
    clause: Clause,
    anchor: number,
    ei: number,
    pos: number,
    fills: Partial<Match>,
  ): number | undefined => {
    if (ei === p.elements.length) return pos;
    if (ei === p.anchor && pos !== anchor) return undefined;
    if (ei > p.anchor && pos < anchor) return undefined;
    const e = p.elements[ei];
    const limit = clause.t1;
    switch (e.kind) {
      case 'word': {
        const t = tokens[pos];
        if (pos < limit && t && !owner[pos] && wordMatches(e, t)) {
          const end = run(p, clause, anchor, ei + 1, pos + 1, fills);
          if (end !== undefined) return end;
        }
        if (e.optional && ei !== p.anchor) return run(p, clause, anchor, ei + 1, pos, fills);
        return undefined;
      }
      case 'gap': {
        for (let g = 0; g <= e.max && pos + g <= limit; g++) {
          // A gap stays within one verb phrase: it does not run over "and" or "but".
          if (g > 0 && !owner[pos + g - 1] && tokens[pos + g - 1].pos === 'CCONJ') break;
          const end = run(p, clause, anchor, ei + 1, pos + g, fills);
          if (end !== undefined) return end;
        }
        return undefined;
      }
      case 'slot': {
        if (e.slot === 'topic') {
          const prev = p.elements[ei - 1];
          const fill = slotTopic(p, pos, limit, prev?.kind === 'word');
          if (fill) {
            const end = run(p, clause, anchor, ei + 1, fill.t1, fills);
            if (end !== undefined) {
              fills.topic = fill;
              return end;
            }
          }
        } else {
          const m = slotMention(e.slot, pos, limit);
          if (m) {
            const end = run(p, clause, anchor, ei + 1, m.t1, fills);
            if (end !== undefined) {
              fills[e.slot] = m;
              return end;
            }
          }
        }
        if (e.optional) return run(p, clause, anchor, ei + 1, pos, fills);
        return undefined;
      }
    }
  };

  const clauseMatches = (clause: Clause): Match[] => {
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
        const m = matchAt(p, clause, k);
        if (m) found.push(m);
      }
    }
    // Longest match wins where two of the same kind overlap ("ready to negotiate with" over "negotiate with").
    found.sort(
      (a, b) => b.m1 - b.m0 - (a.m1 - a.m0) || a.pattern.order - b.pattern.order || a.m0 - b.m0,
    );
    const kept: Match[] = [];
    // A not-event phrase competes with relations: "called him a dictator" outmatches "called him".
    // Two matches compete when one's anchor lies in the other ("reject the ceasefire that X
    // proposed" holds two stances, sharing only the topic).
    const side = (m: Match) => (m.pattern.category === 'stance' ? 'stance' : 'relation');
    const within = (a: Match, b: Match) => a.anchor >= b.m0 && a.anchor < b.m1;
    for (const m of found) {
      const clash = kept.some(
        (k) => side(k) === side(m) && k.m0 < m.m1 && m.m0 < k.m1 && (within(k, m) || within(m, k)),
      );
      if (!clash) kept.push(m);
    }
    return kept
      .filter((m) => m.pattern.category !== 'not-event')
      .sort((a, b) => a.m0 - b.m0 || a.pattern.order - b.pattern.order);
  };

  // --- emission ---------------------------------------------------------------------------

  const sentenceWords = new Map<Sentence, string[]>();
  const hedgeFactor = (
    sentence: Sentence,
    clauses: readonly Clause[],
    match: Match | undefined,
    group: Token[],
  ): number => {
    const seen = new Set<string>();
    const look = (t: Token) => {
      const f = lexicon.hedges.get(t.lower);
      if (f !== undefined) seen.add(t.lower);
    };
    for (const c of clauses) {
      const end = c === clauses[0] && match ? match.m1 : c.t1;
      for (let k = c.t0; k < end; k++) look(tokens[k]);
    }
    for (const t of group) look(t);
    let factor = 1;
    for (const w of seen) factor *= lexicon.hedges.get(w) ?? 1;
    let words = sentenceWords.get(sentence);
    if (!words) {
      words = tokens.slice(sentence.t0, sentence.t1).map((t) => t.lower);
      sentenceWords.set(sentence, words);
    }
    for (const h of lexicon.sentenceHedges) {
      for (let k = 0; k + h.words.length <= words.length; k++) {
        if (h.words.every((w, q) => words[k + q] === w)) {
          factor *= h.factor;
          break;
        }
      }
    }
    return factor;
  };

  const round = (x: number) => Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));

  const quotes = (sentence: Sentence): Quote[] => {
    const own = { start: sentence.start, end: sentence.end };
    return sentence.parent
      ? [{ start: sentence.parent.start, end: sentence.parent.end }, own]
      : [own];
  };

  const ownOrganizations = (id: string): Set<string> => {
    const a = actors.actors.get(id);
    const orgs = new Set<string>();
    for (const r of a?.roles ?? []) {
      orgs.add(r.organization);
      const c = actors.actors.get(r.organization)?.country;
      if (c) orgs.add(c);
    }
    return orgs;
  };

  const addRelation = (
    type: RelationType,
    source: string,
    target: string,
    p: RelationPattern,
    confidence: number,
    evidence: Quote[],
  ) => {
    if (source === target) return;
    // The two ends of a relation are who "both leaders" means next.
    rememberPair([source, target]);
    const symmetric = p.pair === 'one';
    const reverseId = relationId(target, type, source);
    const existing =
      relations.get(relationId(source, type, target)) ??
      (symmetric ? relations.get(reverseId) : undefined);
    if (existing) {
      mergeEvidence(existing.evidence, evidence);
      existing.confidence = Math.max(existing.confidence, confidence);
      return;
    }
    const id = relationId(source, type, target);
    relations.set(id, {
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
  };

  const addStance = (
    actor: string,
    topic: string,
    p: StancePattern,
    confidence: number,
    evidence: Quote[],
  ) => {
    // Keyed by position too: an actor may both back a measure and worry about it.
    const id = `stance-${actor}-${topic}-${p.position.toLowerCase().replace(/_/g, '-')}`;
    const existing = stances.get(id);
    if (existing) {
      mergeEvidence(existing.evidence, evidence);
      existing.confidence = Math.max(existing.confidence, confidence);
      return;
    }
    stances.set(id, {
      id,
      actor,
      topic,
      position: p.position,
      polarity: p.polarity,
      confidence,
      pattern: p.text,
      evidence: [...evidence],
    });
  };

  const emit = (sentence: Sentence, clause: Clause, match: Match) => {
    const p = match.pattern;
    // "until Moscow agrees to negotiate", "if Ukraine withdraws": not something that happened.
    if (isConditional(tokens, clause, lexicon)) return;
    const group = verbGroup(clause, match.m0 < match.anchor ? match.m0 : match.anchor);
    // A pattern that spells out its own "not" ("… was not realistic") is not negated by it.
    const own = new Set(p.elements.flatMap((e) => (e.kind === 'word' ? [...e.words] : [])));
    const inside: Token[] = [];
    for (let k = match.m0; k < match.m1; k++) {
      if (own.has(tokens[k].lower)) continue;
      const inSlot =
        (match.source && k >= match.source.t0 && k < match.source.t1) ||
        (match.target && k >= match.target.t0 && k < match.target.t1) ||
        (match.topic && k >= match.topic.t0 && k < match.topic.t1);
      if (!inSlot) inside.push(tokens[k]);
    }
    const before = tokens.slice(clause.t0, match.m0);
    let actorEnd = match.m0;
    while (actorEnd > clause.t0 && !owner[actorEnd - 1] && tokens[actorEnd - 1].pos !== 'CCONJ')
      actorEnd--;
    const sinceActor = actorEnd > clause.t0 ? tokens.slice(actorEnd, match.m0) : [];
    const modality = modalityOf(group, inside, before, sinceActor, lexicon);
    if (isNonAct(tokens, match.anchor, lexicon)) return;
    const flipped =
      modality === 'negated' && p.category === 'stance'
        ? positionUnderNegation(p.position, lexicon)
        : undefined;
    if (modality === 'negated' && !flipped) return;

    const exclude = (m: Mention) =>
      m === match.target ||
      (match.topic !== undefined && m.t0 >= match.topic.t0 && m.t1 <= match.topic.t1);
    const chain: Clause[] = [clause];
    const subject =
      match.source ??
      subjectFor(clause, match.m0 < match.anchor ? match.m0 : match.anchor, exclude, chain);
    if (!subject) return;
    const sources = nonMedia(resolve(subject, sentence));
    if (sources.length === 0) return;
    const anaphoric = subject.anaphoric || match.target?.anaphoric;
    let confidence = p.confidence * hedgeFactor(sentence, chain, match, group);
    if (anaphoric) confidence *= ANAPHORIC_PENALTY;
    const evidence = quotes(sentence);

    if (p.category === 'relation') {
      const type = typeFor(p.type, p.future, modality, lexicon);
      if (!type) return;
      const targets = match.target ? resolve(match.target, sentence) : [];
      if (targets.length === 0) {
        if (match.target || !p.pair || sources.length < 2) return;
        const [first, ...rest] = sources as [string, ...string[]];
        if (p.pair === 'one')
          for (const other of rest) addRelation(type, first, other, p, round(confidence), evidence);
        else
          for (const a of sources)
            for (const b of sources)
              if (a !== b) addRelation(type, a, b, p, round(confidence), evidence);
        return;
      }
      for (const s of sources) {
        const own = targets.length > 1 ? ownOrganizations(s) : new Set<string>();
        for (const t of targets) {
          if (t === s || own.has(t)) continue;
          addRelation(type, s, t, p, round(confidence), evidence);
        }
      }
      return;
    }

    const fill = match.topic;
    if (!fill || p.category !== 'stance') return;
    const topicId = fill.topicId ?? (fill.name ? topics.propose(fill.name).id : undefined);
    if (!topicId) return;
    const stated: StancePattern = flipped
      ? { ...p, position: flipped, polarity: 'NEGATIVE', text: `not ${p.text}` }
      : p;
    for (const s of sources) addStance(s, topicId, stated, round(confidence), evidence);
  };

  /** "a delegation led by A …, a team headed by B": A meets B. */
  const meetingOfDelegations = (sentence: Sentence) => {
    const sides = delegationSides(
      tokens,
      sentence.t0,
      sentence.t1,
      (i) => startsAt.get(i),
      lexicon,
    );
    if (!sides) return;
    const [a, b] = sides.map((m) => nonMedia(resolve(m, sentence))) as [string[], string[]];
    const p = lexicon.delegations.pattern;
    const confidence = round(p.confidence * hedgeFactor(sentence, [], undefined, []));
    for (const s of a)
      for (const t of b) addRelation(p.type, s, t, p, confidence, quotes(sentence));
  };

  // --- the pass -----------------------------------------------------------------------------

  // Mentions are resolved clause by clause, so that what a clause found ("Trump spoke with
  // Putin") is what the next one's "the two leaders" means.
  let mi = 0;
  const resolveUpTo = (sentence: Sentence, end: number) => {
    while (mi < mentions.length && mentions[mi].t0 < end) {
      const m = mentions[mi];
      if (m.t0 >= sentence.t0) {
        resolve(m, sentence);
        remember(m, sentence);
      }
      mi++;
    }
  };
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) {
      resolveUpTo(sentence, clause.t1);
      for (const match of clauseMatches(clause)) emit(sentence, clause, match);
    }
    resolveUpTo(sentence, sentence.t1);
    meetingOfDelegations(sentence);
    for (let k = sentence.t0; k < sentence.t1; k++) {
      const np = nounPhraseAt(tokens, k, sentence.t1);
      if (!np) continue;
      if (np.headEnd - np.c0 >= 2 && !owner[np.c0] && !np.definite) npMemory.set(np.head, np);
      k = np.t1 - 1;
    }
  }
  for (const m of mentions) {
    if (m.kind === 'actor' && m.actorId && !m.anaphoric) {
      const a = actors.actors.get(m.actorId);
      if (a && !a.registry && a.kind === 'PERSON' && a.roles.length > 0) analysis.titled.add(a.id);
    }
  }

  analysis.relations = [...relations.values()];
  // A stance's id names its actor and topic; the position joins it only where the pair has several.
  const positions = new Map<string, number>();
  for (const st of stances.values()) {
    const pair = `${st.actor}\u0000${st.topic}`;
    positions.set(pair, (positions.get(pair) ?? 0) + 1);
  }
  analysis.stances = [...stances.values()].map((st) =>
    (positions.get(`${st.actor}\u0000${st.topic}`) ?? 0) > 1
      ? st
      : { ...st, id: `stance-${st.actor}-${st.topic}` },
  );
  return analysis;
}

export function relationId(source: string, type: RelationType, target: string): string {
  return `rel-${source}-${type.toLowerCase().replace(/_/g, '-')}-${target}`;
}

function mergeEvidence(into: Quote[], more: readonly Quote[]): void {
  for (const q of more) {
    if (!into.some((e) => e.start === q.start && e.end === q.end)) into.push(q);
  }
  into.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { KnownActor };
