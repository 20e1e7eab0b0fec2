/**
 * The answer the model is asked for, as a zod schema: the JSON schema sent in
 * `response_format` is derived from it, and the answer is parsed with it.
 * Optional fields are nullable with a default, so the JSON schema lists every
 * field as required (as OpenAI's strict structured outputs want) while a
 * lenient server's answer that leaves them out still parses.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  POLARITIES,
  RELATION_TYPES,
  STANCE_POSITIONS,
} from '../../dataset/vocabulary';

const Quote = z
  .string()
  .describe('The words of the article that say this, copied exactly, character for character.');

const ActorRef = z
  .string()
  .describe(
    'An actor id from the list, or, for an actor not in the list, its name exactly as the article writes it.',
  );

export const AnswerRelation = z.object({
  source: ActorRef,
  target: ActorRef,
  type: z.enum(RELATION_TYPES),
  polarity: z.enum(POLARITIES),
  quote: Quote,
  confidence: z.number().min(0).max(1).nullable().default(null),
  future: z
    .boolean()
    .nullable()
    .default(null)
    .describe('true when the event is planned or announced, not done'),
});

export const AnswerStance = z.object({
  actor: ActorRef,
  topic: z
    .string()
    .describe(
      'A topic id from the list, or a short name of the topic in the words of the article.',
    ),
  position: z.enum(STANCE_POSITIONS),
  quote: Quote,
});

export const AnswerActor = z.object({
  name: z.string().describe('The name exactly as the article writes it.'),
  kind: z.enum(ACTOR_KINDS),
  title: z.string().nullable().default(null).describe('For a person: the title the article gives.'),
  organization: z
    .string()
    .nullable()
    .default(null)
    .describe('For a person with a title: the id or name of the country or body of that title.'),
});

export const Answer = z.object({
  relations: z.array(AnswerRelation),
  stances: z.array(AnswerStance),
  newActors: z
    .array(AnswerActor)
    .describe('Every actor used above that is not in the list of known actors.'),
});

export type AnswerRelation = z.infer<typeof AnswerRelation>;
export type AnswerStance = z.infer<typeof AnswerStance>;
export type AnswerActor = z.infer<typeof AnswerActor>;

/**
 * The top level only: its items are checked one by one (./validate.ts), so
 * one bad item is dropped with its reason instead of failing the article.
 */
export const AnswerShape = z.object({
  relations: z.array(z.unknown()).default([]),
  stances: z.array(z.unknown()).default([]),
  newActors: z.array(z.unknown()).default([]),
});

/** The JSON schema of the answer, for `response_format: { type: 'json_schema' }`. */
export function answerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Answer, {
    io: 'output',
    target: 'draft-7',
    // Strict structured outputs accept neither `default` nor `$schema`.
    override: (ctx) => {
      delete ctx.jsonSchema.default;
    },
  }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}
