/**
 * The CYPHER format: a script that recreates the whole graph in an empty
 * Neo4j 5, everything the loader and the mutations write (actors and their
 * names, roles, topics and what they concern, documents, evidence quotes,
 * relations and stances, retracted ones included, and the change counter),
 * every property typed as stored. It opens with stancegraph's uniqueness
 * constraints (IF NOT EXISTS), so each MATCH in it is an index lookup; then
 * batched `UNWIND [literal maps] AS row …;` statements built from the
 * templates in cypher/export/script/. Each statement ends with `;` at the end
 * of a line: run it with `cypher-shell -f`, or statement by statement.
 */
import type { Graph } from '../db/graph';
import { schemaStatements } from '../db/cypher';
import { int } from '../db/values';
import {
  read,
  scriptParts,
  textOf,
  type ScriptLink,
  type ScriptRead,
  type ScriptRow,
  type ScriptTemplate,
} from '../store';
import type { TextSink } from './sink';
import { cypherMap, cypherString } from './cypherLiteral';

/**
 * Rows per UNWIND statement, and the most literal text one statement holds (a few large documents
 * fill it). Neo4j 5 parses and plans a statement's literals at roughly half a millisecond each,
 * and batches of about 50 rows replayed fastest (measured from 10 to 500 on the local Neo4j), so
 * a script replays at a few hundred rows a second: fine for a subgraph or a corpus, slow for a
 * whole 100 000-actor graph, which `neo4j-admin database dump` copies faster.
 */
export const SCRIPT_BATCH_ROWS = 50;
export const SCRIPT_BATCH_CHARS = 256 * 1024;

type Shape =
  /** A node, with the relationships written with it (`links`). */
  | 'node'
  /** Only an actor's relationships to other actors (roles), written after every actor. */
  | 'links'
  /** A relationship between two nodes by id. */
  | 'relationship';

interface Step {
  /** The statement reading pages (cypher/export/script/<part>.cypher) … */
  read: ScriptRead;
  /** … and the template writing them (cypher/export/script/create-<part>.cypher). */
  create: ScriptTemplate;
  shape: Shape;
  pageSize: number;
  /** Counted as an actor or topic node, or a relation or stance edge, in the summary. */
  counts?: 'actors' | 'topics' | 'relations' | 'stances';
}

/** In dependency order: what a statement MATCHes is created by an earlier one. */
const STEPS: readonly Step[] = [
  { ...scriptParts.actorNames, shape: 'node', pageSize: 1000 },
  { ...scriptParts.actors, shape: 'node', pageSize: 1000, counts: 'actors' },
  { ...scriptParts.roles, shape: 'links', pageSize: 1000 },
  { ...scriptParts.topics, shape: 'node', pageSize: 1000, counts: 'topics' },
  { ...scriptParts.documents, shape: 'node', pageSize: 100 },
  { ...scriptParts.evidence, shape: 'node', pageSize: 1000 },
  { ...scriptParts.relations, shape: 'relationship', pageSize: 1000, counts: 'relations' },
  { ...scriptParts.stances, shape: 'relationship', pageSize: 1000, counts: 'stances' },
  { ...scriptParts.meta, shape: 'node', pageSize: 1000 },
];

export interface ScriptSummary {
  /** Actors and topics. */
  nodeCount: number;
  /** Relations and stances not retracted. */
  edgeCount: number;
  /** Everything the script creates. */
  allNodes: number;
  allRelationships: number;
}

/** A template without its comment lines, split around `$rows`. */
function template(create: ScriptTemplate): [string, string] {
  const text = textOf(create)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  const at = text.indexOf('$rows');
  if (at < 0 || text.indexOf('$rows', at + 1) >= 0)
    throw new Error(`cypher/${create.name}.cypher must use $rows exactly once`);
  return [text.slice(0, at), text.slice(at + '$rows'.length)];
}

function linksLiteral(links: readonly ScriptLink[]): string {
  const texts = links.map((l) => `{to: ${cypherString(l.to)}, props: ${cypherMap(l.props)}}`);
  // Pattern comprehensions list relationships in storage order: sorted, the text is canonical.
  return `[${texts.sort().join(', ')}]`;
}

function rowLiteral(shape: Shape, row: ScriptRow): string | undefined {
  const links = row.links ?? [];
  const props = row.props ?? [];
  switch (shape) {
    case 'node':
      return links.length > 0
        ? `{props: ${cypherMap(props)}, links: ${linksLiteral(links)}}`
        : `{props: ${cypherMap(props)}}`;
    case 'links':
      return links.length > 0
        ? `{key: ${cypherString(String(row.key))}, links: ${linksLiteral(links)}}`
        : undefined;
    case 'relationship':
      return `{source: ${cypherString(String(row.source))}, target: ${cypherString(String(row.target))}, props: ${cypherMap(props)}}`;
    default: {
      const unreachable: never = shape;
      throw new Error(`unknown shape ${String(unreachable)}`);
    }
  }
}

/** The `CREATE CONSTRAINT … IF NOT EXISTS` statements of cypher/schema.cypher. */
function constraints(): string[] {
  return schemaStatements().filter((s) => /^CREATE CONSTRAINT\b/i.test(s));
}

/**
 * Writes the script to `sink`, a page at a time; `advance` is told how many nodes and
 * relationships each statement creates.
 */
export async function writeCypherScript(
  graph: Graph,
  sink: TextSink,
  advance: (n: number) => void = () => undefined,
): Promise<ScriptSummary> {
  const summary: ScriptSummary = { nodeCount: 0, edgeCount: 0, allNodes: 0, allRelationships: 0 };
  await sink.write(
    [
      '// stancegraph graph export: recreates the graph in an empty Neo4j 5 database.',
      '// Run with `cypher-shell -f FILE`, or statement by statement (each ends with ";" at the end of a line).',
      '',
      ...constraints().map((s) => `${s};`),
      '',
    ].join('\n'),
  );
  for (const step of STEPS) {
    const [before, after] = template(step.create);
    let batch: string[] = [];
    let chars = 0;
    let created = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await sink.write(`\n${before}[\n  ${batch.join(',\n  ')}\n]${after};\n`);
      advance(created);
      batch = [];
      chars = 0;
      created = 0;
    };
    let cursor = '';
    for (;;) {
      const rows = await read(graph, step.read, {
        after: cursor,
        limit: int(step.pageSize),
      });
      for (const row of rows) {
        const links = (row.links ?? []).length;
        if (step.shape === 'node') summary.allNodes++;
        if (step.shape === 'relationship') summary.allRelationships++;
        summary.allRelationships += links;
        if (step.counts === 'actors' || step.counts === 'topics') summary.nodeCount++;
        if (step.counts === 'relations' || step.counts === 'stances') {
          const props = row.props ?? [];
          if (!props.some(([name]) => name === 'retractedAt')) summary.edgeCount++;
        }
        const literal = rowLiteral(step.shape, row);
        if (literal === undefined) continue;
        batch.push(literal);
        chars += literal.length;
        created += (step.shape === 'links' ? 0 : 1) + links;
        if (batch.length >= SCRIPT_BATCH_ROWS || chars >= SCRIPT_BATCH_CHARS) await flush();
      }
      if (rows.length < step.pageSize) break;
      cursor = String(rows[rows.length - 1]?.key);
    }
    await flush();
  }
  return summary;
}
