/** A record's time resolution and where it came from. */
export interface RecordResolution {
  /** Step at which the record's times are known, in days; 0 for continuous times. */
  readonly timeResolution: number;
  /**
   * 'option': given by the caller (the CLI passes the dates' precision); 'whole-days':
   * every attack and strike time is a whole number of days, as from a list of dates;
   * 'continuous': times of day are present and no resolution was given.
   */
  readonly source: 'option' | 'whole-days' | 'continuous';
}

/**
 * The time resolution a fit assumes for its record: `option` when given, else 1 day when
 * every attack and strike time is a whole number (a record of dates), else continuous (0).
 *
 * Why: the shortest strike response a record can show is bounded by how finely its times
 * are known (see `strikeDecayLimit`); day numbers say so themselves, while times with a
 * fraction of a day may be exact or placed within their day, which only the loader knows.
 *
 * @param option - the caller's resolution in days, or undefined to infer it
 * @param horizon - window length in days (the resolution must be shorter)
 * @param times - attack times in days
 * @param strikeTimes - strike times in days (none without strikes)
 * @returns the resolution and its source
 * @throws RangeError when `option` is not a number of days in [0, horizon)
 * @example
 * recordResolution(undefined, 30, [1, 4, 9], [5]); // => { timeResolution: 1, source: 'whole-days' }
 * recordResolution(undefined, 30, [1.2, 4, 9], []); // => { timeResolution: 0, source: 'continuous' }
 */
export function recordResolution(
  option: number | undefined,
  horizon: number,
  times: ArrayLike<number>,
  strikeTimes: readonly number[],
): RecordResolution {
  if (option !== undefined) {
    if (!(typeof option === 'number' && Number.isFinite(option) && option >= 0 && option < horizon))
      throw new RangeError(
        `timeResolution must be a number of days in [0, horizon = ${horizon}) (1 for dates, 0 for continuous times), received ${String(option)}`,
      );
    return { timeResolution: option, source: 'option' };
  }
  const whole = (t: number) => Number.isInteger(t);
  const days = Array.prototype.every.call(times, whole) && strikeTimes.every(whole);
  return days
    ? { timeResolution: 1, source: 'whole-days' }
    : { timeResolution: 0, source: 'continuous' };
}
