import { requireArrayLike } from '../util/requireArgument.js';
import { requireFinite } from '../util/validate.js';

/**
 * Place day-precision events inside their day so that no two share a time: the k-th
 * (0-based, in input order) of m events with the same day start goes to
 * `dayStart + (k + 1) / (m + 1)`. A lone event therefore sits at mid-day.
 *
 * Why: a Hawkes likelihood needs strictly increasing times, and an event known only to the day
 * is, without more information, as likely early as late. Mid-day (or evenly spaced points)
 * keeps every placement within half a day of the truth and never reorders days. Cost: O(n).
 *
 * @param dayStarts - for each event, the start of its day in days since the scenario start
 *   (an integer for UTC days, e.g. 71.875 for a Baghdad day under a UTC start)
 * @returns the placed times, aligned with the input
 * @throws RangeError when a day start is not finite
 * @example
 * spreadWithinDay([3, 5, 5]);
 * // => [3.5, 5 + 1 / 3, 5 + 2 / 3]
 */
export function spreadWithinDay(dayStarts: readonly number[]): number[] {
  requireArrayLike('dayStarts', dayStarts, 'an array of day-start times in days');
  const sizes = new Map<number, number>();
  dayStarts.forEach((d, i) => {
    requireFinite(`dayStarts[${i}]`, d);
    sizes.set(d, (sizes.get(d) ?? 0) + 1);
  });
  const seen = new Map<number, number>();
  return dayStarts.map((d) => {
    const k = seen.get(d) ?? 0;
    seen.set(d, k + 1);
    return d + (k + 1) / ((sizes.get(d) ?? 1) + 1);
  });
}
