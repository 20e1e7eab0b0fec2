/**
 * The dataset's problems (src/dataset/problems.ts) said the curation
 * service's way: a path in the service's input names instead of the one-item
 * dataset's (`relations[0].evidence[1].document` → `evidence[1].documentId`),
 * and an unknown reference, which the dataset reports with structure
 * (`DatasetProblem.unknown`), advised with what a curator can do about it.
 */
import type { DatasetProblem, UnknownReference } from '../dataset/problems';
import type { CurationProblem } from './errors';

/** What a curator does about an id nothing has. */
const ADVICE: Record<UnknownReference['kind'], string> = {
  actor: 'no actor has this id; create it with upsertActor, or find its id with actors(search:)',
  topic: 'no topic has this id; the topics query lists them',
  document: 'no document has this id; add it first with addDocument',
};

function messageOf(problem: DatasetProblem): string {
  const unknown = problem.unknown;
  if (!unknown) return problem.message;
  return `unknown ${unknown.kind} "${unknown.id}": ${ADVICE[unknown.kind]}${unknown.hint}`;
}

/**
 * A dataset field path of the one item in `section` as a path in the service's
 * input; empty for the item itself.
 */
export function inputPath(
  datasetPath: string | undefined,
  section: string,
  renames: Readonly<Record<string, string>> = {},
): string {
  const prefix = `${section}[0]`;
  let rest = datasetPath ?? '';
  if (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  else if (rest === section) rest = '';
  rest = rest.replace(/^\./, '');
  const m = /^([A-Za-z_]\w*)(.*)$/.exec(rest);
  if (!m) return rest;
  const field = renames[m[1] ?? ''] ?? m[1] ?? '';
  let tail = m[2] ?? '';
  if (field === 'evidence') tail = tail.replace(/^(\[\d+\])\.document\b/, '$1.documentId');
  return `${field}${tail}`;
}

/** `path` under `root`: `root` itself for the empty path. */
export function under(root: string, path: string): string {
  if (path === '') return root;
  return path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
}

export function fromDataset(
  problems: readonly DatasetProblem[],
  section: string,
  renames: Readonly<Record<string, string>> = {},
): CurationProblem[] {
  return problems.map((p) => ({
    path: inputPath(p.path, section, renames),
    message: messageOf(p),
  }));
}
