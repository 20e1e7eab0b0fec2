/**
 * Where a model's quote stands in the article. A quote is found verbatim, or,
 * failing that, once typographic quotation marks, apostrophes, dashes and runs
 * of whitespace are read alike on both sides (models retype ’ as ' and join
 * wrapped lines): then the article's own characters at that place become the
 * quote, so the evidence is always verbatim text at checked offsets. Anything
 * else (a paraphrase, a shortened or mended quote) is not found.
 */

/** A quote of fewer characters ("he said") proves nothing and occurs everywhere; ./validate.ts drops it. */
export const MIN_QUOTE_LENGTH = 12;

export interface Located {
  /** UTF-16 offsets into the article, end exclusive (as ../engine.ts's Quote). */
  start: number;
  end: number;
  /** False when found only after reading quotation marks, dashes and spaces alike. */
  exact: boolean;
}

const SAME: Array<[RegExp, string]> = [
  [/[‘’ʼ′`]/, "'"],
  [/[“”″„]/, '"'],
  [/[‐‑‒–—−]/, '-'],
];

function fold(ch: string): string {
  for (const [re, to] of SAME) if (re.test(ch)) return to;
  return /\s/.test(ch) ? ' ' : ch;
}

/** The text folded, with where each folded character begins and ends in the original. */
function folded(text: string): { folded: string; from: number[]; to: number[] } {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = fold(text[i]);
    if (ch === ' ' && out.endsWith(' ')) {
      to[to.length - 1] = i + 1;
      continue;
    }
    out += ch;
    from.push(i);
    to.push(i + 1);
  }
  return { folded: out, from, to };
}

/** Finds quotes in one article; the folded article is made once, on first need. */
export class QuoteLocator {
  private fold: ReturnType<typeof folded> | undefined;

  constructor(readonly text: string) {}

  locate(quote: string): Located | undefined {
    const q = quote.trim();
    if (q === '') return undefined;
    const at = this.text.indexOf(q);
    if (at !== -1) return { start: at, end: at + q.length, exact: true };
    this.fold ??= folded(this.text);
    const fq = folded(q).folded;
    const k = this.fold.folded.indexOf(fq);
    if (k === -1) return undefined;
    return {
      start: this.fold.from[k],
      end: this.fold.to[k + fq.length - 1],
      exact: false,
    };
  }
}
