/**
 * User text → Lucene query (src/db/fulltext.ts): nothing the user types is
 * Lucene syntax, and each word also matches as a prefix.
 */
import { escapeLucene, MAX_WORDS, searchWords, toLuceneQuery } from '../../src/db/fulltext';

describe('escapeLucene', () => {
  it('backslash-escapes every Lucene special character', () => {
    const specials = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(specials)).toBe([...specials].map((c) => `\\${c}`).join(''));
  });

  it('leaves letters, digits and other punctuation alone', () => {
    expect(escapeLucene('Zelenskyy 2025 u.s, o’brien')).toBe('Zelenskyy 2025 u.s, o’brien');
  });

  it('escapes operators spelled with symbols', () => {
    expect(escapeLucene('a&&b||!c')).toBe('a\\&\\&b\\|\\|\\!c');
  });
});

describe('searchWords', () => {
  it('lowercases, splits on whitespace and trims punctuation from word ends', () => {
    expect(searchWords('  "Foo"  (bar) ZELENSKYY, U.S. ')).toEqual([
      'foo',
      'bar',
      'zelenskyy',
      'u.s',
    ]);
  });

  it('drops words that are only punctuation, and repeats', () => {
    expect(searchWords(')( " \\ ~ * foo FOO')).toEqual(['foo']);
  });

  it(`keeps at most ${MAX_WORDS} words`, () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(searchWords(text)).toHaveLength(MAX_WORDS);
  });

  it('keeps letters of any script', () => {
    expect(searchWords('Зеленський Erdoğan')).toEqual(['зеленський', 'erdoğan']);
  });
});

describe('toLuceneQuery', () => {
  it('matches each word whole or as a prefix', () => {
    expect(toLuceneQuery('zelen')).toBe('(zelen OR zelen*)');
    expect(toLuceneQuery('NATO membership')).toBe('(nato OR nato*) (membership OR membership*)');
  });

  it('matches one-character words whole only', () => {
    expect(toLuceneQuery('a b')).toBe('a b');
  });

  it('turns the operators AND, OR, NOT and TO into plain words', () => {
    expect(toLuceneQuery('foo AND bar')).toBe('(foo OR foo*) (and OR and*) (bar OR bar*)');
    expect(toLuceneQuery('NOT')).toBe('(not OR not*)');
  });

  it('escapes what is left inside a word', () => {
    expect(toLuceneQuery('a:b')).toBe('(a\\:b OR a\\:b*)');
    expect(toLuceneQuery('x"y')).toBe('(x\\"y OR x\\"y*)');
    expect(toLuceneQuery('c\\d')).toBe('(c\\\\d OR c\\\\d*)');
  });

  it('is null when nothing is left to search for', () => {
    for (const text of [')(', '"', '\\', '   ', '~ * ? :', '&& ||']) {
      expect(toLuceneQuery(text)).toBeNull();
    }
  });

  it('handles a query full of Lucene syntax', () => {
    expect(toLuceneQuery('"foo" AND (bar OR \\ ~ *')).toBe(
      '(foo OR foo*) (and OR and*) (bar OR bar*) (or OR or*)',
    );
  });
});
