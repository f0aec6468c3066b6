import { studentTQuantile } from '../../stats/studentT.js';
import { wilsonInterval } from '../../stats/wilsonInterval.js';
import { describeSummary } from '../summaries/describeSummary.js';
import type { SummaryState } from '../summaries/Summary.js';

/** One policy's estimate of one outcome with its interval. */
export interface GroupEstimate {
  /** Replicates with a value. */
  readonly n: number;
  /** Replicates where the outcome does not apply (null). */
  readonly nulls: number;
  /** The mean (a proportion for 0/1 outcomes); null without values. */
  readonly estimate: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly method: 'wilson' | 'student-t';
}

/**
 * An outcome's estimate over replicates with an interval that suits it: Wilson's score
 * interval for a proportion (never [0, 0] for 0 events), else the Student-t interval for
 * the mean.
 *
 * @param state - the outcome's summary state
 * @param proportion - whether the outcome is 0/1
 * @param confidence - interval level in (0, 1)
 * @returns estimate and interval
 * @example
 * const s = new Summary();
 * for (let i = 0; i < 2000; i++) s.add(0);
 * describeGroup(s.toState(), true, 0.95).high?.toFixed(5); // => '0.00192'
 */
export function describeGroup(
  state: SummaryState,
  proportion: boolean,
  confidence: number,
): GroupEstimate {
  const s = describeSummary(state);
  if (proportion) {
    if (s.n === 0 || s.mean === null)
      return { n: 0, nulls: s.nulls, estimate: null, low: null, high: null, method: 'wilson' };
    const w = wilsonInterval(Math.round(s.mean * s.n), s.n, confidence);
    return { n: s.n, nulls: s.nulls, estimate: s.mean, low: w.low, high: w.high, method: 'wilson' };
  }
  if (s.mean === null || s.se === null)
    return { n: s.n, nulls: s.nulls, estimate: s.mean, low: null, high: null, method: 'student-t' };
  const half = s.se === 0 ? 0 : studentTQuantile(1 - (1 - confidence) / 2, s.n - 1) * s.se;
  return {
    n: s.n,
    nulls: s.nulls,
    estimate: s.mean,
    low: s.mean - half,
    high: s.mean + half,
    method: 'student-t',
  };
}
