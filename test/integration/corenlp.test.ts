/**
 * The corenlp engine against the REAL local Stanford CoreNLP server (built by
 * Maven on first use, then started once for this file): the cases real news
 * needs, on sentences written for this test (test/fixtures/corenlp/cases.txt).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreNlpEngine } from '../../src/extract/corenlp';
import { annotate } from '../../src/extract/corenlp/client';
import { ping, startCoreNlp } from '../../src/extract/corenlp/server';
import type { Analysis } from '../../src/extract/engine';
import { defaultLexicon } from '../../src/extract/lexicon';
import { DEFAULT_REGISTRY, readRegistry } from '../../src/extract/registry';
import { FIXTURES } from '../harness/graph';

const DIR = join(FIXTURES, 'corenlp');
// A first run downloads about 500 MB with Maven and loads the models (about 70 s on two cores).
const FIRST_START_MS = 20 * 60_000;

let engine: ReturnType<typeof coreNlpEngine>;
let text: string;
let analysis: Analysis;

const has = (source: string, type: string, target: string) =>
  analysis.relations.some((r) => r.source === source && r.type === type && r.target === target);
const between = (a: string, b: string) =>
  analysis.relations.filter(
    (r) => (r.source === a && r.target === b) || (r.source === b && r.target === a),
  );

beforeAll(async () => {
  text = await readFile(join(DIR, 'cases.txt'), 'utf8');
  const registry = await readRegistry([DEFAULT_REGISTRY, join(DIR, 'registry.yaml')]);
  engine = coreNlpEngine({ log: () => undefined });
  analysis = await engine.analyze({ text }, registry, defaultLexicon());
}, FIRST_START_MS);

afterAll(async () => {
  await engine.close();
});

describe('corenlp engine on a real CoreNLP server', () => {
  it('takes a first-person quote with trailing attribution as its speaker’s act', () => {
    // "I called Putin this morning …," Trump wrote on Tuesday.
    expect(has('trump', 'CALLED', 'putin')).toBe(true);
  });

  it('codes "we agreed to start negotiations" as the speaker and his partner agreeing to negotiate', () => {
    expect(has('trump', 'AGREES_TO_NEGOTIATE', 'putin')).toBe(true);
    expect(has('trump', 'NEGOTIATES_WITH', 'putin')).toBe(false);
  });

  it('resolves a description through the registry’s roles: "the Russian president" is Putin', () => {
    expect(has('putin', 'CRITICIZES', 'zelensky')).toBe(true);
  });

  it('keeps a person named with a country adjective and a title as the person', () => {
    expect(has('trump', 'CALLED', 'zelensky')).toBe(true);
    expect(has('trump', 'CALLED', 'ukraine')).toBe(false);
  });

  it('codes a coordinated subject with no object as one meeting of the two', () => {
    expect(between('rubio', 'lavrov').filter((r) => r.type === 'MEETS')).toHaveLength(1);
  });

  it('codes a possible meeting as WILL_MEET, never MEETS', () => {
    const rel = analysis.relations.find((r) => r.type === 'WILL_MEET' && r.source === 'rubio');
    expect(rel?.target).toBe('lavrov');
    // The MEETS of "Rubio and Lavrov met" quotes only its own sentence.
    const meets = between('rubio', 'lavrov').find((r) => r.type === 'MEETS');
    expect(meets?.evidence.map((q) => text.slice(q.start, q.end))).toEqual([
      'Rubio and Lavrov met in Riyadh on Thursday.',
    ]);
  });

  it('drops "maybe I should call" and a negated act', () => {
    expect(analysis.relations.filter((r) => r.source === 'macron')).toEqual([]);
    expect(has('trump', 'PRAISES', 'zelensky')).toBe(false);
  });

  it('gives a predicate stance ("… was unrealistic") to whoever said it', () => {
    expect(analysis.stances.map((s) => [s.actor, s.position, s.topic])).toContainEqual([
      'hegseth',
      'OPPOSES',
      'ukraine-nato-membership',
    ]);
  });

  it('quotes every piece of evidence verbatim, a whole sentence of the text', () => {
    const sentences = new Set(text.split('\n').filter((l) => l !== ''));
    const quotes = [...analysis.relations, ...analysis.stances].flatMap((x) => x.evidence);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(sentences.has(text.slice(q.start, q.end))).toBe(true);
  });
});

describe('the local CoreNLP server', () => {
  it('answers on 127.0.0.1, counts offsets in UTF-16 units, and is reused by a second start', async () => {
    const server = await startCoreNlp({ log: () => undefined });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await ping(server.url)).toBe(true);
      const sample = 'Trump met 🙂 Putin.';
      const doc = await annotate(server.url, sample);
      const putin = doc.sentences[0]?.tokens.find((t) => t.word === 'Putin');
      expect(putin && sample.slice(putin.characterOffsetBegin, putin.characterOffsetEnd)).toBe(
        'Putin',
      );
      const again = await startCoreNlp({ log: () => undefined });
      expect(again.url).toBe(server.url);
      expect(again.owned).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
