/** How the loader names a file in its report and its messages. */
import { relative } from 'node:path';

/** The path relative to the working directory when the file is under it, else as given. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
