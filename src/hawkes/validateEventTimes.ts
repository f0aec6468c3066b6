import { requireArrayLike } from '../util/requireArgument.js';
import { requirePositive } from '../util/validate.js';

/**
 * Check an event-time sequence for the point-process routines: finite, ≥ 0, strictly
 * increasing (ties are refused: a simple point process has no two events at one time; see
 * `spreadWithinDay`, or the loaders' `dayPrecision: 'spread'`, for day-precision data), and not past
 * the horizon.
 *
 * @param times - event times in days from the start of observation
 * @param horizon - end of observation in days
 * @param name - what to call the sequence in messages
 * @throws RangeError naming the first offending index, the rule and the value
 * @example
 * validateEventTimes([0.5, 1.25, 3], 10); // => undefined
 */
export function validateEventTimes(
  times: ArrayLike<number>,
  horizon: number,
  name = 'times',
): void {
  requireArrayLike(name, times, 'an array of event times in days');
  requirePositive('horizon', horizon);
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (!Number.isFinite(t) || t < 0) {
      throw new RangeError(`${name}[${i}] must be a finite number >= 0, received ${t}`);
    }
    if (t > horizon) {
      throw new RangeError(`${name}[${i}] must not be past the horizon ${horizon}, received ${t}`);
    }
    if (t === previous) {
      throw new RangeError(
        `${name}[${i}] ties with ${name}[${i - 1}] at ${t}: event times must be strictly increasing (for day-precision dates, place them apart within their day with spreadWithinDay or the loaders' dayPrecision: 'spread')`,
      );
    }
    if (t < previous) {
      throw new RangeError(
        `${name}[${i}] must not be before ${name}[${i - 1}] (${previous}), received ${t}`,
      );
    }
    previous = t;
  }
}
