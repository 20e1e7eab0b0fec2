/**
 * The line every stancegraph command ends with, on stderr
 * (`stancegraph: loaded 2 files: … in 1.2 s`), so a script or a CI log shows
 * what a run did without parsing its output; the exit code says whether it worked.
 */

/** Writes one `stancegraph: ` line to stderr. */
export const say = (line: string): void => void process.stderr.write(`stancegraph: ${line}\n`);

/** `1 document`, `3 documents`; `plural` defaults to the noun with an s. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

/** Time since `startedMs`: `1.2 s`. */
export function elapsed(startedMs: number, now: number = Date.now()): string {
  return `${((now - startedMs) / 1000).toFixed(1)} s`;
}

/** Time since `startedMs`, for the end of a summary: `in 1.2 s`. */
export function took(startedMs: number, now: number = Date.now()): string {
  return `in ${elapsed(startedMs, now)}`;
}
