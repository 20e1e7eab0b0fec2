/**
 * The `corenlp` extraction engine: Stanford CoreNLP (a separate, optional
 * GPL-3 process on 127.0.0.1, see ./server.ts) parses each article, and
 * ./analyze.ts codes events from its dependency graph, coreference chains and
 * quote speakers. One server per engine, started lazily on the first article
 * and kept warm until `close()`.
 */
import { annotate } from './client';
import { analyzeAnnotation } from './analyze';
import type { EngineFactory, ExtractionEngine } from '../engines';
import { ping, startCoreNlp, type CoreNlpServer, type CoreNlpServerOptions } from './server';
import { loadVerbLexicon, type VerbLexicon } from './verbs';

export interface CoreNlpEngineOptions extends CoreNlpServerOptions {
  verbs?: VerbLexicon;
}

export function coreNlpEngine(options: CoreNlpEngineOptions = {}): ExtractionEngine {
  const verbs = options.verbs ?? loadVerbLexicon();
  let server: Promise<CoreNlpServer> | undefined;
  const ensure = async (): Promise<CoreNlpServer> => {
    server ??= startCoreNlp(options);
    const s = await server;
    // A reused server belongs to another process, which may have stopped it since.
    if (!s.owned && !(await ping(s.url))) {
      server = startCoreNlp({ ...options, reuse: false });
      return server;
    }
    return s;
  };
  return {
    name: 'corenlp',
    async analyze(article, registry, lexicon) {
      const s = await ensure();
      const doc = await annotate(s.url, article.text);
      return analyzeAnnotation(article.text, doc, registry, lexicon, verbs);
    },
    async close() {
      const s = server;
      server = undefined;
      if (s) await (await s.catch(() => undefined))?.stop();
    },
  };
}

export const createCoreNlpEngine: EngineFactory = (options) =>
  Promise.resolve(coreNlpEngine(options.log ? { log: options.log } : {}));
