/**
 * The dataset format: what one YAML or JSON dataset file may hold.
 *
 * A file holds any of five sections (actors, topics, documents, relations,
 * stances); a load is a set of files checked together, so an actor defined in
 * one file can be the target of a relation in another. Shapes are checked
 * here; cross-references and quotes are checked in ./validate.ts.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  ASSERTION_METHODS,
  POLARITIES,
  RELATION_TYPES,
  STANCE_POSITIONS,
} from './vocabulary';

/** Ids are readable slugs: they appear in URLs, cursors and diffs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const Id = z
  .string()
  .regex(
    ID_PATTERN,
    'must be a slug: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, at most 128 characters',
  );

const Text = z.string().trim().min(1, 'must not be empty');

/** Names are looked up through an index, whose entries must stay small; 500 characters is far above any real name. */
export const MAX_NAME_LENGTH = 500;
const Name = Text.max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`);

const IsoDate = z.iso.date('must be a date written YYYY-MM-DD');

const Confidence = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

const Offset = z.number().int('must be a whole number').nonnegative('must be 0 or more');

/** A verbatim quote and where it stands in its document's text, in Unicode code points, end exclusive. */
export const EvidenceInput = z.strictObject({
  document: Id.optional(),
  quote: z.string().min(1, 'must not be empty'),
  start: Offset,
  end: Offset,
});

const Details = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const RoleInput = z.strictObject({
  title: Name,
  organization: Id,
});

export const ActorInput = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(Name).default([]),
  wikidataId: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q22686')
    .optional(),
  roles: z.array(RoleInput).default([]),
  description: Text.optional(),
});

export const TopicInput = z.strictObject({
  id: Id,
  name: Name,
  description: Text.optional(),
  concerns: z.array(Id).default([]),
});

export const DocumentInput = z
  .strictObject({
    id: Id,
    title: Text,
    publishedAt: IsoDate,
    url: z.url().optional(),
    publisher: Text.optional(),
    text: z.string().min(1, 'must not be empty').optional(),
    textFile: Text.optional(),
    references: z.array(Text).default([]),
  })
  .refine((d) => (d.text === undefined) !== (d.textFile === undefined), {
    message: 'give exactly one of text (the document inline) or textFile (a path beside this file)',
  });

const Assertion = {
  id: Id,
  polarity: z.enum(POLARITIES),
  confidence: Confidence,
  method: z.enum(ASSERTION_METHODS).default('CURATED'),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  note: Text.optional(),
  evidence: z.array(EvidenceInput).min(1, 'needs at least one evidence quote'),
};

export const RelationInput = z.strictObject({
  ...Assertion,
  type: z.enum(RELATION_TYPES),
  source: Id,
  target: Id,
  date: IsoDate.optional(),
  details: Details.optional(),
});

export const StanceInput = z.strictObject({
  ...Assertion,
  actor: Id,
  topic: Id,
  position: z.enum(STANCE_POSITIONS),
  summary: Text.optional(),
});

export const DatasetFile = z.strictObject({
  actors: z.array(ActorInput).default([]),
  topics: z.array(TopicInput).default([]),
  documents: z.array(DocumentInput).default([]),
  relations: z.array(RelationInput).default([]),
  stances: z.array(StanceInput).default([]),
});

export type EvidenceInput = z.infer<typeof EvidenceInput>;
export type ActorInput = z.infer<typeof ActorInput>;
export type TopicInput = z.infer<typeof TopicInput>;
export type DocumentInput = z.infer<typeof DocumentInput>;
export type RelationInput = z.infer<typeof RelationInput>;
export type StanceInput = z.infer<typeof StanceInput>;
export type DatasetFile = z.infer<typeof DatasetFile>;
