/**
 * Evidence and confidence: the sentence (and the sentence it is quoted in) as evidence, and
 * the factor by which hedges ("reportedly", "according to sources") lower a pattern's
 * confidence.
 */
import type { Clause, Sentence } from '../document';
import type { Token } from '../nlp';
import type { Quote } from './findings';
import type { Layout } from './layout';

/** Confidence to two decimals, kept within [0.05, 0.99]. */
export function round(x: number): number {
  return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}

/** The sentence, preceded by the sentence that quotes it when it sits inside a quotation. */
export function quotes(sentence: Sentence): Quote[] {
  const own = { start: sentence.start, end: sentence.end };
  return sentence.parent
    ? [{ start: sentence.parent.start, end: sentence.parent.end }, own]
    : [own];
}

export class Hedges {
  private readonly sentenceWords = new Map<Sentence, string[]>();

  constructor(private readonly doc: Layout) {}

  /**
   * The product of the hedge words in `clauses` (the first only up to `end`), in `group`,
   * and of the hedge phrases anywhere in the sentence; each word or phrase counts once.
   */
  factor(sentence: Sentence, clauses: readonly Clause[], end: number | undefined, group: Token[]) {
    const { tokens, lexicon } = this.doc;
    const seen = new Set<string>();
    const look = (t: Token) => {
      if (lexicon.hedges.get(t.lower) !== undefined) seen.add(t.lower);
    };
    for (const c of clauses) {
      const stop = c === clauses[0] && end !== undefined ? end : c.t1;
      for (let k = c.t0; k < stop; k++) look(tokens[k]);
    }
    for (const t of group) look(t);
    let factor = 1;
    for (const w of seen) factor *= lexicon.hedges.get(w) ?? 1;
    const words = this.wordsOf(sentence);
    for (const h of lexicon.sentenceHedges) {
      for (let k = 0; k + h.words.length <= words.length; k++) {
        if (h.words.every((w, q) => words[k + q] === w)) {
          factor *= h.factor;
          break;
        }
      }
    }
    return factor;
  }

  private wordsOf(sentence: Sentence): string[] {
    let words = this.sentenceWords.get(sentence);
    if (!words) {
      words = this.doc.tokens.slice(sentence.t0, sentence.t1).map((t) => t.lower);
      this.sentenceWords.set(sentence, words);
    }
    return words;
  }
}
