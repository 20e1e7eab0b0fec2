/**
 * A curation input checked by the loader's own rules: it becomes a one-item
 * dataset (src/dataset/schema.ts), checked by `validateDataset` against what
 * the graph holds, so unknown actors, topics and documents, and quotes that
 * are not verbatim at their offsets, are refused exactly as a load refuses them.
 */
import { validateDataset } from '../dataset/validate';
import { parseDatasetObject } from '../dataset/inline';
import type { DatasetPlan, ExistingGraph } from '../dataset/plan';
import { invalidInput, type CurationProblem } from './errors';
import { fromDataset } from './problems';

const EMPTY: ExistingGraph = { actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() };

export interface InlineOptions {
  /** Dataset field names → the input's (`source` → `sourceId`). */
  renames?: Readonly<Record<string, string>>;
  /** Reports every problem under this one path instead (an argument that stands for the whole item). */
  asPath?: string;
  /** What the graph holds of the ids the item names, read before. */
  existing?: ExistingGraph;
  /** Problems found before (offsets), reported first. */
  earlier?: readonly CurationProblem[];
  /** Evidence already reported in `earlier`, whose placeholders validation should not report again. */
  skipEvidence?: ReadonlySet<number>;
}

/** GraphQL gives null for fields sent as null; the dataset format leaves them out. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

/** Validates a one-item dataset; throws a CurationError listing every problem, or returns the plan. */
export async function validateInline(
  raw: Record<string, unknown>,
  section: string,
  options: InlineOptions = {},
): Promise<DatasetPlan> {
  const problems: CurationProblem[] = [...(options.earlier ?? [])];
  const skipped = (p: CurationProblem) =>
    [...(options.skipEvidence ?? [])].some(
      (k) => p.path === `evidence[${k}]` || p.path.startsWith(`evidence[${k}].`),
    );
  const report = () =>
    invalidInput(
      options.asPath === undefined
        ? problems
        : problems.map((p) => ({ ...p, path: options.asPath ?? '' })),
    );
  const parsed = parseDatasetObject('input', raw);
  if (!parsed.ok) {
    problems.push(
      ...fromDataset(parsed.problems, section, options.renames).filter((p) => !skipped(p)),
    );
    throw report();
  }
  // What the graph holds was read once, before offsets were resolved.
  const existing = options.existing ?? EMPTY;
  const validated = await validateDataset([parsed.parsed], () => Promise.resolve(existing));
  problems.push(
    ...fromDataset(validated.problems, section, options.renames).filter((p) => !skipped(p)),
  );
  if (problems.length > 0) throw report();
  return validated.plan;
}
