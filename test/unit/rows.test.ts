/**
 * The loader's parameter rows (src/load/rows.ts) built from the demo corpus's
 * plan, without a database: Neo4j types settled once (dates as Date, offsets
 * as Integer), every optional field present as null when the dataset leaves
 * it out (so `SET x += props` removes what a dataset no longer says), and the
 * names `actor(name:)` looks up trimmed, lowercased and listed once.
 */
import { resolve } from 'node:path';
import { isDate, isInt } from 'neo4j-driver';
import { EMPTY_GRAPH, readDataset } from '../../src/dataset';
import type { DatasetPlan } from '../../src/dataset/plan';
import {
  actorRow,
  documentRow,
  evidenceRow,
  nameKeys,
  relationRow,
  stanceRow,
  topicRow,
} from '../../src/load/rows';

const DEMO_DATA = resolve(__dirname, '..', '..', 'data');
let plan: DatasetPlan;

beforeAll(async () => {
  plan = await readDataset([DEMO_DATA], EMPTY_GRAPH);
});

/** The paths, in a row, of values that are undefined: a property Neo4j would not be told to remove. */
function undefinedIn(value: unknown, path = ''): string[] {
  if (value === undefined) return [path];
  if (value === null || typeof value !== 'object' || isDate(value) || isInt(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => undefinedIn(v, `${path}.${k}`));
}

it('keys an actor by its name and aliases, trimmed, lowercased, each once', () => {
  expect(nameKeys({ name: ' Donald Trump ', aliases: ['TRUMP', 'trump', 'Donald Trump'] })).toEqual(
    ['donald trump', 'trump'],
  );
  for (const actor of plan.actors) {
    const { names } = actorRow(actor);
    expect(names).toContain(actor.name.trim().toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(name.trim().toLowerCase());
  }
});

it('sends every optional field, null when the dataset leaves it out', () => {
  const rows = [
    ...plan.actors.map((a) => actorRow(a)),
    ...plan.topics.map((t) => topicRow(t)),
    ...plan.documents.map((d) => documentRow(d)),
    ...plan.relations.map((r) => relationRow(r)),
    ...plan.stances.map((s) => stanceRow(s)),
  ];
  expect(rows.flatMap((row) => undefinedIn(row))).toEqual([]);
  const withoutDescription = plan.actors.find((a) => a.description === undefined);
  expect(withoutDescription && actorRow(withoutDescription).props.description).toBeNull();
  const withoutDate = plan.relations.find((r) => r.date === undefined);
  expect(withoutDate && relationRow(withoutDate).props.date).toBeNull();
});

it('sends dates as Neo4j Dates and quote offsets as Integers', () => {
  for (const document of plan.documents) {
    const { publishedAt } = documentRow(document).props;
    expect(isDate(publishedAt)).toBe(true);
    expect(String(publishedAt)).toBe(document.publishedAt);
  }
  const evidence = [...plan.relations, ...plan.stances].flatMap((s) => s.evidence);
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    const { start, end } = evidenceRow(e).props;
    expect([isInt(start), isInt(end)]).toEqual([true, true]);
    expect([start.toNumber(), end.toNumber()]).toEqual([e.start, e.end]);
  }
});

it('keeps details as a JSON string, lists each quoted document once, and says where a row came from', () => {
  expect(plan.relations.some((r) => r.details !== undefined)).toBe(true);
  for (const relation of plan.relations) {
    const { props } = relationRow(relation);
    expect(props.details === null ? undefined : JSON.parse(props.details)).toEqual(
      relation.details,
    );
    expect(props.documentIds).toEqual([...new Set(relation.evidence.map((e) => e.documentId))]);
    expect(props.origin).toBe('dataset');
    expect(relationRow(relation, 'api').props.origin).toBe('api');
  }
  const [quote] = plan.relations[0]?.evidence ?? [];
  expect(quote && evidenceRow(quote, 'api').props.origin).toBe('api');
});
