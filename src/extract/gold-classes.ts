/**
 * The scoring classes of lexicon/extract/classes.yaml: which relation types
 * count as CALL, MEET, NEGOTIATE, POSITIVE, NEGATIVE or WORRY, and which stance
 * positions as which polarity. Checked on reading: every RelationType and
 * every StancePosition (schema.graphql) is listed exactly once, so a new type
 * cannot be silently left out of the scores.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DatasetError, type DatasetProblem } from '../dataset';
import { formatPath } from '../dataset/problems';
import {
  RELATION_TYPES,
  STANCE_POSITIONS,
  type RelationType,
  type StancePosition,
} from '../dataset/vocabulary';
import { EXTRACT_DATA_DIR } from './lexicon';

export const DEFAULT_CLASSES = resolve(EXTRACT_DATA_DIR, 'classes.yaml');

export const RELATION_CLASSES = [
  'CALL',
  'MEET',
  'NEGOTIATE',
  'POSITIVE',
  'NEGATIVE',
  'WORRY',
] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];
export const STANCE_POLARITIES = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const;
export type StancePolarity = (typeof STANCE_POLARITIES)[number];

export interface Classes {
  /** The class a relation type counts as; undefined for the unscored ones (WILL_MEET). */
  relationClass(type: RelationType): RelationClass | undefined;
  /** Pair classes (CALL, MEET, NEGOTIATE) match in either direction. */
  isPair(cls: RelationClass): boolean;
  stancePolarity(position: StancePosition): StancePolarity;
}

const ClassesFile = z.strictObject({
  relationClasses: z.record(
    z.enum(RELATION_CLASSES),
    z.strictObject({
      description: z.string(),
      pair: z.boolean(),
      types: z.array(z.enum(RELATION_TYPES)),
    }),
  ),
  unscored: z.array(z.enum(RELATION_TYPES)).default([]),
  stancePolarities: z.record(z.enum(STANCE_POLARITIES), z.array(z.enum(STANCE_POSITIONS))),
});

/** Reads and checks a classes file (lexicon/extract/classes.yaml by default). */
export async function readClasses(file = DEFAULT_CLASSES): Promise<Classes> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new DatasetError([{ file, message: `cannot be read as YAML: ${errorText(err)}` }]);
  }
  const parsed = ClassesFile.safeParse(raw);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message })),
    );
  }
  return compileClasses(file, parsed.data);
}

function compileClasses(file: string, data: z.infer<typeof ClassesFile>): Classes {
  const problems: DatasetProblem[] = [];
  const byType = new Map<RelationType, RelationClass | null>();
  const place = (type: RelationType, cls: RelationClass | null, path: string) => {
    if (byType.has(type))
      problems.push({ file, path, message: `${type} is listed twice: give it one class` });
    byType.set(type, cls);
  };
  const pairs = new Set<RelationClass>();
  for (const [cls, entry] of Object.entries(data.relationClasses) as Array<
    [RelationClass, { pair: boolean; types: RelationType[] }]
  >) {
    if (entry.pair) pairs.add(cls);
    entry.types.forEach((t, k) => place(t, cls, `relationClasses.${cls}.types[${k}]`));
  }
  data.unscored.forEach((t, k) => place(t, null, `unscored[${k}]`));
  for (const t of RELATION_TYPES) {
    if (!byType.has(t))
      problems.push({
        file,
        path: 'relationClasses',
        message: `relation type ${t} has no class: add it to one, or to unscored`,
      });
  }
  const byPosition = new Map<StancePosition, StancePolarity>();
  for (const [polarity, positions] of Object.entries(data.stancePolarities) as Array<
    [StancePolarity, StancePosition[]]
  >) {
    positions.forEach((p, k) => {
      if (byPosition.has(p))
        problems.push({
          file,
          path: `stancePolarities.${polarity}[${k}]`,
          message: `${p} is listed twice: give it one polarity`,
        });
      byPosition.set(p, polarity);
    });
  }
  for (const p of STANCE_POSITIONS) {
    if (!byPosition.has(p))
      problems.push({
        file,
        path: 'stancePolarities',
        message: `stance position ${p} has no polarity: add it to one`,
      });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return {
    relationClass: (type) => byType.get(type) ?? undefined,
    isPair: (cls) => pairs.has(cls),
    stancePolarity: (position) => byPosition.get(position) ?? 'NEUTRAL',
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
