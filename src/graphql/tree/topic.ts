/**
 * `topic(id:)` in one statement (cypher/tree/topic.cypher): the topic, its
 * stances with their holders (which supporters, opponents, worried and counts
 * are made of), the actors it concerns, and the stances' evidence and
 * documents, as far as the request selects them; the loaders are primed with them.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { TopicModel } from '../model';
import { read, treeTopic, treeTopicPositions } from '../../store';
import { mentions, selectionOf, under } from './selection';
import { evidenceParts, primeEvidence } from './prime';

/** Topic fields answered from the topic's stances (src/graphql/resolvers/positions.ts). */
const FROM_STANCES = ['stances', 'supporters', 'opponents', 'worried', 'counts'];
/** Of those, the ones that need no more of a stance than its position and holder. */
const FROM_POSITIONS = ['supporters', 'opponents', 'worried', 'counts'];

/** Whether the selection reaches past the topic's own fields (else topic/by-id is leaner). */
export function wantsTopicTree(info: GraphQLResolveInfo): boolean {
  const selection = selectionOf(info);
  return selection.has('concerns') || FROM_STANCES.some((f) => selection.has(f));
}

export async function topicTree(
  ctx: Context,
  id: string,
  info: GraphQLResolveInfo,
): Promise<TopicModel | null> {
  const selection = selectionOf(info);
  const positionsOnly =
    !selection.has('stances') &&
    !selection.has('concerns') &&
    FROM_POSITIONS.some((f) => selection.has(f));
  if (positionsOnly) return positionsTree(ctx, id);
  const parts = evidenceParts([under(selection, 'stances')], mentions(info, 'text'));
  const withStances = FROM_STANCES.some((f) => selection.has(f));
  const withConcerns = selection.has('concerns');
  const [row] = await read(ctx.graph, treeTopic, { id, withStances, withConcerns, ...parts });
  if (!row) return null;
  const { loaders } = ctx;
  loaders.topic.prime(row.topic.id, row.topic);
  if (withStances) {
    for (const { holder } of row.stances) loaders.actor.prime(holder.id, holder);
    loaders.stancesOnTopic.prime(
      row.topic.id,
      row.stances.map((s) => s.stance),
    );
  }
  if (withConcerns) {
    for (const a of row.concerns) loaders.actor.prime(a.id, a);
    loaders.concerns.prime(
      row.topic.id,
      row.concerns.map((a) => a.id),
    );
  }
  primeEvidence(
    loaders,
    parts,
    row.stances.map((s) => s.stance.id),
    row,
  );
  return row.topic;
}

/** Who stands where and nothing else of the stances (tree/topic-positions.cypher): the lean statement. */
async function positionsTree(ctx: Context, id: string): Promise<TopicModel | null> {
  const [row] = await read(ctx.graph, treeTopicPositions, { id });
  if (!row) return null;
  const { loaders } = ctx;
  loaders.topic.prime(row.topic.id, row.topic);
  for (const holder of row.holders) loaders.actor.prime(holder.id, holder);
  loaders.positionsOnTopic.prime(row.topic.id, row.positions);
  return row.topic;
}
