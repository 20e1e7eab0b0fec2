/**
 * `relations` and `stances` pages in one statement (cypher/tree/relations-page.cypher,
 * cypher/tree/stances-page.cypher): the page with both ends of every relation (a
 * stance's actor and topic), and their evidence and documents as far as the request
 * selects them; the loaders are primed with them. Rows come back as the page
 * statements' rows (the node and its sortKey), for connections.ts to page.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { RelationModel, StanceModel } from '../model';
import {
  read,
  treeRelationsPage,
  treeStancesPage,
  type TreeParts,
  type TreeRelationsPageParams,
  type TreeStancesPageParams,
} from '../../store';
import { mentions, selectionOf, under } from './selection';
import { evidenceParts, primeEvidence } from './prime';
import { leanRelations } from './lean';

type Without<P> = Omit<P, keyof TreeParts | 'leanRelations'>;

function partsOf(info: GraphQLResolveInfo): TreeParts {
  return evidenceParts([under(selectionOf(info), 'edges', 'node')], mentions(info, 'text'));
}

export async function relationsPageTree(
  ctx: Context,
  params: Without<TreeRelationsPageParams>,
  info: GraphQLResolveInfo,
): Promise<Array<{ relation: RelationModel; sortKey: number }>> {
  const parts = partsOf(info);
  const rows = await read(ctx.graph, treeRelationsPage, {
    ...params,
    ...parts,
    leanRelations: leanRelations(info),
  });
  const { loaders } = ctx;
  for (const row of rows) {
    loaders.relation.prime(row.relation.id, row.relation);
    loaders.actor.prime(row.source.id, row.source);
    loaders.actor.prime(row.target.id, row.target);
    primeEvidence(loaders, parts, [row.relation.id], row);
  }
  return rows.map(({ relation, sortKey }) => ({ relation, sortKey }));
}

export async function stancesPageTree(
  ctx: Context,
  params: Without<TreeStancesPageParams>,
  info: GraphQLResolveInfo,
): Promise<Array<{ stance: StanceModel; sortKey: number }>> {
  const parts = partsOf(info);
  const rows = await read(ctx.graph, treeStancesPage, { ...params, ...parts });
  const { loaders } = ctx;
  for (const row of rows) {
    loaders.stance.prime(row.stance.id, row.stance);
    loaders.actor.prime(row.actor.id, row.actor);
    loaders.topic.prime(row.topic.id, row.topic);
    primeEvidence(loaders, parts, [row.stance.id], row);
  }
  return rows.map(({ stance, sortKey }) => ({ stance, sortKey }));
}
