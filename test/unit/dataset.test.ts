/**
 * The dataset format without a database: the demo corpus reads into a plan
 * with everything the YAML holds, and evidence offsets count Unicode code
 * points (Python's `text[start:end]`), not JavaScript's UTF-16 units.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { DatasetError, EMPTY_GRAPH, readDataset } from '../../src/dataset';
import { CodePointText } from '../../src/dataset/offsets';
import { checkQuote } from '../../src/dataset/validate';

const DEMO_DATA = resolve(__dirname, '..', '..', 'data');
const REGISTRY_FILE = join(DEMO_DATA, 'actors.yaml');
const ARTICLE_FILE = join(DEMO_DATA, 'documents', 'trump-putin-call-2025-02.yaml');
const DEMO_FILES = [REGISTRY_FILE, ARTICLE_FILE];
const ARTICLE_TEXT = readFileSync(
  join(DEMO_DATA, 'documents', 'trump-putin-call-2025-02.txt'),
  'utf8',
);

interface Evidence {
  quote: string;
  start: number;
  end: number;
}
const registry = parse(readFileSync(REGISTRY_FILE, 'utf8')) as {
  actors: Array<{ id: string }>;
  topics: Array<{ id: string }>;
};
const article = parse(readFileSync(ARTICLE_FILE, 'utf8')) as {
  documents: Array<{ id: string; title: string; publishedAt: string; references: string[] }>;
  relations: Array<{ id: string; evidence: Evidence[] }>;
  stances: Array<{ id: string; evidence: Evidence[] }>;
};

/** Emoji joined by ZWJ, a flag, a combining acute and a precomposed é: each trips UTF-16 indexing differently. */
const TRICKY = '👩‍👩‍👧 Zelensky’s e\u0301lan, 🇺🇦 and café; Zelensky’s again';

/** Every [start, end) at which `quote` stands in `text`, found the slow, obviously right way. */
function codePointOccurrences(text: string, quote: string): Array<[number, number]> {
  const points = [...text];
  const length = [...quote].length;
  const found: Array<[number, number]> = [];
  for (let i = 0; i + length <= points.length; i++) {
    if (points.slice(i, i + length).join('') === quote) found.push([i, i + length]);
  }
  return found;
}

const sliceCodePoints = (text: string, start: number, end: number) =>
  [...text].slice(start, end).join('');

describe('readDataset on the demo corpus', () => {
  const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id).sort();

  it('reads the demo corpus into a plan with everything the YAML holds', async () => {
    const plan = await readDataset(DEMO_FILES, EMPTY_GRAPH);
    expect(ids(plan.actors)).toEqual(ids(registry.actors));
    expect(ids(plan.topics)).toEqual(ids(registry.topics));
    expect(ids(plan.documents)).toEqual(ids(article.documents));
    expect(ids(plan.relations)).toEqual(ids(article.relations));
    expect(ids(plan.stances)).toEqual(ids(article.stances));
    const quotes = (items: ReadonlyArray<{ evidence: readonly unknown[] }>) =>
      items.reduce((n, i) => n + i.evidence.length, 0);
    expect(quotes(plan.relations)).toBe(quotes(article.relations));
    expect(quotes(plan.stances)).toBe(quotes(article.stances));
    expect(plan.files).toHaveLength(2);
  });

  it('carries the document with its text from the .txt file, its date and its references', async () => {
    const plan = await readDataset(DEMO_FILES, EMPTY_GRAPH);
    const [source] = article.documents;
    expect(plan.documents).toEqual([
      expect.objectContaining({
        id: source?.id,
        title: source?.title,
        publishedAt: '2025-02-13',
        references: source?.references,
        text: ARTICLE_TEXT,
      }),
    ]);
  });

  it('gives every quote a distinct id, its subject and its document', async () => {
    const plan = await readDataset(DEMO_FILES, EMPTY_GRAPH);
    const evidence = [...plan.relations, ...plan.stances].flatMap((s) =>
      s.evidence.map((e) => ({ ...e, owner: s.id })),
    );
    expect(new Set(evidence.map((e) => e.id)).size).toBe(evidence.length);
    for (const e of evidence) {
      expect(e).toMatchObject({ subjectId: e.owner, documentId: 'trump-putin-call-2025-02' });
      expect(sliceCodePoints(ARTICLE_TEXT, e.start, e.end)).toBe(e.quote);
    }
  });

  it('reads the same plan from the data directory, as npm start and the test harness load it', async () => {
    const fromFiles = await readDataset(DEMO_FILES, EMPTY_GRAPH);
    const fromDirectory = await readDataset([DEMO_DATA], EMPTY_GRAPH);
    expect({ ...fromDirectory, files: [] }).toEqual({ ...fromFiles, files: [] });
  });

  it('refuses the article without the registry when the graph is empty', async () => {
    const error = await readDataset([ARTICLE_FILE], EMPTY_GRAPH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toContain('unknown actor "trump"');
  });
});

describe('CodePointText', () => {
  const texts: Array<[string, string]> = [
    ['emoji and combining marks', TRICKY],
    ['plain BMP text', ARTICLE_TEXT.slice(0, 300)],
  ];

  it('counts the tricky text in code points, not UTF-16 units', () => {
    const text = new CodePointText(TRICKY);
    expect(text.length).toBe([...TRICKY].length);
    expect(text.length).toBeLessThan(TRICKY.length);
  });

  it.each(texts)('slices %s exactly as [...text].slice(start, end)', (_case, raw) => {
    const text = new CodePointText(raw);
    const length = [...raw].length;
    const wrong: Array<{ start: number; end: number; got: string; want: string }> = [];
    for (let start = 0; start <= length; start++) {
      for (let end = start; end <= length; end++) {
        const got = text.slice(start, end);
        const want = sliceCodePoints(raw, start, end);
        if (got !== want) wrong.push({ start, end, got, want });
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(texts)('maps every code point offset of %s to UTF-16 and back', (_case, raw) => {
    const text = new CodePointText(raw);
    for (let cp = 0; cp <= text.length; cp++) {
      expect(text.toCodePoints(text.toUnits(cp))).toBe(cp);
    }
  });

  it('finds Zelensky after a ZWJ family emoji at code points 6–14', () => {
    const text = new CodePointText(TRICKY);
    expect(text.findAll('Zelensky')[0]).toEqual([6, 14]);
    expect(text.slice(0, 5)).toBe('👩‍👩‍👧');
    expect(text.slice(6, 14)).toBe('Zelensky');
  });

  it.each([
    ['a ZWJ sequence', '👩‍👩‍👧'],
    ['a flag', '🇺🇦'],
    ['a base letter with a combining acute', 'e\u0301'],
    ['a precomposed é, not the combining one', 'é'],
    ['a quote found twice', 'Zelensky’s'],
    ['a letter found several times', 'e'],
    ['text after every astral character', 'again'],
  ])('finds %s at its code point offsets', (_case, quote) => {
    const expected = codePointOccurrences(TRICKY, quote);
    expect(expected.length).toBeGreaterThan(0);
    expect(new CodePointText(TRICKY).findAll(quote)).toEqual(expected);
  });

  it('finds nothing for text that is not there', () => {
    expect(new CodePointText(TRICKY).findAll('Putin')).toEqual([]);
  });
});

describe('checkQuote', () => {
  const text = new CodePointText(ARTICLE_TEXT);
  const QUOTE = 'Trump called Ukrainian President Volodymyr Zelensky';
  const [[start, end]] = codePointOccurrences(ARTICLE_TEXT, QUOTE) as [[number, number]];

  it('accepts a quote at its offsets', () => {
    expect(checkQuote(text, { quote: QUOTE, start, end })).toBeUndefined();
  });

  it.each([
    ['one early', -1],
    ['one late', 1],
  ])('suggests the right offsets when they are %s', (_case, shift) => {
    const problem = checkQuote(text, { quote: QUOTE, start: start + shift, end: end + shift });
    expect(problem?.field).toBe('start');
    expect(problem?.message).toContain(`set start: ${start}, end: ${end}`);
  });

  it('suggests code point offsets, not UTF-16 ones, after emoji', () => {
    const tricky = new CodePointText(TRICKY);
    const [[s, e], [s2, e2]] = codePointOccurrences(TRICKY, 'Zelensky’s') as [
      [number, number],
      [number, number],
    ];
    const problem = checkQuote(tricky, { quote: 'Zelensky’s', start: s + 1, end: e + 1 });
    expect(problem?.field).toBe('start');
    expect(problem?.message).toContain(`set start: ${s}, end: ${e} or start: ${s2}, end: ${e2}`);
  });

  it('says the quote is not verbatim when only its apostrophe differs', () => {
    const quote = "Trump's push for peace";
    expect(ARTICLE_TEXT).toContain('Trump’s push for peace');
    const problem = checkQuote(text, { quote, start: 0, end: [...quote].length });
    expect(problem?.field).toBe('quote');
    expect(problem?.message).toMatch(/not verbatim/);
  });

  it('says when the quote is nowhere in the text', () => {
    const problem = checkQuote(text, { quote: 'Putin called Macron', start: 0, end: 19 });
    expect(problem?.field).toBe('quote');
    expect(problem?.message).toMatch(/not found verbatim/);
  });

  it.each([
    ['end before start', { start: 10, end: 5 }, /must be greater than start/],
    ['an empty range', { start: 10, end: 10 }, /must be greater than start/],
    ['end past the text', { start: 0, end: text.length + 1 }, /past the end/],
  ])('refuses %s on `end`', (_case, offsets, message) => {
    const problem = checkQuote(text, { quote: 'x', ...offsets });
    expect(problem?.field).toBe('end');
    expect(problem?.message).toMatch(message);
  });
});
