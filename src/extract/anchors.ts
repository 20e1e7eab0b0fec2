/**
 * The patterns of lexicon/extract/patterns.yaml indexed by their anchor word,
 * built once per lexicon: each token of an article is looked up once.
 */
import type { CompiledPattern, Lexicon, PatternElement } from './lexicon';
import type { Token } from './nlp';

const anchorIndexes = new WeakMap<Lexicon, AnchorIndex>();

export interface AnchorIndex {
  byWord: Map<string, CompiledPattern[]>;
  byPrefix: Array<{ prefix: string; pattern: CompiledPattern }>;
  /** Most tokens the elements before a pattern's anchor can span. */
  before: Map<CompiledPattern, number>;
}

export function anchorIndex(lexicon: Lexicon): AnchorIndex {
  let index = anchorIndexes.get(lexicon);
  if (index) return index;
  index = { byWord: new Map(), byPrefix: [], before: new Map() };
  for (const p of lexicon.patterns) {
    const anchor = p.elements[p.anchor] as Extract<PatternElement, { kind: 'word' }>;
    for (const w of anchor.words) {
      const list = index.byWord.get(w) ?? [];
      list.push(p);
      index.byWord.set(w, list);
    }
    for (const prefix of anchor.prefixes) index.byPrefix.push({ prefix, pattern: p });
    let span = 0;
    for (const e of p.elements.slice(0, p.anchor)) {
      span += e.kind === 'gap' ? e.max : e.kind === 'slot' ? 16 : 1;
    }
    index.before.set(p, span);
  }
  anchorIndexes.set(lexicon, index);
  return index;
}

export const wordMatches = (e: Extract<PatternElement, { kind: 'word' }>, t: Token) =>
  e.words.has(t.lower) || e.words.has(t.lemma) || e.prefixes.some((p) => t.lower.startsWith(p));
