import { ISO_DATE_RULE, parseIsoDate } from './parseIsoDate.js';

const MS_PER_DAY = 86_400_000;

/**
 * Days (float) from `start` to `date`: the time axis of every scenario and fit.
 *
 * Why: the model runs in days since a scenario's start, while data carry calendar dates.
 *
 * Convention (stated once, used everywhere): a date-only string counts as that calendar day at
 * 00:00 UTC; a date-time with an offset (`2020-01-26T19:30+03:00`) is converted exactly; a
 * date-time without an offset is read as UTC. So `toDays('2020-01-02', '2020-01-01')` is 1 and
 * an event at 19:30 Baghdad time (UTC+3) on that day is at 1 + 16.5/24. Days are exactly
 * 86 400 s (UTC has no daylight saving; leap seconds are ignored, as by JavaScript dates).
 *
 * @param date - ISO date or date-time
 * @param start - ISO date or date-time of day 0
 * @returns (date − start) in days; negative when `date` precedes `start`
 * @throws RangeError when either string is not an ISO date (`parseIsoDate`'s rules)
 * @example
 * toDays('2020-01-26T19:30+03:00', '2020-01-01');
 * // => 25.6875
 */
export function toDays(date: string, start: string): number {
  const d = parseIsoDate(date);
  if (d === null) throw new RangeError(`date ${ISO_DATE_RULE}, received ${JSON.stringify(date)}`);
  const s = parseIsoDate(start);
  if (s === null) throw new RangeError(`start ${ISO_DATE_RULE}, received ${JSON.stringify(start)}`);
  return (d.ms - s.ms) / MS_PER_DAY;
}
