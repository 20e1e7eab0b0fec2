/** Slug ids for proposed actors, topics and documents, as the dataset format requires them. */
import { createHash } from 'node:crypto';

/** Lowercase ASCII letters, digits and dashes, from any name ("Gábor Szentesi" → "gabor-szentesi"). */
export function slugify(name: string, max = 80): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') : slug;
  return cut === '' ? 'x' : cut;
}

/** Names compared for equality: no accents, case, punctuation or extra spaces. */
export function nameKey(name: string): string {
  return slugify(name, 1000);
}

/** The dataset format's longest id. */
const MAX_ID = 128;

/**
 * A relation or stance id of a draft, scoped by its document ("<document>.<id>"):
 * two articles that report the same event each keep their own relation, with
 * their own evidence, instead of the later load taking over the earlier one's.
 * Too long an id keeps its start and ends with a digest of the whole.
 */
export function scopedId(documentId: string, id: string): string {
  const scoped = `${documentId}.${id}`;
  if (scoped.length <= MAX_ID) return scoped;
  const digest = createHash('sha256').update(scoped).digest('hex').slice(0, 12);
  return `${scoped.slice(0, MAX_ID - digest.length - 1)}-${digest}`;
}
