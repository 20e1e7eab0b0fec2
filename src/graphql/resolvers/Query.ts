import type { ActorConnectionModel, ActorModel, DocumentModel, TopicModel } from '../model';
import type { ActorFilter, ActorKind, QueryResolvers } from '../generated/resolvers';
import { badInput } from '../errors';
import { eitherForm } from '../deprecated';
import { decodeCursor, encodeCursor, pageSize } from '../cursor';
import { int } from '../../db/values';
import { actorTree, wantsActorTree } from '../tree/actor';
import { topicTree, wantsTopicTree } from '../tree/topic';
import { mentions } from '../tree/selection';
import { listSize } from '../bounds';
import { actorByName, actorsCount, actorsPage, newestDocuments, read, topicAll } from '../../store';

/** `filter`, or the deprecated flat `kind` and `search` (not both forms of one condition). */
function actorsFilter(args: {
  filter?: ActorFilter | null;
  kind?: ActorKind | null;
  search?: string | null;
}) {
  const filter = args.filter ?? {};
  const kind = args.kind == null ? null : [args.kind];
  const kinds = eitherForm(
    { name: 'kind', value: kind },
    { name: 'filter.kinds', value: filter.kinds },
  );
  const search = eitherForm(
    { name: 'search', value: args.search },
    { name: 'filter.search', value: filter.search },
  )?.trim();
  return { kinds: kinds ?? null, search: search ? search : null };
}

export const Query: QueryResolvers = {
  async actor(_, args, ctx, info): Promise<ActorModel | null> {
    const hasId = args.id !== undefined && args.id !== null;
    const hasName = args.name !== undefined && args.name !== null;
    if (hasId === hasName) throw badInput('actor', 'give exactly one of `id` and `name`');
    const name = hasName ? (args.name as string).trim() : null;
    if (name === '') throw badInput('name', 'must not be empty');
    if (ctx.oneStatement && info && wantsActorTree(info))
      return actorTree(ctx, { id: args.id ?? null, name }, info);
    if (hasId) return ctx.loaders.actor.load(args.id as string);
    const [row] = await read(ctx.graph, actorByName, { name: name as string });
    const actor = row?.actor ?? null;
    if (actor) ctx.loaders.actor.prime(actor.id, actor);
    return actor;
  },

  async actors(_, args, ctx): Promise<ActorConnectionModel> {
    const first = pageSize('first', args.first);
    const filter = actorsFilter(args);
    const [afterName, afterId] = args.after
      ? decodeCursor('after', args.after, ['string', 'string'])
      : [null, null];
    const rows = await read(ctx.graph, actorsPage, {
      ...filter,
      afterName,
      afterId,
      limit: int(first + 1),
    });
    const actors = rows.map((r) => r.actor);
    const page = actors.slice(0, first);
    for (const a of page) ctx.loaders.actor.prime(a.id, a);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.name, node.id]), node }));
    let total: Promise<number> | undefined;
    return {
      edges,
      count: () =>
        (total ??= read(ctx.graph, actorsCount, filter).then((r) => Number(r[0]?.total ?? 0))),
      pageInfo: {
        hasNextPage: actors.length > first,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  },

  async topics(_, __, ctx): Promise<TopicModel[]> {
    const rows = await read(ctx.graph, topicAll, {});
    return rows.map((r) => r.topic);
  },

  topic(_, args, ctx, info): Promise<TopicModel | null> {
    if (ctx.oneStatement && info && wantsTopicTree(info)) return topicTree(ctx, args.id, info);
    return ctx.loaders.topic.load(args.id);
  },

  async documents(_, args, ctx, info): Promise<DocumentModel[]> {
    const first = listSize('first', args.first ?? 100);
    const withText = info ? mentions(info, 'text') : true;
    const rows = await read(ctx.graph, newestDocuments, { first: int(first), withText });
    return rows.map((r) => r.document);
  },

  document(_, args, ctx, info): Promise<DocumentModel | null> {
    const withText = info ? mentions(info, 'text') : true;
    return (withText ? ctx.loaders.document : ctx.loaders.documentLean).load(args.id);
  },
};
