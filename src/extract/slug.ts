/** Slug ids for proposed actors, topics and documents, as the dataset format requires them. */

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
