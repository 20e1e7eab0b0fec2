/**
 * The CYPHER export script: cypher/export/script/. Each `<part>.cypher` reads
 * pages of what `create-<part>.cypher` recreates; the create files are
 * templates whose text src/export/cypherScript.ts fills with literal rows
 * (`textOf`), never run against this graph.
 */
import type { ExportPageParams } from './export';
import { declarePerKind } from './kinds';
import { declare, type Statement } from './statement';

/** A property as the script statements read it: [name, Cypher type, value]. */
export type TypedProperty = [string, string, unknown];

export interface ScriptLink {
  to: string;
  props: TypedProperty[];
}

/** A row of a script read: a node (props, links), an actor's roles (links) or a relationship (source, target, props). */
export interface ScriptRow {
  key: string;
  props?: TypedProperty[];
  links?: ScriptLink[];
  source?: string;
  target?: string;
}

export interface ScriptTemplateParams {
  rows: unknown[];
}

export type ScriptRead = Statement<ExportPageParams, ScriptRow>;
export type ScriptTemplate = Statement<ScriptTemplateParams, Record<string, never>>;

const PAGE = ['after', 'limit'] as const;
const NODE = ['key', 'props', 'links'] as const;
const EDGE = ['key', 'source', 'target', 'props'] as const;
const template = (name: string): ScriptTemplate =>
  declare<ScriptTemplateParams>(`export/script/create-${name}`, ['rows'], []);
/** Relations and stances: one read and one template, each declared per kind (./kinds.ts). */
const assertionReads = declarePerKind<ExportPageParams, ScriptRow>(
  'export/script/assertions',
  PAGE,
  EDGE,
);
const assertionTemplates = declarePerKind<ScriptTemplateParams>(
  'export/script/create-assertions',
  ['rows'],
  [],
);

/** Each part of the script: the statement reading it and the template recreating it. */
export const scriptParts = {
  actorNames: {
    read: declare<ExportPageParams, ScriptRow>('export/script/actor-names', PAGE, NODE),
    create: template('actor-names'),
  },
  actors: {
    read: declare<ExportPageParams, ScriptRow>('export/script/actors', PAGE, NODE),
    create: template('actors'),
  },
  roles: {
    read: declare<ExportPageParams, ScriptRow>('export/script/roles', PAGE, ['key', 'links']),
    create: template('roles'),
  },
  topics: {
    read: declare<ExportPageParams, ScriptRow>('export/script/topics', PAGE, NODE),
    create: template('topics'),
  },
  documents: {
    read: declare<ExportPageParams, ScriptRow>('export/script/documents', PAGE, NODE),
    create: template('documents'),
  },
  evidence: {
    read: declare<ExportPageParams, ScriptRow>('export/script/evidence', PAGE, NODE),
    create: template('evidence'),
  },
  relations: { read: assertionReads.relation, create: assertionTemplates.relation },
  stances: { read: assertionReads.stance, create: assertionTemplates.stance },
  meta: {
    read: declare<ExportPageParams, ScriptRow>('export/script/meta', PAGE, NODE),
    create: template('meta'),
  },
} as const satisfies Record<string, { read: ScriptRead; create: ScriptTemplate }>;
