/**
 * What an export holds, in every format: one node per actor and topic, one
 * edge per relation (actor → actor) and stance (actor → topic) that is not
 * retracted, with the attribute names analysts' notebooks read. The CYPHER
 * format carries the whole database instead (./cypherScript.ts).
 */

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportNode {
  /** The stancegraph id of the actor or topic. */
  id: string;
  /** Its name. */
  label: string;
  nodeType: 'ACTOR' | 'TOPIC';
  /** The actor's kind (PERSON, COUNTRY, …); empty for a topic. */
  kind: string;
}

export interface ExportEdge {
  /** The relation's or stance's id. */
  id: string;
  source: string;
  target: string;
  edgeType: 'RELATION' | 'STANCE';
  /** The relation type (CALLED, TRUSTS, …) or the stance's position (SUPPORTS, OPPOSES, …). */
  type: string;
  polarity: string;
  confidence: number;
  /** The first evidence quote, by document id and then start offset; empty when there is none. */
  quote: string;
  /** The document that quote is from. */
  documentId: string;
  /** The event date, else the home document's publication date (YYYY-MM-DD); empty when neither is known. */
  effectiveDate: string;
}

/** Node attributes besides the id, in the order every format writes them. */
export const NODE_ATTRIBUTES = ['label', 'nodeType', 'kind'] as const;
/** Edge attributes besides source and target, in the order every format writes them. */
export const EDGE_ATTRIBUTES = [
  'id',
  'edgeType',
  'type',
  'polarity',
  'confidence',
  'quote',
  'documentId',
  'effectiveDate',
] as const;

/** The arguments an export takes; the CLI and the API each name them their own way. */
export type ExportArgument = 'format' | 'actorIds' | 'depth';

/** An export argument that cannot be used as given; `problem` says what to change. */
export class ExportArgumentError extends Error {
  constructor(
    readonly argument: ExportArgument,
    readonly problem: string,
  ) {
    super(`${argument}: ${problem}`);
    this.name = 'ExportArgumentError';
  }
}
