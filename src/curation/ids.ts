/** Ids for assertions that came without one. */
import { createHash } from 'node:crypto';

/** Lowercase slug characters only, so a made-up id is a valid id whatever the input. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
}

/** Where a quote stands: the part of the evidence an id depends on. */
export interface QuotePlace {
  document: string;
  start: number;
  end: number;
}

/**
 * An id for an assertion that came without one: readable parts, then a short
 * hash of what it asserts and its evidence, so asserting the same thing again
 * gives the same id (and so changes nothing).
 */
export function derivedId(
  prefix: string,
  parts: string[],
  evidence: readonly QuotePlace[],
): string {
  const keys = [...new Set(evidence.map((e) => `${e.document}:${e.start}-${e.end}`))].sort();
  const hash = createHash('sha256')
    .update([prefix, ...parts, ...keys].join('\n'))
    .digest('hex')
    .slice(0, 10);
  const readable = slug([prefix, ...parts].join('-'))
    .slice(0, 128 - hash.length - 1)
    .replace(/[-._]+$/, '');
  return `${readable}-${hash}`;
}
