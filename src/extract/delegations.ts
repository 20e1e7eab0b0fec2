/**
 * Delegations: "The U.S. delegation was led by Rubio and Waltz, while Ukraine
 * sent a team headed by Yermak" — two sides, each led by named people, in one
 * sentence: their leaders met. The words are patterns.yaml's `delegations`.
 */
import type { Mention } from './actors';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

/** The two sides of a meeting of delegations in tokens [t0, t1), or undefined. */
export function delegationSides(
  tokens: readonly Token[],
  t0: number,
  t1: number,
  startingAt: (i: number) => Mention | undefined,
  lexicon: Lexicon,
): [Mention, Mention] | undefined {
  const sides: Mention[] = [];
  for (let k = t0; k + 2 < t1; k++) {
    if (!lexicon.delegations.ledBy.has(tokens[k].lower) || tokens[k + 1].lower !== 'by') continue;
    const leader = startingAt(k + 2);
    if (leader) sides.push(leader);
  }
  return sides.length === 2 ? [sides[0], sides[1]] : undefined;
}
