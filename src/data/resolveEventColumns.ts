import { DataError } from './DataError.js';
import type { EventColumnStore } from './EventColumnStore.js';
import { ISO_DATE_RULE, parseIsoDate } from './parseIsoDate.js';
import type { DayPlacement } from './resolveEventTimes.js';
import { spreadWithinDay } from './spreadWithinDay.js';

const MS_PER_DAY = 86_400_000;

/** Events on the time axis as columns, sorted by time (stable). */
export interface ResolvedEventColumns {
  /** Days since `start`. */
  readonly time: Float64Array;
  /** Index in EVENT_TYPES. */
  readonly type: Uint8Array;
  /** NaN where not given. */
  readonly killed: Float64Array;
  /** The row's line (CSV) or index (JSON). */
  readonly origin: Float64Array;
  /** Code of PRECISIONS: the `precision` field, else the date's form; 0 for a bare time. */
  readonly precision: Uint8Array;
  /** The ISO date of day 0, or `null` when times were given without one. */
  readonly start: string | null;
}

/**
 * `resolveEventTimes` for records kept as columns: the same start, the same times (dates to
 * days, day-precision dates placed), the same stable sort and the same errors, with the
 * origin written by `where` (e.g. `line 12`).
 *
 * @param store - the records
 * @param start - ISO date of day 0, or undefined to derive it as resolveEventTimes does
 * @param placement - `start` or `spread`, as for resolveEventTimes
 * @param where - how to name a row's origin in messages
 * @returns the sorted columns and the start used
 * @throws RangeError when `start` is not an ISO date
 * @throws DataError when rows mix bare times with bare dates and no `start` is given
 * @example
 * const store = new EventColumnStore();
 * store.add({ type: 'attack', date: '2020-01-03' }, 2);
 * store.add({ type: 'attack', date: '2020-01-02' }, 3);
 * Array.from(resolveEventColumns(store, undefined, 'start', (o) => `line ${o}`).time); // => [0, 1]
 */
export function resolveEventColumns(
  store: EventColumnStore,
  start: string | undefined,
  placement: DayPlacement,
  where: (origin: number) => string,
): ResolvedEventColumns {
  if (start !== undefined && parseIsoDate(start) === null)
    throw new RangeError(`start ${ISO_DATE_RULE}, received ${JSON.stringify(start)}`);
  const c = store.columns();
  const n = store.length;
  let origin = start ?? null;
  if (origin === null) {
    let withTime = -1;
    let dateOnly = -1;
    let earliest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(c.time[i] as number)) {
        if (dateOnly < 0) dateOnly = i;
        earliest = Math.min(earliest, c.dateMs[i] as number);
      } else if (withTime < 0) withTime = i;
    }
    if (withTime >= 0 && dateOnly >= 0)
      throw new DataError([
        {
          rule: `rows mix bare times (${where(c.origin[withTime] as number)}) with bare dates (${where(c.origin[dateOnly] as number)}); give a start date so dates can be converted to days`,
        },
      ]);
    if (withTime < 0 && n > 0)
      origin = new Date(Math.floor(earliest / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
  }
  const baseMs = parseIsoDate(origin ?? '1970-01-01')?.ms as number;
  const times = new Float64Array(n);
  const dayIdx: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = c.time[i] as number;
    times[i] = Number.isNaN(t) ? ((c.dateMs[i] as number) - baseMs) / MS_PER_DAY : t;
    if (placement === 'spread' && Number.isNaN(t) && c.datePrecision[i] === 1) dayIdx.push(i);
  }
  if (dayIdx.length > 0) {
    const placed = spreadWithinDay(dayIdx.map((i) => times[i] as number));
    dayIdx.forEach((i, k) => {
      times[i] = placed[k] as number;
    });
  }
  // Sort positions (stable: equal times keep input order); files in time order skip it.
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && (times[i - 1] as number) > (times[i] as number)) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const pick = <T extends Float64Array | Uint8Array>(from: ArrayLike<number>, to: T): T => {
    for (let k = 0; k < n; k++) to[k] = from[order[k] as number] as number;
    return to;
  };
  const precision = new Uint8Array(n);
  for (let i = 0; i < n; i++) precision[i] = c.givenPrecision[i] || (c.datePrecision[i] as number);
  return {
    time: pick(times, new Float64Array(n)),
    type: pick(c.type, new Uint8Array(n)),
    killed: pick(c.killed, new Float64Array(n)),
    origin: pick(c.origin, new Float64Array(n)),
    precision: pick(precision, new Uint8Array(n)),
    start: origin,
  };
}
