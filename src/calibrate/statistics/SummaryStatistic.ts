import type { ObservedRecord } from '../observed/ObservedRecord.js';

/**
 * A summary statistic: one number computed the same way from an observed record and from a
 * simulated one (which has every mark). ABC compares the two.
 *
 * @example
 * const attacks: SummaryStatistic = {
 *   name: 'attacks', description: 'attacks in the window',
 *   compute: (r) => r.attacks.filter((a) => a.time !== null && a.time > r.window.from && a.time <= r.window.to).length,
 * };
 */
export interface SummaryStatistic {
  /** A short unique name, e.g. `attacks`. */
  readonly name: string;
  /** What it measures, for people. */
  readonly description: string;
  /** The statistic of a record (must be finite). */
  compute(record: ObservedRecord): number;
}
