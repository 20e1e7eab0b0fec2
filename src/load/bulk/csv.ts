/**
 * Pass 1's plans as the CSV files `neo4j-admin database import full` reads:
 * one file per node label and relationship type, with typed headers. Every
 * value comes from the same row builders the transactional loader sends
 * (../rows.ts), so both paths give the same graph.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { isDate, isInt } from 'neo4j-driver';
import type { ActorInput, TopicInput } from '../../dataset/schema';
import type { DocumentGroup } from '../loader';
import { contentHash } from '../hash';
import { withEffectiveDate } from '../create';
import {
  actorRow,
  documentRow,
  evidenceRow,
  nameKeys,
  relationRow,
  stanceRow,
  topicRow,
} from '../rows';

/** Separates the items of a list property in a cell; a value holding it is refused. */
export const ARRAY_DELIMITER = '\u001f';

/** Properties that are not strings, by the import tool's type names. */
const TYPES: Record<string, string> = {
  aliases: 'string[]',
  references: 'string[]',
  documentIds: 'string[]',
  publishedAt: 'date',
  validFrom: 'date',
  validTo: 'date',
  date: 'date',
  effectiveDate: 'date',
  start: 'long',
  end: 'long',
  confidence: 'double',
};

type Props = Record<string, unknown>;

/** What each CSV file holds: its id or end columns, then the properties. */
interface FileSpec {
  file: string;
  kind: 'nodes' | 'relationships';
  /** Leading columns: `id:ID(Actor)` or `:START_ID(Actor)`, `:END_ID(Topic)`. */
  keys: string[];
  /** Node label or relationship type. */
  label: string;
  props: string[];
}

const ASSERTION = [
  'id',
  'polarity',
  'confidence',
  'method',
  'validFrom',
  'validTo',
  'note',
  'homeDocumentId',
  'documentIds',
  'origin',
  'effectiveDate',
];

export const FILES = {
  actors: {
    file: 'actors.csv',
    kind: 'nodes',
    keys: ['id:ID(Actor)'],
    label: 'Actor',
    props: ['name', 'kind', 'aliases', 'wikidataId', 'description'],
  },
  names: {
    file: 'actor-names.csv',
    kind: 'nodes',
    keys: ['key:ID(ActorName)'],
    label: 'ActorName',
    props: [],
  },
  knownAs: {
    file: 'known-as.csv',
    kind: 'relationships',
    keys: [':START_ID(Actor)', ':END_ID(ActorName)'],
    label: 'KNOWN_AS',
    props: [],
  },
  roles: {
    file: 'has-role.csv',
    kind: 'relationships',
    keys: [':START_ID(Actor)', ':END_ID(Actor)'],
    label: 'HAS_ROLE',
    props: ['title'],
  },
  topics: {
    file: 'topics.csv',
    kind: 'nodes',
    keys: ['id:ID(Topic)'],
    label: 'Topic',
    props: ['name', 'description'],
  },
  concerns: {
    file: 'concerns.csv',
    kind: 'relationships',
    keys: [':START_ID(Topic)', ':END_ID(Actor)'],
    label: 'CONCERNS',
    props: [],
  },
  documents: {
    file: 'documents.csv',
    kind: 'nodes',
    keys: ['id:ID(Document)'],
    label: 'Document',
    props: ['title', 'publishedAt', 'url', 'publisher', 'text', 'references', 'contentHash'],
  },
  evidence: {
    file: 'evidence.csv',
    kind: 'nodes',
    keys: ['id:ID(Evidence)'],
    label: 'Evidence',
    props: ['subjectId', 'documentId', 'quote', 'start', 'end', 'origin'],
  },
  quotedIn: {
    file: 'quoted-in.csv',
    kind: 'relationships',
    keys: [':START_ID(Evidence)', ':END_ID(Document)'],
    label: 'QUOTED_IN',
    props: [],
  },
  relations: {
    file: 'relations.csv',
    kind: 'relationships',
    keys: [':START_ID(Actor)', ':END_ID(Actor)'],
    label: 'RELATION',
    props: [...ASSERTION, 'type', 'date', 'details'],
  },
  stances: {
    file: 'stances.csv',
    kind: 'relationships',
    keys: [':START_ID(Actor)', ':END_ID(Topic)'],
    label: 'STANCE',
    props: [...ASSERTION, 'position', 'summary'],
  },
} satisfies Record<string, FileSpec>;

type Name = keyof typeof FILES;

function header(spec: FileSpec): string[] {
  const props = spec.props.map((p) => (TYPES[p] ? `${p}:${TYPES[p]}` : p));
  return [...spec.keys, ...props, 'createdAt:datetime', spec.kind === 'nodes' ? ':LABEL' : ':TYPE'];
}

/** A property value as a cell: absent for null, a list joined, Neo4j dates and integers as text. */
function cell(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const items = value.map((item) => cell(item, where));
    if (items.some((item) => item.includes(ARRAY_DELIMITER)))
      throw new Error(
        `${where}: a list item holds the character U+001F, which --bulk cannot import; load without --bulk`,
      );
    return items.join(ARRAY_DELIMITER);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDate(value) || isInt(value)) return value.toString();
  throw new Error(`internal: ${where} has a value --bulk cannot write`);
}

/** Writes the CSV files under `dir`, one row at a time; `close` ends them and returns their paths by kind. */
export function csvWriter(dir: string) {
  const createdAt = new Date().toISOString();
  const streams = new Map<Name, WriteStream>();
  const rowsWritten = new Map<Name, number>();
  const emit = async (name: Name, keys: string[], props: Props) => {
    const spec: FileSpec = FILES[name];
    let out = streams.get(name);
    if (!out) {
      out = createWriteStream(join(dir, spec.file));
      streams.set(name, out);
      out.write(stringify([header(spec)]));
    }
    const where = `${spec.label} ${keys[0]}`;
    const line = stringify([
      [...keys, ...spec.props.map((p) => cell(props[p], where)), createdAt, spec.label],
    ]);
    rowsWritten.set(name, (rowsWritten.get(name) ?? 0) + 1);
    if (!out.write(line)) await once(out, 'drain');
  };
  const names = new Set<string>();
  return {
    async registry(actors: readonly ActorInput[], topics: readonly TopicInput[]) {
      for (const a of actors) {
        const row = actorRow(a);
        await emit('actors', [row.id], row.props);
        for (const key of nameKeys(a)) {
          if (!names.has(key)) await emit('names', [key], {});
          names.add(key);
          await emit('knownAs', [row.id, key], {});
        }
        for (const role of a.roles)
          await emit('roles', [a.id, role.organization], { title: role.title });
      }
      for (const t of topics) {
        const row = topicRow(t);
        await emit('topics', [row.id], row.props);
        for (const actorId of row.concerns) await emit('concerns', [row.id, actorId], {});
      }
    },
    async group(g: DocumentGroup) {
      if (!g.document) throw new Error(`internal: document ${g.id} is not in this load`);
      const doc = documentRow(g.document, contentHash(g));
      await emit('documents', [doc.id], doc.props);
      for (const r of g.relations) {
        const row = withEffectiveDate(relationRow(r), r.date, g);
        await emit('relations', [row.source, row.target], { id: row.id, ...row.props });
      }
      for (const s of g.stances) {
        const row = withEffectiveDate(stanceRow(s), undefined, g);
        await emit('stances', [row.source, row.target], { id: row.id, ...row.props });
      }
      for (const e of g.evidence) {
        const row = evidenceRow(e);
        await emit('evidence', [row.id], row.props);
        await emit('quotedIn', [row.id, row.documentId], {});
      }
    },
    /** Ends every file; returns the import tool's arguments for them and the rows per file. */
    async close(): Promise<{ args: string[]; rows: Map<Name, number> }> {
      const args: string[] = [];
      for (const [name, out] of streams) {
        out.end();
        await once(out, 'finish');
        const spec: FileSpec = FILES[name];
        args.push(`--${spec.kind}=${join(dir, spec.file)}`);
      }
      return { args, rows: rowsWritten };
    },
  };
}
