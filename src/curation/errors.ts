/**
 * The curation service's published error: every refusal a caller can cause,
 * as structured problems `{ path, message }`. A path names a field of the
 * service's input (`evidence[0].quote`, `targetId`; empty for the whole
 * input), or the argument of a call that takes plain arguments (`reason`,
 * `alias`); a message says what to change. Adapters choose how to show them.
 */

export interface CurationProblem {
  path: string;
  message: string;
}

/** `invalid`: the input is refused as it stands; `not-found`: an id it names matches nothing. */
export type CurationErrorKind = 'invalid' | 'not-found';

export class CurationError extends Error {
  readonly kind: CurationErrorKind;
  readonly problems: readonly CurationProblem[];
  /** True for the problems of an input object, shown as a list; false for one argument's. */
  readonly listed: boolean;

  constructor(kind: CurationErrorKind, problems: readonly CurationProblem[], listed: boolean) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
    this.name = 'CurationError';
    this.kind = kind;
    this.problems = problems;
    this.listed = listed;
  }
}

/** Every problem of an input object at once. */
export function invalidInput(problems: readonly CurationProblem[]): CurationError {
  return new CurationError('invalid', problems, true);
}

/** One plain argument refused. */
export function invalidArgument(argument: string, message: string): CurationError {
  return new CurationError('invalid', [{ path: argument, message }], false);
}

export function notFound(argument: string, message: string): CurationError {
  return new CurationError('not-found', [{ path: argument, message }], false);
}
