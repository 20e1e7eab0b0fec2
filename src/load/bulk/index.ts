/**
 * `stancegraph load --bulk`: the first load of a large corpus at the speed of
 * Neo4j's offline importer. The same pass 1 as every load (each file parsed and
 * validated once, nothing written if any is bad; ../stream.ts), then CSV files
 * from the same rows the transactional loader sends (./csv.ts), then
 * `neo4j-admin database import full` into the local Neo4j's folder
 * (./importTool.ts), then Neo4j started to build the constraints and indexes
 * (cypher/schema.cypher) and count the change. Only for an empty database, in
 * the local Neo4j's folder, with no Neo4j running there.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../../config';
import type { Graph } from '../../db/graph';
import { inspectHome } from '../../db/runningNeo4j';
import type { ExistingGraphLookup } from '../../dataset';
import { bulkEmptyLists, bumpVersion, countNodes, read, write } from '../../store';
import type { LoadOptions } from '../loader';
import { recordRegistry } from '../registryState';
import { loadedCorpus, type FileDigest } from '../corpusState';
import { emptyReport, type LoadReport } from '../report';
import { openSpool } from '../spool';
import { validateAll } from '../stream';
import { csvWriter, type FILES } from './csv';
import { runImportTool } from './importTool';

export interface BulkOptions extends LoadOptions {
  /** The local Neo4j's data folder (STANCEGRAPH_NEO4J_HOME). */
  home: string;
  /** Starts (or finds) the local Neo4j and connects to it; schema applied and online. */
  open: () => Promise<{ graph: Graph; close(): Promise<void> }>;
  projectRoot: string;
  log: (line: string) => void;
}

/** In an empty database nothing outside the load exists. */
const nothingOutside: ExistingGraphLookup = () =>
  Promise.resolve({ actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() });

export async function bulkLoad(paths: readonly string[], opts: BulkOptions): Promise<LoadReport> {
  const overwrite = await checkEmpty(opts);
  const spool = await openSpool();
  const dir = await mkdtemp(path.join(tmpdir(), 'stancegraph-bulk-'));
  const report = emptyReport([]);
  let hash: string | null;
  let digests: FileDigest[];
  try {
    const validated = await validateAll(nothingOutside, paths, opts, spool);
    report.files = validated.files;
    digests = validated.digests;
    const csv = csvWriter(dir);
    await validated.registry.eachActors((actors) => csv.registry(actors, []));
    await validated.registry.eachTopics((topics) => csv.registry([], topics));
    hash = validated.registry.hash;
    let done = 0;
    await validated.eachGroup(async (group) => {
      await csv.group(group);
      opts.onProgress?.({ done: ++done, total: validated.groups, documentId: group.id });
    });
    const { args, rows } = await csv.close();
    count(report, rows);
    opts.log('importing with neo4j-admin database import full (Neo4j is not running meanwhile)');
    await runImportTool({
      home: opts.home,
      files: args,
      overwrite,
      projectRoot: opts.projectRoot,
      log: opts.log,
    });
  } finally {
    await spool.close();
    await rm(dir, { recursive: true, force: true });
  }
  await afterImport(opts, report, hash, digests);
  return report;
}

/** Refuses a running Neo4j or a database with data; true when an empty database is to be replaced. */
async function checkEmpty(opts: BulkOptions): Promise<boolean> {
  const found = await inspectHome(opts.home);
  if (found.state === 'ready' || found.state === 'starting' || found.state === 'unanswering')
    throw new ConfigError(
      `load --bulk: a Neo4j is running in ${opts.home} (started by process ${found.record.ownerPid}, e.g. npm start); the importer needs it stopped: stop that process, then run load --bulk again, or load without --bulk`,
    );
  const store = path.join(opts.home, 'data', 'databases', 'neo4j');
  if (
    !(await stat(store).then(
      () => true,
      () => false,
    ))
  )
    return false;
  const connection = await opts.open();
  try {
    const [row] = await read(connection.graph, countNodes, {});
    const nodes = Number(row?.nodes ?? 0);
    if (nodes > 0)
      throw new ConfigError(
        `load --bulk imports only into an empty database, and the one in ${opts.home} holds ${nodes} nodes: load without --bulk to add to it, or set STANCEGRAPH_NEO4J_HOME to a new folder`,
      );
  } finally {
    await connection.close();
  }
  return true;
}

/** Starts Neo4j on the imported files (constraints and indexes built), counts the change and records the registry and the files. */
async function afterImport(
  opts: BulkOptions,
  report: LoadReport,
  hash: string | null,
  digests: readonly FileDigest[],
): Promise<void> {
  const connection = await opts.open();
  try {
    const [row] = await connection.graph.writeTransaction(async (tx) => {
      await write(tx, bulkEmptyLists, {});
      return write(tx, bumpVersion, {});
    });
    const version = Number(row?.version);
    report.versions = { first: version, last: version, interleaved: false };
    report.transactions = 1;
    const state = { version: 0, loaded: null };
    await recordRegistry(connection.graph, state, report, hash, loadedCorpus(digests, report));
  } finally {
    await connection.close();
  }
}

/** Every imported row counts as written and created. */
function count(report: LoadReport, rows: ReadonlyMap<keyof typeof FILES, number>): void {
  const add = (
    kind: 'actors' | 'topics' | 'documents' | 'relations' | 'stances' | 'evidence',
    n = 0,
  ) => {
    report[kind].written += n;
    report[kind].created += n;
  };
  add('actors', rows.get('actors'));
  add('topics', rows.get('topics'));
  add('documents', rows.get('documents'));
  add('relations', rows.get('relations'));
  add('stances', rows.get('stances'));
  add('evidence', rows.get('evidence'));
}
