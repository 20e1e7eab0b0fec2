/**
 * Reads lexicon/extract/verbs.yaml, the parse-based engine's dictionary of
 * event verbs, event nouns, stance verbs and predicates, and modality words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { cameoOf } from '../../dataset/cameo';
import {
  POLARITIES,
  RELATION_TYPES,
  STANCE_POSITIONS,
  type Polarity,
  type RelationType,
  type StancePosition,
} from '../../dataset/vocabulary';
import { EXTRACT_DATA_DIR, LexiconError } from '../lexicon';

export const DEFAULT_VERBS_FILE = resolve(EXTRACT_DATA_DIR, 'verbs.yaml');

const Words = z.array(z.string().min(1));
const RelationEntry = z.strictObject({
  type: z.enum(RELATION_TYPES),
  polarity: z.enum(POLARITIES),
  confidence: z.number().gt(0).max(1),
  verbs: Words.default([]),
  nouns: Words.default([]),
  targets: Words.min(1),
  passive: Words.default([]),
  pair: z.enum(['one', 'both']).optional(),
  future: z.enum(RELATION_TYPES).optional(),
  futurePair: z.enum(['one', 'both']).optional(),
  unless: Words.default([]),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
});
const StanceEntry = z.strictObject({
  position: z.enum(STANCE_POSITIONS),
  polarity: z.enum(POLARITIES),
  confidence: z.number().gt(0).max(1),
  verbs: Words.default([]),
  nouns: Words.default([]),
  predicates: Words.default([]),
  topics: Words.default([]),
  newTopic: z.boolean().default(false),
});
const VerbsFile = z.strictObject({
  relations: z.array(RelationEntry),
  stances: z.array(StanceEntry),
  modality: z.strictObject({
    future: Words,
    possible: Words,
    hypothetical: Words,
    conditional: Words,
    negation: Words,
    negatingVerbs: Words,
    planning: Words,
    reporting: Words,
  }),
});

export interface RelationVerb {
  type: RelationType;
  polarity: Polarity;
  confidence: number;
  targets: ReadonlySet<string>;
  passive: ReadonlySet<string>;
  pair?: 'one' | 'both';
  future?: RelationType;
  futurePair?: 'one' | 'both';
  unless: ReadonlySet<string>;
  cameo: string;
  /** The lemma as written ("slap down"), for the draft's note. */
  text: string;
}

export interface StanceVerb {
  position: StancePosition;
  polarity: Polarity;
  confidence: number;
  topics: ReadonlySet<string>;
  newTopic: boolean;
  text: string;
}

export interface Modality {
  future: ReadonlySet<string>;
  possible: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  negatingVerbs: ReadonlySet<string>;
  planning: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
}

export interface VerbLexicon {
  /** Keyed by lemma, or "lemma particle" for phrasal verbs ("rule out"). */
  relationVerbs: ReadonlyMap<string, RelationVerb[]>;
  /** Keyed by the noun's lemma; two-word nouns by their head ("phone call" → call). */
  relationNouns: ReadonlyMap<string, RelationVerb[]>;
  stanceVerbs: ReadonlyMap<string, StanceVerb[]>;
  stanceNouns: ReadonlyMap<string, StanceVerb[]>;
  /** Keyed by the predicate's head lemma ("off the table" → table); the words must all be there. */
  stancePredicates: ReadonlyMap<string, Array<StanceVerb & { words: string[] }>>;
  modality: Modality;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function readVerbsFile(file: string): z.infer<typeof VerbsFile> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new LexiconError(`${file}: cannot be read as YAML: ${reason}`);
  }
  const parsed = VerbsFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new LexiconError(`${file}: invalid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export function loadVerbLexicon(file = DEFAULT_VERBS_FILE): VerbLexicon {
  const data = readVerbsFile(file);
  const relationVerbs = new Map<string, RelationVerb[]>();
  const relationNouns = new Map<string, RelationVerb[]>();
  for (const e of data.relations) {
    const base = {
      type: e.type,
      polarity: e.polarity,
      confidence: e.confidence,
      targets: new Set(e.targets),
      passive: new Set(e.passive),
      ...(e.pair ? { pair: e.pair } : {}),
      ...(e.future ? { future: e.future } : {}),
      ...(e.futurePair ? { futurePair: e.futurePair } : {}),
      unless: new Set(e.unless),
      cameo: e.cameo ?? cameoOf(e.type).code,
    };
    for (const v of e.verbs) push(relationVerbs, v.toLowerCase(), { ...base, text: v });
    for (const n of e.nouns) {
      const head = n.toLowerCase().split(/\s+/).pop() ?? n;
      push(relationNouns, head, { ...base, text: n });
    }
  }
  const stanceVerbs = new Map<string, StanceVerb[]>();
  const stanceNouns = new Map<string, StanceVerb[]>();
  const stancePredicates = new Map<string, Array<StanceVerb & { words: string[] }>>();
  for (const e of data.stances) {
    const base = {
      position: e.position,
      polarity: e.polarity,
      confidence: e.confidence,
      topics: new Set(e.topics),
      newTopic: e.newTopic,
    };
    for (const v of e.verbs) push(stanceVerbs, v.toLowerCase(), { ...base, text: v });
    for (const n of e.nouns) push(stanceNouns, n.toLowerCase(), { ...base, text: n });
    for (const p of e.predicates) {
      const words = p.toLowerCase().split(/\s+/);
      const head = words[words.length - 1] ?? p;
      push(stancePredicates, head, { ...base, text: p, words });
    }
  }
  const m = data.modality;
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    relationVerbs,
    relationNouns,
    stanceVerbs,
    stanceNouns,
    stancePredicates,
    modality: {
      future: set(m.future),
      possible: set(m.possible),
      hypothetical: set(m.hypothetical),
      conditional: set(m.conditional),
      negation: set(m.negation),
      negatingVerbs: set(m.negatingVerbs),
      planning: set(m.planning),
      reporting: set(m.reporting),
    },
  };
}
