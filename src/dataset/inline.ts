/**
 * Datasets that come as objects rather than files, such as the API's
 * mutations: the same shape checks as a file (./schema.ts), then
 * `validateDataset` on an in-memory ParsedFile whose fields have no line and
 * column, so every rule the loader applies applies here too.
 */
import { DatasetFile } from './schema';
import { describeIssue, type ParsedFile, type ReadResult } from './read';
import { formatPath } from './problems';

/** An in-memory ParsedFile named `file`; `locate` finds nothing, as there is no text. */
export function parsedFromObject(file: string, data: DatasetFile): ParsedFile {
  return { file, data, locate: () => undefined };
}

/** Checks a plain object against the dataset file shape, as reading a file does. */
export function parseDatasetObject(file: string, raw: unknown): ReadResult {
  const result = DatasetFile.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  return { ok: true, parsed: parsedFromObject(file, result.data) };
}
