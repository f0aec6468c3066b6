const MS_PER_DAY = 86_400_000;

/**
 * The calendar instant of a model time: `start` plus `days`, as an ISO 8601 date-time in UTC.
 *
 * @param startMs - the scenario start in milliseconds since the epoch (`Date.parse(start)`)
 * @param days - days from the start (a float)
 * @returns the ISO string, to the millisecond
 * @example
 * calendarDate(Date.parse('2020-01-01'), 70.8125); // => '2020-03-11T19:30:00.000Z'
 */
export function calendarDate(startMs: number, days: number): string {
  return new Date(startMs + Math.round(days * MS_PER_DAY)).toISOString();
}
