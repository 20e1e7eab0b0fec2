/**
 * `documentsConnection`: the documents, newest first (then by id), as a keyset cursor
 * connection, the conventional form of the plain `documents` list (docs/API.md). The text
 * is read only when the request selects it.
 */
import type { DocumentConnectionModel } from '../model';
import type { DocumentConnectionResolvers, QueryResolvers } from '../generated/resolvers';
import { decodeCursor, encodeCursor, pageSize } from '../cursor';
import { mentions } from '../tree/selection';
import { date, int } from '../../db/values';
import { documentsCount, documentsPage, read } from '../../store';

export const documentQueries: QueryResolvers = {
  async documentsConnection(_, args, ctx, info): Promise<DocumentConnectionModel> {
    const first = pageSize('first', args.first);
    const [afterDate, afterId] = args.after
      ? decodeCursor('after', args.after, ['string', 'string'])
      : [null, null];
    const withText = info ? mentions(info, 'text') : true;
    const rows = await read(ctx.graph, documentsPage, {
      afterDate: date(afterDate),
      afterId,
      limit: int(first + 1),
      withText,
    });
    const page = rows.slice(0, first).map((r) => r.document);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.publishedAt, node.id]), node }));
    let total: Promise<number> | undefined;
    return {
      edges,
      count: () =>
        (total ??= read(ctx.graph, documentsCount, {}).then((r) => Number(r[0]?.total ?? 0))),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  },
};

export const DocumentConnection: DocumentConnectionResolvers = { totalCount: (c) => c.count() };
