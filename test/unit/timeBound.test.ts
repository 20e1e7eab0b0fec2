/**
 * The TimeBound scalar (src/graphql/resolvers/TimeBound.ts) and the series
 * buckets (src/graphql/buckets.ts): pure logic, no database. The scalar
 * through the API, with data, is in test/integration/aggregates.test.ts.
 */
import { Kind, type ValueNode } from 'graphql';
import { parseTimeBound, TimeBoundScalar } from '../../src/graphql/resolvers/TimeBound';
import {
  bucketCount,
  bucketEnd,
  bucketStart,
  bucketStarts,
  MAX_BUCKETS,
  seriesWindow,
} from '../../src/graphql/buckets';

describe('TimeBound', () => {
  const ms = Date.UTC(2025, 1, 13, 9, 30);

  it.each([
    ['an ISO date', '2025-02-13', '2025-02-13'],
    ['a date-time in UTC', '2025-02-13T09:30:00Z', '2025-02-13'],
    ['a date-time with milliseconds', '2025-02-13T09:30:00.000Z', '2025-02-13'],
    [
      'a date-time whose offset moves it to the next UTC day',
      '2025-02-13T23:30:00-05:00',
      '2025-02-14',
    ],
    ['epoch milliseconds as a number', ms, '2025-02-13'],
    ['epoch milliseconds as a numeric string', String(ms), '2025-02-13'],
    ['epoch milliseconds before 1970', -86_400_000, '1969-12-31'],
  ])('takes %s', (_, value, expected) => {
    expect(parseTimeBound(value)).toBe(expected);
  });

  it.each([
    ['text', 'yesterday'],
    ['a date-time without a zone', '2025-02-13T09:30'],
    ['an impossible date', '2025-02-30'],
    ['a fraction of a millisecond', 1.5],
    ['a boolean', true],
    ['null', null],
    ['a time past year 9999', 253402300800000],
  ])('refuses %s, naming the arguments and the accepted forms', (_, value) => {
    expect(() => parseTimeBound(value)).toThrow(
      /^a time bound \(from, to\) must be an ISO 8601 date \(2025-02-13\), a date-time with a zone \(2025-02-13T09:30:00Z\) or epoch milliseconds .*; got /,
    );
  });

  it('parses literals: an integer too large for Int, a string', () => {
    const int: ValueNode = { kind: Kind.INT, value: String(ms) };
    const text: ValueNode = { kind: Kind.STRING, value: '2025-02-13' };
    expect(TimeBoundScalar.parseLiteral(int, {})).toBe('2025-02-13');
    expect(TimeBoundScalar.parseLiteral(text, {})).toBe('2025-02-13');
    expect(() => TimeBoundScalar.parseLiteral({ kind: Kind.BOOLEAN, value: true }, {})).toThrow(
      /got a boolean value/,
    );
  });
});

describe('buckets', () => {
  it.each([
    ['2025-02-13', 'DAY', '2025-02-13', '2025-02-13'],
    ['2025-02-13', 'WEEK', '2025-02-10', '2025-02-16'], // Thursday → Monday to Sunday
    ['2025-02-16', 'WEEK', '2025-02-10', '2025-02-16'], // Sunday ends the ISO week
    ['2024-12-31', 'WEEK', '2024-12-30', '2025-01-05'], // across a year
    ['2024-02-29', 'MONTH', '2024-02-01', '2024-02-29'], // leap year
    ['2025-12-31', 'MONTH', '2025-12-01', '2025-12-31'],
  ] as const)('%s in a %s bucket runs from %s to %s', (day, interval, start, end) => {
    expect(bucketStart(day, interval)).toBe(start);
    expect(bucketEnd(start, interval)).toBe(end);
  });

  it('counts and lists the buckets of a window, both ends included', () => {
    expect(bucketCount('2025-01-31', '2025-03-01', 'MONTH')).toBe(3);
    expect(bucketCount('2025-01-01', '2025-12-31', 'DAY')).toBe(365);
    expect(bucketCount('2025-02-13', '2025-02-10', 'WEEK')).toBe(1);
    expect(bucketCount('2025-02-10', '2025-02-09', 'DAY')).toBe(0);
    expect(bucketStarts('2025-01-31', '2025-03-01', 'MONTH')).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ]);
    expect(bucketStarts('2025-01-01', '2025-12-31', 'WEEK')).toHaveLength(53);
  });

  it(`refuses more than ${MAX_BUCKETS} buckets, naming interval`, () => {
    expect(() => bucketStarts('2020-01-01', '2025-01-01', 'DAY')).toThrow(/^interval: /);
    expect(() => seriesWindow('DAY', [['from', '2020-01-01']], [['to', '2025-01-01']])).toThrow(
      /^interval: the window makes more than 1000 DAY buckets \(1828\)/,
    );
    expect(seriesWindow('MONTH', [['from', '2020-01-01']], [['to', '2025-01-01']])).toEqual({
      from: '2020-01-01',
      to: '2025-01-01',
    });
  });

  it('takes the narrowest window of the bounds given, and names the end that comes first', () => {
    const window = seriesWindow(
      'DAY',
      [
        ['from', '2025-01-01'],
        ['filter.from', '2025-01-05'],
      ],
      [
        ['to', null],
        ['filter.to', '2025-01-31'],
      ],
    );
    expect(window).toEqual({ from: '2025-01-05', to: '2025-01-31' });
    expect(() => seriesWindow(null, [['from', '2025-02-01']], [['to', '2025-01-01']])).toThrow(
      'to: 2025-01-01 is before from 2025-02-01',
    );
  });
});
