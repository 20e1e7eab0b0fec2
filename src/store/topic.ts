/** Topics and who stands where on them: cypher/topic/. */
import type { ByIdsParams } from './actor';
import type { ActorModel, StanceModel, TopicModel } from './rows';
import { declare } from './statement';

export interface TopicRow {
  topic: TopicModel;
}
export const topicAll = declare<Record<string, never>, TopicRow>('topic/all', [], ['topic']);
/** Topics by id (batched). */
export const topicById = declare<ByIdsParams, TopicRow>('topic/by-id', ['ids'], ['topic']);

/** The actors several topics concern. */
export const topicConcerns = declare<ByIdsParams, { topicId: string; actorId: string }>(
  'topic/concerns',
  ['ids'],
  ['topicId', 'actorId'],
);

export interface TopicStancesRow {
  topicId: string;
  stance: StanceModel;
  holder: ActorModel;
}
/** The stances on several topics, with the actor holding each. */
export const topicStances = declare<ByIdsParams, TopicStancesRow>(
  'topic/stances',
  ['ids'],
  ['topicId', 'stance', 'holder'],
);

export interface MatrixParams {
  topicIds: string[] | null;
  actorIds: string[] | null;
}
/** Per topic, the stances of the chosen actors (all when null) on it. */
export const topicMatrix = declare<MatrixParams, { topic: TopicModel; stances: StanceModel[] }>(
  'topic/matrix',
  ['topicIds', 'actorIds'],
  ['topic', 'stances'],
);
