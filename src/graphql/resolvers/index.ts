/** The resolver map, one module per type. */
import { Query } from './Query';
import { Actor, Role } from './Actor';
import { Document, Evidence, Relation, Stance } from './Relation';
import { Topic } from './Topic';
import { DateScalar } from './Date';
import { TimeBoundScalar } from './TimeBound';
import {
  ActorConnection,
  connectionQueries,
  RelationConnection,
  StanceConnection,
} from './connections';
import { networkQueries } from './network';
import { positionQueries, TopicPositions } from './positions';
import { cameoQueries, RelationCameo } from './cameo';
import { EvidenceFields } from './evidence';
import { Ranking, rankingQueries } from './rankings';
import { searchQueries } from './search';
import { exportQueries } from './export';
import { timelineQueries } from './timeline';
import { seriesQueries } from './series';
import { activityQueries } from './activity';
import { SearchItem, TimelineItem } from './unions';
import { Assertion, Node, nodeQueries } from './node';
import { Mutation } from './Mutation';
import { Subscription } from './Subscription';
import { DateTimeScalar, RelationRetraction, StanceRetraction } from './Retraction';
import { JSONObjectScalar, RelationDetails } from './details';
import { DocumentConnection, documentQueries } from './documents';
import type { Resolvers } from '../generated/resolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  TimeBound: TimeBoundScalar,
  Mutation,
  Subscription,
  Query: {
    ...Query,
    ...connectionQueries,
    ...networkQueries,
    ...positionQueries,
    ...cameoQueries,
    ...timelineQueries,
    ...rankingQueries,
    ...searchQueries,
    ...exportQueries,
    ...seriesQueries,
    ...activityQueries,
    ...nodeQueries,
    ...documentQueries,
  },
  Actor,
  ActorConnection,
  RelationConnection,
  StanceConnection,
  DocumentConnection,
  Role,
  Relation: { ...Relation, ...RelationCameo, ...RelationRetraction, ...RelationDetails },
  Stance: { ...Stance, ...StanceRetraction },
  Evidence: { ...Evidence, ...EvidenceFields },
  Document,
  Ranking,
  Assertion,
  Node,
  TimelineItem,
  SearchItem,
  Topic: { ...Topic, ...TopicPositions },
};
