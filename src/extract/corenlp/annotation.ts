/**
 * The part of CoreNLP's JSON output the parse-based extractor reads, checked
 * with zod so that a changed server answer fails with a clear message rather
 * than an undefined deep in the engine. Token and sentence indexes follow
 * CoreNLP: token `index` and dependency governor/dependent are 1-based within
 * a sentence (0 is ROOT); coref mention start/end/head indexes are 1-based
 * within sentence `sentNum` (1-based); quote tokens are 0-based over the
 * document. Character offsets count UTF-16 code units, as JavaScript does.
 */
import { z } from 'zod';

const Token = z.object({
  index: z.number().int(),
  word: z.string(),
  originalText: z.string(),
  lemma: z.string(),
  characterOffsetBegin: z.number().int(),
  characterOffsetEnd: z.number().int(),
  pos: z.string(),
  ner: z.string(),
});

const Dependency = z.object({
  dep: z.string(),
  governor: z.number().int(),
  dependent: z.number().int(),
});

const EntityMention = z.object({
  tokenBegin: z.number().int(),
  tokenEnd: z.number().int(),
  text: z.string(),
  ner: z.string(),
});

const Sentence = z.object({
  index: z.number().int(),
  tokens: z.array(Token),
  enhancedPlusPlusDependencies: z.array(Dependency),
  entitymentions: z.array(EntityMention).default([]),
});

const CorefMention = z.object({
  id: z.number().int(),
  text: z.string(),
  type: z.string(),
  number: z.string(),
  gender: z.string(),
  startIndex: z.number().int(),
  endIndex: z.number().int(),
  headIndex: z.number().int(),
  sentNum: z.number().int(),
  isRepresentativeMention: z.boolean(),
});

const Quote = z.object({
  id: z.number().int(),
  text: z.string(),
  beginIndex: z.number().int(),
  endIndex: z.number().int(),
  beginToken: z.number().int(),
  endToken: z.number().int(),
  beginSentence: z.number().int(),
  endSentence: z.number().int(),
  speaker: z.string().optional(),
  canonicalSpeaker: z.string().optional(),
  mentionBegin: z.number().int().optional(),
  mentionEnd: z.number().int().optional(),
  canonicalMentionBegin: z.number().int().optional(),
  canonicalMentionEnd: z.number().int().optional(),
});

export const CoreNlpDocument = z.object({
  sentences: z.array(Sentence),
  corefs: z.record(z.string(), z.array(CorefMention)).default({}),
  quotes: z.array(Quote).default([]),
});

export type CoreNlpDocument = z.infer<typeof CoreNlpDocument>;
export type CoreNlpSentence = z.infer<typeof Sentence>;
export type CoreNlpToken = z.infer<typeof Token>;
export type CoreNlpDependency = z.infer<typeof Dependency>;
export type CoreNlpCorefMention = z.infer<typeof CorefMention>;
export type CoreNlpQuote = z.infer<typeof Quote>;

/** Parses a server answer; the message names the first field that does not fit. */
export function parseAnnotation(json: unknown): CoreNlpDocument {
  const result = CoreNlpDocument.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '(root)';
  throw new Error(
    `CoreNLP answered JSON that does not fit the expected annotation at ${where}: ${issue?.message ?? 'invalid'}`,
  );
}
