import { studentTQuantile, studentTSurvival } from '../../stats/studentT.js';

/** A difference between two policies' outcome with its interval and p-value. */
export interface DifferenceEstimate {
  /** Pairs (replicates where both values exist). */
  readonly n: number;
  /** Treatment − control; null without pairs. */
  readonly estimate: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Two-sided p-value for "no difference"; null with fewer than two pairs. */
  readonly pValue: number | null;
  /** How the interval and p-value were computed. */
  readonly method: string;
}

/**
 * Mean of paired differences with a Student-t interval and the paired t-test.
 *
 * Why: with common random numbers replicate r of both policies shares the militia's streams,
 * so the differences d_r are independent across r and their mean is the effect; pairing
 * removes the replicate noise both share, which often shrinks the interval many times over.
 * The t interval rests on the central limit theorem for the mean of d (replicates ≥ 30 or so
 * for skewed counts); the slow suite checks the test's size by simulation on model output.
 *
 * Reference: the paired t-test (Student 1908): t = d̄ / (s_d/√n) on n − 1 degrees of freedom.
 * When every difference is equal (s_d = 0) the interval is that value and p is 1 if it is 0,
 * else 0.
 *
 * @param n - number of pairs
 * @param mean - mean difference (ignored when n = 0)
 * @param sd - sample standard deviation of the differences (n − 1 denominator; null when n < 2)
 * @param confidence - interval level in (0, 1), default 0.95
 * @returns estimate, interval, two-sided p-value, pairs and method
 * @example
 * pairedMeanDifference(10, 1, 2).pValue?.toFixed(4); // scipy: 2·t.sf(1/(2/√10), 9)
 * // => '0.1483'
 */
export function pairedMeanDifference(
  n: number,
  mean: number | null,
  sd: number | null,
  confidence = 0.95,
): DifferenceEstimate {
  const method = 'mean of paired differences; Student-t interval and paired t-test';
  if (n === 0 || mean === null)
    return { n, estimate: null, low: null, high: null, pValue: null, method };
  if (n < 2 || sd === null)
    return { n, estimate: mean, low: null, high: null, pValue: null, method };
  if (sd === 0)
    return { n, estimate: mean, low: mean, high: mean, pValue: mean === 0 ? 1 : 0, method };
  const se = sd / Math.sqrt(n);
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * se;
  return {
    n,
    estimate: mean,
    low: mean - half,
    high: mean + half,
    pValue: Math.min(1, 2 * studentTSurvival(Math.abs(mean / se), n - 1)),
    method,
  };
}
