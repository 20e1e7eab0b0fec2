/**
 * The dashboard's operations, built from the aggregate queries (relationSeries, activity,
 * stanceSeries, pairSummary). As in ../queries.ts, each is one template literal marked for
 * GraphQL Code Generator, which writes their types to ../generated/operations.ts.
 */
import type {
  ExplorerDashActivityQuery,
  ExplorerDashActivityQueryVariables,
  ExplorerDashChoicesQuery,
  ExplorerDashChoicesQueryVariables,
  ExplorerDashPairQuery,
  ExplorerDashPairQueryVariables,
  ExplorerDashPairQuotesQuery,
  ExplorerDashPairQuotesQueryVariables,
  ExplorerDashRelationsQuery,
  ExplorerDashRelationsQueryVariables,
  ExplorerDashStancesQuery,
  ExplorerDashStancesQueryVariables,
} from '../generated/operations';
import { operation } from '../queries';

/** Relations per bucket over the whole period, split by polarity: the chart the brush sits on. */
export const DASH_RELATIONS = operation<
  ExplorerDashRelationsQuery,
  ExplorerDashRelationsQueryVariables
>(/* GraphQL */ `
  query ExplorerDashRelations($interval: Interval!) {
    relationSeries(interval: $interval, groupBy: POLARITY, topGroups: 3) {
      time
      start
      end
      count
      goldsteinSum
      groups {
        key
        count
      }
    }
  }
`);

export const DASH_ACTIVITY = operation<
  ExplorerDashActivityQuery,
  ExplorerDashActivityQueryVariables
>(/* GraphQL */ `
  query ExplorerDashActivity($from: TimeBound, $to: TimeBound) {
    activity(from: $from, to: $to, first: 10) {
      rank
      actor {
        ...ExplorerActorRef
      }
      total
      relations
      stances
      positive
      negative
      neutral
    }
  }
`);

/** What the pickers offer: the topics, and the most active actors of all time. */
export const DASH_CHOICES = operation<ExplorerDashChoicesQuery, ExplorerDashChoicesQueryVariables>(
  /* GraphQL */ `
    query ExplorerDashChoices {
      topics {
        ...ExplorerTopicRef
      }
      activity(first: 50) {
        actor {
          ...ExplorerActorRef
        }
      }
    }
  `,
);

export const DASH_STANCES = operation<ExplorerDashStancesQuery, ExplorerDashStancesQueryVariables>(
  /* GraphQL */ `
    query ExplorerDashStances(
      $topicId: ID!
      $interval: Interval!
      $from: TimeBound
      $to: TimeBound
    ) {
      stanceSeries(topicId: $topicId, interval: $interval, from: $from, to: $to) {
        time
        start
        end
        supporters
        opponents
        worried
        undecided
      }
    }
  `,
);

/** Both directions between two actors, per bucket (grouped by pair), with the pair's totals. */
export const DASH_PAIR = operation<ExplorerDashPairQuery, ExplorerDashPairQueryVariables>(
  /* GraphQL */ `
    query ExplorerDashPair(
      $a: ID!
      $b: ID!
      $pair: [ID!]!
      $interval: Interval!
      $from: TimeBound
      $to: TimeBound
    ) {
      pairSummary(a: $a, b: $b) {
        count
        goldsteinBalance
        firstDate
        lastDate
        aToB {
          count
        }
        bToA {
          count
        }
      }
      relationSeries(
        filter: { sourceIds: $pair, targetIds: $pair }
        interval: $interval
        groupBy: PAIR
        topGroups: 2
        from: $from
        to: $to
      ) {
        time
        start
        end
        groups {
          key
          count
        }
      }
    }
  `,
);

/** The relations between two actors in one bucket, with their quotes: what a clicked point stands for. */
export const DASH_PAIR_QUOTES = operation<
  ExplorerDashPairQuotesQuery,
  ExplorerDashPairQuotesQueryVariables
>(/* GraphQL */ `
  query ExplorerDashPairQuotes($pair: [ID!]!, $from: Date!, $to: Date!) {
    relations(
      filter: { sourceIds: $pair, targetIds: $pair, from: $from, to: $to }
      first: 50
      orderBy: { field: DATE, direction: ASC }
    ) {
      edges {
        node {
          id
          type
          polarity
          effectiveDate
          source {
            ...ExplorerActorRef
          }
          target {
            ...ExplorerActorRef
          }
          evidence {
            ...ExplorerEvidence
          }
        }
      }
    }
  }
`);
