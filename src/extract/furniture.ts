/**
 * Page furniture: the lines a copied web page carries that are not article
 * text ("Advertisement", "Read more: …", "Sign up for …"). They are listed as
 * data in lexicon/extract/furniture.yaml; a furniture line yields no sentence.
 */
import type { Lexicon } from './lexicon';

/** Is this line (as it stands in the text, untrimmed) page furniture? */
export function isFurniture(line: string, furniture: Lexicon['furniture']): boolean {
  const s = line.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return false;
  if (furniture.lines.has(s.replace(/[.:!]+$/, ''))) return true;
  return furniture.prefixes.some((p) => s.startsWith(p));
}
