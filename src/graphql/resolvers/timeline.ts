/**
 * `Query.timeline`: relations, stances and documents in date order, for the
 * whole graph (cypher/timeline/all.cypher) or one actor
 * (cypher/timeline/actor.cypher), each in one bounded statement.
 */
import type { DocumentModel, RelationModel, StanceModel } from '../model';
import type { QueryResolvers } from '../generated/resolvers';
import { badInput, ErrorCode, userError } from '../errors';
import { date, int } from '../../db/values';
import { read, timelineAll, timelineOfActor, type TimelineRow } from '../../store';

export const MAX_TIMELINE_EVENTS = 500;

/** An event's model, tagged with its GraphQL type (the statement says which in `kind`). */
type TimelineItemModel =
  | (RelationModel & { __typename: 'Relation' })
  | (StanceModel & { __typename: 'Stance' })
  | (DocumentModel & { __typename: 'Document' });

const timeline: QueryResolvers['timeline'] = async (_, args, ctx) => {
  const first = args.first ?? 200;
  if (!Number.isInteger(first) || first < 1 || first > MAX_TIMELINE_EVENTS) {
    throw badInput('first', `must be between 1 and ${MAX_TIMELINE_EVENTS}; got ${first}`);
  }
  // Dates arrive checked as YYYY-MM-DD strings (the Date scalar), so they compare as text.
  if (args.from && args.to && args.from > args.to) {
    throw badInput('from', `must not be after \`to\`; got from ${args.from}, to ${args.to}`);
  }
  const params = { from: date(args.from), to: date(args.to), limit: int(first) };
  let rows: TimelineRow[];
  if (args.actorId != null) {
    const actorId = args.actorId;
    const [actor, found] = await Promise.all([
      ctx.loaders.actor.load(actorId),
      read(ctx.graph, timelineOfActor, { ...params, actorId }),
    ]);
    if (!actor) {
      throw userError(ErrorCode.NOT_FOUND, `actorId: no actor has the id "${actorId}"`, {
        argumentName: 'actorId',
      });
    }
    rows = found;
  } else {
    rows = await read(ctx.graph, timelineAll, params);
  }
  return rows.map((row) => ({ date: row.date, item: tagged(row) }));
};

function tagged(row: TimelineRow): TimelineItemModel {
  switch (row.kind) {
    case 'Relation':
      return { ...row.item, __typename: row.kind };
    case 'Stance':
      return { ...row.item, __typename: row.kind };
    case 'Document':
      return { ...row.item, __typename: row.kind };
    default: {
      const unreachable: never = row;
      throw new Error(`unknown timeline kind ${String(unreachable)}`);
    }
  }
}

export const timelineQueries: QueryResolvers = { timeline };
