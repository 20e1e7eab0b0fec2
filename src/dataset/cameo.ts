/**
 * The CAMEO mapping of relation types (lexicon/cameo.yaml): read and checked
 * once, at first use, then served from memory. A mapping that is missing a
 * relation type, names an unknown one or has a malformed entry is an error
 * naming the file and the type, so a bad edit fails the first request (and
 * the unit test) instead of answering with a partial vocabulary.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from './vocabulary';

/** lexicon/cameo.yaml sits at the project root, two levels above both src/dataset and dist/dataset. */
export const CAMEO_PATH = resolve(__dirname, '..', '..', 'lexicon', 'cameo.yaml');

const Cameo = z.strictObject({
  code: z
    .string('must be a quoted string of 2 to 4 digits, such as "041"')
    .regex(/^\d{2,4}$/, 'must be 2 to 4 digits, such as "041"'),
  label: z.string().trim().min(1, 'must not be empty'),
  goldstein: z
    .number('must be a number')
    .min(-10, 'must be between -10 and 10')
    .max(10, 'must be between -10 and 10'),
});

const Entry = z.strictObject({
  description: z.string().trim().min(1, 'must not be empty'),
  cameo: Cameo,
});

const CameoFile = z.strictObject({
  relationTypes: z.record(z.string(), Entry),
});

export type Cameo = z.infer<typeof Cameo>;

export interface RelationTypeInfo {
  type: RelationType;
  description: string;
  cameo: Cameo;
}

export class CameoMappingError extends Error {
  override name = 'CameoMappingError';
}

/** Reads and checks a CAMEO mapping file; throws a CameoMappingError listing every problem. */
export function readCameoMapping(path: string = CAMEO_PATH): Map<RelationType, RelationTypeInfo> {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CameoMappingError(
      `${path}: cannot be read as YAML: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = CameoFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CameoMappingError(`${path}: invalid CAMEO mapping:\n  ${problems.join('\n  ')}`);
  }
  const entries = parsed.data.relationTypes;
  const known = new Set<string>(RELATION_TYPES);
  const problems = [
    ...RELATION_TYPES.filter((t) => !(t in entries)).map(
      (t) =>
        `relation type ${t} has no CAMEO mapping; add relationTypes.${t} with a description and cameo {code, label, goldstein}`,
    ),
    ...Object.keys(entries)
      .filter((t) => !known.has(t))
      .map((t) => `relationTypes.${t}: not a relation type (known: ${RELATION_TYPES.join(', ')})`),
  ];
  if (problems.length > 0) {
    throw new CameoMappingError(`${path}: invalid CAMEO mapping:\n  ${problems.join('\n  ')}`);
  }
  return new Map(
    RELATION_TYPES.map((type) => {
      const entry = entries[type];
      return [type, { type, description: entry.description, cameo: entry.cameo }];
    }),
  );
}

let mapping: Map<RelationType, RelationTypeInfo> | undefined;

/** The mapping of lexicon/cameo.yaml, read and checked on first use. */
export function cameoMapping(): Map<RelationType, RelationTypeInfo> {
  mapping ??= readCameoMapping();
  return mapping;
}

/** The CAMEO code of one relation type. */
export function cameoOf(type: RelationType): Cameo {
  const info = cameoMapping().get(type);
  if (!info)
    throw new CameoMappingError(`${CAMEO_PATH}: relation type ${type} has no CAMEO mapping`);
  return info.cameo;
}
