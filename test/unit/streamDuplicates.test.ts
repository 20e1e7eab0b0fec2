/**
 * Pass 1 of a streaming load (src/load/stream.ts, its id index in
 * src/load/idTable.ts) finds an id that two files define, for every section,
 * before anything could be written; a corpus whose ids are all distinct passes.
 * No database: what no file defines is answered as absent.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError } from '../../src/dataset';
import { validateAll } from '../../src/load/stream';
import { openSpool } from '../../src/load/spool';

const nothingOutside = () =>
  Promise.resolve({
    actorIds: new Set<string>(),
    topicIds: new Set<string>(),
    documentTexts: new Map<string, string>(),
  });

const registry = `actors:
  - { id: alice, name: Alice Example, kind: PERSON }
  - { id: bob, name: Bob Example, kind: PERSON }
topics:
  - { id: talks, name: The talks }
`;

/** A document file whose ids end in `n`, with a relation and a stance whose ids may be given. */
function documentFile(n: string, ids: { relation?: string; stance?: string; document?: string }) {
  const doc = ids.document ?? `doc-${n}`;
  return `documents:
  - id: ${doc}
    title: Document ${n}
    publishedAt: 2025-03-01
    text: 'Alice Example called Bob Example on Monday.'
relations:
  - id: ${ids.relation ?? `rel-${n}`}
    type: CALLED
    source: alice
    target: bob
    polarity: NEUTRAL
    confidence: 0.9
    evidence:
      - { quote: 'Alice Example called Bob Example on Monday.', start: 0, end: 43 }
stances:
  - id: ${ids.stance ?? `stance-${n}`}
    actor: alice
    topic: talks
    position: SUPPORTS
    polarity: POSITIVE
    confidence: 0.8
    evidence:
      - { quote: 'Alice Example called Bob Example on Monday.', start: 0, end: 43 }
`;
}

async function validate(files: Record<string, string>): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-dup-'));
  const spool = await openSpool();
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return await validateAll(nothingOutside, [dir], {}, spool);
  } catch (err) {
    return err;
  } finally {
    await spool.close();
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a streaming load finds ids defined by two files', () => {
  it('passes a corpus whose ids are all distinct', async () => {
    const result = await validate({
      'a.yaml': registry,
      'b.yaml': documentFile('1', {}),
      'c.yaml': documentFile('2', {}),
    });
    expect(result).not.toBeInstanceOf(Error);
    expect((result as { documentIds: string[] }).documentIds).toEqual(['doc-1', 'doc-2']);
  });

  it.each([
    ['a relation', { relation: 'rel-1' }, /duplicate relation.* id "rel-1"/],
    ['a stance', { stance: 'stance-1' }, /duplicate .*stance.* id "stance-1"/],
    ['a relation and a stance', { relation: 'stance-1' }, /duplicate .* id "stance-1"/],
    ['a document', { document: 'doc-1' }, /duplicate document id "doc-1"/],
  ])('refuses %s defined again in another file', async (_what, ids, message) => {
    const result = await validate({
      'a.yaml': registry,
      'b.yaml': documentFile('1', {}),
      'c.yaml': documentFile('2', ids),
    });
    expect(result).toBeInstanceOf(DatasetError);
    expect((result as DatasetError).message).toMatch(message);
    expect((result as DatasetError).message).toContain('c.yaml');
  });

  it('refuses an actor defined again in another file', async () => {
    const result = await validate({
      'a.yaml': registry,
      'b.yaml': `actors:\n  - { id: bob, name: Robert Example, kind: PERSON }\n`,
    });
    expect(result).toBeInstanceOf(DatasetError);
    expect((result as DatasetError).message).toMatch(/duplicate actor id "bob"/);
  });
});
