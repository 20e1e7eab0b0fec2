/**
 * One sentence's enhanced++ dependency graph, indexed both ways, with the
 * look-ups the event finder needs. Token numbers are CoreNLP's: 1-based, 0 is ROOT.
 */
import type { CoreNlpSentence, CoreNlpToken } from './annotation';

export interface Edge {
  dep: string;
  governor: number;
  dependent: number;
}

export class SentenceGraph {
  readonly sentence: CoreNlpSentence;
  private readonly down = new Map<number, Edge[]>();
  private readonly up = new Map<number, Edge[]>();

  constructor(sentence: CoreNlpSentence) {
    this.sentence = sentence;
    for (const e of sentence.enhancedPlusPlusDependencies) {
      const edge = { dep: e.dep, governor: e.governor, dependent: e.dependent };
      this.down.set(e.governor, [...(this.down.get(e.governor) ?? []), edge]);
      this.up.set(e.dependent, [...(this.up.get(e.dependent) ?? []), edge]);
    }
  }

  token(i: number): CoreNlpToken | undefined {
    return this.sentence.tokens[i - 1];
  }

  lemma(i: number): string {
    return (this.token(i)?.lemma ?? '').toLowerCase();
  }

  word(i: number): string {
    return (this.token(i)?.word ?? '').toLowerCase();
  }

  children(i: number): Edge[] {
    return this.down.get(i) ?? [];
  }

  parents(i: number): Edge[] {
    return this.up.get(i) ?? [];
  }

  /** Dependents whose label is one of `labels`; "obl" also matches "obl:with" only when listed so. */
  dependents(i: number, labels: ReadonlySet<string> | readonly string[]): number[] {
    const wanted = labels instanceof Set ? labels : new Set(labels);
    return this.children(i)
      .filter((e) => wanted.has(e.dep))
      .map((e) => e.dependent);
  }

  /** The governor along a tree edge (the first non-enhanced one: not xsubj, not a conj copy). */
  head(i: number): Edge | undefined {
    return this.parents(i).find((e) => e.dep !== 'nsubj:xsubj' && e.dep !== 'ref');
  }

  isVerb(i: number): boolean {
    return (this.token(i)?.pos ?? '').startsWith('VB');
  }

  isNoun(i: number): boolean {
    return (this.token(i)?.pos ?? '').startsWith('NN');
  }

  /** Passive when it has a passive subject or a passive auxiliary. */
  isPassive(i: number): boolean {
    return this.children(i).some((e) => e.dep === 'nsubj:pass' || e.dep === 'aux:pass');
  }

  /** Particles and adverbs that make a phrasal verb ("ruled out", "work together", "join forces"). */
  particles(i: number): string[] {
    return this.children(i)
      .filter((e) => e.dep === 'compound:prt' || e.dep === 'advmod' || e.dep === 'obj')
      .map((e) => this.word(e.dependent));
  }

  /** Takes verbs (VB*) and predicative adjectives ("concerned about", "wary of"). */
  isPredicate(i: number): boolean {
    const pos = this.token(i)?.pos ?? '';
    return pos.startsWith('VB') || pos === 'JJ';
  }

  /** The token span of the subtree under `i` (tree edges only), as 1-based [first, last]. */
  span(i: number, skip: ReadonlySet<string> = new Set()): [number, number] {
    let lo = i;
    let hi = i;
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const k = stack.pop() as number;
      for (const e of this.children(k)) {
        if (seen.has(e.dependent) || skip.has(e.dep.split(':')[0] ?? e.dep)) continue;
        // Only follow edges that are this token's tree edge (enhanced copies point elsewhere).
        if (this.head(e.dependent)?.governor !== k) continue;
        seen.add(e.dependent);
        stack.push(e.dependent);
        lo = Math.min(lo, e.dependent);
        hi = Math.max(hi, e.dependent);
      }
    }
    return [lo, hi];
  }
}
