import { normalQuantile } from './normalQuantile.js';

/**
 * Wilson score interval for a binomial proportion.
 *
 * Why: the normal interval p ± z·√(p(1−p)/n) collapses to [0, 0] when 0 of n replicates
 * show an event — claiming certainty no finite sample gives. Wilson's interval inverts the
 * score test instead: for 0 of 2000 it is [0, 0.0019], and its coverage stays near nominal
 * for small n and p near 0 or 1 (Brown, Cai & DasGupta 2001).
 *
 * Reference: Wilson, E. B. (1927). Probable inference, the law of succession, and
 * statistical inference. JASA 22(158), 209–212.
 *
 * @param successes - events, an integer in [0, n]
 * @param n - trials, an integer ≥ 1
 * @param confidence - level in (0, 1), default 0.95
 * @returns the estimate successes/n and the interval
 * @throws RangeError naming an argument out of range
 * @example
 * wilsonInterval(0, 2000).high.toFixed(5);
 * // => '0.00192'
 */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): { readonly estimate: number; readonly low: number; readonly high: number } {
  if (!(Number.isSafeInteger(n) && n >= 1))
    throw new RangeError(`n must be an integer >= 1, received ${n}`);
  if (!(Number.isSafeInteger(successes) && successes >= 0 && successes <= n))
    throw new RangeError(`successes must be an integer in [0, ${n}], received ${successes}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), received ${confidence}`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact ends at 0 and n (centre − half is 0 only up to rounding there).
  return {
    estimate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}
