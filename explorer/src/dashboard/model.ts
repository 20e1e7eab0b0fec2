/**
 * What the dashboard's charts draw, whatever query it came from: bucket start times and one row
 * of values per series; and the date range the brush selects.
 */

export type Interval = 'DAY' | 'WEEK' | 'MONTH';
export const INTERVALS: Interval[] = ['DAY', 'WEEK', 'MONTH'];

/** Inclusive dates, YYYY-MM-DD; null ends are open. */
export interface Range {
  from: string | null;
  to: string | null;
}
export const WHOLE_PERIOD: Range = { from: null, to: null };

export interface ChartSeries {
  /** What the series counts, as the API names it (e.g. POSITIVE, SUPPORTS). */
  key: string;
  label: string;
  colour: string;
  values: Array<number | null>;
}

export interface ChartData {
  /** Each bucket's start, in seconds since the epoch (uPlot's time unit). */
  times: number[];
  /** The same starts as the API wrote them (ISO 8601), for the table. */
  labels: string[];
  series: ChartSeries[];
}

/** An ISO 8601 time → seconds since the epoch. */
export const toSeconds = (iso: string): number => Date.parse(iso) / 1000;

/** Seconds since the epoch → its UTC date, YYYY-MM-DD. */
export const dayOf = (seconds: number): string =>
  new Date(seconds * 1000).toISOString().slice(0, 10);

/** The last day of the bucket that starts at `start` (YYYY-MM-DD), for the API's inclusive `to`. */
export function bucketEnd(start: string, interval: Interval): string {
  const day = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  switch (interval) {
    case 'DAY':
      break;
    case 'WEEK':
      day.setUTCDate(day.getUTCDate() + 6);
      break;
    case 'MONTH':
      day.setUTCMonth(day.getUTCMonth() + 1, 0);
      break;
    default: {
      const unreachable: never = interval;
      throw new Error(`unknown interval ${String(unreachable)}`);
    }
  }
  return day.toISOString().slice(0, 10);
}

/** The later of two starts and the earlier of two ends: a bucket clipped to the brushed range. */
export function clip(range: Range, inner: Range): Range {
  const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  return { from: later(range.from, inner.from), to: earlier(range.to, inner.to) };
}

export const describeRange = (range: Range): string =>
  range.from || range.to
    ? `dated ${range.from ?? 'the start'} to ${range.to ?? 'today'}`
    : 'of the whole period';
