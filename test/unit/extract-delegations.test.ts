/**
 * Delegations (src/extract/delegations.ts): two sides led by named people, in
 * one sentence or in two in a row, are talks (and a meeting) of their leaders.
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
  it('makes the leaders of one side meet and negotiate with each leader of the other', () => {
    expect(
      relations(
        'The U.S. delegation was led by Marco Rubio and Mike Waltz, while Russia sent a team headed by Sergei Lavrov.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'MEETS rubio -> sergei-lavrov',
        'MEETS waltz -> sergei-lavrov',
        'NEGOTIATES_WITH rubio -> sergei-lavrov',
        'NEGOTIATES_WITH waltz -> sergei-lavrov',
      ]),
    );
  });

  it('reads a second side with its verb left out ("and the Ukrainian side by …")', () => {
    expect(
      relations(
        'The Russian delegation was led by Vladimir Medinsky, an aide, and the Ukrainian side by Defence Minister Rustem Umerov.',
      ).sort(),
    ).toEqual([
      'MEETS vladimir-medinsky -> rustem-umerov',
      'NEGOTIATES_WITH vladimir-medinsky -> rustem-umerov',
    ]);
  });

  it('pairs sides led in two sentences in a row, in the active voice', () => {
    expect(
      relations(
        'Treasury Secretary Scott Bessent led the American side. Vice Premier He Lifeng headed the Chinese delegation.',
      ).sort(),
    ).toEqual(['MEETS scott-bessent -> he-lifeng', 'NEGOTIATES_WITH scott-bessent -> he-lifeng']);
  });

  it('finds a leader before an apposition, and a side named by its country', () => {
    expect(
      relations(
        "Steve Witkoff, Trump's special envoy, led the American side; Iranian Foreign Minister Abbas Araghchi led his country's.",
      ),
    ).toContain('NEGOTIATES_WITH steve-witkoff -> abbas-araghchi');
  });

  it('a side two sentences back is not the other side', () => {
    expect(
      relations(
        'Treasury Secretary Scott Bessent led the American side. Markets rose. Vice Premier He Lifeng headed the Chinese delegation.',
      ),
    ).toEqual([]);
  });

  it('needs two sides: one delegation alone meets no one', () => {
    expect(relations('The U.S. delegation was led by Marco Rubio.')).toEqual([]);
  });
});
