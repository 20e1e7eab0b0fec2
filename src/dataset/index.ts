/**
 * The dataset format's entry point: paths in, a validated plan out, or a
 * DatasetError listing every problem. Shared by the loader, the API's
 * mutations and the extractor.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import {
  DATASET_EXTENSIONS,
  DEFAULT_MAX_FILE_BYTES,
  readDatasetFile,
  type ParsedFile,
} from './read';
import { validateDataset } from './validate';
import { DatasetError, type DatasetProblem } from './problems';
import type { DatasetPlan, ExistingGraphLookup } from './plan';

export { DatasetError, formatProblem, type DatasetProblem } from './problems';
export { EMPTY_GRAPH, type DatasetPlan, type ExistingGraphLookup } from './plan';

export interface ReadDatasetOptions {
  maxFileBytes?: number;
}

/** Expands directories (recursively, sorted) into their dataset files. */
export async function expandPaths(
  paths: readonly string[],
): Promise<{ files: string[]; problems: DatasetProblem[] }> {
  const files: string[] = [];
  const problems: DatasetProblem[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      problems.push({ file: path, message: 'no such file or directory' });
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true });
    const found = entries
      .filter((e) => DATASET_EXTENSIONS.some((ext) => extname(e).toLowerCase() === ext))
      .sort()
      .map((e) => join(path, e));
    if (found.length === 0) {
      problems.push({
        file: path,
        message: `directory holds no dataset files (${DATASET_EXTENSIONS.join(', ')})`,
      });
    }
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}

export async function readDataset(
  paths: readonly string[],
  lookupExisting: ExistingGraphLookup,
  options: ReadDatasetOptions = {},
): Promise<DatasetPlan> {
  const { files, problems } = await expandPaths(paths);
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = await readDatasetFile(
      displayPath(file),
      options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    );
    if (result.ok) parsed.push(result.parsed);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  const validated = await validateDataset(parsed, lookupExisting);
  if (validated.problems.length > 0) throw new DatasetError(validated.problems);
  return validated.plan;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
