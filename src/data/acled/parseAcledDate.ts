import { parseIsoDate } from '../parseIsoDate.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/;

/** The rule, in words, for error messages. */
export const ACLED_DATE_RULE = 'is not a date (YYYY-MM-DD or "11 March 2020")';

/**
 * Read an ACLED `event_date` as an ISO calendar date.
 *
 * Why: ACLED's API and newer exports write `2020-03-11`; exports from its older data portal
 * write `11 March 2020` (some `11-March-2020`). Both are calendar days, so both become
 * `YYYY-MM-DD`, which `toDays` reads as 00:00 UTC of that day.
 *
 * @param text - the cell, e.g. `2020-03-11`, `11 March 2020`, `11-Mar-2020`
 * @returns the ISO date, or `null` when the text is neither form or not a real day
 * @example
 * parseAcledDate('11 March 2020');
 * // => '2020-03-11'
 */
export function parseAcledDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return parseIsoDate(t) === null ? null : t;
  const m = DAY_MONTH_YEAR.exec(t);
  if (m === null) return null;
  const [, d, name, y] = m;
  const lower = (name ?? '').toLowerCase();
  // Full names, or abbreviations of at least three letters ('Mar', 'Sept').
  const month = MONTHS.findIndex(
    (full) => full === lower || (lower.length >= 3 && full.startsWith(lower)),
  );
  if (month < 0) return null;
  const iso = `${y}-${String(month + 1).padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  return parseIsoDate(iso) === null ? null : iso;
}
