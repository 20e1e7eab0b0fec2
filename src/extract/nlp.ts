/**
 * The NLP library behind the extractor: winkNLP with its English lite model,
 * both plain npm packages that run offline (no model download). It gives the
 * tokens, with their part of speech and lemma; offsets are rebuilt here from
 * the tokens, which winkNLP keeps lossless (tokens plus their preceding spaces
 * give back the text exactly).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in the document's token array. */
  i: number;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Lowercased, with typographic apostrophes made plain: what patterns and aliases compare. */
  lower: string;
  /** Lowercased lemma ("praised" → "praise", "spoke" → "speak"). */
  lemma: string;
  /** Universal part of speech: PROPN, NOUN, VERB, AUX, ADP, PUNCT, … */
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Loads the model once per process (about a third of a second). */
function engine(): Nlp {
  // Only part-of-speech tagging is needed (lemmas come with it); sentence
  // splitting, NER and sentiment are left out of the pipe, which makes reading
  // a 100 KB article about three times faster.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

export function normalizeWord(s: string): string {
  return s.toLowerCase().replace(/[’‘ʼ]/g, "'");
}

/** Tokenizes and tags `text`; whitespace is not a token. */
export function tokenize(text: string): Token[] {
  const w = engine();
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  // winkNLP's `its` helpers are plain functions it calls itself (and the typings of `its.lemma`
  // do not fit `out`'s parameter); each `out` call returns one string per token.
  const its = w.its as unknown as Record<'pos' | 'lemma' | 'precedingSpaces', unknown>;
  const read = (helper?: unknown): string[] =>
    (tokens as unknown as { out(helper?: unknown): string[] }).out(helper);
  const values = read();
  const pos = read(its.pos);
  const lemmas = read(its.lemma);
  const spaces = read(its.precedingSpaces);
  const out: Token[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] ?? '';
    at += (spaces[k] ?? '').length;
    const start = at;
    at += value.length;
    if (value.trim() === '') continue;
    // winkNLP cuts some words at a letter outside ASCII ("Kalnienė" → "Kalnien" + "ė"): join them again.
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.end === start &&
      /\p{L}$/u.test(prev.text) &&
      /^\p{L}/u.test(value) &&
      (/[^\p{ASCII}]$/u.test(prev.text) || /^[^\p{ASCII}]/u.test(value))
    ) {
      prev.text += value;
      prev.end = start + value.length;
      prev.lower = normalizeWord(prev.text);
      prev.lemma = prev.lower;
      continue;
    }
    // winkNLP is lossless; should a future version normalise a token, find it again.
    let s = start;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, Math.max(0, start - 8));
      if (found === -1) continue;
      s = found;
      at = found + value.length;
    }
    // winkNLP keeps "I'm" and a final "country's." whole: cut them as it cuts "We're".
    const clitic = CLITIC.exec(value);
    if (clitic) {
      const [, word, tail] = clitic as unknown as [string, string, string];
      const first = word === 'I' ? { pos: 'PRON', lemma: 'i' } : { pos: 'NOUN', lemma: word };
      out.push(tokenAt(out.length, s, word, normalizeWord(first.lemma), first.pos));
      const second = word === 'I' ? { pos: 'AUX', lemma: 'be' } : { pos: 'PART', lemma: "'s" };
      out.push(tokenAt(out.length, s + word.length, tail, second.lemma, second.pos));
      continue;
    }
    out.push(tokenAt(out.length, s, value, normalizeWord(lemmas[k] ?? value), pos[k] ?? 'X'));
  }
  return out;
}

/** "I'm", "I’m"; a lowercase noun with its possessive ("country's"). */
const CLITIC = /^(I|[a-z]+)(['’](?:m|s))$/;

function tokenAt(i: number, start: number, text: string, lemma: string, pos: string): Token {
  return { i, start, end: start + text.length, text, lower: normalizeWord(text), lemma, pos };
}

/** Tokens of a short phrase (an alias, a keyword), tokenized as article text is. */
export function phraseTokens(phrase: string): Token[] {
  return tokenize(phrase);
}
