/** What a load did, for the summary the loader prints and for tests. */
import { count } from '../summary';

export interface Counts {
  /** Rows sent; those neither created nor updated were already in the graph as they are. */
  written: number;
  created: number;
  updated: number;
}

export interface LoadReport {
  files: string[];
  actors: Counts;
  topics: Counts;
  documents: Counts;
  relations: Counts;
  stances: Counts;
  evidence: Counts;
  removed: { relations: number; stances: number; evidence: number };
  /**
   * Documents whose content hash matched, and whether the registry was the one the graph holds
   * (./registryState.ts): counted as written and unchanged, not sent.
   */
  skipped: {
    documents: number;
    registry: boolean;
    /** Files not even read: byte for byte those of the last load, and the graph unchanged since (./corpusState.ts). */
    files: number;
  };
  transactions: number;
  /**
   * The change counter after this load's first and last change (absent when it changed nothing),
   * and whether another writer's change came between them (the counters are not consecutive).
   */
  versions?: { first: number; last: number; interleaved: boolean };
}

const zero = (): Counts => ({ written: 0, created: 0, updated: 0 });

/** The kinds of row a load writes. */
export const ROW_KINDS = [
  'actors',
  'topics',
  'documents',
  'relations',
  'stances',
  'evidence',
] as const;

/** Rows written, by kind. */
export type WrittenCounts = Record<(typeof ROW_KINDS)[number], number>;

/** The rows `report` counts as written, by kind. */
export function writtenCounts(report: LoadReport): WrittenCounts {
  return Object.fromEntries(ROW_KINDS.map((kind) => [kind, report[kind].written])) as WrittenCounts;
}

export function emptyReport(files: string[]): LoadReport {
  return {
    files,
    actors: zero(),
    topics: zero(),
    documents: zero(),
    relations: zero(),
    stances: zero(),
    evidence: zero(),
    removed: { relations: 0, stances: 0, evidence: 0 },
    skipped: { documents: 0, registry: false, files: 0 },
    transactions: 0,
  };
}

export function formatReport(report: LoadReport): string {
  const kinds = ['actors', 'topics', 'documents', 'relations', 'stances', 'evidence'] as const;
  const lines = kinds.map((k) => {
    const c = report[k];
    const unchanged = c.written - c.created - c.updated;
    return `  ${k.padEnd(10)} ${String(c.created).padStart(7)} created ${String(c.updated).padStart(7)} updated ${String(unchanged).padStart(7)} unchanged`;
  });
  const { removed } = report;
  if (removed.relations + removed.stances + removed.evidence > 0) {
    lines.push(
      `  removed    ${removed.relations} relations, ${removed.stances} stances, ${removed.evidence} evidence no longer in their dataset`,
    );
  }
  if (report.skipped.files > 0) {
    lines.push(
      `  skipped    reading ${count(report.skipped.files, 'file')}: byte for byte those of the last load, and nothing changed the graph since (--force reads them)`,
    );
  }
  if (report.skipped.registry) {
    lines.push(
      `  skipped    the registry: unchanged since the last load and nothing changed the graph since (--force rewrites it)`,
    );
  }
  if (report.skipped.documents > 0) {
    lines.push(
      `  skipped    ${count(report.skipped.documents, 'document')} unchanged since the last load (--force rewrites them)`,
    );
  }
  return [
    `loaded ${report.files.length} file(s) in ${report.transactions} transaction(s):`,
    ...lines,
  ].join('\n');
}

/**
 * The load in one line, for the end of `stancegraph load`:
 * `loaded 1 document: 23 relations, 16 stances, 50 quotes, 20 actors, 10 topics (119 created, 0 updated, 0 unchanged)`.
 */
export function summarizeReport(report: LoadReport): string {
  const kinds = ['documents', 'relations', 'stances', 'evidence', 'actors', 'topics'] as const;
  const total = (field: 'written' | 'created' | 'updated') =>
    kinds.reduce((sum, k) => sum + report[k][field], 0);
  const created = total('created');
  const updated = total('updated');
  const unchanged = total('written') - created - updated;
  const { removed } = report;
  const removedCount = removed.relations + removed.stances + removed.evidence;
  const what = [
    count(report.relations.written, 'relation'),
    count(report.stances.written, 'stance'),
    count(report.evidence.written, 'quote'),
    count(report.actors.written, 'actor'),
    count(report.topics.written, 'topic'),
  ];
  return (
    `loaded ${count(report.documents.written, 'document')} from ${count(report.files.length, 'file')}: ${what.join(', ')} ` +
    `(${created} created, ${updated} updated, ${unchanged} unchanged${removedCount > 0 ? `, ${removedCount} removed` : ''})` +
    (report.skipped.documents > 0
      ? `; ${count(report.skipped.documents, 'unchanged document')} skipped`
      : '')
  );
}
