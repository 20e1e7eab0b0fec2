/**
 * The closed vocabularies of stancegraph. schema.graphql publishes the same
 * enums; test/unit/vocabulary.test.ts keeps the two in step.
 *
 * Shared by the server and the explorer (explorer/src/vocabulary.ts), so it
 * holds plain data only: it imports nothing, and lint (eslint.config.mjs,
 * "Layers") keeps it that way.
 */

export const ACTOR_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'GOVERNMENT',
  'GROUP',
  'MEDIA',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Directed actor-to-actor relation types; each maps to a CAMEO event code in lexicon/cameo.yaml. */
export const RELATION_TYPES = [
  'CALLED',
  'SPOKE_WITH',
  'MEETS',
  'WILL_MEET',
  'AGREES_TO_NEGOTIATE',
  'NEGOTIATES_WITH',
  'SUPPORTS',
  'OFFERS_COOPERATION',
  'PRAISES',
  'TRUSTS',
  'AGREES_WITH',
  'OPPOSES',
  'CRITICIZES',
  'WORRIES_ABOUT',
  'THREATENS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const POLARITIES = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What an actor does about a topic: the rows of a topic's "who supports, who opposes, who worries". */
export const STANCE_POSITIONS = ['SUPPORTS', 'OPPOSES', 'WORRIES_ABOUT', 'UNDECIDED'] as const;
export type StancePosition = (typeof STANCE_POSITIONS)[number];

/** How an edge entered the graph: written by an analyst, or proposed by the extractor. */
export const ASSERTION_METHODS = ['CURATED', 'EXTRACTED'] as const;
export type AssertionMethod = (typeof ASSERTION_METHODS)[number];
