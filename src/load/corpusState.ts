/**
 * Skipping an unchanged corpus without reading it. At the end of a load the
 * graph records, beside the registry hash (./registryState.ts), a digest of
 * every file's raw bytes (and of each text file a document names), with the
 * row counts the load wrote (cypher/meta/record-load.cypher). The next load
 * hashes the files' bytes first; when their digest is the recorded one and the
 * change counter has not moved since that load, nothing has changed the graph
 * or the files, so the load reports everything as unchanged without parsing,
 * validating or writing anything. `--force` reads and writes everything.
 *
 * Only the whole corpus is skipped: one file's quotes are checked against
 * another file's document texts, and ids must be unique across files, so a
 * single changed file (or a changed registry) means every file is read and
 * validated as before; the unchanged documents are still not written (their
 * content hashes, ./hash.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { expandPaths } from '../dataset';
import { DEFAULT_MAX_FILE_BYTES } from '../dataset/read';
import { emptyReport, type LoadReport, type WrittenCounts, writtenCounts } from './report';
import { displayPath } from './paths';

/** Bump when what the loader writes for the same files changes. */
const FORMAT = 'stancegraph-corpus-1';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** One file as a load read it: the hash of its bytes and the text files its documents name. */
export interface FileDigest {
  raw: string;
  texts: string[];
  /** The hash of the file's bytes and of each named text file's bytes. */
  digest: string;
}

/** The row counts of a load, to report again when the same corpus is skipped. */
export type CorpusCounts = WrittenCounts;

/** What the graph records about the files of the last load (JSON on the GraphMeta node). */
interface LoadedCorpus {
  format: string;
  digest: string;
  files: Array<{ raw: string; texts: string[] }>;
  counts: CorpusCounts;
}

/** The digest of a file whose bytes hash to `raw`; undefined when a named text file cannot be read. */
async function digestOf(file: string, raw: string, texts: string[]): Promise<string | undefined> {
  const hash = createHash('sha256').update(FORMAT).update(raw);
  for (const text of texts) {
    const bytes = await readFile(resolve(dirname(file), text)).catch(() => undefined);
    if (bytes === undefined) return undefined;
    hash.update(`\n${text}\n`).update(sha256(bytes));
  }
  return hash.digest('hex');
}

/** Hashes a file pass 1 has read and parsed, with the text files its documents name. */
export async function fileDigest(file: string, texts: readonly string[]): Promise<FileDigest> {
  const raw = sha256(await readFile(file));
  const unique = [...new Set(texts)];
  return { raw, texts: unique, digest: (await digestOf(file, raw, unique)) ?? '' };
}

/** One digest for the files, independent of their order. */
function corpusDigest(digests: readonly string[]): string {
  return sha256([FORMAT, ...[...digests].sort()].join('\n'));
}

/** What to record for a load of these files that wrote `report`. */
export function loadedCorpus(files: readonly FileDigest[], report: LoadReport): string {
  const counts = writtenCounts(report);
  const recorded: LoadedCorpus = {
    format: FORMAT,
    digest: corpusDigest(files.map((f) => f.digest)),
    files: files.map((f) => ({ raw: f.raw, texts: f.texts })),
    counts,
  };
  return JSON.stringify(recorded);
}

function parse(recorded: string): LoadedCorpus | undefined {
  try {
    const value = JSON.parse(recorded) as LoadedCorpus;
    return value.format === FORMAT ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The report of a load of `paths` that changes nothing, when the files are byte for byte the
 * ones `recorded` describes (the caller has checked that nothing changed the graph since);
 * undefined when any file differs, is missing, new, or too large, so the load reads everything.
 */
export async function unchangedCorpus(
  paths: readonly string[],
  recorded: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<LoadReport | undefined> {
  const last = parse(recorded);
  if (!last) return undefined;
  const expanded = await expandPaths(paths);
  if (expanded.problems.length > 0 || expanded.files.length !== last.files.length) return undefined;
  const texts = new Map(last.files.map((f) => [f.raw, f.texts]));
  const digests: string[] = [];
  for (const file of expanded.files) {
    if ((await stat(file)).size > maxBytes) return undefined;
    const raw = sha256(await readFile(file));
    const named = texts.get(raw);
    const digest = named && (await digestOf(file, raw, named));
    if (!digest) return undefined;
    digests.push(digest);
  }
  if (corpusDigest(digests) !== last.digest) return undefined;
  return skippedReport(expanded.files.map(displayPath), last.counts);
}

/** Every row of the last load counted as written and unchanged, every file as skipped unread. */
function skippedReport(files: string[], counts: CorpusCounts): LoadReport {
  const report = emptyReport(files);
  for (const kind of Object.keys(counts) as Array<keyof CorpusCounts>)
    report[kind].written = counts[kind];
  report.skipped.documents = counts.documents;
  report.skipped.registry = counts.actors + counts.topics > 0;
  report.skipped.files = files.length;
  return report;
}
