/**
 * `Query.activity` (the most active actors in a window) and `Query.pairSummary`
 * (everything between two actors), each from one statement (cypher/aggregate/).
 */
import {
  actorActivity,
  pairSummary as pairStatement,
  read,
  type PairDirectionRow,
} from '../../store';
import { int } from '../../db/values';
import { EARLIEST, LATEST, seriesWindow } from '../buckets';
import { badInput, ErrorCode, userError } from '../errors';
import type { PairDirection, QueryResolvers } from '../generated/resolvers';
import { day, goldsteinScores, mean } from './series';

const MAX_ACTIVITY = 100;

/** Competition ranks (1, 1, 3) of totals already sorted most first. */
function ranks(totals: number[]): number[] {
  return totals.map((total) => totals.indexOf(total) + 1);
}

function direction(row: PairDirectionRow | undefined): PairDirection {
  return {
    count: row?.count ?? 0,
    byType: row?.byType ?? [],
    positive: row?.positive ?? 0,
    negative: row?.negative ?? 0,
    neutral: row?.neutral ?? 0,
    goldsteinSum: row?.goldsteinSum ?? 0,
    goldsteinMean: mean(row?.goldsteinSum ?? 0, row?.count ?? 0),
    firstDate: row?.firstDate ?? null,
    lastDate: row?.lastDate ?? null,
  };
}

const noActor = (argument: string, id: string) =>
  userError(ErrorCode.NOT_FOUND, `${argument}: no actor has id "${id}"`, {
    argumentName: argument,
  });

const earliest = (dates: Array<string | null>) =>
  dates.filter((d): d is string => d !== null).sort()[0] ?? null;
const latest = (dates: Array<string | null>) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .reverse()[0] ?? null;

export const activityQueries: QueryResolvers = {
  async activity(_, args, ctx) {
    const first = args.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > MAX_ACTIVITY) {
      throw badInput('first', `must be between 1 and ${MAX_ACTIVITY}; got ${first}`);
    }
    const window = seriesWindow(null, [['from', args.from]], [['to', args.to]]);
    const rows = await read(ctx.graph, actorActivity, {
      from: day(window.from ?? EARLIEST),
      to: day(window.to ?? LATEST),
      first: int(first),
    });
    const rank = ranks(rows.map((r) => r.total));
    return rows.map((row, i) => {
      ctx.loaders.actor.prime(row.actor.id, row.actor);
      return { ...row, rank: rank[i] ?? i + 1 };
    });
  },

  async pairSummary(_, args, ctx) {
    if (args.a === args.b) throw badInput('b', `must differ from \`a\`; both are "${args.a}"`);
    const [row] = await read(ctx.graph, pairStatement, {
      a: args.a,
      b: args.b,
      goldstein: goldsteinScores(),
    });
    if (!row?.a) throw noActor('a', args.a);
    if (!row.b) throw noActor('b', args.b);
    const { a, b } = row;
    ctx.loaders.actor.prime(a.id, a);
    ctx.loaders.actor.prime(b.id, b);
    const aToB = direction(row.directions.find((d) => d.direction === 'aToB'));
    const bToA = direction(row.directions.find((d) => d.direction === 'bToA'));
    const count = aToB.count + bToA.count;
    const goldsteinBalance = aToB.goldsteinSum + bToA.goldsteinSum;
    return {
      a,
      b,
      aToB,
      bToA,
      count,
      goldsteinBalance,
      goldsteinMean: mean(goldsteinBalance, count),
      firstDate: earliest([aToB.firstDate ?? null, bToA.firstDate ?? null]),
      lastDate: latest([aToB.lastDate ?? null, bToA.lastDate ?? null]),
      latestEvidence: row.latestEvidence,
    };
  },
};
