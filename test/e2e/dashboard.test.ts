/**
 * The explorer's dashboard (#dashboard) in headless Chromium, against the real server and a small
 * made-up dataset in the test Neo4j (test/fixtures/datasets/dashboard/): every chart's numbers, read
 * from the table the page renders from the same data as the canvas, equal what the aggregate
 * queries answer directly; dragging across the relations chart narrows the active actors; clicking
 * a point of the pair view shows its quotes; a relation asserted through the API changes the series
 * without a reload. With SCREENSHOT_DOCS=1 the pair-view test also writes docs/img/dashboard.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Graph } from '../../src/db/graph';
import type { RunningServer } from '../../src/graphql/server';
import { loadDataset } from '../../src/load';
import { clearGraph, FIXTURES, openTestGraph, PROJECT_ROOT } from '../harness/graph';
import {
  buildExplorer,
  launchChromium,
  LAPTOP,
  openPage,
  screenshot,
  startE2eServer,
  type WatchedPage,
} from './browser';

const KEY = 'e2e-dashboard-key-0123456789';
const DATASET = join(FIXTURES, 'datasets', 'dashboard');
const DOCS_SCREENSHOT = join(PROJECT_ROOT, 'docs', 'img', 'dashboard.png');

let graph: Graph;
let server: RunningServer;
let browser: Browser;
let origin: string;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  buildExplorer();
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDataset(graph, [DATASET]);
  ({ server, origin } = await startE2eServer(graph, KEY));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await graph?.close();
});

afterEach(async () => {
  for (const watched of pages.splice(0)) await watched.context.close();
});

/** Asks the API directly, as a dashboard tool would. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** One row of a chart's table: the bucket's ISO time and each series' value by key. */
interface Row {
  time: string;
  values: Record<string, number>;
}

async function tableOf(chart: Locator): Promise<Row[]> {
  const rows = chart.locator('.data-table tbody tr');
  const keys: string[] = [];
  for (const cell of await chart.locator('.data-table thead th[data-key]').all()) {
    keys.push((await cell.getAttribute('data-key')) ?? '');
  }
  const result: Row[] = [];
  for (const row of await rows.all()) {
    const cells = (await row.locator('td').allTextContents()).map(Number);
    result.push({
      time: (await row.getAttribute('data-time')) ?? '',
      values: Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? NaN])),
    });
  }
  return result;
}

interface Grouped {
  time: string;
  groups: Array<{ key: string; count: number }>;
}
const rowsOf = (buckets: Grouped[], keys: string[]): Row[] =>
  buckets.map((b) => ({
    time: b.time,
    values: Object.fromEntries(keys.map((k) => [k, b.groups.find((g) => g.key === k)?.count ?? 0])),
  }));

const POLARITIES = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];
const relationsByPolarity = async (): Promise<Row[]> =>
  rowsOf(
    (
      await api<{ relationSeries: Grouped[] }>(
        '{ relationSeries(interval: WEEK, groupBy: POLARITY, topGroups: 3) { time groups { key count } } }',
      )
    ).relationSeries,
    POLARITIES,
  );

interface Active {
  actor: { id: string };
  total: number;
}
async function activityOf(from: string | null, to: string | null): Promise<string[]> {
  const { activity } = await api<{ activity: Active[] }>(
    'query ($from: TimeBound, $to: TimeBound) { activity(from: $from, to: $to, first: 10) { actor { id } total } }',
    { from, to },
  );
  return activity.map((a) => `${a.actor.id} ${a.total}`);
}

/** The active-actors list as the page shows it: each actor's id and total. */
async function shownActivity(page: Page): Promise<string[]> {
  const items = page.getByRole('list', { name: 'Most active actors' }).locator('li[data-actor-id]');
  const shown: string[] = [];
  for (const item of await items.all()) {
    shown.push(
      `${await item.getAttribute('data-actor-id')} ${await item.getAttribute('data-total')}`,
    );
  }
  return shown;
}

async function openDashboard(): Promise<WatchedPage> {
  const watched = await openPage(browser, origin, LAPTOP);
  pages.push(watched);
  await watched.page.goto(`${origin}/explorer/#dashboard`);
  await watched.page
    .locator('#dash-relations-chart .data-table tbody tr')
    .first()
    .waitFor({ state: 'attached' });
  await watched.page
    .locator('#dash-stances-chart .data-table tbody tr')
    .first()
    .waitFor({ state: 'attached' });
  return watched;
}

/** Where bucket `index` of a chart is drawn, in page pixels: uPlot spans the first to the last bucket. */
async function pointX(chart: Locator, rows: Row[], index: number): Promise<number> {
  const box = await chart.locator('.u-over').boundingBox();
  if (!box) throw new Error('the chart has no plot area');
  const times = rows.map((r) => Date.parse(r.time));
  const [first, last] = [times[0] ?? 0, times[times.length - 1] ?? 0];
  return box.x + (box.width * ((times[index] ?? 0) - first)) / Math.max(1, last - first);
}

/** Reads until `done` holds or `timeoutMs` passes, and returns the last reading (the page updates on its own time). */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }
  return value;
}
const equalTo =
  <T>(expected: T) =>
  (value: T) =>
    isDeepStrictEqual(value, expected);

async function expectClean(watched: WatchedPage): Promise<void> {
  expect(watched.foreign).toEqual([]);
  expect(watched.errors).toEqual([]);
  await expect(watched.page.locator('.error').allInnerTexts()).resolves.toEqual([]);
}

test('the charts draw the numbers the aggregate queries return', async () => {
  const watched = await openDashboard();
  const { page } = watched;
  const relations = page.locator('#dash-relations-chart');
  const drawn = await tableOf(relations);
  expect(drawn).toEqual(await relationsByPolarity());
  // The fixture's nine relations, dated 6 January to 24 March 2025: twelve weeks from Monday 6 January.
  expect(drawn).toHaveLength(12);
  expect(drawn[0]?.time).toMatch(/^2025-01-06T00:00:00(\.000)?Z$/);
  const total = drawn.reduce((sum, r) => sum + Object.values(r.values).reduce((a, b) => a + b), 0);
  expect(total).toBe(9);
  await expect(relations.locator('canvas').count()).resolves.toBeGreaterThan(0);

  const { stanceSeries } = await api<{
    stanceSeries: Array<{ time: string; supporters: number; opponents: number; worried: number }>;
  }>(
    '{ stanceSeries(topicId: "harbour-treaty", interval: WEEK) { time supporters opponents worried undecided } }',
  );
  const stances = await tableOf(page.locator('#dash-stances-chart'));
  expect(
    stances.map((r) => [r.time, r.values.SUPPORTS, r.values.OPPOSES, r.values.WORRIES_ABOUT]),
  ).toEqual(stanceSeries.map((b) => [b.time, b.supporters, b.opponents, b.worried]));
  // At the end: Holt and Reyn support the treaty, Sorvik opposes it.
  expect(stances[stances.length - 1]?.values).toMatchObject({ SUPPORTS: 2, OPPOSES: 1 });

  await expect(shownActivity(page)).resolves.toEqual(await activityOf(null, null));
  await screenshot(page, 'laptop-dashboard');
  await expectClean(watched);
});

test('dragging across the relations chart narrows the most active actors to that period', async () => {
  const watched = await openDashboard();
  const { page } = watched;
  const whole = await shownActivity(page);
  const chart = page.locator('#dash-relations-chart');
  const rows = await tableOf(chart);
  const box = await chart.locator('.u-over').boundingBox();
  if (!box) throw new Error('the chart has no plot area');

  // From just before the week of 10 February (Kessel) past the right edge: the brush takes the
  // whole weeks whose points it covers, 10 February to the end of the week of 24 March.
  const y = box.y + box.height / 2;
  await page.mouse.move((await pointX(chart, rows, 5)) - 4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 8, y, { steps: 8 });
  await page.mouse.up();

  const from = page.getByLabel('From');
  const chosen = await eventually(
    () => from.inputValue(),
    (v) => v !== '',
  );
  expect(chosen).toBe('2025-02-10');
  const range = [
    await from.inputValue(),
    await page.getByLabel('to', { exact: true }).inputValue(),
  ];
  expect(range[1]).toBe('2025-03-30');
  const expected = await activityOf(range[0] ?? null, range[1] ?? null);
  expect(await eventually(() => shownActivity(page), equalTo(expected))).toEqual(expected);
  // The January relations (the call, the tariff threat) are out: the list is not the whole period's.
  expect(expected).not.toEqual(whole);
  // Velmark's tariff threat (20 January) is out, its offer of cooperation (3 March) in.
  expect(whole).toContain('velmark 2');
  expect(expected).toContain('velmark 1');
  await expect(
    page.getByRole('region', { name: 'Most active actors' }).innerText(),
  ).resolves.toContain(`dated ${range[0]} to ${range[1]}`);

  await page.getByRole('button', { name: 'Whole period' }).click();
  expect(await eventually(() => shownActivity(page), equalTo(whole))).toEqual(whole);
  await screenshot(page, 'laptop-dashboard-brush');
  await expectClean(watched);
});

test('the pair view shows both directions over time and the quotes behind a clicked point', async () => {
  const watched = await openDashboard();
  const { page } = watched;
  await page.getByLabel('Actor', { exact: true }).selectOption('mara-holt');
  await page.getByLabel('and actor', { exact: true }).selectOption('tomas-reyn');
  const summary = page.locator('.pair-summary');
  await page.locator('.pair-summary', { hasText: '6 relations' }).waitFor();
  await expect(summary.innerText()).resolves.toContain('2 from Mara Holt, 4 from Tomas Reyn');

  const chart = page.locator('#dash-pair-chart');
  const keys = ['mara-holt>tomas-reyn', 'tomas-reyn>mara-holt'];
  const { relationSeries } = await api<{ relationSeries: Grouped[] }>(
    `{ relationSeries(filter: { sourceIds: ["mara-holt", "tomas-reyn"], targetIds: ["mara-holt", "tomas-reyn"] },
        interval: WEEK, groupBy: PAIR, topGroups: 2) { time groups { key count } } }`,
  );
  const expected = rowsOf(relationSeries, keys);
  expect(await eventually(() => tableOf(chart), equalTo(expected))).toEqual(expected);

  // The last point, the week of 24 March: Reyn praised Holt and criticised her.
  const rows = await tableOf(chart);
  // The pair view is below the fold: the mouse reaches only what is on screen.
  await chart.locator('.u-over').scrollIntoViewIfNeeded();
  const box = await chart.locator('.u-over').boundingBox();
  if (!box) throw new Error('the chart has no plot area');
  await page.mouse.click((await pointX(chart, rows, rows.length - 1)) - 1, box.y + box.height / 2);
  const quotes = page.getByRole('region', { name: 'Quotes behind the point' });
  await quotes.locator('h3, .error').first().waitFor();
  expect(watched.errors).toEqual([]);
  await expect(quotes.innerText()).resolves.toContain('Quotes from 2025-03-24 to 2025-03-30');
  await expect(quotes.locator('blockquote').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining([
      'Tomas Reyn praised Mara Holt for her patience during the talks.',
      'Tomas Reyn still criticised Mara Holt for the slow customs checks.',
    ]),
  );
  await expect(quotes.locator('blockquote').count()).resolves.toBe(2);
  await expect(quotes.locator('cite').first().innerText()).resolves.toBe('Reyn thanks Holt');

  await screenshot(page, 'laptop-dashboard-pair');
  if (process.env.SCREENSHOT_DOCS === '1') {
    mkdirSync(join(PROJECT_ROOT, 'docs', 'img'), { recursive: true });
    await page.screenshot({ path: DOCS_SCREENSHOT, fullPage: true });
  }
  await expectClean(watched);
});

test('a relation asserted through the API changes the series without a reload', async () => {
  const watched = await openDashboard();
  const { page } = watched;
  await page.locator('#live[data-state="connected"]').waitFor();
  await page.evaluate('window.marker = 42');
  const chart = page.locator('#dash-relations-chart');
  const before = await tableOf(chart);
  const week = before.findIndex((r) => r.time.startsWith('2025-03-24'));
  expect(before[week]?.values.NEGATIVE).toBe(1);

  const body = await api(
    'mutation ($input: RelationInput!) { assertRelation(input: $input) { id } }',
    {
      input: {
        id: 'rel-e2e-holt-criticizes-sorvik',
        type: 'CRITICIZES',
        sourceId: 'mara-holt',
        targetId: 'lena-sorvik',
        polarity: 'NEGATIVE',
        confidence: 0.6,
        date: '2025-03-25',
        evidence: [
          {
            documentId: 'reyn-praise-2025-03',
            quote: 'Lena Sorvik still opposes the Harbour Treaty.',
          },
        ],
      },
    },
  );
  expect(body).toEqual({ assertRelation: { id: 'rel-e2e-holt-criticizes-sorvik' } });

  const negative = async () => (await tableOf(chart))[week]?.values.NEGATIVE;
  expect(await eventually(negative, (n) => n === 2)).toBe(2);
  await expect(tableOf(chart)).resolves.toEqual(await relationsByPolarity());
  const active = await activityOf(null, null);
  expect(await eventually(() => shownActivity(page), equalTo(active))).toEqual(active);
  // Same page, no reload.
  await expect(page.evaluate('window.marker')).resolves.toBe(42);
  await screenshot(page, 'laptop-dashboard-live');
  await expectClean(watched);
});
