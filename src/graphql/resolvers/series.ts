/**
 * `Query.relationSeries` and `Query.stanceSeries`: counts per time bucket for
 * dashboard charts, each from one statement (cypher/aggregate/). The buckets
 * the statement leaves out because nothing happened in them are filled in
 * here with zeros, so a chart's time axis has no gaps.
 */
import { cameoMapping } from '../../dataset/cameo';
import { date, int } from '../../db/values';
import {
  read,
  relationSeries as relationSeriesStatement,
  stanceSeries as stanceSeriesStatement,
  type CypherDate,
  type GoldsteinScores,
  type RelationBucketRow,
} from '../../store';
import {
  bucketEnd,
  bucketStarts,
  bucketTime,
  EARLIEST,
  LATEST,
  MAX_BUCKETS,
  seriesWindow,
  tooManyBuckets,
  UNIT,
} from '../buckets';
import { badInput, ErrorCode, userError } from '../errors';
import type {
  Interval,
  QueryResolvers,
  RelationBucket,
  ResolversTypes,
} from '../generated/resolvers';
import { mentions } from '../tree/selection';
import { relationFilterParams } from './connections';
import { stanceScore } from './positions';

const MAX_TOP_GROUPS = 50;

/** Each relation type's Goldstein score, from lexicon/cameo.yaml. */
export function goldsteinScores(): GoldsteinScores {
  const scores: GoldsteinScores = {};
  for (const [type, info] of cameoMapping()) scores[type] = info.cameo.goldstein;
  return scores;
}

/** A window bound as a Neo4j Date; never null, since an open end is widened first. */
export const day = (iso: string): CypherDate => date(iso) as CypherDate;

export const mean = (sum: number, count: number) => (count > 0 ? sum / count : null);

function relationBucket(
  start: string,
  interval: Interval,
  row: RelationBucketRow | undefined,
  grouped: boolean,
): RelationBucket {
  const count = row?.count ?? 0;
  const groups = (row?.groups ?? []).map((g) => ({
    ...g,
    goldsteinMean: g.goldsteinSum / g.count,
  }));
  const listed = groups.reduce((n, g) => n + g.count, 0);
  return {
    time: bucketTime(start),
    start,
    end: bucketEnd(start, interval),
    count,
    goldsteinSum: row?.goldsteinSum ?? 0,
    goldsteinMean: mean(row?.goldsteinSum ?? 0, count),
    groups,
    otherCount: grouped ? count - listed : 0,
  };
}

export const seriesQueries: QueryResolvers = {
  async relationSeries(_, args, ctx) {
    const topGroups = args.topGroups ?? 5;
    if (!Number.isInteger(topGroups) || topGroups < 1 || topGroups > MAX_TOP_GROUPS) {
      throw badInput('topGroups', `must be between 1 and ${MAX_TOP_GROUPS}; got ${topGroups}`);
    }
    const filter = args.filter ?? {};
    const window = seriesWindow(
      args.interval,
      [
        ['from', args.from],
        ['filter.from', filter.from],
      ],
      [
        ['to', args.to],
        ['filter.to', filter.to],
      ],
    );
    const rows = await read(ctx.graph, relationSeriesStatement, {
      ...relationFilterParams(filter),
      from: day(window.from ?? EARLIEST),
      to: day(window.to ?? LATEST),
      unit: UNIT[args.interval],
      groupBy: args.groupBy ?? null,
      topGroups: int(topGroups),
      goldstein: goldsteinScores(),
    });
    const first = window.from ?? rows[0]?.bucket;
    const last = window.to ?? rows[rows.length - 1]?.bucket;
    if (!first || !last) return [];
    const byStart = new Map(rows.map((r) => [r.bucket, r]));
    return bucketStarts(first, last, args.interval).map((start) =>
      relationBucket(start, args.interval, byStart.get(start), Boolean(args.groupBy)),
    );
  },

  async stanceSeries(_, args, ctx, info) {
    const window = seriesWindow(args.interval, [['from', args.from]], [['to', args.to]]);
    const [row] = await read(ctx.graph, stanceSeriesStatement, {
      topicId: args.topicId,
      from: date(window.from),
      to: date(window.to),
      unit: UNIT[args.interval],
      maxBuckets: int(MAX_BUCKETS),
      withPositions: info ? mentions(info, 'positions') : true,
    });
    if (!row?.found) {
      throw userError(ErrorCode.NOT_FOUND, `topicId: no topic has id "${args.topicId}"`, {
        argumentName: 'topicId',
      });
    }
    if (row.buckets.length > MAX_BUCKETS) throw tooManyBuckets(args.interval);
    return row.buckets.map((b): ResolversTypes['StanceBucket'] => ({
      time: bucketTime(b.start),
      start: b.start,
      end: b.end,
      supporters: b.supporters,
      opponents: b.opponents,
      worried: b.worried,
      undecided: b.undecided,
      newStances: b.newStances,
      positions: b.positions.map(({ actor, stance }) => {
        ctx.loaders.actor.prime(actor.id, actor);
        return {
          actor,
          stance,
          position: stance.position,
          polarity: stance.polarity,
          confidence: stance.confidence,
          score: stanceScore(stance),
        };
      }),
    }));
  },
};
