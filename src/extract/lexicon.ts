/**
 * The extractor's data: patterns, lexicons and gazetteer from lexicon/extract/,
 * read and checked with zod, and the patterns compiled once. A malformed file
 * is an error naming the file and the field, like the dataset reader's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { cameoOf } from '../dataset/cameo';
import {
  ACTOR_KINDS,
  POLARITIES,
  RELATION_TYPES,
  STANCE_POSITIONS,
  type ActorKind,
  type Polarity,
  type RelationType,
  type StancePosition,
} from '../dataset/vocabulary';

/** lexicon/extract sits at the project root, two levels above both src/extract and dist/extract. */
export const EXTRACT_DATA_DIR = resolve(__dirname, '..', '..', 'lexicon', 'extract');

const Words = z.array(z.string().min(1));
const Factor = z.number().min(0).max(1);

const PatternGroup = {
  polarity: z.enum(POLARITIES),
  confidence: Factor,
  patterns: z.array(z.string().min(1)).min(1),
};

const PatternsFile = z.strictObject({
  relations: z.array(
    z.strictObject({
      ...PatternGroup,
      type: z.enum(RELATION_TYPES),
      cameo: z
        .string()
        .regex(/^\d{2,4}$/)
        .optional(),
      pair: z.enum(['one', 'both']).optional(),
      future: z.enum(RELATION_TYPES).optional(),
      /** Further types the same words code ("held talks": a meeting and a negotiation). */
      also: z.array(z.enum(RELATION_TYPES)).optional(),
    }),
  ),
  stances: z.array(
    z.strictObject({
      ...PatternGroup,
      position: z.enum(STANCE_POSITIONS),
      newTopic: z.boolean().optional(),
    }),
  ),
  notEvents: z.array(z.string().min(1)).default([]),
  delegations: z.strictObject({
    ledBy: Words,
    sides: Words,
    type: z.enum(RELATION_TYPES),
    also: z.array(z.enum(RELATION_TYPES)).optional(),
    confidence: Factor,
  }),
  negation: z.strictObject({ words: Words, verbs: Words }),
  hedges: z.record(z.string(), Factor),
  sentenceHedges: z.record(z.string(), Factor),
  reporting: z.strictObject({ verbs: Words }),
  fillers: Words,
  future: z.strictObject({ words: Words, verbs: Words }),
  conditionals: Words,
  ignoreLines: z.array(z.string()),
});

const GazetteerEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/),
  name: z.string().min(1),
  aliases: Words.default([]),
  demonyms: Words.default([]),
});

/** A person the registry may lack, with the offices news copy names them by ("the French president"). */
const GazetteerPerson = GazetteerEntry.extend({
  roles: z
    .array(z.strictObject({ title: z.string().min(1), organization: z.string().min(1) }))
    .default([]),
});

const GazetteerFile = z.strictObject({
  countries: z.array(GazetteerEntry),
  organizations: z.array(GazetteerEntry.extend({ kind: z.enum(ACTOR_KINDS) })),
  media: z.array(GazetteerEntry),
  people: z.array(GazetteerPerson).default([]),
  titles: z.strictObject({ heads: Words, modifiers: Words }),
  orgHeads: z.partialRecord(z.enum(ACTOR_KINDS), Words),
  representatives: Words,
  groups: z.strictObject({ nouns: Words, notAdjectives: Words, adjectives: Words.default([]) }),
  anaphora: z.strictObject({
    person: Words,
    thing: Words,
    plural: Words,
    // PEOPLE: "the three leaders", the last several persons named together.
    pairs: z.strictObject({ PERSON: Words, COUNTRY: Words, ANY: Words, PEOPLE: Words.default([]) }),
    organizations: Words,
    countries: Words,
    quantifiers: Words,
    officials: Words,
  }),
  topicAnaphora: Words,
  offices: z.strictObject({
    leaders: Words,
    leaderWords: Words,
    counterparts: Words,
    bare: Words,
  }),
});

const FurnitureFile = z.strictObject({ lines: Words, prefixes: Words });

const SpeechFile = z.strictObject({
  firstPerson: z.strictObject({ singular: Words, plural: Words }),
  jointVerbs: Words,
  doubters: Words.default([]),
  denials: Words.default([]),
  quotes: z.strictObject({ open: Words, close: Words }),
});

const ModalityFile = z.strictObject({
  hypothetical: Words,
  eventTypes: z.array(z.enum(RELATION_TYPES)),
  nonActNouns: Words,
  conditionsAfter: Words,
  irrealis: Words,
  expectations: Words,
  counterfactual: Words,
  negatedStances: z.partialRecord(z.enum(STANCE_POSITIONS), z.enum(STANCE_POSITIONS)).default({}),
});

const TopicsFile = z.strictObject({
  keywords: z.record(z.string(), Words),
  wrappers: Words.default([]),
  lone: z.record(z.string(), z.string().min(1)).default({}),
  notHeads: Words.default([]),
  topics: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/),
      name: z.string().min(1),
      keywords: Words.default([]),
    }),
  ),
});

export type PatternElement =
  | { kind: 'word'; words: ReadonlySet<string>; prefixes: readonly string[]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; slot: 'source' | 'target' | 'topic'; optional: boolean };

interface CompiledBase {
  /** The pattern as written, for notes and debugging. */
  text: string;
  elements: PatternElement[];
  /** Index of the first required word: where matching starts looking. */
  anchor: number;
  polarity: Polarity;
  confidence: number;
  /** Order in the file: earlier patterns win ties. */
  order: number;
}

export interface RelationPattern extends CompiledBase {
  category: 'relation';
  type: RelationType;
  cameo: string;
  pair: 'one' | 'both' | undefined;
  future: RelationType | undefined;
  /** Further types coded by the same match, each with its own polarity and CAMEO code. */
  also: AlsoType[];
}

export interface AlsoType {
  type: RelationType;
  polarity: Polarity;
  cameo: string;
}

export interface StancePattern extends CompiledBase {
  category: 'stance';
  position: StancePosition;
  newTopic: boolean;
}

/** A phrase that looks like an event but is not one ("called him a dictator"): it outmatches shorter relation patterns. */
export interface NotEventPattern extends CompiledBase {
  category: 'not-event';
}

export type CompiledPattern = RelationPattern | StancePattern | NotEventPattern;

export interface GazetteerActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  demonyms: string[];
  /** Offices of a gazetteer person, as the registry writes them ("President of France", france). */
  roles?: Array<{ title: string; organization: string }>;
}

export interface Lexicon {
  patterns: CompiledPattern[];
  negationWords: ReadonlySet<string>;
  negationVerbs: ReadonlySet<string>;
  hedges: ReadonlyMap<string, number>;
  sentenceHedges: ReadonlyArray<{ words: string[]; factor: number }>;
  reportingVerbs: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  futureWords: ReadonlySet<string>;
  futureVerbs: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  ignoreLines: RegExp[];
  gazetteer: GazetteerActor[];
  titleHeads: ReadonlySet<string>;
  titleModifiers: ReadonlySet<string>;
  orgHeads: ReadonlyMap<string, ActorKind>;
  representatives: string[][];
  groupNouns: ReadonlySet<string>;
  notAdjectives: ReadonlySet<string>;
  /** Capitalised adjectives of regions that make a group though tagged proper nouns ("European governments"). */
  groupAdjectives: ReadonlySet<string>;
  anaphora: z.infer<typeof GazetteerFile>['anaphora'];
  topicAnaphora: ReadonlySet<string>;
  topicKeywords: ReadonlyMap<string, string[]>;
  lexiconTopics: ReadonlyArray<{ id: string; name: string; keywords: string[] }>;
  /** Nouns a stance may take alone ("welcomed the talks"), each with the topic name it proposes. */
  loneTopics: ReadonlyMap<string, string>;
  /** Nouns that wrap a topic: "the idea of a ceasefire", "a proposal for a truce". */
  topicWrappers: ReadonlySet<string>;
  /** Head nouns that never make a new topic ("weeks of talks", "the day"). */
  notTopicHeads: ReadonlySet<string>;
  /** Offices named instead of people ("the U.S. leader", "his Russian counterpart"); lowercased phrases. */
  offices: {
    leaders: ReadonlySet<string>;
    leaderWords: readonly string[];
    counterparts: string[][];
    bare: string[][];
  };
  /** "led by" / "headed by": leaders of two sides in one sentence meet (./delegations.ts). */
  delegations: { ledBy: ReadonlySet<string>; sides: ReadonlySet<string>; pattern: RelationPattern };
  /** Page furniture lines (lowercased). */
  furniture: { lines: ReadonlySet<string>; prefixes: readonly string[] };
  speech: {
    singular: ReadonlySet<string>;
    plural: ReadonlySet<string>;
    jointVerbs: ReadonlySet<string>;
    /** Nouns for people whose word about someone's position is no evidence of it ("critics"). */
    doubters: ReadonlySet<string>;
    /** Lemmas of verbs that deny their that-clause ("denied that he had …"). */
    denials: ReadonlySet<string>;
    open: ReadonlySet<string>;
    close: ReadonlySet<string>;
  };
  modality: {
    hypothetical: ReadonlySet<string>;
    eventTypes: ReadonlySet<RelationType>;
    nonActNouns: ReadonlySet<string>;
    /** Words that open a condition after a position ("would back it if …"). */
    conditionsAfter: ReadonlySet<string>;
    /** Words (lowercase or lemma) that make a position depend on something. */
    irrealis: ReadonlySet<string>;
    /** In a stance's verb group: a position expected or scheduled, not held. */
    expectations: ReadonlySet<string>;
    /** Modals that with "have" make a counterfactual ("would have opposed"). */
    counterfactual: ReadonlySet<string>;
    negatedStances: Partial<Record<StancePosition, StancePosition>>;
  };
}

export class LexiconError extends Error {
  override name = 'LexiconError';
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new LexiconError(
      `${file}: cannot be read as YAML: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new LexiconError(`${file}: invalid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

const GAP_MAX = 6;

/** Compiles one pattern string; throws a LexiconError naming it when it is malformed. */
export function compilePattern(
  text: string,
  file = 'pattern',
): {
  elements: PatternElement[];
  anchor: number;
} {
  const elements: PatternElement[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const gap = /^\.\.\.(\d+)?$/.exec(raw);
    if (gap) {
      elements.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : GAP_MAX });
      continue;
    }
    const slot = /^\{(source|target|topic)\}(\?)?$/.exec(raw);
    if (slot) {
      elements.push({
        kind: 'slot',
        slot: slot[1] as 'source' | 'target' | 'topic',
        optional: slot[2] === '?',
      });
      continue;
    }
    if (/[{}]/.test(raw)) throw new LexiconError(`${file}: "${text}": unknown slot ${raw}`);
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = optional ? raw.slice(0, -1) : raw;
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const alt of body.split('|')) {
      if (alt === '') throw new LexiconError(`${file}: "${text}": empty alternative in ${raw}`);
      const w = alt.toLowerCase().replace(/[’‘]/g, "'");
      if (w.endsWith('*') && w.length > 1) prefixes.push(w.slice(0, -1));
      else words.add(w);
    }
    elements.push({ kind: 'word', words, prefixes, optional });
  }
  const anchor = elements.findIndex((e) => e.kind === 'word' && !e.optional);
  if (anchor === -1)
    throw new LexiconError(`${file}: "${text}": a pattern needs at least one required word`);
  return { elements, anchor };
}

export interface LexiconPaths {
  patterns?: string;
  gazetteer?: string;
  topics?: string;
  furniture?: string;
  speech?: string;
  modality?: string;
}

let cached: Lexicon | undefined;

/** The lexicon of lexicon/extract, read and compiled on first use. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

export function loadLexicon(paths: LexiconPaths = {}): Lexicon {
  const patternsFile = paths.patterns ?? resolve(EXTRACT_DATA_DIR, 'patterns.yaml');
  const gazetteerFile = paths.gazetteer ?? resolve(EXTRACT_DATA_DIR, 'gazetteer.yaml');
  const topicsFile = paths.topics ?? resolve(EXTRACT_DATA_DIR, 'topics.yaml');
  const p = readYaml(patternsFile, PatternsFile);
  const g = readYaml(gazetteerFile, GazetteerFile);
  const t = readYaml(topicsFile, TopicsFile);
  const f = readYaml(paths.furniture ?? resolve(EXTRACT_DATA_DIR, 'furniture.yaml'), FurnitureFile);
  const sp = readYaml(paths.speech ?? resolve(EXTRACT_DATA_DIR, 'speech.yaml'), SpeechFile);
  const mo = readYaml(paths.modality ?? resolve(EXTRACT_DATA_DIR, 'modality.yaml'), ModalityFile);

  const patterns: CompiledPattern[] = [];
  for (const group of p.relations) {
    for (const text of group.patterns) {
      patterns.push({
        category: 'relation',
        text,
        ...compilePattern(text, patternsFile),
        polarity: group.polarity,
        confidence: group.confidence,
        order: patterns.length,
        type: group.type,
        cameo: group.cameo ?? cameoOf(group.type).code,
        pair: group.pair,
        future: group.future,
        also: (group.also ?? []).map((type) => ({
          type,
          polarity: p.relations.find((r) => r.type === type)?.polarity ?? group.polarity,
          cameo: cameoOf(type).code,
        })),
      });
    }
  }
  for (const group of p.stances) {
    for (const text of group.patterns) {
      const compiled = compilePattern(text, patternsFile);
      if (!compiled.elements.some((e) => e.kind === 'slot' && e.slot === 'topic'))
        throw new LexiconError(`${patternsFile}: "${text}": a stance pattern needs a {topic}`);
      patterns.push({
        category: 'stance',
        text,
        ...compiled,
        polarity: group.polarity,
        confidence: group.confidence,
        order: patterns.length,
        position: group.position,
        newTopic: group.newTopic ?? false,
      });
    }
  }

  for (const text of p.notEvents) {
    patterns.push({
      category: 'not-event',
      text,
      ...compilePattern(text, patternsFile),
      polarity: 'NEUTRAL',
      confidence: 0,
      order: patterns.length,
    });
  }

  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  const orgHeads = new Map<string, ActorKind>();
  for (const [kind, words] of Object.entries(g.orgHeads)) {
    for (const w of words ?? []) orgHeads.set(w, kind as ActorKind);
  }
  const ignoreLines = p.ignoreLines.map((source) => {
    try {
      return new RegExp(source, 'u');
    } catch (err) {
      throw new LexiconError(
        `${patternsFile}: ignoreLines: "${source}" is not a regular expression: ${String(err)}`,
      );
    }
  });

  return {
    patterns,
    negationWords: lower(p.negation.words),
    negationVerbs: lower(p.negation.verbs),
    hedges: new Map(Object.entries(p.hedges).map(([w, f]) => [w.toLowerCase(), f])),
    sentenceHedges: Object.entries(p.sentenceHedges).map(([phrase, factor]) => ({
      words: phrase.toLowerCase().split(/\s+/),
      factor,
    })),
    reportingVerbs: lower(p.reporting.verbs),
    fillers: lower(p.fillers),
    futureWords: lower(p.future.words),
    futureVerbs: lower(p.future.verbs),
    conditionals: lower(p.conditionals),
    ignoreLines,
    gazetteer: [
      ...g.countries.map((c) => ({ ...c, kind: 'COUNTRY' as const })),
      ...g.organizations,
      ...g.media.map((m) => ({ ...m, kind: 'MEDIA' as const })),
      ...g.people.map((m) => ({ ...m, kind: 'PERSON' as const })),
    ],
    titleHeads: new Set(g.titles.heads),
    titleModifiers: new Set(g.titles.modifiers),
    orgHeads,
    representatives: g.representatives.map((r) => r.toLowerCase().split(/\s+/)),
    groupNouns: lower(g.groups.nouns),
    notAdjectives: lower(g.groups.notAdjectives),
    groupAdjectives: lower(g.groups.adjectives),
    anaphora: g.anaphora,
    topicAnaphora: lower(g.topicAnaphora),
    topicKeywords: new Map(Object.entries(t.keywords)),
    lexiconTopics: t.topics,
    topicWrappers: lower(t.wrappers),
    notTopicHeads: lower(t.notHeads),
    loneTopics: new Map(Object.entries(t.lone).map(([k, v]) => [k.toLowerCase(), v])),
    offices: {
      leaders: lower(g.offices.leaders),
      leaderWords: g.offices.leaderWords.map((w) => w.toLowerCase()),
      counterparts: g.offices.counterparts.map((w) => w.toLowerCase().split(/\s+/)),
      bare: g.offices.bare
        .map((w) => w.toLowerCase().split(/\s+/))
        .sort((a, b) => b.length - a.length),
    },
    delegations: {
      ledBy: lower(p.delegations.ledBy),
      sides: lower(p.delegations.sides),
      pattern: {
        category: 'relation',
        text: `${p.delegations.ledBy[0] ?? 'led'} by {source} … ${p.delegations.ledBy[0] ?? 'led'} by {target}`,
        elements: [],
        anchor: 0,
        polarity: 'NEUTRAL',
        confidence: p.delegations.confidence,
        order: patterns.length,
        type: p.delegations.type,
        cameo: cameoOf(p.delegations.type).code,
        pair: 'one',
        future: undefined,
        also: (p.delegations.also ?? []).map((type) => ({
          type,
          polarity: p.relations.find((r) => r.type === type)?.polarity ?? 'NEUTRAL',
          cameo: cameoOf(type).code,
        })),
      },
    },
    furniture: { lines: lower(f.lines), prefixes: f.prefixes.map((w) => w.toLowerCase()) },
    speech: {
      singular: lower(sp.firstPerson.singular),
      plural: lower(sp.firstPerson.plural),
      jointVerbs: lower(sp.jointVerbs),
      doubters: lower(sp.doubters),
      denials: lower(sp.denials),
      open: new Set(sp.quotes.open),
      close: new Set(sp.quotes.close),
    },
    modality: {
      hypothetical: lower(mo.hypothetical),
      eventTypes: new Set(mo.eventTypes),
      nonActNouns: lower(mo.nonActNouns),
      conditionsAfter: lower(mo.conditionsAfter),
      irrealis: lower(mo.irrealis),
      expectations: lower(mo.expectations),
      counterfactual: lower(mo.counterfactual),
      negatedStances: mo.negatedStances,
    },
  };
}
