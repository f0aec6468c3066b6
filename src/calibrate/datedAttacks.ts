import { calendarDate } from '../model/calendarDate.js';
import type { ObservedAttack, ObservedRecord } from './observed/ObservedRecord.js';

/** A record's dated attack with its calendar day. */
export interface DatedAttack {
  readonly attack: ObservedAttack & { readonly time: number };
  /** The attack's calendar day (UTC), e.g. `2020-03-11`. */
  readonly day: string;
}

/**
 * The dated attacks of a record in time order, each with its calendar day (undated attacks
 * are left out): what the attributions report, one row per attack.
 *
 * @param observed - the record
 * @returns the attacks with a time, sorted by time, with their days
 * @example
 * datedAttacks(observedFromReading('wire')).at(-1)?.day; // => '2020-03-14'
 */
export function datedAttacks(observed: ObservedRecord): DatedAttack[] {
  const startMs = Date.parse(
    observed.start.length === 10 ? `${observed.start}T00:00:00Z` : observed.start,
  );
  return observed.attacks
    .filter((a): a is ObservedAttack & { time: number } => a.time !== null)
    .sort((a, b) => a.time - b.time)
    .map((attack) => ({ attack, day: calendarDate(startMs, attack.time).slice(0, 10) }));
}
