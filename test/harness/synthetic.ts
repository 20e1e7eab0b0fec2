/**
 * Small synthetic datasets built in tests: actors, one document whose text
 * holds one sentence per relation, and relations quoting their sentence, so
 * the loader's quote checks run on them as on real data.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RelationType } from '../../src/dataset/vocabulary';

export interface SyntheticEdge {
  source: string;
  target: string;
  type?: RelationType;
  confidence?: number;
  date?: string;
}

export interface SyntheticGraph {
  actors: string[];
  edges: SyntheticEdge[];
  /** Stances as [actor, topic, position]. */
  stances?: Array<[string, string, 'SUPPORTS' | 'OPPOSES' | 'WORRIES_ABOUT' | 'UNDECIDED']>;
  documentId?: string;
  publishedAt?: string;
}

export function syntheticDataset(g: SyntheticGraph) {
  const documentId = g.documentId ?? 'synthetic-doc';
  const sentences: string[] = [];
  let offset = 0;
  const quote = (sentence: string) => {
    const start = offset;
    sentences.push(sentence);
    offset += sentence.length + 1;
    return { quote: sentence, start, end: start + sentence.length };
  };
  const relations = g.edges.map((e, i) => {
    const type = e.type ?? 'SUPPORTS';
    return {
      id: `rel-${i}-${e.source}-${e.target}`,
      type,
      source: e.source,
      target: e.target,
      polarity: 'POSITIVE',
      confidence: e.confidence ?? 0.8,
      ...(e.date ? { date: e.date } : {}),
      evidence: [quote(`Sentence ${i}: ${e.source} ${type.toLowerCase()} ${e.target}.`)],
    };
  });
  const topics = [...new Set((g.stances ?? []).map(([, topic]) => topic))];
  const stances = (g.stances ?? []).map(([actor, topic, position], i) => ({
    id: `stance-${i}-${actor}-${topic}`,
    actor,
    topic,
    position,
    polarity:
      position === 'SUPPORTS' ? 'POSITIVE' : position === 'UNDECIDED' ? 'NEUTRAL' : 'NEGATIVE',
    confidence: 0.7,
    evidence: [quote(`Stance ${i}: ${actor} ${position.toLowerCase()} ${topic}.`)],
  }));
  return {
    actors: g.actors.map((id) => ({
      id,
      name: `Actor ${id}`,
      kind: 'PERSON',
      aliases: [`alias of ${id}`],
    })),
    topics: topics.map((id) => ({ id, name: `Topic ${id}` })),
    documents: [
      {
        id: documentId,
        title: `Synthetic document ${documentId}`,
        publishedAt: g.publishedAt ?? '2024-01-01',
        text: sentences.join(' '),
      },
    ],
    relations,
    stances,
  };
}

/** Writes the dataset to a temporary folder and returns the file's path, ready for loadDataset. */
export async function writeSynthetic(g: SyntheticGraph): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-synthetic-'));
  const file = join(dir, 'synthetic.yaml');
  await writeFile(file, stringify(syntheticDataset(g)));
  return file;
}
