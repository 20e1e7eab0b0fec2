/**
 * Who did what to whom, read off the dependency graph: every verb or event
 * noun of the dictionary (./verbs.ts) with its subjects, targets and mode
 * (done, future, or dropped as hypothetical, conditional or negated). Pure:
 * it sees only the annotation, so it is unit-tested on captured server output.
 * Arguments are token numbers; ./resolve.ts turns them into actors.
 */
import type { CoreNlpDocument } from './annotation';
import { SentenceGraph } from './graph';
import type { Modality, RelationVerb, StanceVerb, VerbLexicon } from './verbs';

/** Done; future or planned; possible ("might meet", "would support"); or not an event at all. */
export type Mode = 'done' | 'future' | 'possible' | 'dropped';

export interface RelationEvent {
  kind: 'relation';
  sentence: number;
  trigger: number;
  entry: RelationVerb;
  /** Subject tokens (passive: the agent); empty when the clause names none. */
  sources: number[];
  /** Target tokens; empty for a pair event ("Rubio and Lavrov met"). */
  targets: number[];
  /** Parties named with "between" ("talks between the US and Russia"). */
  between: number[];
  mode: Mode;
  /** Why it was dropped or made future (for diagnostics). */
  reason?: string;
}

export interface StanceEvent {
  kind: 'stance';
  sentence: number;
  trigger: number;
  entry: StanceVerb;
  sources: number[];
  /** The head token of the topic phrase. */
  topic: number;
  /** A predicate ("X is unrealistic"): the actor is whoever says so. */
  predicate: boolean;
  mode: Mode;
  reason?: string;
}

export type Event = RelationEvent | StanceEvent;

const CAUSATIVES = new Set(['have', 'let', 'make', 'get', 'allow', 'help']);
const SUBJECTS = new Set(['nsubj', 'nsubj:xsubj']);
const NOUN_HOSTS = /^(obj|obl(:.*)?|nsubj|xcomp|nmod(:.*)?)$/;

/** The mode of the event at `i`, looking at its own dependents and the verbs above it. */
export function modeOf(g: SentenceGraph, i: number, m: Modality, depth = 0): [Mode, string?] {
  let future: string | undefined;
  let possible: string | undefined;
  const settle = (): [Mode, string?] =>
    future ? ['future', future] : possible ? ['possible', possible] : ['done'];
  for (const e of g.children(i)) {
    const w = g.word(e.dependent);
    const lemma = g.lemma(e.dependent);
    if (e.dep === 'aux' || e.dep === 'advmod' || e.dep === 'aux:pass') {
      if (m.negation.has(w)) return ['dropped', `negated by "${w}"`];
      if (m.hypothetical.has(w)) return ['dropped', `hypothetical "${w}"`];
      if (m.future.has(w)) future = `future "${w}"`;
      if (m.possible.has(w)) possible = `possible "${w}"`;
    }
    if (e.dep === 'det' && m.negation.has(w)) return ['dropped', `negated by "${w}"`];
    if (e.dep === 'mark' && m.conditional.has(w)) return ['dropped', `conditional "${w}"`];
    if ((e.dep === 'amod' || e.dep === 'compound') && m.planning.has(lemma))
      future = `planned "${w}"`;
  }
  if (g.sentence.tokens[g.sentence.tokens.length - 1]?.word === '?')
    return ['dropped', 'a question'];
  const head = g.head(i);
  if (!head || head.governor === 0 || depth > 6) return settle();
  const up = head.governor;
  const upLemma = g.lemma(up);
  const dep = head.dep.split(':')[0];
  // "have our teams start", "let them meet": the verb above only carries the event.
  if ((dep === 'xcomp' || dep === 'ccomp') && CAUSATIVES.has(upLemma)) {
    const [upMode, why] = modeOf(g, up, m, depth + 1);
    return upMode === 'done' ? settle() : [upMode, why];
  }
  if (dep === 'xcomp' || dep === 'acl' || (g.isNoun(i) && /^(obj|nsubj|obl)/.test(head.dep))) {
    if (m.negatingVerbs.has(upLemma)) return ['dropped', `under "${upLemma}"`];
    const [upMode, why] = modeOf(g, up, m, depth + 1);
    if (upMode === 'dropped') return [upMode, why];
    if (m.planning.has(upLemma)) return ['future', `planned: "${upLemma}"`];
    if (upMode === 'future' || upMode === 'possible') return [upMode, why];
  } else if (dep === 'advcl' || dep === 'conj') {
    const [upMode, why] = modeOf(g, up, m, depth + 1);
    if (upMode === 'dropped' && dep === 'advcl') return [upMode, why];
  }
  return settle();
}

/** Subjects of a verb, or for an event noun its possessor or the subject of the verb it hangs from. */
function sourcesOf(g: SentenceGraph, i: number, entry: RelationVerb | undefined): number[] {
  if (g.isNoun(i)) {
    const poss = g.dependents(i, ['nmod:poss']);
    if (poss.length > 0) return poss;
    let k = i;
    for (let guard = 0; guard < 4; guard++) {
      const head = g.head(k);
      if (!head || head.governor === 0 || !NOUN_HOSTS.test(head.dep)) return [];
      if (head.dep === 'nsubj') return [];
      k = head.governor;
      if (g.isVerb(k) || g.token(k)?.pos === 'JJ') {
        const subjects = g.dependents(k, SUBJECTS);
        if (subjects.length > 0) return subjects;
      }
    }
    return [];
  }
  if (entry && entry.passive.size > 0 && g.isPassive(i)) return g.dependents(i, entry.passive);
  return g.dependents(i, entry ? [...SUBJECTS, 'nsubj:pass'] : SUBJECTS);
}

function targetsOf(g: SentenceGraph, i: number, entry: RelationVerb): number[] {
  const out = g.dependents(i, entry.targets);
  // "coordinate a response with Mexico", "hold talks with Kyiv": the with-phrase on the object.
  if (out.length === 0 && g.isVerb(i)) {
    const nominal = [...entry.targets].filter((t) => t.startsWith('nmod:'));
    for (const o of g.dependents(i, ['obj'])) out.push(...g.dependents(o, nominal));
  }
  if (g.isVerb(i) && g.isPassive(i) && entry.passive.size > 0)
    out.push(...g.dependents(i, ['nsubj:pass']));
  return out;
}

/** Dictionary entries for a verb (phrasal first: "rule out" before "rule") or a noun. */
function lookUp<T>(
  g: SentenceGraph,
  i: number,
  verbs: ReadonlyMap<string, T[]>,
  nouns: ReadonlyMap<string, T[]>,
): T[] {
  const lemma = g.lemma(i);
  if (g.isNoun(i)) return nouns.get(g.word(i)) ?? nouns.get(lemma) ?? [];
  if (!g.isPredicate(i)) return [];
  const phrasal = g.particles(i).flatMap((p) => verbs.get(`${lemma} ${p}`) ?? []);
  return [...phrasal, ...(verbs.get(lemma) ?? []), ...(verbs.get(g.word(i)) ?? [])];
}

function relationEvents(g: SentenceGraph, s: number, i: number, lex: VerbLexicon): Event[] {
  const entries = lookUp(g, i, lex.relationVerbs, lex.relationNouns).filter(
    (e) => !g.children(i).some((x) => e.unless.has(x.dep) && !g.isVerb(x.dependent)),
  );
  const out: Event[] = [];
  for (const entry of entries.slice(0, 1)) {
    const [mode, reason] = modeOf(g, i, lex.modality);
    out.push({
      kind: 'relation',
      sentence: s,
      trigger: i,
      entry,
      sources: sourcesOf(g, i, entry),
      targets: targetsOf(g, i, entry),
      between: g.dependents(i, ['nmod:between', 'obl:between']),
      mode,
      ...(reason ? { reason } : {}),
    });
  }
  return out;
}

function stanceEvents(g: SentenceGraph, s: number, i: number, lex: VerbLexicon): Event[] {
  const out: Event[] = [];
  const lemma = g.lemma(i);
  {
    const entries = lookUp(g, i, lex.stanceVerbs, lex.stanceNouns);
    for (const entry of entries.slice(0, 1)) {
      const topics = g.dependents(i, entry.topics);
      const [mode, reason] = modeOf(g, i, lex.modality);
      for (const topic of topics) {
        out.push({
          kind: 'stance',
          sentence: s,
          trigger: i,
          entry,
          sources: sourcesOf(g, i, undefined),
          topic,
          predicate: false,
          mode,
          ...(reason ? { reason } : {}),
        });
      }
    }
  }
  for (const entry of lex.stancePredicates.get(lemma) ?? []) {
    // "off the table": the other words hang from the head ("off" as case, "the" as det).
    const words = new Set(g.children(i).map((e) => g.word(e.dependent)));
    if (!entry.words.slice(0, -1).every((w) => words.has(w))) continue;
    if (!g.children(i).some((e) => e.dep === 'cop')) continue;
    const [mode, reason] = modeOf(g, i, lex.modality);
    for (const topic of g.dependents(i, ['nsubj'])) {
      out.push({
        kind: 'stance',
        sentence: s,
        trigger: i,
        entry,
        sources: [],
        topic,
        predicate: true,
        mode,
        ...(reason ? { reason } : {}),
      });
    }
  }
  return out;
}

/** Every event of the document, sentence by sentence, in token order. */
export function findEvents(doc: CoreNlpDocument, lex: VerbLexicon): Event[] {
  const out: Event[] = [];
  doc.sentences.forEach((sentence, s) => {
    const g = new SentenceGraph(sentence);
    for (const t of sentence.tokens) {
      out.push(...relationEvents(g, s, t.index, lex), ...stanceEvents(g, s, t.index, lex));
    }
  });
  return out;
}
