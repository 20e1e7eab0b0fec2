/**
 * Delegations (src/extract/delegations.ts): two sides led by named people in
 * one sentence are a meeting of their leaders.
 */
import { extractDraft } from '../../src/extract/draft';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';

let registry: Registry;
beforeAll(async () => {
  registry = await readRegistry([DEFAULT_REGISTRY]);
});

const relations = (text: string) =>
  extractDraft(text, {
    registry,
    meta: { id: 'doc', publishedAt: '2025-03-11' },
  }).dataset.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`);

describe('delegations', () => {
  it('makes the leaders of one side meet each leader of the other', () => {
    expect(
      relations(
        'The U.S. delegation was led by Marco Rubio and Mike Waltz, while Russia sent a team headed by Sergei Lavrov.',
      ),
    ).toEqual(
      expect.arrayContaining(['MEETS rubio -> sergei-lavrov', 'MEETS waltz -> sergei-lavrov']),
    );
  });

  it('needs two sides: one delegation alone meets no one', () => {
    expect(relations('The U.S. delegation was led by Marco Rubio.')).toEqual([]);
  });
});
