/**
 * The explorer page at /explorer: the static build of explorer/ (Vite writes
 * it to dist/explorer; `npm start` builds it first). The page speaks only to
 * /graphql on the same origin, and its Content-Security-Policy holds it to that.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';

/** dist/explorer at the project root, two levels above src/graphql and dist/graphql. */
export const EXPLORER_DIR = resolve(__dirname, '..', '..', 'dist', 'explorer');

/** The one inline style the page has: Cytoscape's `.__________cytoscape_container { position: relative; }`. */
const CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

const CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE}`,
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerRouter(dir: string = EXPLORER_DIR): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CSP);
    next();
  });
  // Vite names assets by content hash, so they never change under the same name.
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.use(express.static(dir, { maxAge: 0 }));
  router.use((_req, res) => {
    const built = existsSync(join(dir, 'index.html'));
    res
      .status(404)
      .type('text/plain')
      .send(
        built
          ? 'Not found: the explorer is at /explorer/.\n'
          : 'The explorer is not built yet: run `npm run build:explorer` (`npm start` does it for you), then reload.\n',
      );
  });
  return router;
}
