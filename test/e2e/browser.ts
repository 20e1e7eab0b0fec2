/**
 * Headless Chromium (see ./chromium.ts for which one) driven by
 * playwright-core: no browser download. Each page records what it
 * asked for from other hosts and what it logged as errors, so tests can check
 * that the explorer talks only to its own server.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseApiKeyList } from '../../src/apiKeys';
import type { Graph } from '../../src/db/graph';
import { startServer, type RunningServer } from '../../src/graphql/server';
import { silentLogger } from '../harness/api';
import { PROJECT_ROOT } from '../harness/graph';
import { findChromium, firstLine, HOW_TO_GET_CHROMIUM } from './chromium';

export const SCREENSHOTS = join(PROJECT_ROOT, 'test-output', 'screenshots');

/** Without the background-networking flags Chromium keeps dialling Google's hosts. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the explorer from its sources as they are now, so a test sees the page it tests. */
export function buildExplorer(): void {
  execFileSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      'explorer',
      '--logLevel',
      'warn',
    ],
    { cwd: PROJECT_ROOT, stdio: 'inherit', timeout: 60_000 },
  );
}

/** The API and explorer the browser tests open, on a free loopback port, with one API key. */
export async function startE2eServer(
  graph: Graph,
  key: string,
): Promise<{ server: RunningServer; origin: string }> {
  const server = await startServer(
    {
      graph,
      logger: silentLogger(),
      production: false,
      apiKeys: parseApiKeyList(`e2e:${key}`).keys,
      changePollMs: 0,
    },
    '127.0.0.1',
    0,
  );
  return { server, origin: new URL(server.url).origin };
}

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  try {
    return await chromium.launch({ executablePath, args: ARGS });
  } catch (error) {
    throw new Error(
      `Chromium at ${executablePath} did not start (${firstLine(error)}): ${HOW_TO_GET_CHROMIUM}`,
      { cause: error },
    );
  }
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page requested from anywhere but `origin`. */
  foreign: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    // A browser's language as a person's would be: Chromium started under LANG=C reports
    // "en-US@posix", which is no BCP 47 tag, and Intl (so uPlot, on load) refuses it.
    locale: 'en-US',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  const wsOrigin = origin.replace(/^http/, 'ws');
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(wsOrigin)) foreign.push(ws.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, foreign, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
