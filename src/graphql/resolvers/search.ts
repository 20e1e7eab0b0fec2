/**
 * `Query.search`: one statement (cypher/search/fulltext.cypher) over the three
 * full-text indexes, hits merged by Lucene score. The user's text is turned
 * into an escaped Lucene query by src/db/fulltext.ts.
 */
import type { ActorModel, EvidenceModel, TopicModel } from '../model';
import type { QueryResolvers } from '../generated/resolvers';
import { badInput } from '../errors';
import { pageSize } from '../cursor';
import { toLuceneQuery } from '../../db/fulltext';
import { int } from '../../db/values';
import { read, searchFulltext, type FulltextRow } from '../../store';

/** Longest search text accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;

/** A hit's model, tagged with its GraphQL type (the rows of the three indexes are told apart by `kind`). */
type SearchItemModel =
  | (ActorModel & { __typename: 'Actor' })
  | (TopicModel & { __typename: 'Topic' })
  | (EvidenceModel & { __typename: 'Evidence' });

const search: QueryResolvers['search'] = async (_, args, ctx) => {
  const first = pageSize('first', args.first, 20);
  const text = args.query.trim();
  if (text === '') throw badInput('query', 'must not be empty; give a word to search for');
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput('query', `must be at most ${MAX_QUERY_LENGTH} characters; got ${text.length}`);
  }
  const query = toLuceneQuery(text);
  if (query === null) return []; // only punctuation: nothing to search for
  const rows = await read(ctx.graph, searchFulltext, { query, limit: int(first) });
  return rows.map((row) => {
    if (row.kind === 'Actor') ctx.loaders.actor.prime(row.item.id, row.item);
    else if (row.kind === 'Topic') ctx.loaders.topic.prime(row.item.id, row.item);
    return { score: row.score, item: tagged(row) };
  });
};

function tagged(row: FulltextRow): SearchItemModel {
  switch (row.kind) {
    case 'Actor':
      return { ...row.item, __typename: row.kind };
    case 'Topic':
      return { ...row.item, __typename: row.kind };
    case 'Evidence':
      return { ...row.item, __typename: row.kind };
    default: {
      const unreachable: never = row;
      throw new Error(`unknown search hit kind ${String(unreachable)}`);
    }
  }
}

export const searchQueries: QueryResolvers = { search };
