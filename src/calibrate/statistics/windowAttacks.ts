import { requireObject } from '../../util/requireArgument.js';
import type { ObservedAttack, ObservedRecord } from '../observed/ObservedRecord.js';
import { requireObservedRecord } from '../observed/requireObservedRecord.js';

/**
 * The dated attacks in a record's window (from, to], in time order.
 *
 * @param record - an observed or simulated record
 * @param window - another window to use instead of the record's own
 * @returns the attacks
 * @example
 * windowAttacks({ label: 'x', start: '2020-01-01', window: { from: 0, to: 5 }, strikes: [], political: [],
 *   attacks: [{ time: 0, rockets: null, killed: null, wounded: null, hostKilled: null, target: null },
 *             { time: 2, rockets: null, killed: null, wounded: null, hostKilled: null, target: null }] }).length;
 * // => 1
 */
export function windowAttacks(
  record: ObservedRecord,
  window?: { readonly from: number; readonly to: number },
): (ObservedAttack & { readonly time: number })[] {
  requireObservedRecord('record', record);
  const { from, to } = window ?? record.window;
  if (window !== undefined) requireObject('window', window, 'an object { from, to } in days');
  return record.attacks
    .filter(
      (a): a is ObservedAttack & { time: number } =>
        a.time !== null && a.time > from && a.time <= to,
    )
    .sort((a, b) => a.time - b.time);
}
