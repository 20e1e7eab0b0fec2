/**
 * A problem found in a dataset, placed as precisely as the input allows:
 * the file, the line and column, and the field path inside the file.
 */
export interface DatasetProblem {
  file: string;
  /** 1-based line and column of the offending value, when known. */
  line?: number;
  column?: number;
  /** Field path inside the file, e.g. `relations[3].evidence[0].quote`. */
  path?: string;
  message: string;
  /** Set when the problem is a reference to an id nothing defines, so callers can say it their own way. */
  unknown?: UnknownReference;
}

/** A reference to an actor, topic or document that neither the load nor the graph holds. */
export interface UnknownReference {
  kind: 'actor' | 'topic' | 'document';
  id: string;
  /** `; did you mean "…"?` when a defined id is close, else empty. */
  hint: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatProblem(p: DatasetProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return p.path ? `${where} ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown when a load is refused; nothing has been written when it is. */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more =
      problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(
      [
        `dataset rejected with ${problems.length} problem(s); nothing was written:`,
        ...shown,
        ...more,
      ].join('\n  '),
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}
