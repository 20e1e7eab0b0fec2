/**
 * Delegations: "The U.S. delegation was led by Rubio and Waltz, while Ukraine
 * sent a team headed by Yermak" — sides led by named people: their leaders met
 * and held talks. A side is "led by X", "the Ukrainian side by X" after one
 * (the verb elided), or "X led the American side"; two sides in one sentence,
 * or one in each of two sentences in a row (./rules/events.ts), meet. The words
 * are patterns.yaml's `delegations`.
 */
import type { Mention } from './actors';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

/** How far after "X led" the side noun may stand ("led the American side"). */
const SIDE_WINDOW = 4;
/** How long an apposition between a leader and "led" may be. */
const APPOSITION_MAX = 8;

/** The leaders of the sides named in tokens [t0, t1), in order. */
export function delegationLeaders(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  startingAt: (i: number) => Mention | undefined,
  endingAt: (i: number) => Mention | undefined,
  lexicon: Lexicon,
): Mention[] {
  const { ledBy, sides } = lexicon.delegations;
  const leaders: Mention[] = [];
  for (let k = t0; k + 1 < t1; k++) {
    const word = tokens[k].lower;
    const by = tokens[k + 1].lower === 'by';
    // "led by X"; "…, and the Ukrainian side by X" once a side was led by someone.
    if (by && (ledBy.has(word) || (sides.has(word) && leaders.length > 0))) {
      const leader = startingAt(k + 2);
      if (leader) leaders.push(leader);
      continue;
    }
    // "X led the American side", "X headed the Chinese delegation".
    const leader = ledBy.has(word) && !by ? subjectBefore(tokens, k, endingAt) : undefined;
    if (!leader) continue;
    const end = Math.min(t1, k + 1 + SIDE_WINDOW);
    for (let q = k + 1; q < end; q++)
      if (sides.has(tokens[q].lower) || isCountrys(tokens, q)) {
        leaders.push(leader);
        break;
      }
  }
  return leaders;
}

/** "… led his country's": the side named by its country, the noun left out. */
function isCountrys(tokens: readonly Token[], q: number): boolean {
  return tokens[q].lower === 'country' && ["'s", '’s'].includes(tokens[q + 1]?.lower ?? '');
}

/** The mention right before token `k`, or before an apposition ("Witkoff, Trump's envoy, led"). */
function subjectBefore(
  tokens: readonly Token[],
  k: number,
  endingAt: (i: number) => Mention | undefined,
): Mention | undefined {
  const direct = endingAt(k);
  if (direct || tokens[k - 1]?.text !== ',') return direct;
  for (let q = k - 2; q > 0 && q >= k - APPOSITION_MAX; q--)
    if (tokens[q].text === ',') return endingAt(q);
  return undefined;
}
