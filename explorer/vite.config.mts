/**
 * Builds the explorer (explorer/ → dist/explorer) for the API server to serve
 * at /explorer. Everything is bundled: the page loads nothing from other hosts.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  base: '/explorer/',
  publicDir: false,
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is about 400 kB minified; one chunk is fine for a page served locally.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev:explorer` proxies the API, so the page still speaks only to its own origin.
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
