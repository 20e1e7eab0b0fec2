/**
 * `Query.node(id:)` and the interfaces' `__resolveType` (schema.graphql `Node`,
 * `Assertion`). One statement (cypher/node/kind.cypher) finds what kind of
 * object an id names; the kind's own loader then reads it, so `node(id:)`
 * answers exactly what the kind's own query (`actor(id:)`, `relation(id:)`, …)
 * answers. Evidence, which no other query reads by id, comes with the kind.
 */
import { ID_PATTERN } from '../../dataset/schema';
import { nodeKind, read, type NodeKind } from '../../store';
import type { Context } from '../context';
import { badInput } from '../errors';
import type { QueryResolvers } from '../generated/resolvers';
import type {
  ActorModel,
  DocumentModel,
  EvidenceModel,
  RelationModel,
  StanceModel,
  TopicModel,
} from '../model';
import { mentions } from '../tree/selection';
import { typeOfModel } from './unions';

type NodeModel =
  ActorModel | TopicModel | DocumentModel | RelationModel | StanceModel | EvidenceModel;

/** An evidence id as src/dataset/plan.ts makes it: `<assertion id>@<document id>:<start>-<end>`. */
function isEvidenceId(id: string): boolean {
  const at = id.indexOf('@');
  const m = /^(.+):(\d+)-(\d+)$/.exec(id.slice(at + 1));
  return at > 0 && ID_PATTERN.test(id.slice(0, at)) && m !== null && ID_PATTERN.test(m[1] ?? '');
}

/** The kind's own loader, so the model is the one the kind's own query returns. */
function loadAs(
  ctx: Context,
  kind: Exclude<NodeKind, 'Evidence'>,
  id: string,
  withText: boolean,
): Promise<NodeModel | null> {
  switch (kind) {
    case 'Actor':
      return ctx.loaders.actor.load(id);
    case 'Topic':
      return ctx.loaders.topic.load(id);
    case 'Document':
      return (withText ? ctx.loaders.document : ctx.loaders.documentLean).load(id);
    case 'Relation':
      return ctx.loaders.relation.load(id);
    case 'Stance':
      return ctx.loaders.stance.load(id);
    default: {
      const unreachable: never = kind;
      throw new Error(`no loader for ${String(unreachable)}`);
    }
  }
}

export const nodeQueries: Pick<QueryResolvers, 'node'> = {
  async node(_, args, ctx, info) {
    const id = args.id;
    if (!ID_PATTERN.test(id) && !isEvidenceId(id)) {
      throw badInput(
        'id',
        `"${id.slice(0, 140)}" cannot be the id of anything: ids are slugs (lowercase letters, digits, ".", "_" or "-"), and evidence ids read <assertion id>@<document id>:<start>-<end>`,
      );
    }
    const [row] = await read(ctx.graph, nodeKind, { id });
    if (!row) return null;
    const model =
      row.kind === 'Evidence'
        ? row.evidence
        : await loadAs(ctx, row.kind, id, info ? mentions(info, 'text') : true);
    // Tagged, since the shapes of some models (an actor, a topic) overlap.
    return model ? { ...model, __typename: row.kind } : null;
  },
};

export const Node = {
  __resolveType(value: unknown): NodeKind {
    return typeOfModel(value);
  },
};

export const Assertion = {
  __resolveType(value: unknown): 'Relation' | 'Stance' {
    const type = typeOfModel(value);
    if (type !== 'Relation' && type !== 'Stance') {
      throw new Error(`a ${type} is not an Assertion`);
    }
    return type;
  },
};
