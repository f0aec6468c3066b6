import { DataError } from './DataError.js';
import type { EventPrecision, EventRecord } from './EventRecord.js';
import { ISO_DATE_RULE, parseIsoDate } from './parseIsoDate.js';
import { spreadWithinDay } from './spreadWithinDay.js';
import { toDays } from './toDays.js';

/** Where a record came from: a CSV line or an index in a JSON array. */
export type EventOrigin = { readonly line: number } | { readonly index: number };

/** A loaded event: a valid record with its time in days resolved and its origin. */
export type LoadedEvent = Omit<EventRecord, 'time' | 'precision'> & {
  /** Days since the load's `start`. */
  readonly time: number;
  /** From the `precision` field, else from the date's form; `null` for a bare `time`. */
  readonly precision: Exclude<EventPrecision, 'unknown'> | null;
  readonly origin: EventOrigin;
};

/** A documented event without a date (`precision: 'unknown'`), kept apart from the timed ones. */
export type UndatedEvent = EventRecord & { readonly origin: EventOrigin };

/** How to place events whose date has day precision: at 00:00 UTC, or spread within the day. */
export type DayPlacement = 'start' | 'spread';

/** Result of `resolveEventTimes`. */
export interface ResolvedEvents {
  readonly events: LoadedEvent[];
  readonly undated: UndatedEvent[];
  readonly start: string | null;
}

function where(origin: EventOrigin): string {
  return 'line' in origin ? `line ${origin.line}` : `[${origin.index}]`;
}

/**
 * Turn valid records into events on the time axis: convert dates to days, place day-precision
 * dates, sort by time (stable, so equal times keep input order).
 *
 * Start: `start` if given; otherwise, when no record has a `time`, the UTC calendar day of the
 * earliest date (so every time is >= 0); otherwise `null` (times are taken as written and dates
 * are labels). A record with both uses `time`. Cost: O(n log n).
 *
 * @param records - validated records with their origin
 * @param start - ISO date of day 0, or undefined to derive it as above
 * @param placement - `start` (00:00 UTC, the `toDays` convention) or `spread` (`spreadWithinDay`)
 * @returns events sorted by time, the undated records, and the start used
 * @throws RangeError when `start` is not an ISO date
 * @throws DataError when records mix bare times with bare dates and no `start` is given
 * @example
 * resolveEventTimes([{ record: { date: '2020-01-02', type: 'attack' }, origin: { line: 2 } }], '2020-01-01', 'start').events[0]?.time;
 * // => 1
 */
export function resolveEventTimes(
  records: readonly { readonly record: EventRecord; readonly origin: EventOrigin }[],
  start: string | undefined,
  placement: DayPlacement,
): ResolvedEvents {
  if (start !== undefined && parseIsoDate(start) === null) {
    throw new RangeError(`start ${ISO_DATE_RULE}, received ${JSON.stringify(start)}`);
  }
  const undated: UndatedEvent[] = [];
  const timed: { record: EventRecord; origin: EventOrigin }[] = [];
  for (const r of records) {
    if (r.record.date === undefined && r.record.time === undefined)
      undated.push({ ...r.record, origin: r.origin });
    else timed.push(r);
  }
  let origin = start ?? null;
  if (origin === null) {
    const withTime = timed.find((r) => r.record.time !== undefined);
    const dateOnly = timed.find((r) => r.record.time === undefined);
    if (withTime !== undefined && dateOnly !== undefined) {
      throw new DataError([
        {
          rule: `rows mix bare times (${where(withTime.origin)}) with bare dates (${where(dateOnly.origin)}); give a start date so dates can be converted to days`,
        },
      ]);
    }
    if (withTime === undefined && timed.length > 0) {
      const earliest = Math.min(
        ...timed.map((r) => parseIsoDate(r.record.date ?? '')?.ms ?? Number.POSITIVE_INFINITY),
      );
      origin = new Date(Math.floor(earliest / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
    }
  }
  const base = origin ?? '1970-01-01';
  const times = timed.map(({ record }) => record.time ?? toDays(record.date ?? '', base));
  if (placement === 'spread') {
    const dayIdx = timed.flatMap((r, i) =>
      r.record.time === undefined && parseIsoDate(r.record.date ?? '')?.precision === 'day'
        ? [i]
        : [],
    );
    const placed = spreadWithinDay(dayIdx.map((i) => times[i] ?? 0));
    dayIdx.forEach((i, k) => {
      times[i] = placed[k] ?? 0;
    });
  }
  // Sort positions, not objects (stable: equal times keep input order); files in time order,
  // the usual case, skip the sort.
  const order = Array.from({ length: timed.length }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < times.length && sorted; i++)
    sorted = (times[i - 1] as number) <= (times[i] as number);
  if (!sorted) order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const events = order.map((i) => toEvent(timed[i] as Timed, times[i] ?? 0));
  return { events, undated, start: origin };
}

type Timed = { record: EventRecord; origin: EventOrigin };

/** The loaded event: the record's fields but `time` and `precision`, then those resolved. */
function toEvent({ record, origin }: Timed, time: number): LoadedEvent {
  const event: Record<string, unknown> = {};
  for (const key in record) {
    if (key !== 'time' && key !== 'precision') event[key] = record[key as keyof EventRecord];
  }
  const fromDate =
    record.date === undefined ? null : (parseIsoDate(record.date)?.precision ?? null);
  const given = record.precision;
  event.time = time;
  event.precision = given === undefined || given === 'unknown' ? fromDate : given;
  event.origin = origin;
  return event as LoadedEvent;
}
