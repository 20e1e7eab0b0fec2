/**
 * From a CoreNLP annotation to the extractor's Analysis (the type the rules
 * engine returns, so src/extract/draft.ts writes either the same way): events
 * from ./events.ts, their arguments resolved by ./resolve.ts, future events
 * coded with their future type, dropped ones left out.
 */
import type { RelationType } from '../../dataset/vocabulary';
import { ActorIndex, findMentions } from '../actors';
import {
  relationId,
  type Analysis,
  type FoundRelation,
  type FoundStance,
  type Quote,
} from '../engine';
import type { Lexicon } from '../lexicon';
import { tokenize, type Token } from '../nlp';
import type { Registry } from '../registry';
import { TopicIndex } from '../topics';
import type { CoreNlpDocument } from './annotation';
import { findEvents, type RelationEvent, type StanceEvent } from './events';
import { SentenceGraph } from './graph';
import { Resolver, type Resolved } from './resolve';
import type { VerbLexicon } from './verbs';

const ANAPHORIC_PENALTY = 0.9;
const FUTURE_PENALTY = 0.9;
const POSSIBLE_PENALTY = 0.75;
const FIRST_PLURAL = new Set(['we', 'us']);
const TOPIC_SKIP = new Set([
  'acl',
  'advcl',
  'punct',
  'appos',
  'parataxis',
  'conj',
  'cc',
  'dep',
  'case',
]);
const TOPIC_DETERMINERS = /^(?:the|a|an|any|its|their|his|her|this|that|these|those|our)\s+/i;

const round = (x: number) => Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));

interface Context {
  text: string;
  doc: CoreNlpDocument;
  graphs: SentenceGraph[];
  resolver: Resolver;
  words: Token[];
  actors: ActorIndex;
  topics: TopicIndex;
  relations: Map<string, FoundRelation>;
  stances: Map<string, FoundStance>;
  topicAnaphora: ReadonlySet<string>;
}

function sentenceQuote(ctx: Context, s: number): Quote {
  const tokens = ctx.doc.sentences[s]?.tokens ?? [];
  return {
    start: tokens[0]?.characterOffsetBegin ?? 0,
    end: tokens[tokens.length - 1]?.characterOffsetEnd ?? 0,
  };
}

function mergeEvidence(into: Quote[], q: Quote): void {
  if (!into.some((e) => e.start === q.start && e.end === q.end)) into.push(q);
  into.sort((a, b) => a.start - b.start || a.end - b.end);
}

const nonMedia = (ctx: Context, ids: readonly string[]) =>
  ids.filter((id) => ctx.actors.actors.get(id)?.kind !== 'MEDIA');

/** Resolves each argument token; "we" inside a quote of a pair event also brings the partners. */
function resolveAll(ctx: Context, s: number, tokens: readonly number[]): Resolved {
  const ids = new Set<string>();
  let anaphoric = false;
  const g = ctx.graphs[s];
  for (const t of tokens) {
    let r = ctx.resolver.resolve(s, t);
    // "our teams", "Putin's team": a group that is not an actor stands for its possessor.
    if (r.ids.length === 0 && g.isNoun(t)) {
      for (const p of g.dependents(t, ['nmod:poss'])) {
        const owner = ctx.resolver.resolve(s, p);
        if (owner.ids.length > 0) r = { ids: owner.ids, anaphoric: true };
      }
    }
    r.ids.forEach((id) => ids.add(id));
    anaphoric ||= r.anaphoric;
  }
  return { ids: [...ids], anaphoric };
}

/**
 * Named people of the quote's sentence, else of the sentence before, other than the speaker:
 * whom "we" shares the event with ("…," Trump wrote, a day after speaking with Putin).
 */
function partners(ctx: Context, s: number, speaker: readonly string[]): string[] {
  for (const k of [s, s - 1]) {
    const tokens = ctx.doc.sentences[k]?.tokens ?? [];
    const begin = tokens[0]?.characterOffsetBegin ?? 0;
    const end = tokens[tokens.length - 1]?.characterOffsetEnd ?? 0;
    const found = ctx.resolver
      .namedIn(begin, end)
      .filter((id) => !speaker.includes(id) && ctx.resolver.kindOf(id) === 'PERSON');
    if (found.length > 0) return found;
  }
  return [];
}

function addRelation(
  ctx: Context,
  e: RelationEvent,
  type: RelationType,
  source: string,
  target: string,
  confidence: number,
): void {
  if (source === target) return;
  const evidence = sentenceQuote(ctx, e.sentence);
  const symmetric = pairOf(e, type) === 'one';
  const existing =
    ctx.relations.get(relationId(source, type, target)) ??
    (symmetric ? ctx.relations.get(relationId(target, type, source)) : undefined);
  if (existing) {
    mergeEvidence(existing.evidence, evidence);
    existing.confidence = Math.max(existing.confidence, confidence);
    return;
  }
  const id = relationId(source, type, target);
  ctx.relations.set(id, {
    id,
    type,
    source,
    target,
    polarity: e.entry.polarity,
    confidence,
    pattern: `${e.entry.text} (dependency parse)`,
    cameo: e.entry.cameo,
    evidence: [evidence],
  });
}

function ownOrganizations(ctx: Context, id: string): Set<string> {
  const orgs = new Set<string>();
  for (const r of ctx.actors.actors.get(id)?.roles ?? []) {
    orgs.add(r.organization);
    const c = ctx.actors.actors.get(r.organization)?.country;
    if (c) orgs.add(c);
  }
  return orgs;
}

/** A judgement of someone's act is a judgement of them: "praised Tokyo's leadership" → Tokyo. */
function possessors(ctx: Context, s: number, tokens: readonly number[]): Resolved {
  const g = ctx.graphs[s];
  return resolveAll(
    ctx,
    s,
    tokens.flatMap((t) => g.dependents(t, ['nmod:poss'])),
  );
}

/**
 * The subject a clause continues when its own does not name an actor ("Menon warned that the
 * talks could collapse and accused the EU"): the nearest clause above whose subject does.
 */
function inheritedSubject(ctx: Context, s: number, trigger: number): Resolved {
  const g = ctx.graphs[s];
  let k = trigger;
  for (let guard = 0; guard < 4; guard++) {
    const head = g.head(k);
    if (!head || head.governor === 0 || !/^(conj|ccomp|xcomp|advcl)/.test(head.dep)) break;
    k = head.governor;
    const r = resolveAll(ctx, s, g.dependents(k, ['nsubj']));
    if (r.ids.length > 0) return { ids: r.ids, anaphoric: true };
  }
  return { ids: [], anaphoric: false };
}

/** How a pair subject codes: the future type may differ ("agreed to negotiate": each party acts). */
function pairOf(e: RelationEvent, type: RelationType): 'one' | 'both' | undefined {
  return type === e.entry.type ? e.entry.pair : (e.entry.futurePair ?? e.entry.pair);
}

function emitRelation(ctx: Context, e: RelationEvent): void {
  if (e.mode === 'dropped') return;
  const type = e.mode === 'done' ? e.entry.type : e.entry.future;
  if (!type) return;
  const g = ctx.graphs[e.sentence];
  let src = resolveAll(ctx, e.sentence, e.sources);
  if (src.ids.length === 0 && g.isVerb(e.trigger))
    src = inheritedSubject(ctx, e.sentence, e.trigger);
  let tgt = resolveAll(ctx, e.sentence, e.targets);
  if (tgt.ids.length === 0 && e.entry.polarity !== 'NEUTRAL')
    tgt = possessors(ctx, e.sentence, e.targets);
  const between = resolveAll(ctx, e.sentence, e.between);
  let sources = nonMedia(ctx, src.ids);
  let targets = tgt.ids;
  // "We agreed to meet," Trump said after a call with Putin: we are the speaker and his partner.
  const we = e.sources.some(
    (t) =>
      FIRST_PLURAL.has(g.word(t)) ||
      g.dependents(t, ['nmod:poss']).some((p) => g.word(p) === 'our'),
  );
  if (we && e.entry.pair && targets.length === 0 && sources.length > 0) {
    const q = ctx.resolver.quoteAt(e.sentence, e.sources[0]);
    if (q) sources = [...sources, ...partners(ctx, e.sentence, sources)];
  }
  if (sources.length === 0 && between.ids.length >= 2) {
    sources = between.ids;
    src = between;
  } else if (targets.length === 0 && between.ids.length > 0) {
    targets = between.ids;
  }
  let confidence = e.entry.confidence;
  if (src.anaphoric || tgt.anaphoric) confidence *= ANAPHORIC_PENALTY;
  if (e.mode !== 'done') confidence *= FUTURE_PENALTY;
  const c = round(confidence);
  const pair = pairOf(e, type);
  if (targets.length === 0) {
    if (!pair || sources.length < 2) return;
    const [first, ...rest] = sources as [string, ...string[]];
    if (pair === 'one') for (const other of rest) addRelation(ctx, e, type, first, other, c);
    else for (const a of sources) for (const b of sources) addRelation(ctx, e, type, a, b, c);
    return;
  }
  for (const s of sources) {
    const own = targets.length > 1 ? ownOrganizations(ctx, s) : new Set<string>();
    for (const t of targets) if (!own.has(t)) addRelation(ctx, e, type, s, t, c);
  }
}

/** The topic a phrase names: a known topic inside it, else (for newTopic) the phrase itself. */
function topicOf(ctx: Context, e: StanceEvent): string | undefined {
  const g = ctx.graphs[e.sentence];
  // A noun phrase, or a gerund's clause ("rejected sending troops").
  if (!g.isNoun(e.topic) && g.token(e.topic)?.pos !== 'VBG') return undefined;
  const [lo, hi] = g.span(e.topic, TOPIC_SKIP);
  const [begin] = ctx.resolver.charSpan(e.sentence, lo);
  const [, end] = ctx.resolver.charSpan(e.sentence, hi);
  // A phrase that names an actor ("rejected Trump") is a relation's target, not a topic.
  if (ctx.resolver.resolve(e.sentence, e.topic).ids.length > 0) return undefined;
  for (const span of ctx.topics.spans(ctx.words)) {
    const a = ctx.words[span.t0]?.start ?? -1;
    const b = ctx.words[span.t1 - 1]?.end ?? -1;
    if (a >= begin && b <= end) return span.topicId;
  }
  // "the proposal", "the plan": the topic the article named last before it.
  const head = g.lemma(e.topic);
  const definite = g
    .children(e.topic)
    .some((x) => x.dep === 'det' && g.word(x.dependent) === 'the');
  if (definite && ctx.topicAnaphora.has(head)) {
    const earlier = ctx.topics
      .spans(ctx.words)
      .filter((span) => (ctx.words[span.t1 - 1]?.end ?? Infinity) <= begin);
    const last = earlier[earlier.length - 1];
    if (last) return last.topicId;
  }
  if (!e.entry.newTopic) return undefined;
  const name = ctx.text.slice(begin, end).replace(TOPIC_DETERMINERS, '').trim();
  if (name.split(/\s+/).length < 2 || name.length > 80 || /["“”]/.test(name)) return undefined;
  return ctx.topics.propose(name).id;
}

/** Who takes a stance a predicate reports: the reporting verb's subject, else the quote's speaker. */
function sayer(ctx: Context, e: StanceEvent): Resolved {
  const g = ctx.graphs[e.sentence];
  let k = e.trigger;
  for (let guard = 0; guard < 6; guard++) {
    const reporting = g.children(k).find((x) => x.dep === 'parataxis' && g.isVerb(x.dependent));
    const head = g.head(k);
    for (const v of [reporting?.dependent, head?.governor]) {
      if (v === undefined || v === 0) continue;
      const subjects = g.dependents(v, ['nsubj']);
      if (subjects.length > 0 && g.isVerb(v)) return resolveAll(ctx, e.sentence, subjects);
    }
    if (!head || head.governor === 0) break;
    k = head.governor;
  }
  const q = ctx.resolver.quoteAt(e.sentence, e.trigger);
  return q ? ctx.resolver.speaker(q) : { ids: [], anaphoric: false };
}

function emitStance(ctx: Context, e: StanceEvent): void {
  if (e.mode === 'dropped') return;
  let who = e.predicate ? sayer(ctx, e) : resolveAll(ctx, e.sentence, e.sources);
  const g = ctx.graphs[e.sentence];
  if (who.ids.length === 0 && !e.predicate && g.isVerb(e.trigger))
    who = inheritedSubject(ctx, e.sentence, e.trigger);
  const actors = nonMedia(ctx, who.ids);
  if (actors.length === 0) return;
  const topic = topicOf(ctx, e);
  if (!topic) return;
  const hedge = e.mode === 'possible' ? POSSIBLE_PENALTY : 1;
  const confidence = round(e.entry.confidence * hedge * (who.anaphoric ? ANAPHORIC_PENALTY : 1));
  const evidence = sentenceQuote(ctx, e.sentence);
  for (const actor of actors) {
    const position = e.entry.position;
    const id = `stance-${actor}-${topic}-${position.toLowerCase().replace(/_/g, '-')}`;
    const existing = ctx.stances.get(id);
    if (existing) {
      mergeEvidence(existing.evidence, evidence);
      existing.confidence = Math.max(existing.confidence, confidence);
      continue;
    }
    ctx.stances.set(id, {
      id,
      actor,
      topic,
      position,
      polarity: e.entry.polarity,
      confidence,
      pattern: `${e.entry.text} (dependency parse)`,
      evidence: [evidence],
    });
  }
}

/** Builds the Analysis of one article from its annotation. */
export function analyzeAnnotation(
  text: string,
  doc: CoreNlpDocument,
  registry: Registry,
  lexicon: Lexicon,
  verbs: VerbLexicon,
): Analysis {
  const words = tokenize(text);
  const starts = new Set(doc.sentences.map((s) => s.tokens[0]?.characterOffsetBegin ?? -1));
  const sentenceStarts = new Set(words.filter((w) => starts.has(w.start)).map((w) => w.i));
  const actors = new ActorIndex(registry, lexicon);
  const topics = new TopicIndex(registry, lexicon);
  const mentions = findMentions(words, actors, lexicon, sentenceStarts);
  const graphs = doc.sentences.map((s) => new SentenceGraph(s));
  const ctx: Context = {
    text,
    doc,
    graphs,
    resolver: new Resolver(
      doc,
      graphs,
      words,
      mentions,
      actors,
      new Set(lexicon.representatives.filter((r) => r.length === 1).flat()),
    ),
    words,
    actors,
    topics,
    relations: new Map(),
    stances: new Map(),
    topicAnaphora: lexicon.topicAnaphora,
  };
  for (const e of findEvents(doc, verbs)) {
    if (e.kind === 'relation') emitRelation(ctx, e);
    else emitStance(ctx, e);
  }
  return finish(ctx, mentions);
}

function finish(ctx: Context, mentions: ReturnType<typeof findMentions>): Analysis {
  const firstSeen = new Map<string, number>();
  const titled = new Set<string>();
  for (const m of mentions) {
    const ids = m.kind === 'list' ? (m.members ?? []).map((x) => x.actorId) : [m.actorId];
    for (const id of ids) {
      if (id && !firstSeen.has(id)) firstSeen.set(id, ctx.words[m.t0]?.start ?? 0);
    }
    if (m.kind === 'actor' && m.actorId) {
      const a = ctx.actors.actors.get(m.actorId);
      if (a && !a.registry && a.kind === 'PERSON' && a.roles.length > 0) titled.add(a.id);
    }
  }
  // A stance's id names its actor and topic; the position joins it only where the pair has several.
  const count = new Map<string, number>();
  for (const st of ctx.stances.values()) {
    const pair = `${st.actor}\u0000${st.topic}`;
    count.set(pair, (count.get(pair) ?? 0) + 1);
  }
  const stances = [...ctx.stances.values()].map((st) =>
    (count.get(`${st.actor}\u0000${st.topic}`) ?? 0) > 1
      ? st
      : { ...st, id: `stance-${st.actor}-${st.topic}` },
  );
  return {
    relations: [...ctx.relations.values()],
    stances,
    actors: ctx.actors,
    topics: ctx.topics,
    titled,
    firstSeen,
  };
}
