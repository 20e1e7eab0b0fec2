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
  const rows = await ctx.graph.read('search/fulltext', { query, limit: int(first) });
  return rows.map((row) => {
    if (row.kind === 'Actor') {
      const actor = row.item as ActorModel;
      ctx.loaders.actor.prime(actor.id, actor);
    } else if (row.kind === 'Topic') {
      const topic = row.item as TopicModel;
      ctx.loaders.topic.prime(topic.id, topic);
    }
    const item = { ...(row.item as object), __typename: row.kind } as SearchItemModel;
    return { score: row.score as number, item };
  });
};

export const searchQueries: QueryResolvers = { search };
