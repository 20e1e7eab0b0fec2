/**
 * How the server serves the explorer's build at /explorer: the files with a
 * Content-Security-Policy that keeps the page on its own origin, and a clear
 * message (not a bare 404) when the build is missing.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { explorerRouter } from '../../src/graphql/explorer';

const servers: Server[] = [];

async function serve(dir: string): Promise<string> {
  const app = express();
  app.use('/explorer', explorerRouter(dir));
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

test('without a build, /explorer/ says how to build it', async () => {
  const base = await serve(await mkdtemp(join(tmpdir(), 'stancegraph-no-explorer-')));
  const response = await fetch(`${base}/explorer/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('npm run build:explorer');
});

test('a build is served with its index, long-lived assets and a same-origin CSP', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'stancegraph-explorer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
  const base = await serve(dir);

  const page = await fetch(`${base}/explorer/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>explorer</title>');
  const csp = page.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");

  const asset = await fetch(`${base}/explorer/assets/index-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');

  const missing = await fetch(`${base}/explorer/nothing-here`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('/explorer/');
});
