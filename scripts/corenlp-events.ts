/**
 * Prints what the corenlp engine sees in one article: each event of the
 * dependency parse with its arguments, their resolution and its mode, then the
 * relations and stances coded. For tuning lexicon/extract/verbs.yaml.
 *
 *   node --require tsx/cjs scripts/corenlp-events.ts article.txt
 */
import { readFile } from 'node:fs/promises';
import { ActorIndex, findMentions } from '../src/extract/actors';
import { analyzeAnnotation } from '../src/extract/corenlp/analyze';
import { annotate } from '../src/extract/corenlp/client';
import { findEvents } from '../src/extract/corenlp/events';
import { SentenceGraph } from '../src/extract/corenlp/graph';
import { Resolver } from '../src/extract/corenlp/resolve';
import { startCoreNlp } from '../src/extract/corenlp/server';
import { loadVerbLexicon } from '../src/extract/corenlp/verbs';
import { defaultLexicon } from '../src/extract/lexicon';
import { tokenize } from '../src/extract/nlp';
import { DEFAULT_REGISTRY, readRegistry } from '../src/extract/registry';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: scripts/corenlp-events.ts <article.txt>');
  const text = await readFile(file, 'utf8');
  const registry = await readRegistry([DEFAULT_REGISTRY]);
  const lexicon = defaultLexicon();
  const verbs = loadVerbLexicon();
  const server = await startCoreNlp({ log: (l) => process.stderr.write(`${l}\n`) });
  try {
    const doc = await annotate(server.url, text);
    const words = tokenize(text);
    const actors = new ActorIndex(registry, lexicon);
    const resolver = new Resolver(
      doc,
      doc.sentences.map((x) => new SentenceGraph(x)),
      words,
      findMentions(words, actors, lexicon, new Set()),
      actors,
    );
    const show = (s: number, ts: readonly number[]) =>
      ts
        .map(
          (t) =>
            `${doc.sentences[s]?.tokens[t - 1]?.word}=${resolver.resolve(s, t).ids.join('+') || '?'}`,
        )
        .join(', ');
    let last = -1;
    for (const e of findEvents(doc, verbs)) {
      if (e.sentence !== last) {
        last = e.sentence;
        const g = new SentenceGraph(doc.sentences[e.sentence]);
        process.stdout.write(
          `\n[${e.sentence}] ${doc.sentences[e.sentence].tokens.map((t) => t.word).join(' ')}\n`,
        );
        void g;
      }
      const trig = doc.sentences[e.sentence]?.tokens[e.trigger - 1]?.word;
      if (e.kind === 'relation')
        process.stdout.write(
          `  R ${e.entry.type} "${trig}" ${e.mode}${e.reason ? ` (${e.reason})` : ''} src[${show(e.sentence, e.sources)}] tgt[${show(e.sentence, e.targets)}] btw[${show(e.sentence, e.between)}]\n`,
        );
      else
        process.stdout.write(
          `  S ${e.entry.position} "${trig}" ${e.mode} src[${show(e.sentence, e.sources)}] topic[${show(e.sentence, [e.topic])}]${e.predicate ? ' predicate' : ''}\n`,
        );
    }
    const a = analyzeAnnotation(text, doc, registry, lexicon, verbs);
    process.stdout.write('\n');
    for (const r of a.relations)
      process.stdout.write(`relation ${r.source} ${r.type} ${r.target} ${r.confidence}\n`);
    for (const s of a.stances) process.stdout.write(`stance ${s.actor} ${s.position} ${s.topic}\n`);
    for (const q of doc.quotes)
      process.stdout.write(
        `quote ${q.text.slice(0, 50)} → ${q.speaker ?? '?'} = ${resolver.speaker(q).ids.join('+')}\n`,
      );
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
