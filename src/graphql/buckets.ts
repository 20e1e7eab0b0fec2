/**
 * Time buckets of the series aggregates (`relationSeries`, `stanceSeries`):
 * the window the arguments give, its buckets and their bounds, in UTC
 * calendar dates (`YYYY-MM-DD`). Weeks are ISO weeks, Monday to Sunday, as
 * Cypher's `date.truncate('week', …)` makes them; months run from the 1st.
 */
import type { Interval } from './generated/resolvers';
import { badInput } from './errors';
import type { BucketUnit } from '../store';

/** The most buckets a series returns. */
export const MAX_BUCKETS = 1000;
/** The bounds an open window is widened to: every date a Neo4j Date holds from year 1 to 9999. */
export const EARLIEST = '0001-01-01';
export const LATEST = '9999-12-31';

export const UNIT: Record<Interval, BucketUnit> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The first day of the bucket `iso` falls in. */
export function bucketStart(iso: string, interval: Interval): string {
  const d = toDate(iso);
  switch (interval) {
    case 'DAY':
      return iso;
    case 'WEEK':
      return toIso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
    case 'MONTH':
      return `${iso.slice(0, 7)}-01`;
    default: {
      const unreachable: never = interval;
      throw new Error(`unknown interval ${String(unreachable)}`);
    }
  }
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, interval: Interval): string {
  const d = toDate(start);
  if (interval === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setTime(d.getTime() + (interval === 'WEEK' ? 7 : 1) * DAY_MS);
  return toIso(d);
}

/** The last day of the bucket starting on `start`. */
export function bucketEnd(start: string, interval: Interval): string {
  return toIso(new Date(toDate(nextBucket(start, interval)).getTime() - DAY_MS));
}

/** How many buckets run from the one holding `from` to the one holding `to` (0 when from > to). */
export function bucketCount(from: string, to: string, interval: Interval): number {
  const [a, b] = [bucketStart(from, interval), bucketStart(to, interval)];
  if (a > b) return 0;
  if (interval === 'MONTH') {
    const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
    return months(b) - months(a) + 1;
  }
  const days = Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY_MS);
  return days / (interval === 'WEEK' ? 7 : 1) + 1;
}

/** The start of every bucket from the one holding `from` to the one holding `to`, at most MAX_BUCKETS. */
export function bucketStarts(from: string, to: string, interval: Interval): string[] {
  const starts: string[] = [];
  const last = bucketStart(to, interval);
  for (let s = bucketStart(from, interval); s <= last; s = nextBucket(s, interval)) {
    starts.push(s);
    if (starts.length > MAX_BUCKETS) throw tooManyBuckets(interval);
  }
  return starts;
}

/** An ISO 8601 date-time for the bucket starting on `start`: midnight UTC, what Grafana wants as time. */
export function bucketTime(start: string): string {
  return `${start}T00:00:00.000Z`;
}

export function tooManyBuckets(interval: Interval, count?: number): Error {
  const span = count === undefined ? '' : ` (${count})`;
  return badInput(
    'interval',
    `the window makes more than ${MAX_BUCKETS} ${interval} buckets${span}; ` +
      'narrow it with `from` and `to`, or choose a longer interval',
  );
}

export interface Window {
  from: string | null;
  to: string | null;
}

/**
 * The window that all the given bounds allow (the latest start, the earliest
 * end), refused when it ends before it starts or holds more than MAX_BUCKETS
 * buckets. `bounds` pairs each bound with the argument it came from.
 */
export function seriesWindow(
  interval: Interval | null,
  starts: Array<[argument: string, iso: string | null | undefined]>,
  ends: Array<[argument: string, iso: string | null | undefined]>,
): Window {
  const given = (list: typeof starts) =>
    list.filter((b): b is [string, string] => typeof b[1] === 'string');
  const from = given(starts).sort((x, y) => y[1].localeCompare(x[1]))[0] ?? null;
  const to = given(ends).sort((x, y) => x[1].localeCompare(y[1]))[0] ?? null;
  if (from && to && from[1] > to[1]) {
    throw badInput(to[0], `${to[1]} is before ${from[0]} ${from[1]}`);
  }
  if (interval && from && to) {
    const count = bucketCount(from[1], to[1], interval);
    if (count > MAX_BUCKETS) throw tooManyBuckets(interval, count);
  }
  return { from: from?.[1] ?? null, to: to?.[1] ?? null };
}
