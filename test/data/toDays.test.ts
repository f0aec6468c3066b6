import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/data/parseIsoDate.js';
import { spreadWithinDay } from '../../src/data/spreadWithinDay.js';
import { toDays } from '../../src/data/toDays.js';
import { expectClose } from '../helpers/expectClose.js';

describe('parseIsoDate', () => {
  it('reads dates, date-times and offsets with their precision', () => {
    expect(parseIsoDate('2020-03-11')).toEqual({
      ms: Date.UTC(2020, 2, 11),
      precision: 'day',
      offsetMinutes: null,
    });
    expect(parseIsoDate('2020-03-11T19:30')).toEqual({
      ms: Date.UTC(2020, 2, 11, 19, 30),
      precision: 'minute',
      offsetMinutes: null,
    });
    expect(parseIsoDate('2020-03-11T19:30:05.5Z')?.ms).toBe(Date.UTC(2020, 2, 11, 19, 30, 5, 500));
    expect(parseIsoDate('2020-03-11T19:30:00+03:00')).toEqual({
      ms: Date.UTC(2020, 2, 11, 16, 30),
      precision: 'second',
      offsetMinutes: 180,
    });
    expect(parseIsoDate('2020-03-11T01:00-05:30')?.ms).toBe(Date.UTC(2020, 2, 11, 6, 30));
    expect(parseIsoDate('2020-02-29')).not.toBeNull(); // leap year
    expect(parseIsoDate('0050-06-01')?.ms).toBe(new Date('0050-06-01T00:00:00Z').getTime());
  });

  it.each([
    '2020-13-01',
    '2020-02-30',
    '2019-02-29',
    '1900-02-29',
    '2020-1-5',
    '2020-01-01T24:00',
    '2020-01-01T10:60',
    '2020-01-01+03:00',
    '2020-01-01T10:00+15:00',
    '11 March 2020',
    '2020-01-01 10:00',
    '',
  ])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });
});

describe('toDays', () => {
  it('counts date-only strings from 00:00 UTC and converts offsets exactly', () => {
    expect(toDays('2020-01-02', '2020-01-01')).toBe(1);
    expect(toDays('2020-03-01', '2020-02-28')).toBe(2); // leap day in between
    // 19:30 at UTC+3 is 16:30 UTC: 25 days and 16.5 hours.
    expectClose(toDays('2020-01-26T19:30+03:00', '2020-01-01'), 25 + 16.5 / 24, { abs: 1e-12 });
    // The same instant written in two zones is the same time.
    expect(toDays('2020-01-26T16:30Z', '2020-01-01')).toBe(
      toDays('2020-01-26T19:30+03:00', '2020-01-01'),
    );
    expect(toDays('2019-12-31', '2020-01-01')).toBe(-1);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => toDays('2020-02-30', '2020-01-01')).toThrow(
      /^date is not an ISO date .*received "2020-02-30"$/,
    );
    expect(() => toDays('2020-01-01', 'Jan 1')).toThrow(
      /^start is not an ISO date .*received "Jan 1"$/,
    );
  });
});

describe('spreadWithinDay', () => {
  it('puts a lone event at mid-day and m events on one day at (k + 1) / (m + 1)', () => {
    const t = spreadWithinDay([10, 12, 12, 12, 10.875]);
    expect(t[0]).toBe(10.5);
    expectClose(t[1] as number, 12.25, { abs: 1e-12 });
    expectClose(t[2] as number, 12.5, { abs: 1e-12 });
    expectClose(t[3] as number, 12.75, { abs: 1e-12 });
    expectClose(t[4] as number, 11.375, { abs: 1e-12 });
  });

  it('refuses non-finite day starts', () => {
    expect(() => spreadWithinDay([1, Number.NaN])).toThrow(
      /^dayStarts\[1\] must be a finite number/,
    );
  });
});
