/**
 * The model's answer → an Analysis of ../engine.ts, so that ../draft.ts writes
 * it as it writes the rules engine's. The answer is parsed with the zod schema
 * of ./answer.ts; each relation and stance must quote the article (./quotes.ts)
 * and name actors and topics that resolve (./resolve.ts), or it is dropped with
 * its reason. A planned event is kept only as WILL_MEET: nothing planned is
 * coded as done.
 */
import type { z } from 'zod';
import { cameoOf } from '../../dataset/cameo';
import type { Polarity, RelationType, StancePosition } from '../../dataset/vocabulary';
import { relationId, type Analysis, type FoundRelation, type FoundStance } from '../engine';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';
import { AnswerActor, AnswerRelation, AnswerShape, AnswerStance } from './answer';
import { oneLine } from './client';
import { LlmError } from './errors';
import { MIN_QUOTE_LENGTH, QuoteLocator, type Located } from './quotes';
import { Resolver } from './resolve';

export type DropCause = 'schema' | 'quote' | 'actor' | 'topic' | 'modality' | 'self';

export interface Dropped {
  item: 'relation' | 'stance' | 'newActor';
  /** Its place in the answer's list, from 1. */
  number: number;
  cause: DropCause;
  reason: string;
}

export interface Checked {
  analysis: Analysis;
  dropped: Dropped[];
  /** Quotes found only once quotation marks, dashes and spaces were read alike. */
  reanchored: number;
}

const STANCE_POLARITY: Record<StancePosition, Polarity> = {
  SUPPORTS: 'POSITIVE',
  OPPOSES: 'NEGATIVE',
  WORRIES_ABOUT: 'NEGATIVE',
  UNDECIDED: 'NEUTRAL',
};
/** The confidence of an item whose answer gives none. Neither figure is calibrated. */
const DEFAULT_CONFIDENCE = 0.5;

/** The answer's text as JSON: a clear error when it is not, or when its top level is not the schema's. */
export function parseAnswer(content: string): z.infer<typeof AnswerShape> {
  // Some servers wrap JSON in a Markdown fence even when asked for a schema.
  const bare = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(bare);
  } catch {
    throw new LlmError(
      `the model's answer is not JSON (it begins ${JSON.stringify(oneLine(content, 60))}): check that the server behind STANCEGRAPH_LLM_URL supports response_format json_schema`,
    );
  }
  const shape = AnswerShape.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    throw new LlmError(
      `the model's answer does not follow the schema (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}): check that the server behind STANCEGRAPH_LLM_URL supports response_format json_schema`,
    );
  }
  return shape.data;
}

export function checkAnswer(
  text: string,
  content: string,
  registry: Registry,
  lexicon: Lexicon,
  model: string,
): Checked {
  const answer = parseAnswer(content);
  const resolver = new Resolver(text, registry, lexicon);
  const quotes = new QuoteLocator(text);
  const dropped: Dropped[] = [];
  let reanchored = 0;
  const drop = (item: Dropped['item'], k: number, cause: DropCause, reason: string) =>
    dropped.push({ item, number: k + 1, cause, reason });
  const quoteOf = (item: Dropped['item'], k: number, quote: string): Located | undefined => {
    if ([...quote.trim()].length < MIN_QUOTE_LENGTH) {
      drop(item, k, 'quote', `quote ${JSON.stringify(quote)} is too short to be evidence`);
      return undefined;
    }
    const found = quotes.locate(quote);
    if (!found)
      drop(item, k, 'quote', `quote ${JSON.stringify(oneLine(quote, 80))} is not in the article`);
    else if (!found.exact) reanchored++;
    return found;
  };

  answer.newActors.forEach((raw, k) => {
    const a = AnswerActor.safeParse(raw);
    if (a.success) resolver.addDeclared(a.data);
    else drop('newActor', k, 'schema', schemaReason(a.error));
  });

  const relations = new Map<string, FoundRelation>();
  for (const [k, raw] of answer.relations.entries()) {
    const parsed = AnswerRelation.safeParse(raw);
    if (!parsed.success) {
      drop('relation', k, 'schema', schemaReason(parsed.error));
      continue;
    }
    const r = parsed.data;
    const type = modal(r.type, r.future === true);
    if (!type) {
      drop('relation', k, 'modality', `a planned ${r.type} is not coded as done`);
      continue;
    }
    const found = quoteOf('relation', k, r.quote);
    if (!found) continue;
    const source = resolver.actor(r.source);
    const target = resolver.actor(r.target);
    if ('reason' in source) {
      drop('relation', k, 'actor', source.reason);
      continue;
    }
    if ('reason' in target) {
      drop('relation', k, 'actor', target.reason);
      continue;
    }
    if (source.id === target.id) {
      drop('relation', k, 'self', `source and target are both ${source.id}`);
      continue;
    }
    const id = relationId(source.id, type, target.id);
    const relation: FoundRelation = relations.get(id) ?? {
      id,
      type,
      source: source.id,
      target: target.id,
      polarity: r.polarity,
      confidence: 0,
      pattern: `LLM ${model}, quote checked`,
      cameo: cameoOf(type).code,
      evidence: [],
    };
    relation.confidence = Math.max(relation.confidence, confidenceOf(r.confidence));
    addEvidence(relation.evidence, found);
    relations.set(id, relation);
  }

  const stances = new Map<string, FoundStance>();
  for (const [k, raw] of answer.stances.entries()) {
    const parsed = AnswerStance.safeParse(raw);
    if (!parsed.success) {
      drop('stance', k, 'schema', schemaReason(parsed.error));
      continue;
    }
    const s = parsed.data;
    const found = quoteOf('stance', k, s.quote);
    if (!found) continue;
    const actor = resolver.actor(s.actor);
    if ('reason' in actor) {
      drop('stance', k, 'actor', actor.reason);
      continue;
    }
    const topic = resolver.topic(s.topic);
    if ('reason' in topic) {
      drop('stance', k, 'topic', topic.reason);
      continue;
    }
    const id = `stance-${actor.id}-${topic.id}-${s.position.toLowerCase().replace(/_/g, '-')}`;
    const stance: FoundStance = stances.get(id) ?? {
      id,
      actor: actor.id,
      topic: topic.id,
      position: s.position,
      polarity: STANCE_POLARITY[s.position],
      confidence: DEFAULT_CONFIDENCE,
      pattern: `LLM ${model}, quote checked`,
      evidence: [],
    };
    addEvidence(stance.evidence, found);
    stances.set(id, stance);
  }

  resolver.proposeTitled();
  const analysis: Analysis = {
    relations: [...relations.values()],
    stances: shortStanceIds([...stances.values()]),
    actors: resolver.actors,
    topics: resolver.topics,
    titled: resolver.titled,
    firstSeen: firstSeen(text, resolver, relations, stances),
  };
  return { analysis, dropped, reanchored };
}

/** future: a planned meeting is WILL_MEET; any other planned event is left out. */
function modal(type: RelationType, future: boolean): RelationType | undefined {
  if (!future) return type;
  return type === 'MEETS' || type === 'WILL_MEET' ? 'WILL_MEET' : undefined;
}

function confidenceOf(c: number | null): number {
  const x = c ?? DEFAULT_CONFIDENCE;
  return Math.max(0.05, Math.min(0.99, Math.round(x * 100) / 100));
}

function addEvidence(into: FoundRelation['evidence'], q: Located): void {
  if (!into.some((e) => e.start === q.start && e.end === q.end))
    into.push({ start: q.start, end: q.end });
  into.sort((a, b) => a.start - b.start || a.end - b.end);
}

function schemaReason(error: z.ZodError): string {
  const issue = error.issues[0];
  return `does not follow the schema (${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'})`;
}

/** As the rules engine names them: the position joins a stance's id only where the pair has several. */
function shortStanceIds(stances: FoundStance[]): FoundStance[] {
  const count = new Map<string, number>();
  for (const s of stances)
    count.set(`${s.actor}\0${s.topic}`, (count.get(`${s.actor}\0${s.topic}`) ?? 0) + 1);
  return stances.map((s) =>
    (count.get(`${s.actor}\0${s.topic}`) ?? 0) > 1
      ? s
      : { ...s, id: `stance-${s.actor}-${s.topic}` },
  );
}

/** Where each actor is first named (its name or an alias), else its first evidence. */
function firstSeen(
  text: string,
  resolver: Resolver,
  relations: ReadonlyMap<string, FoundRelation>,
  stances: ReadonlyMap<string, FoundStance>,
): Map<string, number> {
  const seen = new Map<string, number>();
  const note = (id: string, at: number) => seen.set(id, Math.min(seen.get(id) ?? at, at));
  for (const r of relations.values()) {
    note(r.source, r.evidence[0]?.start ?? 0);
    note(r.target, r.evidence[0]?.start ?? 0);
  }
  for (const s of stances.values()) note(s.actor, s.evidence[0]?.start ?? 0);
  for (const id of resolver.titled) note(id, text.length);
  for (const id of seen.keys()) {
    const a = resolver.actors.actors.get(id);
    for (const name of a ? [a.name, ...a.aliases] : []) {
      const at = text.indexOf(name);
      if (at !== -1) note(id, at);
    }
  }
  return seen;
}
