/**
 * Gold for `eval-extract`, in either of two forms beside each `<name>.txt`:
 *
 * - `<name>.gold.json`, the simple form anyone can write by hand:
 *     { "relations": [["trump", "Vladimir Putin", "CALL"], …],
 *       "stances":   [["hegseth", "pre-2014|borders", "NEGATIVE"], …],
 *       "publishedAt": "2025-02-12" }            (optional; also "title", "note")
 *   classes and polarities as in lexicon/extract/classes.yaml; an actor is a
 *   registry id, name or alias (any case), or the name of someone the registry
 *   does not know; a topic is a case-insensitive regular expression tried on
 *   the found stance's topic id and name ("ceasefire" matches as a substring).
 * - `<name>.yaml` (or .yml, .json), a dataset file as `load` reads it,
 *   checked with the loader's rules against the registry.
 *
 * Both become the same keyed form (gold-score.ts). Actor keys: a registry (or
 * gold-defined) actor is its id; anyone else is the slug of the name.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DatasetError, EMPTY_GRAPH, type DatasetProblem } from '../dataset';
import { formatPath } from '../dataset/problems';
import { readDatasetFile, type ParsedFile } from '../dataset/read';
import type { ActorInput, DatasetFile } from '../dataset/schema';
import { decodeUtf8 } from '../dataset/utf8';
import { validateDataset } from '../dataset/validate';
import {
  RELATION_CLASSES,
  STANCE_POLARITIES,
  type Classes,
  type RelationClass,
  type StancePolarity,
} from './gold-classes';
import type { GoldStanceKey, KeyedRelation, TopicMatcher } from './gold-score';
import type { Registry } from './registry';
import { nameKey, slugify } from './slug';

export interface Gold {
  file: string;
  /** Document metadata the engine may use (the date resolves titles held on that day). */
  meta: { id?: string; title?: string; publishedAt?: string };
  /** Actor names and aliases the gold itself defines (a dataset's new actors), by key. */
  actors: readonly ActorInput[];
  relations: Array<{ source: string; target: string; cls: RelationClass }>;
  stances: Array<{ actor: string; topic: TopicMatcher; polarity: StancePolarity }>;
}

const choice = (what: string, values: readonly string[]) =>
  z.enum(values as [string, ...string[]], {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a ${what}: use one of ${values.join(', ')}`,
  });
const actorName = z.string().trim().min(1, 'an actor must be a registry id or a name');
const topicPattern = z
  .string()
  .min(1, 'a topic pattern must not be empty')
  .refine(
    (p) => {
      try {
        new RegExp(p, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { error: 'not a valid regular expression: escape ( ) [ ] * + ? with a backslash' },
  );

const SimpleGold = z.strictObject({
  relations: z.array(z.tuple([actorName, actorName, choice('relation class', RELATION_CLASSES)])),
  stances: z.array(
    z.tuple([actorName, topicPattern, choice('stance polarity', STANCE_POLARITIES)]),
  ),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .optional(),
  title: z.string().optional(),
  note: z.string().optional(),
});

/** Reads a `<name>.gold.json`; bad files are refused naming the file and the field. */
export async function readSimpleGold(file: string): Promise<Gold> {
  const text = await readText(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DatasetError([
      { file, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` },
    ]);
  }
  const parsed = SimpleGold.safeParse(raw);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.flatMap((i) =>
        i.code === 'unrecognized_keys'
          ? i.keys.map((key) => ({
              file,
              path: formatPath([...i.path, key]),
              message:
                'unknown field: a gold file has relations, stances, publishedAt, title and note',
            }))
          : [{ file, path: formatPath(i.path) || undefined, message: issueMessage(i) }],
      ),
    );
  }
  const g = parsed.data;
  return {
    file,
    meta: { title: g.title, publishedAt: g.publishedAt },
    actors: [],
    relations: g.relations.map(([source, target, cls]) => ({
      source,
      target,
      cls: cls as RelationClass,
    })),
    stances: g.stances.map(([actor, pattern, polarity]) => ({
      actor,
      topic: patternMatcher(pattern),
      polarity: polarity as StancePolarity,
    })),
  };
}

const SHAPES: Record<string, string> = {
  relations: 'write each relation as [source, target, CLASS]',
  stances: 'write each stance as [actor, topicPattern, POLARITY]',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  const [list, index] = issue.path;
  const shape = typeof list === 'string' ? SHAPES[list] : undefined;
  if (shape && typeof index === 'number' && issue.path.length === 2) return shape;
  return issue.message;
}

/** A topic pattern: a case-insensitive regular expression tried on the topic's id and name. */
export function patternMatcher(pattern: string): TopicMatcher {
  const re = new RegExp(pattern, 'i');
  return { label: pattern, accepts: (id, name) => re.test(id) || re.test(name) };
}

/** Reads a dataset file as gold, checked with the loader's rules against the registry. */
export async function readDatasetGold(
  file: string,
  registry: Registry,
  classes: Classes,
): Promise<Gold> {
  const registryFiles: ParsedFile[] = [];
  for (const f of registry.files) {
    const r = await readDatasetFile(f);
    if (!r.ok) throw new DatasetError(r.problems);
    registryFiles.push(r.parsed);
  }
  const read = await readDatasetFile(file);
  if (!read.ok) throw new DatasetError(read.problems);
  const { problems } = await validateDataset([...registryFiles, read.parsed], EMPTY_GRAPH);
  if (problems.length > 0) throw new DatasetError(problems);
  return datasetAsGold(file, read.parsed.data, registry, classes);
}

/** A dataset's relations and stances in the keyed form: types become classes, positions polarities. */
export function datasetAsGold(
  file: string,
  d: DatasetFile,
  registry: Registry,
  classes: Classes,
): Gold {
  const topics = new Map([...registry.topics, ...d.topics].map((t) => [t.id, t.name]));
  const doc = d.documents[0];
  return {
    file,
    meta: doc ? { id: doc.id, title: doc.title, publishedAt: doc.publishedAt } : {},
    actors: d.actors,
    relations: d.relations.flatMap((r) => {
      const cls = classes.relationClass(r.type);
      return cls ? [{ source: r.source, target: r.target, cls }] : [];
    }),
    stances: d.stances.map((s) => {
      const name = topics.get(s.topic) ?? s.topic;
      return {
        actor: s.actor,
        polarity: classes.stancePolarity(s.position),
        topic: {
          label: s.topic,
          accepts: (id: string, found: string) =>
            id === s.topic || nameKey(found) === nameKey(name),
        },
      };
    }),
  };
}

/**
 * Turns names into keys for one article. Gold names resolve through the
 * registry and the gold's own actors (id, name or alias, any case and
 * accents); an unknown name keys as its slug. A found actor keys as its id
 * when the registry knows it, else as the registry actor one of its names
 * resolves to, else as an unknown gold name whose slug equals the slug of its
 * id, its name or one of its aliases, else as its own id.
 */
export class ActorKeys {
  private readonly byName = new Map<string, string>();
  private readonly known = new Set<string>();
  private readonly unknownGold = new Set<string>();

  constructor(registry: Registry, goldActors: readonly ActorInput[]) {
    for (const a of [...registry.actors, ...goldActors]) {
      this.known.add(a.id);
      for (const n of [a.id, a.name, ...a.aliases]) {
        if (!this.byName.has(nameKey(n))) this.byName.set(nameKey(n), a.id);
      }
    }
  }

  gold(name: string): string {
    if (this.known.has(name)) return name;
    const id = this.byName.get(nameKey(name));
    if (id) return id;
    const slug = slugify(name, 1000);
    this.unknownGold.add(slug);
    return slug;
  }

  /** Call after every gold name of the article has been keyed. */
  found(id: string, proposed: ActorInput | undefined): string {
    if (this.known.has(id)) return id;
    const names = proposed ? [proposed.name, ...proposed.aliases] : [];
    for (const n of names) {
      const known = this.byName.get(nameKey(n));
      if (known) return known;
    }
    for (const n of [id, ...names]) {
      const slug = slugify(n, 1000);
      if (this.unknownGold.has(slug)) return slug;
    }
    return id;
  }
}

/** The gold's relations and stances with keyed actors. */
export function keyGold(
  gold: Gold,
  keys: ActorKeys,
): { relations: KeyedRelation[]; stances: GoldStanceKey[] } {
  return {
    relations: gold.relations.map((r) => ({
      cls: r.cls,
      source: keys.gold(r.source),
      target: keys.gold(r.target),
    })),
    stances: gold.stances.map((s) => ({
      actor: keys.gold(s.actor),
      polarity: s.polarity,
      topic: s.topic,
    })),
  };
}

/** Reads a text file as UTF-8, or refuses it naming the file. */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new DatasetError([
      {
        file,
        message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      },
    ]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const problem: DatasetProblem = {
      file,
      line: decoded.line,
      column: decoded.column,
      message: 'not valid UTF-8: save the file as UTF-8',
    };
    throw new DatasetError([problem]);
  }
  return decoded.text;
}
