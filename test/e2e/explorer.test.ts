/**
 * The explorer at /explorer in headless Chromium, against the real server on
 * a free port and the demo corpus in the test Neo4j: search, the network and
 * its evidence, the topic grid, live updates, a phone-width screen, and the
 * message shown when the API goes away. Each test saves a screenshot under
 * test-output/screenshots/ and asserts on what the page says, not on pixels.
 */
import type { Browser, Page } from 'playwright-core';
import type { Graph } from '../../src/db/graph';
import type { RunningServer } from '../../src/graphql/server';
import { clearGraph, loadDemo, openTestGraph } from '../harness/graph';
import {
  buildExplorer,
  launchChromium,
  LAPTOP,
  openPage,
  PHONE,
  screenshot,
  startE2eServer,
  type WatchedPage,
} from './browser';

const KEY = 'e2e-explorer-key-0123456789';
const CALLED_QUOTE =
  'Following his chat with Putin, Trump called Ukrainian President Volodymyr Zelensky.';
const NATO_QUOTE =
  'He mentioned that NATO membership for Ukraine is currently off the table, signaling a potential compromise-oriented approach.';
const ARTICLE = 'Trump and Putin agree to start Ukraine peace talks after 90-minute call';

let graph: Graph;
let server: RunningServer;
let serverStopped = false;
let browser: Browser;
let origin: string;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  buildExplorer();
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadDemo(graph);
  ({ server, origin } = await startE2eServer(graph, KEY));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (!serverStopped) await server?.stop();
  await graph?.close();
});

async function open(viewport = LAPTOP, hash = ''): Promise<WatchedPage> {
  const watched = await openPage(browser, origin, viewport);
  pages.push(watched);
  await watched.page.goto(`${origin}/explorer/${hash}`);
  return watched;
}

/**
 * What every page must never do: ask another host for anything, log an error (a CSP violation
 * is one), or show one (e.g. a query the API refused).
 */
async function expectClean(watched: WatchedPage): Promise<void> {
  expect(watched.foreign).toEqual([]);
  expect(watched.errors).toEqual([]);
  await expect(watched.page.locator('.error').allInnerTexts()).resolves.toEqual([]);
}

const details = (page: Page) => page.getByRole('complementary');

/** Sends a mutation the way an analyst's tool would: HTTP POST to /graphql with the API key. */
async function mutate(query: string, input: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  return response.json();
}

const quoted = (quote: string) => [{ documentId: 'trump-putin-call-2025-02', quote }];

async function searchAndOpenZelensky(page: Page): Promise<void> {
  await page.getByLabel('Search actors, topics and quotes').fill('Zelensky');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /^Volodymyr Zelenskyy/ })
    .click();
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
}

afterEach(async () => {
  for (const watched of pages.splice(0)) await watched.context.close();
});

test('the explorer is served at /explorer and loads nothing from other hosts', async () => {
  const response = await fetch(`${origin}/explorer/`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  const html = await response.text();
  expect(html).toContain('<title>stancegraph explorer</title>');
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
});

test('searching "Zelensky" opens his neighbourhood as a network with lists and a timeline', async () => {
  const watched = await open();
  const { page } = watched;
  await searchAndOpenZelensky(page);

  const relations = page.getByRole('list', { name: 'Relations' });
  await expect(
    relations.getByRole('button', { name: /Donald Trump CALLED Volodymyr Zelenskyy/ }).count(),
  ).resolves.toBe(1);
  await expect(relations.getByRole('button').count()).resolves.toBe(8);
  const actors = page.getByRole('list', { name: 'Actors' });
  for (const name of ['Donald Trump', 'JD Vance', 'Marco Rubio', 'United States']) {
    await actors.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
  }
  // The drawing is there (Cytoscape draws on canvas), with its legend.
  await expect(page.locator('#cy canvas').count()).resolves.toBeGreaterThan(0);
  await expect(page.getByRole('list', { name: 'Actor kinds' }).innerText()).resolves.toContain(
    'person',
  );
  // The timeline strip of the centre actor, and the centre's details in the panel.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: /Donald Trump CALLED Volodymyr Zelenskyy/ }).waitFor();
  await expect(timeline.locator('time').first().innerText()).resolves.toBe('2025-02-13');
  await details(page).getByRole('heading', { name: 'Volodymyr Zelenskyy' }).waitFor();
  await expect(details(page).innerText()).resolves.toContain('President of Ukraine');
  expect(page.url()).toContain('#actor=zelensky');

  await screenshot(page, 'laptop-network');
  await expectClean(watched);
});

test('clicking the Trump–Zelensky CALLED edge shows its type, date, confidence and quote', async () => {
  const watched = await open();
  const { page } = watched;
  await searchAndOpenZelensky(page);
  await page
    .getByRole('list', { name: 'Relations' })
    .getByRole('button', { name: /Donald Trump CALLED Volodymyr Zelenskyy/ })
    .click();

  const panel = details(page);
  await panel.getByRole('heading', { name: 'Donald Trump → Volodymyr Zelenskyy' }).waitFor();
  const text = await panel.innerText();
  expect(text).toContain('CALLED');
  expect(text).toContain('neutral');
  expect(text).toContain('2025-02-13');
  expect(text).toContain('95%');
  const quotes = panel.getByRole('list', { name: 'Evidence quotes' });
  await expect(quotes.locator('blockquote').allInnerTexts()).resolves.toEqual([CALLED_QUOTE]);
  await expect(quotes.locator('cite').innerText()).resolves.toBe(ARTICLE);
  // The list marks what is selected.
  await expect(
    page
      .getByRole('list', { name: 'Relations' })
      .getByRole('button', { name: /Donald Trump CALLED/ })
      .getAttribute('aria-current'),
  ).resolves.toBe('true');

  await screenshot(page, 'laptop-edge-details');
  await expectClean(watched);
});

test('the NATO-membership topic shows Hegseth opposing it, with the quote behind the grid cell', async () => {
  const watched = await open();
  const { page } = watched;
  await page.getByLabel('Search actors, topics and quotes').fill('NATO membership');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('button', { name: /^NATO membership for Ukraine topic/ })
    .click();

  const card = page.getByRole('region', { name: 'NATO membership for Ukraine' });
  await card.waitFor();
  const opposes = card.getByRole('region', { name: 'Opposes' });
  await expect(opposes.getByRole('button').allInnerTexts()).resolves.toEqual(['Pete Hegseth']);
  await expect(card.getByRole('region', { name: 'Supports' }).innerText()).resolves.toContain(
    'Supports (0)',
  );

  // The grid: Hegseth's row, the NATO column.
  const cell = page.getByRole('button', {
    name: /^Opposes \(\d+%\): Pete Hegseth on NATO membership for Ukraine$/,
  });
  await cell.click();
  const panel = details(page);
  await panel
    .getByRole('heading', { name: 'Pete Hegseth on NATO membership for Ukraine' })
    .waitFor();
  await expect(panel.innerText()).resolves.toContain('Opposes');
  await expect(panel.locator('blockquote').allInnerTexts()).resolves.toEqual([NATO_QUOTE]);

  await screenshot(page, 'laptop-topic');
  await expectClean(watched);
});

test('on a phone-width screen everything fits the width and stays usable', async () => {
  const watched = await open(PHONE);
  const { page } = watched;
  await searchAndOpenZelensky(page);
  // How far the page scrolls sideways (the test's TypeScript has no DOM types, so the page runs a string).
  const overflow = () =>
    page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
  await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  await screenshot(page, 'phone-network');

  await page
    .getByRole('list', { name: 'Relations' })
    .getByRole('button', { name: /Donald Trump CALLED Volodymyr Zelenskyy/ })
    .click();
  await details(page)
    .getByRole('heading', { name: 'Donald Trump → Volodymyr Zelenskyy' })
    .waitFor();
  await expect(details(page).locator('blockquote').allInnerTexts()).resolves.toEqual([
    CALLED_QUOTE,
  ]);
  await screenshot(page, 'phone-edge-details');

  await page.getByRole('link', { name: 'Topics' }).click();
  await page.getByRole('heading', { name: 'Topics', level: 1 }).waitFor();
  await page.getByRole('table').waitFor();
  await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  await screenshot(page, 'phone-topics');
  await expectClean(watched);
});

test('controls are reachable by keyboard, with a visible focus', async () => {
  const watched = await open(LAPTOP, '#actor=zelensky');
  const { page } = watched;
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
  await page.getByLabel('Search actors, topics and quotes').focus();
  await page.keyboard.type('Zelensky');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().waitFor();
  await page.keyboard.press('ArrowDown');
  const focused = () =>
    page.evaluate<{ text: string; outline: string }>(
      '({ text: document.activeElement.innerText, outline: getComputedStyle(document.activeElement).outlineStyle })',
    );
  await expect(focused()).resolves.toMatchObject({ outline: 'solid' });
  await expect(focused().then((f) => f.text)).resolves.toMatch(/^Volodymyr Zelenskyy/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
  await expectClean(watched);
});

test('a relation asserted through the API appears in the open view without a reload', async () => {
  const watched = await open(LAPTOP, '#actor=zelensky');
  const { page } = watched;
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
  await page.locator('#live[data-state="connected"]').waitFor();
  await page.evaluate('window.marker = 42');

  const body = await mutate(
    'mutation ($input: RelationInput!) { assertRelation(input: $input) { id } }',
    {
      id: 'rel-e2e-zelensky-trusts-waltz',
      type: 'TRUSTS',
      sourceId: 'zelensky',
      targetId: 'waltz',
      polarity: 'POSITIVE',
      confidence: 0.5,
      evidence: quoted(
        'Zelensky expressed confidence in the U.S. officials’ abilities to negotiate effectively.',
      ),
    },
  );
  expect(body).toEqual({
    data: { assertRelation: { id: 'rel-e2e-zelensky-trusts-waltz' } },
    extensions: { bookmark: expect.any(String) as string },
  });

  const added = page
    .getByRole('list', { name: 'Relations' })
    .getByRole('button', { name: /Volodymyr Zelenskyy TRUSTS Mike Waltz/ });
  await added.waitFor({ timeout: 10_000 });
  await expect(added.innerText()).resolves.toMatch(/\bnew\b/i);
  await page
    .getByRole('list', { name: 'Actors' })
    .getByRole('button', { name: /^Mike Waltz/ })
    .waitFor();
  // Same page, no reload.
  await expect(page.evaluate('window.marker')).resolves.toBe(42);

  await screenshot(page, 'laptop-live-update');
  await expectClean(watched);
});

test('a stance asserted through the API appears in the open topic view without a reload', async () => {
  const watched = await open(LAPTOP, '#topic=ukraine-nato-membership');
  const { page } = watched;
  const card = page.getByRole('region', { name: 'NATO membership for Ukraine' });
  await card.getByRole('region', { name: 'Supports' }).getByText('Nobody.').waitFor();
  await page.locator('#live[data-state="connected"]').waitFor();

  const body = await mutate(
    'mutation ($input: StanceInput!) { assertStance(input: $input) { id } }',
    {
      id: 'stance-e2e-zelensky-nato',
      actorId: 'zelensky',
      topicId: 'ukraine-nato-membership',
      position: 'SUPPORTS',
      polarity: 'POSITIVE',
      confidence: 0.4,
      evidence: quoted(
        'Zelensky expressed Ukraine’s readiness to work with the U.S. on a peace plan.',
      ),
    },
  );
  expect(body).toEqual({
    data: { assertStance: { id: 'stance-e2e-zelensky-nato' } },
    extensions: { bookmark: expect.any(String) as string },
  });

  const supports = card.getByRole('region', { name: 'Supports' });
  await supports.getByRole('button', { name: 'Volodymyr Zelenskyy' }).waitFor({ timeout: 10_000 });
  await page
    .getByRole('button', { name: /^Supports \(40%\): Volodymyr Zelenskyy on NATO membership/ })
    .waitFor();
  await screenshot(page, 'laptop-live-stance');
  await expectClean(watched);
});

test('when the server goes away the page says the API is unreachable', async () => {
  const watched = await open(LAPTOP, '#actor=zelensky');
  const { page } = watched;
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
  await page.locator('#live[data-state="connected"]').waitFor();

  await server.stop();
  serverStopped = true;

  const banner = page.getByRole('alert');
  await expect(
    banner.filter({ hasText: 'API unreachable' }).waitFor({ timeout: 15_000 }),
  ).resolves.toBeUndefined();
  await expect(banner.innerText()).resolves.toContain('/graphql');
  // What was shown stays, for reading.
  await page.getByRole('heading', { name: 'Network around Volodymyr Zelenskyy' }).waitFor();
  await screenshot(page, 'laptop-unreachable');
  expect(watched.foreign).toEqual([]);
});
