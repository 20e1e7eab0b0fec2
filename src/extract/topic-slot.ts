/**
 * Where a stance pattern's {topic} lands: the known topic a few modifiers
 * after the pattern's words ("a one-month truce"), inside a wrapper noun ("the
 * idea of a ceasefire", "an American proposal for a truce", topics.yaml
 * `wrappers`), or the aim a process names ("negotiations on ending the war"
 * is a stance on ending the war).
 */
import type { Token } from './nlp';
import type { TopicSpan } from './topics';

const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'this']);
const DETERMINERS_TOO = new Set(['that', 'our']);
const WRAPPER_LINKS = new Set(['of', 'for', 'on', 'to']);
const AIM_LINKS = new Set(['on', 'about', 'over', 'toward', 'towards']);
const MAX_MODIFIERS = 5;

/** First token after determiners and modifiers ("a one-month", "an immediate 30-day") from `pos`. */
export function afterModifiers(
  tokens: readonly Token[],
  pos: number,
  limit: number,
  topicAt: ReadonlyMap<number, TopicSpan>,
): number {
  let q = pos;
  for (let skipped = 0; skipped < MAX_MODIFIERS && q < limit; skipped++) {
    if (topicAt.has(q)) break;
    const t = tokens[q];
    const compound = t.pos === 'NOUN' && tokens[q - 1]?.text === '-';
    const modifier =
      DETERMINERS.has(t.lower) ||
      DETERMINERS_TOO.has(t.lower) ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      // "an American proposal": a proper adjective the tagger calls a proper noun.
      (t.pos === 'PROPN' && ['NOUN', 'ADJ'].includes(tokens[q + 1]?.pos ?? '')) ||
      t.text === '-' ||
      // "a full and unconditional 30-day ceasefire".
      (t.lower === 'and' && tokens[q - 1]?.pos === 'ADJ' && tokens[q + 1]?.pos === 'ADJ') ||
      compound;
    if (!modifier) break;
    q++;
  }
  return q;
}

/** The topic span a {topic} slot at `pos` takes, or undefined. */
export function topicAfter(
  tokens: readonly Token[],
  pos: number,
  limit: number,
  topicAt: ReadonlyMap<number, TopicSpan>,
  wrappers: ReadonlySet<string>,
): TopicSpan | undefined {
  const q = afterModifiers(tokens, pos, limit, topicAt);
  let span = topicAt.get(q) ?? topicAt.get(pos);
  const wrapper = tokens[q];
  if (
    !span &&
    wrapper &&
    wrappers.has(wrapper.lemma) &&
    WRAPPER_LINKS.has(tokens[q + 1]?.lower ?? '')
  )
    span = topicAt.get(afterModifiers(tokens, q + 2, limit, topicAt));
  if (!span || span.t1 > limit) return undefined;
  const link = tokens[span.t1];
  if (link && AIM_LINKS.has(link.lower)) {
    const aim = topicAt.get(afterModifiers(tokens, span.t1 + 1, limit, topicAt));
    if (aim && aim.t1 <= limit) span = aim;
  }
  return { t0: pos, t1: span.t1, topicId: span.topicId };
}
