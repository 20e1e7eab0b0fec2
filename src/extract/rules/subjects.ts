/**
 * Who does what: the subject of a clause, the actor of a verb (right before it, else the
 * clause's subject, else the subject of the clause it continues), and the verb group before
 * a verb ("did not", "is expected to").
 */
import type { Mention } from '../actors';
import type { Clause, Sentence } from '../document';
import type { Token } from '../nlp';
import { kindIn, type Layout } from './layout';

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Words before a plural noun that make it an unnamed set ("some countries", "many Britons"). */
const QUANTIFIERS = new Set([
  'some',
  'many',
  'several',
  'most',
  'few',
  'other',
  'various',
  'numerous',
  'certain',
  'all',
  'those',
  'these',
]);

export type Exclude = (m: Mention) => boolean;

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, hedges, negation. */
export function isFiller(t: Token, lexicon: Layout['lexicon']): boolean {
  return (
    t.pos === 'AUX' ||
    t.pos === 'PART' ||
    t.pos === 'ADV' ||
    lexicon.fillers.has(t.lower) ||
    lexicon.negationWords.has(t.lower) ||
    lexicon.negationWords.has(t.lemma) ||
    lexicon.hedges.has(t.lower) ||
    lexicon.futureVerbs.has(t.lemma) ||
    lexicon.negationVerbs.has(t.lemma) ||
    lexicon.futureWords.has(t.lower)
  );
}

export class Subjects {
  private readonly cache = new Map<Clause, Mention | null>();

  constructor(private readonly doc: Layout) {}

  nonMedia(ids: readonly string[]): string[] {
    return ids.filter((id) => kindIn(this.doc, id) !== 'MEDIA');
  }

  /** Could this mention be the subject (the actor) of a clause? */
  subjectLike(m: Mention, clause: Clause, allowPossessive: boolean, exclude: Exclude): boolean {
    if (m.reporter || exclude(m) || m.demonym) return false;
    if (m.possessive && !allowPossessive) return false;
    const { tokens } = this.doc;
    const prev = tokens[m.t0 - 1];
    // After a preposition a mention is an object ("with Putin"), unless a verb follows it: then
    // the preposition is a conjunction the tagger misread ("after Trump called …").
    const next = tokens[m.t1];
    const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (prev && m.t0 > clause.t0 && prev.pos === 'ADP' && !verbNext) return false;
    return this.nonMedia(m.resolved ?? []).length > 0;
  }

  /** The first subject-like mention before the clause's first verb. */
  clauseSubject(clause: Clause): Mention | undefined {
    const cached = this.cache.get(clause);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.findClauseSubject(clause);
    this.cache.set(clause, found ?? null);
    return found;
  }

  private findClauseSubject(clause: Clause): Mention | undefined {
    const { tokens, owner } = this.doc;
    // A relative clause ("which ships steel to the United States") has no subject of its own.
    if (RELATIVES.has(tokens[clause.t0].lower)) return undefined;
    let firstVerb = clause.t1;
    for (let k = clause.t0; k < clause.t1; k++) {
      const t = tokens[k];
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !owner[k]) {
        firstVerb = k;
        break;
      }
    }
    for (let k = clause.t0; k < firstVerb; k++) {
      const m = owner[k];
      if (!m || m.t0 !== k) continue;
      if (this.subjectLike(m, clause, false, () => false)) return m;
      k = m.t1 - 1;
    }
    return undefined;
  }

  /** The subject of the nearest clause before this one that has one; visited clauses go to `chain`. */
  inherited(clause: Clause, chain: Clause[]): Mention | undefined {
    let c: Clause | undefined = clause;
    for (let guard = 0; guard < 50 && c; guard++) {
      const s: Sentence = c.sentence;
      const prev: Clause | undefined =
        c.index > 0 ? s.clauses[c.index - 1] : s.parent?.clauses[s.parent.clauses.length - 1];
      if (!prev) return undefined;
      chain.push(prev);
      const subject = this.clauseSubject(prev);
      if (subject) return subject;
      c = prev;
    }
    return undefined;
  }

  /** The actor of a verb at `anchor`: right before it, else the clause's, else the one it continues. */
  subjectFor(
    clause: Clause,
    anchor: number,
    exclude: Exclude,
    chain: Clause[],
  ): Mention | undefined {
    const { tokens, owner, lexicon } = this.doc;
    for (let k = anchor - 1; k >= clause.t0; k--) {
      const m = owner[k];
      if (m) {
        // A possessive right before the verb makes it a noun with an agent: "Trump's push for".
        if (m.t1 === k + 1 && this.subjectLike(m, clause, k === anchor - 1, exclude)) return m;
        break;
      }
      const t = tokens[k];
      if (t.lower === 'and' || t.lower === 'but' || t.lower === 'then') {
        return this.clauseSubject(clause) ?? this.inherited(clause, chain);
      }
      if (!isFiller(t, lexicon)) {
        const unnamed = this.unnamedBefore(k);
        if (unnamed !== false) return unnamed;
        break;
      }
    }
    const own = this.clauseSubject(clause);
    if (own && !exclude(own) && own.t0 < anchor) return own;
    // "…, who had long opposed the tariffs": the actor the relative clause follows.
    if (tokens[clause.t0].lower === 'who') return this.antecedent(clause);
    // "while protesters outside rejected …": a subject no actor names is no one's to borrow.
    if (this.unnamedSubject(clause, anchor)) return undefined;
    return this.inherited(clause, chain);
  }

  /**
   * The verb's own subject when the word before its verb group names one: "those who
   * opposed" (the actor before "who", if any), "some countries opposed" (a quantified
   * noun: no actor). False when the word says nothing of the kind.
   */
  private unnamedBefore(k: number): Mention | undefined | false {
    const { tokens, owner } = this.doc;
    const t = tokens[k];
    if (t.lower === 'who') return this.mentionEndingBefore(k);
    const quantified = QUANTIFIERS.has(tokens[k - 1]?.lower ?? '');
    return ['NOUN', 'PROPN'].includes(t.pos) && !owner[k] && quantified ? undefined : false;
  }

  /** The actor right before the comma that opens a relative clause ("Macron, who …"). */
  private antecedent(clause: Clause): Mention | undefined {
    return this.mentionEndingBefore(clause.t0);
  }

  /** The actor named right before token `at`, past one comma ("Putin, who …"). */
  private mentionEndingBefore(at: number): Mention | undefined {
    const { tokens, owner } = this.doc;
    const k = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
    const m = k >= 0 ? owner[k] : undefined;
    return m && m.t1 === k + 1 && !m.possessive ? m : undefined;
  }

  /**
   * Does the verb at `anchor` have a subject of its own that no mention covers ("protesters
   * outside rejected", "where lawmakers voted")? A common noun before the verb group, not
   * after a preposition and not a time ("last week").
   */
  private unnamedSubject(clause: Clause, anchor: number): boolean {
    const { tokens, owner, lexicon } = this.doc;
    for (let k = clause.t0; k < anchor; k++) {
      const t = tokens[k];
      if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX') return false;
      if (t.pos === 'NOUN' && !owner[k] && !lexicon.notTopicHeads.has(t.lemma)) return true;
    }
    return false;
  }

  /** Tokens of the verb group before the anchor ("did not", "is expected to"). */
  verbGroup(clause: Clause, anchor: number): Token[] {
    const { tokens, owner, lexicon } = this.doc;
    const out: Token[] = [];
    for (let k = anchor - 1; k >= clause.t0; k--) {
      const t = tokens[k];
      if (owner[k] || !isFiller(t, lexicon)) break;
      out.push(t);
    }
    return out;
  }

  /** The subject of this clause (for a possessive) or of the clauses before, if one person. */
  lastPersonSubject(sentence: Sentence, clause: Clause, m: Mention): string | undefined {
    const candidates: Clause[] = [];
    if (m.possessive) candidates.push(clause);
    for (let k = clause.index - 1; k >= 0; k--) candidates.push(sentence.clauses[k]);
    for (let back = 1; back <= 2; back++) {
      const prev = this.doc.sentences[sentence.index - back];
      if (!prev) break;
      for (let k = prev.clauses.length - 1; k >= 0; k--) candidates.push(prev.clauses[k]);
    }
    for (const c of candidates) {
      const subject = this.clauseSubject(c);
      if (!subject || subject === m || subject.t0 > m.t0) continue;
      const ids = subject.resolved ?? [];
      if (ids.length === 1 && kindIn(this.doc, ids[0]) === 'PERSON') return ids[0];
    }
    return undefined;
  }
}
