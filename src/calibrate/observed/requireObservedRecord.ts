import { requireArrayLike, requireObject } from '../../util/requireArgument.js';

const EXPECTED = "an observed record (observedFromReading('table') or observedFromEvents(loaded))";

/**
 * Require an observed record with its event arrays and window, so that a statistic given
 * `undefined` or a loader's result says so instead of failing inside.
 *
 * @param name - the argument's name, e.g. `observed`
 * @param value - the argument
 * @throws TypeError naming the argument (or its field) and what was expected
 * @example
 * requireObservedRecord('observed', observedFromReading('table')); // => undefined
 */
export function requireObservedRecord(name: string, value: unknown): void {
  requireObject(name, value, EXPECTED);
  const record = value as Record<string, unknown>;
  for (const field of ['attacks', 'strikes', 'political'])
    requireArrayLike(`${name}.${field}`, record[field], `${EXPECTED} with its ${field}`);
  requireObject(`${name}.window`, record.window, `${EXPECTED} with its window { from, to }`);
}
