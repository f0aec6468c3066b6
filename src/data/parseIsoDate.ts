/** How finely a date string pins down its instant. */
export type DatePrecision = 'day' | 'minute' | 'second';

/** A parsed ISO 8601 date: the instant in ms since the Unix epoch and how precise it is. */
export interface ParsedIsoDate {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly ms: number;
  readonly precision: DatePrecision;
  /** The stated UTC offset in minutes, or `null` when none was written (read as UTC). */
  readonly offsetMinutes: number | null;
}

/** The rule, in words, used in error messages. */
export const ISO_DATE_RULE = 'is not an ISO date (YYYY-MM-DD, optional THH:MM and offset)';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parse a strict ISO 8601 calendar date, optionally with a time and a UTC offset.
 *
 * Why: `Date.parse` accepts many non-standard forms, rolls `2020-02-30` over to March and reads
 * date-times without an offset as local time, which differs between machines. This parser
 * checks the calendar and reads every form the same way everywhere.
 *
 * Convention: `2020-03-11` is that calendar day at 00:00 UTC; `2020-03-11T19:30` (no offset)
 * is read as UTC; `2020-03-11T19:30+03:00` is converted exactly. Cost: O(length).
 *
 * @param text - e.g. `2020-03-11`, `2020-03-11T19:30`, `2020-03-11T19:30:00+03:00`, `…Z`
 * @returns the instant and precision, or `null` when the text is not such a date
 * @example
 * parseIsoDate('2020-01-26T19:30+03:00')?.ms === Date.UTC(2020, 0, 26, 16, 30);
 * // => true
 */
export function parseIsoDate(text: string): ParsedIsoDate | null {
  const m = ISO.exec(text);
  if (m === null) return null;
  const [, ys, mos, ds, hs, mis, ss, fs, off] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (month < 1 || month > 12) return null;
  const monthDays = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day < 1 || day > monthDays) return null;
  const hour = hs === undefined ? 0 : Number(hs);
  const minute = mis === undefined ? 0 : Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const millis = fs === undefined ? 0 : Number(fs.padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes: number | null = null;
  if (off !== undefined) {
    if (off === 'Z') offsetMinutes = 0;
    else {
      const oh = Number(off.slice(1, 3));
      const om = Number(off.slice(4, 6));
      if (oh > 14 || om > 59) return null;
      offsetMinutes = (off[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC maps years 0–99 to 1900–1999; put the year back.
  if (year < 100) date.setUTCFullYear(year);
  const precision: DatePrecision =
    hs === undefined ? 'day' : ss === undefined ? 'minute' : 'second';
  return { ms: date.getTime() - (offsetMinutes ?? 0) * 60_000, precision, offsetMinutes };
}
