/**
 * Reported speech: the quotations of an article and who says each, from the
 * attribution beside it ("…," Trump wrote; "…," said Rubio; Lavrov said: "…").
 * Inside a quotation "I" is the speaker and "we" the speaker's side
 * (./engine.ts resolves them with `firstPersonIds`).
 */
import type { Mention } from './actors';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

export interface Quotation {
  /** Token indexes of the opening and closing marks. */
  open: number;
  close: number;
  /** The mention of whoever says it, when the attribution is next to it. */
  speaker?: Mention;
}

export interface MentionLookup {
  /** The mention starting at token i. */
  startingAt(i: number): Mention | undefined;
  /** The mention ending right before token i (its last token is i - 1). */
  endingBefore(i: number): Mention | undefined;
}

/** Longest a quotation may run, in tokens, before an unmatched mark is taken for a stray one. */
const MAX_QUOTE = 400;

export function findQuotations(
  tokens: readonly Token[],
  mentions: MentionLookup,
  lexicon: Lexicon,
): Quotation[] {
  const { open, close } = lexicon.speech;
  const out: Quotation[] = [];
  let from: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const mark = tokens[i].text;
    if (from !== undefined && close.has(mark)) {
      out.push({ open: from, close: i });
      from = undefined;
    } else if (open.has(mark)) {
      from = i;
    } else if (from !== undefined && i - from > MAX_QUOTE) {
      from = undefined;
    }
  }
  for (const q of out) q.speaker = speakerAfter(tokens, q, mentions, lexicon);
  for (const q of out) q.speaker ??= speakerBefore(tokens, q, mentions, lexicon);
  return out;
}

const isReporting = (t: Token | undefined, lexicon: Lexicon) =>
  t !== undefined && t.pos !== 'NOUN' && lexicon.reportingVerbs.has(t.lemma);

/** `"…," Trump wrote`, `"…," he told reporters`, `"…," said Rubio`. */
function speakerAfter(
  tokens: readonly Token[],
  q: Quotation,
  mentions: MentionLookup,
  lexicon: Lexicon,
): Mention | undefined {
  let k = q.close + 1;
  if (tokens[k]?.text === ',') k++;
  const m = mentions.startingAt(k);
  if (m) {
    let j = m.t1;
    while (tokens[j]?.pos === 'ADV' && j - m.t1 < 2) j++;
    return isReporting(tokens[j], lexicon) ? m : undefined;
  }
  if (isReporting(tokens[k], lexicon)) return mentions.startingAt(k + 1);
  return undefined;
}

/** `Lavrov said: "…"`, `Rubio told reporters, "…"` is not taken (an object stands between). */
function speakerBefore(
  tokens: readonly Token[],
  q: Quotation,
  mentions: MentionLookup,
  lexicon: Lexicon,
): Mention | undefined {
  let k = q.open - 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k--;
  if (!isReporting(tokens[k], lexicon)) return undefined;
  let j = k;
  while (tokens[j - 1]?.pos === 'ADV' && k - j < 2) j--;
  return mentions.endingBefore(j);
}

/** The quotation a token stands in, if any. */
export function quotationAt(quotations: readonly Quotation[], i: number): Quotation | undefined {
  return quotations.find((q) => q.open < i && i < q.close);
}

/**
 * Who "I" or "we" at token `at` is: the speaker; for "we" before a joint act
 * ("We agreed to …", "we met"), the speaker and the party of `pair` beside them.
 */
export function firstPersonIds(
  tokens: readonly Token[],
  mention: Mention,
  speaker: readonly string[],
  pair: readonly string[] | undefined,
  lexicon: Lexicon,
): string[] {
  if (!mention.plural || speaker.length !== 1) return [...speaker];
  const verb = nextVerb(tokens, mention.t1);
  const joint = verb !== undefined && lexicon.speech.jointVerbs.has(verb.lemma);
  const [self] = speaker as [string];
  if (joint && pair?.includes(self)) return [self, ...pair.filter((id) => id !== self)];
  return [self];
}

function nextVerb(tokens: readonly Token[], from: number): Token | undefined {
  for (let k = from; k < tokens.length && k - from < 4; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return t;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/** How far back from "that" a reporting verb may stand ("said in a video posted later that …"). */
const THAT_REACH = 9;

/**
 * The reporting verb that introduces a clause starting at token `at` ("said (that) …"), or -1:
 * right before it, or before a "that" with a few words between ("said in a video that he …").
 */
export function reportingVerbBefore(
  tokens: readonly Token[],
  at: number,
  from: number,
  lexicon: Lexicon,
): number {
  const reports = (k: number) =>
    k >= from && tokens[k]?.pos !== 'NOUN' && lexicon.reportingVerbs.has(tokens[k]?.lemma ?? '');
  const k = at - 1;
  if (tokens[k]?.lower !== 'that') return reports(k) ? k : -1;
  for (let j = k - 1; j >= from && k - j <= THAT_REACH; j--) {
    if (reports(j)) return j;
    if (tokens[j].text === ',' || tokens[j].text === '"' || tokens[j].text === '“') break;
  }
  return -1;
}
