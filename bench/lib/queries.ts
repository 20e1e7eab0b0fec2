/**
 * The dashboard queries the benchmark sends, each three ways: to stancegraph
 * (GraphQL over HTTP), as the same logical Cypher straight through the driver
 * (the floor), and to @neo4j/graphql over the same database (the peer).
 * Parameters are picked from the loaded graph so they mean the same at every
 * size: actors of a fixed degree band, topics near the median, a keyset
 * position ~500 rows deep; each query rotates over up to 20 parameter sets.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  actorActivity,
  actorByName,
  neighborhoodSubgraph,
  pairSummary,
  relationSeries,
  shortestPath,
  stanceSeries,
  textOf,
} from '../../src/store';
import { relationFilterParams } from '../../src/graphql/resolvers/connections';
import { goldsteinScores } from '../../src/graphql/resolvers/series';
import { EARLIEST, LATEST, MAX_BUCKETS } from '../../src/graphql/buckets';
import { encodeCursor } from '../../src/graphql/cursor';
import { RELATION_TYPES } from '../../src/dataset/vocabulary';
import { toPlain } from '../../src/db/values';
import type { Request } from './client-child';
import { benchCypher } from './util';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  key: string;
  title: string;
  /** What the peer does differently, when it cannot ask for exactly the same thing. */
  peerNote?: string;
  stancegraph: GraphQLRequest[];
  /** Absent where @neo4j/graphql cannot express the query: the report says n/a rather than invent one. */
  peer?: GraphQLRequest[];
  floor: Request[];
}

const DEPTH_BAND = { min: 20, max: 40 };
const CENTER_BAND = { min: 5, max: 15 };
const SETS = 20;
const MIN_CONFIDENCE = 0.5;
const PAGE = 20;
const DEEP = 500;
const HUB_TYPES = ['CRITICIZES', 'OPPOSES', 'SUPPORTS', 'SPOKE_WITH'];
/** The network view's filter: hostile relations the sources are sure of (an unfiltered depth 2 through a hub is most of the graph). */
const HOSTILE = ['OPPOSES', 'CRITICIZES', 'THREATENS'];
const NEIGHBOUR_CONFIDENCE = 0.8;

async function rows(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  database?: string,
) {
  const result = await driver.executeQuery(benchCypher(name), params, {
    database,
    routing: neo4j.routing.READ,
  });
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/** base64("arrayconnection:N"), @neo4j/graphql's (graphql-relay's) offset cursor. */
function offsetCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
}

const gql = (query: string, variables: Record<string, unknown>): GraphQLRequest => ({
  query: query.replace(/\s+/g, ' ').trim(),
  variables,
});

export const body = (r: GraphQLRequest): Request => ({ body: JSON.stringify(r) });

export interface Picked {
  aliasKeys: string[];
  typical: string[];
  centers: string[];
  topics: string[];
  hub: { id: string; degree: number };
  pages: Array<{ type: string; key: number; id: string; position: number }>;
  hubPages: Array<{ key: number; id: string; position: number }>;
  /** Pairs of actors with the most relations between them. */
  related: Array<{ a: string; b: string }>;
}

export async function pickParameters(driver: Driver, database?: string): Promise<Picked> {
  const count = neo4j.int(SETS);
  const ids = (r: Array<Record<string, unknown>>, field = 'id') =>
    r.map((x) => x[field] as string).filter((x) => typeof x === 'string');
  const aliasKeys = ids(await rows(driver, 'params/alias-actors', { count }, database), 'key');
  const typical = ids(
    await rows(
      driver,
      'params/actors-by-degree',
      { min: DEPTH_BAND.min, max: DEPTH_BAND.max, count },
      database,
    ),
  );
  const centers = ids(
    await rows(
      driver,
      'params/actors-by-degree',
      { min: CENTER_BAND.min, max: CENTER_BAND.max, count },
      database,
    ),
  );
  const topics = ids(await rows(driver, 'params/topics-by-stances', { count }, database));
  const [hubRow] = await rows(driver, 'params/hub', {}, database);
  const hub = { id: hubRow?.id as string, degree: Number(hubRow?.degree ?? 0) };
  const pages: Picked['pages'] = [];
  for (const type of RELATION_TYPES) {
    for (const position of [DEEP, 100, 20]) {
      const [row] = await rows(
        driver,
        'params/relations-position',
        { type, minConfidence: MIN_CONFIDENCE, position: neo4j.int(position) },
        database,
      );
      if (row) {
        pages.push({ type, key: row.key as number, id: row.id as string, position });
        break;
      }
    }
  }
  const hubPages: Picked['hubPages'] = [];
  for (let k = 0; k < 10; k++) {
    for (const position of [DEEP + 13 * k, 100 + 7 * k, 20 + k]) {
      const [row] = await rows(
        driver,
        'params/hub-relations-position',
        {
          id: hub.id,
          types: HUB_TYPES,
          minConfidence: MIN_CONFIDENCE,
          position: neo4j.int(position),
        },
        database,
      );
      if (row) {
        hubPages.push({ key: row.key as number, id: row.id as string, position });
        break;
      }
    }
  }
  const related = (await rows(driver, 'params/related-pairs', { count }, database)).map((r) => ({
    a: r.a as string,
    b: r.b as string,
  }));
  return { aliasKeys, typical, centers, topics, hub, pages, hubPages, related };
}

const int = (n: number) => ({ $int: n });

export function benchQueries(p: Picked, aggregates = true): BenchQuery[] {
  const pairs = p.centers
    .map((c, i) => [c, p.typical[(i + 7) % p.typical.length]] as const)
    .filter(([a, b]) => a !== b);
  return [
    {
      key: 'actor-by-alias',
      title: 'actor by alias',
      stancegraph: p.aliasKeys.map((name) =>
        gql('query($name: String!) { actor(name: $name) { id name kind aliases } }', { name }),
      ),
      peer: p.aliasKeys.map((key) =>
        gql(
          `query($key: String!) { actorNames(where: {key: {eq: $key}}) {
             actors(limit: 1, sort: [{id: ASC}]) { id name kind aliases } } }`,
          { key },
        ),
      ),
      floor: p.aliasKeys.map((name) => ({ cypher: textOf(actorByName), params: { name } })),
    },
    {
      key: 'actor-relations-evidence',
      title: `actor with relations + evidence (degree ${DEPTH_BAND.min}–${DEPTH_BAND.max})`,
      peerNote:
        'quotes through a @cypher field (they name their relation by id; no graph edge to traverse)',
      stancegraph: p.typical.map((id) =>
        gql(
          `query($id: ID!) { actor(id: $id) { id name kind aliases
             relations { id type polarity confidence source { id name } target { id name }
               evidence { id quote start end document { id title } } } } }`,
          { id },
        ),
      ),
      peer: p.typical.map((id) =>
        gql(
          `query($id: ID!) { actors(where: {id: {eq: $id}}) { id name kind aliases
             outConnection { edges { properties { id type polarity confidence } node { id name } } }
             inConnection { edges { properties { id type polarity confidence } node { id name } } }
             evidence { id subjectId quote start end document { id title } } } }`,
          { id },
        ),
      ),
      floor: p.typical.map((id) => ({
        cypher: benchCypher('floor/actor-with-relations'),
        params: { id },
      })),
    },
    {
      key: 'neighborhood-depth2',
      title: `depth-2 neighbourhood, hostile ≥ ${NEIGHBOUR_CONFIDENCE} (centre degree ${CENTER_BAND.min}–${CENTER_BAND.max})`,
      peerNote:
        "a @cypher field with the floor's neighbourhood statement (before 2026-12-02: a nested traversal of 20 × 6 hops, less than the API answers)",
      stancegraph: p.centers.map((id) =>
        gql(
          `query($id: ID!) { neighborhood(actorId: $id, depth: 2, types: [${HOSTILE.join(', ')}], minConfidence: ${NEIGHBOUR_CONFIDENCE}) {
             actors { id name kind } relations { id type polarity confidence source { id } target { id } } } }`,
          { id },
        ),
      ),
      peer: p.centers.map((id) =>
        gql(
          `query($id: ID!, $types: [String!], $min: Float) { neighborhood(actorId: $id, types: $types, minConfidence: $min) {
             actors { id name kind } relations { id type polarity confidence source target } } }`,
          { id, types: HOSTILE, min: NEIGHBOUR_CONFIDENCE },
        ),
      ),
      floor: p.centers.map((id) => ({
        cypher: textOf(neighborhoodSubgraph),
        params: {
          actorId: id,
          depth: int(2),
          types: HOSTILE,
          minConfidence: NEIGHBOUR_CONFIDENCE,
          maxActors: int(500),
          withStances: false,
        },
      })),
    },
    {
      key: 'shortest-path',
      title: 'shortest path (≤ 4 hops, either way)',
      peerNote: 'a @cypher field with the same shortestPath',
      stancegraph: pairs.map(([from, to]) =>
        gql(
          `query($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxHops: 4) {
             length actors { id name } relations { id type } } }`,
          { from, to },
        ),
      ),
      peer: pairs.map(([from, to]) =>
        gql(
          'query($from: ID!, $to: ID!) { shortestPathActors(fromId: $from, toId: $to) { id name } }',
          {
            from,
            to,
          },
        ),
      ),
      floor: pairs.map(([from, to]) => ({
        cypher: textOf(shortestPath),
        params: {
          fromId: from,
          toId: to,
          maxHops: int(4),
          direction: 'BOTH',
          types: null,
          includeRoles: false,
        },
      })),
    },
    {
      key: 'topic-positions',
      title: "a topic's positions (median topic)",
      peerNote: 'the stances as edges, grouped by position on the client',
      stancegraph: p.topics.map((id) =>
        gql(
          `query($id: ID!) { topic(id: $id) { id name supporters { id name } opponents { id name }
             worried { id name } counts { supports opposes worriesAbout undecided total } } }`,
          { id },
        ),
      ),
      peer: p.topics.map((id) =>
        gql(
          `query($id: ID!) { topics(where: {id: {eq: $id}}) { id name
             holdersConnection { edges { properties { position confidence } node { id name } } } } }`,
          { id },
        ),
      ),
      floor: p.topics.map((id) => ({
        cypher: benchCypher('floor/topic-positions'),
        params: { id },
      })),
    },
    {
      key: 'ranking-degree',
      title: 'ranking: top 10 by degree',
      peerNote: 'a @cypher field counting relations per actor on every request (no cache)',
      stancegraph: [
        gql('{ rankings(metric: DEGREE, first: 10) { rank score actor { id name } } }', {}),
      ],
      peer: [gql('{ degreeRanking(first: 10) { id name } }', {})],
      floor: [{ cypher: benchCypher('floor/degree-ranking'), params: { first: int(10) } }],
    },
    {
      key: 'relations-page',
      title: `relations page: one type, confidence ≥ ${MIN_CONFIDENCE}, ~${DEEP} rows deep`,
      peerNote: 'a @cypher keyset page (the library pages relationships only under a node)',
      stancegraph: p.pages.map((pg) =>
        gql(
          `query($types: [RelationType!], $after: String) {
             relations(filter: {types: $types, minConfidence: ${MIN_CONFIDENCE}}, first: ${PAGE}, after: $after) {
               edges { cursor node { id type polarity confidence source { id name } target { id name } } }
               pageInfo { hasNextPage endCursor } } }`,
          { types: [pg.type], after: encodeCursor(['CONFIDENCE:DESC', pg.key, pg.id]) },
        ),
      ),
      peer: p.pages.map((pg) =>
        gql(
          `query($type: String!, $key: Float!, $id: String!) {
             relationsPage(type: $type, minConfidence: ${MIN_CONFIDENCE}, afterKey: $key, afterId: $id, first: ${PAGE + 1}) {
               id type polarity confidence sourceId sourceName targetId targetName } }`,
          { type: pg.type, key: pg.key, id: pg.id },
        ),
      ),
      floor: p.pages.map((pg) => ({
        cypher: benchCypher('floor/relations-page'),
        params: {
          type: pg.type,
          minConfidence: MIN_CONFIDENCE,
          afterKey: pg.key,
          afterId: pg.id,
          limit: int(PAGE + 1),
        },
      })),
    },
    {
      key: 'hub-relations-page',
      title: `hub's relations page: ${HUB_TYPES.length} types, ~${DEEP} rows deep`,
      peerNote: "the hub's outConnection with an offset cursor (the library's own paging)",
      stancegraph: p.hubPages.map((pg) =>
        gql(
          `query($hub: ID!, $types: [RelationType!], $after: String) {
             relations(filter: {sourceIds: [$hub], types: $types, minConfidence: ${MIN_CONFIDENCE}}, first: ${PAGE}, after: $after) {
               edges { cursor node { id type polarity confidence source { id name } target { id name } } }
               pageInfo { hasNextPage endCursor } } }`,
          {
            hub: p.hub.id,
            types: HUB_TYPES,
            after: encodeCursor(['CONFIDENCE:DESC', pg.key, pg.id]),
          },
        ),
      ),
      peer: p.hubPages.map((pg) =>
        gql(
          `query($hub: ID!, $types: [String!], $after: String) { actors(where: {id: {eq: $hub}}) { id name
             outConnection(where: {edge: {type: {in: $types}, confidence: {gte: ${MIN_CONFIDENCE}}}},
                           sort: [{edge: {confidence: DESC}}, {edge: {id: ASC}}], first: ${PAGE}, after: $after) {
               edges { cursor properties { id type polarity confidence } node { id name } }
               pageInfo { hasNextPage endCursor } } } }`,
          { hub: p.hub.id, types: HUB_TYPES, after: offsetCursor(pg.position) },
        ),
      ),
      floor: p.hubPages.map((pg) => ({
        cypher: benchCypher('floor/hub-relations-page'),
        params: {
          id: p.hub.id,
          types: HUB_TYPES,
          minConfidence: MIN_CONFIDENCE,
          afterKey: pg.key,
          afterId: pg.id,
          limit: int(PAGE + 1),
        },
      })),
    },
    ...(aggregates ? aggregateQueries(p) : []),
  ];
}

const date = (iso: string) => ({ $date: iso });
/** The relation filter's parameters when no filter is given, as the resolver sends them. */
const NO_RELATION_FILTER = relationFilterParams({});
const AGGREGATE_PEER_NOTE =
  'n/a: @neo4j/graphql has no way to express this aggregate (only a @cypher field running our own statement)';

/** The dashboard aggregates (issue 17); @neo4j/graphql cannot express them, so they have no peer. */
function aggregateQueries(p: Picked): BenchQuery[] {
  const goldstein = goldsteinScores();
  return [
    {
      key: 'relation-series',
      title: 'relationSeries: every relation per week, by polarity',
      peerNote: AGGREGATE_PEER_NOTE,
      stancegraph: [
        gql(
          `{ relationSeries(interval: WEEK, groupBy: POLARITY) {
             time count goldsteinSum goldsteinMean groups { key count } otherCount } }`,
          {},
        ),
      ],
      floor: [
        {
          cypher: textOf(relationSeries),
          params: {
            ...NO_RELATION_FILTER,
            from: date(EARLIEST),
            to: date(LATEST),
            unit: 'week',
            groupBy: 'POLARITY',
            topGroups: int(5),
            goldstein,
          },
        },
      ],
    },
    {
      key: 'stance-series',
      title: "stanceSeries: a topic's positions per month (median topic)",
      peerNote: AGGREGATE_PEER_NOTE,
      stancegraph: p.topics.map((id) =>
        gql(
          `query($id: ID!) { stanceSeries(topicId: $id, interval: MONTH) {
             time supporters opponents worried undecided newStances
             positions { actor { id name } position score } } }`,
          { id },
        ),
      ),
      floor: p.topics.map((id) => ({
        cypher: textOf(stanceSeries),
        params: {
          topicId: id,
          from: null,
          to: null,
          unit: 'month',
          maxBuckets: int(MAX_BUCKETS),
          withPositions: true,
        },
      })),
    },
    {
      key: 'activity',
      title: 'activity: the 10 most active actors, all time',
      peerNote: AGGREGATE_PEER_NOTE,
      stancegraph: [
        gql(
          '{ activity(first: 10) { rank actor { id name } total relations stances positive negative neutral } }',
          {},
        ),
      ],
      floor: [
        {
          cypher: textOf(actorActivity),
          params: { from: date(EARLIEST), to: date(LATEST), first: int(10) },
        },
      ],
    },
    {
      key: 'pair-summary',
      title: 'pairSummary: the most related pairs',
      peerNote: AGGREGATE_PEER_NOTE,
      stancegraph: p.related.map(({ a, b }) =>
        gql(
          `query($a: ID!, $b: ID!) { pairSummary(a: $a, b: $b) {
             count goldsteinBalance goldsteinMean firstDate lastDate
             aToB { count byType { type count } positive negative neutral goldsteinSum }
             bToA { count byType { type count } positive negative neutral goldsteinSum }
             latestEvidence { id quote } } }`,
          { a, b },
        ),
      ),
      floor: p.related.map(({ a, b }) => ({
        cypher: textOf(pairSummary),
        params: { a, b, goldstein },
      })),
    },
  ];
}
