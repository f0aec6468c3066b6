import { wilsonInterval } from '../../stats/wilsonInterval.js';
import { requireObject } from '../../util/requireArgument.js';
import { ratioToNumber, readDyadic } from './dyadic.js';
import { ExactSum } from './ExactSum.js';
import { LogSketch } from './LogSketch.js';
import type { SummaryState } from './Summary.js';

/** The quantiles every summary reports: 2.5%, 25%, 50%, 75% and 97.5%. */
export const SUMMARY_PROBABILITIES = Object.freeze({
  p2_5: 0.025,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p97_5: 0.975,
});

/** What people read about one outcome over an ensemble. Null where it does not exist (no values; sd with n < 2). */
export interface OutcomeSummary {
  /** Replicates with a value. */
  readonly n: number;
  /** Replicates where the outcome does not apply (null). */
  readonly nulls: number;
  readonly mean: number | null;
  /** Sample standard deviation (denominator n − 1). */
  readonly sd: number | null;
  /** Standard error of the mean, sd / √n. */
  readonly se: number | null;
  /**
   * 95% interval for the mean: mean ± 1.96·se (normal approximation; good for n ≳ 30), or
   * for a 0/1 outcome (a proportion) Wilson's score interval, which is never [0, 0] when
   * no replicate shows the event.
   */
  readonly ci95: { readonly low: number; readonly high: number } | null;
  /** How ci95 was computed. */
  readonly ci95Method: 'normal' | 'wilson';
  /** Sample quantiles (R type 7: linear between order statistics). */
  readonly quantiles: { readonly [K in keyof typeof SUMMARY_PROBABILITIES]: number | null };
  readonly min: number | null;
  readonly max: number | null;
  /**
   * `exact` when every distinct value was counted; `log-buckets` when quantiles come from
   * the sketch: each within `quantileRelativeAccuracy`·|value| of the exact quantile.
   */
  readonly quantileMethod: 'exact' | 'log-buckets';
  readonly quantileRelativeAccuracy: number;
}

/**
 * The statistics of a summary state: n, mean, sd, standard error, a 95% interval for the
 * mean (mean ± 1.96·SE), quantiles, min, max and nulls.
 *
 * Why: a state is for merging; this is for reading. Mean and variance are computed from the
 * exact sums with one rounding each: mean = Σx/n, var = (nΣx² − (Σx)²)/(n(n − 1)), so
 * they are exact to the last bit and free of cancellation.
 *
 * Cost: O(size of the state).
 *
 * @param state - a summary state
 * @param options - `proportion`: the outcome is 0/1, so ci95 is Wilson's score interval
 * @returns the statistics
 * @example
 * const s = new Summary();
 * for (const x of [1, 2, 3, 4]) s.add(x);
 * describeSummary(s.toState()).quantiles.p50; // => 2.5
 */
export function describeSummary(
  state: SummaryState,
  options: { readonly proportion?: boolean } = {},
): OutcomeSummary {
  requireObject('state', state, 'a summary state (from an ensemble state)');
  const n = state.n;
  // Σx = s/2^a and Σx² = q/2^b as written: integer outcomes give a = b = 0 and small
  // numbers, where the common scale 2^SCALE would give 2,000-bit ones. The same rationals,
  // so the same correctly rounded results.
  const [s, a] = exactParts(state.sum, 'sum');
  const [q, b] = exactParts(state.sumOfSquares, 'sumOfSquares');
  const N = BigInt(n);
  const mean = n > 0 ? ratioToNumber(s, N << BigInt(a)) : null;
  // n·Σx² − (Σx)² ≥ 0 exactly, over 2^p.
  const p = Math.max(b, 2 * a);
  const variance =
    n > 1
      ? ratioToNumber(
          ((N * q) << BigInt(p - b)) - ((s * s) << BigInt(p - 2 * a)),
          (N * (N - 1n)) << BigInt(p),
        )
      : null;
  const sd = variance === null ? null : Math.sqrt(variance);
  const se = sd === null ? null : sd / Math.sqrt(n);
  const sorted = sortedValues(state);
  const quantiles = Object.fromEntries(
    Object.entries(SUMMARY_PROBABILITIES).map(([k, p]) => [k, quantileOf(sorted, state, p)]),
  ) as OutcomeSummary['quantiles'];
  return {
    n,
    nulls: state.nulls,
    mean,
    sd,
    se,
    ...interval(state, mean, se, options.proportion === true),
    quantiles,
    min: state.min,
    max: state.max,
    quantileMethod: state.counts === null ? 'log-buckets' : 'exact',
    quantileRelativeAccuracy: state.counts === null ? state.relativeAccuracy : 0,
  };
}

/**
 * One quantile of a summary state (R type 7: h = (n − 1)p, linear between order statistics
 * ⌊h⌋ and ⌊h⌋ + 1). Exact while the state counts every distinct value; from log buckets,
 * within the sketch's relative accuracy of the exact value when both order statistics have
 * the same sign.
 *
 * @param state - a summary state
 * @param p - the probability, in [0, 1]
 * @returns the quantile, or null when the state has no values
 * @throws RangeError when p is not in [0, 1]
 * @example
 * const s = new Summary();
 * for (const x of [10, 20, 30]) s.add(x);
 * summaryQuantile(s.toState(), 0.25); // => 15
 */
export function summaryQuantile(state: SummaryState, p: number): number | null {
  requireObject('state', state, 'a summary state (from an ensemble state)');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], received ${p}`);
  return quantileOf(sortedValues(state), state, p);
}

function interval(
  state: SummaryState,
  mean: number | null,
  se: number | null,
  proportion: boolean,
): Pick<OutcomeSummary, 'ci95' | 'ci95Method'> {
  if (
    proportion &&
    mean !== null &&
    state.min !== null &&
    state.min >= 0 &&
    (state.max ?? 2) <= 1
  ) {
    const { low, high } = wilsonInterval(Math.round(mean * state.n), state.n);
    return { ci95: { low, high }, ci95Method: 'wilson' };
  }
  const ci95 =
    mean === null || se === null ? null : { low: mean - 1.96 * se, high: mean + 1.96 * se };
  return { ci95, ci95Method: 'normal' };
}

function sortedValues(state: SummaryState): readonly (readonly [number, number])[] {
  if (state.counts !== null) return state.counts;
  if (state.sketch === null) return [];
  return LogSketch.fromState(state.sketch).sortedValues();
}

function quantileOf(
  sorted: readonly (readonly [number, number])[],
  state: SummaryState,
  p: number,
): number | null {
  const n = state.n;
  if (n === 0 || state.min === null || state.max === null) return null;
  const h = (n - 1) * p;
  const rank = Math.floor(h);
  const low = orderStatistic(sorted, rank, state.min, state.max, n);
  if (rank === h) return low;
  const high = orderStatistic(sorted, rank + 1, state.min, state.max, n);
  return low + (h - rank) * (high - low);
}

/** The k-th smallest value (0-based); sketch estimates are clamped to the exact [min, max]. */
function orderStatistic(
  sorted: readonly (readonly [number, number])[],
  k: number,
  min: number,
  max: number,
  n: number,
): number {
  if (k <= 0) return min;
  if (k >= n - 1) return max;
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen > k) return Math.min(max, Math.max(min, value));
  }
  return max;
}

/** An exact sum's text as (numerator, power of two in the denominator), checked as ExactSum.parse checks it. */
function exactParts(text: string, name: string): [bigint, number] {
  const parts = readDyadic(text, ExactSum.SCALE, name);
  // Far below the bound ExactSum.parse enforces: only a huge sum pays for its check.
  if (parts[0] >= HUGE || parts[0] <= -HUGE) ExactSum.parse(text, name);
  return parts;
}

const HUGE = 2n ** 1000n;
