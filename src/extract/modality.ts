/**
 * Modality: whether a matched event is reported as done, as planned, as a mere
 * possibility, or denied. Words come from lexicon/extract (patterns.yaml for
 * negation and the future, modality.yaml for possibilities and non-acts).
 */
import type { RelationType, StancePosition } from '../dataset/vocabulary';
import type { Clause } from './document';
import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'negated';

/**
 * The modality of a match from its verb group (the auxiliaries and adverbs
 * right before it), the words inside it, the words of its clause before it,
 * and those of them after the clause's last actor ("Moscow was not planning
 * new talks": the negation governs the talks).
 */
export function modalityOf(
  group: readonly Token[],
  inside: readonly Token[],
  before: readonly Token[],
  sinceActor: readonly Token[],
  lexicon: Lexicon,
): Modality {
  const negation = (t: Token) =>
    lexicon.negationWords.has(t.lower) ||
    lexicon.negationWords.has(t.lemma) ||
    lexicon.negationVerbs.has(t.lemma);
  if ([...group, ...inside, ...sinceActor].some(negation)) return 'negated';
  const hypothetical = (t: Token, k: number, all: readonly Token[]) =>
    lexicon.modality.hypothetical.has(t.lower) && !isMonth(t, all[k - 1]);
  if (group.some(hypothetical) || before.some(hypothetical)) return 'hypothetical';
  const future = (t: Token) => lexicon.futureWords.has(t.lower) || lexicon.futureVerbs.has(t.lemma);
  if (group.some(future)) return 'future';
  return 'asserted';
}

/** "in May", "since May": the month, not the modal. */
function isMonth(t: Token, prev: Token | undefined): boolean {
  return t.text === 'May' && (t.pos === 'PROPN' || prev?.pos === 'ADP');
}

/**
 * The relation type to code for a match of `type` (with its pattern's future
 * type) in a modality, or undefined to code nothing: an event that did not
 * happen is not coded ("maybe I should call him"), a planned or possible one
 * takes its future type ("might meet": WILL_MEET); attitudes keep their type
 * (hedges lower them).
 */
export function typeFor(
  type: RelationType,
  future: RelationType | undefined,
  modality: Modality,
  lexicon: Lexicon,
): RelationType | undefined {
  const event = lexicon.modality.eventTypes.has(type);
  switch (modality) {
    case 'negated':
      return undefined;
    case 'hypothetical':
    case 'future':
      return future ?? (event ? undefined : type);
    case 'asserted':
      return type;
    default: {
      const never: never = modality;
      return never;
    }
  }
}

/**
 * Does this clause report only what a condition imagines? The condition itself
 * ("until Moscow agrees", "if Kyiv withdraws") and the clause right after a
 * condition that opens the sentence ("If Russia rejects it, Washington could …").
 */
export function isConditional(tokens: readonly Token[], clause: Clause, lexicon: Lexicon): boolean {
  const opens = (c: Clause | undefined) =>
    c !== undefined && lexicon.conditionals.has(tokens[c.t0].lower);
  if (opens(clause)) return true;
  const previous = clause.sentence.clauses[clause.index - 1];
  return clause.index === 1 && opens(previous);
}

/**
 * Does a position wait on a condition stated after it ("would back the deal if farmers
 * received guarantees", "ready to negotiate, provided that …")? Needs a word of
 * `irrealis` in the clause up to the match's end and a word of `conditionsAfter` later in
 * the sentence, not "even if" or "as if".
 */
export function isConditionedAfter(
  tokens: readonly Token[],
  clause: Clause,
  matchEnd: number,
  lexicon: Lexicon,
): boolean {
  const { irrealis, conditionsAfter } = lexicon.modality;
  let open = false;
  for (let k = clause.t0; k < matchEnd && !open; k++)
    open = irrealis.has(tokens[k].lower) || irrealis.has(tokens[k].lemma);
  if (!open) return false;
  for (let k = matchEnd; k < clause.sentence.t1; k++) {
    const t = tokens[k];
    if (!conditionsAfter.has(t.lower)) continue;
    const prev = tokens[k - 1]?.lower;
    if (prev === 'even' || prev === 'as') continue;
    if (t.lower.startsWith('provid') && tokens[k + 1]?.lower !== 'that' && prev !== ',') continue;
    return true;
  }
  return false;
}

/**
 * Is a stance with this verb group not held (yet)? Expected or scheduled ("is expected to
 * back", "plans to propose") or counterfactual ("would have opposed").
 */
export function isUnheldStance(group: readonly Token[], lexicon: Lexicon): boolean {
  const { expectations, counterfactual } = lexicon.modality;
  if (group.some((t) => expectations.has(t.lower) || expectations.has(t.lemma))) return true;
  return group.some((t) => t.lower === 'have') && group.some((t) => counterfactual.has(t.lower));
}

/** The position a negated stance takes ("would not support": opposes), or undefined to drop it. */
export function positionUnderNegation(
  position: StancePosition,
  lexicon: Lexicon,
): StancePosition | undefined {
  return lexicon.modality.negatedStances[position];
}

/**
 * "questioned the necessity of supporting Ukraine": a verb right after "of"
 * and a noun (or one of modality.yaml's nonActNouns) is that noun's content,
 * not an act of the clause's actor.
 */
export function isNonAct(tokens: readonly Token[], anchor: number, lexicon: Lexicon): boolean {
  const t = tokens[anchor];
  const of = tokens[anchor - 1];
  const noun = tokens[anchor - 2];
  if (!t || !of || !noun || of.lower !== 'of') return false;
  if (!t.lower.endsWith('ing')) return false;
  return lexicon.modality.nonActNouns.has(noun.lower);
}
