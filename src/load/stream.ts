/**
 * The loader's streaming path: a corpus of any size is validated in full
 * before anything is written, yet never held in memory whole.
 *
 * Pass 1 (validate) reads the files one at a time (the fast parse of
 * src/dataset/read.ts; positions only for a file with a problem) and checks each with the
 * dataset module's own `validateDataset` (so every rule is the one the API's
 * mutations and small loads apply), answering its cross-file references from
 * an index of the ids every earlier file defines. What it keeps is that index
 * (id → file and item number, off the JavaScript heap: ./idTable.ts; freed
 * before pass 2) and the few items that belong to a document of another file
 * (quotes or relations whose home document is elsewhere). A file
 * that references an id no earlier file defines (a registry sorted after the
 * documents, or an actor already in the graph) is checked again once every
 * file has been indexed, with the graph asked about what no file defines.
 *
 * Each valid file's plan is spooled to a temporary folder (./spool.ts), its
 * actors and topics in chunks, hashed as they come (./registrySpool.ts).
 *
 * Pass 2 (write) writes the registry (every actor and topic) from the spool,
 * a transaction per 10 000 rows, then reads the spooled plans back, one file
 * at a time (nothing is parsed or validated twice), and writes each document
 * with its relations, stances and quotes, several documents to a transaction
 * (never one split across two), exactly as `writePlan` does for an in-memory
 * plan. The next plan is read while the current one is being written.
 *
 * When pass 1 finds problems and the corpus is small, the in-memory reader
 * runs once more to report them exactly as it always has (every problem,
 * "did you mean" across files); for a large corpus the streamed report is
 * thrown instead (the same messages, suggestions drawn from the file's own ids).
 */
import { stat } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Graph } from '../db/graph';
import { DatasetError, expandPaths, readDataset, type DatasetProblem } from '../dataset';
import { formatPath } from '../dataset/problems';
import { readDatasetFile, DEFAULT_MAX_FILE_BYTES, type ParsedFile } from '../dataset/read';
import { validateDataset } from '../dataset/validate';
import { decodeUtf8 } from '../dataset/utf8';
import type {
  DatasetPlan,
  ExistingGraph,
  ExistingGraphLookup,
  PlannedEvidence,
  PlannedRelation,
  PlannedStance,
} from '../dataset/plan';
import {
  existingIn,
  documentWriter,
  storedHashes,
  writeRegistry,
  type DocumentGroup,
  type LoadOptions,
} from './loader';
import { emptyReport, type LoadReport } from './report';
import { openSpool, type Spool } from './spool';
import { readRegistryState, registryStep } from './registryState';
import { fileDigest, loadedCorpus, unchangedCorpus, type FileDigest } from './corpusState';
import { displayPath } from './paths';
import { registrySpool, type SpooledRegistry } from './registrySpool';
import { IdTable } from './idTable';

/** Below this many bytes of dataset files, problems are reported by the in-memory reader (exactly as before). */
export const EXACT_REPORT_MAX_BYTES = 64 * 1024 * 1024;

/** Where the spool keeps a file's plan (its documents, relations and stances). */
const planKey = (file: number) => `plan-${file}`;

/** Items per file are numbered below 2^21 (a file holds at most 16 MiB). */
const ITEM_BITS = 2 ** 21;

type Section = 'actors' | 'topics' | 'documents' | 'relations' | 'stances';
const SECTIONS: readonly Section[] = ['actors', 'topics', 'documents', 'relations', 'stances'];
const WHAT: Record<Section, string> = {
  actors: 'actor',
  topics: 'topic',
  documents: 'document',
  relations: 'relation or stance',
  stances: 'relation or stance',
};

/** Where an id is defined, packed in one number: file, section and item. */
function pack(file: number, section: Section, item: number): number {
  return (file * SECTIONS.length + SECTIONS.indexOf(section)) * ITEM_BITS + item;
}

function unpack(place: number): { file: number; section: Section; item: number } {
  const item = place % ITEM_BITS;
  const rest = Math.floor(place / ITEM_BITS);
  return {
    file: Math.floor(rest / SECTIONS.length),
    section: SECTIONS[rest % SECTIONS.length],
    item,
  };
}

/**
 * A copy of a string that shares no memory with the file it was parsed from
 * (V8 keeps a substring's whole source alive otherwise).
 */
function own(s: string): string {
  return (' ' + s).slice(1);
}

interface Foreign {
  relations: PlannedRelation[];
  stances: PlannedStance[];
  evidence: PlannedEvidence[];
}

interface FileInfo {
  file: string;
  bytes: number;
  digest?: FileDigest;
  hasDocuments: boolean;
}

/** Validates the files under `paths` in a streaming pass, then writes them; see the module comment. */
export async function loadStreaming(
  graph: Graph,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const before = await readRegistryState(graph);
  if (!options.force && before.corpus) {
    const unchanged = await unchangedCorpus(paths, before.corpus, options.maxFileBytes);
    if (unchanged) return unchanged;
  }
  const spool = await openSpool();
  try {
    const validated = await validateAll(existingIn(graph), paths, options, spool);
    return await writeValidated(graph, validated, options, before.version);
  } finally {
    await spool.close();
  }
}

/** What pass 1 leaves for a writer: the files, the document ids, and the plans to read back once. */
export interface Validated {
  /** The files as the report names them. */
  files: string[];
  /** Every document id a file of the load defines. */
  documentIds: string[];
  /** Each file's raw-bytes digest, in the order of `files` (./corpusState.ts). */
  digests: FileDigest[];
  /** How many document groups the load writes (for progress). */
  groups: number;
  /** Every actor and topic the load's files define, read back from the spool a chunk at a time. */
  registry: SpooledRegistry;
  /**
   * Each document with what the load holds for it, file by file (the next file's plan is read
   * back while `each` works on the current one), then the groups of documents already in the
   * graph that the load quotes or makes home. Call once.
   */
  eachGroup(each: (group: DocumentGroup) => Promise<void>): Promise<void>;
}

/**
 * Pass 1: validates the files under `paths` and spools each valid plan; throws DatasetError if
 * any is bad. `lookup` answers for ids no file defines (the graph, for a load).
 */
export async function validateAll(
  lookupOutside: ExistingGraphLookup,
  paths: readonly string[],
  options: LoadOptions,
  spool: Spool,
): Promise<Validated> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const expanded = await expandPaths(paths);
  if (expanded.problems.length > 0) {
    // Missing paths or empty folders: the in-memory reader says so in its own words.
    await readDataset(paths, lookupOutside, options);
    throw new DatasetError(expanded.problems);
  }
  const files: FileInfo[] = [];
  for (const file of expanded.files) {
    const bytes = await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    files.push({ file: displayPath(file), bytes, hasDocuments: false });
  }

  const index: Record<Section, IdTable> = {
    actors: new IdTable(),
    topics: new IdTable(),
    documents: new IdTable(),
    relations: new IdTable(), // relations and stances share one namespace
    stances: new IdTable(),
  };
  const foreign = new Map<string, Foreign>();
  const problems: DatasetProblem[] = [];
  const fileProblems = new Map<number, DatasetProblem[]>();
  const recheck: number[] = [];
  const graphLookup = lookupOutside;
  const inGraph = { actors: new Set<string>(), topics: new Set<string>() };
  const registry = registrySpool(spool);

  const read = async (i: number): Promise<ParsedFile | DatasetProblem[]> => {
    const info = files[i];
    const result = await readDatasetFile(info.file, maxBytes);
    return result.ok ? result.parsed : result.problems;
  };

  /** The text of a document another file of this load defines. */
  const documentText = async (id: string): Promise<string | undefined> => {
    const place = index.documents.get(id);
    if (place === undefined) return undefined;
    const { file, item } = unpack(place);
    const spooled = await spool.get<DatasetPlan>(planKey(file));
    if (spooled) return spooled.documents.find((d) => d.id === id)?.text;
    const parsed = await read(file);
    if (Array.isArray(parsed)) return undefined;
    const d = parsed.data.documents[item];
    if (!d) return undefined;
    if (d.text !== undefined) return d.text;
    try {
      const decoded = decodeUtf8(await readFile(resolve(dirname(parsed.file), d.textFile ?? '')));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };

  /**
   * What validateDataset learns about ids a file references but does not
   * define: from the index of this load's files, then (when `final`) from the
   * graph. Not final: an id no file defined yet is "pending" and the file is
   * checked again later.
   */
  const lookup =
    (final: boolean, pending: { value: boolean }): ExistingGraphLookup =>
    async (wanted) => {
      const existing: ExistingGraph & {
        actorIds: Set<string>;
        topicIds: Set<string>;
        documentTexts: Map<string, string>;
      } = { actorIds: new Set(), topicIds: new Set(), documentTexts: new Map() };
      const ask = {
        actorIds: [] as string[],
        topicIds: [] as string[],
        documentIds: [] as string[],
      };
      for (const id of wanted.actorIds) {
        if (index.actors.has(id) || inGraph.actors.has(id)) existing.actorIds.add(id);
        else ask.actorIds.push(id);
      }
      for (const id of wanted.topicIds) {
        if (index.topics.has(id) || inGraph.topics.has(id)) existing.topicIds.add(id);
        else ask.topicIds.push(id);
      }
      for (const id of wanted.documentIds) {
        const text = index.documents.has(id) ? await documentText(id) : undefined;
        if (text !== undefined) existing.documentTexts.set(id, text);
        else ask.documentIds.push(id);
      }
      if (ask.actorIds.length + ask.topicIds.length + ask.documentIds.length === 0) return existing;
      if (!final) {
        pending.value = true;
        return existing;
      }
      const found = await graphLookup(ask);
      for (const id of found.actorIds) {
        existing.actorIds.add(id);
        inGraph.actors.add(id);
      }
      for (const id of found.topicIds) {
        existing.topicIds.add(id);
        inGraph.topics.add(id);
      }
      for (const [id, text] of found.documentTexts) existing.documentTexts.set(id, text);
      return existing;
    };

  /** Keeps what a valid file contributes to other files' documents, spools the rest for pass 2, and notes what it holds. */
  const remember = async (i: number, plan: DatasetPlan) => {
    const info = files[i];
    info.hasDocuments = plan.documents.length > 0;
    if (info.hasDocuments) await spool.put(planKey(i), { ...plan, actors: [], topics: [] });
    await registry.keep(i, plan);
    const local = new Set(plan.documents.map((d) => d.id));
    const to = (documentId: string): Foreign => {
      let f = foreign.get(documentId);
      if (!f) {
        f = { relations: [], stances: [], evidence: [] };
        foreign.set(own(documentId), f);
      }
      return f;
    };
    for (const r of plan.relations) {
      if (!local.has(r.homeDocumentId)) to(r.homeDocumentId).relations.push(structuredClone(r));
      for (const e of r.evidence)
        if (!local.has(e.documentId)) to(e.documentId).evidence.push(structuredClone(e));
    }
    for (const s of plan.stances) {
      if (!local.has(s.homeDocumentId)) to(s.homeDocumentId).stances.push(structuredClone(s));
      for (const e of s.evidence)
        if (!local.has(e.documentId)) to(e.documentId).evidence.push(structuredClone(e));
    }
  };

  // Pass 1: index and check each file as it comes.
  for (let i = 0; i < files.length; i++) {
    const parsed = await read(i);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }
    files[i].digest = await fileDigest(
      parsed.file,
      parsed.data.documents.flatMap((d) => (d.textFile === undefined ? [] : [d.textFile])),
    );
    for (const section of SECTIONS) {
      const seen = index[section === 'stances' ? 'relations' : section];
      (parsed.data[section] as Array<{ id: string }>).forEach((item, k) => {
        const first = seen.get(item.id);
        if (first === undefined) {
          seen.set(item.id, pack(i, section, k));
        } else if (unpack(first).file !== i) {
          problems.push(duplicate(parsed, section, k, item.id, files, first));
        }
      });
    }
    const pending = { value: false };
    const validated = await validateDataset([parsed], lookup(false, pending));
    if (pending.value) {
      recheck.push(i);
      continue;
    }
    if (validated.problems.length > 0) fileProblems.set(i, validated.problems);
    else await remember(i, validated.plan);
  }
  // Files that referenced what no earlier file defined, now that every file is indexed.
  for (const i of recheck) {
    const parsed = await read(i);
    if (Array.isArray(parsed)) continue;
    const validated = await validateDataset([parsed], lookup(true, { value: false }));
    if (validated.problems.length > 0) fileProblems.set(i, validated.problems);
    else await remember(i, validated.plan);
  }
  for (const i of [...fileProblems.keys()].sort((a, b) => a - b))
    problems.push(...(fileProblems.get(i) ?? []));
  if (problems.length > 0) {
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    if (total <= EXACT_REPORT_MAX_BYTES) await readDataset(paths, lookupOutside, options);
    throw new DatasetError(problems);
  }

  const checked = async (i: number): Promise<DatasetPlan> => {
    const plan = await spool.get<DatasetPlan>(planKey(i));
    if (!plan) throw new Error(`internal: no spooled plan for ${files[i].file}`);
    return plan;
  };
  const withDocuments = files.flatMap((f, i) => (f.hasDocuments ? [i] : []));
  const documentIds = [...index.documents.keys()];
  const groups =
    index.documents.size + [...foreign.keys()].filter((id) => !index.documents.has(id)).length;
  // Pass 2 needs none of the index: free it before the writes begin.
  for (const section of SECTIONS) index[section].clear();
  return {
    files: files.map((f) => f.file),
    digests: files.flatMap((f) => (f.digest ? [f.digest] : [])),
    documentIds,
    groups,
    registry: registry.done(),
    async eachGroup(each) {
      let next = withDocuments.length > 0 ? checked(withDocuments[0]) : undefined;
      for (let n = 0; n < withDocuments.length; n++) {
        const plan = await (next as Promise<DatasetPlan>);
        const following = withDocuments[n + 1];
        next = following === undefined ? undefined : checked(following);
        next?.catch(() => undefined); // awaited on the next turn; no unhandled rejection meanwhile
        for (const group of groupsOf(plan, foreign)) await each(group);
        await spool.drop(planKey(withDocuments[n]));
      }
      // Documents already in the graph that this load quotes or makes home.
      for (const [id, f] of foreign) {
        await each({ id, document: undefined, ...f });
        foreign.delete(id);
      }
    },
  };
}

/**
 * Pass 2: the registry in one transaction (as writePlan does; skipped when unchanged), then the
 * spooled plans, nothing parsed or checked twice, several documents to a transaction.
 */
async function writeValidated(
  graph: Graph,
  validated: Validated,
  options: LoadOptions,
  versionBefore: number,
): Promise<LoadReport> {
  const report = emptyReport(validated.files);
  const { registry } = validated;
  const recordRegistry = await registryStep(graph, registry, report, options.force ?? false, () =>
    writeRegistry(graph, validated.files, registry, report, options),
  );
  const stored = await storedHashes(graph, validated.documentIds, options);
  const writer = documentWriter(
    graph,
    validated.files,
    report,
    options,
    () => validated.groups,
    stored,
  );
  await validated.eachGroup((group) => writer.add(group));
  await writer.flush();
  await recordRegistry({
    version: versionBefore,
    record: (written) => loadedCorpus(validated.digests, written),
  });
  return report;
}

/** The groups of one file's documents: what the file holds for each, plus what other files hold for it. */
function groupsOf(plan: DatasetPlan, foreign: Map<string, Foreign>): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const d of plan.documents) {
    const f = foreign.get(d.id);
    foreign.delete(d.id);
    groups.set(d.id, {
      id: d.id,
      document: d,
      relations: f?.relations ?? [],
      stances: f?.stances ?? [],
      evidence: f?.evidence ?? [],
    });
  }
  for (const r of plan.relations) {
    groups.get(r.homeDocumentId)?.relations.push(r);
    for (const e of r.evidence) groups.get(e.documentId)?.evidence.push(e);
  }
  for (const s of plan.stances) {
    groups.get(s.homeDocumentId)?.stances.push(s);
    for (const e of s.evidence) groups.get(e.documentId)?.evidence.push(e);
  }
  return [...groups.values()];
}

/** The problem of an id a file defines again after an earlier file did, worded as validateDataset words its own. */
function duplicate(
  parsed: ParsedFile,
  section: Section,
  item: number,
  id: string,
  files: readonly FileInfo[],
  firstPlace: number,
): DatasetProblem {
  const first = unpack(firstPlace);
  const what = WHAT[section];
  const firstPath = formatPath([first.section, first.item, 'id']);
  const path = [section, item, 'id'];
  return {
    file: parsed.file,
    ...parsed.locate(path),
    path: formatPath(path),
    message: `duplicate ${what} id "${id}": already defined at ${files[first.file].file} ${firstPath}; give each ${what} its own id`,
  };
}
