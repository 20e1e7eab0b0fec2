/**
 * Stage 4b, acts: whether a match states something an actor did or said (not a condition,
 * not a noun like "the necessity of", not negated away), who did it, and how sure the
 * wording is. Relations (./events.ts) and stances (./stances.ts) start from an Act.
 */
import type { StancePosition } from '../../dataset/vocabulary';
import type { Mention } from '../actors';
import type { Clause, Sentence } from '../document';
import {
  isConditional,
  isConditionedAfter,
  isUnheldStance,
  isNonAct,
  modalityOf,
  positionUnderNegation,
  type Modality,
} from '../modality';
import type { Token } from '../nlp';
import { quotationAt, reportingVerbBefore } from '../speech';
import { Hedges, quotes } from './evidence';
import type { Quote } from './findings';
import { reportedHolder, type ReportedHolder } from './holders';
import type { Layout } from './layout';
import type { Match } from './matching';
import type { Resolver } from './resolution';
import type { Subjects } from './subjects';

const ANAPHORIC_PENALTY = 0.9;
/** How far after an event noun its verb group may start ("talks … are expected"). */
const PLAN_WINDOW = 4;

export interface Act {
  sentence: Sentence;
  match: Match;
  modality: Modality;
  /** For a negated stance pattern: the position its negation states. */
  flipped?: StancePosition;
  /** Who acted (never a news medium). */
  sources: string[];
  /**
   * The person whose reported speech states the act, when its subject follows a reporting
   * verb ("Starmer said his country stood ready to …"): a stance is the speaker's.
   */
  speaker?: string;
  /** Reported speech that states another actor's position ("X said Putin would reject …"). */
  hearsay: boolean;
  /** Unrounded: the pattern's, lowered by hedges and by an actor found through a pronoun. */
  confidence: number;
  evidence: Quote[];
}

export class Acts {
  private readonly hedges: Hedges;

  constructor(
    private readonly doc: Layout,
    private readonly subjects: Subjects,
    private readonly resolver: Resolver,
  ) {
    this.hedges = new Hedges(doc);
  }

  actOf(sentence: Sentence, clause: Clause, match: Match): Act | undefined {
    const { tokens, lexicon } = this.doc;
    const p = match.pattern;
    // "until Moscow agrees to negotiate", "if Ukraine withdraws": not something that happened;
    // nor is what a question asks ("Would Putin meet him?").
    if (isConditional(tokens, clause, lexicon) || isQuestion(tokens, sentence)) return undefined;
    const verbAt = match.m0 < match.anchor ? match.m0 : match.anchor;
    const group = this.subjects.verbGroup(clause, verbAt);
    if (p.category === 'stance' && isUnheldStance(group, lexicon)) return undefined;
    const modality = this.modality(clause, match, group);
    if (isNonAct(tokens, match.anchor, lexicon)) return undefined;
    // "would back the deal if farmers received guarantees": a position that waits on a condition.
    if (p.category === 'stance' && isConditionedAfter(tokens, clause, match.m1, lexicon))
      return undefined;
    const flipped =
      modality === 'negated' && p.category === 'stance'
        ? positionUnderNegation(p.position, lexicon)
        : undefined;
    if (modality === 'negated' && !flipped) return undefined;

    const chain: Clause[] = [clause];
    const subject =
      match.source ??
      this.subjects.subjectFor(clause, verbAt, excluder(match), chain) ??
      this.quoteSpeaker(match);
    if (!subject) return undefined;
    const sources = this.subjects.nonMedia(this.resolver.resolve(subject, sentence));
    if (sources.length === 0) return undefined;
    let confidence = p.confidence * this.hedges.factor(sentence, chain, match.m1, group);
    if (subject.anaphoric || match.target?.anaphoric) confidence *= ANAPHORIC_PENALTY;
    if (p.category === 'stance' && this.doubted(clause, subject)) return undefined;
    if (this.denied(clause, subject)) return undefined;
    const { speaker, hearsay } = this.reporter(sentence, clause, subject);
    return {
      sentence,
      match,
      modality,
      flipped,
      sources,
      speaker,
      hearsay,
      confidence,
      evidence: quotes(sentence),
    };
  }

  /** '"A ceasefire now would be a mistake," Peskov said': a position in a quotation is its speaker's. */
  private quoteSpeaker(match: Match): Mention | undefined {
    if (match.pattern.category !== 'stance') return undefined;
    return quotationAt(this.doc.quotations, match.anchor)?.speaker;
  }

  /** "Critics say <subject> opposes …": someone else's claim about the subject's position. */
  private doubted(clause: Clause, subject: Mention): boolean {
    const { tokens, lexicon } = this.doc;
    const k = reportingVerbBefore(tokens, subject.t0, clause.t0, lexicon);
    if (k < 0) return false;
    for (let j = k - 1; j >= clause.t0 && k - j <= 3; j--)
      if (lexicon.speech.doubters.has(tokens[j].lower)) return true;
    return false;
  }

  /** "Macron denied (that) <subject> had rejected …": a denied act codes nothing. */
  private denied(clause: Clause, subject: Mention): boolean {
    const { tokens, lexicon } = this.doc;
    let k = subject.t0 - 1;
    if (tokens[k]?.lower === 'that') k--;
    return k >= clause.t0 && lexicon.speech.denials.has(tokens[k].lemma);
  }

  /** "X said (that) <subject> …": whose position that is (./holders.ts). */
  private reporter(sentence: Sentence, clause: Clause, subject: Mention): ReportedHolder {
    const { tokens, owner, lexicon } = this.doc;
    // "said (that) the United Kingdom would …": the article before a name.
    const at =
      tokens[subject.t0 - 1]?.lower === 'the' && !owner[subject.t0 - 1]
        ? subject.t0 - 1
        : subject.t0;
    const k = reportingVerbBefore(tokens, at, clause.t0, lexicon);
    if (k < 0) return { hearsay: false };
    const said = this.subjects.subjectFor(clause, k, (x) => x === subject, []);
    const ids = said ? this.subjects.nonMedia(this.resolver.resolve(said, sentence)) : [];
    return ids.length === 1
      ? reportedHolder(this.doc, ids[0], subject.resolved ?? [])
      : { hearsay: false };
  }

  /** The hedge factor of a sentence on its own (for events found outside a pattern match). */
  sentenceFactor(sentence: Sentence): number {
    return this.hedges.factor(sentence, [], undefined, []);
  }

  private modality(clause: Clause, match: Match, group: Token[]): Modality {
    const { tokens, owner, lexicon } = this.doc;
    // A pattern that spells out its own "not" ("… was not realistic") is not negated by it.
    const own = new Set(
      match.pattern.elements.flatMap((e) => (e.kind === 'word' ? [...e.words] : [])),
    );
    const inside: Token[] = [];
    for (let k = match.m0; k < match.m1; k++) {
      if (!own.has(tokens[k].lower) && !inSlot(match, k)) inside.push(tokens[k]);
    }
    const before = tokens.slice(clause.t0, match.m0);
    let actorEnd = match.m0;
    while (actorEnd > clause.t0 && !owner[actorEnd - 1] && tokens[actorEnd - 1].pos !== 'CCONJ')
      actorEnd--;
    const sinceActor = actorEnd > clause.t0 ? tokens.slice(actorEnd, match.m0) : [];
    const modality = modalityOf(group, inside, before, sinceActor, lexicon);
    return modality === 'asserted' && this.plannedEvent(clause, match) ? 'future' : modality;
  }

  /** "arranging a meeting between …", "planned talks with …": an event noun after a plan verb. */
  private plannedEvent(clause: Clause, match: Match): boolean {
    const { tokens, lexicon } = this.doc;
    // An event noun that opens the match ("Talks between …", tagged a verb only when it is one).
    const noun = !['VERB', 'AUX'].includes(tokens[match.anchor]?.pos ?? '');
    if (noun && match.anchor === match.m0 && this.plannedAfter(clause, match)) return true;
    if (tokens[match.anchor]?.pos !== 'NOUN') return false;
    for (let k = match.m0 - 1; k >= clause.t0; k--) {
      const t = tokens[k];
      if (t.pos === 'VERB') return lexicon.futureVerbs.has(t.lemma);
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
    }
    return false;
  }

  /** "Talks between A and B are expected next week": the verb group after an event noun. */
  private plannedAfter(clause: Clause, match: Match): boolean {
    const { tokens, lexicon } = this.doc;
    for (let k = match.m1; k < clause.t1 && k < match.m1 + PLAN_WINDOW; k++) {
      const t = tokens[k];
      if (lexicon.futureWords.has(t.lower) || lexicon.futureVerbs.has(t.lemma)) return true;
      if (t.pos === 'VERB') return false;
    }
    return false;
  }
}

function isQuestion(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.t1 - 1; k >= sentence.t0; k--) {
    const t = tokens[k];
    if (t.pos !== 'PUNCT') return false;
    if (t.text === '?') return true;
  }
  return false;
}

function within(span: { t0: number; t1: number } | undefined, k: number): boolean {
  return span !== undefined && k >= span.t0 && k < span.t1;
}

function inSlot(match: Match, k: number): boolean {
  return within(match.source, k) || within(match.target, k) || within(match.topic, k);
}

/** The target, and mentions inside the topic, are not the subject. */
function excluder(match: Match): (m: Mention) => boolean {
  return (m) =>
    m === match.target ||
    (match.topic !== undefined && m.t0 >= match.topic.t0 && m.t1 <= match.topic.t1);
}
