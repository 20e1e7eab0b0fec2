/**
 * `actor(id:)` / `actor(name:)` in one statement (cypher/tree/actor.cypher):
 * the actor, its relations with their ends, its stances with their topics,
 * the evidence of both and the documents quoted, as far as the request selects
 * them. The loaders are primed with the rest, so nested resolvers send nothing.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { ActorModel } from '../model';
import type { RelationDirection, RelationType } from '../generated/resolvers';
import { read, treeActor } from '../../store';
import { int } from '../../db/values';
import { listSize } from '../bounds';
import { mentions, selectionOf, under } from './selection';
import { evidenceParts, primeEvidence } from './prime';
import { leanRelations } from './lean';

/** Whether the selection reaches past the actor's own fields (else actor/by-id or by-name is leaner). */
export function wantsActorTree(info: GraphQLResolveInfo): boolean {
  const selection = selectionOf(info);
  return selection.has('relations') || selection.has('stances');
}

export async function actorTree(
  ctx: Context,
  by: { id: string | null; name: string | null },
  info: GraphQLResolveInfo,
): Promise<ActorModel | null> {
  const selection = selectionOf(info);
  // One statement reads one set of relation arguments: the first occurrence's (others use the loaders).
  const relationArgs = selection.get('relations')?.args[0] as
    { direction: RelationDirection; types?: RelationType[] | null; first: number } | undefined;
  const key = relationArgs && {
    direction: relationArgs.direction,
    types: relationArgs.types ?? null,
    first: listSize('first', relationArgs.first),
  };
  const relations = under(selection, 'relations');
  const stances = under(selection, 'stances');
  const parts = evidenceParts([relations, stances], mentions(info, 'text'));
  const [row] = await read(ctx.graph, treeActor, {
    ...by,
    direction: key?.direction ?? 'BOTH',
    types: key?.types ?? null,
    first: int(key?.first ?? 1),
    withRelations: key !== undefined,
    withStances: selection.has('stances'),
    leanRelations: key !== undefined && leanRelations(info),
    ...parts,
  });
  if (!row) return null;
  const { loaders } = ctx;
  loaders.actor.prime(row.actor.id, row.actor);
  if (key) {
    for (const { other } of row.relations) loaders.actor.prime(other.id, other);
    loaders.primeRelations(
      { actorId: row.actor.id, ...key },
      row.relations.map((r) => r.relation),
    );
  }
  if (selection.has('stances')) {
    for (const { topic } of row.stances) loaders.topic.prime(topic.id, topic);
    loaders.stancesOfActor.prime(
      row.actor.id,
      row.stances.map((s) => s.stance),
    );
  }
  const subjects = [
    ...row.relations.map((r) => r.relation.id),
    ...row.stances.map((s) => s.stance.id),
  ];
  primeEvidence(loaders, parts, subjects, row);
  return row.actor;
}
