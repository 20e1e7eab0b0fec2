/**
 * User text → a Lucene query for Neo4j's full-text indexes (cypher/search/).
 *
 * User text never reaches Lucene's query parser raw. The syntax chosen:
 *
 * - The text is split on whitespace into words; punctuation at either end of
 *   a word is dropped (`"foo"` → `foo`, `(bar` → `bar`), and a word that is
 *   nothing but punctuation (`)(`, `"`, `\`, `~`, `*`) is dropped entirely.
 * - Each word is lowercased (the indexes' analyzer lowercases too), so the
 *   operators AND, OR, NOT and TO become plain words, and every Lucene
 *   special character left inside a word is backslash-escaped (`escapeLucene`).
 * - Each word matches as a whole word or as a prefix: `(word OR word*)`, so
 *   `zelen` finds Zelensky and an exact word ranks above a prefix match. Words
 *   of one character match whole only (a one-letter prefix matches nearly
 *   everything).
 * - Words are OR-ed (Lucene's default): a hit needs one of them, and hits with
 *   more of them score higher. At most MAX_WORDS distinct words are used.
 *
 * `toLuceneQuery` returns null when no word is left; the caller then answers
 * with no hits rather than an error.
 */

/** Lucene's special characters (classic query parser): + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escapes every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

export const MAX_WORDS = 32;

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of a search text as the query uses them: lowercased, trimmed of punctuation, distinct. */
export function searchWords(text: string): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter((w) => w !== '');
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The Lucene query for a search text, or null when it holds no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const clauses = searchWords(text).map((word) => {
    const escaped = escapeLucene(word);
    return [...word].length > 1 ? `(${escaped} OR ${escaped}*)` : escaped;
  });
  return clauses.length > 0 ? clauses.join(' ') : null;
}
