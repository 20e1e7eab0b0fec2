/**
 * Keeps a local CoreNLP server running for this checkout until Ctrl-C (or
 * until standard input closes), so that `extract --engine corenlp` and
 * `eval-extract --engine corenlp` runs reuse it instead of loading the models each time.
 *
 *   node --require tsx/cjs scripts/corenlp-server.ts [--coref statistical|neural]
 */
import { startCoreNlp, type CorefAlgorithm } from '../src/extract/corenlp/server';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--coref');
  const coref = (at > 0 ? process.argv[at + 1] : 'statistical') as CorefAlgorithm;
  if (coref !== 'statistical' && coref !== 'neural') {
    process.stderr.write('--coref must be statistical or neural\n');
    process.exit(2);
  }
  const server = await startCoreNlp({
    coref,
    reuse: false,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(
    `CoreNLP serving at ${server.url} (pid ${String(server.pid)}); Ctrl-C stops it\n`,
  );
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdin.resume();
  process.stdin.once('end', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
