/**
 * An article cut into lines, sentences and clauses over winkNLP's tokens.
 * Offsets stay in UTF-16 units here; the draft converts them to code points.
 *
 * Sentences end at a stand-alone `.`, `!` or `?` (winkNLP keeps "U.S." and
 * "Mr." whole) or at the end of a line. Clauses end at commas, semicolons,
 * colons, dashes and the conjunctions that start a new clause ("while", "but"),
 * except inside a coordinated list of actors ("France, Germany and Italy"),
 * which the caller marks.
 */
import { isFurniture } from './furniture';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

export interface Clause {
  sentence: Sentence;
  /** Index within the sentence. */
  index: number;
  /** Token range, end exclusive. */
  t0: number;
  t1: number;
}

export interface Sentence {
  index: number;
  t0: number;
  t1: number;
  /** UTF-16 range of the sentence text, trimmed, without a list marker. */
  start: number;
  end: number;
  /** A line that starts with "-", "•" or "*". */
  listItem: boolean;
  /** Ends with ":", introducing the list or quotation on the lines after it. */
  leadIn: boolean;
  /** The lead-in sentence a list item or quotation line continues. */
  parent: Sentence | undefined;
  clauses: Clause[];
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']']);
const CLAUSE_WORDS = new Set(['while', 'whereas', 'although', 'though', 'but']);
const LIST_MARKERS = new Set(['-', '•', '*', '–', '—']);
const QUOTE_OPENERS = new Set(['"', '“', '«']);

/** Cuts the text into sentences (their clauses are added by `addClauses`). */
export function segment(text: string, tokens: readonly Token[], lexicon: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let k = 0;
  let lineStart = 0;
  let leadIn: Sentence | undefined;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const first = k;
    while (k < tokens.length && tokens[k].start < lineEnd) k++;
    const line = text.slice(lineStart, lineEnd);
    const lineTokens = k - first;
    const ignored =
      lexicon.ignoreLines.some((re) => re.test(line)) || isFurniture(line, lexicon.furniture);
    if (lineTokens > 0 && !ignored) {
      const firstToken = tokens[first];
      const listItem = LIST_MARKERS.has(firstToken.text) && lineTokens > 1;
      const quoted = QUOTE_OPENERS.has(firstToken.text);
      const parent = listItem || quoted ? leadIn : undefined;
      const from = listItem ? first + 1 : first;
      const made = splitSentences(tokens, from, k, sentences.length, listItem, parent);
      sentences.push(...made);
      const last = made[made.length - 1];
      if (last?.leadIn) leadIn = last;
      else if (!parent) leadIn = undefined;
    } else if (lineTokens > 0) {
      leadIn = undefined;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitSentences(
  tokens: readonly Token[],
  from: number,
  to: number,
  firstIndex: number,
  listItem: boolean,
  parent: Sentence | undefined,
): Sentence[] {
  const out: Sentence[] = [];
  let s0 = from;
  const close = (s1: number) => {
    if (s1 <= s0) return;
    const first = tokens[s0];
    const last = tokens[s1 - 1];
    out.push({
      index: firstIndex + out.length,
      t0: s0,
      t1: s1,
      start: first.start,
      end: last.end,
      listItem,
      leadIn: last.text === ':',
      parent: out.length === 0 ? parent : undefined,
      clauses: [],
    });
    s0 = s1;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!SENTENCE_END.has(t.text)) continue;
    let j = i + 1;
    while (j < to && CLOSERS.has(tokens[j].text)) j++;
    const next = tokens[j];
    if (j >= to || (next && /^[\p{Lu}\p{N}"“‘'(]/u.test(next.text))) {
      close(j);
      i = j - 1;
    }
  }
  close(to);
  return out;
}

/** Cuts each sentence into clauses; `noSplit(i)` marks tokens that must not end one (commas in a list of actors). */
export function addClauses(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  conditionals: ReadonlySet<string>,
  noSplit: (tokenIndex: number) => boolean,
): void {
  for (const s of sentences) s.clauses = splitClauses(tokens, s, conditionals, noSplit);
}

function splitClauses(
  tokens: readonly Token[],
  sentence: Sentence,
  conditionals: ReadonlySet<string>,
  noSplit: (tokenIndex: number) => boolean,
): Clause[] {
  const clauses: Clause[] = [];
  let c0 = sentence.t0;
  const close = (c1: number) => {
    if (c1 > c0) clauses.push({ sentence, index: clauses.length, t0: c0, t1: c1 });
  };
  for (let i = sentence.t0; i < sentence.t1; i++) {
    const t = tokens[i];
    if (noSplit(i)) continue;
    if (CLAUSE_PUNCT.has(t.text) || (t.text === '-' && isSpaced(tokens, i))) {
      close(i);
      c0 = i + 1;
    } else if ((CLAUSE_WORDS.has(t.lower) || conditionals.has(t.lower)) && i > sentence.t0) {
      close(i);
      c0 = i;
    }
  }
  close(sentence.t1);
  return clauses;
}

/** A hyphen with spaces around it is a dash ("talks - and"), not part of a word. */
function isSpaced(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  const next = tokens[i + 1];
  return (!prev || prev.end < t.start) && (!next || next.start > t.end);
}
